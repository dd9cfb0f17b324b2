import Workforce

/// One line of the AMHP register: warrant, re-approval, suspension and CPD, as of a date.
public struct RegisterEntry: Hashable, Sendable {
    public enum Status: String, Sendable {
        case approved
        case suspended
        /// Approved from a later date (a newly qualified AMHP awaiting their start).
        case approvedFromLater = "approved_from_later"
        case expired
        case trainee
    }

    public let amhpID: String
    public let name: String
    public let employer: String
    public let profession: Profession
    public let status: Status
    public let age: Int?
    public let approval: DateRange?
    /// The last day of the warrant: re-approval must be complete by then.
    public let reapprovalDue: LocalDate?
    public let daysToReapproval: Int?
    public let suspensions: [DateRange]
    /// Training done in the twelve months to the as-of date.
    public let cpdLast12Months: Double
    /// Training done so far in the twelve months that end on the re-approval date (when that is
    /// within a year), which is what the re-approval panel will look at.
    public let cpdTowardsReapproval: Double?
    /// Training booked after the as-of date.
    public let bookedHours: Double
    public let approvalYears: [CPDLedger.ApprovalYear]
    /// The projection's chance of re-approval at the warrant's end, from the training record.
    public let reapprovalChance: Double

    /// Under 18 hours in the last twelve months.
    public var isUnderCPD: Bool { status != .trainee && status != .expired && status != .approvedFromLater && cpdLast12Months < CPDLedger.requiredHours }

    /// Re-approval falls due within a year, and the twelve months that end on that date (what the
    /// panel will look at) hold under 18 hours so far: hours done more than a year before the date
    /// no longer count, however recent the rolling twelve months look.
    public var reapprovalDueWhileUnder: Bool {
        guard status != .trainee, status != .expired, status != .approvedFromLater, let towards = cpdTowardsReapproval else { return false }
        return towards < CPDLedger.requiredHours
    }

    /// Hours still to do before the re-approval date.
    public var hoursNeededForReapproval: Double {
        max(0, CPDLedger.requiredHours - (cpdTowardsReapproval ?? CPDLedger.requiredHours))
    }

    /// Completed twelve-month periods of the warrant with fewer than 18 hours.
    public var shortApprovalYears: [CPDLedger.ApprovalYear] { approvalYears.filter { $0.isComplete && $0.isShort } }
}
