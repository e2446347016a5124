import VetCore
import VetSQL

// The office's enums are stored by their raw values, which the schema's CHECK constraints list.
extension LawfulBasis: SQLValueConvertible {}
extension RetentionRule: SQLValueConvertible {}
extension LetterKind: SQLValueConvertible {}
