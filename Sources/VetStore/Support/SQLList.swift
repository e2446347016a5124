/// `?, ?, ?` for an `IN (…)` list of `count` arguments.
enum SQLList {
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
