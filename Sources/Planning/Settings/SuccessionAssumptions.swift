import Foundation
import Workforce

/// What the five-year projection assumes about people leaving and warrants being renewed.
public struct SuccessionAssumptions: Hashable, Sendable {
    /// Years projected, in quarters.
    public var years = 5
    /// Share of AMHPs whose warrant expires who are re-approved for another five years, for an
    /// AMHP who did 18 hours' training in every completed year of the warrant.
    public var reapprovalRate = 0.9
    /// How much each completed year of the warrant short of 18 hours takes off that AMHP's chance:
    /// the panel looks at the training record, so the projection reads it too.
    public var reapprovalPenaltyPerShortYear = 0.2
    /// Annual chance of retiring, by age band: each band applies from its age until the next.
    public var retirementRates: [RetirementBand] = [
        RetirementBand(fromAge: 55, annualRate: 0.04),
        RetirementBand(fromAge: 60, annualRate: 0.15),
        RetirementBand(fromAge: 65, annualRate: 0.5),
    ]
    /// Everyone has retired by this age.
    public var latestRetirementAge = 68
    /// Annual chance of leaving the AMHP role for other reasons, by employer.
    public var leaverRates: [LeaverRate] = [LeaverRate(employer: "LA", annualRate: 0.08), LeaverRate(employer: "NHS", annualRate: 0.12)]
    /// The FTE the rota needs, which the projection is compared with.
    public var target: Target = .demand
    /// Yearly growth of the target, e.g. 0.02 for demand rising 2% a year.
    public var targetGrowthPerYear = 0.0
    /// How unsure the leaver and retirement rates are, as a coefficient of variation: each
    /// simulated future scales them all by one factor of mean 1 and this spread, which also makes
    /// people's leaving move together. 0 takes the rates as exactly known.
    public var rateUncertainty = 0.3

    public init() {}

    /// The chance an AMHP with `shortYears` completed warrant years under 18 hours is re-approved.
    public func reapprovalRate(shortYears: Int) -> Double {
        max(0, reapprovalRate - reapprovalPenaltyPerShortYear * Double(shortYears))
    }

    /// The annual retirement chance at an age: the band with the highest `fromAge` at or below it.
    public func retirementRate(atAge age: Int) -> Double {
        if age >= latestRetirementAge { return 1 }
        return retirementRates.filter { $0.fromAge <= age }.max { $0.fromAge < $1.fromAge }?.annualRate ?? 0
    }

    /// The annual leaver rate for an employer: its own row, else the `NHS` row for any trust, else 0.
    public func leaverRate(employer: String) -> Double {
        if let own = leaverRates.first(where: { $0.employer.caseInsensitiveCompare(employer) == .orderedSame }) {
            return own.annualRate
        }
        let isLA = employer.uppercased() == "LA"
        return leaverRates.first { !isLA && $0.employer.uppercased() == "NHS" }?.annualRate ?? 0
    }

    public struct RetirementBand: Hashable, Sendable {
        public var fromAge: Int
        public var annualRate: Double
        public init(fromAge: Int, annualRate: Double) {
            self.fromAge = fromAge
            self.annualRate = annualRate
        }
    }

    public struct LeaverRate: Hashable, Sendable {
        /// `LA`, `NHS` (every trust not named) or a trust's name as in amhps.csv.
        public var employer: String
        public var annualRate: Double
        public init(employer: String, annualRate: Double) {
            self.employer = employer
            self.annualRate = annualRate
        }
    }

    /// Where the succession target comes from.
    public enum Target: Hashable, Sendable {
        /// The FTE the demand-led cover needs (the sufficiency model).
        case demand
        /// The FTE the hub's own minimum cover (cover.csv) needs.
        case minimumCover
        /// The FTE the hub's target cover (cover.csv) needs.
        case targetCover
        /// A number the AMHP lead sets.
        case fixed(Double)
    }
}
