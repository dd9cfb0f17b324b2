import Foundation
import Storage
import Workforce

/// An absence recorded after publication takes the AMHP off their shifts at once: each published
/// month the absence touches, where they have a shift on an absent day, gets a new version without
/// those shifts (kind `absence`). Nothing is solved; the shifts left short show on the grid and the
/// manager's home page for the manager to cover. Removing the absence later puts nothing back.
enum AbsenceVersioning {
    /// Makes the versions, one a month touched; none where no published rota has the AMHP on those days.
    @discardableResult
    static func apply(_ absence: Absence, hub: Hub, stores: ServiceStores, by actor: String) async throws -> [RotaRecord] {
        var versions: [RotaRecord] = []
        for month in months(of: absence.dates) {
            guard let published = try await stores.rotas.published(month: month),
                  let kept = assignments(of: published.rota, without: absence) else { continue }
            // Checked, and its TOIL planned, against the months before it, as publishing is.
            let chained = try await ChainedHub.hub(hub, for: month, rotas: stores.rotas)
            versions.append(try await stores.publisher.publishVersion(
                month: month, assignments: kept, kind: .absence, reason: reason(absence, hub: hub), hub: chained, by: actor))
        }
        return versions
    }

    /// The rota's assignments without the absent AMHP's on the absent days; nil when it has none to take off.
    static func assignments(of rota: Rota, without absence: Absence) -> [Assignment]? {
        let kept = rota.assignments.filter { !($0.amhpID == absence.amhpID && absence.dates.contains($0.date)) }
        return kept.count == rota.assignments.count ? nil : kept
    }

    /// "Helen Shaw (A01): sickness 2026-12-14 to 2026-12-18".
    static func reason(_ absence: Absence, hub: Hub) -> String {
        let name = hub.amhp(absence.amhpID).map { "\($0.name) (\(absence.amhpID))" } ?? absence.amhpID
        let days = absence.dates.first == absence.dates.last ? "\(absence.dates.first)"
            : "\(absence.dates.first) to \(absence.dates.last)"
        return "\(name): \(absence.kind.rawValue) \(days)"
    }

    /// Every month with a day of `dates`, first to last.
    static func months(of dates: DateRange) -> [Month] {
        var months: [Month] = [], month = Month(containing: dates.first)
        while month.firstDay <= dates.last {
            months.append(month)
            month = month.next
        }
        return months
    }
}
