import Foundation
import Testing
import Workforce
@testable import Planning

/// Demand split by referral source into priority classes, each with its own time and target.
@Suite(.serialized) struct PriorityClassTests {
    static let s136 = PriorityClass(name: "s136", label: "Section 136", sources: ["s136"], withinHours: 4, share: 0.9)
    static let community = PriorityClass(name: "community", label: "Community", sources: [], withinHours: 24)

    static func referral(_ source: String, _ date: String, _ time: String) -> Referral {
        Referral(date: LocalDate(date)!, time: ClockTime(time)!, source: source)
    }

    @Test func aReferralJoinsTheFirstClassThatNamesItElseTheLast() {
        let classes = [Self.s136, PriorityClass(name: "ward", label: "Ward", sources: ["Ward"], withinHours: 6), Self.community]
        #expect(PriorityMix.classIndex(of: "police (S136)", in: classes) == 0)
        #expect(PriorityMix.classIndex(of: "inpatient ward", in: classes) == 1)
        #expect(PriorityMix.classIndex(of: "GP", in: classes) == 2)
        #expect(PriorityMix.classIndex(of: "", in: classes) == 2)
    }

    @Test func theSplitSumsToTheTotalEveryHour() throws {
        // Monday 10:00 has Jo Bloggs' police referral and a GP's; Monday 11:00 only a GP's; no hour
        // of Tuesday has any (the zero case takes the log's overall mix).
        let referrals = [Self.referral("police (s136)", "2026-11-02", "10:05"), Self.referral("GP", "2026-11-02", "10:40"),
                         Self.referral("GP", "2026-11-02", "11:15")]
        let mix = PriorityMix(referrals: referrals, classes: [Self.s136, Self.community])
        #expect(mix.counts == [1, 2])
        #expect(mix.shares[0][10] == 0.5 && mix.shares[0][11] == 0 && abs(mix.shares[0][24 + 10] - 1.0 / 3) < 1e-12)
        for hour in 0..<168 { #expect(abs(mix.shares[0][hour] + mix.shares[1][hour] - 1) < 1e-12) }
        let settings = PlanningSettings()
        let requirement = HourlyRequirement(referralsPerHour: (0..<168).map { Double($0 % 7) / 20 }, workload: settings.workload,
                                            response: settings.response, mix: mix)
        for hour in 0..<168 {
            #expect(abs(requirement.classAssessments[0][hour] + requirement.classAssessments[1][hour] - requirement.assessmentsPerHour[hour]) < 1e-12)
            #expect(abs(requirement.classLoad[0][hour] + requirement.classLoad[1][hour] - requirement.offeredLoad[hour]) < 1e-9)
        }
    }

    @Test func theDemoSplitsItsWholeLogIntoItsFourClasses() throws {
        let data = try PlanningData.load(folder: PlanningFixture.demoHub)
        #expect(data.settings.priorities.map(\.name) == ["s136", "urgent", "ward", "community"])
        #expect(data.settings.priorities.map(\.withinHours) == [4, 4, 6, 24])
        let mix = PriorityMix(referrals: data.referrals, classes: data.settings.priorityClasses)
        // Counted from referrals.csv's source column: police (s136) 426; emergency department 405
        // and crisis team 248; inpatient ward 250; the rest 651.
        #expect(mix.counts == [426, 653, 250, 651])
        #expect(mix.counts.reduce(0, +) == data.referrals.count)
    }

    /// The urgent class is served first: with the same teams it is picked up in time more often than
    /// a class with the same time behind it, and its own target holds in the cover found.
    @Test func theDemoCoverMeetsTheSection136Target() throws {
        let data = try PlanningData.load(folder: PlanningFixture.demoHub)
        let analysis = try SufficiencyAnalysis(data: data, month: try SufficiencyAnalysis.defaultMonth(data))
        let byClass = analysis.shareInTimeByClass
        #expect(byClass.map(\.priority.name) == ["s136", "urgent", "ward", "community"])
        #expect(byClass[0].share >= 0.9 - 1e-9)
        #expect(analysis.cover.shareInTime >= 0.9 - 1e-9)
        // The same 4 hours: section 136 ahead of the emergency department in the queue does better.
        #expect(byClass[0].share > byClass[1].share)
        let summary = SufficiencySummary(analysis, hub: data.hub)
        #expect(summary.response.priorities?.map(\.targetShare) == [0.9, nil, nil, nil])
        #expect(abs((summary.response.priorities?.reduce(0) { $0 + $1.referralsPerYear } ?? 0) - analysis.profile.annualReferrals) < 1e-6)
        let text = SufficiencyReportText.make(analysis, hubName: "Hub")
        #expect(text.contains("In time by priority, most urgent first") && text.contains("Section 136 (police place of safety): 22% of referrals"))
        #expect(text.contains("picked up within their priority's time"))
        // Without classes the report says nothing of them (the zero case).
        let oneQueue = try SufficiencyAnalysis(data: PlanningFixture.oneQueue(data), month: analysis.month)
        #expect(!SufficiencyReportText.make(oneQueue, hubName: "Hub").contains("In time by priority"))
        #expect(oneQueue.shareInTimeByClass.map(\.priority.name) == ["all"])
    }

    /// A class with its own target costs cover when the week's share alone would not give it.
    @Test func aClassTargetAddsCoverOnlyWhereItBinds() throws {
        var settings = PlanningSettings()
        settings.response.share = 0.8
        settings.response.withinHours = 6
        let referrals = PlanningFixture.referrals(annual: 1500, days: 730, seed: 5).enumerated().map { index, referral in
            Referral(date: referral.date, time: referral.time, source: index % 5 == 0 ? "police (s136)" : "GP")
        }
        let hub = PlanningFixture.hub((1...30).map { PlanningFixture.amhp(String(format: "A%02d", $0)) })
        var strict = settings
        strict.priorities = [PriorityClass(name: "s136", label: "s136", sources: ["s136"], withinHours: 1, share: 0.95), Self.community]
        var loose = strict
        loose.priorities[0].share = nil
        let month = Month("2026-12")!
        let withTarget = try SufficiencyAnalysis(data: PlanningFixture.data(hub, settings: strict, referrals: referrals), month: month)
        let without = try SufficiencyAnalysis(data: PlanningFixture.data(hub, settings: loose, referrals: referrals), month: month)
        #expect(withTarget.shareInTimeByClass[0].share >= 0.95 - 1e-9)
        #expect(without.shareInTimeByClass[0].share < 0.95)
        #expect(withTarget.neededFTE > without.neededFTE)
    }

    @Test func planningYamlPrioritiesAreCheckedAndNamed() throws {
        let folder = try PlanningFixture.folderWithDemoHub()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = """
        response:
          within_hours: 5
        priorities:
          - {name: s136, sources: [s136], within_hours: 4, share: 0.9}
          - {name: s136, sources: [ward]}
          - {name: Bad Name, sources: [gp]}
          - {name: middle, sources: []}
          - {name: share, sources: [x], share: 1.2}
          - {name: rest}
        """
        try yaml.write(to: folder.appendingPathComponent("planning.yaml"), atomically: true, encoding: .utf8)
        let messages = PlanningFixture.loadProblems(folder)
        let expected = [
            "planning.yaml, line 5, field priorities[1].name: \"s136\" names two classes.",
            "planning.yaml, line 6, field priorities[2].name: \"Bad Name\" is not a short key.",
            "planning.yaml, line 7, field priorities[3].sources: only the last class may have no sources",
            "planning.yaml, line 8, field priorities[4].share: \"1.2\" is not a number from 0.5 to 0.999.",
        ]
        PlanningFixture.expectProblems(messages, expected)

        // A class without its own time takes response.within_hours, wherever in the file that is.
        try "priorities:\n  - {name: s136, sources: [s136]}\n  - {name: rest}\nresponse:\n  within_hours: 5\n"
            .write(to: folder.appendingPathComponent("planning.yaml"), atomically: true, encoding: .utf8)
        let data = try PlanningData.load(folder: folder)
        #expect(data.settings.priorities.map(\.withinHours) == [5, 5])
        #expect(data.settings.priorities.map(\.label) == ["s136", "rest"])
    }
}
