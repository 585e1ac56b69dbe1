import Foundation

/// One NAB data file: its timestamps and values in file order, and its labelled anomaly windows.
public struct NABDataFile: Sendable {
    /// The path relative to the corpus's `data/` folder, as in `combined_windows.json`
    /// (e.g. `realTraffic/speed_6005.csv`).
    public var name: String
    /// The timestamps, one per row, in file order.
    public var timestamps: [Date]
    /// The values, one per row.
    public var values: [Double]
    /// The labelled windows, sorted by start.
    public var windows: [NABWindow]

    public init(name: String, timestamps: [Date], values: [Double], windows: [NABWindow]) {
        precondition(timestamps.count == values.count, "one value per timestamp")
        self.name = name
        self.timestamps = timestamps
        self.values = values
        self.windows = windows.sorted { $0.start < $1.start }
    }

    /// The category: the folder part of the name (e.g. `realTraffic`), or "" for a bare file name.
    public var category: String {
        guard let slash = name.lastIndex(of: "/") else { return "" }
        return String(name[..<slash])
    }

    /// The number of rows.
    public var count: Int { values.count }
}
