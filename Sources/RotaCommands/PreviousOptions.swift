import ArgumentParser
import Foundation
import RotaCheck
import Workforce

/// The `--previous` option of `amhp rota` and `amhp check`: rotas of earlier months the month is
/// chained to (`MonthChain`), for rest, sequences and the 48-hour average across the boundary and
/// for fairness history.
public struct PreviousOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: ArgumentHelp(
        "A rota.csv of an earlier month to chain this month to (repeat for each month): its shifts are carried in and its nights, weekends and bank holidays added to the history.",
        valueName: "ROTA.csv"))
    public var previous: [String] = []

    /// The hub for `month` after the earlier rotas, or every problem in them printed and exit status 2.
    public func chain(_ hub: Hub, for month: Month) throws -> Hub {
        guard !previous.isEmpty else { return hub }
        do {
            return MonthChain.hub(hub, for: month, after: try PreviousRotaFiles.read(paths: previous, hub: hub, month: month))
        } catch let errors as InputErrors {
            FileHandle.standardError.write(Data("\(errors.description)\n".utf8))
            throw ExitCode(.inputError)
        }
    }
}
