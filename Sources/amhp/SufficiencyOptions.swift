import ArgumentParser
import Foundation
import Planning
import Workforce

/// The `--hub` option of the planning commands, which read the planning files beside the hub's own.
struct PlanningOptions: ParsableArguments {
    @Option(name: .long, help: "The hub folder: the rota files plus planning.yaml, referrals.csv, workforce.csv, training_log.csv (see docs/planning.md).")
    var hub: String

    /// Loads the hub and its planning files, or prints every problem in them and exits with status 2.
    func load() throws -> PlanningData {
        do {
            return try PlanningData.load(folder: URL(fileURLWithPath: hub))
        } catch let errors as InputErrors {
            FileHandle.standardError.write(Data("\(errors.description)\n".utf8))
            throw ExitCode(.inputError)
        }
    }

    /// Runs a planning calculation, printing a `PlanningError` as a sentence with exit status 2.
    func report<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as PlanningError {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            throw ExitCode(.inputError)
        }
    }
}
