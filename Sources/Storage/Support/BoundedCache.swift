import NIOConcurrencyHelpers

/// Values this process keeps under string keys, at most `capacity` of them: the least recently used
/// goes first. Whatever is kept must be re-creatable from the database, and its key must name every
/// stored fact it depends on (read afresh on each request), so that another instance's change is
/// never hidden by an entry kept here.
public final class BoundedCache<Value: Sendable>: Sendable {
    public let capacity: Int

    private struct State {
        /// Keys, least recently used first.
        var order: [String] = []
        var values: [String: Value] = [:]
        /// Values being made (`value(_:making:)`), which later askers wait for instead of making again.
        var making: [String: Task<Value, any Error>] = [:]
    }

    private let state = NIOLockedValueBox(State())

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    public func value(_ key: String) -> Value? {
        state.withLockedValue { state in
            guard let value = state.values[key] else { return nil }
            state.order.removeAll { $0 == key }
            state.order.append(key)
            return value
        }
    }

    /// The value kept under `key`, no longer kept.
    public func take(_ key: String) -> Value? {
        state.withLockedValue { state in
            guard let value = state.values.removeValue(forKey: key) else { return nil }
            state.order.removeAll { $0 == key }
            return value
        }
    }

    public func keep(_ value: Value, key: String) {
        state.withLockedValue { state in
            if state.values.updateValue(value, forKey: key) != nil { state.order.removeAll { $0 == key } }
            state.order.append(key)
            while state.order.count > capacity {
                state.values[state.order.removeFirst()] = nil
            }
        }
    }

    /// The value kept under `key`, or else the one `make` gives, kept: made once however many ask for
    /// it at the same time (forty staff opening a newly published rota wait for one rendering, not forty).
    /// When `make` throws, every asker gets the error and nothing is kept.
    public func value(_ key: String, making make: @escaping @Sendable () async throws -> Value) async throws -> Value {
        if let value = value(key) { return value }
        let task: Task<Value, any Error> = state.withLockedValue { state in
            if let running = state.making[key] { return running }
            let task = Task<Value, any Error> { [weak self] in
                defer { self?.state.withLockedValue { $0.making[key] = nil } }
                let value = try await make()
                self?.keep(value, key: key)
                return value
            }
            state.making[key] = task
            return task
        }
        return try await task.value
    }

    public var count: Int { state.withLockedValue { $0.values.count } }
}
