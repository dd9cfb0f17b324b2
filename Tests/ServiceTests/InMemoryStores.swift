import Foundation
import NIOCore
@testable import Service
import Storage
import Vapor
import VaporTesting
import Workforce

// In-memory stand-ins for the Fluent repositories, for tests of the handlers that need no
// database. They keep the rules the handlers rely on (a change applied to the hub as it stands,
// entries checked by `TOILLedger.append`, every write logged) but none of the database's.

actor InMemoryAuditLog: AuditLog {
    private(set) var all: [AuditEvent] = []

    @discardableResult
    func record(actor: String, action: String, subject: String, detailJSON: String, at date: Date) -> AuditEvent {
        let event = AuditEvent(id: all.count + 1, at: date, actor: actor, action: action, subject: subject, detail: detailJSON)
        all.append(event)
        return event
    }

    func record(actor: String, action: String, subject: String, detail: [String: String]) {
        let json = (try? JSONSerialization.data(withJSONObject: detail, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) }
        record(actor: actor, action: action, subject: subject, detailJSON: json ?? "{}", at: Date())
    }

    func events(subject: String?, actor: String?, before: Int?, limit: Int) -> [AuditEvent] {
        Array(all.reversed().filter { event in
            (subject.map { event.subject == $0 } ?? true) && (actor.map { event.actor == $0 } ?? true) && (before.map { event.id < $0 } ?? true)
        }.prefix(limit))
    }

    var actions: [String] { all.map(\.action) }
}

actor InMemoryHubStore: HubStore {
    private var hub: Hub?
    let audit: InMemoryAuditLog

    init(_ hub: Hub?, audit: InMemoryAuditLog) {
        self.hub = hub
        self.audit = audit
    }

    func require() throws -> Hub {
        guard let hub else { throw StorageError.noHub }
        return hub
    }

    @discardableResult
    func update(by actor: String, action: String, subject: String, detail: [String: String], at date: Date,
                _ change: @escaping @Sendable (Hub) throws -> Hub) async throws -> Hub {
        let changed = try change(try require())
        hub = changed
        await audit.record(actor: actor, action: action, subject: subject, detail: detail)
        return changed
    }
}

actor InMemoryTOILLedger: TOILLedgerStore {
    private var entries: [TOILEntry] = []
    let audit: InMemoryAuditLog

    init(audit: InMemoryAuditLog) {
        self.audit = audit
    }

    func ledger(hubAMHPIDs: Set<String>?) throws -> TOILLedger {
        try TOILLedger(entries: entries, amhpIDs: hubAMHPIDs.map { $0.union(entries.map(\.amhpID)) })
    }

    @discardableResult
    func append(hubAMHPIDs: Set<String>?, at date: Date,
                _ makeEntries: @escaping @Sendable (TOILLedger, Int) throws -> [TOILEntry]
    ) async throws -> (records: [LedgerRecord], ledger: TOILLedger) {
        var ledger = try ledger(hubAMHPIDs: hubAMHPIDs)
        let position = entries.count
        let new = try makeEntries(ledger, position)
        for entry in new { try ledger.append(entry) }
        entries += new
        for entry in new {
            await audit.record(actor: entry.recordedBy, action: "toil.append", subject: "toil:\(entry.id)", detail: ["amhp_id": entry.amhpID])
        }
        return (new.enumerated().map { LedgerRecord(entry: $1, position: position + $0, recordedAt: date) }, ledger)
    }
}

/// Users with their passwords in the clear: a fake, never a store.
actor InMemoryUserStore: UserStore {
    private var accounts: [String: (account: UserAccount, password: String)] = [:]
    let audit: InMemoryAuditLog

    init(audit: InMemoryAuditLog) {
        self.audit = audit
    }

    func users() -> [UserAccount] {
        accounts.values.map(\.account).sorted { $0.username < $1.username }
    }

    @discardableResult
    func create(username: String, displayName: String, password: String, role: UserRole, amhpID: String?,
                by actor: String, at date: Date) async throws -> UserAccount {
        guard accounts[username] == nil else { throw StorageError.duplicateUsername(username) }
        let account = UserAccount(id: UUID(), username: username, displayName: displayName, role: role, amhpID: amhpID, createdAt: date)
        accounts[username] = (account, password)
        await audit.record(actor: actor, action: "user.create", subject: "user:\(username)", detail: ["role": role.rawValue])
        return account
    }

    func verify(username: String, password: String) -> UserAccount? {
        guard let stored = accounts[username], stored.password == password, stored.account.isEnabled else { return nil }
        return stored.account
    }

    func changeEmail(username: String, to email: String?, by actor: String, at date: Date) async throws {
        guard let stored = accounts[username] else { throw StorageError.unknownUser(username) }
        if let email, let problem = EmailAddress.problem(with: email) { throw StorageError.invalidUser(field: "email", problem: problem) }
        accounts[username] = (Self.account(stored.account, email: email, seen: stored.account.changesSeenAt), stored.password)
    }

    func markChangesSeen(username: String, at date: Date) async throws {
        guard let stored = accounts[username] else { throw StorageError.unknownUser(username) }
        accounts[username] = (Self.account(stored.account, email: stored.account.email, seen: date), stored.password)
    }

    func changeRole(username: String, to role: UserRole, amhpID: String?, by actor: String, at date: Date) async throws {
        guard let stored = accounts[username] else { throw StorageError.unknownUser(username) }
        let old = stored.account
        accounts[username] = (UserAccount(id: old.id, username: old.username, displayName: old.displayName, role: role, amhpID: amhpID,
                                          createdAt: old.createdAt, email: old.email, changesSeenAt: old.changesSeenAt,
                                          disabledAt: old.disabledAt), stored.password)
    }

    func resetPassword(username: String, to password: String, by actor: String, at date: Date) async throws {
        guard let stored = accounts[username] else { throw StorageError.unknownUser(username) }
        accounts[username] = (stored.account, password)
    }

    func setEnabled(username: String, enabled: Bool, by actor: String, at date: Date) async throws {
        guard let stored = accounts[username] else { throw StorageError.unknownUser(username) }
        let old = stored.account
        accounts[username] = (UserAccount(id: old.id, username: old.username, displayName: old.displayName, role: old.role,
                                          amhpID: old.amhpID, createdAt: old.createdAt, email: old.email,
                                          changesSeenAt: old.changesSeenAt, disabledAt: enabled ? nil : date), stored.password)
    }

    private static func account(_ account: UserAccount, email: String?, seen: Date?) -> UserAccount {
        UserAccount(id: account.id, username: account.username, displayName: account.displayName, role: account.role,
                    amhpID: account.amhpID, createdAt: account.createdAt, email: email, changesSeenAt: seen)
    }
}

actor InMemorySessionStore: SessionStore {
    private var sessions: [String: (account: UserAccount, kind: SessionKind)] = [:]

    func start(for user: UserAccount, kind: SessionKind, lifetime: TimeInterval?, at date: Date) -> String {
        let token = UUID().uuidString
        sessions[token] = (user, kind)
        return token
    }

    func user(for token: String, kind: SessionKind, at date: Date) -> UserAccount? {
        guard let session = sessions[token], session.kind == kind else { return nil }
        return session.account
    }

    func end(token: String, by actor: String, at date: Date) {
        sessions[token] = nil
    }
}

actor InMemoryRotaStore: RotaStore {
    private var saved: [UUID: SavedRota] = [:]

    func rota(id: UUID) -> SavedRota? { saved[id] }

    func rotas(month: Month?) -> [RotaRecord] {
        saved.values.map(\.record).filter { month == nil || $0.month == month }.sorted { $0.createdAt > $1.createdAt }
    }

    func published(month: Month) -> SavedRota? {
        saved.values.first { $0.record.month == month && $0.record.status == .published }
    }

    @discardableResult
    func updateDraft(id: UUID, assignments: [Assignment], report: String?, by actor: String, at date: Date) throws -> RotaRecord {
        guard let rota = saved[id] else { throw StorageError.unknownRota(id) }
        saved[id] = SavedRota(record: rota.record, rota: Rota(month: rota.record.month, assignments: assignments))
        return rota.record
    }

    func deleteDraft(id: UUID, by actor: String, at date: Date) throws {
        guard saved.removeValue(forKey: id) != nil else { throw StorageError.unknownRota(id) }
    }

    func versions(month: Month) -> [RotaRecord] {
        saved.values.map(\.record).filter { $0.month == month && $0.version != nil }.sorted { ($0.version ?? 0) < ($1.version ?? 0) }
    }

    @discardableResult
    func publishVersion(month: Month, assignments: [Assignment], kind: RotaChangeKind, reason: String, by actor: String,
                        at date: Date) throws -> RotaRecord {
        guard let current = published(month: month) else { throw StorageError.noPublishedRota(month) }
        let old = current.record, next = versions(month: month).compactMap(\.version).max().map { $0 + 1 } ?? 1
        saved[old.id] = SavedRota(record: RotaRecord(id: old.id, month: month, status: .superseded, createdBy: old.createdBy,
                                                     createdAt: old.createdAt, objective: old.objective, report: old.report,
                                                     publishedAt: old.publishedAt, publishedBy: old.publishedBy, version: old.version,
                                                     basedOn: old.basedOn, changeKind: old.changeKind, changeReason: old.changeReason),
                                  rota: current.rota)
        let record = RotaRecord(id: UUID(), month: month, status: .published, createdBy: actor, createdAt: date, objective: nil,
                                report: old.report, publishedAt: date, publishedBy: actor, version: next, basedOn: old.id,
                                changeKind: kind, changeReason: reason)
        saved[record.id] = SavedRota(record: record, rota: Rota(month: month, assignments: assignments))
        return record
    }

    private var pinned: [UUID: [Pin]] = [:]

    func pins(rotaID: UUID) -> [Pin] { pinned[rotaID] ?? [] }

    private func requireDraft(_ id: UUID) throws -> SavedRota {
        guard let rota = saved[id] else { throw StorageError.unknownRota(id) }
        guard rota.record.status == .draft else { throw StorageError.rotaNotDraft(id) }
        return rota
    }

    @discardableResult
    func pin(rotaID: UUID, _ pin: Pin, assignments: [Assignment]?, by actor: String, at date: Date) throws -> [Pin] {
        let rota = try requireDraft(rotaID)
        if let assignments { saved[rotaID] = SavedRota(record: rota.record, rota: Rota(month: rota.record.month, assignments: assignments)) }
        let others = pins(rotaID: rotaID).filter { !($0.amhpID == pin.amhpID && $0.date == pin.date) }
        pinned[rotaID] = (others + [pin]).sorted { ($0.date, $0.amhpID) < ($1.date, $1.amhpID) }
        return pins(rotaID: rotaID)
    }

    @discardableResult
    func unpin(rotaID: UUID, amhpID: String, date day: LocalDate, by actor: String, at date: Date) throws -> [Pin] {
        _ = try requireDraft(rotaID)
        pinned[rotaID] = pins(rotaID: rotaID).filter { !($0.amhpID == amhpID && $0.date == day) }
        return pins(rotaID: rotaID)
    }

    /// Puts a rota in the store as it is (a test's published rota, which publishing would not fake).
    func put(_ rota: SavedRota) {
        saved[rota.record.id] = rota
    }
}

/// Publishing needs the rota and the ledger in one database transaction: not faked.
struct UnavailablePublishing: RotaPublishing {
    func publish(_ saved: SavedRota, hub: Hub, by actor: String) async throws -> RotaRecord {
        throw Abort(.notImplemented, reason: "Publishing is not faked.")
    }

    func publishVersion(month: Month, assignments: [Assignment], kind: RotaChangeKind, reason: String, hub: Hub,
                        by actor: String) async throws -> RotaRecord {
        throw Abort(.notImplemented, reason: "Publishing is not faked.")
    }
}

struct NoSignInThrottle: SignInThrottle {
    func wait(for keys: [SignInThrottleRepository.Key], window: TimeInterval, now: Date) -> TimeInterval? { nil }
    func recordFailure(for keys: [SignInThrottleRepository.Key], window: TimeInterval, now: Date) {}
    func clear(_ key: SignInThrottleRepository.Key) {}
}

struct NoSolveJobs: SolveJobList {
    func jobs(month: Month?, limit: Int) -> [SolveJobRecord] { [] }
}

/// The service on in-memory stores (no database at all), with the demo hub and one user of each
/// role, driven through its HTTP interface in memory.
struct InMemoryService: Sendable {
    let app: Application
    let audit: InMemoryAuditLog
    let tokens: [String: String]

    static func with(_ body: (InMemoryService) async throws -> Void) async throws {
        let audit = InMemoryAuditLog()
        let users = InMemoryUserStore(audit: audit)
        let sessions = InMemorySessionStore()
        let stores = ServiceStores(
            hub: InMemoryHubStore(try HubLoader.load(folder: ServiceHarness.demoHub), audit: audit),
            toil: InMemoryTOILLedger(audit: audit), users: users, audit: audit, rotas: InMemoryRotaStore(),
            publisher: UnavailablePublishing(), sessions: sessions, signInThrottle: NoSignInThrottle(), solveJobs: NoSolveJobs())
        var tokens: [String: String] = [:]
        for (name, role, amhpID) in ServiceHarness.users {
            let account = try await users.create(username: name, displayName: name.capitalized, password: ServiceHarness.password,
                                                 role: role, amhpID: amhpID, by: "setup", at: Date())
            tokens[name] = try await sessions.start(for: account, kind: .browser)
        }
        let app = try await Application.make(.testing)
        do {
            // A database location is named but never opened: nothing here reaches for one.
            let configuration = ServiceConfiguration(
                database: .sqlite(path: "/nonexistent/never-opened.sqlite"), solverExecutable: ServiceHarness.executable,
                runsSolveJobs: false, passwordCost: 4)
            try PlannerService.configure(app, configuration, dependencies: .fixed(stores))
            try await body(InMemoryService(app: app, audit: audit, tokens: tokens))
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, as user: String?, json: Any? = nil) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let user { headers.bearerAuthorization = BearerAuthorization(token: tokens[user] ?? "unknown") }
        var body: ByteBuffer?
        if let json {
            headers.contentType = .json
            body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
        }
        return try await app.testing().sendRequest(method, path, headers: headers, body: body)
    }
}
