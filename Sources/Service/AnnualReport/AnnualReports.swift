import Foundation
import Planning
import Storage
import Vapor
import Workforce

/// Puts the annual sufficiency report together in the service: the sufficiency and succession
/// results for the default query (cached by input, run as child processes like their own pages),
/// the stored hub, and the latest two Service Standards self-assessments.
enum AnnualReports {
    static let roles: [UserRole] = [.lead, .manager]

    struct Made {
        let report: AnnualReport
        let tornadoSVG: String
        let fanSVG: String
    }

    static func make(_ request: Request) async throws -> Made {
        let hub = try await request.stores.hub.require()
        let today = ServiceClock.today
        let (sufficiency, sufficiencyResult) = try await SufficiencyReports.summary(SufficiencyQuery(), request: request)
        let (succession, successionResult) = try await SuccessionReports.summary(SuccessionQuery(asOf: today), request: request)
        let (part, ratings) = try StandardsAssessments.reportPart(try await StandardsAssessments.all(request))
        let report = AnnualReport(madeOn: today, hub: hub, sufficiency: sufficiency, succession: succession, standards: part,
                                  standardsRatings: ratings)
        return Made(report: report, tornadoSVG: sufficiency.sensitivity == nil ? "" : try sufficiencyResult.text("fte_sensitivity.svg"),
                    fanSVG: try successionResult.text(SuccessionReports.fanChart.file))
    }
}

/// The annual report's API: its tables as JSON and each as CSV.
enum AnnualReportAPI {
    static let getReport = APIOperation(
        method: .GET, path: "/api/report", operationID: "getAnnualReport", tag: "Planning",
        summary: "The annual sufficiency report for the Director of Adult Social Services, as its tables: demand and response, FTE needed (with the assumptions' range) and available, by employer and profession, ratios with sources, re-approvals and CPD, succession bands, the Service Standards self-assessment, risks and actions.",
        roles: AnnualReports.roles, response: .json("AnnualReport"))
    static let getTable = APIOperation(
        method: .GET, path: "/api/report/tables/{table}", operationID: "getAnnualReportTable", tag: "Planning",
        summary: "One table of the annual report as CSV: \(AnnualReportTables.names.joined(separator: ", ")).",
        roles: AnnualReports.roles, parameters: [.path("table", "The table's name: \(AnnualReportTables.names.joined(separator: ", ")).")],
        response: .text("text/csv"))

    static func register(_ api: APIRouter) {
        api.add(getReport, report)
        api.add(getTable, table)
    }

    @Sendable static func report(_ request: Request, _ user: CurrentUser) async throws -> AnnualReportDTO {
        AnnualReportDTO(try await AnnualReports.make(request).report)
    }

    @Sendable static func table(_ request: Request, _ user: CurrentUser) async throws -> Response {
        let name = try request.identifier("table")
        guard AnnualReportTables.names.contains(name) else {
            throw ServiceRefusal(.notFound, field: "table", "\"\(FieldReader.shown(name))\" is not a table of the report. "
                                 + "Fix: use one of \(AnnualReportTables.names.joined(separator: ", ")).")
        }
        let made = try await AnnualReports.make(request)
        guard let table = AnnualReportTables.tables(made.report).first(where: { $0.name == name }) else {
            throw ServiceRefusal(.notFound, field: "table", "The report has no table \(name).")
        }
        return CSVDownload.response(table.csv, filename: "annual-report-\(made.report.madeOn)-\(name).csv")
    }
}

/// `GET /api/report` (`AnnualReport` in /openapi.json).
struct AnnualReportDTO: Content {
    struct Table: Content {
        let name: String
        let title: String
        let header: [String]
        let rows: [[String]]
    }

    let hubName: String
    let madeOn: String
    let tables: [Table]

    init(_ report: AnnualReport) {
        (hubName, madeOn) = (report.hubName, "\(report.madeOn)")
        tables = AnnualReportTables.tables(report).map { Table(name: $0.name, title: $0.title, header: $0.header, rows: $0.rows) }
    }
}
