import Foundation
import Storage
import Vapor
import Workforce

/// Pins on a draft: a cell (a shift, or off) the manager has fixed, which every re-solve keeps.
/// A pin that breaks a hard rule is refused (422) naming the rule; a published rota has none made.
enum RotaPinAPI {
    static let listPins = APIOperation(
        method: .GET, path: "/api/rotas/{rotaID}/pins", operationID: "listPins", tag: "Rotas",
        summary: "The rota's pinned cells, by date then AMHP.", roles: [.manager],
        parameters: [.path("rotaID", "The rota's id.", format: "uuid")], response: .jsonArray("Pin"))
    static let pinCell = APIOperation(
        method: .PUT, path: "/api/rotas/{rotaID}/pins", operationID: "pinCell", tag: "Rotas",
        summary: "Pin one cell of a draft to a shift (`shift` null for off), setting the cell to it; refused (422) naming the hard rule it would break, 409 on a published rota. Returns the draft's pins.",
        roles: [.manager], parameters: [.path("rotaID", "The draft's id.", format: "uuid")],
        request: .json("Pin"), response: .jsonArray("Pin"))
    static let unpinCell = APIOperation(
        method: .DELETE, path: "/api/rotas/{rotaID}/pins", operationID: "unpinCell", tag: "Rotas",
        summary: "Unpin one cell of a draft (nothing changes when it has no pin); the cell keeps its shift. Returns the draft's pins.",
        roles: [.manager], parameters: [.path("rotaID", "The draft's id.", format: "uuid"),
                                        .query("amhp_id", "The AMHP whose cell to unpin."),
                                        .query("date", "The cell's day (YYYY-MM-DD).", format: "date")],
        response: .jsonArray("Pin"))

    static func register(_ api: APIRouter) {
        api.add(listPins) { request, user in
            let saved = try await RotaAPI.rota(request, user: user)
            return try await request.stores.rotas.pins(rotaID: saved.record.id).map(PinDTO.init)
        }
        api.add(pinCell, pin)
        api.add(unpinCell, unpin)
    }

    @Sendable static func pin(_ request: Request, _ user: CurrentUser) async throws -> [PinDTO] {
        let body = try request.json(PinDTO.self)
        let saved = try await draft(request, user: user)
        let stores = request.stores
        let hub = try await stores.hub.require()
        let pin = try cell(amhpID: body.amhpID, date: body.date, shift: body.shift, checkShift: true, of: saved, hub: hub)
        let assignments = DraftPinCheck.assignments(pinning: pin, in: saved.rota)
        let pinned = Rota(month: saved.record.month, assignments: assignments)
        let breaches = DraftPinCheck(hub: hub, month: saved.record.month).breaches(of: pin, before: saved.rota, after: pinned)
        guard breaches.isEmpty else { throw DraftPinCheck.refusal(breaches, pin: pin) }
        let changed = Set(assignments) != Set(saved.rota.assignments)
        return try await stores.rotas.pin(rotaID: saved.record.id, pin, assignments: changed ? assignments : nil,
                                          by: user.username, at: Date()).map(PinDTO.init)
    }

    @Sendable static func unpin(_ request: Request, _ user: CurrentUser) async throws -> [PinDTO] {
        let saved = try await draft(request, user: user)
        let hub = try await request.stores.hub.require()
        let pin = try cell(amhpID: request.query[String.self, at: "amhp_id"], date: request.query[String.self, at: "date"],
                           shift: nil, checkShift: false, of: saved, hub: hub)
        return try await request.stores.rotas.unpin(rotaID: saved.record.id, amhpID: pin.amhpID, date: pin.date,
                                                    by: user.username, at: Date()).map(PinDTO.init)
    }

    /// The rota named in the path, which must be a draft (409 otherwise: a published rota changes by versions).
    static func draft(_ request: Request, user: CurrentUser) async throws -> SavedRota {
        let saved = try await RotaAPI.rota(request, user: user)
        guard saved.record.status == .draft else {
            throw Abort(.conflict, reason: "Only a draft has pins; re-plan the published rota, or edit a draft and publish it.")
        }
        return saved
    }

    /// The cell named, checked against the hub and the rota's month: every problem, by field.
    static func cell(amhpID: String?, date: String?, shift: String?, checkShift: Bool, of saved: SavedRota, hub: Hub) throws -> Pin {
        var reader = FieldReader()
        let amhp = reader.amhp(amhpID, in: hub)
        let day = reader.date(date, field: "date")
        if let day, !saved.record.month.range.contains(day) {
            reader.add("date", "\(day) is not in the rota's month, \(saved.record.month); pin a day of \(saved.record.month).")
        }
        if checkShift, let shift { _ = reader.shift(shift, in: hub) }
        let checkedAMHP = try reader.require(amhp, "The pin has problems; nothing was changed.")
        let checkedDay = try reader.require(day, "The pin has problems; nothing was changed.")
        return Pin(amhpID: checkedAMHP.id, date: checkedDay, shiftCode: shift)
    }
}

/// A pinned cell: `{"amhp_id":"A01","date":"2026-12-14","shift":"D"}`, `shift` null for off. As a
/// request body its fields may be missing: `FieldReader` names each that is.
struct PinDTO: Content {
    let amhpID: String?
    let date: String?
    let shift: String?

    // The service's coders turn these into snake_case (`JSONCoding`).
    enum CodingKeys: String, CodingKey {
        case amhpID, date, shift
    }

    init(_ pin: Pin) {
        (amhpID, date, shift) = (pin.amhpID, pin.date.description, pin.shiftCode)
    }

    /// `shift` is always written, null for off.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(amhpID, forKey: .amhpID)
        try container.encode(date, forKey: .date)
        try container.encode(shift, forKey: .shift)
    }
}
