import Foundation
import Storage
import Vapor
import Workforce

/// What can be done with swap requests, one function per step, for the API and the pages alike:
/// an AMHP asks, a colleague accepts or declines, the offerer withdraws, a manager approves
/// (making a rota version of kind `swap`) or rejects. Every step is audited by `SwapRepository`.
enum SwapDesk {
    /// The requests this user may see, newest first: a manager every one; an AMHP those they are
    /// party to and open offers from others.
    static func visible(to user: CurrentUser, request: Request, month: Month? = nil) async throws -> [SwapRecord] {
        let all = try await request.swaps.swaps(month: month)
        guard user.role == .amhp else { return all }
        let me = try amhpID(of: user)
        return all.filter { isVisible($0, to: me) }
    }

    static func isVisible(_ swap: SwapRecord, to amhpID: String) -> Bool {
        swap.involves(amhpID) || (swap.kind == .offer && swap.status == .open)
    }

    /// A new request from the signed-in AMHP, checked against the month's published rota: 422
    /// naming each field at fault (a past date, a shift that is not theirs, a month not published).
    static func create(_ body: NewSwapDTO, request: Request, user: CurrentUser) async throws -> SwapRecord {
        let me = try amhpID(of: user)
        let stores = request.stores
        let hub = try await stores.hub.require()
        var reader = FieldReader()
        let kind = reader.choice(body.kind, SwapKind.self, field: "kind")
        let date = reader.date(body.date, field: "date")
        let shift = reader.shift(body.shift, in: hub)
        let notes = reader.text(body.notes ?? "", field: "notes", limit: InputLimits.noteLength, multiline: true) ?? ""
        var colleague: AMHP?, theirDate: LocalDate?, theirShift: ShiftType?
        if kind == .swap {
            colleague = reader.amhp(body.colleagueID, in: hub, field: "colleague_id")
            theirDate = reader.date(body.theirDate, field: "their_date")
            theirShift = reader.shift(body.theirShift, in: hub, field: "their_shift")
            if colleague?.id == me { reader.add("colleague_id", "is you; name the colleague you want to swap with.") }
        } else if kind == .offer {
            for (field, value) in [("colleague_id", body.colleagueID), ("their_date", body.theirDate), ("their_shift", body.theirShift)]
            where !(value ?? "").isEmpty {
                reader.add(field, "is for a swap with a named colleague; leave it out of an open offer, or ask for kind swap.")
            }
        }
        try reader.check("The swap request has problems; nothing was changed.")
        guard let kind, let date, let shift else { throw Abort(.unprocessableEntity) }
        let month = Month(containing: date)
        let today = ServiceClock.today
        guard let published = try await stores.rotas.published(month: month) else {
            throw InputFailure("The swap request has problems; nothing was changed.", problems: [
                Problem(field: "date", message: "\(PageText.monthName(month)) has no published rota; only published shifts can be offered or swapped."),
            ])
        }
        let version = published.record.version.map { "version \($0)" } ?? "the published version"
        func own(_ amhpID: String, _ day: LocalDate, _ code: String, field: String, whose: String) {
            if day < today { reader.add(field, "\(day) is past; only shifts still to come can be swapped.") }
            guard !SwapExchange.holds(published.rota, SwapShift(amhpID: amhpID, date: day, shiftCode: code)) else { return }
            let actual = published.rota.shift(of: amhpID, on: day) ?? "off"
            reader.add(field, "\(whose) rota has no \(code) on \(day) in \(PageText.monthName(month)) \(version) (that day: \(actual)); "
                       + "pick a shift from the published rota.")
        }
        own(me, date, shift.code, field: "date", whose: "Your")
        var wanted: SwapShift?
        if kind == .swap, let colleague, let theirDate, let theirShift {
            if Month(containing: theirDate) != month {
                reader.add("their_date", "\(theirDate) is not in \(PageText.monthName(month)); swap shifts of one published month.")
            } else {
                own(colleague.id, theirDate, theirShift.code, field: "their_date", whose: "\(colleague.name)'s")
            }
            wanted = SwapShift(amhpID: colleague.id, date: theirDate, shiftCode: theirShift.code)
        }
        try reader.check("The swap request has problems; nothing was changed.")
        let offered = SwapShift(amhpID: me, date: date, shiftCode: shift.code)
        let pending = try await request.swaps.swaps(month: month).first { !$0.status.isFinished && $0.offered == offered }
        if let pending {
            throw ServiceRefusal(.conflict, field: "date",
                                 "You already have a \(pending.status.rawValue) request (\(pending.id)) for \(shift.code) on \(date). Fix: withdraw it first, or wait for it.")
        }
        return try await guarded {
            try await request.swaps.create(NewSwap(month: month, kind: kind, offered: offered, colleagueID: colleague?.id, wanted: wanted,
                                                   notes: notes, basedOn: published.record.id), by: user.username)
        }
    }

    /// The named colleague accepts a swap, or any other AMHP an open offer; 403 for a swap named
    /// to someone else, 409 when the rota no longer holds the shifts (the request expires).
    static func accept(_ id: UUID, request: Request, user: CurrentUser) async throws -> SwapRecord {
        let me = try amhpID(of: user)
        let swap = try await load(id, request: request, user: user)
        switch swap.kind {
        case .swap where swap.colleagueID != me:
            throw ServiceRefusal(.forbidden, field: "swapID",
                                 "This swap is addressed to another AMHP; you may accept only swaps addressed to you (your own to answer) and open offers.")
        case .offer where swap.offered.amhpID == me:
            throw ServiceRefusal(.conflict, field: "swapID", "This is your own offer; another AMHP accepts it. Fix: withdraw it if you no longer want to give the shift away.")
        default: break
        }
        guard swap.status == .open else { throw SwapError.wrongStatus(id: id, status: swap.status, wanted: .accepted).abort }
        if swap.offered.date < ServiceClock.today {
            throw ServiceRefusal(.conflict, field: "swapID", "The shift on \(swap.offered.date) is past, so it can no longer be swapped.")
        }
        try await requireCurrent(swap, request: request, user: user)
        if swap.kind == .offer, let published = try await request.stores.rotas.published(month: swap.month),
           let mine = published.rota.shift(of: me, on: swap.offered.date) {
            throw ServiceRefusal(.conflict, field: "swapID",
                                 "You already work \(mine) on \(swap.offered.date), so you cannot take this shift as well. Fix: offer or swap your own shift first.")
        }
        return try await guarded { try await request.swaps.accept(id: id, colleagueID: me, by: user.username) }
    }

    /// The named colleague says no; an open offer is not declined, only left.
    static func decline(_ id: UUID, note: String?, request: Request, user: CurrentUser) async throws -> SwapRecord {
        let me = try amhpID(of: user)
        let swap = try await load(id, request: request, user: user)
        guard swap.kind == .swap else {
            throw ServiceRefusal(.conflict, field: "swapID", "An open offer is not declined: leave it for another AMHP (the offerer may withdraw it).")
        }
        guard swap.colleagueID == me else {
            throw ServiceRefusal(.forbidden, field: "swapID", "This swap is addressed to another AMHP; you may decline only your own.")
        }
        let note = try noteText(note, required: false)
        return try await guarded { try await request.swaps.decline(id: id, note: note, by: user.username) }
    }

    /// The offerer takes the request back, while it is not approved.
    static func withdraw(_ id: UUID, request: Request, user: CurrentUser) async throws -> SwapRecord {
        let me = try amhpID(of: user)
        let swap = try await load(id, request: request, user: user)
        guard swap.offered.amhpID == me else {
            throw ServiceRefusal(.forbidden, field: "swapID", "Only the AMHP who asked may withdraw a swap request; you may withdraw only your own.")
        }
        return try await guarded { try await request.swaps.withdraw(id: id, by: user.username) }
    }

    /// A manager says no, with a note saying why.
    static func reject(_ id: UUID, note: String?, request: Request, user: CurrentUser) async throws -> SwapRecord {
        _ = try await load(id, request: request, user: user)
        let note = try noteText(note, required: true)
        return try await guarded { try await request.swaps.reject(id: id, note: note, by: user.username) }
    }

    /// What the checker finds in the month's published rota with the exchange made.
    static func findings(_ swap: SwapRecord, request: Request) async throws -> SwapFindings {
        let stores = request.stores
        guard let published = try await stores.rotas.published(month: swap.month) else {
            return SwapFindings(hard: [], soft: [], stale: "\(PageText.monthName(swap.month)) has no published rota any more. Fix: ask again once it is published.",
                                version: nil)
        }
        let hub = try await ChainedHub.hub(for: swap.month, stores: stores)
        return SwapCheck.findings(of: swap, published: published, hub: hub)
    }

    /// The request of this id, if this user may see it; 404 otherwise (an AMHP is not told of others' requests).
    static func load(_ id: UUID, request: Request, user: CurrentUser) async throws -> SwapRecord {
        guard let swap = try await request.swaps.swap(id: id) else { throw SwapError.unknownSwap(id).abort }
        if user.role == .amhp, !isVisible(swap, to: try amhpID(of: user)), swap.kind != .swap {
            throw SwapError.unknownSwap(id).abort
        }
        return swap
    }

    /// The swap id from the path; 404 naming it when it is not a UUID.
    static func id(_ request: Request) throws -> UUID {
        guard let id = request.parameters.get("swapID", as: UUID.self) else {
            throw ServiceRefusal(.notFound, field: "swapID",
                                 "\"\(FieldReader.shown(request.parameters.get("swapID") ?? ""))\" is not a swap id. Fix: use an id from GET /api/swaps.")
        }
        return id
    }

    static func amhpID(of user: CurrentUser) throws -> String {
        guard let id = user.account.amhpID else {
            throw ServiceRefusal(.forbidden, field: "role", "Your account is not linked to an AMHP, so it has no shifts of its own to swap; ask a manager to add it again with --amhp-id.")
        }
        return id
    }

    /// 409, and the request expired, when the published rota no longer holds its shifts.
    static func requireCurrent(_ swap: SwapRecord, request: Request, user: CurrentUser) async throws {
        let result = try await Self.findings(swap, request: request)
        guard let stale = result.stale else { return }
        _ = try? await request.swaps.expire(id: swap.id, reason: stale, by: user.username)
        throw ServiceRefusal(.conflict, field: "swapID", stale)
    }

    static func noteText(_ note: String?, required: Bool) throws -> String {
        var reader = FieldReader()
        let text = reader.text(note ?? "", field: "note", limit: InputLimits.noteLength, multiline: true) ?? ""
        if required && text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            reader.add("note", "is missing; say why, so the AMHPs know.")
        }
        try reader.check("The decision has problems; nothing was changed.")
        return text
    }

    /// Runs a repository call, answering its `SwapError` as 404 or 409.
    static func guarded<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as SwapError {
            throw error.abort
        }
    }
}

extension Request {
    /// Swap requests on the request's database.
    var swaps: SwapRepository { SwapRepository(database: db) }
}
