import Foundation
import Workforce

/// The annual sufficiency report for the Director of Adult Social Services (issue 18), put
/// together from what the service already works out: the sufficiency and succession summaries
/// (the `amhp` planning commands' own results), the hub's workforce, and the latest Service
/// Standards self-assessment. Every table it shows is also a CSV (`tables`).
public struct AnnualReport: Sendable {
    public let hubName: String
    /// The day the report was made.
    public let madeOn: LocalDate
    public let sufficiency: SufficiencySummary
    public let succession: SuccessionSummary
    /// Approved AMHPs (suspended included) by profession and employer: headcount.
    public let workforce: [WorkforceRow]
    public let standards: StandardsPart?
    public let risks: [Risk]

    public struct WorkforceRow: Hashable, Sendable {
        public let profession: String
        public let employer: String
        public let headcount: Int
    }

    /// The latest self-assessment in brief, and how it moved since the one before.
    public struct StandardsPart: Sendable {
        public let title: String
        public let assessedOn: LocalDate
        public let tally: StandardsTally
        public let previous: String?
        public let improved: Int
        public let worsened: Int
        /// Each standard with its evaluation and risk (nil when not given).
        public let lines: [(standard: String, evaluation: StandardEvaluation?, risk: StandardRisk?)]

        public init(title: String, assessedOn: LocalDate, standards: [ServiceStandard], rating: (String) -> StandardRating,
                    previous: (title: String, rating: (String) -> StandardRating)?) {
            (self.title, self.assessedOn) = (title, assessedOn)
            tally = StandardsTally(standards: standards, rating: rating)
            self.previous = previous?.title
            let progress = previous.map { StandardsProgress(standards: standards, current: rating, previous: $0.rating) }
            (improved, worsened) = (progress?.improved ?? 0, progress?.worsened ?? 0)
            lines = standards.map { standard in
                let rated = rating(standard.number)
                return (standard.number, rated.evaluation, rated.risk)
            }
        }
    }

    /// A risk for the Director: where it comes from, how serious, what it is, and what is planned.
    public struct Risk: Hashable, Sendable {
        public let source: String
        public let level: StandardRisk
        public let text: String
        public let actions: [String]
    }

    /// `standardsRatings` gives each standard's rating in the latest assessment, for its risks and actions.
    public init(madeOn: LocalDate, hub: Hub, sufficiency: SufficiencySummary, succession: SuccessionSummary, standards: StandardsPart?,
                standardsRatings: [StandardRating]) {
        hubName = hub.rules.hubName
        self.madeOn = madeOn
        (self.sufficiency, self.succession, self.standards) = (sufficiency, succession, standards)
        let approved = hub.amhps.filter { $0.countsTowardsCover && ($0.approval?.contains(madeOn) ?? false) }
        let grouped = Dictionary(grouping: approved) { WorkforceRow(profession: $0.profession.displayName, employer: $0.employment.employerName, headcount: 0) }
        workforce = grouped.map { group, people in WorkforceRow(profession: group.profession, employer: group.employer, headcount: people.count) }
            .sorted { ($0.profession, $0.employer) < ($1.profession, $1.employer) }
        risks = AnnualReportRisks.risks(sufficiency: sufficiency, succession: succession, ratings: standardsRatings)
    }
}
