import ArgumentParser
import Workforce

/// `amhp rules`: every rule of the rota model in words, with its source and (soft rules) its weight.
public struct RulesCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rota model's hard and soft rules, their sources and weights.",
        discussion: "With --hub, the soft rules show that hub's weights from rules.yaml, and a warning when they let the rota stack surplus hours onto shifts at target. --markdown prints docs/model.md's two tables. Exit status: 0 listed, 2 unreadable input.")

    @Option(help: "A hub folder whose rules.yaml weights to show (default: the built-in weights).")
    var hub: String?

    @Flag(help: "Print the Markdown tables of docs/model.md instead.")
    var markdown = false

    public init() {}

    public func run() throws {
        if markdown {
            print(RuleTables.hardRulesMarkdown + "\n\n" + RuleTables.softRulesMarkdown)
            return
        }
        guard let folder = hub else {
            print(RuleTables.text(weights: ObjectiveWeights()))
            return
        }
        let loaded = try HubOptions.load(folder: folder)
        print(RuleTables.text(weights: loaded.rules.weights))
        if let warning = StackingCheck(hub: loaded).warning { print("\nWarning: \(warning)") }
    }
}
