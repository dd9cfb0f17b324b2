import FluentKit
import Foundation
import SQLKit

/// Moves the hub's working-time settings from columns of `hubs` to rows of `hub_settings`, keyed as
/// `rules.yaml` keys them, so that adding a setting (for a new hard rule) needs no migration.
struct MoveWorkingTimeToSettings: AsyncMigration {
    var name: String { "MoveWorkingTimeToSettings" }

    /// The columns this migration found, in the order of the rules file; never changes.
    enum Kind { case number, whole, flag }

    static let columns: [(name: String, kind: Kind)] = [
        ("minimum_rest_hours", .number), ("weekly_rest_hours", .number), ("weekly_rest_window_days", .whole),
        ("maximum_consecutive_nights", .whole), ("maximum_consecutive_working_days", .whole),
        ("average_48_hour_week", .flag), ("night_worker_maximum_hours_per_24", .number),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredHubSetting.schema)
            .id()
            .field("hub_id", .uuid, .required, .references(StoredHub.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("key", .string, .required)
            .field("value", .double, .required)
            .unique(on: "hub_id", "position")
            .unique(on: "hub_id", "key")
            .create()
        let sql = SQLFlavour.sql(database)
        let names = Self.columns.map(\.name)
        let rows = try await sql.select().column("id").columns(names.map { SQLColumn($0) }).from(StoredHub.schema).all()
        for row in rows {
            let hubID = try row.decode(column: "id", as: UUID.self)
            for (position, column) in Self.columns.enumerated() {
                let value: Double = switch column.kind {
                case .flag: try row.decode(column: column.name, as: Bool.self) ? 1 : 0
                case .whole: Double(try row.decode(column: column.name, as: Int.self))
                case .number: try row.decode(column: column.name, as: Double.self)
                }
                try await StoredHubSetting(hubID: hubID, position: position, key: column.name, value: value).create(on: database)
            }
        }
        // One column a statement: SQLite alters a table one change at a time.
        for name in names { try await database.schema(StoredHub.schema).deleteField(.string(name)).update() }
    }

    func revert(on database: any Database) async throws {
        let settings = try await StoredHubSetting.query(on: database).all()
        let sql = SQLFlavour.sql(database)
        for column in Self.columns {
            let (type, zero): (DatabaseSchema.DataType, any SQLExpression) = switch column.kind {
            case .flag: (.bool, SQLLiteral.boolean(false))
            case .whole: (.int, SQLLiteral.numeric("0"))
            case .number: (.double, SQLLiteral.numeric("0"))
            }
            try await database.schema(StoredHub.schema)
                .field(.string(column.name), type, .required, .sql(.default(zero))).update()
            for setting in settings where setting.key == column.name {
                let value: any Encodable & Sendable = switch column.kind {
                case .flag: setting.value == 1
                case .whole: Int(setting.value)
                case .number: setting.value
                }
                try await sql.update(StoredHub.schema).set(SQLColumn(column.name), to: SQLBind(value))
                    .where(SQLColumn("id"), .equal, SQLBind(setting.$hub.id)).run()
            }
        }
        try await database.schema(StoredHubSetting.schema).delete()
    }
}
