/// A small fixed-capacity ring of the most recent values, with a median that needs no allocation.
///
/// The detector keeps the last few forecast residuals here to tell a lasting level shift (most recent residuals
/// off to the same side) from a single spike. The capacity is a handful of points, so the median is a simple
/// insertion sort of a stack copy.
struct ResidualWindow: Sendable, Equatable {
    private(set) var values: [Double]
    private var next = 0
    private(set) var count = 0
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        values = [Double](repeating: 0, count: self.capacity)
    }

    var isFull: Bool { count == capacity }

    mutating func append(_ value: Double) {
        values[next] = value
        next = (next + 1) % capacity
        count = min(count + 1, capacity)
    }

    mutating func removeAll() {
        next = 0
        count = 0
    }

    /// The mean of the stored values (0 when empty).
    func mean() -> Double {
        guard count > 0 else { return 0 }
        var sum = 0.0
        for k in 0..<count { sum += values[k] }
        return sum / Double(count)
    }

    /// The median of the stored values (0 when empty).
    func median() -> Double {
        guard count > 0 else { return 0 }
        var sorted = Array(values[0..<count])
        for i in 1..<sorted.count {
            let v = sorted[i]
            var j = i - 1
            while j >= 0, sorted[j] > v {
                sorted[j + 1] = sorted[j]
                j -= 1
            }
            sorted[j + 1] = v
        }
        let mid = count / 2
        return count % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid])
    }
}
