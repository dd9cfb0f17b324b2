import Foundation
import Storage
import Vapor
import Workforce

/// The swap pages: an AMHP's Swaps panel on /my (its forms post to /my/swaps) and the manager's
/// /swaps page, which lists swaps waiting for approval with the checker's findings. Forms go
/// through `SwapDesk` and `SwapApproval`, the API's own path; a refused form comes back as typed,
/// with the reasons, answered with the refusal's status.
enum SwapPages {
    static func register(on app: Application) {
        app.post("my", "swaps", use: create)
        app.post("my", "swaps", ":swapID", ":action", use: answer)
        app.get("swaps", use: page)
        app.post("swaps", ":swapID", ":action", use: decide)
    }

    // MARK: An AMHP on /my

    @Sendable static func create(_ request: Request) async throws -> Response {
        let user = try request.requireUser([.amhp])
        let fields = try request.content.decode(SwapFormFields.self)
        do {
            _ = try await SwapDesk.create(fields.newSwap, request: request, user: user)
            return request.redirect(to: "/my?month=\(fields.shownMonth)#swaps", redirectType: .normal)
        } catch {
            return try await renderMy(request, user: user, month: fields.shownMonth, form: fields.form, failure: error)
        }
    }

    /// Accept, decline or withdraw, from the panel's buttons.
    @Sendable static func answer(_ request: Request) async throws -> Response {
        let user = try request.requireUser([.amhp])
        let fields = try request.content.decode(SwapAnswerFields.self)
        do {
            let id = try SwapDesk.id(request)
            switch request.parameters.get("action") {
            case "accept": _ = try await SwapDesk.accept(id, request: request, user: user)
            case "decline": _ = try await SwapDesk.decline(id, note: fields.note, request: request, user: user)
            case "withdraw": _ = try await SwapDesk.withdraw(id, request: request, user: user)
            default: throw ServiceRefusal(.notFound, field: "action", "A swap is accepted, declined or withdrawn. Fix: use one of the panel's buttons.")
            }
            return request.redirect(to: "/my#swaps", redirectType: .normal)
        } catch {
            return try await renderMy(request, user: user, month: ServiceClock.thisMonth, form: nil, failure: error)
        }
    }

    /// /my with the panel's form put back as typed and the refusal's reasons, answered with its status.
    static func renderMy(_ request: Request, user: CurrentUser, month: Month, form: MySwapsView.Form?,
                         failure: any Error) async throws -> Response {
        guard let amhpID = user.account.amhpID else { throw failure }
        var view = try await MyPageView.load(request.stores, amhpID: amhpID, month: month, changesSeenAt: user.account.changesSeenAt)
        view.swaps = try await MySwapsView.load(request, amhpID: amhpID, month: month, form: form)
        let described = ServiceFailure(failure)
        (view.swaps.error, view.swaps.problems) = (described.message, described.problems)
        let response = try await request.page("my", title: "My rota", user: user, view).encodeResponse(for: request)
        response.status = described.status
        return response
    }

    // MARK: The manager's /swaps

    @Sendable static func page(_ request: Request) async throws -> Response {
        let user = try request.requireUser([.manager])
        return try await render(request, user: user, failure: nil, failedID: nil, note: "")
    }

    @Sendable static func decide(_ request: Request) async throws -> Response {
        let user = try request.requireUser([.manager])
        let fields = try request.content.decode(SwapDecisionFields.self)
        let id = try SwapDesk.id(request)
        do {
            switch request.parameters.get("action") {
            case "approve":
                _ = try await SwapApproval.approve(id, note: fields.note, override: fields.override == "yes", request: request, user: user)
            case "reject":
                _ = try await SwapDesk.reject(id, note: fields.note, request: request, user: user)
            default:
                throw ServiceRefusal(.notFound, field: "action", "A swap is approved or declined. Fix: use the page's buttons.")
            }
            return request.redirect(to: "/swaps", redirectType: .normal)
        } catch {
            return try await render(request, user: user, failure: error, failedID: id, note: fields.note ?? "")
        }
    }

    static func render(_ request: Request, user: CurrentUser, failure: (any Error)?, failedID: UUID?, note: String) async throws -> Response {
        let hub = try await request.stores.hub.require()
        var view = SwapsPageView()
        for swap in try await request.swaps.swaps() {
            switch swap.status {
            case .accepted:
                let findings = try await SwapDesk.findings(swap, request: request)
                view.waiting.append(SwapsPageView.Waiting(swap, findings: findings, hub: hub,
                                                          note: swap.id == failedID ? note : ""))
            case .open: view.open.append(SwapLine(swap, hub: hub))
            default: if view.decided.count < 30 { view.decided.append(SwapLine(swap, hub: hub)) }
            }
        }
        if let failure {
            let described = ServiceFailure(failure)
            (view.error, view.problems, view.failedID) = (described.message, described.problems, failedID?.uuidString)
            let response = try await request.page("swaps", title: "Swaps", user: user, view).encodeResponse(for: request)
            response.status = described.status
            return response
        }
        return try await request.page("swaps", title: "Swaps", user: user, view).encodeResponse(for: request)
    }
}
