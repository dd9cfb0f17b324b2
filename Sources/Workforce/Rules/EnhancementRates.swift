/// One set of employment terms' pay for unsocial hours: basic hourly pay and the enhancement, as a
/// share of it, for each kind of unsocial hour. An hour that is several kinds is paid the highest.
public struct EnhancementRates: Hashable, Sendable {
    /// Basic hourly pay of an AMHP on these terms, in pounds: prices the enhancements.
    public var hourlyPay: Double
    public var night: Double
    public var saturday: Double
    public var sunday: Double
    public var bankHoliday: Double

    public init(hourlyPay: Double, night: Double, saturday: Double, sunday: Double, bankHoliday: Double) {
        self.hourlyPay = hourlyPay
        self.night = night
        self.saturday = saturday
        self.sunday = sunday
        self.bankHoliday = bankHoliday
    }

    /// NJC for Local Government Services (the Green Book), part 3 paragraph 2: night work time plus
    /// a third, Saturdays and Sundays time and a half, bank holidays double time (paragraph 2.6, where no
    /// local agreement sets other rates). Pay is an
    /// illustrative senior social worker's (about £44,000 a year over 52 weeks of 37 hours).
    public static let njc = EnhancementRates(hourlyPay: 22.87, night: 1.0 / 3, saturday: 0.5, sunday: 0.5, bankHoliday: 1.0)

    /// NHS Agenda for Change, Annex 5, bands 4 to 9 (AMHPs are usually band 6 or 7): weekday nights
    /// and Saturdays time plus 30%, Sundays and bank holidays time plus 60%. Pay is band 7's entry point.
    public static let agendaForChange = EnhancementRates(hourlyPay: 24.96, night: 0.3, saturday: 0.3, sunday: 0.6, bankHoliday: 0.6)

    /// Each rate with its key in `rules.yaml` (under `unsocial_hours.la` or `.nhs`), in the file's order.
    // Key paths are immutable values; the array is never mutated.
    nonisolated(unsafe) public static let settings: [(key: String, path: WritableKeyPath<EnhancementRates, Double>, range: ClosedRange<Double>)] = [
        ("hourly_pay", \.hourlyPay, 0...1000),
        ("night", \.night, 0...5),
        ("saturday", \.saturday, 0...5),
        ("sunday", \.sunday, 0...5),
        ("bank_holiday", \.bankHoliday, 0...5),
    ]
}
