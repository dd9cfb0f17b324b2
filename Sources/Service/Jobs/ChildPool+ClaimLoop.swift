import Foundation

extension ChildPool {
    /// A worker's loop, shared by solve jobs and scenario runs: take a slot, then claim (so a lease
    /// starts only when its job can run at once), run what was claimed in the slot beside the
    /// others, and when nothing is queued give the slot back and look again after `pollInterval`
    /// seconds. Ends when the task is cancelled, once every run it started has ended.
    func claimLoop<Claimed: Sendable>(pollInterval: Double,
                                      claim: @escaping @Sendable () async throws -> Claimed?,
                                      claimFailed: @escaping @Sendable (any Error) -> Void,
                                      run: @escaping @Sendable (Claimed) async -> Void) async {
        await withDiscardingTaskGroup { group in
            while !Task.isCancelled {
                guard await acquire() else { break }
                do {
                    if let claimed = try await claim() {
                        group.addTask {
                            await run(claimed)
                            self.release()
                        }
                        continue
                    }
                } catch {
                    claimFailed(error)
                }
                release()
                try? await Task.sleep(for: .milliseconds(Int(pollInterval * 1000)))
            }
        }
    }
}
