import Foundation
import Workforce

/// Checks an edited hub by the same rules as a hub folder: it is written out as the files
/// `HubWriter` makes and read back with `HubLoader`, so an edit through the service can never
/// store a hub that `amhp import` would refuse.
enum HubValidator {
    static func validated(_ hub: Hub) throws -> Hub {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-validate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try HubWriter.write(hub, to: folder)
        return try HubLoader.load(folder: folder)
    }
}

/// Reads the fields of API input, collecting every problem before refusing.
struct FieldReader {
    private(set) var problems: [Problem] = []

    mutating func date(_ text: String?, field: String) -> LocalDate? {
        guard let text, !text.isEmpty else {
            problems.append(Problem(field: field, message: "is missing; give a date as YYYY-MM-DD."))
            return nil
        }
        guard let date = LocalDate(text) else {
            problems.append(Problem(field: field, message: "\"\(text)\" is not a date; write it as YYYY-MM-DD, such as 2026-12-24."))
            return nil
        }
        return date
    }

    mutating func month(_ text: String?, field: String = "month") -> Month? {
        guard let text, let month = Month(text) else {
            problems.append(Problem(field: field, message: "\"\(text ?? "")\" is not a month; write it as YYYY-MM, such as 2026-12."))
            return nil
        }
        return month
    }

    mutating func amhp(_ id: String?, in hub: Hub, field: String = "amhp_id") -> AMHP? {
        guard let id, let amhp = hub.amhp(id) else {
            problems.append(Problem(field: field, message: "\"\(id ?? "")\" is not an AMHP of the hub; use an id from GET /api/amhps."))
            return nil
        }
        return amhp
    }

    mutating func choice<Value: RawRepresentable & CaseIterable>(_ text: String?, _ type: Value.Type, field: String) -> Value?
    where Value.RawValue == String {
        guard let text, let value = Value(rawValue: text) else {
            let choices = Value.allCases.map(\.rawValue).joined(separator: ", ")
            problems.append(Problem(field: field, message: "\"\(text ?? "")\" is not one of: \(choices)."))
            return nil
        }
        return value
    }

    mutating func shift(_ code: String?, in hub: Hub, field: String = "shift") -> ShiftType? {
        guard let code, let shift = hub.shiftType(code) else {
            let codes = hub.shiftTypes.map(\.code).joined(separator: ", ")
            problems.append(Problem(field: field, message: "\"\(code ?? "")\" is not a shift code of the hub; use one of: \(codes)."))
            return nil
        }
        return shift
    }

    mutating func add(_ field: String, _ message: String) {
        problems.append(Problem(field: field, message: message))
    }

    /// Throws every problem found, if any.
    func check(_ message: String = "The request has problems; nothing was changed.") throws {
        if !problems.isEmpty { throw InputFailure(message, problems: problems) }
    }
}
