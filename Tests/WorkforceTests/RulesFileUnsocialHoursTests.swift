import Testing
@testable import Workforce

/// `rules.yaml`'s `hub.surplus_hours` and `unsocial_hours:` section: every key read, defaults kept
/// for what is left out, and mistakes located by line and key.
@Suite struct RulesFileUnsocialHoursTests {
    static func read(_ text: String) -> (HubRules, [InputError]) {
        var errors: [InputError] = []
        let rules = RulesFile.read(text, errors: &errors)
        return (rules, errors)
    }

    @Test(arguments: SurplusHours.allCases)
    func surplusHoursIsRead(_ choice: SurplusHours) {
        let (rules, errors) = Self.read("hub:\n  name: North\n  surplus_hours: \(choice.rawValue)\n")
        #expect(errors == [])
        #expect(rules.surplusHours == choice)
    }

    @Test func surplusHoursLeftOutFollowsShiftsCSV() {
        let (rules, errors) = Self.read("hub:\n  name: North\n")
        #expect(errors == [])
        #expect(rules.surplusHours == nil)
        let duty = ShiftType(code: "DT", name: "Duty", start: ClockTime(wrappingMinutes: 540), end: ClockTime(wrappingMinutes: 1020),
                             isNight: false, kind: .duty)
        let day = ShiftType(code: "D", name: "Day", start: ClockTime(wrappingMinutes: 540), end: ClockTime(wrappingMinutes: 1020), isNight: false)
        #expect(SurplusHours.resolved(nil, shifts: [day, duty]) == .duty)
        #expect(SurplusHours.resolved(nil, shifts: [day]) == .unplanned)
        #expect(SurplusHours.resolved(.unplanned, shifts: [day, duty]) == .unplanned)
    }

    @Test func aBadSurplusHoursNamesTheLineAndTheChoices() throws {
        let (rules, errors) = Self.read("hub:\n  name: North\n  surplus_hours: overtime\n")
        let error = try #require(errors.first)
        #expect(errors.count == 1 && rules.surplusHours == nil)
        #expect(error.description == "rules.yaml, line 3, field hub.surplus_hours: \"overtime\" is not allowed. Fix: write one of: duty, unplanned.")
    }

    @Test func everyUnsocialHoursKeyIsRead() {
        let (rules, errors) = Self.read("""
            unsocial_hours:
              night_start: "22:00"
              night_end: "07:00"
              la:
                hourly_pay: 20
                night: 0.25
                saturday: 0.4
                sunday: 0.9
                bank_holiday: 1.5
              nhs:
                hourly_pay: 26.5
                night: 0.35
                saturday: 0.35
                sunday: 0.7
                bank_holiday: 0.8
            """)
        #expect(errors == [])
        var terms = UnsocialHoursTerms()
        terms.nightStart = ClockTime(wrappingMinutes: 22 * 60)
        terms.nightEnd = ClockTime(wrappingMinutes: 7 * 60)
        terms.localAuthority = EnhancementRates(hourlyPay: 20, night: 0.25, saturday: 0.4, sunday: 0.9, bankHoliday: 1.5)
        terms.nhs = EnhancementRates(hourlyPay: 26.5, night: 0.35, saturday: 0.35, sunday: 0.7, bankHoliday: 0.8)
        #expect(rules.unsocialHours == terms)
    }

    @Test func settingsLeftOutKeepNJCAndAgendaForChange() {
        let (rules, errors) = Self.read("unsocial_hours:\n  la:\n    hourly_pay: 25\n")
        #expect(errors == [])
        var expected = EnhancementRates.njc
        expected.hourlyPay = 25
        #expect(rules.unsocialHours.localAuthority == expected)
        #expect(rules.unsocialHours.nhs == .agendaForChange)
        #expect(rules.unsocialHours.nightStart.description == "20:00" && rules.unsocialHours.nightEnd.description == "06:00")
        #expect(Self.read("hub:\n  name: North\n").0.unsocialHours == UnsocialHoursTerms())
    }

    @Test func unquotedTimesAreReadToo() {
        let (rules, errors) = Self.read("unsocial_hours:\n  night_start: 21:30\n  night_end: 6:00\n")
        #expect(errors == [])
        #expect(rules.unsocialHours.nightStart.minutes == 21 * 60 + 30 && rules.unsocialHours.nightEnd.minutes == 6 * 60)
    }

    /// Each rate's bounds come from `EnhancementRates.settings`; a bad value keeps the default.
    @Test func ratesOutOfRangeNameTheLineTheKeyAndTheRange() {
        let (rules, unordered) = Self.read("""
            hub:
              name: North
            unsocial_hours:
              la:
                hourly_pay: 1500
                night: 6
                sunday: lots
              nhs:
                bank_holiday: -0.1
            """)
        let errors = unordered.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
        #expect(errors.map(\.line) == [5, 6, 7, 9])
        #expect(errors.map(\.field) == ["unsocial_hours.la.hourly_pay", "unsocial_hours.la.night", "unsocial_hours.la.sunday",
                                        "unsocial_hours.nhs.bank_holiday"])
        #expect(errors.map(\.problem) == ["\"1500\" is not a number from 0 to 1000.", "\"6\" is not a number from 0 to 5.",
                                          "\"lots\" is not a number from 0 to 5.", "\"-0.1\" is not a number from 0 to 5."])
        #expect(errors.allSatisfy { $0.fix == "write a number in that range, with a full stop for decimals." })
        #expect(rules.unsocialHours == UnsocialHoursTerms(), "bad settings keep the defaults")
    }

    @Test func theBoundsAreTheSettingsTable() {
        #expect(EnhancementRates.settings.map(\.key) == ["hourly_pay", "night", "saturday", "sunday", "bank_holiday"])
        #expect(EnhancementRates.settings.map(\.range) == [0...1000, 0...5, 0...5, 0...5, 0...5])
    }

    @Test func unknownKeysListTheKnownOnes() throws {
        let (_, unordered) = Self.read("""
            unsocial_hours:
              evening_start: "18:00"
              la:
                overtime: 0.5
            """)
        let errors = unordered.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
        #expect(errors.map(\.line) == [2, 4])
        #expect(errors.map(\.field) == ["unsocial_hours.evening_start", "unsocial_hours.la.overtime"])
        #expect(errors.map(\.problem) == ["unknown setting \"evening_start\".", "unknown setting \"overtime\"."])
        #expect(errors[0].fix.contains("night_start, night_end, la, nhs"))
        #expect(errors[1].fix.contains("hourly_pay, night, saturday, sunday, bank_holiday"))
    }

    @Test(arguments: ["8pm", "24:00", "20.00", "20:00:30"])
    func aBadTimeNamesTheKeyAndTheFormat(_ text: String) throws {
        let (rules, errors) = Self.read("unsocial_hours:\n  night_end: \"06:00\"\n  night_start: \"\(text)\"\n")
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.line == 3 && error.field == "unsocial_hours.night_start")
        #expect(error.problem == "\"\(text)\" is not a time of day.")
        #expect(error.fix == "write the time in quotes as \"HH:MM\", e.g. \"20:00\".")
        #expect(rules.unsocialHours.nightStart == UnsocialHoursTerms().nightStart)
    }

    @Test func aRatesSectionThatIsAValue() throws {
        let (_, errors) = Self.read("unsocial_hours:\n  nhs: 0.3\n")
        let error = try #require(errors.first)
        #expect(error.line == 2 && error.field == "unsocial_hours.nhs" && error.problem == "is not a section of settings.")
    }
}
