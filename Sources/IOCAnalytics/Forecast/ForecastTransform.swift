import Foundation

/// The scale on which a series is modelled.
///
/// Right-skewed positive series (travel times with congestion spikes, counts) are better modelled on the log
/// scale: the seasonal pattern becomes additive in relative terms and the back-transformed point forecast is a
/// median, which is what absolute-error accuracy rewards. Because the transform is monotone, every quantile and
/// exceedance probability computed on the model scale maps exactly back to the original scale.
public enum ForecastTransform: UInt8, Sendable, Hashable {
    case identity
    /// z = log(max(y, 1e-9)); used only for series whose kept history is strictly positive.
    case log

    @inline(__always) public func apply(_ y: Double) -> Double {
        switch self {
        case .identity: return y
        case .log: return Foundation.log(max(y, 1e-9))
        }
    }

    @inline(__always) public func invert(_ z: Double) -> Double {
        switch self {
        case .identity: return z
        case .log: return exp(min(z, 700))
        }
    }
}
