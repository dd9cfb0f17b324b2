import Foundation

/// Folders of planning results, by the digest of their inputs (`PlanningInputs.key`).
///
/// A result is made once however many ask for it at the same time: later askers wait for the
/// first. It is made in a scratch folder and renamed into place only when complete, so a folder
/// under its key is always whole. Failures are not kept (the next ask tries again). The least
/// recently used results beyond `capacity` are removed.
actor PlanningResultCache {
    private let root: URL
    private let capacity: Int
    private var entries: [String: Task<URL, any Error>] = [:]
    /// Keys from least to most recently used.
    private var recency: [String] = []

    init(root: URL, capacity: Int = 24) {
        self.root = root
        self.capacity = capacity
    }

    /// The folder of the result for `key`, calling `make` with an empty folder to fill when there is none.
    func folder(for key: String, make: @escaping @Sendable (URL) async throws -> Void) async throws -> URL {
        let task: Task<URL, any Error>
        if let existing = entries[key] {
            task = existing
        } else {
            let root = root
            task = Task {
                // Each making gets its own folder, so removing an evicted one never touches a newer one.
                let name = "\(key)-\(UUID().uuidString)"
                let scratch = root.appendingPathComponent("\(name).partial"), done = root.appendingPathComponent(name)
                defer { try? FileManager.default.removeItem(at: scratch) }
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
                try await make(scratch)
                try FileManager.default.moveItem(at: scratch, to: done)
                return done
            }
            entries[key] = task
            evictBeyondCapacity(keeping: key)
        }
        recency.removeAll { $0 == key }
        recency.append(key)
        do {
            return try await task.value
        } catch {
            forget(key, task: task)
            throw error
        }
    }

    private func forget(_ key: String, task: Task<URL, any Error>) {
        // Another ask may have replaced the entry meanwhile; only this failure is dropped.
        guard let current = entries[key], current == task else { return }
        entries[key] = nil
        recency.removeAll { $0 == key }
    }

    private func evictBeyondCapacity(keeping key: String) {
        while entries.count > capacity, let oldest = recency.first(where: { $0 != key }) {
            recency.removeAll { $0 == oldest }
            if let task = entries.removeValue(forKey: oldest) {
                Task {
                    if let folder = try? await task.value { try? FileManager.default.removeItem(at: folder) }
                }
            }
        }
    }
}
