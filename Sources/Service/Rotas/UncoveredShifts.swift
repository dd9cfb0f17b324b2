import RotaCheck
import Storage
import Workforce

/// The shifts published rotas leave below their minimum, for the manager's home page: after an
/// absence takes someone off, these are what need cover. Found by the checker's coverage, as the grid shows it.
enum UncoveredShifts {
    static func lines(of rotas: [RotaRecord], stores: ServiceStores) async throws -> [RotaListView.UncoveredLine] {
        let published = rotas.filter { $0.status == .published }.sorted { $0.month < $1.month }
        guard !published.isEmpty else { return [] }
        let hub = try await stores.hub.require()
        var lines: [RotaListView.UncoveredLine] = []
        for record in published {
            guard let saved = try await stores.rotas.rota(id: record.id) else { continue }
            lines += short(in: saved, hub: hub)
        }
        return lines
    }

    /// Each cover shift of the rota short of its minimum, in date order.
    static func short(in saved: SavedRota, hub: Hub) -> [RotaListView.UncoveredLine] {
        RotaChecker(hub: hub, month: saved.record.month).check(saved.rota).coverage
            .filter { !$0.isDuty && $0.shortfall > 0 }
            .sorted { ($0.date, $0.shiftCode) < ($1.date, $1.shiftCode) }
            .map { RotaListView.UncoveredLine(rotaID: saved.record.id.uuidString, date: "\($0.date)", shift: $0.shiftCode, shortBy: $0.shortfall) }
    }
}
