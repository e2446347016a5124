import Foundation
import TUIKit
import VetStore

/// The status messages of a record that another terminal changed while it was open here.
enum LiveRecordText {
    /// After the record re-read itself: what was done, by whom and when.
    static func updated(_ note: RecordChangeNote?, zone: TimeZone) -> StatusMessage {
        guard let note else { return StatusMessage("This record was changed at another terminal; it now shows the change.") }
        let what = note.detail.isEmpty ? note.action : "\(note.action) (\(note.detail))"
        let when = DisplayFormat.dateTime(note.changedAt, zone: zone)
        return StatusMessage("Updated: \(what) by \(note.changedBy) at \(when).")
    }

    /// For an open form: who changed which fields, and that the typing here is kept.
    static func formOutdated(fields: [String], by who: String, at date: Date, zone: TimeZone) -> StatusMessage {
        let when = DisplayFormat.dateTime(date, zone: zone)
        let what = fields.isEmpty ? "this record" : fields.joined(separator: ", ")
        return StatusMessage("\(who) changed \(what) at \(when). Your typing is kept; F5 (Ctrl-R) loads the stored "
                             + "values instead, or F2 saves and lets you choose field by field.", kind: .warning)
    }
}

/// A versioned record's values as stored now, with who saved them and when, for a merge.
struct StoredValues {
    let values: [String: String]
    let version: Int
    let changedBy: String
    let changedAt: Date
}
