import FluentKit
import Foundation
import Workforce

/// Pins: the cells of a draft a manager has fixed, kept in `rota_pins` beside the rota, at most one
/// per AMHP and day. Every write is read back before it commits.
extension RotaRepository {
    /// The rota's pins, by date then AMHP.
    public func pins(rotaID: UUID) async throws -> [Pin] {
        try Self.pins(from: try await StoredRotaPin.query(on: database).filter(\.$rota.$id == rotaID).all())
    }

    /// Pins one cell of a draft, replacing any pin on it, and (when given) the draft's assignments
    /// with `assignments` (the cell set to the pin) in the same transaction. Logged as `rota.pin`.
    ///
    /// - Returns: the draft's pins after the change.
    /// - Throws: `StorageError.unknownRota`, `StorageError.rotaNotDraft` for a published rota;
    ///   `StorageError.roundTripFailed` when a value would not read back as written.
    @discardableResult
    public func pin(rotaID: UUID, _ pin: Pin, assignments: [Assignment]?, by actor: String,
                    at date: Date = Date()) async throws -> [Pin] {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            let row = try await Self.draft(rotaID, on: transaction)
            if let assignments {
                try await StoredRotaAssignment.query(on: transaction).filter(\.$rota.$id == rotaID).delete()
                let rows = try await Self.insertAssignments(assignments, rotaID: rotaID, on: transaction)
                let record = try RotaRecord(row)
                try await Self.checkRoundTrip(SavedRota(record: record, rota: Rota(month: record.month, assignments: assignments)),
                                              row: row, assignments: rows, on: transaction)
            }
            let others = try Self.pins(from: try await Self.pinRows(rotaID, on: transaction))
                .filter { !($0.amhpID == pin.amhpID && $0.date == pin.date) }
            try await Self.deletePin(rotaID: rotaID, amhpID: pin.amhpID, date: pin.date, on: transaction)
            try await Self.insertPins([pin], rotaID: rotaID, on: transaction)
            let all = Self.ordered(others + [pin])
            try await Self.checkPins(all, rotaID: rotaID, on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "rota.pin", subject: "rota:\(rotaID)", at: date,
                                                detail: ["amhp_id": pin.amhpID, "date": pin.date.description,
                                                         "shift": pin.shiftCode ?? "off"])
            return all
        }
    }

    /// Removes the pin on one cell of a draft, if there is one (logged as `rota.unpin` only then).
    ///
    /// - Returns: the draft's pins after the change.
    /// - Throws: `StorageError.unknownRota`, `StorageError.rotaNotDraft` for a published rota.
    @discardableResult
    public func unpin(rotaID: UUID, amhpID: String, date day: LocalDate, by actor: String,
                      at date: Date = Date()) async throws -> [Pin] {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            _ = try await Self.draft(rotaID, on: transaction)
            let before = try Self.pins(from: try await Self.pinRows(rotaID, on: transaction))
            let after = before.filter { !($0.amhpID == amhpID && $0.date == day) }
            guard after.count != before.count else { return before }
            try await Self.deletePin(rotaID: rotaID, amhpID: amhpID, date: day, on: transaction)
            try await Self.checkPins(after, rotaID: rotaID, on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "rota.unpin", subject: "rota:\(rotaID)", at: date,
                                                detail: ["amhp_id": amhpID, "date": day.description])
            return after
        }
    }

    static func insertPins(_ pins: [Pin], rotaID: UUID, on database: any Database) async throws {
        let rows = pins.map { pin in
            let row = StoredRotaPin()
            (row.$rota.id, row.amhpID, row.date, row.shiftCode) = (rotaID, pin.amhpID, pin.date.description, pin.shiftCode)
            return row
        }
        var start = 0
        while start < rows.count {
            let end = min(start + HubRows.batchSize, rows.count)
            try await rows[start..<end].create(on: database)
            start = end
        }
    }

    /// Reads the rota's pins back and checks they are exactly `meant` (`RoundTrip`).
    static func checkPins(_ meant: [Pin], rotaID: UUID, on transaction: any Database) async throws {
        let readBack = try await pinRows(rotaID, on: transaction)
        try RoundTrip.rebuild(ordered(meant), table: StoredRotaPin.schema) { try pins(from: readBack) }
    }

    private static func pinRows(_ rotaID: UUID, on database: any Database) async throws -> [StoredRotaPin] {
        try await StoredRotaPin.query(on: database).filter(\.$rota.$id == rotaID).all()
    }

    private static func deletePin(rotaID: UUID, amhpID: String, date: LocalDate, on database: any Database) async throws {
        try await StoredRotaPin.query(on: database).filter(\.$rota.$id == rotaID).filter(\.$amhpID == amhpID)
            .filter(\.$date == date.description).delete()
    }

    private static func pins(from rows: [StoredRotaPin]) throws -> [Pin] {
        ordered(try rows.map { row in
            Pin(amhpID: row.amhpID, date: try StoredValue.date(row.date, table: StoredRotaPin.schema, field: "date"),
                shiftCode: row.shiftCode)
        })
    }

    private static func ordered(_ pins: [Pin]) -> [Pin] {
        pins.sorted { ($0.date, $0.amhpID) < ($1.date, $1.amhpID) }
    }
}
