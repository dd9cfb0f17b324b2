import FluentKit
import Foundation
import SQLKit

/// A row of a table of background jobs that worker instances claim under a lease: solve jobs
/// (`solve_jobs`) and scenario runs share the claiming, renewing and expiring in `JobLeases`.
protocol LeasedJobRow: Model where IDValue == UUID {
    var status: String { get set }
    var leaseOwner: String? { get set }
    var leaseExpiresAt: Date? { get set }
    var attempts: Int { get set }
    var startedAt: Date? { get set }
    var finishedAt: Date? { get set }
    var error: String? { get set }
    static var statusKey: KeyPath<Self, FieldProperty<Self, String>> { get }
    static var requestedAtKey: KeyPath<Self, FieldProperty<Self, Date>> { get }
    static var leaseExpiresAtKey: KeyPath<Self, OptionalFieldProperty<Self, Date>> { get }
}

/// How a job held by a worker instance is claimed, kept and given up, whichever table it is in.
///
/// A worker claims the oldest queued job: on PostgreSQL with `SELECT … FOR UPDATE SKIP LOCKED`, so
/// instances claiming at once each lock a different row and none waits for another; on SQLite in
/// the one write transaction a database file allows at a time. The claim marks it running under
/// the instance's name until `lease_expires_at`, which the worker renews while the job runs. A
/// running job whose lease has run out belongs to an instance that stopped (or hangs): before
/// any claim it is re-queued, or failed with the reason once it has been tried `maximumAttempts` times.
struct JobLeases<Row: LeasedJobRow>: Sendable {
    /// How many claims a job gets before an expired lease fails it instead of re-queueing it.
    static var maximumAttempts: Int { 3 }

    /// What the audit log calls jobs of this table (`solve`, `scenario`).
    let kind: String

    /// The running rows whose lease ran out before `cutoff` (or that have none: claimed before
    /// leases), re-queued or failed at `now`; each audited (`KIND.requeued`, `KIND.failed`).
    func expire(before cutoff: Date, now: Date, on transaction: any Database) async throws {
        for row in try await lockedExpired(before: cutoff, on: transaction) {
            let id = try row.requireID(), owner = row.leaseOwner ?? "an instance"
            let subject = "\(kind):\(id)"
            if row.attempts >= Self.maximumAttempts {
                let reason = "Instance \(owner) stopped while running this job (its lease ran out), and it has been tried \(row.attempts) times, so it was not tried again. Start it again when the instances are healthy."
                (row.status, row.error, row.finishedAt, row.leaseExpiresAt) = ("failed", reason, now, nil)
                try await row.update(on: transaction)
                try await RoundTrip.readBack(row, on: transaction)
                try await AuditLogRepository.append(on: transaction, actor: "service", action: "\(kind).failed", subject: subject,
                                                    at: now, detail: ["error": reason, "instance": owner])
            } else {
                (row.status, row.leaseExpiresAt) = ("queued", nil)
                try await row.update(on: transaction)
                try await RoundTrip.readBack(row, on: transaction)
                try await AuditLogRepository.append(on: transaction, actor: "service", action: "\(kind).requeued", subject: subject,
                                                    at: now, detail: ["instance": owner, "attempts": String(row.attempts)])
            }
        }
    }

    /// Whether any row is queued, and whether any running row's lease ran out before `cutoff`: two
    /// reads, so an idle worker's poll writes nothing (a write would queue behind the ledger's).
    func pending(before cutoff: Date, on database: any Database) async throws -> (queued: Bool, expired: Bool) {
        let queued = try await Row.query(on: database).filter(Row.statusKey == "queued").first() != nil
        let expired = try await Row.query(on: database).filter(Row.statusKey == "running")
            .group(.or) { $0.filter(Row.leaseExpiresAtKey < cutoff).filter(Row.leaseExpiresAtKey == nil) }.first() != nil
        return (queued, expired)
    }

    /// Queued rows, oldest first, at most `limit`; on PostgreSQL each is locked by this transaction
    /// and rows another claimer has locked are skipped.
    func lockedQueued(limit: Int, on transaction: any Database) async throws -> [Row] {
        switch SQLFlavour(transaction) {
        case .sqlite:
            return try await Row.query(on: transaction).filter(Row.statusKey == "queued").sort(Row.requestedAtKey).limit(limit).all()
        case .postgres:
            let selected = try await SQLFlavour.sql(transaction).raw("""
                SELECT id FROM \(ident: Row.schema) WHERE status = 'queued' ORDER BY requested_at LIMIT \(unsafeRaw: String(limit))
                FOR UPDATE SKIP LOCKED
                """).all()
            return try await rows(selected, on: transaction)
        }
    }

    /// Marks `row` running under `instance` until `now + lease`, one more attempt, audited as
    /// `KIND.claimed` with the instance and the attempt.
    func take(_ row: Row, instance: String, lease: TimeInterval, now: Date, on transaction: any Database) async throws {
        row.status = "running"
        row.leaseOwner = instance
        row.leaseExpiresAt = StoredValue.moment(now.addingTimeInterval(lease))
        row.attempts += 1
        if row.startedAt == nil || row.attempts > 1 { row.startedAt = now }
        try await row.update(on: transaction)
        try await AuditLogRepository.append(on: transaction, actor: "service", action: "\(kind).claimed", subject: "\(kind):\(try row.requireID())",
                                            at: now, detail: ["instance": instance, "attempt": String(row.attempts)])
    }

    /// Locks the row for the rest of the transaction (PostgreSQL; an SQLite write holds the whole
    /// file already), so a status change cannot cross an expiry or a claim made at the same moment.
    func lock(_ id: UUID, on transaction: any Database) async throws {
        guard SQLFlavour(transaction) == .postgres else { return }
        try await SQLFlavour.sql(transaction).raw("SELECT id FROM \(ident: Row.schema) WHERE id = \(bind: id) FOR UPDATE").run()
    }

    /// Gives the lease of a job this instance holds back (the instance is stopping): queued again
    /// for another instance, the attempt not counted against it; audited as `KIND.released`.
    func release(_ row: Row, by instance: String, now: Date, on transaction: any Database) async throws {
        try requireHeld(row, by: instance)
        (row.status, row.leaseExpiresAt) = ("queued", nil)
        row.attempts = max(0, row.attempts - 1)
        try await row.update(on: transaction)
        try await RoundTrip.readBack(row, on: transaction)
        try await AuditLogRepository.append(on: transaction, actor: "service", action: "\(kind).released", subject: "\(kind):\(try row.requireID())",
                                            at: now, detail: ["instance": instance])
    }

    /// `release(_:by:now:on:)` for the job `id`, found and locked in a claim transaction of its own;
    /// `unknown` names the error for an id with no row.
    func release(id: UUID, by instance: String, now: Date, on database: any Database,
                 unknown: @escaping @Sendable (UUID) -> StorageError) async throws {
        try await Self.claimTransaction(on: database) { transaction in
            try await lock(id, on: transaction)
            guard let row = try await Row.find(id, on: transaction) else { throw unknown(id) }
            try await release(row, by: instance, now: now, on: transaction)
        }
    }

    /// Throws `StorageError.jobLeaseLost` unless `row` is running under `instance`'s lease.
    func requireHeld(_ row: Row, by instance: String) throws {
        guard row.status == "running", row.leaseOwner == instance else {
            throw StorageError.jobLeaseLost(id: try row.requireID(), instance: instance)
        }
    }

    /// Runs a claim: on PostgreSQL a transaction of its own, without the advisory lock every other
    /// write takes (the row locks keep claimers apart); on SQLite the usual write transaction.
    static func claimTransaction<T: Sendable>(on database: any Database,
                                             _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if database.inTransaction || SQLFlavour(database) == .sqlite { return try await StorageTransaction.write(on: database, body) }
        return try await database.transaction { transaction in try await body(transaction) }
    }

    private func lockedExpired(before cutoff: Date, on transaction: any Database) async throws -> [Row] {
        switch SQLFlavour(transaction) {
        case .sqlite:
            return try await Row.query(on: transaction).filter(Row.statusKey == "running")
                .group(.or) { $0.filter(Row.leaseExpiresAtKey < cutoff).filter(Row.leaseExpiresAtKey == nil) }.all()
        case .postgres:
            let selected = try await SQLFlavour.sql(transaction).raw("""
                SELECT id FROM \(ident: Row.schema)
                WHERE status = 'running' AND (lease_expires_at < \(bind: cutoff) OR lease_expires_at IS NULL)
                FOR UPDATE SKIP LOCKED
                """).all()
            return try await rows(selected, on: transaction)
        }
    }

    /// The rows of the ids selected, in the same order.
    private func rows(_ selected: [any SQLRow], on transaction: any Database) async throws -> [Row] {
        var rows: [Row] = []
        for selected in selected {
            let id = try selected.decode(column: "id", as: UUID.self)
            if let row = try await Row.find(id, on: transaction) { rows.append(row) }
        }
        return rows
    }
}
