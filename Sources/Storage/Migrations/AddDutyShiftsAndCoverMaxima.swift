import FluentKit
import Foundation
import SQLKit

/// Stores what issue 20 added to a hub: each shift type's kind (`rota` or `duty`), each cover
/// rule's maximum, and `hub.surplus_hours`. The unsocial-hours rates need no column: they are rows
/// of `hub_settings` (`UnsocialHoursSettings`).
///
/// Hubs stored before it read as they did: every shift a rota shift, every maximum the target plus
/// one (`CoverRule.defaultMaximum`), surplus hours following shifts.csv, and the unsocial-hours
/// terms the defaults (no rows).
struct AddDutyShiftsAndCoverMaxima: AsyncMigration {
    var name: String { "AddDutyShiftsAndCoverMaxima" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredShiftType.schema)
            .field("kind", .string, .required, .sql(.default(SQLLiteral.string("rota")))).update()
        try await database.schema(StoredCoverRule.schema)
            .field("maximum", .int, .required, .sql(.default(SQLLiteral.numeric("0")))).update()
        // The default maximum as this migration found it, written out: a shipped migration never
        // changes, whatever `CoverRule.defaultMaximum` becomes.
        try await SQLFlavour.sql(database).update(StoredCoverRule.schema)
            .set(SQLColumn("maximum"), to: SQLBinaryExpression(left: SQLColumn("target"), op: SQLBinaryOperator.add, right: SQLLiteral.numeric("1")))
            .run()
        try await database.schema(StoredHub.schema).field("surplus_hours", .string).update()
    }

    /// Takes the hub back to what the schema before could hold: a duty shift would read as a rota
    /// shift without cover on most days (a hub `amhp import` refuses), so duty shifts go, with their
    /// cover rows and the requests and carried-in shifts that name them; so do the unsocial-hours rows.
    /// Stored rotas are not changed: a duty shift on one is reported as an unknown shift.
    func revert(on database: any Database) async throws {
        let sql = SQLFlavour.sql(database)
        let duty = try await sql.select().column("hub_id").column("code").from(StoredShiftType.schema)
            .where(SQLColumn("kind"), .equal, SQLBind("duty")).all()
        for row in duty {
            let hubID = try row.decode(column: "hub_id", as: UUID.self), code = try row.decode(column: "code", as: String.self)
            for table in [StoredCoverRule.schema, StoredShiftRequest.schema, StoredCarryIn.schema, StoredShiftType.schema] {
                let column = table == StoredShiftType.schema ? "code" : "shift_code"
                try await sql.delete(from: table).where(SQLColumn("hub_id"), .equal, SQLBind(hubID))
                    .where(SQLColumn(column), .equal, SQLBind(code)).run()
            }
        }
        let prefix = UnsocialHoursSettings.prefix
        try await sql.delete(from: StoredHubSetting.schema)
            .where(SQLFunction("substr", args: SQLColumn("key"), SQLLiteral.numeric("1"), SQLLiteral.numeric(String(prefix.count))),
                   .equal, SQLBind(prefix)).run()
        // One column a statement: SQLite alters a table one change at a time.
        try await database.schema(StoredHub.schema).deleteField("surplus_hours").update()
        try await database.schema(StoredCoverRule.schema).deleteField("maximum").update()
        try await database.schema(StoredShiftType.schema).deleteField("kind").update()
    }
}
