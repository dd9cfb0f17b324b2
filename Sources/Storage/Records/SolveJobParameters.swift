import Foundation
import Workforce

/// What a solve job asks the solver for: the seconds it may take and the heuristics' seed; for a
/// re-solve of a draft or a re-plan of a published rota, the rota it starts from, the date the
/// re-plan changes from, and the cells pinned.
///
/// Stored with the job as a JSON object (`{"seed":1,"time_limit":60}`, with `rota_id`, `from` and
/// `pins` when asked) that is checked when it is written and again whenever it is read: parameters
/// that are missing, of the wrong type or out of range are refused, naming the field, never
/// replaced by defaults.
public struct SolveJobParameters: Codable, Hashable, Sendable {
    /// Seconds the solver may take; more than 0.
    public let timeLimit: Double
    /// The heuristics' seed; 0 or more.
    public let seed: Int
    /// The rota the job starts from: a draft re-solved keeping its pins, or the published rota re-planned.
    public let rotaID: UUID?
    /// For a re-plan: the first day that may change (everything before it has happened).
    public let replanFrom: LocalDate?
    /// Cells the solve must keep, written to the child as `pins.csv`.
    public let pins: [Pin]
    /// A fixed number of neighbourhood-search tries (`--iterations`): the solve then repeats exactly
    /// for its seed, as the command line's does; nil to search until the time limit.
    public let iterations: Int?

    /// The most search tries a job may ask for.
    public static let iterationLimit = 1_000

    /// The most pins a job carries: a cell for every AMHP of a large hub on every day of a month.
    public static let pinLimit = 20_000

    /// The parameters of a job for which nothing was asked: `RotaRunDefaults`.
    public static let defaults = SolveJobParameters(uncheckedTimeLimit: RotaRunDefaults.timeLimit, seed: Int(RotaRunDefaults.seed),
                                                    rotaID: nil, replanFrom: nil, pins: [], iterations: nil)

    /// Checks the values; throws `StorageError.invalidJobParameters` naming the field.
    public init(timeLimit: Double, seed: Int, rotaID: UUID? = nil, replanFrom: LocalDate? = nil, pins: [Pin] = [],
                iterations: Int? = nil) throws {
        guard timeLimit.isFinite && timeLimit > 0 else {
            throw StorageError.invalidJobParameters(field: "time_limit", problem: "is \(timeLimit), and must be a number of seconds more than 0.")
        }
        guard seed >= 0 else { throw StorageError.invalidJobParameters(field: "seed", problem: "is \(seed), and must be 0 or more.") }
        guard replanFrom == nil || rotaID != nil else {
            throw StorageError.invalidJobParameters(field: "rota_id", problem: "is missing; a re-plan names the rota it changes.")
        }
        guard pins.count <= Self.pinLimit else {
            throw StorageError.invalidJobParameters(field: "pins", problem: "has \(pins.count) pins, more than \(Self.pinLimit).")
        }
        if let iterations, !(0...Self.iterationLimit).contains(iterations) {
            throw StorageError.invalidJobParameters(field: "iterations", problem: "is \(iterations), and must be from 0 to \(Self.iterationLimit).")
        }
        self.init(uncheckedTimeLimit: timeLimit, seed: seed, rotaID: rotaID, replanFrom: replanFrom, pins: pins, iterations: iterations)
    }

    private init(uncheckedTimeLimit: Double, seed: Int, rotaID: UUID?, replanFrom: LocalDate?, pins: [Pin], iterations: Int?) {
        self.timeLimit = uncheckedTimeLimit
        self.seed = seed
        self.rotaID = rotaID
        self.replanFrom = replanFrom
        self.pins = pins
        self.iterations = iterations
    }

    enum CodingKeys: String, CodingKey {
        case timeLimit = "time_limit", seed, rotaID = "rota_id", replanFrom = "from", pins, iterations
    }

    /// One pin as stored: `{"amhp_id":"A01","date":"2026-12-14","shift":"D"}`, no `shift` for off.
    private struct StoredPin: Codable {
        let amhpID: String
        let date: String
        let shift: String?

        enum CodingKeys: String, CodingKey {
            case amhpID = "amhp_id", date, shift
        }
    }

    /// Reads each field on its own, so a refusal names the field at fault.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func field<Value: Decodable>(_ key: CodingKeys, _ type: Value.Type, _ kind: String) throws -> Value {
            do {
                return try container.decode(type, forKey: key)
            } catch DecodingError.keyNotFound {
                throw StorageError.invalidJobParameters(field: key.rawValue, problem: "is missing.")
            } catch DecodingError.valueNotFound {
                throw StorageError.invalidJobParameters(field: key.rawValue, problem: "is null.")
            } catch {
                throw StorageError.invalidJobParameters(field: key.rawValue, problem: "is not \(kind).")
            }
        }
        func optional<Value: Decodable>(_ key: CodingKeys, _ type: Value.Type, _ kind: String) throws -> Value? {
            container.contains(key) ? try field(key, type, kind) : nil
        }
        let rotaID = try optional(.rotaID, String.self, "a rota id").map { text in
            guard let id = UUID(uuidString: text) else { throw StorageError.invalidJobParameters(field: "rota_id", problem: "is not a UUID.") }
            return id
        }
        let from = try optional(.replanFrom, String.self, "a date").map { text in
            guard let date = LocalDate(text) else { throw StorageError.invalidJobParameters(field: "from", problem: "is not a date YYYY-MM-DD.") }
            return date
        }
        let stored = try optional(.pins, [StoredPin].self, "a list of pins") ?? []
        let pins = try stored.enumerated().map { index, pin in
            guard let date = LocalDate(pin.date) else {
                throw StorageError.invalidJobParameters(field: "pins[\(index)].date", problem: "is not a date YYYY-MM-DD.")
            }
            return Pin(amhpID: pin.amhpID, date: date, shiftCode: pin.shift)
        }
        try self.init(timeLimit: try field(.timeLimit, Double.self, "a number"), seed: try field(.seed, Int.self, "a whole number"),
                      rotaID: rotaID, replanFrom: from, pins: pins,
                      iterations: try optional(.iterations, Int.self, "a whole number"))
    }

    /// Writes only what was asked, so a plain solve's parameters read as they always have.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(timeLimit, forKey: .timeLimit)
        try container.encode(seed, forKey: .seed)
        try container.encodeIfPresent(rotaID?.uuidString, forKey: .rotaID)
        try container.encodeIfPresent(replanFrom?.description, forKey: .replanFrom)
        try container.encodeIfPresent(iterations, forKey: .iterations)
        if !pins.isEmpty {
            try container.encode(pins.map { StoredPin(amhpID: $0.amhpID, date: $0.date.description, shift: $0.shiftCode) }, forKey: .pins)
        }
    }

    /// The JSON stored with the job: sorted keys, so the same parameters are always the same text.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Every field is a finite number or text, which always encodes.
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Reads stored parameters, refusing any that are missing, of the wrong type or out of range.
    ///
    /// - Throws: `StorageError.invalidJobParameters` naming the field (`time_limit`, `seed`,
    ///   `rota_id`, `from`, `pins`, or `parameters` when the text is not a JSON object).
    public static func decode(_ text: String) throws -> SolveJobParameters {
        do {
            return try JSONDecoder().decode(SolveJobParameters.self, from: Data(text.utf8))
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError.invalidJobParameters(field: "parameters", problem: "are not a JSON object.")
        }
    }
}
