import Foundation

/// Data quality of one value, as OPC/SCADA practice has it.
public enum Quality: Int, Sendable, Codable, Hashable {
    case good = 0
    case uncertain = 1
    case bad = 2
}

/// One value of one series at one time.
public struct Observation: Sendable, Codable, Hashable {
    public var seriesKey: String
    public var time: Date
    public var value: Double
    public var quality: Quality

    public init(seriesKey: String, time: Date, value: Double, quality: Quality = .good) {
        self.seriesKey = seriesKey; self.time = time; self.value = value; self.quality = quality
    }
}
