import Logging
import Vapor

/// The log of `amhp serve`, set up once at start: level from `LOG_LEVEL` (default info, so that
/// the one line per request is written), format from `--log-format`.
enum ServiceLogging {
    static func bootstrap(_ format: LogFormat) {
        let level: Logger.Level = Environment.process.LOG_LEVEL ?? .info
        switch format {
        case .text:
            let console = Terminal()
            LoggingSystem.bootstrap { label in ConsoleLogger(label: label, console: console, level: level) }
        case .json:
            LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        }
    }
}
