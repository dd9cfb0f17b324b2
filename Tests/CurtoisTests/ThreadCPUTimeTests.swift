import Foundation
import Testing
@testable import Curtois

/// `ThreadCPUTime`: the processor time that decides whether column generation runs counts the thread's
/// own work, not time spent waiting (as a busy machine makes a process wait).
@Suite struct ThreadCPUTimeTests {
    @Test func waitingAddsNothingAndWorkAddsSomething() throws {
        let before = try #require(ThreadCPUTime.seconds())
        Thread.sleep(forTimeInterval: 0.3)
        let afterWaiting = try #require(ThreadCPUTime.seconds())
        // The wall clock moved 0.3 s; the thread's processor time hardly at all.
        #expect(afterWaiting - before < 0.15)
        var sum = 0.0
        for i in 0..<20_000_000 { sum += Double(i % 7) }
        let afterWork = try #require(ThreadCPUTime.seconds())
        #expect(sum > 0)
        #expect(afterWork > afterWaiting)
    }
}
