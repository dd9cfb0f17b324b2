import Foundation
import RotaCheck
import RotaReports
import Vapor
import Workforce

/// The rota as an Excel workbook (`rota.xlsx`, `RotaWorkbook`): the grid in the shift colours with
/// the cover rows, as `amhp rota` writes it. The same people may download it as rota.csv.
enum RotaSpreadsheetAPI {
    static let exportRotaWorkbook = APIOperation(
        method: .GET, path: "/api/rotas/{rotaID}/rota.xlsx", operationID: "exportRotaWorkbook", tag: "Rotas",
        summary: "The rota as an Excel workbook: sheet Rota has the AMHPs down and the days across, a shift code in each cell filled in the shift's colour, the cover rows below, the header row and name column frozen; sheet Legend names the codes.",
        roles: RotaAPI.readers, parameters: [.path("rotaID", "The rota's id.", format: "uuid")],
        response: .text(XLSXPackage.mediaType))

    static func register(_ api: APIRouter) {
        api.add(exportRotaWorkbook, export)
    }

    @Sendable static func export(_ request: Request, _ user: CurrentUser) async throws -> Response {
        let saved = try await RotaAPI.rota(request, user: user)
        let month = saved.record.month
        let hub = try await ChainedHub.hub(try await request.stores.hub.require(), for: month, rotas: request.stores.rotas)
        let report = RotaChecker(hub: hub, month: month).check(saved.rota)
        let data = try RotaWorkbook(hub: hub, rota: saved.rota, report: report).data()
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: XLSXPackage.mediaType)
        response.headers.contentDisposition = .init(.attachment, filename: "rota-\(month).xlsx")
        return response
    }
}
