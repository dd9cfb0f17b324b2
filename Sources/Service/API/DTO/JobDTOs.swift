import Foundation
import Storage
import Vapor

/// A request to plan a month.
struct NewSolveJobDTO: Content {
    let month: String
    /// Seconds the solver may take (default: the service's setting).
    let timeLimit: Double?
    let seed: Int?
    /// A fixed number of search tries, so the solve repeats exactly for its seed (`amhp rota --iterations`).
    let iterations: Int?
}

/// A solve job and where it has got to.
struct SolveJobDTO: Content {
    let id: UUID
    let month: String
    let status: String
    let progress: String
    /// Where the job has got to (`SolveStage.Code`): waiting, first_rota, improving, checking, saving, done, failed, cancelled.
    let stage: String
    /// The stage in words for a manager: "Improving: 12 soft breaches left; within 4% of the best possible."
    let stageText: String
    /// 0 to 100, for a progress bar.
    let percent: Int
    let requestedBy: String
    let requestedAt: Date
    let startedAt: Date?
    let finishedAt: Date?
    let rotaID: UUID?
    let error: String?
    let parameters: SolveParametersDTO
    /// Claims by worker instances so far; more than 1 when an instance stopped while running it.
    let attempts: Int
    /// The instance that last claimed it (`amhp serve --instance`); nil while never claimed.
    let ranBy: String?

    init(_ record: SolveJobRecord) {
        (attempts, ranBy) = (record.attempts, record.ranBy)
        (id, month, status, progress) = (record.id, "\(record.month)", record.status.rawValue, record.progress)
        (requestedBy, requestedAt, startedAt, finishedAt) = (record.requestedBy, record.requestedAt, record.startedAt, record.finishedAt)
        (rotaID, error) = (record.rotaID, record.error)
        let stage = SolveStage(status: record.status, progress: record.progressDetail, timeLimit: record.parameters.timeLimit)
        (self.stage, stageText, percent) = (stage.code.rawValue, stage.text, stage.percent)
        // The record's parameters were checked as they were read: never a default here.
        parameters = SolveParametersDTO(timeLimit: record.parameters.timeLimit, seed: record.parameters.seed,
                                        iterations: record.parameters.iterations)
    }
}

/// What a job asks the solver for (`SolveJobParameters`, as the API shows it).
struct SolveParametersDTO: Content {
    let timeLimit: Double
    let seed: Int
    let iterations: Int?
}

/// An audit log line.
struct AuditEventDTO: Content {
    let id: Int
    let at: Date
    let actor: String
    let action: String
    let subject: String
    let detail: String

    init(_ event: AuditEvent) {
        (id, at, actor, action, subject, detail) = (event.id, event.at, event.actor, event.action, event.subject, event.detail)
    }
}
