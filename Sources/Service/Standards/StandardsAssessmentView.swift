import Foundation
import Planning
import Storage
import Workforce

/// An assessment as the API and the page show it: the record, the assessment before it (by the day
/// held), the change since then, and its stored evidence from data, read back.
struct StandardsAssessmentView {
    let standards: ServiceStandards
    let record: StandardsAssessmentRecord
    let previous: StandardsAssessmentRecord?
    let progress: StandardsProgress?
    let evidence: StandardsEvidence?

    init(standards: ServiceStandards, record: StandardsAssessmentRecord, all: [StandardsAssessmentRecord]) throws {
        self.standards = standards
        self.record = record
        // The list is newest first: the one before is the next one after this in it.
        previous = all.firstIndex { $0.id == record.id }.flatMap { index in index + 1 < all.count ? all[index + 1] : nil }
        progress = previous.map { before in
            StandardsProgress(standards: standards.standards, current: record.rating(of:), previous: before.rating(of:))
        }
        evidence = try record.evidenceJSON.map { json in
            guard let decoded = try? JSONDecoder().decode(StandardsEvidence.self, from: Data(json.utf8)) else {
                throw StorageError.unreadableValue(table: "standards_assessments", field: "evidence", value: String(json.prefix(200)))
            }
            return decoded
        }
    }

    var tally: StandardsTally { StandardsTally(standards: standards.standards, rating: record.rating(of:)) }
}
