import FluentKit
import Foundation
import Storage
import Vapor
import Workforce

/// A manager's approval: in one write transaction the request is re-read (still accepted), the
/// month's published rota re-read (still holding both shifts), the checker run on it with the
/// exchange made, the next version (kind `swap`) published, with its TOIL and e-mail as any other
/// version, and the request marked approved with that version. Nothing is written otherwise.
///
/// - A hard rule the exchange breaks refuses the approval (422, naming each rule) unless the
///   manager ticks `override`; an approval that overrides is audited with the rules it broke.
/// - A rota that no longer holds the shifts expires the request: 409, ask again.
enum SwapApproval {
    enum Outcome: Sendable {
        case approved(SwapRecord, RotaRecord)
        case stale(String)
        case breaksHardRules(SwapFindings)
    }

    static func approve(_ id: UUID, note: String?, override: Bool, request: Request, user: CurrentUser) async throws -> (SwapRecord, RotaRecord) {
        _ = try await SwapDesk.load(id, request: request, user: user)
        return try await approve(id, note: note, override: override, by: user.username, on: request.db,
                                 mailer: request.application.changeMailer, logger: request.logger)
    }

    /// The approval on `database`, for the service and for `amhp swaps approve`.
    static func approve(_ id: UUID, note: String?, override: Bool, by actor: String, on database: any Database,
                        mailer: any ChangeMailer, logger: Logger) async throws -> (SwapRecord, RotaRecord) {
        let swaps = SwapRepository(database: database)
        guard let swap = try await swaps.swap(id: id) else { throw SwapError.unknownSwap(id).abort }
        guard swap.status == .accepted else { throw SwapError.wrongStatus(id: id, status: swap.status, wanted: .approved).abort }
        let note = try SwapDesk.noteText(note, required: false)
        let outcome = try await SwapDesk.guarded {
            try await WriteTransaction.run(on: database) { transaction -> Outcome in
                try await Self.approve(id, note: note, override: override, actor: actor, on: transaction, mailer: mailer, logger: logger)
            }
        }
        switch outcome {
        case .approved(let swap, let version):
            return (swap, version)
        case .stale(let reason):
            _ = try? await swaps.expire(id: id, reason: reason, by: actor)
            throw ServiceRefusal(.conflict, field: "swapID", reason)
        case .breaksHardRules(let findings):
            throw InputFailure("The swap breaks \(findings.hard.count) hard rule(s); it was not approved. Fix: decline it, or tick override to approve it anyway (audited).",
                               problems: [Problem(field: "override", message: "is not ticked, and the exchange breaks a hard rule.")]
                                   + findings.hard.map { Problem(field: $0.rule, message: $0.message) })
        }
    }

    private static func approve(_ id: UUID, note: String, override: Bool, actor: String, on transaction: any Database,
                                mailer: any ChangeMailer, logger: Logger) async throws -> Outcome {
        let swaps = SwapRepository(database: transaction), rotas = RotaRepository(database: transaction)
        guard let swap = try await swaps.swap(id: id) else { throw SwapError.unknownSwap(id) }
        guard swap.status == .accepted else { throw SwapError.wrongStatus(id: id, status: swap.status, wanted: .approved) }
        guard let published = try await rotas.published(month: swap.month) else {
            return .stale("\(PageText.monthName(swap.month)) has no published rota any more. Fix: ask again once it is published.")
        }
        let hub = try await ChainedHub.hub(try await HubRepository(database: transaction).require(), for: swap.month, rotas: rotas)
        let findings = SwapCheck.findings(of: swap, published: published, hub: hub)
        if let stale = findings.stale { return .stale(stale) }
        if findings.breaksHardRules && !override { return .breaksHardRules(findings) }
        guard let assignments = SwapExchange.assignments(after: swap, in: published.rota) else {
            return .stale("The swap has no colleague to exchange with. Fix: ask again.")
        }
        let publisher = NotifyingRotaPublishing(base: FluentRotaPublishing(database: transaction), rotas: rotas,
                                                users: UserRepository(database: transaction), mailer: mailer, logger: logger)
        let version = try await publisher.publishVersion(month: swap.month, assignments: assignments, kind: .swap,
                                                         reason: SwapExchange.reason(of: swap, hub: hub), hub: hub, by: actor)
        let approved = try await swaps.approve(id: id, versionID: version.id, note: note, overriding: findings.hard.map(\.rule), by: actor)
        return .approved(approved, version)
    }
}
