import Foundation
import Vapor
import Storage
import Workforce

/// Publishing that mails the AMHPs a new version changes, whichever path made it (a draft
/// published, an absence, cover, a re-plan). The e-mail is worked out after the version is
/// committed and handed to the mailer, which returns at once: nothing about e-mail can hold up or
/// undo a publication. A failure to work it out is logged, not thrown.
struct NotifyingRotaPublishing: RotaPublishing {
    let base: any RotaPublishing
    let rotas: any RotaStore
    let users: any UserStore
    let mailer: any ChangeMailer
    let logger: Logger

    func publish(_ saved: SavedRota, hub: Hub, by actor: String) async throws -> RotaRecord {
        let old = try? await rotas.published(month: saved.record.month)
        let record = try await base.publish(saved, hub: hub, by: actor)
        await notify(old: old?.rota, new: SavedRota(record: record, rota: saved.rota), hub: hub)
        return record
    }

    func publishVersion(month: Month, assignments: [Assignment], kind: RotaChangeKind, reason: String, hub: Hub,
                        by actor: String) async throws -> RotaRecord {
        let old = try? await rotas.published(month: month)
        let record = try await base.publishVersion(month: month, assignments: assignments, kind: kind, reason: reason, hub: hub, by: actor)
        await notify(old: old?.rota, new: SavedRota(record: record, rota: Rota(month: month, assignments: assignments)), hub: hub)
        return record
    }

    private func notify(old: Rota?, new: SavedRota, hub: Hub) async {
        guard !(mailer is NoMailer), let old else { return }
        do {
            for message in ChangeNotifier.messages(from: old, to: new, users: try await users.users(), hub: hub) {
                mailer.send(message)
            }
        } catch {
            logger.error("E-mail of the changes in rota \(new.record.id) not worked out: \(error)")
        }
    }
}
