import FluentKit

/// Creates `rota_pins` (issue 15): the cells of a rota a manager has pinned, one per AMHP and day,
/// deleted with their rota. Reverting drops the table: pins are a planning aid, and the rota's
/// assignments (which hold every pinned shift) are untouched.
struct CreateRotaPins: AsyncMigration {
    var name: String { "CreateRotaPins" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredRotaPin.schema)
            .id()
            .field("rota_id", .uuid, .required, .references(StoredRota.schema, .id, onDelete: .cascade))
            .field("amhp_id", .string, .required)
            .field("date", .string, .required)
            .field("shift_code", .string)
            .unique(on: "rota_id", "amhp_id", "date")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredRotaPin.schema).delete()
    }
}
