import Foundation
import Logging

/// How `amhp serve` writes its log: Vapor's console lines, or one JSON object a line for a log
/// collector (`--log-format json`).
public enum LogFormat: String, Sendable, CaseIterable {
    case text, json
}

/// Writes each log event as one line of JSON on standard output: `time`, `level`, `label`,
/// `message`, then the metadata (the request id, and a request line's method, route, status,
/// duration and user) as fields of their own.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    init(label: String, level: Logger.Level, metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider) {
        self.label = label
        self.logLevel = level
        self.metadataProvider = metadataProvider
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        FileHandle.standardOutput.write(line(event, at: Date()))
    }

    /// The event as one line of JSON, ending in a newline.
    func line(_ event: LogEvent, at time: Date) -> Data {
        var fields: [String: Any] = [:]
        let merged = metadata.merging(metadataProvider?.get() ?? [:]) { $1 }.merging(event.metadata ?? [:]) { $1 }
        for (key, value) in merged { fields[key] = Self.json(value) }
        fields["time"] = time.formatted(.iso8601)
        fields["level"] = event.level.rawValue
        fields["label"] = label
        fields["message"] = event.message.description
        if event.level >= .error { fields["source"] = "\(event.file):\(event.line)" }
        // Every value is a string, array or object of them, so serialising cannot fail; an empty
        // object is written rather than losing the line silently if it ever did.
        var data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        data.append(0x0A)
        return data
    }

    private static func json(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let value): value.description
        case .array(let values): values.map(json)
        case .dictionary(let values): values.mapValues(json)
        }
    }
}
