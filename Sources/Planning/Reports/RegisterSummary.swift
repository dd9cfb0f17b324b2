import Workforce

/// The register as `succession.json` holds it: everyone's warrant, re-approval and CPD, with the flags.
public struct RegisterSummary: Codable, Hashable, Sendable {
    public let asOf: String
    /// People by status: approved, suspended, approved_from_later, trainee, expired.
    public let counts: [String: Int]
    /// The share of approved AMHPs of known age who are 55 or over.
    public let shareAged55OrOver: Double?
    /// Approved AMHPs with no date of birth in workforce.csv (retirement by age is not modelled).
    public let withoutAge: [String]
    public let entries: [Entry]

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", counts, shareAged55OrOver = "share_aged_55_or_over", withoutAge = "without_age", entries
    }

    public struct Entry: Codable, Hashable, Sendable {
        public let amhpID: String
        public let name: String
        public let employer: String
        public let profession: String
        public let status: String
        public let age: Int?
        public let approvalStart: String?
        /// The warrant's last day: re-approval must be complete by then.
        public let warrantExpiry: String?
        public let daysToReapproval: Int?
        /// Re-approval falls due within a year of the as-of date.
        public let reapprovalDueWithinYear: Bool
        public let suspensions: [Period]
        public let cpdHoursLast12Months: Double
        public let under18Hours: Bool
        /// Hours so far in the twelve months the re-approval panel counts (when due within a year).
        public let cpdHoursTowardsReapproval: Double?
        public let reapprovalDueWhileUnder18: Bool
        public let hoursNeededForReapproval: Double?
        public let bookedHours: Double
        /// Completed twelve-month periods of the warrant with fewer than 18 hours.
        public let shortApprovalYears: Int
        /// The projection's chance of re-approval at the warrant's end.
        public let reapprovalChance: Double

        enum CodingKeys: String, CodingKey {
            case amhpID = "amhp_id", name, employer, profession, status, age, approvalStart = "approval_start"
            case warrantExpiry = "warrant_expiry", daysToReapproval = "days_to_reapproval"
            case reapprovalDueWithinYear = "reapproval_due_within_year", suspensions
            case cpdHoursLast12Months = "cpd_hours_last_12_months", under18Hours = "under_18_hours"
            case cpdHoursTowardsReapproval = "cpd_hours_towards_reapproval", reapprovalDueWhileUnder18 = "reapproval_due_while_under_18"
            case hoursNeededForReapproval = "hours_needed_for_reapproval", bookedHours = "booked_hours"
            case shortApprovalYears = "short_approval_years", reapprovalChance = "reapproval_chance"
        }
    }

    public struct Period: Codable, Hashable, Sendable {
        public let from: String
        public let to: String
    }

    public init(_ register: Register) {
        asOf = register.asOf.description
        counts = Dictionary(grouping: register.entries, by: \.status.rawValue).mapValues(\.count)
        shareAged55OrOver = register.shareAged55OrOver
        withoutAge = register.withoutAge.map(\.amhpID)
        entries = register.entries.map { entry in
            Entry(amhpID: entry.amhpID, name: entry.name, employer: entry.employer, profession: entry.profession.rawValue,
                  status: entry.status.rawValue, age: entry.age, approvalStart: entry.approval?.first.description,
                  warrantExpiry: entry.reapprovalDue?.description, daysToReapproval: entry.daysToReapproval,
                  reapprovalDueWithinYear: entry.cpdTowardsReapproval != nil,
                  suspensions: entry.suspensions.map { Period(from: $0.first.description, to: $0.last.description) },
                  cpdHoursLast12Months: entry.cpdLast12Months, under18Hours: entry.isUnderCPD,
                  cpdHoursTowardsReapproval: entry.cpdTowardsReapproval, reapprovalDueWhileUnder18: entry.reapprovalDueWhileUnder,
                  hoursNeededForReapproval: entry.cpdTowardsReapproval == nil ? nil : entry.hoursNeededForReapproval,
                  bookedHours: entry.bookedHours, shortApprovalYears: entry.shortApprovalYears.count,
                  reapprovalChance: entry.reapprovalChance)
        }
    }
}
