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

    public func keep(_ value: Value, key: String) {
        state.withLockedValue { state in
            if state.values.updateValue(value, forKey: key) != nil { state.order.removeAll { $0 == key } }
            state.order.append(key)
            while state.order.count > capacity {
                state.values[state.order.removeFirst()] = nil
            }
        }
    }

    public var count: Int { state.withLockedValue { $0.values.count } }
}
