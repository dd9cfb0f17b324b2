import Testing
import Workforce
@testable import Planning

/// Each AMHP's chance of re-approval from their own training record: `reapproval_rate` less
/// `reapproval_penalty_per_short_year` for each completed warrant year short of 18 hours.
@Suite struct ReapprovalChanceTests {
    static let asOf = PlanningFixture.date("2026-11-23")
    static let warrant = PlanningFixture.range("2022-01-01", "2026-12-31")

    /// Ada trained 20 hours on the first day of each of 2022-2025 (so the log covers the whole
    /// warrant), Cal in 2022 and 2023 only, Ben never: no, two and four completed warrant years short. Nobody leaves or retires, so only re-approval removes anyone.
    static func data(penalty: Double = 0.2, only ids: Set<String>? = nil) -> PlanningData {
        let everyone = ["A01", "A02", "A03"].map { PlanningFixture.amhp($0, approval: warrant) }
        let log = (2022...2025).map { TrainingRecord(amhpID: "A01", date: PlanningFixture.date("\($0)-01-01"), hours: 20) }
            + (2022...2023).map { TrainingRecord(amhpID: "A03", date: PlanningFixture.date("\($0)-06-01"), hours: 20) }
        var settings = PlanningSettings()
        settings.succession.leaverRates = []
        settings.succession.reapprovalPenaltyPerShortYear = penalty
        return PlanningFixture.data(PlanningFixture.hub(everyone.filter { ids?.contains($0.id) ?? true }), settings: settings, log: log)
    }

    @Test func theRegisterAndTheProjectionReadEachRecord() {
        let data = Self.data()
        let chances = Dictionary(uniqueKeysWithValues: Register(data: data, asOf: Self.asOf).entries.map { ($0.amhpID, $0.reapprovalChance) })
        #expect(abs(chances["A01", default: -1] - 0.9) < 1e-9 && abs(chances["A02", default: -1] - 0.1) < 1e-9
                && abs(chances["A03", default: -1] - 0.5) < 1e-9)
        let basis = RotaFTEBasis(hub: data.hub, abstractions: data.settings.abstractions, from: Self.asOf)
        let rates = Dictionary(uniqueKeysWithValues: ProjectionPerson.current(data, asOf: Self.asOf, basis: basis).map { ($0.key, $0.reapprovalRate) })
        #expect(rates == chances)
        #expect(SuccessionTables.register(Register(data: data, asOf: Self.asOf)).contains(",4,0.10\r\n"))
    }

    @Test func withoutATrainingLogNobodyIsTakenToBeShort() {
        let data = Self.data()
        let unlogged = PlanningFixture.data(data.hub, settings: data.settings)
        #expect(Register(data: unlogged, asOf: Self.asOf).entries.allSatisfy { abs($0.reapprovalChance - 0.9) < 1e-9 })
    }

    /// A log that begins in 2024 says nothing of 2022 and 2023: those years are unknown, not short.
    @Test func yearsBeforeTheLogBeganAreUnknownNotShort() {
        let data = Self.data()
        let later = PlanningFixture.data(data.hub, settings: data.settings,
                                         log: [TrainingRecord(amhpID: "A01", date: PlanningFixture.date("2024-01-01"), hours: 20),
                                               TrainingRecord(amhpID: "A01", date: PlanningFixture.date("2025-01-01"), hours: 20)])
        let register = Register(data: later, asOf: Self.asOf)
        let ben = register.entries.first { $0.amhpID == "A02" }
        // Ben's 2024 and 2025 are covered and empty; 2022 and 2023 began before the log.
        #expect(ben?.shortApprovalYears.count == 2 && abs((ben?.reapprovalChance ?? 0) - 0.5) < 1e-9)
        #expect(SuccessionTables.ledger(register).contains("A02,1,2022-01-01,2022-12-31,0.0,yes,unknown\r\n"))
    }

    @Test func withNoPenaltyEveryoneHasTheSameChance() {
        let data = Self.data(penalty: 0)
        #expect(Register(data: data, asOf: Self.asOf).entries.allSatisfy { abs($0.reapprovalChance - 0.9) < 1e-9 })
        #expect(SuccessionAssumptions().reapprovalRate(shortYears: 9) == 0)
    }

    /// Every warrant ends in the first quarter: over 4,000 futures Ben is lost in about nine of ten, Ada in one.
    @Test func theProjectionLosesThoseWithShortYearsMoreOften() {
        for (id, lost) in [("A01", 0.1), ("A02", 0.9)] {
            let data = Self.data(only: [id])
            let basis = RotaFTEBasis(hub: data.hub, abstractions: data.settings.abstractions, from: Self.asOf)
            let projection = SuccessionProjection(periods: ProjectionPeriod.quarters(from: Self.asOf, years: 1),
                                                  people: ProjectionPerson.current(data, asOf: Self.asOf, basis: basis),
                                                  assumptions: data.settings.succession)
            let result = projection.run(simulations: 4000, seed: 5)
            let share = Double(result.records.map { $0[0].notReapproved }.reduce(0, +)) / 4000
            // Four standard errors of a share near 0.1 over 4,000 draws.
            #expect(abs(share - lost) < 0.02, "\(id): \(share)")
        }
    }
}

/// The rates' uncertainty (`succession.rate_uncertainty`): one factor per future scales every
/// leaver and retirement rate, so the bands widen and people's leaving moves together.
@Suite struct RateUncertaintyTests {
    @Test func theFactorHasMeanOneAndTheSpreadAsked() {
        let factors = (0..<20_000).map { SuccessionProjection.rateFactor(seed: 9, number: $0, uncertainty: 0.3) }
        let mean = factors.reduce(0, +) / Double(factors.count)
        let spread = (factors.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(factors.count)).squareRoot()
        #expect(abs(mean - 1) < 0.01 && abs(spread - 0.3) < 0.01, "mean \(mean), spread \(spread)")
        #expect(factors.allSatisfy { $0 > 0 })
        // The zero case: exactly the rates given.
        #expect(SuccessionProjection.rateFactor(seed: 9, number: 4, uncertainty: 0) == 1)
    }

    /// Forty LA AMHPs at 20% a year, over two years: the 10th-90th band of headcount is wider with
    /// the rates uncertain than with them known, while the median stays about where it was.
    @Test func uncertainRatesWidenTheBands() {
        let asOf = PlanningFixture.date("2026-11-23")
        let people = (1...40).map { index in
            ProjectionPerson(key: "A\(index)", employer: "LA", profession: .socialWorker, rotaFTE: 1,
                             start: .inPost(warrantEnd: PlanningFixture.date("2030-01-01")), dateOfBirth: nil, plannedRetirement: nil,
                             plannedLeaving: nil, suspensions: [], leaverRate: 0.2, reapprovalRate: 1)
        }
        func band(_ uncertainty: Double) -> (width: Double, median: Double) {
            var assumptions = SuccessionAssumptions()
            assumptions.rateUncertainty = uncertainty
            let result = SuccessionProjection(periods: ProjectionPeriod.quarters(from: asOf, years: 2), people: people, assumptions: assumptions)
                .run(simulations: 2000, seed: 7)
            let last = result.headcount[result.headcount.count - 1]
            return (last.p90 - last.p10, last.median)
        }
        let known = band(0), unsure = band(0.5)
        #expect(unsure.width > known.width + 1, "known \(known), unsure \(unsure)")
        #expect(abs(unsure.median - known.median) <= 2)
    }
}
