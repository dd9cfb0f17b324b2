import Foundation
import RotaCheck
import Storage
import Workforce

/// The hub a month is checked and planned with in the service: the stored hub chained
/// (`MonthChain`) to the rotas of the months before it, so the grid, a cell edit, publishing and
/// a solve job all see the same days before the month as `amhp rota --previous` would.
///
/// The earlier rotas are every published rota of an earlier month and, for the month just before,
/// its newest draft when it has no published rota (a manager drafting two months ahead).
enum ChainedHub {
    /// The stored hub, chained for `month`.
    static func hub(for month: Month, stores: ServiceStores) async throws -> Hub {
        try await hub(try await stores.hub.require(), for: month, rotas: stores.rotas)
    }

    static func hub(_ hub: Hub, for month: Month, rotas: any RotaStore) async throws -> Hub {
        MonthChain.hub(hub, for: month, after: try await earlierRotas(before: month, rotas: rotas))
    }

    /// The rotas `hub(_:for:rotas:)` chains `month` to, earliest month first.
    static func earlierRotas(before month: Month, rotas: any RotaStore) async throws -> [Rota] {
        var result: [Rota] = []
        for record in earlierRecords(before: month, in: try await rotas.headers()) {
            if let saved = try await rotas.rota(id: record.id) { result.append(saved.rota) }
        }
        return result
    }

    /// Which of `records` (every rota, newest first, as `RotaStore.headers()` lists them)
    /// `month` is chained to, earliest month first.
    static func earlierRecords(before month: Month, in records: [RotaHeader]) -> [RotaHeader] {
        let records = records.filter { $0.month < month }
        var chosen: [Month: RotaHeader] = [:]
        for record in records where record.status == .published { chosen[record.month] = record }
        let previous = Month(containing: month.firstDay.adding(days: -1))
        if chosen[previous] == nil {
            // Newest first, so the first draft of the month is its newest.
            chosen[previous] = records.first { $0.month == previous && $0.status == .draft }
        }
        return chosen.values.sorted(by: { $0.month < $1.month })
    }
}
