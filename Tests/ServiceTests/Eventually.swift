import Foundation

/// Waits for something the service under test does in its own time: a job claimed, a child started or
/// stopped, an orphan gone, a server up. One bound serves them all. Each wait ends as soon as its event
/// comes, so the bound is only how long a loaded CI machine may take (a worker's poll there once came
/// 66 s late), never a timing check.
enum Eventually {
    static let bound: Double = 300

    /// Checks `condition` every 100 ms until it holds or `seconds` have passed; returns whether it held.
    @discardableResult
    static func until(seconds: Double = bound, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if try await condition() { return true }
            guard Date() < deadline else { return false }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}
