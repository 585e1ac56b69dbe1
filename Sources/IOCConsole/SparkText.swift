/// A sparkline as a string of block characters, for table cells ("▁▂▅▇").
enum SparkText {
    private static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The past and the projected values on one scale, `›` between them (now): "▂▃▅›▆▇█".
    static func render(_ past: [Double], then ahead: [Double]) -> String {
        let both = render(past + ahead, width: past.count + ahead.count)
        return String(both.prefix(past.count)) + "›" + String(both.dropFirst(past.count))
    }

    static func render(_ values: [Double], width: Int) -> String {
        let v = Array(values.suffix(width))
        guard let lo = v.min(), let hi = v.max() else { return "" }
        let span = hi - lo
        return String(v.map { x in
            span <= 0 ? blocks[3] : blocks[min(7, max(0, Int(((x - lo) / span * 7).rounded())))]
        })
    }
}
