/// The cost of unsocial hours (`unsocial_hours:` in `rules.yaml`): each employer's rates and the
/// hours that count as night for pay (not the WTR night period, which decides who is a night worker).
public struct UnsocialHoursTerms: Hashable, Sendable {
    /// Local-authority AMHPs (NJC terms unless the council's own differ).
    public var localAuthority = EnhancementRates.njc
    /// NHS AMHPs (Agenda for Change).
    public var nhs = EnhancementRates.agendaForChange
    /// Night hours for pay run from `nightStart` to `nightEnd` the next morning (NJC and AfC: 20:00–06:00).
    public var nightStart = ClockTime(wrappingMinutes: 20 * 60)
    public var nightEnd = ClockTime(wrappingMinutes: 6 * 60)

    public init() {}

    public func rates(for employment: Employment) -> EnhancementRates {
        employment.isNHS ? nhs : localAuthority
    }

    /// The enhancement, in pounds, for one shift worked on `date` by someone on `rates`. Every minute
    /// is paid at the highest rate it qualifies for: the night rate within the night hours, the
    /// Saturday, Sunday or bank-holiday rate by the date the minute falls on (after midnight, the next day).
    public func enhancement(of shift: ShiftType, on date: LocalDate, calendar: HubCalendar, rates: EnhancementRates) -> Double {
        guard rates.hourlyPay > 0 else { return 0 }
        var rateMinutes = 0.0
        var minute = 0
        while minute < shift.durationMinutes {
            let absolute = shift.start.minutes + minute
            let day = date.adding(days: absolute / 1440)
            let clock = absolute % 1440
            // Runs of minutes to the next boundary (midnight, night start or end) share one rate.
            let boundaries = [1440, nightStart.minutes, nightEnd.minutes].filter { $0 > clock }
            let runEnd = min(boundaries.min() ?? 1440, clock + shift.durationMinutes - minute)
            let length = runEnd - clock
            rateMinutes += Double(length) * rate(at: clock, on: day, calendar: calendar, rates: rates)
            minute += length
        }
        return rateMinutes / 60 * rates.hourlyPay
    }

    private func rate(at clock: Int, on day: LocalDate, calendar: HubCalendar, rates: EnhancementRates) -> Double {
        let isNight = nightStart.minutes > nightEnd.minutes
            ? clock >= nightStart.minutes || clock < nightEnd.minutes
            : clock >= nightStart.minutes && clock < nightEnd.minutes
        var rate = isNight ? rates.night : 0
        if calendar.isBankHoliday(day) { rate = max(rate, rates.bankHoliday) }
        switch day.weekday {
        case .saturday: rate = max(rate, rates.saturday)
        case .sunday: rate = max(rate, rates.sunday)
        default: break
        }
        return rate
    }
}
