import Foundation
import IOCDomain

/// One thing a poller writes to the store — a source registered, a poll that succeeded, a poll that failed — as a
/// value, so that a poller that cannot reach the store keeps it in its local queue (`PollQueue`) and forwards it
/// later, in order, through the same code that writes it live (`CityStore.apply`).
public enum PollRecord: Sendable, Codable, Hashable {
    case registered(SourceHealth)
    case succeeded(sourceID: String, batch: Batch, at: Date, durationMs: Double)
    case failed(sourceID: String, error: String, at: Date, durationMs: Double)

    public var sourceID: String {
        switch self {
        case .registered(let health): return health.sourceID
        case .succeeded(let id, _, _, _), .failed(let id, _, _, _): return id
        }
    }

    /// When the poll was made (a registration: nil).
    public var at: Date? {
        switch self {
        case .registered: return nil
        case .succeeded(_, _, let at, _), .failed(_, _, let at, _): return at
        }
    }

    /// The cursor a successful poll returned, else nil.
    public var cursor: String? {
        if case .succeeded(_, let batch, _, _) = self { return batch.cursor }
        return nil
    }

    /// The record as the queue keeps it: JSON, non-finite numbers as strings (a connector may hand one over; the
    /// store skips them, the queue must not refuse them).
    public func encoded() throws -> Data {
        try Self.encoder.encode(self)
    }

    public static func decoded(_ data: Data) throws -> PollRecord {
        try decoder.decode(PollRecord.self, from: data)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return encoder
    }()

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return decoder
    }()
}
