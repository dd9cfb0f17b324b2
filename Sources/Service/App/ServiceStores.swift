import FluentKit
import Foundation
import Storage
import Vapor
import Workforce

// What the handlers need of storage, each named for what it does. The Fluent repositories in
// Storage conform (below); the tests give in-memory ones (Tests/ServiceTests/InMemoryStores.swift).
// Every write still goes through the repository's own transaction, read back before it commits.

/// The hub: read whole, or changed in one transaction with an audit entry.
protocol HubStore: Sendable {
    /// The stored hub; `StorageError.noHub` when none has been imported.
    func require() async throws -> Hub
    /// The stored hub's revision, new with every change (`HubRepository.revision`); nil when the
    /// store keeps none, and then nothing made from the hub is cached (`RotaDetailCache`).
    func revision() async throws -> UUID?
    /// Applies `change` to the hub as it stands, stores the result and logs it as `action`.
    @discardableResult
    func update(by actor: String, action: String, subject: String, detail: [String: String], at date: Date,
                _ change: @escaping @Sendable (Hub) throws -> Hub) async throws -> Hub
}

extension HubStore {
    func revision() async throws -> UUID? { nil }

    @discardableResult
    func update(by actor: String, action: String, subject: String, detail: [String: String],
                _ change: @escaping @Sendable (Hub) throws -> Hub) async throws -> Hub {
        try await update(by: actor, action: action, subject: subject, detail: detail, at: Date(), change)
    }
}

/// The append-only TOIL ledger.
protocol TOILLedgerStore: Sendable {
    /// The ledger, every entry re-checked; `hubAMHPIDs` are the hub's AMHPs.
    func ledger(hubAMHPIDs: Set<String>?) async throws -> TOILLedger
    /// Appends the entries `makeEntries` builds from the ledger as it stands, all or none.
    @discardableResult
    func append(hubAMHPIDs: Set<String>?, at date: Date,
                _ makeEntries: @escaping @Sendable (_ ledger: TOILLedger, _ nextPosition: Int) throws -> [TOILEntry]
    ) async throws -> (records: [LedgerRecord], ledger: TOILLedger)
    /// The entries of the AMHPs `scope` concerns only: enough for their balances and history.
    func ledger(concerning scope: TOILLedgerScope, hubAMHPIDs: Set<String>?) async throws -> TOILLedger
    /// Appends as `append(hubAMHPIDs:at:_:)`, checked against the entries of the AMHPs `scope` concerns.
    @discardableResult
    func append(concerning scope: TOILLedgerScope, hubAMHPIDs: Set<String>?, at date: Date,
                _ makeEntries: @escaping @Sendable (_ ledger: TOILLedger, _ nextPosition: Int) throws -> [TOILEntry]
    ) async throws -> (records: [LedgerRecord], ledger: TOILLedger)
    /// The running totals by AMHP and month (`toil_totals`).
    func totals() async throws -> TOILTotals
    /// One AMHP's running totals by month.
    func totals(of amhpID: String) async throws -> TOILTotals
}

extension TOILLedgerStore {
    // A store without running totals or an index by AMHP answers from the whole ledger: the same figures.
    func ledger(concerning scope: TOILLedgerScope, hubAMHPIDs: Set<String>?) async throws -> TOILLedger {
        try await ledger(hubAMHPIDs: hubAMHPIDs)
    }

    @discardableResult
    func append(concerning scope: TOILLedgerScope, hubAMHPIDs: Set<String>?, at date: Date,
                _ makeEntries: @escaping @Sendable (_ ledger: TOILLedger, _ nextPosition: Int) throws -> [TOILEntry]
    ) async throws -> (records: [LedgerRecord], ledger: TOILLedger) {
        try await append(hubAMHPIDs: hubAMHPIDs, at: date, makeEntries)
    }

    func totals() async throws -> TOILTotals {
        TOILTotals.replay(try await ledger(hubAMHPIDs: nil))
    }

    func totals(of amhpID: String) async throws -> TOILTotals {
        TOILTotals.replay(try await ledger(concerning: TOILLedgerScope(amhpIDs: [amhpID]), hubAMHPIDs: nil))
    }

    @discardableResult
    func append(hubAMHPIDs: Set<String>?,
                _ makeEntries: @escaping @Sendable (_ ledger: TOILLedger, _ nextPosition: Int) throws -> [TOILEntry]
    ) async throws -> (records: [LedgerRecord], ledger: TOILLedger) {
        try await append(hubAMHPIDs: hubAMHPIDs, at: Date(), makeEntries)
    }
}

/// The service's users.
protocol UserStore: Sendable {
    func users() async throws -> [UserAccount]
    /// Adds a user, logged as `user.create`.
    @discardableResult
    func create(username: String, displayName: String, password: String, role: UserRole, amhpID: String?,
                by actor: String, at date: Date) async throws -> UserAccount
    /// The user, when the password is theirs; nil for an unknown user or a wrong password.
    func verify(username: String, password: String) async throws -> UserAccount?
    /// Sets or clears the address changes to the user's shifts are mailed to, logged as `user.email`.
    func changeEmail(username: String, to email: String?, by actor: String, at date: Date) async throws
    /// Records when the user last looked at the changes to their shifts.
    func markChangesSeen(username: String, at date: Date) async throws
    /// Gives a user another role (and AMHP id for role amhp), logged as `user.role`.
    func changeRole(username: String, to role: UserRole, amhpID: String?, by actor: String, at date: Date) async throws
    /// Sets a temporary password and ends the user's sign-ins, logged as `user.password_reset`.
    func resetPassword(username: String, to password: String, by actor: String, at date: Date) async throws
    /// Disables (ending every session) or enables a user, logged as `user.disable` or `user.enable`.
    func setEnabled(username: String, enabled: Bool, by actor: String, at date: Date) async throws
}

/// The append-only audit log, for what the service records beyond the repositories' own writes.
protocol AuditLog: Sendable {
    @discardableResult
    func record(actor: String, action: String, subject: String, detailJSON: String, at date: Date) async throws -> AuditEvent
    func events(subject: String?, actor: String?, before: Int?, limit: Int) async throws -> [AuditEvent]
}

extension AuditLog {
    @discardableResult
    func record(actor: String, action: String, subject: String, detailJSON: String) async throws -> AuditEvent {
        try await record(actor: actor, action: action, subject: subject, detailJSON: detailJSON, at: Date())
    }
}

/// Saved rotas: read, a draft edited or deleted, a month's versions listed. Publishing (a draft,
/// or a new version) is `RotaPublishing`'s, since it writes the TOIL ledger in the same transaction.
protocol RotaStore: Sendable {
    func rota(id: UUID) async throws -> SavedRota?
    func rotas(month: Month?) async throws -> [RotaRecord]
    /// Every rota's id, month and status, newest first (`RotaRepository` reads only those columns).
    func headers() async throws -> [RotaHeader]
    func published(month: Month) async throws -> SavedRota?
    /// One AMHP's shifts in the month's published rota (`RotaRepository` reads only theirs).
    func publishedShifts(month: Month, amhpID: String) async throws -> PublishedShifts?
    /// The month's published and superseded versions, version 1 first.
    func versions(month: Month) async throws -> [RotaRecord]
    /// The month's next published version: its published rota with `assignments` instead (no TOIL).
    @discardableResult
    func publishVersion(month: Month, assignments: [Assignment], kind: RotaChangeKind, reason: String, by actor: String,
                        at date: Date) async throws -> RotaRecord
    @discardableResult
    func updateDraft(id: UUID, assignments: [Assignment], report: String?, by actor: String, at date: Date) async throws -> RotaRecord
    func deleteDraft(id: UUID, by actor: String, at date: Date) async throws
    /// The rota's pinned cells (`RotaRepository+Pins`).
    func pins(rotaID: UUID) async throws -> [Pin]
    /// Pins a cell of a draft, with the draft's assignments replaced when given; returns its pins.
    @discardableResult
    func pin(rotaID: UUID, _ pin: Pin, assignments: [Assignment]?, by actor: String, at date: Date) async throws -> [Pin]
    /// Unpins a cell of a draft (nothing when it has no pin); returns its pins.
    @discardableResult
    func unpin(rotaID: UUID, amhpID: String, date day: LocalDate, by actor: String, at date: Date) async throws -> [Pin]
}

extension RotaStore {
    func headers() async throws -> [RotaHeader] {
        try await rotas(month: nil).map(\.header)
    }

    func publishedShifts(month: Month, amhpID: String) async throws -> PublishedShifts? {
        try await published(month: month).map { saved in
            PublishedShifts(rotaID: saved.record.id, month: month, assignments: saved.rota.assignments.filter { $0.amhpID == amhpID })
        }
    }

    @discardableResult
    func updateDraft(id: UUID, assignments: [Assignment], by actor: String) async throws -> RotaRecord {
        try await updateDraft(id: id, assignments: assignments, report: nil, by: actor, at: Date())
    }

    func deleteDraft(id: UUID, by actor: String) async throws {
        try await deleteDraft(id: id, by: actor, at: Date())
    }
}

/// Publishes a draft, or a new version of a published month, entering the TOIL it plans back in the ledger.
protocol RotaPublishing: Sendable {
    func publish(_ saved: SavedRota, hub: Hub, by actor: String) async throws -> RotaRecord
    /// The month's next version with `assignments`, without the hard-rule gate: it records what has
    /// happened (an absence), which the manager then puts right.
    func publishVersion(month: Month, assignments: [Assignment], kind: RotaChangeKind, reason: String, hub: Hub,
                        by actor: String) async throws -> RotaRecord
}

/// Sign-in sessions and calendar links.
protocol SessionStore: Sendable {
    func start(for user: UserAccount, kind: SessionKind, lifetime: TimeInterval?, at date: Date) async throws -> String
    func user(for token: String, kind: SessionKind, at date: Date) async throws -> UserAccount?
    func end(token: String, by actor: String, at date: Date) async throws
}

extension SessionStore {
    func start(for user: UserAccount, kind: SessionKind, lifetime: TimeInterval? = nil) async throws -> String {
        try await start(for: user, kind: kind, lifetime: lifetime, at: Date())
    }

    func user(for token: String, kind: SessionKind) async throws -> UserAccount? {
        try await user(for: token, kind: kind, at: Date())
    }

    func end(token: String, by actor: String) async throws {
        try await end(token: token, by: actor, at: Date())
    }
}

/// The wrong-password counts every sign-in is checked against.
protocol SignInThrottle: Sendable {
    func wait(for keys: [SignInThrottleRepository.Key], window: TimeInterval, now: Date) async throws -> TimeInterval?
    func recordFailure(for keys: [SignInThrottleRepository.Key], window: TimeInterval, now: Date) async throws
    func clear(_ key: SignInThrottleRepository.Key) async throws
}

extension SignInThrottle {
    func wait(for keys: [SignInThrottleRepository.Key], window: TimeInterval) async throws -> TimeInterval? {
        try await wait(for: keys, window: window, now: Date())
    }

    func recordFailure(for keys: [SignInThrottleRepository.Key], window: TimeInterval) async throws {
        try await recordFailure(for: keys, window: window, now: Date())
    }
}

/// The solve jobs the rota list shows.
protocol SolveJobList: Sendable {
    func jobs(month: Month?, limit: Int) async throws -> [SolveJobRecord]
}

extension HubRepository: HubStore {}
extension TOILLedgerRepository: TOILLedgerStore {}
extension AuditLogRepository: AuditLog {}
extension RotaRepository: RotaStore {}
extension SessionRepository: SessionStore {}
extension SignInThrottleRepository: SignInThrottle {}
extension SolveJobRepository: SolveJobList {}

extension UserRepository: UserStore {}

/// `RotaPublisher` on the request's database: the rota and the ledger in one transaction.
struct FluentRotaPublishing: RotaPublishing {
    let database: any Database

    func publish(_ saved: SavedRota, hub: Hub, by actor: String) async throws -> RotaRecord {
        try await RotaPublisher(hub: hub, database: database).publish(saved, by: actor)
    }

    func publishVersion(month: Month, assignments: [Assignment], kind: RotaChangeKind, reason: String, hub: Hub,
                        by actor: String) async throws -> RotaRecord {
        try await RotaPublisher(hub: hub, database: database)
            .publishVersion(month: month, assignments: assignments, kind: kind, reason: reason, by: actor)
    }
}

/// Everything a handler reaches storage through, for one request.
struct ServiceStores: Sendable {
    var hub: any HubStore
    var toil: any TOILLedgerStore
    var users: any UserStore
    var audit: any AuditLog
    var rotas: any RotaStore
    var publisher: any RotaPublishing
    var sessions: any SessionStore
    var signInThrottle: any SignInThrottle
    var solveJobs: any SolveJobList
    /// AMHPs' leave requests (`LeaveRequestStore.swift`).
    var leaveRequests: any LeaveRequestStore = NoLeaveRequestStore()
    /// Published rotas' details as last computed in this process; nil: computed on every read.
    var rotaDetails: BoundedCache<RotaDetailCache.Entry>?
    /// The rota page's rendered grids (`RotaGridFragments`); nil keeps none.
    var rotaGrids: BoundedCache<String>?

    /// The Fluent repositories on `database`; each version published is mailed through `mailer`.
    /// With `caches`, what they keep is reused while the database says it still holds (`ProcessCaches`).
    static func fluent(_ database: any Database, passwordCost: Int, mailer: any ChangeMailer = NoMailer(),
                       logger: Logger = Logger(label: "amhp.mail"), caches: ProcessCaches? = nil) -> ServiceStores {
        let users = UserRepository(database: database, passwordCost: passwordCost), rotas = RotaRepository(database: database)
        return ServiceStores(hub: HubRepository(database: database, cache: caches?.hub),
                             toil: TOILLedgerRepository(database: database, cache: caches?.toilLedger), users: users,
                             audit: AuditLogRepository(database: database), rotas: rotas,
                             publisher: NotifyingRotaPublishing(base: FluentRotaPublishing(database: database), rotas: rotas,
                                                                users: users, mailer: mailer, logger: logger),
                             sessions: SessionRepository(database: database),
                             signInThrottle: SignInThrottleRepository(database: database),
                             solveJobs: SolveJobRepository(database: database),
                             leaveRequests: LeaveRequestRepository(database: database), rotaDetails: caches?.rotaDetails,
                             rotaGrids: caches?.rotaGrids)
    }
}

/// What one service process keeps between requests, each kept thing checked against the database on
/// every use (a revision, a key of the facts it depends on, or a last position), so that several
/// instances sharing one database never answer from something another has changed.
struct ProcessCaches: Sendable {
    /// The hub, rebuilding which from its rows was most of many requests' time.
    let hub = HubCache()
    let rotaDetails = RotaDetailCache.make()
    let rotaGrids = RotaGridFragments.make()
    /// Each AMHP's decoded TOIL rows, so a balance or an append does not read their whole history.
    let toilLedger = TOILLedgerCache()
}

/// What the service is built on, set once at boot: how each request reaches its stores.
struct ServiceDependencies: Sendable {
    let stores: @Sendable (Request) -> ServiceStores

    /// The database the service was configured with, through the Fluent repositories, with `caches`
    /// for every request of the process.
    static func fluent(passwordCost: Int, caches: ProcessCaches) -> ServiceDependencies {
        ServiceDependencies { request in
            .fluent(request.db, passwordCost: passwordCost, mailer: request.application.changeMailer, logger: request.logger,
                    caches: caches)
        }
    }

    /// The same stores for every request (tests: in-memory fakes, no database).
    static func fixed(_ stores: ServiceStores) -> ServiceDependencies {
        ServiceDependencies { _ in stores }
    }
}

extension ServiceDependencies: StorageKey {
    typealias Value = ServiceDependencies
}

extension Application {
    /// How requests reach storage, set by `PlannerService.configure` (or a test).
    var dependencies: ServiceDependencies {
        get { configured(ServiceDependencies.self, "the dependencies") }
        set { storage[ServiceDependencies.self] = newValue }
    }
}

extension Request {
    /// The stores this request's handlers read and write through.
    var stores: ServiceStores { application.dependencies.stores(self) }
}
