import FluentKit
import Foundation
import SQLKit
import Workforce

/// The hub kept in the database: one per database, replaced whole by each import.
///
/// The TOIL ledger, users, rotas and the audit log are not part of the hub and are never touched
/// by a re-import.
///
///     let repository = HubRepository(database: store.database)
///     try await repository.replace(with: try HubLoader.load(folder: folder), by: "sam")
///     let hub = try await repository.require()
public struct HubRepository: Sendable {
    public let database: any Database
    /// The process's decoded hub, reused while the stored hub's revision is unchanged; nil: rebuilt on every read.
    public let cache: HubCache?

    public init(database: any Database, cache: HubCache? = nil) {
        self.database = database
        self.cache = cache
    }

    /// Replaces the stored hub (if any) with `hub` in one transaction, and logs it as `hub.import`.
    ///
    /// Either every row of the new hub is stored and the old one is gone, or, on any error, the
    /// database is exactly as it was. Validate the hub first (`HubLoader.load` does).
    ///
    /// - Throws: `StorageError.roundTripFailed` when a value would not read back as written (a date
    ///   outside the years AMHP Planner reads, text with a NUL character); nothing is written then.
    @discardableResult
    public func replace(with hub: Hub, by actor: String, at date: Date = Date()) async throws -> HubSummary {
        let date = StoredValue.moment(date)
        let rows = HubRows(hub, hubID: UUID(), importedAt: date, importedBy: actor)
        let summary = HubSummary(rows)
        try await StorageTransaction.write(on: database) { transaction in
            try await Self.store(rows, holding: hub, on: transaction)
            try await AuditLogRepository.append(
                on: transaction, actor: actor, action: "hub.import", subject: "hub", at: date,
                detail: ["name": summary.name, "amhps": String(summary.amhpCount), "shift_types": String(summary.shiftTypeCount),
                         "absences": String(summary.absenceCount), "requests": String(summary.requestCount)])
        }
        return summary
    }

    /// Changes the stored hub (a leave period added, a request withdrawn) in one write transaction:
    /// reads it, applies `change`, and stores the result in place of it, logged with `action`.
    ///
    /// `change` sees the hub as it stands inside the transaction, so two edits at once cannot lose
    /// one another; it must return a valid hub (or throw, and nothing is written). The import's
    /// particulars (when, by whom) are kept.
    ///
    /// - Throws: `StorageError.noHub` when none has been imported; whatever `change` throws;
    ///   `StorageError.roundTripFailed` when a value would not read back as written.
    @discardableResult
    public func update(by actor: String, action: String, subject: String, detail: [String: String], at date: Date = Date(),
                       _ change: @escaping @Sendable (Hub) throws -> Hub) async throws -> Hub {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            guard let stored = try await HubRows.load(on: transaction) else { throw StorageError.noHub }
            let original = HubSummary(stored)
            let hub = try change(try stored.rebuild())
            let rows = HubRows(hub, hubID: UUID(), importedAt: original.importedAt, importedBy: original.importedBy)
            try await Self.store(rows, holding: hub, on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: action, subject: subject, at: date, detail: detail)
            return hub
        }
    }

    /// The stored hub, or nil when none has been imported.
    ///
    /// With a `cache`, the stored hub's revision is read first and the cached hub returned when it
    /// is that revision's; otherwise the hub is rebuilt from its rows and kept for the next read.
    public func load() async throws -> Hub? {
        guard let cache else {
            return try await StorageTransaction.read(on: database) { try await HubRows.load(on: $0)?.rebuild() }
        }
        if let revision = try await revision(), let hub = cache.hub(revision: revision) { return hub }
        return try await StorageTransaction.read(on: database) { transaction in
            guard let rows = try await HubRows.load(on: transaction) else { return nil }
            let hub = try rows.rebuild()
            if let revision = rows.hub.id { cache.keep(hub, revision: revision) }
            return hub
        }
    }

    /// The stored hub's revision: the id of its `hubs` row, new with every import and every change
    /// (`replace`, `update`); nil when no hub has been imported.
    public func revision() async throws -> UUID? {
        // Plain SQL: it is asked on most requests, and a Fluent query of the model costs more than the read.
        try await SQLFlavour.sql(database).raw("SELECT id FROM \(ident: StoredHub.schema) LIMIT 1").first()?
            .decode(column: "id", as: UUID.self)
    }

    /// The stored hub.
    ///
    /// - Throws: `StorageError.noHub` when none has been imported.
    public func require() async throws -> Hub {
        guard let hub = try await load() else { throw StorageError.noHub }
        return hub
    }

    /// Which hub is stored, when it was imported and how much it holds; nil when none has been imported.
    public func summary() async throws -> HubSummary? {
        try await StorageTransaction.read(on: database) { try await HubRows.load(on: $0).map(HubSummary.init) }
    }

    /// Replaces every stored hub row with `rows`, the rows of `hub`, inside the caller's transaction;
    /// then reads them back and checks that they rebuild `hub` (`RoundTrip`).
    private static func store(_ rows: HubRows, holding hub: Hub, on transaction: any Database) async throws {
        for table in CreateHubTables.childTables.reversed() {
            try await SQLFlavour.sql(transaction).delete(from: table).run()
        }
        try await StoredHub.query(on: transaction).delete()
        try await rows.create(on: transaction)
        guard let readBack = try await HubRows.load(on: transaction) else {
            throw StorageError.roundTripFailed(table: StoredHub.schema, field: "id", stored: rows.hub.id?.uuidString ?? "", readBack: "(no row)")
        }
        try rows.compare(readBack: readBack)
        try RoundTrip.rebuild(hub, table: StoredHub.schema) { try readBack.rebuild() }
    }
}
