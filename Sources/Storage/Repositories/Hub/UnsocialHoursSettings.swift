import Workforce

/// The `unsocial_hours:` section of `rules.yaml` as rows of `hub_settings`, each keyed by its path in
/// the rules file (`unsocial_hours.night_start`, `unsocial_hours.la.hourly_pay`).
///
/// The night hours for pay are stored as minutes after midnight; each employer's rates come from
/// `EnhancementRates.settings`, so a rate added there is stored, and checked against its bounds when
/// read back, with no migration.
enum UnsocialHoursSettings {
    /// What every key starts with: what `AddDutyShiftsAndCoverMaxima.revert` removes.
    static let prefix = "unsocial_hours."

    /// Each employer's key in the rules file and where its rates are kept.
    private static let employers: [(key: String, path: WritableKeyPath<UnsocialHoursTerms, EnhancementRates>)] = [
        ("la", \.localAuthority), ("nhs", \.nhs),
    ]

    /// Every setting of `terms` with its key, in the rules file's order.
    static func values(of terms: UnsocialHoursTerms) -> [(key: String, value: Double)] {
        var values = [("\(prefix)night_start", Double(terms.nightStart.minutes)), ("\(prefix)night_end", Double(terms.nightEnd.minutes))]
        for employer in employers {
            let rates = terms[keyPath: employer.path]
            values += EnhancementRates.settings.map { ("\(prefix)\(employer.key).\($0.key)", rates[keyPath: $0.path]) }
        }
        return values
    }

    /// Sets the setting `key` from a stored number: nil when `key` is not an unsocial-hours setting,
    /// false when `value` is not one the setting can take (a time that is not a whole minute of the
    /// day, a rate outside the bounds the rules file enforces).
    static func set(_ key: String, _ value: Double, in terms: inout UnsocialHoursTerms) -> Bool? {
        guard key.hasPrefix(prefix) else { return nil }
        let path = key.dropFirst(prefix.count)
        if path == "night_start" || path == "night_end" {
            guard let minutes = Int(exactly: value), let time = ClockTime(minutes: minutes) else { return false }
            if path == "night_start" { terms.nightStart = time } else { terms.nightEnd = time }
            return true
        }
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let employer = employers.first(where: { $0.key == parts[0] }),
              let setting = EnhancementRates.settings.first(where: { $0.key == parts[1] }) else { return nil }
        guard setting.range.contains(value) else { return false }
        terms[keyPath: employer.path][keyPath: setting.path] = value
        return true
    }
}
