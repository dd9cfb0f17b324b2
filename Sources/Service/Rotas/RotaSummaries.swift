import Foundation
import RotaCheck
import Storage
import Workforce

/// Each rota of the list in one sentence (`RotaSummarySentence`), re-checked as its grid checks it
/// (the month chained to the rotas before it), so the list says what the grid says.
enum RotaSummaries {
    /// The sentence for each rota, by id; a rota that can no longer be read is left out.
    static func sentences(of rotas: [RotaRecord], stores: ServiceStores) async throws -> [UUID: String] {
        guard !rotas.isEmpty else { return [:] }
        let hub = try await stores.hub.require()
        var chained: [Month: Hub] = [:]
        var sentences: [UUID: String] = [:]
        for record in rotas {
            guard let saved = try await stores.rotas.rota(id: record.id) else { continue }
            let monthHub: Hub
            if let known = chained[record.month] {
                monthHub = known
            } else {
                monthHub = try await ChainedHub.hub(hub, for: record.month, rotas: stores.rotas)
                chained[record.month] = monthHub
            }
            sentences[record.id] = RotaChecker(hub: monthHub, month: record.month).summary(saved.rota).text
        }
        return sentences
    }
}
