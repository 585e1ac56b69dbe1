/// Order statistics of a set of timings or rates: median and upper percentiles (nearest rank).
struct SampleSummary {
    let sorted: [Double]

    init(_ samples: [Double]) {
        sorted = samples.sorted()
    }

    var count: Int { sorted.count }

    /// The value at `fraction` (0…1) by nearest rank; 0 when there are no samples.
    func percentile(_ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    /// The middle value (the mean of the two middle values for an even count); 0 when empty.
    var median: Double {
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    var p90: Double { percentile(0.90) }
    /// The arithmetic mean; 0 when empty.
    var mean: Double { sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count) }
    var p99: Double { percentile(0.99) }
    var maximum: Double { sorted.last ?? 0 }
}
