import Storage
import Vapor
import Workforce

/// The TOIL ledger for HR: balances, history, new entries and the payroll export.
enum TOILAPI {
    static func register(_ api: APIRouter) {
        api.add(APIOperation(
            method: .GET, path: "/api/toil/balances", operationID: "toilBalances", tag: "TOIL",
            summary: "Every AMHP's TOIL as of a day, the month's movement and the policy's alerts.", roles: [.hr, .manager],
            parameters: [.query("as_of", "The day (YYYY-MM-DD); balances are at its end. Default: today.", format: "date"),
                         .query("month", "The month whose movement to show (YYYY-MM). Default: the as-of day's month.")],
            response: .jsonArray("TOILBalance"))) { request, _ in
            let (hub, ledger) = try await load(request)
            var reader = FieldReader()
            let asOf = request.query[String.self, at: "as_of"].flatMap { reader.date($0, field: "as_of") } ?? ServiceClock.today
            let month = request.query[String.self, at: "month"].flatMap { reader.month($0) } ?? Month(containing: asOf)
            try reader.check()
            return overview(hub: hub, ledger: ledger, month: month, asOf: asOf)
        }
        api.add(APIOperation(
            method: .GET, path: "/api/toil/amhps/{amhpID}/history", operationID: "toilHistory", tag: "TOIL",
            summary: "One AMHP's ledger entries with the running balance; an AMHP sees only their own.",
            roles: [.hr, .manager, .amhp], parameters: [.path("amhpID", "The AMHP's id.")],
            response: .jsonArray("TOILHistoryLine"))) { request, _ in
            let id = try request.identifier("amhpID")
            _ = try request.requireUser([.hr, .manager, .amhp], seeing: id)
            let (_, ledger) = try await load(request)
            return ledger.history(of: id).map(TOILHistoryLineDTO.init)
        }
        api.add(APIOperation(
            method: .GET, path: "/api/toil/amhps/{amhpID}/balance", operationID: "toilBalance", tag: "TOIL",
            summary: "One AMHP's TOIL as of a day; an AMHP sees only their own.", roles: [.hr, .manager, .amhp],
            parameters: [.path("amhpID", "The AMHP's id."), .query("as_of", "The day (YYYY-MM-DD). Default: today.", format: "date")],
            response: .json("TOILBalance"))) { request, _ in
            let id = try request.identifier("amhpID")
            _ = try request.requireUser([.hr, .manager, .amhp], seeing: id)
            let (hub, ledger) = try await load(request)
            var reader = FieldReader()
            let asOf = request.query[String.self, at: "as_of"].flatMap { reader.date($0, field: "as_of") } ?? ServiceClock.today
            try reader.check()
            return balance(hub: hub, ledger: ledger, amhpID: id, asOf: asOf)
        }
        api.add(APIOperation(
            method: .POST, path: "/api/toil/entries", operationID: "addTOILEntry", tag: "TOIL",
            summary: "Append an entry (corrections are new entries that cancel an earlier one; nothing is ever edited).",
            roles: [.hr, .manager], request: .json("NewTOILEntry"), response: .json("TOILAppended"), status: .created)) { request, user in
            let new = try request.content.decode(NewTOILEntryDTO.self)
            let hub = try await HubRepository(database: request.db).require()
            var reader = FieldReader()
            let date = new.date.flatMap { reader.date($0, field: "date") }
            var hours: TOILHours?
            if let value = new.hours {
                hours = TOILHours(exactly: value)
                if hours == nil { reader.add("hours", "\(value) has more than two decimal places; give hours such as 7.4.") }
            }
            let entryRequest = TOILEntryRequest(
                amhpID: new.amhpID, kindCode: new.kind, hours: hours, date: date, reason: new.reason ?? "",
                approvedBy: new.approvedBy, recordedBy: user.username, recordedOn: ServiceClock.today, correctedID: new.corrects)
            for problem in entryRequest.problems { reader.add(problem.field, problem.problem) }
            try reader.check("The entry has problems; nothing was appended.")
            let appended = try await TOILLedgerRepository(database: request.db).append(hubAMHPIDs: hub.amhpIDs) { ledger, position in
                [try entryRequest.entry(in: ledger, position: position, hub: hub)]
            }
            let record = appended.records[0]
            let balance = appended.ledger.balance(of: record.entry.amhpID, asOf: record.entry.recordedOn)
            return Created(TOILAppendedDTO(entry: TOILEntryDTO(record.entry), position: record.position, held: balance.held.hours,
                                           planned: balance.planned.hours, available: balance.available.hours))
        }
        api.add(APIOperation(
            method: .GET, path: "/api/toil/payroll", operationID: "toilPayroll", tag: "TOIL",
            summary: "The month's TOIL movements per AMHP as CSV, for payroll.", roles: [.hr],
            parameters: [.query("month", "The month (YYYY-MM). Default: this month.")], response: .text("text/csv"))) { request, user in
            let (hub, ledger) = try await load(request)
            var reader = FieldReader()
            let month = request.query[String.self, at: "month"].flatMap { reader.month($0) } ?? ServiceClock.thisMonth
            try reader.check()
            try await AuditLogRepository(database: request.db).record(actor: user.username, action: "toil.payroll_export",
                                                                      subject: "toil", detailJSON: #"{"month":"\#(month)"}"#)
            let response = Response(status: .ok, body: .init(string: TOILPayrollCSV.text(for: month, ledger: ledger, amhps: hub.amhps)))
            response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            response.headers.contentDisposition = .init(.attachment, filename: "toil-payroll-\(month).csv")
            return response
        }
    }

    static func load(_ request: Request) async throws -> (Hub, TOILLedger) {
        let hub = try await HubRepository(database: request.db).require()
        let ledger = try await TOILLedgerRepository(database: request.db).ledger(hubAMHPIDs: hub.amhpIDs)
        return (hub, ledger)
    }

    /// One AMHP's balance as of a day, with the movement of that day's month and the policy's alerts.
    static func balance(hub: Hub, ledger: TOILLedger, amhpID: String, asOf: LocalDate) -> TOILBalanceDTO {
        let balance = ledger.balance(of: amhpID, asOf: asOf)
        let row = TOILOverviewRow(amhpID: amhpID, balance: balance,
                                  statement: ledger.statement(of: amhpID, for: Month(containing: asOf)),
                                  alerts: ledger.alerts(for: balance, policy: hub.rules.toil))
        return TOILBalanceDTO(row, name: hub.amhp(amhpID)?.name ?? "")
    }

    static func overview(hub: Hub, ledger: TOILLedger, month: Month, asOf: LocalDate) -> [TOILBalanceDTO] {
        ledger.overview(month: month, asOf: asOf, policy: hub.rules.toil).map { TOILBalanceDTO($0, name: hub.amhp($0.amhpID)?.name ?? "") }
    }
}
