import Foundation
import Testing
import Workforce

/// The rule vocabulary is the one place rules are named: keys are unique, the weights file reads
/// every soft rule by its key, and docs/model.md prints exactly the vocabulary's tables.
@Suite struct RuleVocabularyTests {
    @Test func everyKeyIsUniqueAcrossHardAndSoftRules() {
        let keys = HardRule.allCases.map(\.key) + SoftRule.allCases.map(\.key)
        #expect(Set(keys).count == keys.count)
        for key in keys { #expect(RuleID(key: key)?.key == key) }
        #expect(RuleID(key: "no_such_rule") == nil)
    }

    @Test func softRulesComeInPriorityOrderAndWeighTheirDefaults() {
        let priorities = SoftRule.allCases.map(\.priority)
        #expect(priorities == priorities.sorted())
        let weights = ObjectiveWeights()
        for rule in SoftRule.allCases { #expect(weights[rule] == rule.defaultWeight) }
        #expect(ObjectiveWeights.keyPaths.map(\.key) == SoftRule.allCases.map(\.key))
    }

    @Test func aWeightSetByKeyPathIsTheRulesWeight() {
        var weights = ObjectiveWeights()
        for (offset, entry) in ObjectiveWeights.keyPaths.enumerated() { weights[keyPath: entry.path] = Double(offset) }
        for (offset, rule) in SoftRule.allCases.enumerated() { #expect(weights[rule] == Double(offset)) }
        // Back to the defaults, the weights equal a fresh set.
        for rule in SoftRule.allCases { weights[rule] = rule.defaultWeight }
        #expect(weights == ObjectiveWeights())
    }

    @Test func everyRuleHasWordsAndEveryLawfulRuleASource() {
        for rule in HardRule.allCases {
            #expect(!rule.name.isEmpty && rule.sentence.hasSuffix("."))
            #expect(rule.source.citation.isEmpty == (rule.source == .rotaDefinition), "\(rule)")
        }
        for rule in SoftRule.allCases { #expect(!rule.sentence.isEmpty && !rule.source.citation.isEmpty && !rule.unit.isEmpty) }
    }

    @Test func docsModelPrintsTheVocabularysTables() throws {
        let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/model.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        #expect(text.contains(RuleTables.hardRulesMarkdown + "\n\n"), "regenerate with `amhp rules --markdown`")
        #expect(text.contains(RuleTables.softRulesMarkdown + "\n\n"), "regenerate with `amhp rules --markdown`")
    }

    /// The maximum per shift is a rule of each shift, not of one AMHP, but the page lists it with the others.
    @Test func theHardTableListsEveryRuleButTheRotaFilesOwnErrors() {
        let table = RuleTables.hardRulesMarkdown
        for rule in HardRule.allCases {
            #expect(table.contains("| `\(rule.key)` |") != rule.isRotaFileError, "\(rule.key)")
        }
    }

    @Test func theTextListingShowsTheHubsWeights() {
        var weights = ObjectiveWeights()
        weights[.requestNotMet] = 7
        let text = RuleTables.text(weights: weights)
        #expect(text.contains("request_not_met: weight 7 × request weight"))
        #expect(text.contains("rest.daily (daily rest; WTR 1998 reg. 10)"))
    }
}
