import Synchronization

/// A value made on first use, once, whichever thread asks first; the others wait for it.
final class LazyValue<Value: Sendable>: Sendable {
    private let state: Mutex<(value: Value?, make: (@Sendable () -> Value)?)>

    init(_ make: @escaping @Sendable () -> Value) {
        state = Mutex((nil, make))
    }

    /// The value, made now if nobody asked before.
    var value: Value {
        state.withLock { state in
            if let value = state.value { return value }
            let value = state.make!()
            state = (value, nil)
            return value
        }
    }

    /// Whether the value has been made.
    var isMade: Bool { state.withLock { $0.value != nil } }
}
