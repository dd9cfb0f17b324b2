import Workforce

/// What the referral log says about demand: when in the week referrals arrive, how the months
/// differ, how many come in a year, and whether that is rising.
///
/// The window is the first to the last referral's date. Rates per hour of the week divide each
/// hour's count by how many times that hour occurs in the window, so a window that holds one
/// more Monday than Sunday does not make Mondays look busier.
public struct DemandProfile: Sendable {
    public let window: DateRange
    public let referralCount: Int
    /// Referrals that arrived in each hour of the week (168, Monday 00:00 first).
    public let countsByHourOfWeek: [Int]
    /// Mean referrals per hour in each hour of the week over the whole window.
    public let ratesByHourOfWeek: [Double]
    /// January to December: each calendar month's daily rate over its year's (1 = an average
    /// month), as observed: the mean over the years logged, nil for a month never observed.
    public let observedMonthIndex: [Double?]
    /// January to December: the smooth yearly wave fitted to those (`SeasonalWave`), averaging 1.
    public let seasonalIndex: [Double]
    /// Referrals in each calendar month of the window, with the days of it observed.
    public let months: [MonthCount]
    /// Referrals in the last 365 days of the window (nil when the window is shorter).
    public let lastYear: Int?
    /// Referrals a day in the (up to) 365 days before those; nil with fewer than 300 such days.
    public let yearBeforeDailyRate: Double?

    public struct MonthCount: Hashable, Sendable {
        public let month: Month
        public let referrals: Int
        public let daysObserved: Int
    }

    public init(referrals: [Referral]) {
        precondition(!referrals.isEmpty, "a profile needs at least one referral")
        let dates = referrals.map(\.date)
        window = DateRange(spanning: dates.min() ?? LocalDate(dayNumber: 0), dates.max() ?? LocalDate(dayNumber: 0))
        referralCount = referrals.count
        var counts = Array(repeating: 0, count: 168)
        for referral in referrals { counts[referral.hourOfWeek] += 1 }
        countsByHourOfWeek = counts
        var occurrences = Array(repeating: 0, count: 7)
        for date in window.dates { occurrences[date.weekday.rawValue - 1] += 1 }
        ratesByHourOfWeek = (0..<168).map { Double(counts[$0]) / Double(occurrences[$0 / 24]) }
        months = Self.monthCounts(referrals, window: window)
        let ratios = Self.monthRatios(months)
        observedMonthIndex = ratios.map { $0.isEmpty ? nil : $0.reduce(0, +) / Double($0.count) }
        seasonalIndex = SeasonalWave.fit(ratios)
        let lastYearStart = window.last.adding(days: -364)
        lastYear = window.dayCount >= 365 ? referrals.filter { $0.date >= lastYearStart }.count : nil
        let daysBefore = min(365, window.dayCount - 365)
        if daysBefore >= 300 {
            let beforeStart = lastYearStart.adding(days: -daysBefore)
            yearBeforeDailyRate = Double(referrals.filter { $0.date >= beforeStart && $0.date < lastYearStart }.count) / Double(daysBefore)
        } else {
            yearBeforeDailyRate = nil
        }
    }

    /// Referrals a year at the current level: the last 365 days, or the window's rate scaled to a year.
    public var annualReferrals: Double {
        if let lastYear { return Double(lastYear) }
        return Double(referralCount) * 365 / Double(window.dayCount)
    }

    /// The change from the year before to the last year (0.04 = 4% more), when two years are logged.
    public var growthPerYear: Double? {
        guard let lastYear, let yearBeforeDailyRate, yearBeforeDailyRate > 0 else { return nil }
        return Double(lastYear) / 365 / yearBeforeDailyRate - 1
    }

    /// Expected referrals per hour in each hour of the week in a calendar month (1-12), at the
    /// current level: the week's shape, scaled to the last year's total, times the month's index.
    public func arrivalsPerHour(inCalendarMonth month: Int) -> [Double] {
        let windowRate = Double(referralCount) / Double(window.dayCount)
        let level = annualReferrals / 365 / windowRate
        return ratesByHourOfWeek.map { $0 * level * seasonalIndex[month - 1] }
    }

    /// The calendar month with the highest seasonal index: the month to plan cover for.
    public var busiestCalendarMonth: Int {
        (1...12).max { seasonalIndex[$0 - 1] < seasonalIndex[$1 - 1] } ?? 1
    }

    private static func monthCounts(_ referrals: [Referral], window: DateRange) -> [MonthCount] {
        var byMonth: [Month: Int] = [:]
        for referral in referrals { byMonth[Month(containing: referral.date), default: 0] += 1 }
        var result: [MonthCount] = []
        var month = Month(containing: window.first)
        while month.firstDay <= window.last {
            let days = month.dates.filter(window.contains).count
            result.append(MonthCount(month: month, referrals: byMonth[month] ?? 0, daysObserved: days))
            month = month.next
        }
        return result
    }

    /// Each month's daily rate over the daily rate of its 12-month block (counted back from the
    /// last month), by calendar month: dividing by the block's own rate keeps a rising trend from
    /// passing for a season. Months with fewer than 14 days observed, and blocks of fewer than six
    /// months, are left out.
    private static func monthRatios(_ months: [MonthCount]) -> [[Double]] {
        let usable = months.filter { $0.daysObserved >= 14 }
        var ratios: [[Double]] = Array(repeating: [], count: 12)
        for blockEnd in stride(from: usable.count, to: 0, by: -12) {
            let block = usable[max(0, blockEnd - 12)..<blockEnd]
            let days = block.reduce(0) { $0 + $1.daysObserved }
            let rate = Double(block.reduce(0) { $0 + $1.referrals }) / Double(max(days, 1))
            guard rate > 0, block.count >= 6 else { continue }
            for month in block {
                ratios[month.month.month - 1].append(Double(month.referrals) / Double(month.daysObserved) / rate)
            }
        }
        return ratios
    }
}
