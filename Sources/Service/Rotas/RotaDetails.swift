import Foundation
import Storage
import Vapor
import Workforce

/// The rota named in the path as the API's detail and the grid page show it, for a user who may
/// see it: a published or superseded version's from `RotaDetailCache` while nothing it depends on
/// has changed, anything else computed as before (`RotaPresenter`, the month chained).
enum RotaDetails {
    struct Found {
        let record: RotaRecord
        let detail: RotaDetailDTO
        /// The detail as JSON with its ETag, when it was kept (or just made for keeping).
        let kept: RotaDetailCache.Entry?
        /// The `RotaDetailCache` key the detail is kept under: nil for a draft or anything else never kept.
        var key: String? = nil
    }

    static func find(_ request: Request, user: CurrentUser, parameter: String = "rotaID") async throws -> Found {
        let stores = request.stores
        let withQuality = RotaAPI.qualityReaders.contains(user.role)
        guard let cache = stores.rotaDetails else { return try await computed(request, user: user, parameter: parameter) }
        guard let id = request.parameters.get(parameter, as: UUID.self) else {
            throw Abort(.badRequest, reason: "The rota id is not a UUID.")
        }
        // The rotas' headers alone (no report, no shifts) are enough to know whether a kept detail is still the rota's.
        let headers = try await stores.rotas.headers()
        guard let header = headers.first(where: { $0.id == id }), user.role == .manager || header.status != .draft else {
            throw Abort(.notFound, reason: "No rota has the id \(id).")
        }
        guard let key = RotaDetailCache.key(of: header, headers: headers, hubRevision: try await stores.hub.revision(),
                                            withQuality: withQuality) else {
            return try await computed(request, user: user, parameter: parameter)
        }
        // Everything is read after the key, so what is kept is at least as new as the key says; askers
        // at the same time share one computation.
        let entry = try await cache.value(key) {
            let found = try await computed(request, user: user, parameter: parameter)
            return try RotaDetailCache.Entry(record: found.record, detail: found.detail)
        }
        return Found(record: entry.record, detail: entry.detail, kept: entry, key: key)
    }

    /// The detail computed from the stored rota, its hub and the months before it.
    private static func computed(_ request: Request, user: CurrentUser, parameter: String) async throws -> Found {
        let saved = try await RotaAPI.rota(request, user: user, parameter: parameter)
        let stores = request.stores
        let hub = try await ChainedHub.hub(try await stores.hub.require(), for: saved.record.month, rotas: stores.rotas)
        let detail = RotaPresenter(hub: hub).detail(of: saved, withQuality: RotaAPI.qualityReaders.contains(user.role))
        return Found(record: saved.record, detail: detail, kept: nil)
    }
}
