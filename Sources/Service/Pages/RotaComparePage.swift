import Foundation
import Storage
import Vapor
import Workforce

/// The page to pick two versions of a month and see what changed between them, cell by cell
/// (`GET /api/rotas/{rotaID}/compare/{otherRotaID}` on a page): `/rotas/compare?month=&from=&to=`,
/// the latest two versions when none are picked.
enum RotaComparePage {
    @Sendable static func page(_ request: Request) async throws -> Response {
        let user = try request.requireUser(RotaAPI.readers)
        var reader = FieldReader()
        let month = reader.month(request.query[String.self, at: "month"])
        let from = uuid(request.query[String.self, at: "from"], field: "from", reader: &reader)
        let to = uuid(request.query[String.self, at: "to"], field: "to", reader: &reader)
        try reader.check("The comparison has problems; pick a month and two of its versions.")
        let stores = request.stores
        let chosen = try reader.require(month)
        let versions = try await stores.rotas.versions(month: chosen)
        let older = from ?? versions.dropLast().last?.id, newer = to ?? versions.last?.id
        var comparison: RotaComparisonDTO?
        if let older, let newer {
            for (id, field) in [(older, "from"), (newer, "to")] where !versions.contains(where: { $0.id == id }) {
                reader.add(field, "is not a version of \(chosen); pick one from the list.")
            }
            try reader.check("The comparison has problems; pick two versions of \(chosen).")
            if let old = try await stores.rotas.rota(id: older), let new = try await stores.rotas.rota(id: newer) {
                comparison = try RotaAPI.comparison(old, new, hub: try await stores.hub.require())
            }
        }
        let view = RotaCompareView(month: chosen, versions: versions, from: older, to: newer, comparison: comparison)
        return try await request.page("rota-compare", title: "Versions of \(view.monthName)", user: user, view)
            .encodeResponse(for: request)
    }

    /// A rota id from the query, nil when not given.
    static func uuid(_ text: String?, field: String, reader: inout FieldReader) -> UUID? {
        guard let text, !text.isEmpty else { return nil }
        guard let id = UUID(uuidString: text) else {
            reader.add(field, "\"\(FieldReader.shown(text))\" is not a rota id; pick a version from the list.")
            return nil
        }
        return id
    }
}

/// What `rota-compare.leaf` shows: the month's versions to pick from, and the cells that changed.
struct RotaCompareView: Encodable {
    struct Version: Encodable {
        let id: String
        let label: String
        let isFrom: Bool
        let isTo: Bool
    }

    let month: String
    let monthName: String
    let versions: [Version]
    let comparison: RotaComparisonDTO?

    init(month: Month, versions: [RotaRecord], from: UUID?, to: UUID?, comparison: RotaComparisonDTO?) {
        self.month = "\(month)"
        monthName = PageText.monthName(month)
        self.versions = versions.map { record in
            let why = [record.changeKind?.rawValue, record.changeReason].compactMap { $0 }.joined(separator: ": ")
            let label = "Version \(record.version ?? 0), \(PageText.moment(record.publishedAt)) by \(record.publishedBy ?? record.createdBy)"
                + (why.isEmpty ? "" : " (\(why))") + (record.status == .published ? ", current" : "")
            return Version(id: record.id.uuidString, label: label, isFrom: record.id == from, isTo: record.id == to)
        }
        self.comparison = comparison
    }
}
