import Foundation
import Storage
import Testing

/// The brute-force limit's counts, kept in the database so every instance shares them.
@Suite struct SignInThrottleTests {
    @Test(arguments: TestBackend.available)
    func aKeyWaitsOnceItReachesItsLimitUntilTheOldestFailureLeavesTheWindow(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let throttle = SignInThrottleRepository(database: store.database)
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            let sam = SignInThrottleRepository.Key.user("Sam", limit: 3), address = SignInThrottleRepository.Key.address("10.0.0.7", limit: 5)
            #expect(try await throttle.wait(for: [sam, address], window: 900, now: start) == nil, "the zero case: no failures, no wait")
            for minute in 0..<3 {
                try await throttle.recordFailure(for: [sam, address], window: 900, now: start.addingTimeInterval(Double(minute) * 60))
            }
            let now = start.addingTimeInterval(180)
            #expect(try await throttle.wait(for: [sam, address], window: 900, now: now) == 720, "15 minutes after the first of the three")
            #expect(try await throttle.wait(for: [address], window: 900, now: now) == nil, "the address has had 3 of its 5")
            #expect(try await throttle.wait(for: [.user("sam", limit: 3)], window: 900, now: now) != nil, "user names in any case")
            #expect(try await throttle.wait(for: [sam], window: 900, now: start.addingTimeInterval(901)) == nil, "the first has left the window")
            try await throttle.clear(sam)
            #expect(try await throttle.wait(for: [sam], window: 900, now: now) == nil, "a good sign-in starts again from nothing")
        }
    }
}
