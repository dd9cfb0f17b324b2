import Foundation
import Testing
import Workforce

/// `amhp rules` lists the vocabulary, with a hub's own weights, and prints docs/model.md's tables.
@Suite struct RulesCommandTests {
    @Test func markdownIsTheVocabularysTablesForBothPrograms() throws {
        for program in ["amhp", "amhp-rota"] {
            let result = try CLIRunner.run(["rules", "--markdown"], program: program)
            #expect(result.status == 0)
            #expect(result.output == RuleTables.hardRulesMarkdown + "\n\n" + RuleTables.softRulesMarkdown + "\n")
        }
    }

    @Test func aHubsWeightsAreShownAndABrokenHubIsAnInputError() throws {
        let folder = try CLIRunner.temporaryFolder("rules")
        let demo = CLIRunner.packageRoot.appendingPathComponent("Data/demo-hub")
        let hub = folder.appendingPathComponent("hub")
        try FileManager.default.copyItem(at: demo, to: hub)
        let rules = hub.appendingPathComponent("rules.yaml")
        let text = try String(contentsOf: rules, encoding: .utf8)
        try text.replacingOccurrences(of: "request_not_met: 15", with: "request_not_met: 7")
            .write(to: rules, atomically: true, encoding: .utf8)
        let listed = try CLIRunner.run(["rules", "--hub", hub.path])
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(listed.output.contains("request_not_met: weight 7 × request weight"))
        #expect(!listed.output.contains("Warning"))

        // The weights of before issue 20 made stacking pay: the listing says so and how to mend it.
        try text.replacingOccurrences(of: "cover_above_target: 500", with: "cover_above_target: 5")
            .write(to: rules, atomically: true, encoding: .utf8)
        let stacking = try CLIRunner.run(["rules", "--hub", hub.path])
        #expect(stacking.status == 0, "\(stacking.errors)")
        #expect(stacking.output.contains("Warning: weights.cover_above_target (5) is not above what one more AMHP on a full shift can earn from the other weights (490)"))

        try FileManager.default.removeItem(at: hub.appendingPathComponent("amhps.csv"))
        let broken = try CLIRunner.run(["rules", "--hub", hub.path])
        #expect(broken.status == ExitStatus.inputError.rawValue)
        #expect(broken.errors.contains("amhps.csv"))
    }
}
