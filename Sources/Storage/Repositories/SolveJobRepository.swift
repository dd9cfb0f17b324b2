import FluentKit
import Foundation
import Workforce

/// Solve jobs: a manager queues one, a worker claims it, reports progress and finishes it.
///
/// Every change of status is checked (`SolveJobStatus.canBecome`) inside a write transaction, and
/// a worker instance claims a job under a lease it renews while the job runs (`JobLeases`), so two
/// instances never run the same job, and a job whose instance stopped is run again by another.
///
///     let jobs = SolveJobRepository(database: db)
///     let job = try await jobs.enqueue(month: december, parameters: try SolveJobParameters(timeLimit: 60, seed: 1), by: "sam")
///     if let claimed = try await jobs.claimNext(instance: "web-1", lease: 60) { … try await jobs.finish(id: claimed.id, rotaID: draft.id, instance: "web-1") }
public struct SolveJobRepository: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Queues a job; logged as `solve.enqueue`.
    ///
    /// - Throws: `StorageError.roundTripFailed` when a value would not read back as written.
    @discardableResult
    public func enqueue(month: Month, parameters: SolveJobParameters = .defaults, by actor: String,
                        at date: Date = Date()) async throws -> SolveJobRecord {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            let row = StoredSolveJob()
            (row.month, row.status, row.requestedBy, row.requestedAt) = (month.description, SolveJobStatus.queued.rawValue, actor, date)
            (row.parameters, row.progress) = (parameters.json, "")
            try await row.create(on: transaction)
            let meant = SolveJobRecord(id: try row.requireID(), month: month, status: .queued, requestedBy: actor, requestedAt: date,
                                       parameters: parameters, progress: "", startedAt: nil, finishedAt: nil, rotaID: nil, error: nil)
            let record = try await Self.checkRoundTrip(row, holding: meant, on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "solve.enqueue", subject: "solve:\(try row.requireID())",
                                                at: date, detail: ["month": month.description])
            return record
        }
    }

    /// Queues a job unless one for the same month with the same parameters is queued already, in
    /// which case that one is returned (`isShared`): two managers asking for the same solve share one run.
    public func enqueueUnlessQueued(month: Month, parameters: SolveJobParameters = .defaults, by actor: String,
                                    at date: Date = Date()) async throws -> SolveJobEnqueued {
        try await StorageTransaction.write(on: database) { transaction in
            let queued = try await StoredSolveJob.query(on: transaction)
                .filter(\.$status == SolveJobStatus.queued.rawValue).filter(\.$month == month.description)
                .sort(\.$requestedAt).all()
            for row in queued where (try? SolveJobRecord.parameters(row.parameters)) == parameters {
                return SolveJobEnqueued(job: try SolveJobRecord(row), isShared: true)
            }
            let job = try await SolveJobRepository(database: transaction).enqueue(month: month, parameters: parameters, by: actor, at: date)
            return SolveJobEnqueued(job: job, isShared: false)
        }
    }

    /// Claims the oldest queued job for `instance` under a lease of `lease` seconds and returns it
    /// running; nil when none is queued. Expired leases are dealt with first (`JobLeases.expire`).
    ///
    /// A queued job whose stored parameters do not read (the database was changed outside AMHP
    /// Planner) is failed, its error naming the field, and the next one is claimed: it is never
    /// run with defaults, and never blocks the queue.
    public func claimNext(instance: String = SolveJobRepository.localInstance, lease: TimeInterval = SolveJobRepository.defaultLease,
                          at date: Date = Date()) async throws -> SolveJobRecord? {
        let date = StoredValue.moment(date)
        let pending = try await Self.leases.pending(before: date, on: database)
        if pending.expired { try await expireLeases(at: date) }
        guard pending.queued || pending.expired else { return nil }
        return try await JobLeases<StoredSolveJob>.claimTransaction(on: database) { transaction in
            for row in try await Self.leases.lockedQueued(limit: 20, on: transaction) {
                do {
                    _ = try SolveJobRecord.parameters(row.parameters)
                } catch let error as StorageError {
                    let reason = "The job's parameters could not be read, so it was not run: \(error.description)"
                    (row.status, row.error, row.finishedAt) = (SolveJobStatus.failed.rawValue, reason, date)
                    try await row.update(on: transaction)
                    try await AuditLogRepository.append(on: transaction, actor: "service", action: "solve.failed",
                                                        subject: "solve:\(try row.requireID())", at: date, detail: ["error": reason])
                    continue
                }
                try await Self.leases.take(row, instance: instance, lease: lease, now: date, on: transaction)
                return try await Self.checkRoundTrip(row, holding: try SolveJobRecord(row), on: transaction)
            }
            return nil
        }
    }

    /// Re-queues (or, after `JobLeases.maximumAttempts` claims, fails) running jobs whose lease ran
    /// out before `cutoff` (default: now). An SQLite service starting alone passes a cutoff in the
    /// future: whatever is running in its file was left by a service that stopped.
    public func expireLeases(before cutoff: Date? = nil, at date: Date = Date()) async throws {
        let date = StoredValue.moment(date)
        try await JobLeases<StoredSolveJob>.claimTransaction(on: database) { transaction in
            try await Self.leases.expire(before: cutoff ?? date, now: date, on: transaction)
        }
    }

    /// Extends the lease `instance` holds on a running job to `lease` seconds from now.
    ///
    /// - Throws: `StorageError.jobLeaseLost` when the job is no longer running under `instance`
    ///   (re-queued after its lease ran out, claimed by another, or cancelled): stop and save nothing.
    @discardableResult
    public func renewLease(id: UUID, instance: String, lease: TimeInterval = SolveJobRepository.defaultLease,
                           at date: Date = Date()) async throws -> SolveJobRecord {
        let until = StoredValue.moment(date.addingTimeInterval(lease))
        return try await JobLeases<StoredSolveJob>.claimTransaction(on: database) { transaction in
            try await Self.leases.lock(id, on: transaction)
            guard let row = try await StoredSolveJob.find(id, on: transaction) else { throw StorageError.unknownSolveJob(id) }
            try Self.leases.requireHeld(row, by: instance)
            row.leaseExpiresAt = until
            try await row.update(on: transaction)
            return try await Self.checkRoundTrip(row, holding: try SolveJobRecord(row), on: transaction)
        }
    }

    /// Gives back the lease of a job `instance` is running because the instance is stopping: the
    /// job is queued again for another instance (or this one when it starts again).
    public func releaseLease(id: UUID, instance: String, at date: Date = Date()) async throws {
        try await Self.leases.release(id: id, by: instance, now: StoredValue.moment(date), on: database,
                                      unknown: StorageError.unknownSolveJob)
    }

    /// The instance name a caller that does not say gets (tests, a lone SQLite service).
    public static let localInstance = "local"
    /// Seconds a claim holds unless renewed (`amhp serve --job-lease`).
    public static let defaultLease: TimeInterval = 60
    static let leases = JobLeases<StoredSolveJob>(kind: "solve")

    /// Records the latest progress line of a running job and, when given, the progress in figures
    /// it came from (kept until the next report brings another).
    @discardableResult
    public func reportProgress(id: UUID, progress: String, detail: RotaProgress? = nil,
                               instance: String? = nil) async throws -> SolveJobRecord {
        let stored = detail?.jsonLine
        return try await change(id, to: .running, heldBy: instance) { row in
            row.progress = progress
            if let stored { row.progressDetail = stored }
        }
    }

    /// Marks a running job done with the draft rota it saved; logged as `solve.done`. Given the
    /// worker's `instance`, only while it still holds the job's lease (else `StorageError.jobLeaseLost`).
    @discardableResult
    public func finish(id: UUID, rotaID: UUID, instance: String? = nil, at date: Date = Date()) async throws -> SolveJobRecord {
        let date = StoredValue.moment(date)
        return try await change(id, to: .done, heldBy: instance, audit: ("service", date, ["rota_id": rotaID.uuidString])) {
            ($0.rotaID, $0.finishedAt) = (rotaID, date)
        }
    }

    /// Marks a job failed with the reason; logged as `solve.failed`. Given the worker's
    /// `instance`, only while it still holds the job's lease.
    @discardableResult
    public func fail(id: UUID, error: String, instance: String? = nil, at date: Date = Date()) async throws -> SolveJobRecord {
        let date = StoredValue.moment(date)
        return try await change(id, to: .failed, heldBy: instance, audit: ("service", date, ["error": error])) { ($0.error, $0.finishedAt) = (error, date) }
    }

    /// Cancels a queued or running job; logged as `solve.cancelled`.
    @discardableResult
    public func cancel(id: UUID, by actor: String, at date: Date = Date()) async throws -> SolveJobRecord {
        let date = StoredValue.moment(date)
        return try await change(id, to: .cancelled, audit: (actor, date, [:])) { $0.finishedAt = date }
    }

    /// The job with this id, if any.
    public func job(id: UUID) async throws -> SolveJobRecord? {
        try await StoredSolveJob.find(id, on: database).map(SolveJobRecord.init)
    }

    /// Jobs newest first, all or for one month, at most `limit`.
    public func jobs(month: Month? = nil, limit: Int = 50) async throws -> [SolveJobRecord] {
        var query = StoredSolveJob.query(on: database)
        if let month { query = query.filter(\.$month == month.description) }
        return try await query.sort(\.$requestedAt, .descending).limit(limit).all().map(SolveJobRecord.init)
    }

    /// Queued and running jobs, oldest first: what a restarted service must resume or fail.
    public func unfinished() async throws -> [SolveJobRecord] {
        try await StoredSolveJob.query(on: database)
            .filter(\.$status ~~ [SolveJobStatus.queued.rawValue, SolveJobStatus.running.rawValue])
            .sort(\.$requestedAt).all().map(SolveJobRecord.init)
    }

    private func change(_ id: UUID, to status: SolveJobStatus, heldBy instance: String? = nil,
                        audit: (actor: String, at: Date, detail: [String: String])? = nil,
                        _ edit: @escaping @Sendable (StoredSolveJob) -> Void) async throws -> SolveJobRecord {
        try await StorageTransaction.write(on: database) { transaction in
            try await Self.leases.lock(id, on: transaction)
            guard let row = try await StoredSolveJob.find(id, on: transaction) else { throw StorageError.unknownSolveJob(id) }
            if let instance { try Self.leases.requireHeld(row, by: instance) }
            let record = try await Self.move(row, to: status, on: transaction, edit)
            if let audit {
                try await AuditLogRepository.append(on: transaction, actor: audit.actor, action: "solve.\(status.rawValue)",
                                                    subject: "solve:\(id)", at: audit.at, detail: audit.detail)
            }
            return record
        }
    }

    private static func move(_ row: StoredSolveJob, to status: SolveJobStatus, on database: any Database,
                             _ edit: (StoredSolveJob) -> Void) async throws -> SolveJobRecord {
        let current = try StoredValue.choice(row.status, as: SolveJobStatus.self, table: StoredSolveJob.schema, field: "status")
        guard current.canBecome(status) else {
            throw StorageError.invalidJobTransition(id: try row.requireID(), from: current, to: status)
        }
        row.status = status.rawValue
        // An ended job holds no lease, so its expiry never re-queues it.
        if status.isFinished { row.leaseExpiresAt = nil }
        edit(row)
        try await row.update(on: database)
        return try await checkRoundTrip(row, holding: try SolveJobRecord(row), on: database)
    }

    /// Reads the job's row back and checks that it holds what was written (`RoundTrip`): the
    /// parameters, progress and error come from outside (a request, the solver's output).
    private static func checkRoundTrip(_ row: StoredSolveJob, holding record: SolveJobRecord,
                                       on transaction: any Database) async throws -> SolveJobRecord {
        let readBack = try await RoundTrip.readBack(row, on: transaction)
        try RoundTrip.rebuild(record, table: StoredSolveJob.schema) { try SolveJobRecord(readBack) }
        return record
    }
}

/// What queueing a solve gave: a new job, or the identical one already queued (`isShared`).
public struct SolveJobEnqueued: Sendable {
    public let job: SolveJobRecord
    public let isShared: Bool
}
