import Foundation

/// Time, ids and randomness, injected so that the engine is a pure function of its inputs.
public struct LearningEnvironment: Sendable {
    public var now: @Sendable () -> Date
    public var uuid: @Sendable () -> UUID
    public var seed: @Sendable () -> UInt64

    public init(now: @escaping @Sendable () -> Date, uuid: @escaping @Sendable () -> UUID,
                seed: @escaping @Sendable () -> UInt64) {
        self.now = now
        self.uuid = uuid
        self.seed = seed
    }

    /// The real clock, random UUIDs and a random seed.
    public static let live = LearningEnvironment(
        now: { Date() }, uuid: { UUID() }, seed: { UInt64.random(in: .min ... .max) })
}

/// A small, fast, seedable generator (SplitMix64), so a recorded seed replays a quiz draw.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound`, the same on every platform and Swift version.
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }

    /// Fisher–Yates with this generator, so a seed gives the same order everywhere.
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var items = items
        guard items.count > 1 else { return items }
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, next(below: index + 1))
        }
        return items
    }
}
