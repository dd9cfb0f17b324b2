import Foundation
import Workforce

/// A self-assessment as storage keeps it, with every standard it has rated.
public struct StandardsAssessmentRecord: Hashable, Sendable {
    public let id: UUID
    public let title: String
    public let assessedOn: LocalDate
    public let createdBy: String
    public let createdAt: Date
    public let updatedAt: Date
    /// The evidence from the service's data as a JSON object the service reads; nil until filled.
    public let evidenceJSON: String?
    public let evidenceAt: Date?
    /// The standards rated so far, keyed by number; a standard not here has nothing recorded.
    public let ratings: [String: RatedStandard]

    init(_ row: StoredStandardsAssessment, ratings: [StoredStandardRating]) throws {
        let table = StoredStandardsAssessment.schema
        id = row.id ?? UUID()
        (title, createdBy, createdAt, updatedAt) = (row.title, row.createdBy, row.createdAt, row.updatedAt)
        assessedOn = try StoredValue.date(row.assessedOn, table: table, field: "assessed_on")
        (evidenceJSON, evidenceAt) = (row.evidence, row.evidenceAt)
        var rated: [String: RatedStandard] = [:]
        for rating in ratings { rated[rating.standard] = try RatedStandard(rating) }
        self.ratings = rated
    }

    /// The rating of one standard, empty when nothing is recorded.
    public func rating(of standard: String) -> StandardRating {
        ratings[standard]?.rating ?? StandardRating(standard: standard)
    }
}

/// One standard's rating with who last changed it and when.
public struct RatedStandard: Hashable, Sendable {
    public let rating: StandardRating
    public let updatedBy: String
    public let updatedAt: Date

    init(_ row: StoredStandardRating) throws {
        let table = StoredStandardRating.schema
        let decoder = JSONDecoder()
        guard let links = try? decoder.decode([String].self, from: Data(row.links.utf8)) else {
            throw StorageError.unreadableValue(table: table, field: "links", value: String(row.links.prefix(200)))
        }
        guard let actions = try? decoder.decode([StandardAction].self, from: Data(row.actions.utf8)) else {
            throw StorageError.unreadableValue(table: table, field: "actions", value: String(row.actions.prefix(200)))
        }
        let evaluation = try row.evaluation.map { try StoredValue.choice($0, as: StandardEvaluation.self, table: table, field: "evaluation") }
        let risk = try row.risk.map { try StoredValue.choice($0, as: StandardRisk.self, table: table, field: "risk") }
        rating = StandardRating(standard: row.standard, evidence: row.evidence, links: links, evaluation: evaluation,
                                actions: actions, risk: risk)
        (updatedBy, updatedAt) = (row.updatedBy, row.updatedAt)
    }
}
