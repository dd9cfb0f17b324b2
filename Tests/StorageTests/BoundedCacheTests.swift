import Foundation
import NIOConcurrencyHelpers
@testable import Storage
import Testing

/// The process's bounded caches: values made once however many ask at the same time, and a failure
/// kept by no one.
@Suite struct BoundedCacheTests {
    struct Refused: Error {}

    @Test func askersAtTheSameTimeShareOneMaking() async throws {
        let cache = BoundedCache<String>(capacity: 4)
        let made = NIOLockedValueBox(0)
        let values = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await cache.value("rota") {
                        made.withLockedValue { $0 += 1 }
                        try await Task.sleep(for: .milliseconds(200))
                        return "<table>"
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(values == Array(repeating: "<table>", count: 20))
        #expect(made.withLockedValue { $0 } == 1)
        #expect(cache.value("rota") == "<table>" && cache.count == 1)
    }

    @Test func aFailedMakingIsKeptByNoOne() async throws {
        let cache = BoundedCache<String>(capacity: 4)
        await #expect(throws: Refused.self) {
            try await cache.value("rota") { throw Refused() }
        }
        #expect(cache.value("rota") == nil && cache.count == 0)
        #expect(try await cache.value("rota") { "made again" } == "made again")
    }
}
