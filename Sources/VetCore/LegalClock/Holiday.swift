/// One non-working day of a region's calendar, with the name a manager recognises.
public struct Holiday: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var name: String

    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }
}
