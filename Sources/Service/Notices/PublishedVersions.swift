import Foundation
import Storage
import Workforce

/// A month's published versions with their assignments, version 1 first: what the calendar feed,
/// the notices on /my and the e-mail of changes are all derived from, so they cannot disagree
/// with the rota staff were shown.
enum PublishedVersions {
    /// The versions of `month`, oldest first; empty when it was never published.
    static func load(_ rotas: any RotaStore, month: Month) async throws -> [SavedRota] {
        var versions: [SavedRota] = []
        for record in try await rotas.versions(month: month) {
            if let saved = try await rotas.rota(id: record.id) { versions.append(saved) }
        }
        return versions
    }

    /// Every month with a published rota, earliest first.
    static func months(_ rotas: any RotaStore) async throws -> [Month] {
        Set(try await rotas.headers().filter { $0.status == .published }.map(\.month)).sorted()
    }

    /// When a version reached staff: its publication, else (never for a published row) its creation.
    static func moment(_ record: RotaRecord) -> Date {
        record.publishedAt ?? record.createdAt
    }
}
