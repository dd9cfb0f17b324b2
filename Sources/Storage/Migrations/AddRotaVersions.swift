import FluentKit
import SQLKit

/// Gives `rotas` versions (issue 15): `version` (the publication's number within its month, null
/// for a draft), `based_on` (the rota a version was made from), `change_kind` (`RotaChangeKind`)
/// and `change_reason`. A rota published before it becomes version 1, kind `publish`.
struct AddRotaVersions: AsyncMigration {
    var name: String { "AddRotaVersions" }

    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite alters a table one change at a time.
        try await database.schema(StoredRota.schema).field("version", .int).update()
        try await database.schema(StoredRota.schema).field("based_on", .uuid).update()
        try await database.schema(StoredRota.schema).field("change_kind", .string).update()
        try await database.schema(StoredRota.schema).field("change_reason", .string).update()
        try await SQLFlavour.sql(database).update(StoredRota.schema)
            .set(SQLColumn("version"), to: SQLLiteral.numeric("1"))
            .set(SQLColumn("change_kind"), to: SQLBind(RotaChangeKind.publish.rawValue))
            .where(SQLColumn("status"), .equal, SQLBind(RotaStatus.published.rawValue)).run()
    }

    /// The schema before knew no `superseded` rota: a superseded version goes back to draft, as
    /// republishing did then, so nothing is lost and every row reads.
    func revert(on database: any Database) async throws {
        try await SQLFlavour.sql(database).update(StoredRota.schema)
            .set(SQLColumn("status"), to: SQLBind(RotaStatus.draft.rawValue))
            .set(SQLColumn("published_at"), to: SQLLiteral.null)
            .set(SQLColumn("published_by"), to: SQLLiteral.null)
            .where(SQLColumn("status"), .equal, SQLBind(RotaStatus.superseded.rawValue)).run()
        try await database.schema(StoredRota.schema).deleteField("change_reason").update()
        try await database.schema(StoredRota.schema).deleteField("change_kind").update()
        try await database.schema(StoredRota.schema).deleteField("based_on").update()
        try await database.schema(StoredRota.schema).deleteField("version").update()
    }
}
