import Foundation
import Storage
import Vapor
import Workforce

/// An AMHP's own page, built from the same functions the API's "my" routes use.
enum MyPages {
    static func register(on app: Application) {
        app.get("my", use: my)
    }

    @Sendable static func my(_ request: Request) async throws -> View {
        let user = try request.requireUser([.amhp])
        guard let amhpID = user.account.amhpID else {
            throw Abort(.forbidden, reason: "Your account is not linked to an AMHP; ask a manager to add it again with --amhp-id.")
        }
        let month = try shownMonth(request.query[String.self, at: "month"]) ?? ServiceClock.thisMonth
        let stores = request.stores
        // Looking is what marks the changes seen: the page shows them as new this once. The moment is
        // taken before they are read, so a version published meanwhile stays new; and nothing is
        // written when nothing was new.
        let lookedAt = Date()
        var view = try await MyPageView.load(stores, amhpID: amhpID, month: month, changesSeenAt: user.account.changesSeenAt)
        view.swaps = try await MySwapsView.load(request, amhpID: amhpID, month: month)
        if !view.changes.new.isEmpty { try await stores.users.markChangesSeen(username: user.username, at: lookedAt) }
        return try await request.page("my", title: "My rota", user: user, view)
    }

    /// The month from the query, nil when not given.
    static func shownMonth(_ text: String?) throws -> Month? {
        guard let text, !text.isEmpty else { return nil }
        guard let month = Month(text) else {
            throw Abort(.badRequest, reason: "\"\(text)\" is not a month; write it as YYYY-MM, such as 2026-12.")
        }
        return month
    }
}

extension MyPageView {
    /// The AMHP's page for a month: their rota for it and the next, TOIL, leave, requests, and the
    /// changes to their shifts, new when published after `changesSeenAt`.
    static func load(_ stores: ServiceStores, amhpID: String, month: Month, changesSeenAt: Date?) async throws -> MyPageView {
        let book = try await TOILBook.load(stores, amhpID: amhpID)
        let hub = book.hub
        guard let amhp = hub.amhp(amhpID) else {
            throw Abort(.notFound, reason: "Your AMHP id, \(amhpID), is no longer in the hub; ask a manager.")
        }
        // The month asked for and the one after: staff plan a month ahead.
        var rotas: [MyRotaDTO] = []
        for shown in [month, month.next] {
            rotas.append(try await MyAPI.myRota(stores.rotas, hub: hub, amhpID: amhpID, month: shown))
        }
        let leave = hub.leaveWithIDs
            .filter { $0.absence.amhpID == amhpID && $0.absence.dates.last >= month.firstDay }
            .map { LeaveDTO(id: $0.id, $0.absence) }
        let requests = hub.requestsWithIDs
            .filter { $0.request.amhpID == amhpID }
            .map { RequestDTO(id: $0.id, $0.request) }
        var view = MyPageView(amhp: amhp, month: month, rotas: rotas, hub: hub, balance: book.balance(of: amhpID, asOf: ServiceClock.today),
                              leave: leave, requests: requests)
        view.changes = MyChangesView(try await ShiftNotices.load(stores.rotas, amhpID: amhpID, hub: hub), seenAt: changesSeenAt, hub: hub)
        view.requestPanel = try await MyRequestsPanel.load(stores, hub: hub, amhpID: amhpID)
        return view
    }
}
