import FluentKit
import Foundation
import Workforce

/// Scenario runs in the database (issue 17): submitted on any instance, claimed by a worker
/// instance under a lease exactly as solve jobs are (`JobLeases`), their results and CSV files
/// stored when done, so any instance shows and downloads them.
///
///     let runs = ScenarioRunRepository(database: db)
///     let submitted = try await runs.submitUnlessUnfinished(month: december, requestJSON: json, inputsJSON: inputs, key: key, by: "lee")
///     if let claimed = try await runs.claimNext(instance: "worker-1", lease: 60) { … try await runs.finish(id: …, resultJSON: …, files: …, instance: "worker-1") }
public struct ScenarioRunRepository: Sendable {
    public let database: any Database

    /// The most text one run's files may hold, all together; a larger result is refused.
    public static let fileLimit = 8_000_000
    /// The most text a run's inputs (the hub and planning files) may hold.
    public static let inputLimit = 16_000_000

    static let leases = JobLeases<StoredScenarioRun>(kind: "scenario")

    public init(database: any Database) {
        self.database = database
    }

    /// Stores a run as queued, unless one with the same `key` (the same request on the same inputs)
    /// is queued or running, in which case that one is returned (`isShared`); logged as `scenario.submit`.
    public func submitUnlessUnfinished(month: Month, requestJSON: String, inputsJSON: String, key: String, by actor: String,
                                       at date: Date = Date()) async throws -> (run: ScenarioRunRecord, isShared: Bool) {
        let date = StoredValue.moment(date)
        try JSONText.requireObject(requestJSON, field: "request")
        guard inputsJSON.utf8.count <= Self.inputLimit else {
            throw StorageError.scenarioRunTooLarge(field: "inputs", bytes: inputsJSON.utf8.count, limit: Self.inputLimit)
        }
        return try await StorageTransaction.write(on: database) { transaction in
            if let existing = try await StoredScenarioRun.query(on: transaction).filter(\.$requestKey == key)
                .filter(\.$status ~~ [SolveJobStatus.queued.rawValue, SolveJobStatus.running.rawValue]).sort(\.$requestedAt).first() {
                return (try ScenarioRunRecord(existing), true)
            }
            let row = StoredScenarioRun()
            (row.month, row.status, row.request, row.inputs, row.requestKey) = (month.description, "queued", requestJSON, inputsJSON, key)
            (row.requestedBy, row.requestedAt) = (actor, date)
            try await row.create(on: transaction)
            try await RoundTrip.readBack(row, on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "scenario.submit", subject: "scenario:\(try row.requireID())",
                                                at: date, detail: ["month": month.description])
            return (try ScenarioRunRecord(row), false)
        }
    }

    /// Claims the oldest queued run for `instance` under a lease, after dealing with expired ones.
    public func claimNext(instance: String, lease: TimeInterval, at date: Date = Date()) async throws -> ClaimedScenarioRun? {
        let date = StoredValue.moment(date)
        let pending = try await Self.leases.pending(before: date, on: database)
        if pending.expired { try await expireLeases(at: date) }
        guard pending.queued || pending.expired else { return nil }
        return try await JobLeases<StoredScenarioRun>.claimTransaction(on: database) { transaction in
            guard let row = try await Self.leases.lockedQueued(limit: 1, on: transaction).first else { return nil }
            try await Self.leases.take(row, instance: instance, lease: lease, now: date, on: transaction)
            try await RoundTrip.readBack(row, on: transaction)
            return ClaimedScenarioRun(run: try ScenarioRunRecord(row), inputsJSON: row.inputs)
        }
    }

    /// Re-queues (or fails after three claims) running runs whose lease ran out before `cutoff`.
    public func expireLeases(before cutoff: Date? = nil, at date: Date = Date()) async throws {
        let date = StoredValue.moment(date)
        try await JobLeases<StoredScenarioRun>.claimTransaction(on: database) { transaction in
            try await Self.leases.expire(before: cutoff ?? date, now: date, on: transaction)
        }
    }

    /// Extends `instance`'s lease; throws `StorageError.jobLeaseLost` when the run is no longer its own.
    @discardableResult
    public func renewLease(id: UUID, instance: String, lease: TimeInterval, at date: Date = Date()) async throws -> ScenarioRunRecord {
        let until = StoredValue.moment(date.addingTimeInterval(lease))
        return try await held(id, by: instance) { row, _ in row.leaseExpiresAt = until }
    }

    /// Gives a run back to the queue as its instance stops.
    public func releaseLease(id: UUID, instance: String, at date: Date = Date()) async throws {
        try await Self.leases.release(id: id, by: instance, now: StoredValue.moment(date), on: database,
                                      unknown: StorageError.unknownScenarioRun)
    }

    /// Stores the comparison and the files of a run `instance` holds, and marks it done; logged as `scenario.done`.
    @discardableResult
    public func finish(id: UUID, resultJSON: String, files: [ScenarioRunFile], instance: String, at date: Date = Date()) async throws -> ScenarioRunRecord {
        let date = StoredValue.moment(date)
        try JSONText.requireObject(resultJSON, field: "result")
        let size = files.reduce(0) { $0 + $1.text.utf8.count }
        guard size <= Self.fileLimit else {
            throw StorageError.scenarioRunTooLarge(field: "files", bytes: size, limit: Self.fileLimit)
        }
        return try await held(id, by: instance, status: .done, audit: ["files": String(files.count)]) { row, transaction in
            (row.result, row.finishedAt, row.leaseExpiresAt) = (resultJSON, date, nil)
            for (position, file) in files.enumerated() {
                let stored = StoredScenarioRunFile()
                (stored.runID, stored.position, stored.name, stored.text) = (id, position, file.name, file.text)
                try await stored.create(on: transaction)
                try await RoundTrip.readBack(stored, on: transaction)
            }
        }
    }

    /// Fails a run with the reason; given `instance`, only while it holds the run. Logged as `scenario.failed`.
    @discardableResult
    public func fail(id: UUID, error: String, instance: String?, at date: Date = Date()) async throws -> ScenarioRunRecord {
        let date = StoredValue.moment(date)
        return try await change(id, to: .failed, heldBy: instance, actor: "service", audit: ["error": error]) { row, _ in
            (row.error, row.finishedAt, row.leaseExpiresAt) = (error, date, nil)
        }
    }

    /// Cancels a queued or running run (the worker running it stops its child when it next looks);
    /// logged as `scenario.cancelled`. A finished run is returned as it is.
    @discardableResult
    public func cancel(id: UUID, by actor: String, at date: Date = Date()) async throws -> ScenarioRunRecord {
        let date = StoredValue.moment(date)
        if let run = try await run(id: id), run.status.isFinished { return run }
        return try await change(id, to: .cancelled, heldBy: nil, actor: actor, audit: [:]) { row, _ in
            (row.finishedAt, row.leaseExpiresAt) = (date, nil)
        }
    }

    public func run(id: UUID) async throws -> ScenarioRunRecord? {
        try await StoredScenarioRun.find(id, on: database).map(ScenarioRunRecord.init)
    }

    /// Runs newest first, at most `limit`.
    public func runs(limit: Int = 50) async throws -> [ScenarioRunRecord] {
        try await StoredScenarioRun.query(on: database).sort(\.$requestedAt, .descending).limit(limit).all().map(ScenarioRunRecord.init)
    }

    /// The names of a run's files, in the order it wrote them.
    public func fileNames(runID: UUID) async throws -> [String] {
        try await StoredScenarioRunFile.query(on: database).filter(\.$runID == runID).sort(\.$position).all().map(\.name)
    }

    /// One of a run's files, if it has one of that name.
    public func file(runID: UUID, name: String) async throws -> ScenarioRunFile? {
        try await StoredScenarioRunFile.query(on: database).filter(\.$runID == runID).filter(\.$name == name).first()
            .map { ScenarioRunFile(name: $0.name, text: $0.text) }
    }

    private func held(_ id: UUID, by instance: String, status: SolveJobStatus = .running, audit: [String: String]? = nil,
                      _ edit: @escaping @Sendable (StoredScenarioRun, any Database) async throws -> Void) async throws -> ScenarioRunRecord {
        try await change(id, to: status, heldBy: instance, actor: "service", audit: status == .running ? nil : audit, edit)
    }

    private func change(_ id: UUID, to status: SolveJobStatus, heldBy instance: String?, actor: String, audit: [String: String]?,
                        _ edit: @escaping @Sendable (StoredScenarioRun, any Database) async throws -> Void) async throws -> ScenarioRunRecord {
        let now = StoredValue.moment(Date())
        return try await StorageTransaction.write(on: database) { transaction in
            try await Self.leases.lock(id, on: transaction)
            guard let row = try await StoredScenarioRun.find(id, on: transaction) else { throw StorageError.unknownScenarioRun(id) }
            if let instance { try Self.leases.requireHeld(row, by: instance) }
            let current = try StoredValue.choice(row.status, as: SolveJobStatus.self, table: StoredScenarioRun.schema, field: "status")
            guard current.canBecome(status) else { throw StorageError.invalidJobTransition(id: id, from: current, to: status) }
            row.status = status.rawValue
            try await edit(row, transaction)
            try await row.update(on: transaction)
            try await RoundTrip.readBack(row, on: transaction)
            if let audit {
                try await AuditLogRepository.append(on: transaction, actor: actor, action: "scenario.\(status.rawValue)",
                                                    subject: "scenario:\(id)", at: now, detail: audit)
            }
            return try ScenarioRunRecord(row)
        }
    }
}
