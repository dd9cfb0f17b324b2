import FluentKit
import Foundation
import Workforce

/// AMHP Service Standards self-assessments in the database (issue 18): created, rated standard by
/// standard, and filled with evidence from the service's data; every write audited and read back.
///
///     let assessments = StandardsAssessmentRepository(database: db)
///     let first = try await assessments.create(title: "Spring 2026", assessedOn: day, by: "lee")
///     try await assessments.rate(first.id, StandardRating(standard: "2.3", evaluation: .partially, risk: .medium), by: "lee")
///     let again = try await assessments.create(title: "Autumn 2026", assessedOn: later, by: "lee", repeating: first.id)
public struct StandardsAssessmentRepository: Sendable {
    public let database: any Database

    /// The most assessments `assessments()` lists.
    public static let listLimit = 100

    public init(database: any Database) {
        self.database = database
    }

    /// Stores a new assessment; repeating an earlier one starts from its ratings (so only what has
    /// changed need be edited). Logged as `standards.create`.
    public func create(title: String, assessedOn: LocalDate, by actor: String, repeating previous: UUID? = nil,
                       at date: Date = Date()) async throws -> StandardsAssessmentRecord {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            var copied: [StoredStandardRating] = []
            if let previous {
                guard try await StoredStandardsAssessment.find(previous, on: transaction) != nil else {
                    throw StorageError.unknownAssessment(previous)
                }
                copied = try await Self.ratingRows(of: previous, on: transaction)
            }
            let row = StoredStandardsAssessment()
            (row.title, row.assessedOn, row.createdBy, row.createdAt, row.updatedAt) = (title, assessedOn.description, actor, date, date)
            try await row.create(on: transaction)
            let id = try row.requireID()
            try await RoundTrip.readBack(row, on: transaction)
            var written: [StoredStandardRating] = []
            for old in copied {
                let new = StoredStandardRating()
                (new.assessmentID, new.standard, new.evidence, new.links) = (id, old.standard, old.evidence, old.links)
                (new.evaluation, new.actions, new.risk, new.updatedBy, new.updatedAt) = (old.evaluation, old.actions, old.risk, actor, date)
                try await new.create(on: transaction)
                written.append(new)
            }
            try RoundTrip.compare(written, readBack: try await Self.ratingRows(of: id, on: transaction))
            var detail = ["title": title, "assessed_on": assessedOn.description]
            if let previous { detail["repeats"] = previous.uuidString }
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "standards.create", subject: "assessment:\(id)",
                                                at: date, detail: detail)
            return try await Self.record(id, on: transaction)
        }
    }

    /// Records what the assessment says about one standard, replacing what it said before; logged
    /// as `standards.rate` with the evaluation and risk. The caller checks the standard's number
    /// against the published list and the text against `StandardRating`'s bounds.
    @discardableResult
    public func rate(_ id: UUID, _ rating: StandardRating, by actor: String, at date: Date = Date()) async throws -> StandardsAssessmentRecord {
        let date = StoredValue.moment(date)
        let links = try Self.json(rating.links), actions = try Self.json(rating.actions)
        return try await StorageTransaction.write(on: database) { transaction in
            guard let assessment = try await StoredStandardsAssessment.find(id, on: transaction) else { throw StorageError.unknownAssessment(id) }
            let row = try await StoredStandardRating.query(on: transaction).filter(\.$assessmentID == id)
                .filter(\.$standard == rating.standard).first() ?? StoredStandardRating()
            (row.assessmentID, row.standard, row.evidence, row.links) = (id, rating.standard, rating.evidence, links)
            (row.evaluation, row.actions, row.risk) = (rating.evaluation?.rawValue, actions, rating.risk?.rawValue)
            (row.updatedBy, row.updatedAt) = (actor, date)
            try await row.save(on: transaction)
            let readBack = try await RoundTrip.readBack(row, on: transaction)
            try RoundTrip.rebuild(rating, table: StoredStandardRating.schema) { try RatedStandard(readBack).rating }
            assessment.updatedAt = date
            try await assessment.update(on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "standards.rate", subject: "assessment:\(id)", at: date,
                                                detail: ["standard": rating.standard, "evaluation": rating.evaluation?.rawValue ?? "",
                                                         "risk": rating.risk?.rawValue ?? "", "actions": String(rating.actions.count)])
            return try await Self.record(id, on: transaction)
        }
    }

    /// Keeps the evidence the service's data gave (a JSON object) with the assessment, dated;
    /// logged as `standards.evidence`.
    @discardableResult
    public func setEvidence(_ id: UUID, json: String, by actor: String, at date: Date = Date()) async throws -> StandardsAssessmentRecord {
        let date = StoredValue.moment(date)
        try JSONText.requireObject(json, field: "evidence")
        return try await StorageTransaction.write(on: database) { transaction in
            guard let row = try await StoredStandardsAssessment.find(id, on: transaction) else { throw StorageError.unknownAssessment(id) }
            (row.evidence, row.evidenceAt, row.updatedAt) = (json, date, date)
            try await row.update(on: transaction)
            try await RoundTrip.readBack(row, on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "standards.evidence", subject: "assessment:\(id)",
                                                at: date, detail: [:])
            return try await Self.record(id, on: transaction)
        }
    }

    public func assessment(id: UUID) async throws -> StandardsAssessmentRecord? {
        try await StorageTransaction.read(on: database) { transaction in
            guard try await StoredStandardsAssessment.find(id, on: transaction) != nil else { return nil }
            return try await Self.record(id, on: transaction)
        }
    }

    /// Assessments newest first (by the day held, then when made), at most `listLimit`, with their ratings.
    public func assessments() async throws -> [StandardsAssessmentRecord] {
        try await StorageTransaction.read(on: database) { transaction in
            let rows = try await StoredStandardsAssessment.query(on: transaction).sort(\.$assessedOn, .descending)
                .sort(\.$createdAt, .descending).limit(Self.listLimit).all()
            let ids = rows.compactMap(\.id)
            let ratings = ids.isEmpty ? [] : try await StoredStandardRating.query(on: transaction).filter(\.$assessmentID ~~ ids).all()
            let byAssessment = Dictionary(grouping: ratings, by: \.assessmentID)
            return try rows.map { try StandardsAssessmentRecord($0, ratings: byAssessment[$0.id ?? UUID()] ?? []) }
        }
    }

    private static func record(_ id: UUID, on database: any Database) async throws -> StandardsAssessmentRecord {
        guard let row = try await StoredStandardsAssessment.find(id, on: database) else { throw StorageError.unknownAssessment(id) }
        return try StandardsAssessmentRecord(row, ratings: try await ratingRows(of: id, on: database))
    }

    private static func ratingRows(of id: UUID, on database: any Database) async throws -> [StoredStandardRating] {
        try await StoredStandardRating.query(on: database).filter(\.$assessmentID == id).sort(\.$standard).all()
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
