import FluentKit
import Foundation
import SQLKit
import Workforce

/// Rotas kept in the database: drafts a manager edits, and a month's published versions: the
/// current one (`published`) and those it replaced (`superseded`), numbered 1, 2, ...
///
/// A draft saved or edited is read back before its transaction commits (`RoundTrip`), so a rota
/// stored is always one that loads.
///
///     let rotas = RotaRepository(database: db)
///     let draft = try await rotas.saveDraft(solved, createdBy: "sam", objective: 1234, report: reportJSON)
///     try await rotas.publish(id: draft.id, by: "sam")
public struct RotaRepository: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Saves a new draft with its assignments and pins; logged as `rota.create`. A draft made from
    /// another rota (a re-plan of the published one) names it in `origin`, with the kind of change
    /// its publication will be.
    ///
    /// - Throws: `StorageError.invalidJSON` when `report` is not a JSON object;
    ///   `StorageError.roundTripFailed` when a value would not read back as written.
    @discardableResult
    public func saveDraft(_ rota: Rota, createdBy actor: String, objective: Double? = nil, report: String = "{}",
                          pins: [Pin] = [], origin: DraftOrigin? = nil, at date: Date = Date()) async throws -> RotaRecord {
        let date = StoredValue.moment(date)
        try JSONText.requireObject(report, field: "report")
        return try await StorageTransaction.write(on: database) { transaction in
            let row = StoredRota()
            (row.month, row.status, row.createdBy, row.createdAt) = (rota.month.description, RotaStatus.draft.rawValue, actor, date)
            (row.objective, row.report) = (objective, report)
            (row.basedOn, row.changeKind, row.changeReason) = (origin?.basedOn, origin?.kind.rawValue, origin?.reason)
            try await row.create(on: transaction)
            let id = try row.requireID()
            let assignments = try await Self.insertAssignments(rota.assignments, rotaID: id, on: transaction)
            try await Self.insertPins(pins, rotaID: id, on: transaction)
            let record = RotaRecord(id: id, month: rota.month, status: .draft, createdBy: actor, createdAt: date, objective: objective,
                                    report: report, publishedAt: nil, publishedBy: nil, basedOn: origin?.basedOn,
                                    changeKind: origin?.kind, changeReason: origin?.reason)
            try await Self.checkRoundTrip(SavedRota(record: record, rota: rota), row: row, assignments: assignments, on: transaction)
            try await Self.checkPins(pins, rotaID: id, on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "rota.create", subject: "rota:\(id)", at: date,
                                                detail: ["month": rota.month.description, "assignments": String(rota.assignments.count)])
            return record
        }
    }

    /// The rota with this id and its assignments, if any.
    public func rota(id: UUID) async throws -> SavedRota? {
        try await StorageTransaction.read(on: database) { snapshot in
            guard let row = try await StoredRota.find(id, on: snapshot) else { return nil }
            return try await Self.saved(row, on: snapshot)
        }
    }

    /// Rotas newest first, all or for one month, without their assignments.
    public func rotas(month: Month? = nil) async throws -> [RotaRecord] {
        var query = StoredRota.query(on: database)
        if let month { query = query.filter(\.$month == month.description) }
        return try await query.sort(\.$createdAt, .descending).all().map(RotaRecord.init)
    }

    /// Every rota's header, newest first as `rotas(month: nil)` lists them: a plain SQL query of three
    /// columns, since the service asks it on every read of a rota and the records carry their reports.
    public func headers() async throws -> [RotaHeader] {
        try await SQLFlavour.sql(database)
            .raw("SELECT id, month, status FROM \(ident: StoredRota.schema) ORDER BY created_at DESC")
            .all().map(RotaHeader.init(row:))
    }

    /// The month's published rota, if there is one.
    public func published(month: Month) async throws -> SavedRota? {
        try await StorageTransaction.read(on: database) { snapshot in
            guard let row = try await StoredRota.query(on: snapshot).filter(\.$month == month.description)
                .filter(\.$status == RotaStatus.published.rawValue).first() else { return nil }
            return try await Self.saved(row, on: snapshot)
        }
    }

    /// One AMHP's shifts in the month's published rota (their own view), if the month has one: one
    /// plain SQL query of their rows alone, through the index on (rota, AMHP), since every AMHP
    /// opening their own rota asks it.
    public func publishedShifts(month: Month, amhpID: String) async throws -> PublishedShifts? {
        let rows = try await SQLFlavour.sql(database).raw("""
            SELECT r.id AS rota_id, a.date, a.shift_code, a.is_coordinator
            FROM \(ident: StoredRota.schema) r LEFT JOIN \(ident: StoredRotaAssignment.schema) a ON a.rota_id = r.id AND a.amhp_id = \(bind: amhpID)
            WHERE r.month = \(bind: month.description) AND r.status = \(bind: RotaStatus.published.rawValue)
            ORDER BY a.date, a.shift_code
            """).all()
        guard let first = rows.first else { return nil }
        let table = StoredRotaAssignment.schema
        let assignments = try rows.compactMap { row -> Assignment? in
            guard let date = try row.decode(column: "date", as: String?.self) else { return nil }
            return Assignment(amhpID: amhpID, date: try StoredValue.date(date, table: table, field: "date"),
                              shiftCode: try row.decode(column: "shift_code", as: String.self),
                              isCoordinator: try row.decode(column: "is_coordinator", as: Bool.self))
        }
        return PublishedShifts(rotaID: try first.decode(column: "rota_id", as: UUID.self), month: month, assignments: assignments)
    }

    /// Replaces a draft's assignments (a hand edit), and its report when given; logged as `rota.edit`.
    ///
    /// - Throws: `StorageError.unknownRota`, `StorageError.rotaNotDraft` for a published rota;
    ///   `StorageError.roundTripFailed` when a value would not read back as written.
    @discardableResult
    public func updateDraft(id: UUID, assignments: [Assignment], report: String? = nil, by actor: String,
                            at date: Date = Date()) async throws -> RotaRecord {
        let date = StoredValue.moment(date)
        if let report { try JSONText.requireObject(report, field: "report") }
        return try await StorageTransaction.write(on: database) { transaction in
            let row = try await Self.draft(id, on: transaction)
            try await StoredRotaAssignment.query(on: transaction).filter(\.$rota.$id == id).delete()
            let rows = try await Self.insertAssignments(assignments, rotaID: id, on: transaction)
            if let report {
                row.report = report
                try await row.update(on: transaction)
            }
            let record = try RotaRecord(row)
            try await Self.checkRoundTrip(SavedRota(record: record, rota: Rota(month: record.month, assignments: assignments)), row: row,
                                          assignments: rows, on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "rota.edit", subject: "rota:\(id)", at: date,
                                                detail: ["assignments": String(assignments.count)])
            return try RotaRecord(row)
        }
    }

    /// Publishes a draft as the month's next version (`change_kind` publish); the month's published
    /// rota, if any, is superseded in the same transaction. Logged as `rota.publish`, naming the
    /// rota superseded and the version.
    @discardableResult
    public func publish(id: UUID, by actor: String, at date: Date = Date()) async throws -> RotaRecord {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            let row = try await Self.draft(id, on: transaction)
            let month = row.month
            let (previous, version) = try await Self.supersede(month: month, on: transaction)
            (row.status, row.publishedAt, row.publishedBy) = (RotaStatus.published.rawValue, date, actor)
            // A draft made as a change (a re-plan) publishes as that kind; any other as `publish`.
            (row.version, row.changeKind) = (version, row.changeKind ?? RotaChangeKind.publish.rawValue)
            if row.basedOn == nil { row.basedOn = previous?.id }
            try await row.update(on: transaction)
            try await RoundTrip.readBack(row, on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "rota.publish", subject: "rota:\(id)", at: date,
                                                detail: ["month": month, "version": String(version),
                                                         "superseded": previous?.id?.uuidString ?? ""])
            return try RotaRecord(row)
        }
    }

    /// Makes the month's next published version from its published rota with `assignments`
    /// instead, in one transaction: the version it changes is superseded, the new one records
    /// `kind`, `reason` and who. Read back before commit; logged as `rota.version`.
    ///
    /// - Throws: `StorageError.noPublishedRota` when the month has none to change;
    ///   `StorageError.roundTripFailed` when a value would not read back as written.
    @discardableResult
    public func publishVersion(month: Month, assignments: [Assignment], kind: RotaChangeKind, reason: String, by actor: String,
                               at date: Date = Date()) async throws -> RotaRecord {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            let (previous, version) = try await Self.supersede(month: month.description, on: transaction)
            guard let previous, let previousID = previous.id else { throw StorageError.noPublishedRota(month) }
            let row = StoredRota()
            (row.month, row.status, row.createdBy, row.createdAt) = (month.description, RotaStatus.published.rawValue, actor, date)
            (row.objective, row.report, row.publishedAt, row.publishedBy) = (nil, previous.report, date, actor)
            (row.version, row.basedOn, row.changeKind, row.changeReason) = (version, previousID, kind.rawValue, reason)
            try await row.create(on: transaction)
            let id = try row.requireID()
            let rows = try await Self.insertAssignments(assignments, rotaID: id, on: transaction)
            let record = try RotaRecord(row)
            try await Self.checkRoundTrip(SavedRota(record: record, rota: Rota(month: month, assignments: assignments)), row: row,
                                          assignments: rows, on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "rota.version", subject: "rota:\(id)", at: date,
                                                detail: ["month": month.description, "version": String(version), "kind": kind.rawValue,
                                                         "reason": reason, "based_on": previousID.uuidString])
            return record
        }
    }

    /// The month's published and superseded versions, oldest (version 1) first.
    public func versions(month: Month) async throws -> [RotaRecord] {
        try await StoredRota.query(on: database).filter(\.$month == month.description)
            .filter(\.$status ~~ [RotaStatus.published.rawValue, RotaStatus.superseded.rawValue]).all()
            .map(RotaRecord.init).sorted { ($0.version ?? 0, $0.createdAt) < ($1.version ?? 0, $1.createdAt) }
    }

    /// Supersedes the month's published rota, if any; returns it and the number the next version takes.
    private static func supersede(month: String, on transaction: any Database) async throws -> (StoredRota?, Int) {
        let versions = try await StoredRota.query(on: transaction).filter(\.$month == month)
            .filter(\.$status ~~ [RotaStatus.published.rawValue, RotaStatus.superseded.rawValue]).all()
        let published = versions.filter { $0.status == RotaStatus.published.rawValue }
        for old in published {
            old.status = RotaStatus.superseded.rawValue
            try await old.update(on: transaction)
            try await RoundTrip.readBack(old, on: transaction)
        }
        return (published.first, (versions.compactMap(\.version).max() ?? 0) + 1)
    }

    /// Deletes a draft and its assignments; logged as `rota.delete`.
    public func deleteDraft(id: UUID, by actor: String, at date: Date = Date()) async throws {
        let date = StoredValue.moment(date)
        try await StorageTransaction.write(on: database) { transaction in
            let row = try await Self.draft(id, on: transaction)
            try await StoredRotaAssignment.query(on: transaction).filter(\.$rota.$id == id).delete()
            try await StoredRotaPin.query(on: transaction).filter(\.$rota.$id == id).delete()
            try await row.delete(on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "rota.delete", subject: "rota:\(id)", at: date,
                                                detail: ["month": row.month])
        }
    }

    static func draft(_ id: UUID, on database: any Database) async throws -> StoredRota {
        guard let row = try await StoredRota.find(id, on: database) else { throw StorageError.unknownRota(id) }
        guard row.status == RotaStatus.draft.rawValue else { throw StorageError.rotaNotDraft(id) }
        return row
    }

    private static func saved(_ row: StoredRota, on database: any Database) async throws -> SavedRota {
        let record = try RotaRecord(row)
        return try saved(row, assignments: try await StoredRotaAssignment.query(on: database).filter(\.$rota.$id == record.id).all())
    }

    private static func saved(_ row: StoredRota, assignments rows: [StoredRotaAssignment]) throws -> SavedRota {
        let record = try RotaRecord(row)
        let assignments = try rows.map { stored in
            Assignment(amhpID: stored.amhpID,
                       date: try StoredValue.date(stored.date, table: StoredRotaAssignment.schema, field: "date"),
                       shiftCode: stored.shiftCode, isCoordinator: stored.isCoordinator)
        }
        return SavedRota(record: record, rota: Rota(month: record.month, assignments: assignments))
    }

    /// Reads the rota's row and assignments back and checks that they hold `saved` (`RoundTrip`).
    static func checkRoundTrip(_ saved: SavedRota, row: StoredRota, assignments: [StoredRotaAssignment],
                                       on transaction: any Database) async throws {
        let readBack = try await RoundTrip.readBack(row, on: transaction)
        let readBackAssignments = try await StoredRotaAssignment.query(on: transaction).filter(\.$rota.$id == saved.record.id).all()
        try RoundTrip.compare(assignments, readBack: readBackAssignments)
        try RoundTrip.rebuild(saved, table: StoredRota.schema) { try Self.saved(readBack, assignments: readBackAssignments) }
    }

    @discardableResult
    static func insertAssignments(_ assignments: [Assignment], rotaID: UUID,
                                          on database: any Database) async throws -> [StoredRotaAssignment] {
        let rows = assignments.map { assignment in
            let row = StoredRotaAssignment()
            (row.$rota.id, row.amhpID, row.date) = (rotaID, assignment.amhpID, assignment.date.description)
            (row.shiftCode, row.isCoordinator) = (assignment.shiftCode, assignment.isCoordinator)
            return row
        }
        var start = 0
        while start < rows.count {
            let end = min(start + HubRows.batchSize, rows.count)
            try await rows[start..<end].create(on: database)
            start = end
        }
        return rows
    }
}
