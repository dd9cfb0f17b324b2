import Foundation
import Storage
import Vapor
import Workforce

/// The TOIL ledger for HR: balances, history, new entries and the payroll export.
enum TOILAPI {
    static let toilBalances = APIOperation(
        method: .GET, path: "/api/toil/balances", operationID: "toilBalances", tag: "TOIL",
        summary: "Every AMHP's TOIL as of a day, the month's movement and the policy's alerts.", roles: [.hr, .manager],
        parameters: [.query("as_of", "The day (YYYY-MM-DD); balances are at its end. Default: today.", format: "date"),
                     .query("month", "The month whose movement to show (YYYY-MM). Default: the as-of day's month.")],
        response: .jsonArray("TOILBalance"))
    static let toilHistory = APIOperation(
        method: .GET, path: "/api/toil/amhps/{amhpID}/history", operationID: "toilHistory", tag: "TOIL",
        summary: "One AMHP's ledger entries with the running balance; an AMHP sees only their own.",
        roles: [.hr, .manager, .amhp], parameters: [.path("amhpID", "The AMHP's id.")],
        response: .jsonArray("TOILHistoryLine"))
    static let toilBalance = APIOperation(
        method: .GET, path: "/api/toil/amhps/{amhpID}/balance", operationID: "toilBalance", tag: "TOIL",
        summary: "One AMHP's TOIL as of a day; an AMHP sees only their own.", roles: [.hr, .manager, .amhp],
        parameters: [.path("amhpID", "The AMHP's id."), .query("as_of", "The day (YYYY-MM-DD). Default: today.", format: "date")],
        response: .json("TOILBalance"))
    static let addTOILEntry = APIOperation(
        method: .POST, path: "/api/toil/entries", operationID: "addTOILEntry", tag: "TOIL",
        summary: "Append an entry (corrections are new entries that cancel an earlier one; nothing is ever edited).",
        roles: [.hr, .manager], request: .json("NewTOILEntry"), response: .json("TOILAppended"), status: .created)
    static let toilPayroll = APIOperation(
        method: .GET, path: "/api/toil/payroll", operationID: "toilPayroll", tag: "TOIL",
        summary: "The month's TOIL movements per AMHP as CSV, for payroll.", roles: [.hr],
        parameters: [.query("month", "The month (YYYY-MM). Default: this month.")], response: .text("text/csv"))

    static func register(_ api: APIRouter) {
        api.add(toilBalances, balances)
        api.add(toilHistory, history)
        api.add(toilBalance, balance)
        api.add(addTOILEntry, append)
        api.add(toilPayroll, payroll)
    }

    @Sendable static func balances(_ request: Request, _ user: CurrentUser) async throws -> [TOILBalanceDTO] {
        let book = try await TOILBook.load(request.stores)
        var reader = FieldReader()
        let asOf = request.query[String.self, at: "as_of"].flatMap { reader.date($0, field: "as_of") } ?? ServiceClock.today
        let month = request.query[String.self, at: "month"].flatMap { reader.month($0) } ?? Month(containing: asOf)
        try reader.check()
        return book.overview(month: month, asOf: asOf)
    }

    @Sendable static func history(_ request: Request, _ user: CurrentUser) async throws -> [TOILHistoryLineDTO] {
        let id = try request.identifier("amhpID")
        _ = try request.requireUser([.hr, .manager, .amhp], seeing: id)
        return try await TOILBook.load(request.stores, amhpID: id).history(of: id)
    }

    @Sendable static func balance(_ request: Request, _ user: CurrentUser) async throws -> TOILBalanceDTO {
        let id = try request.identifier("amhpID")
        _ = try request.requireUser([.hr, .manager, .amhp], seeing: id)
        let book = try await TOILBook.load(request.stores, amhpID: id)
        var reader = FieldReader()
        let asOf = request.query[String.self, at: "as_of"].flatMap { reader.date($0, field: "as_of") } ?? ServiceClock.today
        try reader.check()
        return book.balance(of: id, asOf: asOf)
    }

    @Sendable static func append(_ request: Request, _ user: CurrentUser) async throws -> Created<TOILAppendedDTO> {
        let new = try request.content.decode(NewTOILEntryDTO.self)
        let stores = request.stores
        let hub = try await stores.hub.require()
        let entryRequest = try TOILEntryForm.request(new, recordedBy: user.username)
        let scope = TOILLedgerScope(amhpIDs: Set([entryRequest.amhpID].compactMap { $0 }),
                                    entryIDs: Set([entryRequest.correctedID].compactMap { $0 }))
        let appended = try await stores.toil.append(concerning: scope, hubAMHPIDs: hub.amhpIDs, at: Date()) { ledger, position in
            [try entryRequest.entry(in: ledger, position: position, hub: hub)]
        }
        return Created(TOILAppendedDTO(appended))
    }

    @Sendable static func payroll(_ request: Request, _ user: CurrentUser) async throws -> Response {
        let stores = request.stores
        var reader = FieldReader()
        let month = request.query[String.self, at: "month"].flatMap { reader.month($0) } ?? ServiceClock.thisMonth
        try reader.check()
        let hub = try await stores.hub.require()
        let csv = TOILPayrollCSV.text(for: month, totals: try await stores.toil.totals(), amhps: hub.amhps)
        try await stores.audit.record(actor: user.username, action: "toil.payroll_export", subject: "toil",
                                      detailJSON: #"{"month":"\#(month)"}"#)
        return CSVDownload.response(csv, filename: "toil-payroll-\(month).csv")
    }
}

/// The hub and its TOIL ledger, read together: what every TOIL answer and page is built from.
struct TOILBook {
    let hub: Hub
    let ledger: TOILLedger
    /// The running totals, when loaded: a month's statement is then read from them rather than
    /// worked out by replaying the AMHP's history twice more.
    var totals: TOILTotals? = nil

    static func load(_ stores: ServiceStores) async throws -> TOILBook {
        let hub = try await stores.hub.require()
        return TOILBook(hub: hub, ledger: try await stores.toil.ledger(hubAMHPIDs: hub.amhpIDs))
    }

    /// The hub and one AMHP's entries only (by the ledger's index): enough for their balance and history.
    static func load(_ stores: ServiceStores, amhpID: String) async throws -> TOILBook {
        let hub = try await stores.hub.require()
        let ledger = try await stores.toil.ledger(concerning: TOILLedgerScope(amhpIDs: [amhpID]), hubAMHPIDs: hub.amhpIDs)
        return TOILBook(hub: hub, ledger: ledger, totals: try await stores.toil.totals(of: amhpID))
    }

    /// One AMHP's balance as of a day, with the movement of that day's month and the policy's alerts.
    func balance(of amhpID: String, asOf: LocalDate) -> TOILBalanceDTO {
        let balance = ledger.balance(of: amhpID, asOf: asOf)
        let row = TOILOverviewRow(amhpID: amhpID, balance: balance,
                                  statement: totals?.statement(of: amhpID, for: Month(containing: asOf))
                                      ?? ledger.statement(of: amhpID, for: Month(containing: asOf)),
                                  alerts: ledger.alerts(for: balance, policy: hub.rules.toil))
        return TOILBalanceDTO(row, name: hub.amhp(amhpID)?.name ?? "")
    }

    func overview(month: Month, asOf: LocalDate) -> [TOILBalanceDTO] {
        ledger.overview(month: month, asOf: asOf, policy: hub.rules.toil).map { TOILBalanceDTO($0, name: hub.amhp($0.amhpID)?.name ?? "") }
    }

    func history(of amhpID: String) -> [TOILHistoryLineDTO] {
        ledger.history(of: amhpID).map(TOILHistoryLineDTO.init)
    }
}

/// A new TOIL entry as sent: every problem with it, or the request the ledger checks the rest of.
enum TOILEntryForm {
    static func request(_ new: NewTOILEntryDTO, recordedBy username: String) throws -> TOILEntryRequest {
        var reader = FieldReader()
        let date = new.date.flatMap { reader.date($0, field: "date") }
        var hours: TOILHours?
        if let value = new.hours {
            hours = TOILHours(exactly: value)
            if hours == nil { reader.add("hours", "\(value) has more than two decimal places; give hours such as 7.4.") }
        }
        let entryRequest = TOILEntryRequest(
            amhpID: new.amhpID, kindCode: new.kind, hours: hours, date: date, reason: new.reason ?? "",
            approvedBy: new.approvedBy, recordedBy: username, recordedOn: ServiceClock.today, correctedID: new.corrects)
        for problem in entryRequest.problems { reader.add(problem.field, problem.problem) }
        try reader.check("The entry has problems; nothing was appended.")
        return entryRequest
    }
}

extension TOILAppendedDTO {
    /// The first entry appended, with its AMHP's balance on the day it was recorded.
    init(_ appended: (records: [LedgerRecord], ledger: TOILLedger)) {
        let record = appended.records[0]
        let balance = appended.ledger.balance(of: record.entry.amhpID, asOf: record.entry.recordedOn)
        self.init(entry: TOILEntryDTO(record.entry), position: record.position, held: balance.held.hours,
                  planned: balance.planned.hours, available: balance.available.hours)
    }
}
