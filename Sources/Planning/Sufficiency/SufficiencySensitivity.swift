import Workforce

/// How far the FTE answer moves with the assumptions behind it, so a lead can say how sure it is:
/// each assumption swung alone to a low and a high value with the rest as set (the tornado, widest
/// swing first), and every assumption at once at its end that needs fewer and more FTE (the range).
///
/// The ends are values a service could defend, not forecasts: one AMHP or two at each assessment
/// (national guidance describes an AMHP and two doctors; `planning.yaml` defaults to two, so nobody
/// lone-works), an hour less or more per assessment, ten points fewer or more referrals assessed,
/// five points off the response target, and a tenth less or more demand.
public struct SufficiencySensitivity: Sendable {
    public enum Assumption: String, CaseIterable, Sendable {
        case amhpsPerAssessment = "amhps_per_assessment"
        case hoursPerAssessment = "hours_per_assessment"
        case shareAssessed = "share_assessed"
        case responseShare = "response_share"
        case demand

        public var label: String {
            switch self {
            case .amhpsPerAssessment: "AMHPs per assessment"
            case .hoursPerAssessment: "Hours per assessment"
            case .shareAssessed: "Referrals assessed"
            case .responseShare: "Response target"
            case .demand: "Demand"
            }
        }

        /// The settings and demand factor with this assumption at one end, and that end's value as text.
        func swung(_ settings: PlanningSettings, demandFactor: Double, high: Bool) -> (PlanningSettings, Double, String) {
            var settings = settings
            var factor = demandFactor
            let text: String
            switch self {
            case .amhpsPerAssessment:
                settings.workload.amhpsPerAssessment = high ? 2 : 1
                text = "\(settings.workload.amhpsPerAssessment)"
            case .hoursPerAssessment:
                settings.workload.assessmentHours = max(0.5, settings.workload.assessmentHours + (high ? 1 : -1))
                text = "\(NumberText.plain(settings.workload.hoursPerAssessment)) h"
            case .shareAssessed:
                settings.workload.shareAssessed = min(1, max(0.05, settings.workload.shareAssessed + (high ? 0.1 : -0.1)))
                text = NumberText.percent(settings.workload.shareAssessed, 0)
            case .responseShare:
                settings.response.share = min(0.99, max(0.5, settings.response.share + (high ? 0.05 : -0.05)))
                text = NumberText.percent(settings.response.share, 0)
            case .demand:
                factor = demandFactor * (high ? 1.1 : 0.9)
                text = NumberText.signed((factor / demandFactor - 1) * 100, 0) + "%"
            }
            return (settings, factor, text)
        }
    }

    /// One assumption swung alone: the FTE needed at its low and its high value.
    public struct Swing: Hashable, Sendable {
        public let assumption: Assumption
        public let lowValue: String
        public let highValue: String
        public let lowFTE: Double
        public let highFTE: Double

        public var width: Double { abs(highFTE - lowFTE) }
    }

    public let centralFTE: Double
    /// Every assumption at its low end, and at its high end.
    public let lowFTE: Double
    public let highFTE: Double
    /// Widest first.
    public let swings: [Swing]

    /// Solves the cover again for each end of each assumption (eleven solves of `ShiftCoverModel`).
    ///
    /// - Throws: as `SufficiencyAnalysis`.
    public init(data: PlanningData, central: SufficiencyAnalysis) throws {
        func neededFTE(_ settings: PlanningSettings, _ factor: Double) throws -> Double {
            try SufficiencyAnalysis(data: data.with(settings: settings), month: central.month, demandFactor: factor).neededFTE
        }
        centralFTE = central.neededFTE
        var swings: [Swing] = []
        var lowEnd = (settings: central.settings, factor: central.demandFactor), highEnd = lowEnd
        for assumption in Assumption.allCases {
            let low = assumption.swung(central.settings, demandFactor: central.demandFactor, high: false)
            let high = assumption.swung(central.settings, demandFactor: central.demandFactor, high: true)
            swings.append(Swing(assumption: assumption, lowValue: low.2, highValue: high.2,
                                lowFTE: try neededFTE(low.0, low.1), highFTE: try neededFTE(high.0, high.1)))
            let lower = assumption.swung(lowEnd.settings, demandFactor: lowEnd.factor, high: false)
            let higher = assumption.swung(highEnd.settings, demandFactor: highEnd.factor, high: true)
            (lowEnd, highEnd) = ((lower.0, lower.1), (higher.0, higher.1))
        }
        self.swings = swings.sorted { $0.width > $1.width }
        let together = [try neededFTE(lowEnd.settings, lowEnd.factor), try neededFTE(highEnd.settings, highEnd.factor)]
        lowFTE = min(together.min() ?? centralFTE, centralFTE)
        highFTE = max(together.max() ?? centralFTE, centralFTE)
    }
}
