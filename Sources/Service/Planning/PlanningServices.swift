import Foundation
import Vapor

/// What the planning routes of one service instance share: a folder of their own in the
/// workspace, the cache of sufficiency and succession results, and the scenario runs.
///
/// All of it is per instance and kept in memory (with files under the folder): several instances
/// behind one address each have their own cache and runs, and a run started on one is not seen
/// by another. The folder is removed when the service stops.
final class PlanningServices: Sendable {
    let folder: URL
    let results: PlanningResultCache
    let scenarioRuns: ScenarioRuns

    init(configuration: ServiceConfiguration, runner: any ChildJobRunner, logger: Logger) {
        folder = configuration.workspace.appendingPathComponent("planning-\(UUID().uuidString)")
        results = PlanningResultCache(root: folder.appendingPathComponent("results"))
        scenarioRuns = ScenarioRuns(root: folder.appendingPathComponent("scenario-runs"),
                                    runner: runner, logger: logger)
    }

    /// Stops any scenario run's child and removes the instance's files.
    func shutdown() async {
        await scenarioRuns.stopAll()
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
            let services = PlanningServices(configuration: plannerConfiguration, runner: childJobRunner, logger: logger)
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
