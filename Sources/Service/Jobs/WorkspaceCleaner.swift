import Foundation
import Storage

/// Removes what a crash left in the jobs' workspace: the folder of every solve job that is no
/// longer running (or that the database does not know), and planning and scenario-run folders
/// untouched for a day.
///
/// Run when the worker starts, after jobs orphaned by a stopped SQLite service have been failed,
/// so a folder that another instance's running job still needs is never touched.
struct WorkspaceCleaner {
    let workspace: URL
    let jobs: SolveJobRepository
    /// How long a planning folder may sit unused before it counts as left behind.
    var planningAge: TimeInterval = 24 * 3600

    /// The folders removed.
    @discardableResult
    func clean(now: Date = Date()) async throws -> [URL] {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(at: workspace, includingPropertiesForKeys: [.contentModificationDateKey],
                                                             options: [.skipsHiddenFiles]) else { return [] }
        var removed: [URL] = []
        for entry in entries {
            let name = entry.lastPathComponent
            let stale: Bool
            if let id = UUID(uuidString: name) {
                stale = try await jobs.job(id: id).map { $0.status.isFinished } ?? true
            } else if name.hasPrefix("planning-") || name.hasPrefix("scenario-") {
                // A scenario run's folder is removed when its run ends; one a day old was left by a crash.
                let modified = (try? entry.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? now
                stale = now.timeIntervalSince(modified) > planningAge
            } else {
                stale = false
            }
            if stale, (try? manager.removeItem(at: entry)) != nil { removed.append(entry) }
        }
        return removed
    }
}
