import Foundation
import VetCore
import VetStore

/// Sends a request's letter: written owner-only into a folder, printed through `lp`, or both,
/// then recorded on the request — the one path the screens and the command line share.
public struct LetterSending: Sendable {
    let store: AppDatabase
    let printer: LinePrinter

    public init(store: AppDatabase, printer: LinePrinter = LinePrinter()) {
        self.store = store
        self.printer = printer
    }

    /// What was done, for the person: the file written and/or the printer job, and any lateness.
    public struct Outcome: Sendable, Hashable {
        public var letter: RequestLetter
        public var file: URL?
        public var printJob: String?
        public var lateNote: String?
    }

    /// Writes `letter` into `folder` (created if missing) when given, prints it on `queue` when
    /// given (empty: the system default), and records it once with everywhere it went.
    public func send(_ letter: PreparedLetter, folder: URL?, queue: String?, as user: StaffSession) throws -> Outcome {
        guard folder != nil || queue != nil else {
            throw StoreError.invalid(ValidationError(field: "destination", message: "a letter needs a folder to write to or a printer"))
        }
        var places: [String] = []
        var file: URL?
        if let folder {
            try OwnerOnlyFile.prepareFolder(folder)
            let url = folder.appendingPathComponent(letter.fileName)
            try OwnerOnlyFile.refuseExisting([letter.fileName], in: folder, what: "the letter")
            try OwnerOnlyFile.write(Data(letter.text.utf8), to: url)
            file = url
            places.append(url.path)
        }
        var job: String?
        if let queue {
            let sent = try printer.print(letter.text, queue: queue, title: letter.title, options: PrintLayout(.a4).lpOptions)
            job = sent
            places.append("printer \(queue.isEmpty ? "the default printer" : queue), job \(sent)")
        }
        let recorded: RequestLetter
        do {
            recorded = try store.recordLetterSent(letter, deliveredTo: places.joined(separator: "; "), as: user)
        } catch {
            // A letter that cannot be recorded was not sent: no file is left to be posted by mistake.
            if let file { try? FileManager.default.removeItem(at: file) }
            throw error
        }
        return Outcome(letter: recorded, file: file, printJob: job, lateNote: letter.lateNote)
    }
}
