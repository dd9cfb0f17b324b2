import Foundation
import Storage
import Vapor
import Workforce

/// Shift swaps (issue 16): an AMHP offers one of their published shifts to anyone, or asks a named
/// colleague to exchange it for one of theirs; the other AMHP accepts; a manager approves, which
/// publishes the month's next version (kind `swap`), or rejects. Every step is audited.
enum SwapAPI {
    static let swapPath = APIOperation.Parameter.path("swapID", "The swap request's id from GET /api/swaps.", format: "uuid")

    static let listSwaps = APIOperation(
        method: .GET, path: "/api/swaps", operationID: "listSwaps", tag: "Swaps",
        summary: "Swap requests newest first: a manager sees every one; an AMHP those they are party to and open offers from others.",
        roles: [.manager, .amhp], parameters: [.query("month", "Only this month's (YYYY-MM)."),
                                               .query("status", "Only those in this status (open, accepted, approved, declined, rejected, withdrawn, expired).")],
        response: .jsonArray("Swap"))
    static let createSwap = APIOperation(
        method: .POST, path: "/api/swaps", operationID: "createSwap", tag: "Swaps",
        summary: "Offer one of my published shifts to any AMHP (`offer`), or ask a named colleague to exchange it for one of theirs (`swap`). Refused, naming the field, for a past date, a shift that is not the AMHP's in the current published version, or a month not published.",
        roles: [.amhp], request: .json("NewSwap"), response: .json("Swap"), status: .created)
    static let acceptSwap = APIOperation(
        method: .POST, path: "/api/swaps/{swapID}/accept", operationID: "acceptSwap", tag: "Swaps",
        summary: "Accept a swap addressed to me, or any open offer of another AMHP; it then waits for a manager. 409 (and the request expires) when the published rota no longer holds the shifts.",
        roles: [.amhp], parameters: [swapPath], response: .json("Swap"))
    static let declineSwap = APIOperation(
        method: .POST, path: "/api/swaps/{swapID}/decline", operationID: "declineSwap", tag: "Swaps",
        summary: "Decline a swap addressed to me, with an optional note.",
        roles: [.amhp], parameters: [swapPath], request: .json("SwapDecision"), response: .json("Swap"))
    static let approveSwap = APIOperation(
        method: .POST, path: "/api/swaps/{swapID}/approve", operationID: "approveSwap", tag: "Swaps",
        summary: "Approve an accepted swap: the month's next rota version (kind swap) makes the exchange. Refused (422, naming each rule) when the checker finds a hard rule broken, unless `override` is true (audited); 409 when the published rota no longer holds the shifts (the request expires: ask again).",
        roles: [.manager], parameters: [swapPath], request: .json("SwapApproval"), response: .json("SwapApproved"))
    static let rejectSwap = APIOperation(
        method: .POST, path: "/api/swaps/{swapID}/reject", operationID: "rejectSwap", tag: "Swaps",
        summary: "Decline an accepted swap as manager, with a note saying why.",
        roles: [.manager], parameters: [swapPath], request: .json("SwapDecision"), response: .json("Swap"))
    static let withdrawSwap = APIOperation(
        method: .DELETE, path: "/api/swaps/{swapID}", operationID: "withdrawSwap", tag: "Swaps",
        summary: "Withdraw my own swap request while it is not approved.",
        roles: [.amhp], parameters: [swapPath], response: .json("Swap"))
    static let checkSwap = APIOperation(
        method: .GET, path: "/api/swaps/{swapID}/check", operationID: "checkSwap", tag: "Swaps",
        summary: "What the independent checker finds in the month's published rota with the exchange made: the hard and soft rules it newly breaks, or why the rota no longer holds the shifts.",
        roles: [.manager], parameters: [swapPath], response: .json("SwapCheck"))

    static func register(_ api: APIRouter) {
        api.add(listSwaps, list)
        api.add(createSwap, create)
        api.add(acceptSwap, accept)
        api.add(declineSwap, decline)
        api.add(approveSwap, approve)
        api.add(rejectSwap, reject)
        api.add(withdrawSwap, withdraw)
        api.add(checkSwap, check)
    }

    @Sendable static func list(_ request: Request, _ user: CurrentUser) async throws -> [SwapDTO] {
        var reader = FieldReader()
        let monthText = request.query[String.self, at: "month"]
        let month = monthText.flatMap { $0.isEmpty ? nil : $0 }.flatMap { reader.month($0) }
        let status = reader.optionalChoice(request.query[String.self, at: "status"], SwapStatus.self, field: "status")
        try reader.check("The query has problems.")
        let hub = try await request.stores.hub.require()
        return try await SwapDesk.visible(to: user, request: request, month: month)
            .filter { status == nil || $0.status == status }.map { SwapDTO($0, hub: hub) }
    }

    @Sendable static func create(_ request: Request, _ user: CurrentUser) async throws -> Created<SwapDTO> {
        let body = try request.json(NewSwapDTO.self)
        let swap = try await SwapDesk.create(body, request: request, user: user)
        return Created(SwapDTO(swap, hub: try await request.stores.hub.require()))
    }

    @Sendable static func accept(_ request: Request, _ user: CurrentUser) async throws -> SwapDTO {
        try await dto(try await SwapDesk.accept(try SwapDesk.id(request), request: request, user: user), request)
    }

    @Sendable static func decline(_ request: Request, _ user: CurrentUser) async throws -> SwapDTO {
        let id = try SwapDesk.id(request)
        let body = try request.json(SwapDecisionDTO.self)
        return try await dto(try await SwapDesk.decline(id, note: body.note, request: request, user: user), request)
    }

    @Sendable static func approve(_ request: Request, _ user: CurrentUser) async throws -> SwapApprovedDTO {
        let id = try SwapDesk.id(request)
        let body = try request.json(SwapApprovalDTO.self)
        let (swap, version) = try await SwapApproval.approve(id, note: body.note, override: body.override ?? false, request: request, user: user)
        return SwapApprovedDTO(swap: SwapDTO(swap, hub: try await request.stores.hub.require()), rota: RotaSummaryDTO(version))
    }

    @Sendable static func reject(_ request: Request, _ user: CurrentUser) async throws -> SwapDTO {
        let id = try SwapDesk.id(request)
        let body = try request.json(SwapDecisionDTO.self)
        return try await dto(try await SwapDesk.reject(id, note: body.note, request: request, user: user), request)
    }

    @Sendable static func withdraw(_ request: Request, _ user: CurrentUser) async throws -> SwapDTO {
        try await dto(try await SwapDesk.withdraw(try SwapDesk.id(request), request: request, user: user), request)
    }

    @Sendable static func check(_ request: Request, _ user: CurrentUser) async throws -> SwapCheckDTO {
        let swap = try await SwapDesk.load(try SwapDesk.id(request), request: request, user: user)
        return SwapCheckDTO(swapID: swap.id, try await SwapDesk.findings(swap, request: request))
    }

    private static func dto(_ swap: SwapRecord, _ request: Request) async throws -> SwapDTO {
        SwapDTO(swap, hub: try await request.stores.hub.require())
    }
}
