import Foundation
import Testing
@testable import Workforce

/// The `toil:` section of rules.yaml: defaults, parsing, located errors, and writing it back.
@Suite struct TOILRulesFileTests {
    static func read(_ text: String) -> (TOILPolicy, [InputError]) {
        var errors: [InputError] = []
        let rules = RulesFile.read(text, errors: &errors)
        return (rules.toil, errors)
    }

    @Test func defaultsWhenTheSectionIsLeftOut() {
        let (policy, errors) = Self.read("hub:\n  name: North\n")
        #expect(errors == [])
        #expect(policy == TOILPolicy())
    }

    @Test func everySetting() {
        let (policy, errors) = Self.read("""
            toil:
              cap_hours: 22.5
              window_days: 60
              bank_holiday_credit_hours: 8
              expiry: pay_out
            """)
        #expect(errors == [])
        #expect(policy == TOILPolicy(capHours: 22.5, windowDays: 60, bankHolidayCreditHours: 8, expiry: .payOut))
    }

    @Test func settingsLeftOutKeepTheirDefaults() {
        let (policy, errors) = Self.read("toil:\n  expiry: forfeit\n")
        #expect(errors == [])
        #expect(policy.expiry == .forfeit && policy.capHours == 37 && policy.windowDays == 90)
    }

    @Test func errorsNameTheLineAndKey() {
        let (policy, unordered) = Self.read("""
            hub:
              name: North
            toil:
              cap_hours: lots
              window_days: 0
              bank_holiday_credit_hours: 7.333
              expiry: shred
              carry_over: yes
            """)
        let errors = unordered.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
        #expect(errors.map(\.line) == [4, 5, 6, 7, 8])
        #expect(errors.map(\.field) == ["toil.cap_hours", "toil.window_days", "toil.bank_holiday_credit_hours", "toil.expiry",
                                        "toil.carry_over"])
        #expect(errors[0].description == "rules.yaml, line 4, field toil.cap_hours: \"lots\" is not a number from 0 to 1000. Fix: write a number in that range, with a full stop for decimals.")
        #expect(errors[2].problem == "\"7.333\" has more than two decimal places.")
        #expect(errors[3].description == "rules.yaml, line 7, field toil.expiry: \"shred\" is not an expiry rule. Fix: write one of: alert, forfeit, pay_out.")
        #expect(errors[4].problem == "unknown setting \"carry_over\".")
        #expect(policy == TOILPolicy(), "bad settings keep the defaults")
    }

    @Test func aSectionThatIsNotAMapping() {
        let (_, errors) = Self.read("toil: 37\n")
        #expect(errors.count == 1)
        #expect(errors.first?.line == 1 && errors.first?.field == "toil")
        #expect(errors.first?.problem == "is not a section of settings.")
    }

    @Test func theWriterWritesItBack() {
        var rules = HubRules()
        rules.toil = TOILPolicy(capHours: 30.25, windowDays: 120, bankHolidayCreditHours: 7.5, expiry: .forfeit)
        let hub = Hub(amhps: [], shiftTypes: [], coverRules: [], rules: rules)
        let text = HubWriter.files(hub).first { $0.0 == RulesFile.name }!.1
        #expect(text.contains("toil:\n  cap_hours: 30.25\n  window_days: 120\n  bank_holiday_credit_hours: 7.5\n  expiry: forfeit\n"))
        var errors: [InputError] = []
        #expect(RulesFile.read(text, errors: &errors) == rules)
        #expect(errors == [])
    }

    @Test(arguments: TOILPolicy.Expiry.allCases)
    func everyExpiryRuleRoundTrips(expiry: TOILPolicy.Expiry) {
        var rules = HubRules()
        rules.toil.expiry = expiry
        let text = HubWriter.files(Hub(amhps: [], shiftTypes: [], coverRules: [], rules: rules)).first { $0.0 == RulesFile.name }!.1
        var errors: [InputError] = []
        #expect(RulesFile.read(text, errors: &errors).toil.expiry == expiry)
        #expect(errors == [])
    }
}
