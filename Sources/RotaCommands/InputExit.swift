import ArgumentParser
import Foundation
import Workforce

/// How `amhp` and `amhp-rota` end on an error: an option the parser refuses (a date outside
/// 1900-2199, a missing value) ends with status 2, as every other input error does, rather than
/// the parser's own 64; anything else as the parser would end it.
public enum InputExit {
    public static func exit(_ command: any ParsableCommand.Type, for error: any Error) -> Never {
        guard command.exitCode(for: error) == .validationFailure else { command.exit(withError: error) }
        FileHandle.standardError.write(Data((command.fullMessage(for: error) + "\n").utf8))
        Foundation.exit(ExitStatus.inputError.rawValue)
    }
}
