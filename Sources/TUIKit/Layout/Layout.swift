/// How much of a split a part takes: an exact number of cells, or a share of what is left.
public enum LayoutLength: Hashable, Sendable {
    case fixed(Int)
    case flexible(weight: Int = 1)
}

extension Rect {
    /// Splits into rows stacked top to bottom; fixed parts first, flexible parts share the rest.
    public func splitRows(_ lengths: [LayoutLength]) -> [Rect] {
        Rect.distribute(height, lengths).map { offset, size in
            Rect(row: row + offset, column: column, height: size, width: width)
        }
    }

    /// Splits into columns left to right; fixed parts first, flexible parts share the rest.
    public func splitColumns(_ lengths: [LayoutLength], gap: Int = 0) -> [Rect] {
        let gaps = max(0, lengths.count - 1) * gap
        return Rect.distribute(max(0, width - gaps), lengths).enumerated().map { index, part in
            Rect(row: row, column: column + part.offset + index * gap, height: height, width: part.size)
        }
    }

    /// The rectangle shrunk by `amount` on every side (inside a box border, say).
    public func inset(by amount: Int) -> Rect {
        Rect(row: row + amount, column: column + amount, height: height - 2 * amount, width: width - 2 * amount)
    }

    /// A rectangle of at most the given size centred in this one (dialogs).
    public func centered(height: Int, width: Int) -> Rect {
        let h = min(height, self.height)
        let w = min(width, self.width)
        return Rect(row: row + (self.height - h) / 2, column: column + (self.width - w) / 2, height: h, width: w)
    }

    private static func distribute(_ total: Int, _ lengths: [LayoutLength]) -> [(offset: Int, size: Int)] {
        var remaining = total
        var sizes = lengths.map { length -> Int in
            guard case .fixed(let size) = length else { return 0 }
            let granted = min(max(0, size), remaining)
            remaining -= granted
            return granted
        }
        let weights = lengths.map { length -> Int in
            if case .flexible(let weight) = length { return max(0, weight) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        if totalWeight > 0 {
            var handedOut = 0
            var weightSoFar = 0
            for index in lengths.indices where weights[index] > 0 {
                weightSoFar += weights[index]
                let share = remaining * weightSoFar / totalWeight - handedOut
                sizes[index] = share
                handedOut += share
            }
        }
        var offset = 0
        return sizes.map { size in
            defer { offset += size }
            return (offset, size)
        }
    }
}
