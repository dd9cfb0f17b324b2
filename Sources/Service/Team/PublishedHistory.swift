import Foundation
import Storage
import Workforce

/// Every month's latest published rota, oldest month first: what the league table counts.
enum PublishedHistory {
    static func rotas(_ store: any RotaStore) async throws -> [Rota] {
        let months = Set(try await store.headers().filter { $0.status == .published || $0.status == .superseded }.map(\.month))
        var rotas: [Rota] = []
        for month in months.sorted() {
            if let published = try await store.published(month: month) { rotas.append(published.rota) }
        }
        return rotas
    }
}
