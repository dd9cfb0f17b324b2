import Testing
import Workforce
@testable import Planning

/// The projection's periods and bookkeeping: people neither appear nor vanish.
struct ProjectionTests {
    let date = PlanningFixture.date
    let range = PlanningFixture.range
    let asOf = PlanningFixture.date("2026-11-23")

    /// Twelve people of mixed employers, ages and warrants, two trainees, and a booked cohort.
    func setup(_ change: (inout PlanningSettings) -> Void = { _ in }) -> (SuccessionProjection, PlanningData) {
        // Warrants in force on the as-of date, ending across the five years (A1 and A10 this quarter).
        let warrants = [("2022-01-01", "2026-12-31"), ("2023-03-01", "2028-02-29"), ("2024-06-01", "2029-05-31"), ("2025-09-01", "2030-08-31"),
                        ("2022-07-01", "2027-06-30"), ("2023-10-01", "2028-09-30"), ("2024-01-15", "2029-01-14"), ("2025-04-01", "2030-03-31"),
                        ("2026-02-01", "2031-01-31"), ("2021-12-01", "2026-11-30")]
        var amhps = warrants.enumerated().map { offset, warrant in
            let index = offset + 1
            return PlanningFixture.amhp("A\(index)", employment: index % 3 == 0 ? .nhs(trust: "North Trust", shiftsPerMonth: 3) : .localAuthority(fte: 0.8),
                                        profession: index % 4 == 0 ? .nurse : .socialWorker, approval: range(warrant.0, warrant.1),
                                        isEducator: index == 1)
        }
        amhps.append(PlanningFixture.amhp("A11", approval: range("2026-12-07", "2031-12-06")))
        amhps.append(PlanningFixture.amhp("T01", educator: "A1"))
        var settings = PlanningSettings()
        change(&settings)
        let people = [PersonFacts(amhpID: "A2", dateOfBirth: date("1962-05-01")), PersonFacts(amhpID: "A3", dateOfBirth: date("1968-02-02")),
                      PersonFacts(amhpID: "A4", plannedRetirement: date("2028-03-31")), PersonFacts(amhpID: "T01", courseStart: date("2026-09-07"))]
        let pipeline = [TrainingCohort(start: date("2027-09-06"), trainees: 2, employer: "LA", profession: .socialWorker, rotaFTE: 0.8, origin: "pipeline")]
        let data = PlanningFixture.data(PlanningFixture.hub(amhps), settings: settings, people: people, pipeline: pipeline)
        let basis = RotaFTEBasis(hub: data.hub, abstractions: settings.abstractions, from: asOf)
        let persons = ProjectionPerson.current(data, asOf: asOf, basis: basis)
            + pipeline.flatMap { ProjectionPerson.cohort($0, training: settings.training, assumptions: settings.succession) }
        return (SuccessionProjection(periods: ProjectionPeriod.quarters(from: asOf, years: 5), people: persons, assumptions: settings.succession), data)
    }

    @Test func quartersRunFromTheDateToFiveYearsOn() {
        let periods = ProjectionPeriod.quarters(from: asOf, years: 5)
        #expect(periods.count == 21)
        #expect(periods.first!.first == asOf && periods.first!.last == date("2026-12-31") && periods.first!.label == "2026 Q4")
        #expect(periods[1].first == date("2027-01-01") && periods[1].last == date("2027-03-31"))
        #expect(periods.last!.label == "2031 Q4" && periods.last!.last == date("2031-12-31"))
        for (earlier, later) in zip(periods, periods.dropFirst()) { #expect(earlier.last.adding(days: 1) == later.first) }
        #expect(ProjectionPeriod.quarters(from: date("2027-01-01"), years: 1).count == 5)
    }

    @Test func everyQuarterOfEverySimulationBalances() {
        let (projection, _) = setup()
        let result = projection.run(simulations: 300, seed: 11)
        for (simulation, records) in result.records.enumerated() {
            // Ten approved now (A11 is approved from a later date, T01 is a trainee).
            #expect(records[0].start == 10, "simulation \(simulation)")
            for (quarter, record) in records.enumerated() {
                #expect(record.balances, "simulation \(simulation), quarter \(quarter): \(record)")
                #expect(record.headcountByGroup[0] + record.headcountByGroup[1] == record.end)
                if quarter > 0 { #expect(record.start == records[quarter - 1].end, "simulation \(simulation), quarter \(quarter)") }
            }
            // Over the five years: start + all joins − all leaves = the last quarter's end.
            let joins = records.reduce(0) { $0 + $1.joined }, leaves = records.reduce(0) { $0 + $1.leaves }
            #expect(records[0].start + joins - leaves == records.last!.end)
            // Nobody joins twice: at most A11, T01 and the two booked trainees.
            #expect(joins <= 4)
        }
    }

    @Test func theSameSeedGivesTheSameFuture() {
        let (projection, _) = setup()
        #expect(projection.run(simulations: 50, seed: 3).records == projection.run(simulations: 50, seed: 3).records)
        #expect(projection.run(simulations: 50, seed: 3).records != projection.run(simulations: 50, seed: 4).records)
    }

    @Test func withNobodyLeavingTheRegisterOnlyGrows() {
        let (projection, _) = setup { settings in
            settings.succession.leaverRates = [.init(employer: "LA", annualRate: 0), .init(employer: "NHS", annualRate: 0)]
            settings.succession.retirementRates = []
            settings.succession.latestRetirementAge = 80
            settings.succession.reapprovalRate = 1
            settings.training.passRate = 1
        }
        let result = projection.run(simulations: 20, seed: 1)
        for records in result.records {
            // A4's stated retirement is the only leaver; A11, T01 and the two booked trainees join.
            #expect(records.reduce(0) { $0 + $1.retired } == 1)
            #expect(records.reduce(0) { $0 + $1.left + $1.notReapproved } == 0)
            #expect(records.last!.end == 10 - 1 + 4)
            // A11 joins on 2026-12-07, T01 when the course ends on 2027-09-07, the cohort on 2028-09-06.
            #expect(records[0].joined == 1 && records[3].joined == 1 && records[7].joined == 2)
            // A4 retires in 2028 Q1, on their stated date.
            #expect(records[5].retired == 1)
        }
    }

    @Test func withNoReapprovalEveryExpiringWarrantIsLost() {
        let (projection, data) = setup { settings in
            settings.succession.leaverRates = [.init(employer: "LA", annualRate: 0), .init(employer: "NHS", annualRate: 0)]
            settings.succession.retirementRates = []
            settings.succession.latestRetirementAge = 80
            settings.succession.reapprovalRate = 0
            settings.training.passRate = 0
        }
        let periods = projection.periods
        let result = projection.run(simulations: 5, seed: 1)
        for records in result.records {
            for (quarter, period) in periods.enumerated() {
                let expiring = data.hub.amhps.filter { amhp in
                    guard let end = amhp.approval?.last, amhp.id != "A4" || end < date("2028-03-31") else { return false }
                    return end >= asOf && period.contains(end)
                }.count
                #expect(records[quarter].notReapproved == expiring, "\(period.label)")
            }
            // Nobody passes the course, so only A11 joins.
            #expect(records.reduce(0) { $0 + $1.joined } == 1)
        }
    }

    @Test func addingTraineesNeverChangesAnyoneElsesFate() {
        let (projection, data) = setup { settings in
            settings.succession.leaverRates.append(.init(employer: "Nobody Leaves Trust", annualRate: 0))
        }
        let cohort = ProjectionPerson.cohort(TrainingCohort(start: date("2027-09-01"), trainees: 5, employer: "Nobody Leaves Trust",
                                                            profession: .nurse, rotaFTE: 0.5, origin: "plan"),
                                             training: data.settings.training, assumptions: data.settings.succession)
        #expect(cohort.allSatisfy { $0.leaverRate == 0 })
        let without = projection.run(simulations: 100, seed: 9)
        let with = SuccessionProjection(periods: projection.periods, people: projection.people + cohort, assumptions: projection.assumptions)
            .run(simulations: 100, seed: 9)
        for (before, after) in zip(without.records, with.records) {
            for (old, new) in zip(before, after) {
                // The new people never leave within the horizon, so every leaver is the same as before.
                #expect(new.retired == old.retired && new.left == old.left && new.notReapproved == old.notReapproved)
                #expect(new.fte >= old.fte - 1e-9)
            }
        }
    }

    @Test func quantilesInterpolateBetweenOrderStatistics() {
        #expect(ProjectionResult.quantile([1, 2, 3, 4, 5], 0.5) == 3)
        #expect(ProjectionResult.quantile([1, 2, 3, 4], 0.5) == 2.5)
        #expect(abs(ProjectionResult.quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110], 0.1) - 20) < 1e-12)
        #expect(ProjectionResult.quantile([], 0.5) == 0)
    }

    @Test func aQuartersChanceCompoundsTheAnnualRate() {
        #expect(abs(SuccessionProjection.chance(0.19, years: 0.5) - 0.1) < 1e-12)
        #expect(SuccessionProjection.chance(1, years: 0.25) == 1)
        #expect(SuccessionProjection.chance(0, years: 1) == 0)
    }
}
