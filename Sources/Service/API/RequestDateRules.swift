import Storage
import Workforce

/// A request may not be for a day already gone: the rota for it has been worked, and nothing asked
/// now can change it. "Today" is `ServiceClock.today` (England and Wales).
struct NoPastDates: Sendable {
    let today: LocalDate

    /// Adds a problem naming `field` when `date` is before today.
    func check(_ date: LocalDate, field: String, reader: inout FieldReader) {
        guard date < today else { return }
        reader.add(field, "\(date) is in the past (today is \(today)); give today or a later day.")
    }
}

/// A month whose rota is published is what staff are working to. A shift request there is refused
/// (the solver will not see it again); a leave request there is taken, but as a change request
/// the manager decides knowing it takes the AMHP off published shifts.
struct PublishedMonthRule: Sendable {
    let published: Set<Month>

    /// The published months among those `dates` touch, first to last.
    func months(touching dates: DateRange) -> [Month] {
        AbsenceVersioning.months(of: dates).filter(published.contains)
    }

    /// Adds a problem naming `field` when `date` is in a published month.
    func checkShiftRequest(on date: LocalDate, field: String, reader: inout FieldReader) {
        let month = Month(containing: date)
        guard published.contains(month) else { return }
        reader.add(field, "\(date) is inside the published rota for \(PageText.monthName(month)), which is no longer planned; "
                   + "ask for a day in a month not yet published, or ask your manager to change the rota (a leave request does that).")
    }
}

/// Both date rules as they stand for one request: today, and the months published now.
struct RequestDateRules: Sendable {
    let past: NoPastDates
    let published: PublishedMonthRule

    init(today: LocalDate, publishedMonths: Set<Month>) {
        past = NoPastDates(today: today)
        published = PublishedMonthRule(published: publishedMonths)
    }

    /// The rules today, with the months published in the store.
    static func load(_ rotas: any RotaStore, today: LocalDate = ServiceClock.today) async throws -> RequestDateRules {
        let months = try await rotas.headers().filter { $0.status == .published }.map(\.month)
        return RequestDateRules(today: today, publishedMonths: Set(months))
    }
}
