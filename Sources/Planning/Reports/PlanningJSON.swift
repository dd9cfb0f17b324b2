import Foundation

/// How the planning commands write their JSON summaries and how readers read them back.
///
/// The summaries name every key in `CodingKeys` (snake_case), so the file's format is spelled out
/// in one place and does not depend on an encoder's key strategy: a reader with any strategy that
/// leaves snake_case keys alone (the service's) reads and writes the same keys. A number that is
/// not finite (a ratio over nothing) is written as the string "NaN" or "Infinity" rather than
/// failing the whole report.
public enum PlanningJSON {
    static let nonFinite = (positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")

    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: nonFinite.positiveInfinity, negativeInfinity: nonFinite.negativeInfinity, nan: nonFinite.nan)
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: nonFinite.positiveInfinity, negativeInfinity: nonFinite.negativeInfinity, nan: nonFinite.nan)
        return try decoder.decode(type, from: data)
    }
}
