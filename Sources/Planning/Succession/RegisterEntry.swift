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

    /// Under 18 hours in the last twelve months.
    public var isUnderCPD: Bool { status != .trainee && status != .expired && status != .approvedFromLater && cpdLast12Months < CPDLedger.requiredHours }

    /// Under 18 hours now, with re-approval falling due within a year.
    public var reapprovalDueWhileUnder: Bool { isUnderCPD && cpdTowardsReapproval != nil }

    /// Hours still to do before the re-approval date.
    public var hoursNeededForReapproval: Double {
        max(0, CPDLedger.requiredHours - (cpdTowardsReapproval ?? CPDLedger.requiredHours))
    }

    /// Completed twelve-month periods of the warrant with fewer than 18 hours.
    public var shortApprovalYears: [CPDLedger.ApprovalYear] { approvalYears.filter { $0.isComplete && $0.isShort } }
}

/// The register of every AMHP and trainee on the hub as of a date (Service Standard 1.3).
public struct Register: Sendable {
    public let asOf: LocalDate
    public let entries: [RegisterEntry]

    public init(data: PlanningData, asOf: LocalDate) {
        self.asOf = asOf
        let ledger = CPDLedger(records: data.trainingLog)
        entries = data.hub.amhps.map { amhp in
            let status: RegisterEntry.Status
            if amhp.isTrainee {
                status = .trainee
            } else if let approval = amhp.approval, approval.last < asOf {
                status = .expired
            } else if let approval = amhp.approval, approval.first > asOf {
                status = .approvedFromLater
            } else {
                status = amhp.isApproved(on: asOf) ? .approved : .suspended
            }
            let due = amhp.approval?.last
            let dueWithinYear = due.map { $0 >= asOf && $0 <= asOf.adding(months: 12) } ?? false
            var towards: Double?
            if dueWithinYear, let due {
                // Hours done so far in the twelve months the panel will count back from the due date.
                let window = DateRange.twelveMonths(endingOn: due)
                towards = DateRange(first: window.first, last: asOf).map { ledger.hours(of: amhp.id, in: $0) } ?? 0
            }
            let booked = ledger.records(of: amhp.id).filter { $0.date > asOf }.reduce(0) { $0 + $1.hours }
            return RegisterEntry(amhpID: amhp.id, name: amhp.name, employer: amhp.employment.employerName, profession: amhp.profession,
                                 status: status, age: data.facts(for: amhp.id)?.age(on: asOf), approval: amhp.approval,
                                 reapprovalDue: due, daysToReapproval: due.map { asOf.days(to: $0) }, suspensions: amhp.suspensions,
                                 cpdLast12Months: ledger.rollingHours(of: amhp.id, endingOn: asOf), cpdTowardsReapproval: towards,
                                 bookedHours: booked, approvalYears: ledger.approvalYears(of: amhp, asOf: asOf))
        }
    }

    /// Approved AMHPs (suspended included) with no age in workforce.csv.
    public var withoutAge: [RegisterEntry] { entries.filter { $0.status != .trainee && $0.age == nil } }

    /// The share of approved AMHPs aged 55 or over, of those whose age is known.
    public var shareAged55OrOver: Double? {
        let known = entries.filter { $0.status != .trainee && $0.status != .expired }.compactMap(\.age)
        guard !known.isEmpty else { return nil }
        return Double(known.filter { $0 >= 55 }.count) / Double(known.count)
    }
}
