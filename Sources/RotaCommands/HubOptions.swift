import ArgumentParser
import Foundation
import Workforce

/// The `--hub` option every command that reads hub data shares.
public struct HubOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: "The hub folder: amhps.csv, shifts.csv, cover.csv, rules.yaml and the optional files (see docs/data-format.md).")
    public var hub: String

    /// Loads the hub, or prints every problem in its files and exits with status 2.
    public func load() throws -> Hub { try Self.load(folder: hub) }

    /// Loads a hub folder, or prints every problem in its files and exits with status 2.
    static func load(folder: String) throws -> Hub {
        do {
            return try HubLoader.load(folder: URL(fileURLWithPath: folder))
        } catch let errors as InputErrors {
            FileHandle.standardError.write(Data("\(errors.description)\n".utf8))
            throw ExitCode(.inputError)
        }
    }
}
