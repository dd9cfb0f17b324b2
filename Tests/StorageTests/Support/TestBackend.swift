import FluentKit
import Foundation
import SQLKit
import Storage
import Testing

/// A database the repository tests run against: always a new SQLite file in a temporary folder, and
/// also PostgreSQL when `DATABASE_URL` names one (each test then gets a schema of its own).
enum TestBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    /// The PostgreSQL URL tests use, from `DATABASE_URL`; nil to skip them.
    static var postgresURL: String? {
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"], url.lowercased().hasPrefix("postgres") else { return nil }
        return url
    }

    /// SQLite, and PostgreSQL when `DATABASE_URL` is set.
    static var available: [TestBackend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    /// Opens a new, empty, migrated database, runs `body`, then closes it and removes it.
    func withDatabase<Result>(_ body: (PlannerDatabase) async throws -> Result) async throws -> Result {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let location: DatabaseLocation
        switch self {
        case .sqlite:
            location = .sqlite(path: scratch.folder.appendingPathComponent("test.sqlite").path)
        case .postgres:
            let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await Self.postgresAdmin("CREATE SCHEMA \(schema)")
            location = .postgres(url: Self.postgresURL ?? "", schema: schema)
        }
        let store = try await PlannerDatabase.open(location)
        do {
            let result = try await body(store)
            await store.close()
            try await dropSchema(location)
            return result
        } catch {
            await store.close()
            try? await dropSchema(location)
            throw error
        }
    }

    private func dropSchema(_ location: DatabaseLocation) async throws {
        if case .postgres(_, let schema?) = location { try await Self.postgresAdmin("DROP SCHEMA \(schema) CASCADE") }
    }

    /// Runs one statement on the PostgreSQL database itself (outside any test's schema).
    private static func postgresAdmin(_ statement: String) async throws {
        let store = try await PlannerDatabase.open(.postgres(url: postgresURL ?? ""))
        do {
            try await (store.database as! any SQLDatabase).raw(SQLQueryString(statement)).run()
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}
