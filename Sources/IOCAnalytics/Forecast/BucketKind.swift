/// How a bucket of a regular grid got its value.
///
/// The forecaster learns from `observed` and `filled` buckets but measures its own errors only against
/// `observed` ones, and never learns from `missing` ones, so fabricated data does not shape the model or its
/// prediction intervals.
public enum BucketKind: UInt8, Sendable, Hashable {
    /// At least one raw point fell in the bucket; the value is their mean.
    case observed
    /// No raw point, but the gap was short: the value is interpolated linearly between the neighbouring
    /// observed buckets.
    case filled
    /// No raw point and the gap was too long to fill: the value is NaN and must not be learnt from.
    case missing
}
