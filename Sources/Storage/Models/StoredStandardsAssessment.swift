import FluentKit
import Foundation

/// One AMHP Service Standards self-assessment (table `standards_assessments`): its title, the day
/// it was held, and the evidence the service's own data gave, as it was when last filled in.
public final class StoredStandardsAssessment: Model, @unchecked Sendable {
    public static let schema = "standards_assessments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "title") public var title: String
    /// `YYYY-MM-DD`.
    @Field(key: "assessed_on") public var assessedOn: String
    @Field(key: "created_by") public var createdBy: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    /// The figures from the service's data (`StandardsEvidence`) as a JSON object; nil until filled.
    @OptionalField(key: "evidence") public var evidence: String?
    @OptionalField(key: "evidence_at") public var evidenceAt: Date?

    public init() {}
}

/// What one assessment records against one standard (table `standards_ratings`): Map, Evaluate,
/// Plan and Prioritise. Links and actions are JSON arrays.
public final class StoredStandardRating: Model, @unchecked Sendable {
    public static let schema = "standards_ratings"

    @ID(key: .id) public var id: UUID?
    @Field(key: "assessment_id") public var assessmentID: UUID
    /// The standard's number as published, such as `2.3`.
    @Field(key: "standard") public var standard: String
    @Field(key: "evidence") public var evidence: String
    @Field(key: "links") public var links: String
    /// A `StandardEvaluation`; nil until evaluated.
    @OptionalField(key: "evaluation") public var evaluation: String?
    @Field(key: "actions") public var actions: String
    /// A `StandardRisk`; nil until rated.
    @OptionalField(key: "risk") public var risk: String?
    @Field(key: "updated_by") public var updatedBy: String
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}
}
