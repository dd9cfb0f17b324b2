import Foundation
import Storage

/// Published and superseded rotas' details (`RotaPresenter.detail`: the grid re-checked, with why
/// each short shift is short), kept in this process after they are first computed, with the record,
/// the JSON the API sends and its entity tag, so a kept answer costs no work but its key.
///
/// A published version's shifts never change, so its detail changes only when the hub changes or
/// when a month it is chained to gets a new version (`ChainedHub`). The key names all of these as
/// the database holds them now (`key`), so an entry is used only while every one of them is
/// unchanged, whichever instance changed them; drafts, and rotas chained to a draft, are never kept.
enum RotaDetailCache {
    struct Entry: Sendable {
        let record: RotaRecord
        let detail: RotaDetailDTO
        /// `detail` as the API sends it (`JSONCoding`).
        let json: Data
        /// `json`'s strong ETag (`ConditionalGet`).
        let entityTag: String

        init(record: RotaRecord, detail: RotaDetailDTO) throws {
            self.record = record
            self.detail = detail
            json = try JSONCoding.encoder.encode(detail)
            entityTag = ConditionalGet.entityTag(scope: RotaDetailCache.tagScope(record.id), body: json)
        }
    }

    /// Enough for a year of published months in both role views; a month's detail is tens of kilobytes.
    static let capacity = 48

    static func make() -> BoundedCache<Entry> {
        BoundedCache(capacity: capacity)
    }

    /// What a rota detail's ETag is made of besides its bytes.
    static func tagScope(_ id: UUID) -> String {
        "rota \(id)"
    }

    /// What `header`'s detail depends on: the rota and its status, the hub's revision, the rotas it
    /// is chained to (`ChainedHub.earlierRecords`; every rota is in `headers`) and whether the
    /// quality is shown. Nil when the detail may change without any of these changing: a draft, a
    /// rota chained to a draft, or a hub store that keeps no revision.
    static func key(of header: RotaHeader, headers: [RotaHeader], hubRevision: UUID?, withQuality: Bool) -> String? {
        guard header.status != .draft, let hubRevision else { return nil }
        let chain = ChainedHub.earlierRecords(before: header.month, in: headers)
        guard chain.allSatisfy({ $0.status != .draft }) else { return nil }
        return "\(header.id) \(header.status.rawValue) hub \(hubRevision) after \(chain.map(\.id.uuidString).joined(separator: ",")) "
            + (withQuality ? "quality" : "no quality")
    }
}
