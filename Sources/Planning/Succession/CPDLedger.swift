import Workforce

/// The training log as a ledger of AMHP training hours (CPD): re-approval needs 18 hours of AMHP
/// training in each 12 months of the warrant (DHSC guidance; 2008 Approval Regulations).
///
/// Hours are counted by the date of the training. Records dated after the as-of date are
/// bookings: shown as booked, never counted as done.
public struct CPDLedger: Sendable {
    /// The yearly minimum, 18 hours.
    public static let requiredHours = 18.0
    private let byAMHP: [String: [TrainingRecord]]
    /// The log's first record: before it, the log says nothing either way.
    public let firstRecord: LocalDate?

    public init(records: [TrainingRecord]) {
        byAMHP = Dictionary(grouping: records, by: \.amhpID)
        firstRecord = records.map(\.date).min()
    }

    /// Hours an AMHP did on dates within `range`.
    public func hours(of amhpID: String, in range: DateRange) -> Double {
        (byAMHP[amhpID] ?? []).filter { range.contains($0.date) }.reduce(0) { $0 + $1.hours }
    }

    /// Hours done in the twelve months ending on `date`.
    public func rollingHours(of amhpID: String, endingOn date: LocalDate) -> Double {
        hours(of: amhpID, in: .twelveMonths(endingOn: date))
    }

    /// Every record for an AMHP, oldest first.
    public func records(of amhpID: String) -> [TrainingRecord] {
        (byAMHP[amhpID] ?? []).sorted { $0.date < $1.date }
    }

    /// One twelve-month period of a warrant with the hours done in it.
    public struct ApprovalYear: Hashable, Sendable {
        /// 1 for the first twelve months of the warrant.
        public let number: Int
        public let dates: DateRange
        public let hours: Double
        /// Ended on or before the as-of date.
        public let isComplete: Bool
        /// The training log reaches back to the period's start; a period that began before the log's
        /// first record is unknown, not short.
        public let isCovered: Bool

        public var isShort: Bool { isCovered && hours < CPDLedger.requiredHours }
    }

    /// The warrant's twelve-month periods that have begun by `asOf`, each with its hours (hours
    /// after `asOf` are bookings and not counted).
    public func approvalYears(of amhp: AMHP, asOf: LocalDate) -> [ApprovalYear] {
        guard let approval = amhp.approval else { return [] }
        var years: [ApprovalYear] = []
        var start = approval.first
        var number = 1
        while start <= min(asOf, approval.last) {
            let end = min(start.adding(months: 12).adding(days: -1), approval.last)
            let counted = DateRange(spanning: start, min(end, asOf))
            years.append(ApprovalYear(number: number, dates: DateRange(spanning: start, end),
                                      hours: hours(of: amhp.id, in: counted), isComplete: end <= asOf,
                                      isCovered: firstRecord.map { $0 <= start } ?? false))
            start = end.adding(days: 1)
            number += 1
        }
        return years
    }

    /// Completed twelve-month periods of the warrant with fewer than 18 hours, as of `asOf`: only
    /// those the log covers (no record is not a record of no training), so none without a log.
    public func shortYears(of amhp: AMHP, asOf: LocalDate) -> Int {
        approvalYears(of: amhp, asOf: asOf).filter { $0.isComplete && $0.isShort }.count
    }
}
