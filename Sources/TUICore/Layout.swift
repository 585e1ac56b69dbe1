/// Splits a rectangle into consecutive slots along one axis according to constraints.
public enum Layout {
    /// Sizes are never negative and never exceed `rect`; they add up to the rect's length when any `fill` or
    /// `min` is present. Fixed, percent and the floor of min are granted in order until space runs out; what is
    /// left is shared by `fill` weights and `min` slots (weight 1), remainders to the earliest slots.
    public static func split(_ rect: Rect, _ axis: Axis, _ constraints: [Constraint]) -> [Rect] {
        let total = axis == .horizontal ? rect.width : rect.height
        let sizes = sizes(total: total, constraints)
        var out: [Rect] = []
        out.reserveCapacity(sizes.count)
        var offset = 0
        for size in sizes {
            switch axis {
            case .horizontal:
                out.append(Rect(x: rect.x + offset, y: rect.y, width: size, height: rect.height))
            case .vertical:
                out.append(Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: size))
            }
            offset += size
        }
        return out
    }

    /// The lengths `split` gives each constraint out of `total`.
    public static func sizes(total: Int, _ constraints: [Constraint]) -> [Int] {
        let total = max(0, total)
        var sizes = Array(repeating: 0, count: constraints.count)
        var remaining = total
        var weights = Array(repeating: 0, count: constraints.count)
        var growable = false
        for (i, c) in constraints.enumerated() {
            let want: Int
            switch c {
            case .fixed(let n): want = max(0, n)
            case .percent(let p): want = total * min(max(0, p), 100) / 100
            case .min(let n):
                want = max(0, n)
                weights[i] = 1
                growable = true
            case .fill(let w):
                want = 0
                weights[i] = max(0, w)
                growable = true
            }
            let granted = min(want, remaining)
            sizes[i] = granted
            remaining -= granted
        }
        guard growable, remaining > 0 else { return sizes }
        var weightSum = weights.reduce(0, +)
        if weightSum == 0 {
            // Only zero-weight fills: share equally among them.
            for (i, c) in constraints.enumerated() { if case .fill = c { weights[i] = 1 } }
            weightSum = weights.reduce(0, +)
        }
        var given = 0
        for i in weights.indices where weights[i] > 0 {
            let share = remaining * weights[i] / weightSum
            sizes[i] += share
            given += share
        }
        var extra = remaining - given
        for i in weights.indices where weights[i] > 0 && extra > 0 {
            sizes[i] += 1
            extra -= 1
        }
        return sizes
    }
}
