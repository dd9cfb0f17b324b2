import Foundation
import Workforce

/// A change to the hub's rota settings read against the hub: every field through `FieldReader`'s
/// bounds, then the whole hub checked by the rules a hub folder is (`HubValidator`), so the
/// service never stores settings `amhp import` would refuse. The domain's problems come back named
/// by the field of the change they are about (`cover[3].maximum`, `surplus_hours`).
enum HubSettingsForm {
    static let refusal = "The settings have problems; nothing was changed."

    /// `hub` with the settings of `edit`; 422 with every problem otherwise.
    static func applying(_ edit: HubSettingsEditDTO, to hub: Hub) throws -> Hub {
        var reader = FieldReader()
        let shifts = shiftTypes(edit.shiftKinds, of: hub, reader: &reader)
        let cover = coverRules(edit.cover, of: hub, reader: &reader)
        var rules = hub.rules
        rules.surplusHours = reader.optionalChoice(edit.surplusHours, SurplusHours.self, field: "surplus_hours")
        rules.unsocialHours = unsocialHours(edit.unsocialHours, reader: &reader) ?? rules.unsocialHours
        try reader.check(refusal)
        let changed = hub.replacing(shiftTypes: try reader.require(shifts, refusal), coverRules: try reader.require(cover, refusal),
                                    rules: rules)
        do {
            return try HubValidator.validated(changed)
        } catch let errors as InputErrors {
            throw InputFailure(refusal, problems: errors.errors.map { problem($0, edit: edit, hub: changed) })
        }
    }

    /// The hub's shift types, each with the kind the change gives it; every one must be given once.
    private static func shiftTypes(_ kinds: [ShiftKindDTO], of hub: Hub, reader: inout FieldReader) -> [ShiftType]? {
        guard kinds.count <= hub.shiftTypes.count else {
            reader.add("shift_kinds", "has \(kinds.count) entries but the hub has \(hub.shiftTypes.count) shift types; give each once.")
            return nil
        }
        var given: [String: ShiftKind] = [:]
        var named: Set<String> = []
        for (index, entry) in kinds.enumerated() {
            let field = "shift_kinds[\(index)]"
            let shift = reader.shift(entry.shift, in: hub, field: "\(field).shift")
            let kind = reader.choice(entry.kind, ShiftKind.self, field: "\(field).kind")
            guard let shift else { continue }
            if !named.insert(shift.code).inserted {
                reader.add("\(field).shift", "gives \(shift.code) a second time; give each shift type once.")
            }
            given[shift.code] = kind
        }
        // A shift named with a kind it cannot have is already a problem; only those never named are missing.
        let missing = hub.shiftTypes.map(\.code).filter { !named.contains($0) }
        if !missing.isEmpty {
            reader.add("shift_kinds", "gives no kind for \(missing.joined(separator: ", ")); give every shift type's kind (rota or duty).")
        }
        return hub.shiftTypes.map { shift in
            ShiftType(code: shift.code, name: shift.name, start: shift.start, end: shift.end, isNight: shift.isNight,
                      kind: given[shift.code] ?? shift.kind)
        }
    }

    /// The cover table as sent, row by row; whether it is complete is the hub check's to say.
    private static func coverRules(_ rows: [CoverRuleDTO], of hub: Hub, reader: inout FieldReader) -> [CoverRule]? {
        let most = DayType.allCases.count * hub.shiftTypes.count
        guard rows.count <= most else {
            reader.add("cover", "has \(rows.count) rows but the hub can have at most \(most) (each day type and shift once).")
            return nil
        }
        var rules: [CoverRule] = []
        for (index, row) in rows.enumerated() {
            let field = "cover[\(index)]"
            let dayType = reader.choice(row.dayType, DayType.self, field: "\(field).day_type")
            let shift = reader.shift(row.shift, in: hub, field: "\(field).shift")
            let minimum = reader.integer(row.minimum, field: "\(field).minimum", in: CoverRule.counts, meaning: "the fewest AMHPs the shift may have")
            let target = reader.integer(row.target, field: "\(field).target", in: CoverRule.counts, meaning: "the AMHPs the service aims for")
            let maximum = row.maximum.flatMap {
                reader.integer($0, field: "\(field).maximum", in: CoverRule.counts, meaning: "the most AMHPs the shift may have")
            }
            if row.coordinator == nil { reader.add("\(field).coordinator", "is missing; give true when a coordinator must be on the shift, else false.") }
            guard let dayType, let shift, let minimum, let target, let coordinator = row.coordinator,
                  row.maximum == nil || maximum != nil else { continue }
            rules.append(CoverRule(dayType: dayType, shiftCode: shift.code, minimum: minimum, target: target, maximum: maximum,
                                   coordinatorRequired: coordinator, secondWorkerAvailable: row.secondWorker ?? false))
        }
        return rules
    }

    private static func unsocialHours(_ sent: UnsocialHoursDTO, reader: inout FieldReader) -> UnsocialHoursTerms? {
        var terms = UnsocialHoursTerms()
        let start = reader.time(sent.nightStart, field: "unsocial_hours.night_start")
        let end = reader.time(sent.nightEnd, field: "unsocial_hours.night_end")
        let la = rates(sent.la, field: "unsocial_hours.la", reader: &reader)
        let nhs = rates(sent.nhs, field: "unsocial_hours.nhs", reader: &reader)
        guard let start, let end, let la, let nhs else { return nil }
        (terms.nightStart, terms.nightEnd, terms.localAuthority, terms.nhs) = (start, end, la, nhs)
        return terms
    }

    /// One employer's rates, each within the bounds the rules file holds it to (`EnhancementRates.settings`).
    private static func rates(_ sent: EnhancementRatesDTO, field: String, reader: inout FieldReader) -> EnhancementRates? {
        let rates = EnhancementRates(hourlyPay: sent.hourlyPay, night: sent.night, saturday: sent.saturday, sunday: sent.sunday,
                                     bankHoliday: sent.bankHoliday)
        var inBounds = true
        for setting in EnhancementRates.settings {
            let meaning = setting.key == "hourly_pay" ? "basic pay per hour in pounds" : "the enhancement as a share of basic pay (0.5 is time and a half)"
            if reader.number(rates[keyPath: setting.path], field: "\(field).\(setting.key)", in: setting.range, meaning: meaning) == nil {
                inBounds = false
            }
        }
        return inBounds ? rates : nil
    }

    /// A problem the hub check found, named by the field of the change it is about.
    static func problem(_ error: InputError, edit: HubSettingsEditDTO, hub: Hub) -> Problem {
        let message = "\(error.problem) Fix: \(error.fix)"
        switch (error.file, error.line) {
        case ("cover.csv", let line?) where edit.cover.indices.contains(line - 2):
            // HubWriter writes the rows in the order they were sent, after the header line.
            let row = edit.cover[line - 2]
            return Problem(field: "cover[\(line - 2)]" + (error.field.map { ".\($0)" } ?? ""), message: "\(row.dayType) \(row.shift): \(message)")
        case ("shifts.csv", let line?) where hub.shiftTypes.indices.contains(line - 2):
            // The kind is all a manager sets here, so a shift type's problem is its kind's.
            let code = hub.shiftTypes[line - 2].code
            let index = edit.shiftKinds.firstIndex { $0.shift == code }
            return Problem(field: index.map { "shift_kinds[\($0)].kind" } ?? "shift_kinds", message: "\(code): \(message)")
        case ("cover.csv", _): return Problem(field: "cover", message: message)
        case ("shifts.csv", _): return Problem(field: "shift_kinds", message: message)
        case ("rules.yaml", _):
            let field = error.field == "hub.surplus_hours" ? "surplus_hours" : error.field ?? "rules.yaml"
            return Problem(field: field, message: message)
        default:
            return Problem(field: error.field.map { "\(error.file) \($0)" } ?? error.file, message: error.description)
        }
    }
}
