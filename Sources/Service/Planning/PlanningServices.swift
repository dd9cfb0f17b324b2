import Foundation
import Vapor

/// What the planning routes of one service instance share: a folder of their own in the
/// workspace, and the cache of sufficiency and succession results.
///
/// The cache is per instance and kept in memory (with files under the folder): several
/// instances behind one address each have their own. Scenario runs are not here: they are kept
/// in the database (`ScenarioRuns`), so every instance shows them. The folder is removed when the
/// service stops.
final class PlanningServices: Sendable {
    let folder: URL
    let results: PlanningResultCache

    init(configuration: ServiceConfiguration) {
        folder = configuration.workspace.appendingPathComponent("planning-\(UUID().uuidString)")
        results = PlanningResultCache(root: folder.appendingPathComponent("results"))
    }

    /// Removes the instance's files.
    func shutdown() async {
        try? FileManager.default.removeItem(at: folder)
    }
}

extension Application {
    private struct PlanningServicesKey: StorageKey, LockKey {
        typealias Value = PlanningServices
    }

    /// The instance's planning services, made on first use (most instances never plan), and shut
    /// down with the application.
    var planning: PlanningServices {
        locks.lock(for: PlanningServicesKey.self).withLock {
            if let services = storage[PlanningServicesKey.self] { return services }
            let services = PlanningServices(configuration: plannerConfiguration)
            storage[PlanningServicesKey.self] = services
            lifecycle.use(PlanningServicesLifecycle(services: services))
            return services
        }
    }
}

/// Shuts the planning services down with the application (a lifecycle handler, because storage
/// takes an async shutdown only from async code, and the services are made in a property).
private struct PlanningServicesLifecycle: LifecycleHandler {
    let services: PlanningServices

    func shutdownAsync(_ application: Application) async {
        await services.shutdown()
    }
}
