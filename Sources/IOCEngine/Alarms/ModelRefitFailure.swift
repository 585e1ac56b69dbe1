/// Forecasters whose daily refit found no fit (their kept history gave no finite score): they keep their constants and
/// are tried again; the refit job's state says how many.
public struct ModelRefitFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var failed: Int
    public var refitted: Int

    public var description: String {
        "\(failed) forecaster(s) found no fit and keep their constants (\(refitted) refitted); tried again in 30 s"
    }
}
