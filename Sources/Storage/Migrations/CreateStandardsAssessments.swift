import FluentKit

/// Creates `standards_assessments` and `standards_ratings` (issue 18): the AMHP Service Standards
/// self-assessment kept online, one row per assessment and one per standard rated in it.
struct CreateStandardsAssessments: AsyncMigration {
    var name: String { "CreateStandardsAssessments" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredStandardsAssessment.schema)
            .id()
            .field("title", .string, .required)
            .field("assessed_on", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("evidence", .string)
            .field("evidence_at", .datetime)
            .create()
        try await database.schema(StoredStandardRating.schema)
            .id()
            .field("assessment_id", .uuid, .required, .references(StoredStandardsAssessment.schema, .id, onDelete: .cascade))
            .field("standard", .string, .required)
            .field("evidence", .string, .required)
            .field("links", .string, .required)
            .field("evaluation", .string)
            .field("actions", .string, .required)
            .field("risk", .string)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "assessment_id", "standard")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredStandardRating.schema).delete()
        try await database.schema(StoredStandardsAssessment.schema).delete()
    }
}
