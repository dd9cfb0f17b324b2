import Foundation
import Storage
import Vapor
import Workforce

/// Reads the fields of outside input (a query, a JSON body, a form) through the bounds in
/// `InputLimits`, collecting every problem before refusing: each names its field and the fix.
///
///     var reader = FieldReader()
///     let date = reader.date(body.date, field: "date")
///     let note = reader.text(body.note, field: "note", limit: InputLimits.noteLength, multiline: true)
///     let checked = try reader.require(date)   // throws every problem found, 422
struct FieldReader {
    private(set) var problems: [Problem] = []

    /// A date as `YYYY-MM-DD` in `InputLimits.years`.
    mutating func date(_ text: String?, field: String) -> LocalDate? {
        guard let text, !text.isEmpty else {
            problems.append(Problem(field: field, message: "is missing; give a date as YYYY-MM-DD."))
            return nil
        }
        guard let date = LocalDate(text) else {
            problems.append(Problem(field: field, message: "\"\(Self.shown(text))\" is not a date \(InputLimits.dateRangeText); "
                                    + "write it as YYYY-MM-DD, such as 2026-12-24."))
            return nil
        }
        return date
    }

    /// A date that may be left out: nil (and no problem) when absent or empty.
    mutating func optionalDate(_ text: String?, field: String) -> LocalDate? {
        guard let text, !text.isEmpty else { return nil }
        return date(text, field: field)
    }

    /// A month as `YYYY-MM` in `InputLimits.years`.
    mutating func month(_ text: String?, field: String = "month") -> Month? {
        guard let text, let month = Month(text) else {
            problems.append(Problem(field: field, message: "\"\(Self.shown(text ?? ""))\" is not a month from "
                                    + "\(InputLimits.years.lowerBound)-01 to \(InputLimits.years.upperBound)-12; write it as YYYY-MM, such as 2026-12."))
            return nil
        }
        return month
    }

    /// Text of at most `limit` characters without control characters (line breaks allowed when
    /// `multiline`); nil with a problem otherwise. Nil without a problem when `text` is nil.
    mutating func text(_ text: String?, field: String, limit: Int, multiline: Bool = false) -> String? {
        guard let text else { return nil }
        if let problem = TextCheck.problem(in: text, limit: limit, multiline: multiline) {
            problems.append(Problem(field: field, message: problem))
            return nil
        }
        return text
    }

    /// An e-mail address `EmailAddress` accepts; nil with a problem otherwise, nil without one when
    /// `text` is nil or empty (no address).
    mutating func email(_ text: String?, field: String = "email") -> String? {
        guard let text, !text.isEmpty else { return nil }
        if let problem = EmailAddress.problem(with: text) {
            problems.append(Problem(field: field, message: "\"\(Self.shown(text))\" \(problem)"))
            return nil
        }
        return text
    }

    mutating func amhp(_ id: String?, in hub: Hub, field: String = "amhp_id") -> AMHP? {
        guard let id, let amhp = hub.amhp(id) else {
            problems.append(Problem(field: field, message: "\"\(Self.shown(id ?? ""))\" is not an AMHP of the hub; use an id from GET /api/amhps."))
            return nil
        }
        return amhp
    }

    mutating func choice<Value: RawRepresentable & CaseIterable>(_ text: String?, _ type: Value.Type, field: String) -> Value?
    where Value.RawValue == String {
        guard let text, let value = Value(rawValue: text) else {
            let choices = Value.allCases.map(\.rawValue).joined(separator: ", ")
            problems.append(Problem(field: field, message: "\"\(Self.shown(text ?? ""))\" is not one of: \(choices)."))
            return nil
        }
        return value
    }

    mutating func shift(_ code: String?, in hub: Hub, field: String = "shift") -> ShiftType? {
        guard let code, let shift = hub.shiftType(code) else {
            let codes = hub.shiftTypes.map(\.code).joined(separator: ", ")
            problems.append(Problem(field: field, message: "\"\(Self.shown(code ?? ""))\" is not a shift code of the hub; use one of: \(codes)."))
            return nil
        }
        return shift
    }

    /// A whole number in `range`; nil with a problem when missing or outside it.
    mutating func integer(_ value: Int?, field: String, in range: ClosedRange<Int>, meaning: String) -> Int? {
        guard let value else {
            problems.append(Problem(field: field, message: "is missing; give \(meaning), a whole number from \(range.lowerBound) to \(range.upperBound)."))
            return nil
        }
        guard range.contains(value) else {
            problems.append(Problem(field: field, message: "\(value) is out of range; give \(meaning), a whole number from \(range.lowerBound) to \(range.upperBound)."))
            return nil
        }
        return value
    }

    /// A number in `range` (JSON has no NaN or infinity, so only the bounds can be wrong).
    mutating func number(_ value: Double, field: String, in range: ClosedRange<Double>, meaning: String) -> Double? {
        guard range.contains(value) else {
            problems.append(Problem(field: field, message: "\(value) is out of range; give \(meaning), from \(PageText.hours(range.lowerBound)) to \(PageText.hours(range.upperBound))."))
            return nil
        }
        return value
    }

    /// A time of day as `HH:MM` (24-hour clock).
    mutating func time(_ text: String, field: String) -> ClockTime? {
        guard let time = ClockTime(text) else {
            problems.append(Problem(field: field, message: "\"\(Self.shown(text))\" is not a time of day; write it as HH:MM, such as 20:00."))
            return nil
        }
        return time
    }

    /// A choice that may be left out: nil (and no problem) when absent.
    mutating func optionalChoice<Value: RawRepresentable & CaseIterable>(_ text: String?, _ type: Value.Type, field: String) -> Value?
    where Value.RawValue == String {
        guard let text else { return nil }
        return choice(text, type, field: field)
    }

    mutating func add(_ field: String, _ message: String) {
        problems.append(Problem(field: field, message: message))
    }

    /// Throws every problem found, if any.
    func check(_ message: String = "The request has problems; nothing was changed.") throws {
        if !problems.isEmpty { throw InputFailure(message, problems: problems) }
    }

    /// `value`, once no problem has been found; throws every problem found otherwise. A reader
    /// records a problem whenever it returns nil, so a nil value always comes with one.
    func require<Value>(_ value: Value?, _ message: String = "The request has problems; nothing was changed.") throws -> Value {
        try check(message)
        guard let value else { throw InputFailure(message, problems: [Problem(field: "body", message: "a value is missing.")]) }
        return value
    }

    /// Outside text as a message quotes it: control characters shown as `?`, at most 80 characters.
    static func shown(_ text: String) -> String {
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.map {
            TextCheck.isForbidden($0, multiline: false) ? "?" : $0
        }))
        return visible.count > 80 ? String(visible.prefix(77)) + "..." : visible
    }
}

extension Request {
    /// A path parameter (an AMHP id, a request or leave id, a file name) held to
    /// `InputLimits.identifierLength` without control characters; 404 naming it otherwise, since no
    /// such thing can exist.
    func identifier(_ name: String, limit: Int = InputLimits.identifierLength) throws -> String {
        guard let value = parameters.get(name), TextCheck.isAcceptable(value, limit: limit) else {
            throw ServiceRefusal(.notFound, field: name,
                                "\"\(FieldReader.shown(parameters.get(name) ?? ""))\" is not a \(name) that exists. Fix: use one the service lists.")
        }
        return value
    }
}

extension Request {
    /// The JSON body as `Body`, read by the service's own decoder, so that a value of the wrong type
    /// is refused (400) naming its field, such as `cover[0].minimum`: Vapor's content decoding
    /// names only the body.
    func json<Body: Decodable>(_ type: Body.Type) throws -> Body {
        guard let buffer = body.data, buffer.readableBytes > 0 else {
            throw ServiceRefusal(.badRequest, field: "body", "The request has no body. Fix: send the JSON object /openapi.json describes.")
        }
        return try JSONCoding.decoder.decode(Body.self, from: Data(buffer: buffer))
    }
}
