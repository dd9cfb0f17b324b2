import Foundation
import Yams

/// Reads `rules.yaml`: contract basis, working-time rules, objective weights, bank-holiday changes and TOIL policy.
///
/// Walks YAML nodes rather than decoding, so every error can name the line and key at fault.
enum RulesFile {
    static let name = "rules.yaml"

    static func read(_ text: String, errors: inout [InputError]) -> HubRules {
        var rules = HubRules()
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch YamlError.duplicatedKeysInMapping(let duplicates, _) {
            let key = duplicates.first ?? ""
            errors.append(InputError(file: name, line: secondOccurrence(of: key, in: text), field: key,
                                     problem: "the setting \"\(key)\" is given twice in one section.",
                                     fix: "keep one of them."))
            return rules
        } catch let error as YamlError {
            errors.append(InputError(file: name, line: line(of: error), field: nil,
                                     problem: "the file is not valid YAML (\(problem(of: error))).",
                                     fix: "check indentation (spaces, not tabs) and that each key is followed by a colon."))
            return rules
        } catch {
            errors.append(InputError(file: name, line: nil, field: nil, problem: "the file could not be read (\(error)).",
                                     fix: "save it as plain UTF-8 text."))
            return rules
        }
        guard let root, root.mapping != nil else {
            errors.append(InputError(file: name, line: nil, field: nil, problem: "the file has no settings.",
                                     fix: "start from the rules.yaml in Data/demo-hub and edit it."))
            return rules
        }
        var reader = NodeReader(errors: errors)
        for (key, value) in reader.entries(root, "", known: ["hub", "working_time", "weights", "bank_holidays", "toil"]) {
            switch key {
            case "hub": readHub(value, into: &rules, reader: &reader)
            case "working_time": readWorkingTime(value, into: &rules.workingTime, reader: &reader)
            case "weights": readWeights(value, into: &rules.weights, reader: &reader)
            case "toil": readTOIL(value, into: &rules.toil, reader: &reader)
            default: readBankHolidays(value, into: &rules, reader: &reader)
            }
        }
        errors = reader.errors
        return rules
    }

    private static func readHub(_ node: Node, into rules: inout HubRules, reader: inout NodeReader) {
        for (key, value) in reader.entries(node, "hub", known: ["name", "standard_week_hours"]) {
            switch key {
            case "name": rules.hubName = reader.string(value, "hub.name") ?? rules.hubName
            default: rules.standardWeekHours = reader.number(value, "hub.standard_week_hours", in: 1...60) ?? rules.standardWeekHours
            }
        }
    }

    private static func readWorkingTime(_ node: Node, into rules: inout WorkingTimeRules, reader: inout NodeReader) {
        let keys = ["minimum_rest_hours", "weekly_rest_hours", "weekly_rest_window_days", "maximum_consecutive_nights",
                    "maximum_consecutive_working_days", "average_48_hour_week", "night_worker_maximum_hours_per_24"]
        for (key, value) in reader.entries(node, "working_time", known: keys) {
            let path = "working_time.\(key)"
            switch key {
            case "minimum_rest_hours": rules.minimumRestHours = reader.number(value, path, in: 0...24) ?? rules.minimumRestHours
            case "weekly_rest_hours": rules.weeklyRestHours = reader.number(value, path, in: 0...24) ?? rules.weeklyRestHours
            case "weekly_rest_window_days":
                rules.weeklyRestWindowDays = reader.integer(value, path, in: 2...14) ?? rules.weeklyRestWindowDays
            case "maximum_consecutive_nights":
                rules.maximumConsecutiveNights = reader.integer(value, path, in: 1...14) ?? rules.maximumConsecutiveNights
            case "maximum_consecutive_working_days":
                rules.maximumConsecutiveWorkingDays = reader.integer(value, path, in: 1...14) ?? rules.maximumConsecutiveWorkingDays
            case "average_48_hour_week": rules.average48HourWeek = reader.flag(value, path) ?? rules.average48HourWeek
            default:
                rules.nightWorkerMaximumHoursPer24 = reader.number(value, path, in: 1...24) ?? rules.nightWorkerMaximumHoursPer24
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

    /// The line where `key:` appears for the second time (Yams names the duplicate, not its line).
    private static func secondOccurrence(of key: String, in text: String) -> Int? {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.trimmingCharacters(in: .whitespaces).hasPrefix("\(key):") {
            seen += 1
            if seen == 2 { return index + 1 }
        }
        return nil
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }
}

/// Reads typed values from YAML nodes, recording located errors instead of throwing.
private struct NodeReader {
    var errors: [InputError]

    mutating func fail(_ node: Node, _ key: String, _ problem: String, fix: String) {
        errors.append(InputError(file: RulesFile.name, line: node.mark?.line, field: key, problem: problem, fix: fix))
    }

    /// The known keys of a mapping with their values; unknown keys are recorded as errors.
    mutating func entries(_ node: Node, _ path: String, known: [String]) -> [(String, Node)] {
        guard let mapping = node.mapping else {
            fail(node, path, "is not a section of settings.", fix: "indent the settings under \"\(path):\" with two spaces.")
            return []
        }
        var result: [(String, Node)] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard known.contains(key) else {
                let full = path.isEmpty ? key : "\(path).\(key)"
                fail(keyNode, full, "unknown setting \"\(key)\".", fix: "use one of: \(known.joined(separator: ", ")) (see docs/data-format.md).")
                continue
            }
            result.append((key, value))
        }
        return result
    }

    mutating func string(_ node: Node, _ key: String) -> String? {
        guard let text = node.scalar?.string else {
            fail(node, key, "is not a single value.", fix: "write a plain value after the colon.")
            return nil
        }
        return text
    }

    mutating func number(_ node: Node, _ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let text = string(node, key) else { return nil }
        guard let value = Double(text), range.contains(value) else {
            fail(node, key, "\"\(text)\" is not a number from \(range.lowerBound) to \(range.upperBound).", fix: "write a number in that range.")
            return nil
        }
        return value
    }

    /// Hours to at most two decimal places, as TOIL is kept.
    mutating func hours(_ node: Node, _ key: String, in range: ClosedRange<Double>) -> TOILHours? {
        guard let value = number(node, key, in: range) else { return nil }
        guard let hours = TOILHours(exactly: value) else {
            fail(node, key, "\"\(value)\" has more than two decimal places.", fix: "round the hours to two decimal places, e.g. 7.4 or 37.5.")
            return nil
        }
        return hours
    }

    mutating func integer(_ node: Node, _ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(node, key) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            fail(node, key, "\"\(text)\" is not a whole number from \(range.lowerBound) to \(range.upperBound).", fix: "write a whole number in that range.")
            return nil
        }
        return value
    }

    mutating func flag(_ node: Node, _ key: String) -> Bool? {
        switch string(node, key)?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        case nil: return nil
        default:
            fail(node, key, "is not true or false.", fix: "write true or false (yes and no are accepted too).")
            return nil
        }
    }

    mutating func date(_ node: Node, _ key: String) -> LocalDate? {
        guard let text = string(node, key) else { return nil }
        guard let date = LocalDate(text) else {
            fail(node, key, "\"\(text)\" is not a date.", fix: "write the date as YYYY-MM-DD.")
            return nil
        }
        return date
    }
}
