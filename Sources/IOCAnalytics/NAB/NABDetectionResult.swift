/// A detector's output for one NAB file: one anomaly score in [0, 1] per row, in row order.
public struct NABDetectionResult: Sendable {
    /// The file the scores belong to.
    public var file: NABDataFile
    /// One score per row of `file`.
    public var scores: [Double]

    public init(file: NABDataFile, scores: [Double]) {
        precondition(file.count == scores.count, "one anomaly score per row")
        self.file = file
        self.scores = scores
    }
}
