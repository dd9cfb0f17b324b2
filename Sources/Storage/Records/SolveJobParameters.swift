import Foundation
import Workforce

/// What a solve job asks the solver for: the seconds it may take and the heuristics' seed.
///
/// Stored with the job as a JSON object (`{"seed":1,"time_limit":60}`) that is checked when it is
/// written and again whenever it is read: parameters that are missing, of the wrong type or out
/// of range are refused, naming the field, never replaced by defaults.
public struct SolveJobParameters: Codable, Hashable, Sendable {
    /// Seconds the solver may take; more than 0.
    public let timeLimit: Double
    /// The heuristics' seed; 0 or more.
    public let seed: Int

    /// The parameters of a job for which nothing was asked: `RotaRunDefaults`.
    public static let defaults = SolveJobParameters(uncheckedTimeLimit: RotaRunDefaults.timeLimit, seed: Int(RotaRunDefaults.seed))

    /// Checks the values; throws `StorageError.invalidJobParameters` naming the field.
    public init(timeLimit: Double, seed: Int) throws {
        guard timeLimit.isFinite && timeLimit > 0 else {
            throw StorageError.invalidJobParameters(field: "time_limit", problem: "is \(timeLimit), and must be a number of seconds more than 0.")
        }
        guard seed >= 0 else { throw StorageError.invalidJobParameters(field: "seed", problem: "is \(seed), and must be 0 or more.") }
        self.init(uncheckedTimeLimit: timeLimit, seed: seed)
    }

    private init(uncheckedTimeLimit: Double, seed: Int) {
        self.timeLimit = uncheckedTimeLimit
        self.seed = seed
    }

    enum CodingKeys: String, CodingKey {
        case timeLimit = "time_limit", seed
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
        try self.init(timeLimit: try field(.timeLimit, Double.self, "a number"), seed: try field(.seed, Int.self, "a whole number"))
    }

    /// The JSON stored with the job: sorted keys, so the same parameters are always the same text.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Both fields are finite numbers, which always encode.
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Reads stored parameters, refusing any that are missing, of the wrong type or out of range.
    ///
    /// - Throws: `StorageError.invalidJobParameters` naming the field (`time_limit`, `seed`, or
    ///   `parameters` when the text is not a JSON object).
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
