/// A stored TOIL ledger entry that stops the ledger loading: a value that cannot be read, or a
/// ledger rule the entry breaks. `amhp toil repair` lists them; `--void` sets one aside.
public struct LedgerDamage: Hashable, Sendable {
    /// The row's position in `toil_entries` (0 for the first entry).
    public let position: Int
    /// The stored entry id: what `amhp toil repair --void` takes.
    public let entryID: String
    /// The column at fault, such as `date` or `reason`.
    public let field: String
    /// The value stored in that column, as text.
    public let storedValue: String
    /// Why it stops the ledger loading, in a sentence.
    public let problem: String

    public init(position: Int, entryID: String, field: String, storedValue: String, problem: String) {
        self.position = position
        self.entryID = entryID
        self.field = field
        self.storedValue = storedValue
        self.problem = problem
    }
}

/// What `amhp toil repair` found: every damaged entry, and how many rows there are and are voided.
public struct LedgerInspection: Hashable, Sendable {
    /// Rows in `toil_entries`, voided ones and voids included.
    public let rowCount: Int
    /// Rows a void has set aside.
    public let voidedCount: Int
    /// Every problem found, in position order; empty when the ledger loads.
    public let damage: [LedgerDamage]

    public init(rowCount: Int, voidedCount: Int, damage: [LedgerDamage]) {
        self.rowCount = rowCount
        self.voidedCount = voidedCount
        self.damage = damage
    }

    /// Whether the ledger loads: every row not voided reads back and keeps every ledger rule.
    public var isHealthy: Bool { damage.isEmpty }
}
