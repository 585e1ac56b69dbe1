import Foundation

extension SplitMix {
    /// A standard normal draw (Box–Muller on two uniform draws), for synthetic series with Gaussian noise.
    mutating func normal() -> Double {
        let u = max(unit(), 1e-12), v = unit()
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
}
