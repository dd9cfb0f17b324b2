import Foundation
import Yams

/// Reads `rules.yaml`: contract basis, working-time rules, objective weights, bank-holiday changes and TOIL policy.
///
/// Walks YAML nodes rather than decoding, so every error can name the line and key at fault.
enum RulesFile {
    static let name = "rules.yaml"

    static func read(_ text: String, errors: inout [InputError]) -> HubRules {
        var rules = HubRules()
        var reader = NodeReader(fileName: name, errors: errors)
        guard let root = reader.root(text) else {
            errors = reader.errors
            return rules
        }
        for (key, value) in reader.entries(root, "", known: ["hub", "working_time", "weights", "bank_holidays", "toil", "unsocial_hours"]) {
            switch key {
            case "hub": readHub(value, into: &rules, reader: &reader)
            case "working_time": readWorkingTime(value, into: &rules.workingTime, reader: &reader)
            case "weights": readWeights(value, into: &rules.weights, reader: &reader)
            case "toil": readTOIL(value, into: &rules.toil, reader: &reader)
            case "unsocial_hours": readUnsocialHours(value, into: &rules.unsocialHours, reader: &reader)
            default: readBankHolidays(value, into: &rules, reader: &reader)
            }
        }
        errors = reader.errors
        return rules
    }

    private static func readHub(_ node: Node, into rules: inout HubRules, reader: inout NodeReader) {
        for (key, value) in reader.entries(node, "hub", known: ["name", "standard_week_hours", "surplus_hours"]) {
            switch key {
            case "name": rules.hubName = reader.string(value, "hub.name") ?? rules.hubName
            case "surplus_hours": rules.surplusHours = reader.choice(value, "hub.surplus_hours", as: SurplusHours.self) ?? rules.surplusHours
            default: rules.standardWeekHours = reader.number(value, "hub.standard_week_hours", in: 1...60) ?? rules.standardWeekHours
            }
        }
    }

    private static func readWorkingTime(_ node: Node, into rules: inout WorkingTimeRules, reader: inout NodeReader) {
        let settings = WorkingTimeRules.settings
        for (key, value) in reader.entries(node, "working_time", known: settings.map(\.key)) {
            guard let setting = settings.first(where: { $0.key == key }) else { continue }
            let path = "working_time.\(key)"
            switch setting.value {
            case .hours(let field, let range): rules[keyPath: field] = reader.number(value, path, in: range) ?? rules[keyPath: field]
            case .days(let field, let range): rules[keyPath: field] = reader.integer(value, path, in: range) ?? rules[keyPath: field]
            case .flag(let field): rules[keyPath: field] = reader.flag(value, path) ?? rules[keyPath: field]
            }
        }
    }

    private static func readWeights(_ node: Node, into weights: inout ObjectiveWeights, reader: inout NodeReader) {
        let table = ObjectiveWeights.keyPaths
        for (key, value) in reader.entries(node, "weights", known: table.map(\.key)) {
            guard let path = table.first(where: { $0.key == key })?.path else { continue }
            if let weight = reader.number(value, "weights.\(key)", in: 0...1_000_000) {
                weights[keyPath: path] = weight
            }
        }
    }

    private static func readBankHolidays(_ node: Node, into rules: inout HubRules, reader: inout NodeReader) {
        for (key, value) in reader.entries(node, "bank_holidays", known: ["add", "remove"]) {
            guard let items = value.sequence else {
                reader.fail(value, "bank_holidays.\(key)", "is not a list.",
                            fix: "write one entry per line starting with \"- \", e.g. \"- 2026-12-29\".")
                continue
            }
            for item in items {
                if key == "remove" {
                    if let date = reader.date(item, "bank_holidays.remove") { rules.removedBankHolidays.insert(date) }
                } else if let mapping = item.mapping {
                    var date: LocalDate?
                    var name = "Bank holiday"
                    for (field, fieldValue) in reader.entries(.mapping(mapping), "bank_holidays.add", known: ["date", "name"]) {
                        if field == "date" { date = reader.date(fieldValue, "bank_holidays.add.date") }
                        else { name = reader.string(fieldValue, "bank_holidays.add.name") ?? name }
                    }
                    if let date { rules.addedBankHolidays.append(BankHolidays.Holiday(date: date, name: name)) }
                    else { reader.fail(item, "bank_holidays.add", "an added day has no date.", fix: "write \"- {date: 2026-12-29, name: Extra day}\".") }
                } else if let date = reader.date(item, "bank_holidays.add") {
                    rules.addedBankHolidays.append(BankHolidays.Holiday(date: date, name: "Bank holiday"))
                }
            }
        }
    }

    /// The `toil:` section; settings left out keep `TOILPolicy`'s defaults.
    private static func readTOIL(_ node: Node, into policy: inout TOILPolicy, reader: inout NodeReader) {
        let keys = ["cap_hours", "window_days", "bank_holiday_credit_hours", "expiry"]
        for (key, value) in reader.entries(node, "toil", known: keys) {
            let path = "toil.\(key)"
            switch key {
            case "cap_hours": policy.capHours = reader.hours(value, path, in: 0...1000) ?? policy.capHours
            case "window_days": policy.windowDays = reader.integer(value, path, in: 1...3660) ?? policy.windowDays
            case "bank_holiday_credit_hours":
                policy.bankHolidayCreditHours = reader.hours(value, path, in: 0.01...24) ?? policy.bankHolidayCreditHours
            default:
                guard let text = reader.string(value, path) else { continue }
                guard let expiry = TOILPolicy.Expiry(rawValue: text) else {
                    let words = TOILPolicy.Expiry.allCases.map(\.rawValue).joined(separator: ", ")
                    reader.fail(value, path, "\"\(text)\" is not an expiry rule.", fix: "write one of: \(words).")
                    continue
                }
                policy.expiry = expiry
            }
        }
    }

    /// The `unsocial_hours:` section: night hours for pay and each employer's rates (`la:`, `nhs:`).
    private static func readUnsocialHours(_ node: Node, into terms: inout UnsocialHoursTerms, reader: inout NodeReader) {
        for (key, value) in reader.entries(node, "unsocial_hours", known: ["night_start", "night_end", "la", "nhs"]) {
            let path = "unsocial_hours.\(key)"
            switch key {
            case "night_start", "night_end":
                guard let text = reader.string(value, path) else { continue }
                guard let time = ClockTime(text) else {
                    reader.fail(value, path, "\"\(text)\" is not a time of day.", fix: "write the time in quotes as \"HH:MM\", e.g. \"20:00\".")
                    continue
                }
                if key == "night_start" { terms.nightStart = time } else { terms.nightEnd = time }
            case "la": readRates(value, path, into: &terms.localAuthority, reader: &reader)
            default: readRates(value, path, into: &terms.nhs, reader: &reader)
            }
        }
    }

    private static func readRates(_ node: Node, _ path: String, into rates: inout EnhancementRates, reader: inout NodeReader) {
        let settings = EnhancementRates.settings
        for (key, value) in reader.entries(node, path, known: settings.map(\.key)) {
            guard let setting = settings.first(where: { $0.key == key }) else { continue }
            rates[keyPath: setting.path] = reader.number(value, "\(path).\(key)", in: setting.range) ?? rates[keyPath: setting.path]
        }
    }
}
