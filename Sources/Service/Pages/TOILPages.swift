import Storage
import Vapor
import Workforce

/// HR's TOIL pages: every AMHP's balance (with the form to append an entry) and one AMHP's
/// history. The numbers come from the same `TOILBook` the TOIL API answers with.
enum TOILPages {
    static func register(on app: Application) {
        app.get("toil", use: overview)
        app.get("toil", ":amhpID", use: history)
    }

    @Sendable static func overview(_ request: Request) async throws -> View {
        let user = try request.requireUser([.hr, .manager])
        let asOf = try day(request.query[String.self, at: "as_of"]) ?? ServiceClock.today
        let month = Month(containing: asOf)
        let book = try await TOILBook.load(request.stores)
        let view = TOILOverviewView(
            balances: book.overview(month: month, asOf: asOf), hub: book.hub, ledger: book.ledger,
            asOf: asOf, month: month, mayExportPayroll: user.role == .hr,
            addedEntryID: request.query[String.self, at: "added"])
        return try await request.page("toil", title: "TOIL", user: user, view)
    }

    @Sendable static func history(_ request: Request) async throws -> View {
        let id = try request.identifier("amhpID")
        let user = try request.requireUser([.hr, .manager, .amhp], seeing: id)
        let book = try await TOILBook.load(request.stores, amhpID: id)
        guard let amhp = book.hub.amhp(id) else { throw Abort(.notFound, reason: "No AMHP has the id \(id).") }
        let view = TOILHistoryView(amhpID: id, name: amhp.name, balance: book.balance(of: id, asOf: ServiceClock.today),
                                   history: book.history(of: id), isOwnPage: user.role == .amhp)
        return try await request.page("toil-history", title: "TOIL: \(amhp.name)", user: user, view)
    }

    /// The as-of day from the query, nil when not given.
    static func day(_ text: String?) throws -> LocalDate? {
        guard let text, !text.isEmpty else { return nil }
        guard let date = LocalDate(text) else {
            throw Abort(.badRequest, reason: "The as-of day \"\(text)\" is not a date; write it as YYYY-MM-DD, such as 2026-12-24.")
        }
        return date
    }
}
