import FluentKit
import Foundation
import Planning
import Storage
import Vapor
import Workforce

/// Gathers what `StandardsEvidenceBuilder` reads: the stored hub, the published rotas of the last
/// three months (and the one before, whose last night runs into the first), the TOIL ledger, and
/// the planning folder's register, CPD and referrals when there is one (`serve --planning`). No
/// child process: nothing here touches GLPK.
enum StandardsEvidenceGathering {
    /// As the service has them (its hub and ledger caches).
    static func evidence(_ request: Request, asOf: LocalDate = ServiceClock.today) async throws -> StandardsEvidence {
        let stores = request.stores
        let hub = try await stores.hub.require()
        return try await evidence(hub: hub, asOf: asOf, planningFolder: request.application.plannerConfiguration.planningFolder,
                                  published: { try await stores.rotas.published(month: $0)?.rota },
                                  ledger: { try await stores.toil.ledger(hubAMHPIDs: hub.amhpIDs) })
    }

    /// As the database has them, for `amhp standards evidence`.
    static func evidence(database: any Database, planningFolder: URL?, asOf: LocalDate) async throws -> StandardsEvidence {
        let hub = try await HubRepository(database: database).require()
        let rotas = RotaRepository(database: database)
        return try await evidence(hub: hub, asOf: asOf, planningFolder: planningFolder,
                                  published: { try await rotas.published(month: $0)?.rota },
                                  ledger: { try await TOILLedgerRepository(database: database).ledger(hubAMHPIDs: hub.amhpIDs) })
    }

    static func evidence(hub: Hub, asOf: LocalDate, planningFolder: URL?, published: (Month) async throws -> Rota?,
                         ledger: () async throws -> TOILLedger) async throws -> StandardsEvidence {
        var rotas: [Rota] = []
        var month = Month(containing: asOf)
        for _ in 0..<4 {
            if let rota = try await published(month) { rotas.append(rota) }
            month = month.previous
        }
        let planning = try planningFolder.map { try PlanningData.load(folder: $0, hub: hub) }
        let toil = try await ledger().overview(month: Month(containing: asOf), asOf: asOf, policy: hub.rules.toil)
        let minimum = planning?.settings.standards.practiceMinimumPerQuarter ?? StandardsEvidenceInputs.defaultPracticeMinimum
        return StandardsEvidenceBuilder.evidence(StandardsEvidenceInputs(asOf: asOf, hub: hub, rotas: rotas, planning: planning, toil: toil,
                                                                         practiceMinimumPerQuarter: minimum))
    }

    /// The evidence as the JSON object an assessment keeps.
    static func json(_ evidence: StandardsEvidence) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(evidence), as: UTF8.self)
    }
}
