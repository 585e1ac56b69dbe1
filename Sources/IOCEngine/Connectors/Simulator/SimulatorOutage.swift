import Foundation
import IOCDomain

/// The simulator's polls failing on purpose (`--play source-down`): the source goes down as a real one would, its
/// alarm starts the source-down scenario, and it comes back at `until`.
struct SimulatorOutage: Error, CustomStringConvertible {
    let until: Date

    var description: String {
        "mô phỏng mất kết nối (--play source-down) đến \(VietnamTime.clock(until).prefix(5)) — simulated outage until then"
    }
}
