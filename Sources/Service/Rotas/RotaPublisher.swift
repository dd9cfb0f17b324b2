import FluentKit
import Foundation
import RotaCheck
import Storage
import Workforce

/// Publishes a draft and enters in the TOIL ledger the hours it plans back, in one transaction.
///
/// For each AMHP the rota gives back more TOIL than the ledger already has planned for the month,
/// a `planned` entry for the difference is appended, dated on the first day of the month not yet
/// passed that they are neither rostered nor absent. Each later version of the month (a draft published again, or a change
/// after publication) corrects the plans of the version it supersedes the same way.
struct RotaPublisher {
    let hub: Hub
    let database: any Database

    func publish(_ saved: SavedRota, by actor: String) async throws -> RotaRecord {
        let month = saved.record.month
        let report = RotaChecker(hub: hub, month: month).check(saved.rota)
        guard report.hardViolations.isEmpty else {
            throw InputFailure("The rota breaks \(report.hardViolations.count) hard rule(s); put them right before publishing.",
                               problems: report.hardViolations.prefix(20).map { Problem(field: $0.rule, message: $0.message) })
        }
        let rota = saved.rota, rotaID = saved.record.id, hub = hub
        return try await WriteTransaction.run(on: database) { transaction in
            let record = try await RotaRepository(database: transaction).publish(id: rotaID, by: actor)
            try await Self.planTOIL(of: record, rota: rota, planned: report, hub: hub, by: actor, on: transaction)
            return record
        }
    }

    /// Makes the month's next version with `assignments` (`RotaRepository.publishVersion`) and
    /// corrects the TOIL planned back for it exactly as publishing does, in one transaction. There
    /// is no hard-rule gate: the version records what has happened (an absence), and a shift it
    /// leaves short is for the manager to cover.
    func publishVersion(month: Month, assignments: [Assignment], kind: RotaChangeKind, reason: String,
                        by actor: String) async throws -> RotaRecord {
        let rota = Rota(month: month, assignments: assignments), hub = hub
        let report = RotaChecker(hub: hub, month: month).check(rota)
        return try await WriteTransaction.run(on: database) { transaction in
            let record = try await RotaRepository(database: transaction)
                .publishVersion(month: month, assignments: assignments, kind: kind, reason: reason, by: actor)
            try await Self.planTOIL(of: record, rota: rota, planned: report, hub: hub, by: actor, on: transaction)
            return record
        }
    }

    /// Cancels the plans the month's earlier versions entered and enters those of `record`.
    private static func planTOIL(of record: RotaRecord, rota: Rota, planned report: CheckReport, hub: Hub, by actor: String,
                                 on transaction: any Database) async throws {
        let planned = Dictionary(uniqueKeysWithValues: report.people.map { ($0.amhpID, $0.toilPlannedHours) })
        let rotaID = record.id, month = record.month
        let today = ServiceClock.today
        // The whole ledger, as any AMHP's plans for the month may be cancelled, but not re-checked entry by entry.
        try await TOILLedgerRepository(database: transaction).append(concerning: .wholeLedger, hubAMHPIDs: hub.amhpIDs) { ledger, position in
            var entries: [TOILEntry] = []
            // Plans an earlier version of this month made are cancelled; this version's are entered afresh.
            for entry in ledger.entries where entry.kind == .planned && month.range.contains(entry.date)
                && entry.reason.hasPrefix(Self.reasonPrefix) && !entry.reason.hasSuffix(rotaID.uuidString)
                && ledger.counts(entry) {
                entries.append(TOILEntry.correction(of: entry, id: "E\(position + entries.count + 1)",
                                                    reason: "Superseded by rota \(rotaID.uuidString)",
                                                    recordedBy: actor, recordedOn: today))
            }
            for amhp in hub.amhps {
                let hours = planned[amhp.id] ?? 0
                guard hours > 0, let exact = TOILHours(exactly: (hours * 100).rounded() / 100) else { continue }
                let alreadyThisRota = ledger.entries(of: amhp.id).filter {
                    $0.kind == .planned && ledger.counts($0) && $0.reason.hasSuffix(rotaID.uuidString)
                }.map(\.hours).sum()
                // A plan is for a day not yet passed (the ledger refuses one in the past): a version made
                // mid-month plans back on a free day still to come, or not at all.
                guard let day = month.dates.first(where: {
                    $0 >= today && rota.shift(of: amhp.id, on: $0) == nil && hub.absence(of: amhp.id, on: $0) == nil
                }) else { continue }
                // Only hours the ledger holds can be reserved; a plan from toil.csv beyond them is the manager's to record.
                let missing = TOILHours.min(exact - alreadyThisRota, ledger.balance(of: amhp.id, asOf: day).available)
                guard missing.isPositive else { continue }
                entries.append(TOILEntry(id: "E\(position + entries.count + 1)", amhpID: amhp.id, kind: .planned, date: day,
                                         hours: missing, reason: "\(Self.reasonPrefix)\(rotaID.uuidString)", recordedBy: actor,
                                         approvedBy: nil, recordedOn: today))
            }
            return entries
        }
    }

    static let reasonPrefix = "Planned back by rota "
}
