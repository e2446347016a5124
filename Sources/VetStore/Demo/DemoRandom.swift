/// SplitMix64: a tiny generator that gives the same sequence for a seed on every machine
/// and Swift version (the standard library's `random(in:)` algorithms may change), so a
/// demo practice can be regenerated exactly from its seed.
struct DemoRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// An independent stream for one client, so each client's data depends only on the seed
    /// and its position, never on how many numbers earlier clients used.
    init(seed: UInt64, stream: Int) {
        var mixer = DemoRandom(seed: seed ^ (UInt64(truncatingIfNeeded: stream) &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (the tiny modulo bias does not matter for sample data).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// Picks by weight: `[("dog", 45), ("cat", 40)]`.
    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        var roll = int(1...items.reduce(0) { $0 + $1.1 })
        for (item, weight) in items {
            roll -= weight
            if roll <= 0 { return item }
        }
        return items[items.count - 1].0
    }
}

/// A bijection of 0..<modulus (an affine map with a multiplier coprime to the modulus), so
/// numbers derived from a client's position look random yet never repeat.
struct DemoScramble {
    let modulus: Int
    let offset: Int
    private let multiplier: Int

    init(modulus: Int, seed: UInt64, multiplier: Int = 982_451_653) {
        self.modulus = modulus
        self.multiplier = multiplier
        offset = Int(seed % UInt64(modulus))
    }

    func callAsFunction(_ index: Int) -> Int {
        (index % modulus * multiplier % modulus + offset) % modulus
    }
}
