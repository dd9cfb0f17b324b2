import Foundation
import Planning
import Vapor
import Workforce

/// The annual report as a page (`annual-report.leaf`), laid out to print on A4 (and so to save as
/// PDF from the browser, or `chromium --headless --print-to-pdf`).
enum AnnualReportPage {
    static func register(on app: Application) {
        app.get("report", use: page)
    }

    @Sendable static func page(_ request: Request) async throws -> Response {
        let user = try request.requireUser(AnnualReports.roles)
        do {
            let made = try await AnnualReports.make(request)
            return try await request.page("annual-report", title: "Annual sufficiency report", user: user, AnnualReportPageModel(made))
                .encodeResponse(for: request)
        } catch {
            let failure = ServiceFailure(error)
            let response = try await request.page("annual-report", title: "Annual sufficiency report", user: user,
                                                  AnnualReportPageModel(failure: failure)).encodeResponse(for: request)
            response.status = failure.status
            return response
        }
    }
}

struct AnnualReportPageModel: Encodable {
    struct Table: Encodable {
        let name: String
        let title: String
        let header: [String]
        let rows: [[String]]
    }

    struct Risk: Encodable {
        let source: String
        let level: String
        let levelKey: String
        let text: String
        let actions: [String]
    }

    let error: String?
    let hubName: String
    let madeOn: String
    let headline: [String]
    let tables: [Table]
    let risks: [Risk]
    let standards: String?
    let tornadoSVG: String
    let fanSVG: String

    init(_ made: AnnualReports.Made) {
        let report = made.report, sufficiency = report.sufficiency
        error = nil
        (hubName, madeOn) = (report.hubName, "\(report.madeOn)")
        var headline = ["\(NumberText.fixed(sufficiency.referrals.perYear, 0)) referrals a year; the cover to answer \(NumberText.percent(sufficiency.response.targetShare, 0)) within \(NumberText.plain(sufficiency.response.withinHours)) hours in \(sufficiency.month) needs \(NumberText.fixed(sufficiency.neededFTE)) rota FTE"
            + (sufficiency.sensitivity.map { " (\(NumberText.fixed($0.lowFTE)) to \(NumberText.fixed($0.highFTE)) on low and high assumptions)" } ?? "")
            + "; \(NumberText.fixed(sufficiency.availableFTE)) are available, "
            + (sufficiency.gapFTE > 0 ? "\(NumberText.fixed(sufficiency.gapFTE)) short." : "a surplus of \(NumberText.fixed(-sufficiency.gapFTE)).")]
        if let ratios = sufficiency.ratios {
            headline.append("\(NumberText.fixed(ratios.amhpsPer100000)) AMHPs per 100,000 residents (\(NumberText.fixed(ratios.rotaFTEPer100000)) in rota FTE), against the BASW working guideline of \(NumberText.plain(ratios.benchmarkAMHPsPer100000)).")
        }
        headline.append("\(report.risks.filter { $0.level == .high }.count) high and \(report.risks.filter { $0.level == .medium }.count) medium risks below.")
        self.headline = headline
        tables = AnnualReportTables.tables(report).map { Table(name: $0.name, title: $0.title, header: $0.header, rows: $0.rows) }
        risks = report.risks.map { Risk(source: $0.source, level: $0.level.shortLabel, levelKey: $0.level.rawValue, text: $0.text, actions: $0.actions) }
        standards = report.standards.map { part in
            "\(part.title), held on \(part.assessedOn): \(part.tally.evaluated) of \(part.tally.total) standards evaluated; "
                + part.tally.byEvaluation.map { "\($0.0.label.lowercased()) \($0.1)" }.joined(separator: ", ") + "."
                + (part.previous.map { " Since \($0): \(part.improved) better, \(part.worsened) worse." } ?? "")
        }
        (tornadoSVG, fanSVG) = (made.tornadoSVG, made.fanSVG)
    }

    init(failure: ServiceFailure) {
        error = failure.message
        (hubName, madeOn, headline, tables, risks, standards, tornadoSVG, fanSVG) = ("", "", [], [], [], nil, "", "")
    }
}
