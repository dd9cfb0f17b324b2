import Foundation
import NIOConcurrencyHelpers
import Storage

/// Published and superseded rotas' details (`RotaPresenter.detail`: the grid re-checked, with why
/// each short shift is short), kept in this process after they are first computed.
///
/// A published version's shifts never change, so its detail changes only when the hub changes or
/// when a month it is chained to gets a new version (`ChainedHub`). The key names all of these as
/// the database holds them now (`key`), so an entry is used only while every one of them is
/// unchanged, whichever instance changed them; drafts, and rotas chained to a draft, are never kept.
final class RotaDetailCache: Sendable {
    struct Entry: Sendable {
        let detail: RotaDetailDTO
        /// `detail` as the API sends it (`JSONCoding`).
        let json: Data
    }

    /// Enough for a year of published months in both role views; a month's detail is tens of kilobytes.
    static let capacity = 48

    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    func entry(_ key: String) -> Entry? {
        entries.withLockedValue { $0[key] }
    }

    func keep(_ entry: Entry, key: String) {
        entries.withLockedValue { entries in
            // Entries of an older hub or chain are never asked for again: drop everything rather than track age.
            if entries.count >= Self.capacity { entries.removeAll() }
            entries[key] = entry
        }
    }

    /// What `record`'s detail depends on: the rota and its status, the hub's revision, the rotas it
    /// is chained to (`ChainedHub.earlierRecords`; every rota is in `records`) and whether the
    /// quality is shown. Nil when the detail may change without any of these changing: a draft, a
    /// rota chained to a draft, or a hub store that keeps no revision.
    static func key(of record: RotaRecord, records: [RotaRecord], hubRevision: UUID?, withQuality: Bool) -> String? {
        guard record.status != .draft, let hubRevision else { return nil }
        let chain = ChainedHub.earlierRecords(before: record.month, in: records)
        guard chain.allSatisfy({ $0.status != .draft }) else { return nil }
        return "\(record.id) \(record.status.rawValue) hub \(hubRevision) after \(chain.map(\.id.uuidString).joined(separator: ",")) "
            + (withQuality ? "quality" : "no quality")
    }
}
