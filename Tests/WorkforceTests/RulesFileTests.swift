import Testing
@testable import Workforce

/// `rules.yaml`: every key read, and mistakes located by line and key.
@Suite struct RulesFileTests {
    private func read(_ text: String) -> (HubRules, [InputError]) {
        var errors: [InputError] = []
        let rules = RulesFile.read(text, errors: &errors)
        return (rules, errors)
    }

    @Test func everyKeyIsRead() throws {
        var text = """
            hub:
              name: Southvale AMHP Service
              standard_week_hours: 36
            working_time:
              minimum_rest_hours: 12
              weekly_rest_hours: 24
              weekly_rest_window_days: 14
              maximum_consecutive_nights: 3
              maximum_consecutive_working_days: 5
              average_48_hour_week: no
              night_worker_maximum_hours_per_24: 8.5
            bank_holidays:
              add:
                - {date: 2026-12-29, name: Extra day}
                - 2026-12-30
              remove:
                - 2026-12-28
            weights:

            """
        for (index, entry) in ObjectiveWeights.keyPaths.enumerated() {
            text += "  \(entry.key): \(index + 1)\n"
        }
        let (rules, errors) = read(text)
        #expect(errors.isEmpty, "\(errors)")
        #expect(rules.hubName == "Southvale AMHP Service" && rules.standardWeekHours == 36)
        var workingTime = WorkingTimeRules()
        workingTime.minimumRestHours = 12
        workingTime.weeklyRestWindowDays = 14
        workingTime.maximumConsecutiveNights = 3
        workingTime.maximumConsecutiveWorkingDays = 5
        workingTime.average48HourWeek = false
        workingTime.nightWorkerMaximumHoursPer24 = 8.5
        #expect(rules.workingTime == workingTime)
        for (index, entry) in ObjectiveWeights.keyPaths.enumerated() {
            #expect(rules.weights[keyPath: entry.path] == Double(index + 1), "\(entry.key)")
        }
        #expect(rules.addedBankHolidays == [BankHolidays.Holiday(date: LocalDate("2026-12-29")!, name: "Extra day"),
                                            BankHolidays.Holiday(date: LocalDate("2026-12-30")!, name: "Bank holiday")])
        #expect(rules.removedBankHolidays == [LocalDate("2026-12-28")!])
    }

    @Test func missingSectionsKeepTheDefaults() {
        let (rules, errors) = read("hub:\n  name: Test hub\n")
        #expect(errors.isEmpty)
        #expect(rules.workingTime == WorkingTimeRules() && rules.weights == ObjectiveWeights() && rules.standardWeekHours == 37)
    }

    @Test func weightKeysMatchTheDocumentedOrder() {
        #expect(ObjectiveWeights.keyPaths.map(\.key) == [
            "cover_below_minimum", "missing_coordinator", "cover_below_target", "cover_above_target", "changed_cell",
            "nhs_shifts_under", "nhs_shifts_over", "contracted_hours_over", "contracted_hours_under", "toil_not_planned", "unfair_nights",
            "unfair_weekends", "unfair_bank_holidays", "unfair_rota_shifts", "festive_again", "request_not_met",
            "unsocial_hours_cost",
        ])
        let defaults = ObjectiveWeights()
        #expect(ObjectiveWeights.keyPaths.map { defaults[keyPath: $0.path] }
                == [10000, 3000, 200, 500, 180, 150, 120, 30, 10, 12, 25, 20, 40, 10, 150, 15, 0.05])
    }

    @Test func badYAMLGivesTheLine() throws {
        let (_, errors) = read("hub:\n  name: Test hub\nworking_time:\n  minimum_rest_hours: 11\n\tweekly_rest_hours: 24\n")
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.file == "rules.yaml" && error.line == 5 && error.field == nil)
        #expect(error.problem.contains("tab") && error.fix.contains("spaces, not tabs"))
    }

    @Test func unknownKeyGivesTheLineAndKey() throws {
        let (_, errors) = read("hub:\n  name: Test hub\nworking_time:\n  minimum_rest: 11\nweight:\n  festive_again: 100\n")
        #expect(errors.count == 2)
        let nested = try #require(errors.first { $0.field == "working_time.minimum_rest" })
        #expect(nested.line == 4 && nested.field == "working_time.minimum_rest")
        #expect(nested.problem.contains("minimum_rest") && nested.fix.contains("minimum_rest_hours"))
        let topLevel = try #require(errors.first { $0.field == "weight" })
        #expect(topLevel.line == 5 && topLevel.field == "weight" && topLevel.fix.contains("weights"))
    }

    @Test func valuesOutOfRangeOrOfTheWrongKind() {
        let (rules, errors) = read("""
            working_time:
              minimum_rest_hours: 30
              maximum_consecutive_nights: 2.5
              average_48_hour_week: sometimes
            weights:
              festive_again: lots
            hub: Test hub

            """)
        let byField = Dictionary(errors.map { ($0.field ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byField["working_time.minimum_rest_hours"]?.line == 2)
        #expect(byField["working_time.maximum_consecutive_nights"]?.problem.contains("whole number") == true)
        #expect(byField["working_time.average_48_hour_week"]?.line == 4)
        #expect(byField["weights.festive_again"]?.line == 6)
        #expect(byField["hub"]?.problem.contains("section") == true)
        #expect(errors.count == 5)
        #expect(errors.allSatisfy { !$0.fix.isEmpty })
        #expect(rules.workingTime == WorkingTimeRules(), "bad values leave the defaults")
    }

    @Test func bankHolidayMistakes() {
        let (_, errors) = read("""
            bank_holidays:
              add: 2026-12-29
              remove:
                - 29/12/26
                - {name: Extra day}

            """)
        #expect(errors.count == 3)
        #expect(errors.first?.field == "bank_holidays.add" && errors.first?.line == 2 && errors.first?.problem.contains("list") == true)
        #expect(errors.dropFirst().map(\.field) == ["bank_holidays.remove", "bank_holidays.remove"])
        #expect(errors.dropFirst().map(\.line) == [4, 5])
        #expect(errors[1].problem.contains("29/12/26"))
        let (_, dateless) = read("bank_holidays:\n  add:\n    - {name: Extra day}\n")
        #expect(dateless.first?.field == "bank_holidays.add" && dateless.first?.problem.contains("no date") == true)
    }

    @Test func emptyFile() {
        let (_, errors) = read("# only a comment\n")
        #expect(errors.first?.problem.contains("no settings") == true)
    }

    @Test func contractedHoursOverMustNotBeBelowTOILNotPlanned() {
        let errors = TemporaryHub.loadErrors(replacing: ["rules.yaml": "weights:\n  contracted_hours_over: 10\n  toil_not_planned: 12\n"])
        #expect(errors.count == 1)
        #expect(errors.first?.file == "rules.yaml" && errors.first?.field == "weights.contracted_hours_over")
        #expect(errors.first?.fix.contains("toil_not_planned") == true)
    }
}
