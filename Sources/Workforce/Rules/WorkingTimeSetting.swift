/// One setting of `working_time:` in `rules.yaml`: its key, where it lives and what it may be.
public struct WorkingTimeSetting {
    /// The kinds of value a setting takes, each with the bounds the rules file enforces.
    public enum Value {
        case hours(WritableKeyPath<WorkingTimeRules, Double>, ClosedRange<Double>)
        case days(WritableKeyPath<WorkingTimeRules, Int>, ClosedRange<Int>)
        case flag(WritableKeyPath<WorkingTimeRules, Bool>)
    }

    public let key: String
    public let value: Value

    public static func hours(_ key: String, _ path: WritableKeyPath<WorkingTimeRules, Double>, in range: ClosedRange<Double>) -> Self {
        WorkingTimeSetting(key: key, value: .hours(path, range))
    }

    public static func days(_ key: String, _ path: WritableKeyPath<WorkingTimeRules, Int>, in range: ClosedRange<Int>) -> Self {
        WorkingTimeSetting(key: key, value: .days(path, range))
    }

    public static func flag(_ key: String, _ path: WritableKeyPath<WorkingTimeRules, Bool>) -> Self {
        WorkingTimeSetting(key: key, value: .flag(path))
    }

    /// The setting's value in `rules`, as a number (a flag is 1 or 0), for storage.
    public func number(in rules: WorkingTimeRules) -> Double {
        switch value {
        case .hours(let path, _): rules[keyPath: path]
        case .days(let path, _): Double(rules[keyPath: path])
        case .flag(let path): rules[keyPath: path] ? 1 : 0
        }
    }

    /// Sets the setting from a stored number; false when the number is not one the setting can take.
    public func set(_ number: Double, in rules: inout WorkingTimeRules) -> Bool {
        switch value {
        case .hours(let path, let range):
            guard range.contains(number) else { return false }
            rules[keyPath: path] = number
        case .days(let path, let range):
            guard let whole = Int(exactly: number), range.contains(whole) else { return false }
            rules[keyPath: path] = whole
        case .flag(let path):
            guard number == 0 || number == 1 else { return false }
            rules[keyPath: path] = number == 1
        }
        return true
    }
}
