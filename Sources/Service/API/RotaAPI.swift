import Foundation
import RotaCheck
import RotaReports
import Storage
import Vapor
import Workforce

/// Rotas: list, read (re-checked), edit a cell and re-check, publish, delete a draft, export.
enum RotaAPI {
    static let readers: [UserRole] = [.manager, .lead, .hr]
    /// Who sees whether a rota is one a manager would sign (`RotaQualityDTO`): those who plan the
    /// rota and the workforce. Its reasons for an AMHP with no shift speak of leave, absence and
    /// suspension, which HR sees in the grid's absences but has no need of here.
    static let qualityReaders: [UserRole] = [.manager, .lead]

    static let listRotas = APIOperation(
        method: .GET, path: "/api/rotas", operationID: "listRotas", tag: "Rotas",
        summary: "Rotas newest first, each with its version number, kind of change, who and why; managers see drafts too, others only published and superseded versions.", roles: readers,
        parameters: [.query("month", "Only this month's (YYYY-MM).")], response: .jsonArray("RotaSummary"))
    static let getRota = APIOperation(
        method: .GET, path: "/api/rotas/{rotaID}", operationID: "getRota", tag: "Rotas",
        summary: "A rota as the grid shows it, re-checked: cells, coverage and duty, violations, why each short shift is short, the enhancement cost, and (managers and leads) its quality. A published or superseded version has an ETag; send it back in If-None-Match for 304 while it holds.",
        roles: readers, parameters: [.path("rotaID", "The rota's id.", format: "uuid")], response: .json("RotaDetail"), isConditional: true)
    static let exportRota = APIOperation(
        method: .GET, path: "/api/rotas/{rotaID}/rota.csv", operationID: "exportRota", tag: "Rotas",
        summary: "The rota as rota.csv (docs/data-format.md), as `amhp check` reads it.", roles: readers,
        parameters: [.path("rotaID", "The rota's id.", format: "uuid")], response: .text("text/csv"), isConditional: true)
    static let editShift = APIOperation(
        method: .PUT, path: "/api/rotas/{rotaID}/assignments", operationID: "editShift", tag: "Rotas",
        summary: "Change one AMHP's shift on one day of a draft (`shift` null for none); returns the rota re-checked.",
        roles: [.manager], parameters: [.path("rotaID", "The draft's id.", format: "uuid")],
        request: .json("ShiftEdit"), response: .json("RotaDetail"))
    static let publishRota = APIOperation(
        method: .POST, path: "/api/rotas/{rotaID}/publish", operationID: "publishRota", tag: "Rotas",
        summary: "Publish a draft as the month's next version, checked against the months before it (refused with the rules it breaks): staff see it, the month's published rota is superseded (kept, unchanged), the TOIL it plans back is entered in the ledger, and `next_month` says what it now breaks in the next month's draft.",
        roles: [.manager], parameters: [.path("rotaID", "The draft's id.", format: "uuid")],
        response: .json("RotaSummary"))
    static let deleteRota = APIOperation(
        method: .DELETE, path: "/api/rotas/{rotaID}", operationID: "deleteRota", tag: "Rotas",
        summary: "Delete a draft.", roles: [.manager], parameters: [.path("rotaID", "The draft's id.", format: "uuid")],
        response: .none, status: .noContent)

    static let compareRotas = APIOperation(
        method: .GET, path: "/api/rotas/{rotaID}/compare/{otherRotaID}", operationID: "compareRotas", tag: "Rotas",
        summary: "Two rotas of one month (two versions, or a draft and the published rota) compared cell by cell, with the AMHPs whose shifts changed.",
        roles: readers, parameters: [.path("rotaID", "The earlier rota's id.", format: "uuid"),
                                     .path("otherRotaID", "The later rota's id, of the same month.", format: "uuid")],
        response: .json("RotaComparison"))

    static func register(_ api: APIRouter) {
        api.add(listRotas, list)
        api.add(getRota, detail)
        api.add(exportRota, export)
        api.add(editShift, edit)
        api.add(publishRota, publish)
        api.add(deleteRota, delete)
        api.add(compareRotas, compare)
    }

    @Sendable static func list(_ request: Request, _ user: CurrentUser) async throws -> [RotaSummaryDTO] {
        var reader = FieldReader()
        let month = request.query[String.self, at: "month"].flatMap { reader.month($0) }
        try reader.check()
        return try await request.stores.rotas.rotas(month: month)
            .filter { user.role == .manager || $0.status != .draft }.map { RotaSummaryDTO($0) }
    }

    /// A published or superseded version carries an ETag (`ConditionalGet`); a draft, which changes
    /// with every edit, does not.
    @Sendable static func detail(_ request: Request, _ user: CurrentUser) async throws -> Response {
        let found = try await RotaDetails.find(request, user: user)
        guard found.record.status != .draft else { return try await found.detail.encodeResponse(for: request) }
        let kept = try found.kept ?? RotaDetailCache.Entry(record: found.record, detail: found.detail)
        return ConditionalGet.response(request, entityTag: kept.entityTag, body: kept.json, contentType: .json)
    }

    @Sendable static func export(_ request: Request, _ user: CurrentUser) async throws -> Response {
        let saved = try await rota(request, user: user)
        let hub = try await request.stores.hub.require()
        let filename = "rota-\(saved.record.month).csv"
        let text = RotaFiles.rotaCSV(saved.rota, hub: hub)
        guard saved.record.status != .draft else { return CSVDownload.response(text, filename: filename) }
        return CSVDownload.conditionalResponse(request, text, filename: filename, scope: "rota.csv \(saved.record.id)")
    }

    @Sendable static func edit(_ request: Request, _ user: CurrentUser) async throws -> RotaDetailDTO {
        let edit = try request.content.decode(ShiftEditDTO.self)
        let saved = try await rota(request, user: user)
        let stores = request.stores
        let hub = try await stores.hub.require()
        let assignments = try ShiftEdit.assignments(after: edit, to: saved, hub: hub)
        let record = try await stores.rotas.updateDraft(id: saved.record.id, assignments: assignments, by: user.username)
        // A cell changed by hand is no longer pinned (`RotaPinAPI`); nothing happens when it was not.
        if let date = LocalDate(edit.date) {
            try await stores.rotas.unpin(rotaID: record.id, amhpID: edit.amhpID, date: date, by: user.username, at: Date())
        }
        // The stored assignments are the ones just written: no need to read them back.
        let chained = try await ChainedHub.hub(hub, for: record.month, rotas: stores.rotas)
        return RotaPresenter(hub: chained).detail(of: SavedRota(record: record, rota: Rota(month: record.month, assignments: assignments)),
                                              withQuality: qualityReaders.contains(user.role))
    }

    @Sendable static func publish(_ request: Request, _ user: CurrentUser) async throws -> RotaSummaryDTO {
        let saved = try await rota(request, user: user)
        let stores = request.stores
        let hub = try await stores.hub.require()
        let chained = try await ChainedHub.hub(hub, for: saved.record.month, rotas: stores.rotas)
        let record = try await stores.publisher.publish(saved, hub: chained, by: user.username)
        return RotaSummaryDTO(record, nextMonth: try await NextMonthCheck.breaches(after: record.month, hub: hub, rotas: stores.rotas))
    }

    @Sendable static func compare(_ request: Request, _ user: CurrentUser) async throws -> RotaComparisonDTO {
        let old = try await rota(request, user: user), new = try await rota(request, user: user, parameter: "otherRotaID")
        return try comparison(old, new, hub: try await request.stores.hub.require())
    }

    /// The two rotas compared; 422 when they are of different months.
    static func comparison(_ old: SavedRota, _ new: SavedRota, hub: Hub) throws -> RotaComparisonDTO {
        guard old.record.month == new.record.month else {
            throw InputFailure("Only two rotas of one month can be compared.", problems: [Problem(
                field: "otherRotaID", message: "is a rota of \(new.record.month), not \(old.record.month); choose a version of \(old.record.month).")])
        }
        return RotaComparisonDTO(from: old.record, to: new.record, RotaDiff(before: old.rota, after: new.rota, hub: hub, includingCoordinators: true))
    }

    @Sendable static func delete(_ request: Request, _ user: CurrentUser) async throws -> HTTPStatus {
        let saved = try await rota(request, user: user)
        try await request.stores.rotas.deleteDraft(id: saved.record.id, by: user.username)
        return .noContent
    }

    /// The rota named in the path, if this user may see it: managers any, others published and
    /// superseded versions only.
    static func rota(_ request: Request, user: CurrentUser, parameter: String = "rotaID") async throws -> SavedRota {
        guard let id = request.parameters.get(parameter, as: UUID.self) else {
            throw Abort(.badRequest, reason: "The rota id is not a UUID.")
        }
        guard let saved = try await request.stores.rotas.rota(id: id),
              user.role == .manager || saved.record.status != .draft else {
            throw Abort(.notFound, reason: "No rota has the id \(id).")
        }
        return saved
    }
}

/// One cell of a draft changed by hand: checked against the hub and the rota's month.
enum ShiftEdit {
    /// The draft's assignments with the edit made; 409 for a published rota, 422 with every problem.
    static func assignments(after edit: ShiftEditDTO, to saved: SavedRota, hub: Hub) throws -> [Assignment] {
        guard saved.record.status == .draft else {
            throw Abort(.conflict, reason: "A published rota is not edited; edit a draft and publish it instead.")
        }
        var reader = FieldReader()
        _ = reader.amhp(edit.amhpID, in: hub)
        let editedDate = reader.date(edit.date, field: "date")
        if let editedDate, !saved.record.month.range.contains(editedDate) {
            reader.add("date", "\(editedDate) is not in the rota's month, \(saved.record.month).")
        }
        if let code = edit.shift { _ = reader.shift(code, in: hub) }
        let date = try reader.require(editedDate, "The change has problems; the rota was not changed.")
        var assignments = saved.rota.assignments.filter { !($0.amhpID == edit.amhpID && $0.date == date) }
        if let code = edit.shift {
            assignments.append(Assignment(amhpID: edit.amhpID, date: date, shiftCode: code, isCoordinator: edit.coordinator ?? false))
        }
        return assignments
    }
}
