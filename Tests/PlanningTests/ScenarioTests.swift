import Foundation
import HubGeneration
import Rostering
import Synchronization
import Testing
import Workforce
@testable import Planning

/// Scenario files, what applying one does to the hub, and a run through the real rota model.
struct ScenarioTests {
    let month = Month("2027-01")!

    func read(_ text: String) -> (Scenario?, [String]) {
        var errors: [InputError] = []
        let scenario = ScenarioFile.read(text, fileName: "what-if.yaml", errors: &errors)
        return (scenario, errors.map(\.description))
    }

    /// Six AMHPs: two NHS (warrants ending 2028 and 2027), an educator with a trainee, a night-only AMHP.
    func data(referrals: [Referral] = []) -> PlanningData {
        let range = PlanningFixture.range
        return PlanningFixture.data(PlanningFixture.hub([
            PlanningFixture.amhp("A01", isEducator: true),
            PlanningFixture.amhp("A02", employment: .nhs(trust: "North Trust", shiftsPerMonth: 3), approval: range("2023-01-01", "2028-06-30")),
            PlanningFixture.amhp("A03", employment: .nhs(trust: "South Trust", shiftsPerMonth: 4), approval: range("2022-06-01", "2027-05-31")),
            PlanningFixture.amhp("A04", nights: .only),
            PlanningFixture.amhp("A05", profession: .nurse),
            PlanningFixture.amhp("T01", educator: "A01"),
        ]), referrals: referrals)
    }

    @Test func aScenarioFileReadsEverySection() throws {
        let (scenario, errors) = read("""
        name: Everything
        description: Every kind of change.
        remove:
          - {id: A05}
          - {employer: NHS, count: 2}
        add:
          - {count: 2, like: A04}
          - {employer: North Trust, nhs_shifts_per_month: 4, coordinate_days: yes}
        demand_change_percent: -5
        cover:
          - {day_type: weekday, shift: D, minimum: 3, target: 4}
          - {shift: all, change: +1}
        working_time:
          maximum_consecutive_nights: 3
        """)
        #expect(errors.isEmpty, "\(errors)")
        let read = try #require(scenario)
        #expect(read.removals == [.id("A05"), .kind({ var kind = Scenario.AMHPKind(); kind.employer = "NHS"; return kind }(), count: 2)])
        #expect(read.additions.count == 2 && read.additions[0].like == "A04" && read.additions[0].count == 2)
        #expect(read.additions[1].employment == .nhs(trust: "North Trust", shiftsPerMonth: 4) && read.additions[1].coordinateDays)
        #expect(read.demandChangePercent == -5 && read.usesDemand)
        #expect(read.coverChanges.count == 2 && read.coverChanges[1].change == 1 && read.coverChanges[1].dayType == nil)
        #expect(read.workingTime.maximumConsecutiveNights == 3)
    }

    @Test func scenarioMistakesAreLocated() {
        let (scenario, errors) = read("""
        remove:
          - {id: A05, count: 2}
          - {grade: senior}
        cover:
          - {shift: D}
        demand_change_percent: lots
        """)
        #expect(scenario == nil)
        #expect(errors.contains { $0.hasPrefix("what-if.yaml, line 2, field remove: a removal by id takes no other settings.") })
        #expect(errors.contains { $0.hasPrefix("what-if.yaml, line 3, field remove.grade: unknown setting \"grade\".") })
        #expect(errors.contains { $0.hasPrefix("what-if.yaml, line 5, field cover: the cover change changes nothing.") })
        #expect(errors.contains { $0.hasPrefix("what-if.yaml, line 6, field demand_change_percent: \"lots\" is not a number") })
        #expect(errors.contains { $0.contains("field name: the scenario has no name.") })
    }

    @Test func removingByKindTakesTheSoonestWarrantsAndTheirTrainees() throws {
        var scenario = Scenario(name: "Lose people", fileName: "s.yaml")
        var nhs = Scenario.AMHPKind()
        nhs.employer = "NHS"
        scenario.removals = [.kind(nhs, count: 1), .id("A01")]
        let applied = try ScenarioApplier(data: data(), month: month).apply(scenario)
        // A03's warrant ends first; removing the educator A01 takes trainee T01 too.
        #expect(applied.hub.amhps.map(\.id) == ["A02", "A04", "A05"])
        #expect(applied.notes[0] == "Removed A03 Person A03.")
        #expect(applied.notes[1] == "Removed A01 Person A01, and trainee T01 with their educator.")
        var tooMany = Scenario(name: "Too many", fileName: "s.yaml")
        tooMany.removals = [.kind(nhs, count: 3)]
        #expect(throws: PlanningError.self) { try ScenarioApplier(data: data(), month: month).apply(tooMany) }
    }

    @Test func addingCopiesAnAMHPWithNewIdsAndAWarrantForTheMonth() throws {
        var scenario = Scenario(name: "Recruit", fileName: "s.yaml")
        var like = Scenario.Addition()
        like.count = 2
        like.like = "A04"
        scenario.additions = [like]
        let hub = try ScenarioApplier(data: data(), month: month).apply(scenario).hub
        let added = hub.amhps.filter { $0.id.hasPrefix("X") }
        #expect(added.map(\.id) == ["X01", "X02"])
        #expect(added.allSatisfy { $0.nightWorking == .only && $0.isApproved(on: month.firstDay) && $0.isApproved(on: month.lastDay) })
    }

    @Test func coverChangesApplyToTheirRowsAndNeverLeaveSomeoneAlone() throws {
        var scenario = Scenario(name: "Cover", fileName: "s.yaml")
        var weekdayDay = Scenario.CoverChange()
        weekdayDay.dayType = .weekday
        weekdayDay.shiftCode = "D"
        weekdayDay.minimum = 4
        var everyNight = Scenario.CoverChange()
        everyNight.shiftCode = "N"
        everyNight.change = 1
        scenario.coverChanges = [weekdayDay, everyNight]
        let hub = try ScenarioApplier(data: data(), month: month).apply(scenario).hub
        #expect(hub.coverRule(for: .weekday, shift: "D")?.minimum == 4 && hub.coverRule(for: .weekday, shift: "D")?.target == 4)
        #expect(hub.coverRules.filter { $0.shiftCode == "N" }.allSatisfy { $0.minimum == 3 && $0.target == 4 })
        #expect(hub.coverRule(for: .sunday, shift: "D")?.minimum == 2)
        var alone = Scenario(name: "Alone", fileName: "s.yaml")
        var minusOne = Scenario.CoverChange()
        minusOne.change = -1
        alone.coverChanges = [minusOne]
        #expect(throws: PlanningError.self) { try ScenarioApplier(data: data(), month: month).apply(alone) }
    }

    @Test func moreDemandRaisesCoverByWhatTheDemandModelAdds() throws {
        let data = data(referrals: PlanningFixture.referrals(annual: 900))
        var scenario = Scenario(name: "Busier", fileName: "s.yaml")
        scenario.demandChangePercent = 60
        let hub = try ScenarioApplier(data: data, month: month).apply(scenario).hub
        let before = try SufficiencyAnalysis(data: data, month: month), after = try SufficiencyAnalysis(data: data, month: month, demandFactor: 1.6)
        for rule in data.hub.coverRules {
            let added = after.cover.cover(rule.dayType, rule.shiftCode)!.amhps - before.cover.cover(rule.dayType, rule.shiftCode)!.amhps
            #expect(hub.coverRule(for: rule.dayType, shift: rule.shiftCode)?.minimum == max(2, rule.minimum + added))
        }
        #expect(after.neededFTE > before.neededFTE)
        var withoutReferrals = Scenario(name: "No data", fileName: "s.yaml")
        withoutReferrals.coverFromDemand = true
        #expect(throws: PlanningError.noReferrals) { try ScenarioApplier(data: self.data(), month: month).apply(withoutReferrals) }
    }

    @Test func scenariosRunThroughTheRotaModelAndTheChecker() throws {
        let hub = HubGenerator(amhpCount: 16, firstMonth: month, seed: 11).generate()
        var options = RotaSolveOptions()
        options.timeLimit = 4
        options.iterations = 2
        let runner = ScenarioRunner(data: PlanningFixture.data(hub), month: month, options: options)
        var lose = Scenario(name: "Lose four", fileName: "s.yaml")
        var la = Scenario.AMHPKind()
        la.employer = "LA"
        lose.removals = [.kind(la, count: 4)]
        var same = Scenario(name: "Nothing", fileName: "s.yaml")
        same.description = "Changes nothing."
        let outcomes = try runner.runAll([lose, same])
        #expect(outcomes.map(\.name) == ["baseline", "Lose four", "Nothing"])
        #expect(outcomes.allSatisfy { $0.measures.hardViolations == 0 })
        #expect(outcomes[1].measures.amhps == outcomes[0].measures.amhps - 4)
        #expect(outcomes[1].measures.amhpsShort >= outcomes[0].measures.amhpsShort)
        // An unchanged hub reuses the baseline's rota, so chance differences never appear as effects.
        #expect(outcomes[2].measures == outcomes[0].measures)
        #expect(outcomes[2].notes.last == "The hub is unchanged, so the rota is the baseline's.")
        let text = ScenarioReportText.make(outcomes, month: month, hubName: "Test hub")
        #expect(text.contains("shifts below minimum") && text.contains("Scenario 1: Lose four"))
        let csv = ScenarioReportText.csv(outcomes)
        #expect(csv.hasPrefix("measure,baseline,Lose four,change: Lose four,Nothing,change: Nothing\r\n"))
        #expect(csv.contains("AMHPs on the rota,\(outcomes[0].measures.amhps),\(outcomes[0].measures.amhps - 4),-4,"))
        // scenarios.json says the same as the table, and reads back as written.
        let json = try PlanningJSON.encode(ScenarioSummary(outcomes, month: month, hubName: "Test hub"))
        let summary = try PlanningJSON.decode(ScenarioSummary.self, from: Data(json.utf8))
        #expect(summary.columns.map(\.name) == ["baseline", "Lose four", "Nothing"] && summary.month == "2027-01")
        let amhps = try #require(summary.measures.first { $0.name == "AMHPs on the rota" })
        #expect(amhps.values == outcomes.map { Double($0.measures.amhps) } && amhps.changes == [0, -4, 0] && amhps.lowerIsBetter == nil)
        #expect(summary.measures.count == outcomes[0].measures.rows.count)
        #expect(json.contains("\"lower_is_better\" : true"))
    }

    /// Several seeds: each hub is solved once per seed, the best rota kept and every objective
    /// recorded; the range used for noise runs from the best bound of any seed to the best objective.
    @Test func severalSeedsKeepTheBestRotaAndShowTheSpread() throws {
        let hub = HubGenerator(amhpCount: 16, firstMonth: month, seed: 11).generate()
        var options = RotaSolveOptions()
        options.timeLimit = 4
        options.iterations = 2
        options.seed = 5
        var lose = Scenario(name: "Lose two", fileName: "s.yaml")
        var la = Scenario.AMHPKind()
        la.employer = "LA"
        lose.removals = [.kind(la, count: 2)]
        let outcomes = try ScenarioRunner(data: PlanningFixture.data(hub), month: month, options: options, seeds: 3).runAll([lose])
        for outcome in outcomes {
            #expect(outcome.seedObjectives.count == 3)
            #expect(outcome.solution.objective == outcome.seedObjectives.min())
            #expect(outcome.bound.map { $0 <= outcome.solution.objective + 1e-6 } ?? true)
        }
        // The first seed's solve is the one-seed run's: the spread only adds to it.
        let single = try ScenarioRunner(data: PlanningFixture.data(hub), month: month, options: options).baseline()
        #expect(single.seedObjectives == [single.solution.objective])
        #expect((outcomes[0].seedObjectives.min() ?? .infinity) <= single.solution.objective + 1e-6)
        let summary = ScenarioSummary(outcomes, month: month, hubName: "Test hub")
        #expect(summary.columns.allSatisfy { $0.seedObjectives?.count == 3 })
        #expect(ScenarioReportText.make(outcomes, month: month, hubName: "Test hub").contains("best of 3 seeds, objectives "))
        #expect(ScenarioSummary([single], month: month, hubName: "Test hub").columns.first?.seedObjectives == nil)
    }

    @Test func aScenarioThatCannotApplyFailsBeforeAnySolve() throws {
        // Any solve reports its progress as it starts; none may have started when the refusal comes.
        let reports = ProgressCount()
        var options = RotaSolveOptions()
        options.timeLimit = 300
        options.observer = { _ in reports.add() }
        let runner = ScenarioRunner(data: try PlanningData.load(folder: PlanningFixture.demoHub), month: Month("2026-12")!, options: options)
        var fine = Scenario(name: "Three nights", fileName: "fine.yaml")
        fine.workingTime.maximumConsecutiveNights = 3
        var unknown = Scenario(name: "Lose someone", fileName: "lose.yaml")
        unknown.removals = [.id("A99")]
        #expect(throws: PlanningError.scenario(file: "lose.yaml", problem: "there is no AMHP \"A99\" to remove (or it was removed already). Fix: use an id from amhps.csv.")) {
            try runner.runAll([fine, unknown])
        }
        #expect(reports.value == 0)
    }

    @Test func aScenarioSentAsTextIsParsedOrRefusedWithEveryProblem() throws {
        let scenario = try ScenarioFile.parse("name: Three nights\nworking_time:\n  maximum_consecutive_nights: 3\n", fileName: "sent.yaml")
        #expect(scenario.name == "Three nights" && scenario.workingTime.maximumConsecutiveNights == 3)
        do {
            _ = try ScenarioFile.parse("remove:\n  - {employer: NHS, count: 0}\n", fileName: "sent.yaml")
            Issue.record("a scenario without a name and with a count of 0 was accepted")
        } catch let errors as InputErrors {
            #expect(errors.errors.map(\.field).contains("remove.count"))
            #expect(errors.errors.map(\.field).contains("name"))
        }
    }
}

/// Counts the progress reports of solves that may run on other threads.
private final class ProgressCount: Sendable {
    private let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
    func add() { count.withLock { $0 += 1 } }
}
