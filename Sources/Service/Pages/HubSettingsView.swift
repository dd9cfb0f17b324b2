import Workforce

/// What `hub.leaf` shows: the rota settings as `GET /api/hub/settings` gives them, laid out as the
/// form a manager changes (`Public/js/hub-settings.js` sends it as `PUT /api/hub/settings`). Others
/// see the same tables read-only.
struct HubSettingsView: Encodable {
    struct ShiftRow: Encodable {
        let code: String
        let name: String
        let times: String
        let night: Bool
        let duty: Bool
    }

    /// One day type and shift: a rule, or (a duty shift on a day without duty) an empty row.
    struct CoverRow: Encodable {
        let dayType: String
        let dayTypeName: String
        let shift: String
        let duty: Bool
        let minimum: String
        let target: String
        let maximum: String
        let coordinator: Bool
        let secondWorker: Bool
    }

    struct Option: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    /// One rate for both employers: its key in `unsocial_hours.la` / `.nhs`, and its bounds for the inputs.
    struct RateRow: Encodable {
        let key: String
        let label: String
        let la: String
        let nhs: String
        let minimum: String
        let maximum: String
    }

    let editable: Bool
    let shifts: [ShiftRow]
    let cover: [CoverRow]
    let surplusOptions: [Option]
    let surplusInEffect: String
    let nightStart: String
    let nightEnd: String
    let rates: [RateRow]
    let countMaximum: Int

    init(_ settings: HubSettingsDTO, editable: Bool) {
        self.editable = editable
        shifts = settings.shiftTypes.map {
            ShiftRow(code: $0.code, name: $0.name, times: "\($0.start)–\($0.end)", night: $0.night, duty: $0.kind == "duty")
        }
        let rules = Dictionary(settings.cover.map { ("\($0.dayType)|\($0.shift)", $0) }, uniquingKeysWith: { first, _ in first })
        cover = DayType.allCases.flatMap { dayType in
            settings.shiftTypes.map { shift in
                let rule = rules["\(dayType.rawValue)|\(shift.code)"]
                return CoverRow(dayType: dayType.rawValue, dayTypeName: RotaGridView.dayTypeName(dayType.rawValue), shift: shift.code,
                                duty: shift.kind == "duty", minimum: rule?.minimum.map(String.init) ?? "",
                                target: rule?.target.map(String.init) ?? "", maximum: rule?.maximum.map(String.init) ?? "",
                                coordinator: rule?.coordinator ?? false, secondWorker: rule?.secondWorker ?? false)
            }
        }
        let hasDuty = settings.shiftTypes.contains { $0.kind == "duty" }
        surplusOptions = [
            Option(value: "", label: "Follow the shift types (duty when there is a duty shift, now: \(hasDuty ? "duty" : "unplanned"))",
                   selected: settings.surplusHours == nil),
            Option(value: "duty", label: "Duty: planned as weekday duty shifts", selected: settings.surplusHours == "duty"),
            Option(value: "unplanned", label: "Unplanned: left to the AMHP's team", selected: settings.surplusHours == "unplanned"),
        ]
        surplusInEffect = settings.surplusHoursInEffect
        nightStart = settings.unsocialHours.nightStart
        nightEnd = settings.unsocialHours.nightEnd
        let la = settings.unsocialHours.la, nhs = settings.unsocialHours.nhs
        let labels = ["hourly_pay": "Basic hourly pay (£)", "night": "Night (share of pay)", "saturday": "Saturday",
                      "sunday": "Sunday", "bank_holiday": "Bank holiday"]
        let laRates = EnhancementRates(hourlyPay: la.hourlyPay, night: la.night, saturday: la.saturday, sunday: la.sunday, bankHoliday: la.bankHoliday)
        let nhsRates = EnhancementRates(hourlyPay: nhs.hourlyPay, night: nhs.night, saturday: nhs.saturday, sunday: nhs.sunday,
                                        bankHoliday: nhs.bankHoliday)
        rates = EnhancementRates.settings.map { setting in
            RateRow(key: setting.key, label: labels[setting.key] ?? setting.key,
                    la: Self.number(laRates[keyPath: setting.path]), nhs: Self.number(nhsRates[keyPath: setting.path]),
                    minimum: Self.number(setting.range.lowerBound), maximum: Self.number(setting.range.upperBound))
        }
        countMaximum = CoverRule.counts.upperBound
    }

    /// The shortest text that reads back as the same number, so saving unchanged changes nothing.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
