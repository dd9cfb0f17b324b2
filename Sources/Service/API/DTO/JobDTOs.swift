import Foundation
import Storage
import Vapor

/// A request to plan a month.
struct NewSolveJobDTO: Content {
    let month: String
    /// Seconds the solver may take (default: the service's setting).
    let timeLimit: Double?
    let seed: Int?
}

/// A solve job and where it has got to.
struct SolveJobDTO: Content {
    let id: UUID
    let month: String
    let status: String
    let progress: String
    let requestedBy: String
    let requestedAt: Date
    let startedAt: Date?
    let finishedAt: Date?
    let rotaID: UUID?
    let error: String?
    let parameters: SolveParametersDTO

    init(_ record: SolveJobRecord) {
        (id, month, status, progress) = (record.id, "\(record.month)", record.status.rawValue, record.progress)
        (requestedBy, requestedAt, startedAt, finishedAt) = (record.requestedBy, record.requestedAt, record.startedAt, record.finishedAt)
        (rotaID, error) = (record.rotaID, record.error)
        parameters = (try? JSONCoding.decoder.decode(SolveParametersDTO.self, from: Data(record.parameters.utf8)))
            ?? SolveParametersDTO(timeLimit: 60, seed: 1)
    }
}

/// What a job asks the solver for; stored with the job as JSON.
struct SolveParametersDTO: Content {
    let timeLimit: Double
    let seed: Int
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
