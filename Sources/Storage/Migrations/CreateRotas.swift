import FluentKit
import SQLKit

/// Creates `rotas` and `rota_assignments` (deleted with their rota).
struct CreateRotas: AsyncMigration {
    var name: String { "CreateRotas" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredRota.schema)
            .id()
            .field("month", .string, .required)
            .field("status", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("objective", .double)
            .field("report", .string, .required)
            .field("published_at", .datetime)
            .field("published_by", .string)
            .create()
        try await SQLFlavour.sql(database).create(index: "rotas_month").on(StoredRota.schema).column("month").run()
        try await database.schema(StoredRotaAssignment.schema)
            .id()
            .field("rota_id", .uuid, .required, .references(StoredRota.schema, .id, onDelete: .cascade))
            .field("amhp_id", .string, .required)
            .field("date", .string, .required)
            .field("shift_code", .string, .required)
            .field("is_coordinator", .bool, .required)
            .unique(on: "rota_id", "amhp_id", "date", "shift_code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredRotaAssignment.schema).delete()
        try await database.schema(StoredRota.schema).delete()
    }
}
