import Workforce

/// One AMHP's TOIL figures for one month, as the ledger kept them (`toil_by_month.csv`).
public struct TOILMonthFigures: Hashable, Sendable {
    public let month: Month
    public let amhpID: String
    public let accrued: Double
    public let taken: Double
    public let paidOut: Double
    public let forfeited: Double
    /// Ledger entries dated in the month, so a month kept with nothing accrued still counts.
    public let entries: Int

    public init(month: Month, amhpID: String, accrued: Double, taken: Double = 0, paidOut: Double = 0, forfeited: Double = 0,
                entries: Int = 1) {
        (self.month, self.amhpID, self.accrued, self.taken, self.paidOut, self.forfeited, self.entries)
            = (month, amhpID, accrued, taken, paidOut, forfeited, entries)
    }
}

/// Overtime the TOIL ledger recorded in the last year, given back as time off the rota: an
/// abstraction like leave (`RotaFTEBasis.toilHours`), read from the ledger instead of assumed.
///
/// Assessments overrun their shifts; the hours are accrued as TOIL and taken back later out of
/// rota time, so each FTE gives the rota less. Counted: LA AMHPs' accrued hours (and those of
/// anyone no longer in amhps.csv), less what was paid out instead, over the latest twelve months
/// the ledger kept (fewer when it is younger, scaled to a year). Left out: NHS AMHPs, whose agreed
/// shifts are a number of shifts and whose TOIL comes back out of NHS time, and days in lieu for
/// bank holidays, which an LA contract's hours already leave out.
public struct TOILGivenBack: Hashable, Sendable {
    /// The months counted, oldest first.
    public let months: [Month]
    /// LA AMHPs' overtime accrued over `months`.
    public let accruedHours: Double
    /// Of it, hours paid as overtime instead of taken back.
    public let paidOutHours: Double
    /// NHS AMHPs' overtime accrued over `months`, shown but not counted.
    public let nhsAccruedHours: Double
    /// The LA AMHPs' contracted FTE (amhps.csv) the hours are shared over.
    public let localAuthorityFTE: Double

    public static let monthsCounted = 12

    /// Nil when the file has no rows.
    public init?(figures: [TOILMonthFigures], hub: Hub) {
        guard let latest = figures.map(\.month).max(), let earliest = figures.map(\.month).min() else { return nil }
        var window: [Month] = [latest]
        while window.count < Self.monthsCounted, let first = window.first, first > earliest { window.insert(first.previous, at: 0) }
        let counted = Set(window)
        let nhs = Set(hub.amhps.filter(\.employment.isNHS).map(\.id))
        var accrued = 0.0, paidOut = 0.0, nhsAccrued = 0.0
        for figure in figures where counted.contains(figure.month) {
            if nhs.contains(figure.amhpID) {
                nhsAccrued += figure.accrued
            } else {
                accrued += figure.accrued
                paidOut += figure.paidOut
            }
        }
        months = window
        accruedHours = accrued
        paidOutHours = paidOut
        nhsAccruedHours = nhsAccrued
        localAuthorityFTE = hub.amhps.reduce(0) { total, amhp in
            if case .localAuthority(let fte) = amhp.employment { total + fte } else { total }
        }
    }

    /// Hours taken back as time off over `months`.
    public var givenBackHours: Double { max(0, accruedHours - paidOutHours) }

    /// `givenBackHours` scaled to a year.
    public var hoursPerYear: Double { months.isEmpty ? 0 : givenBackHours * 12 / Double(months.count) }

    /// Hours a year each LA FTE gives back: the abstraction.
    public var hoursPerFTE: Double { localAuthorityFTE > 0 ? hoursPerYear / localAuthorityFTE : 0 }
}
