import Foundation
import Storage
import Workforce

/// What `rotas.leaf` shows: the shifts published rotas leave short, every stored rota and version by
/// month, the solve jobs, and the form to plan a month.
struct RotaListView: Encodable {
    struct RotaLine: Encodable {
        let id: String
        let month: String
        let monthName: String
        let status: String
        let isDraft: Bool
        /// The rota in one sentence (`RotaSummarySentence`), shown instead of the objective.
        let summary: String
        let createdBy: String
        let createdAt: String
        let published: String
        /// "2" for version 2; empty for a draft.
        let version: String
        let isVersion: Bool
        let changeKind: String?
        let changeReason: String?
    }

    /// A shift of a published rota short of its minimum: the manager's to cover.
    struct UncoveredLine: Encodable {
        let rotaID: String
        let date: String
        let shift: String
        let shortBy: Int
    }

    struct JobLine: Encodable {
        let id: String
        let month: String
        let status: String
        let progress: String
        /// Where the job has got to in words (`SolveStage`), and how far along, 0 to 100.
        let stageText: String
        let percent: Int
        let requestedBy: String
        let requestedAt: String
        let finishedAt: String
        let timeLimit: String
        let rotaID: String?
        let error: String?
        /// Queued or running: the page offers to follow it and cancel it.
        let isActive: Bool
    }

    let rotas: [RotaLine]
    let jobs: [JobLine]
    let uncovered: [UncoveredLine]
    /// The month the form suggests planning: next month.
    let suggestedMonth: String
    let defaultTimeLimit: Int
    let maximumTimeLimit: Int

    init(rotas: [RotaRecord], jobs: [SolveJobRecord], uncovered: [UncoveredLine] = [], summaries: [UUID: String] = [:],
         suggestedMonth: Month, defaultTimeLimit: Double, maximumTimeLimit: Double) {
        // Newest month first; within a month the published rota first, then drafts newest first, then
        // superseded versions latest first.
        let rank = { (status: RotaStatus) in [RotaStatus.published: 2, .draft: 1][status] ?? 0 }
        let ordered = rotas.sorted {
            ($0.month, rank($0.status), $0.version ?? 0, $0.createdAt) > ($1.month, rank($1.status), $1.version ?? 0, $1.createdAt)
        }
        self.rotas = ordered.map { record in
            let published = record.publishedAt.map { "\(PageText.moment($0)) by \(record.publishedBy ?? "")" } ?? ""
            return RotaLine(id: record.id.uuidString, month: "\(record.month)", monthName: PageText.monthName(record.month),
                            status: record.status.rawValue, isDraft: record.status == .draft,
                            summary: summaries[record.id] ?? "", createdBy: record.createdBy,
                            createdAt: PageText.moment(record.createdAt), published: published,
                            version: record.version.map(String.init) ?? "", isVersion: record.version != nil,
                            changeKind: record.changeKind?.rawValue, changeReason: record.changeReason)
        }
        self.uncovered = uncovered
        self.jobs = jobs.map { record in
            let dto = SolveJobDTO(record)
            return JobLine(id: record.id.uuidString, month: "\(record.month)", status: record.status.rawValue,
                           progress: record.progress, stageText: dto.stageText, percent: dto.percent,
                           requestedBy: record.requestedBy,
                           requestedAt: PageText.moment(record.requestedAt), finishedAt: PageText.moment(record.finishedAt),
                           timeLimit: PageText.hours(dto.parameters.timeLimit), rotaID: record.rotaID?.uuidString,
                           error: record.error, isActive: !record.status.isFinished)
        }
        self.suggestedMonth = "\(suggestedMonth)"
        self.defaultTimeLimit = Int(defaultTimeLimit.rounded())
        self.maximumTimeLimit = Int(maximumTimeLimit.rounded(.down))
    }
}
