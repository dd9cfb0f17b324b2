import FluentKit
import Foundation
@testable import Storage
import Testing
import Workforce

/// `standards_assessments` and `standards_ratings`: created, rated, repeated from an earlier one,
/// filled with evidence, read back and audited; on SQLite and (when DATABASE_URL names one) PostgreSQL.
/// Lee Morgan is the AMHP lead; Sam Patel the team manager.
@Suite struct StandardsAssessmentRepositoryTests {
    static let spring = LocalDate("2026-04-01")!
    static let autumn = LocalDate("2026-10-01")!

    static let contingency = StandardRating(
        standard: "2.3", evidence: "Escalation protocol agreed with the trust.\nReviewed quarterly.", links: ["Policies/escalation.docx"],
        evaluation: .partially,
        actions: [StandardAction(text: "Agree a reserve list", term: .short, owner: "Lee Morgan", due: LocalDate("2026-06-30")),
                  StandardAction(text: "Bed plan with the ICB", term: .long, owner: "Sam Patel", due: nil)],
        risk: .high)

    @Test(arguments: TestBackend.available)
    func anAssessmentIsRatedRepeatedAndAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let assessments = StandardsAssessmentRepository(database: store.database)
            #expect(try await assessments.assessments().isEmpty)
            let first = try await assessments.create(title: "Spring 2026", assessedOn: Self.spring, by: "lee")
            #expect(first.ratings.isEmpty && first.title == "Spring 2026" && first.assessedOn == Self.spring && first.evidenceJSON == nil)
            #expect(first.rating(of: "2.3").isEmpty)

            let rated = try await assessments.rate(first.id, Self.contingency, by: "lee")
            #expect(rated.rating(of: "2.3") == Self.contingency)
            #expect(rated.ratings["2.3"]?.updatedBy == "lee")
            // Rating again replaces what was said.
            let cleared = StandardRating(standard: "2.3", evaluation: .toAGreaterExtent, risk: .noRisk)
            #expect(try await assessments.rate(first.id, cleared, by: "sam").rating(of: "2.3") == cleared)
            try await assessments.rate(first.id, Self.contingency, by: "lee")

            // A repeat starts from the earlier one's ratings and is listed first.
            let second = try await assessments.create(title: "Autumn 2026", assessedOn: Self.autumn, by: "sam", repeating: first.id)
            #expect(second.rating(of: "2.3") == Self.contingency)
            try await assessments.rate(second.id, StandardRating(standard: "2.3", evaluation: .consistently, risk: .low), by: "sam")
            #expect(try await assessments.assessment(id: first.id)?.rating(of: "2.3") == Self.contingency)
            #expect(try await assessments.assessments().map(\.id) == [second.id, first.id])

            let filled = try await assessments.setEvidence(second.id, json: #"{"as_of":"2026-10-01","items":[]}"#, by: "lee")
            #expect(filled.evidenceJSON == #"{"as_of":"2026-10-01","items":[]}"# && filled.evidenceAt != nil)

            let audit = try await AuditLogRepository(database: store.database).events(subject: "assessment:\(second.id)")
            #expect(audit.map(\.action) == ["standards.evidence", "standards.rate", "standards.create"])
            #expect(audit.last?.detail.contains(first.id.uuidString) == true)
        }
    }

    @Test(arguments: TestBackend.available)
    func unknownAssessmentsAndBadEvidenceAreRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let assessments = StandardsAssessmentRepository(database: store.database)
            let missing = UUID()
            await #expect(throws: StorageError.unknownAssessment(missing)) {
                try await assessments.rate(missing, Self.contingency, by: "lee")
            }
            await #expect(throws: StorageError.unknownAssessment(missing)) {
                try await assessments.create(title: "Again", assessedOn: Self.autumn, by: "lee", repeating: missing)
            }
            let first = try await assessments.create(title: "Spring", assessedOn: Self.spring, by: "lee")
            await #expect(throws: StorageError.invalidJSON(field: "evidence")) {
                try await assessments.setEvidence(first.id, json: "[1]", by: "lee")
            }
            // Text that would not read back (a NUL) is refused and nothing is stored: SQLite reads it back
            // cut short (a round-trip failure), PostgreSQL refuses it outright.
            let bad = StandardRating(standard: "1.1", evidence: "before\u{0}after")
            await #expect(throws: (any Error).self) { try await assessments.rate(first.id, bad, by: "lee") }
            #expect(try await assessments.assessment(id: first.id)?.ratings.isEmpty == true)
            #expect(try await assessments.assessments().count == 1)
        }
    }
}
