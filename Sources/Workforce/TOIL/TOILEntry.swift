/// One line of the TOIL ledger: a fact about an AMHP's time off in lieu, never edited once appended.
///
/// `date` is the day the entry takes effect (the day overtime was worked, TOIL was taken, or a rota
/// gives TOIL back); `recordedOn` is the day it was written down. Entries are appended in the order
/// they were recorded, so `recordedOn` never goes backwards, while `date` may (a back-dated entry).
///
///     TOILEntry(id: "e1", amhpID: "A01", kind: .accrued, date: oct1, hours: 5,
///               reason: "Assessment overran", recordedBy: "hr.jo", approvedBy: "Sam (TM)")
public struct TOILEntry: Hashable, Sendable, Identifiable {
    /// A stable id given by the caller (a database key or UUID); unique in the ledger.
    public let id: String
    public let amhpID: String
    public let kind: TOILEntryKind
    /// The day the entry takes effect.
    public let date: LocalDate
    /// A positive magnitude; `kind` gives the direction.
    public let hours: TOILHours
    /// Why: required for accrued hours, adjustments and corrections.
    public let reason: String
    /// Who wrote the entry (a user name or id).
    public let recordedBy: String
    /// The manager who approved overtime; required for `accrued`.
    public let approvedBy: String?
    /// The day the entry was written down; defaults to `date`.
    public let recordedOn: LocalDate

    public init(id: String, amhpID: String, kind: TOILEntryKind, date: LocalDate, hours: TOILHours,
                reason: String = "", recordedBy: String, approvedBy: String? = nil, recordedOn: LocalDate? = nil) {
        self.id = id
        self.amhpID = amhpID
        self.kind = kind
        self.date = date
        self.hours = hours
        self.reason = reason
        self.recordedBy = recordedBy
        self.approvedBy = approvedBy
        self.recordedOn = recordedOn ?? date
    }

    /// Whether the entry adds hours to the balance.
    public var isCredit: Bool { kind.sign > 0 }

    /// Whether the entry uses up held hours.
    public var isDebit: Bool { kind.sign < 0 }

    /// The entry's own effect on held hours: + for credits, − for debits, zero for plans and corrections.
    ///
    /// A correction's effect is the reverse of the entry it corrects: see `TOILLedger.signedHours(of:)`.
    public var ownSignedHours: TOILHours { TOILHours(hundredths: hours.hundredths * kind.sign) }
}
