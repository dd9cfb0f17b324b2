import Foundation
import Workforce

/// Makes a realistic synthetic referral log: more referrals on weekday afternoons, fewer at night
/// and at weekends, a winter rise and a yearly trend. The same seed gives the same log.
///
/// Arrivals are a Poisson process whose rate is the product of an hour-of-day shape (weekdays and
/// weekends have their own), a day-of-week factor, a seasonal wave peaking in mid-January and the
/// trend, scaled so the first year holds `annualReferrals` on average.
public struct ReferralGenerator: Sendable {
    public var first: LocalDate
    public var days: Int
    public var annualReferrals: Double
    public var growthPerYear: Double = 0.04
    /// Height of the winter rise: 0.12 makes mid-January 12% busier than an average day.
    public var winterRise: Double = 0.12
    public var seed: UInt64

    public init(first: LocalDate, days: Int, annualReferrals: Double, seed: UInt64) {
        self.first = first
        self.days = days
        self.annualReferrals = annualReferrals
        self.seed = seed
    }

    /// Relative referral rate by hour of day on a weekday: quiet 02:00-07:00, busiest 13:00-17:00,
    /// an evening shoulder from police and emergency departments.
    static let weekdayHours: [Double] = [0.55, 0.45, 0.35, 0.3, 0.3, 0.3, 0.4, 0.6, 0.9, 1.3, 1.5, 1.6,
                                         1.7, 1.9, 2.0, 2.0, 1.9, 1.6, 1.3, 1.1, 1.0, 0.9, 0.8, 0.65]
    /// Weekends are flatter: fewer professionals referring in office hours, the same nights.
    static let weekendHours: [Double] = [0.65, 0.55, 0.45, 0.4, 0.35, 0.35, 0.4, 0.55, 0.75, 1.0, 1.15, 1.25,
                                         1.3, 1.35, 1.35, 1.35, 1.3, 1.2, 1.15, 1.1, 1.05, 1.0, 0.9, 0.75]
    /// Monday to Sunday.
    static let weekdayFactors: [Double] = [1.12, 1.08, 1.05, 1.05, 1.1, 0.82, 0.78]
    static let sources: [(String, Double)] = [("police (s136)", 0.22), ("emergency department", 0.2), ("community mental health team", 0.2),
                                              ("inpatient ward", 0.12), ("crisis team", 0.12), ("GP", 0.08), ("nearest relative", 0.06)]

    public func generate() -> [Referral] {
        var random = SeededGenerator(seed: seed)
        // Mean of the hourly shape over a week, so the rates below average to annualReferrals.
        let weekMean = (0..<7).reduce(0.0) { total, day in
            let shape = day >= 5 ? Self.weekendHours : Self.weekdayHours
            return total + Self.weekdayFactors[day] * shape.reduce(0, +)
        } / 168
        let baseRate = annualReferrals / (365.25 * 24) / weekMean
        var referrals: [Referral] = []
        for offset in 0..<days {
            let date = first.adding(days: offset)
            let day = date.weekday.rawValue - 1
            let shape = day >= 5 ? Self.weekendHours : Self.weekdayHours
            let season = 1 + winterRise * cos(2 * Double.pi * Double(Self.dayOfYear(date) - 15) / 365.25)
            let trend = pow(1 + growthPerYear, Double(offset) / 365.25)
            for hour in 0..<24 {
                let rate = baseRate * shape[hour] * Self.weekdayFactors[day] * season * trend
                for _ in 0..<Self.poisson(rate, &random) {
                    let minute = hour * 60 + Int.random(in: 0..<60, using: &random)
                    referrals.append(Referral(id: "", date: date, time: ClockTime(wrappingMinutes: minute), source: source(&random)))
                }
            }
        }
        referrals.sort { ($0.date, $0.time) < ($1.date, $1.time) }
        return referrals.enumerated().map { index, referral in
            Referral(id: "R\(String(referral.date.year).suffix(2))-\(String(format: "%05d", index + 1))",
                     date: referral.date, time: referral.time, source: referral.source)
        }
    }

    /// The CSV text of a log, as `referrals.csv` is read.
    public static func csv(_ referrals: [Referral]) -> String {
        CSVDocument.make(header: ["referral_id", "date", "time", "source"],
                         rows: referrals.map { [$0.id, $0.date.description, $0.time.description, $0.source] })
    }

    private func source(_ random: inout SeededGenerator) -> String {
        var roll = Double.random(in: 0..<1, using: &random)
        for (name, share) in Self.sources {
            roll -= share
            if roll < 0 { return name }
        }
        return Self.sources[0].0
    }

    static func dayOfYear(_ date: LocalDate) -> Int {
        LocalDate(clampingYear: date.year, month: 1, day: 1).days(to: date) + 1
    }

    /// Knuth's method: exact and quick for the small hourly rates here.
    static func poisson(_ mean: Double, _ random: inout SeededGenerator) -> Int {
        let limit = exp(-mean)
        var product = Double.random(in: 0..<1, using: &random)
        var count = 0
        while product > limit {
            count += 1
            product *= Double.random(in: 0..<1, using: &random)
        }
        return count
    }
}
