import Workforce

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
                                 bookedHours: booked, approvalYears: ledger.approvalYears(of: amhp, asOf: asOf),
                                 reapprovalChance: data.settings.succession.reapprovalRate(shortYears: ledger.shortYears(of: amhp, asOf: asOf)))
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
