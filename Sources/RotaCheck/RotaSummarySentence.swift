import Workforce

/// A rota in one sentence a manager can act on, from the checker's report rather than the solver's
/// objective: "every shift covered; 3 requests not met; fairness spread 2 nights".
///
/// - Cover: the rota shifts (not duty) below their minimum, or "every shift covered".
/// - Requests: the AMHPs' requests for dates in the month the rota does not honour, or "all requests met".
/// - Fairness: how far apart, in nights, the AMHP furthest over their fair share of nights and the one
///   furthest under it are, history included (`RotaChecker.fairShareSpread`): 0 when nights are shared
///   in proportion to FTE.
///
///     RotaChecker(hub: hub, month: month).summary(rota).text   // "every shift covered; all requests met; fairness spread 0 nights"
public struct RotaSummarySentence: Hashable, Sendable {
    /// Rota shifts below their minimum cover.
    public let shortShifts: Int
    /// Requests (days off, shifts) the rota does not honour.
    public let requestsNotMet: Int
    /// Nights between the AMHP furthest over their fair share of nights and the one furthest under it.
    public let nightSpread: Int

    public init(shortShifts: Int, requestsNotMet: Int, nightSpread: Int) {
        (self.shortShifts, self.requestsNotMet, self.nightSpread) = (shortShifts, requestsNotMet, nightSpread)
    }

    /// Cover and requests from the checker's report; the spread of nights from its fair shares.
    public init(_ report: CheckReport, nightSpread: Int) {
        self.init(shortShifts: report.rotaCoverage.filter { $0.shortfall > 0 }.count,
                  requestsNotMet: report.people.map(\.requestsMissed).reduce(0, +), nightSpread: nightSpread)
    }

    /// The sentence, lower case, without a full stop, so a page can put it after "In short:".
    public var text: String {
        let cover = shortShifts == 0 ? "every shift covered" : "\(Self.count(shortShifts, "shift")) short of cover"
        let requests = requestsNotMet == 0 ? "all requests met" : "\(Self.count(requestsNotMet, "request")) not met"
        return "\(cover); \(requests); fairness spread \(Self.count(nightSpread, "night"))"
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
