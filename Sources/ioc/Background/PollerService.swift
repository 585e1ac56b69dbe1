import IOCEngine
import ServiceLifecycle

/// The poll scheduler as a service: every source on its schedule until the group shuts down (its in-flight poll
/// finishes or is abandoned by its own timeout rules).
struct PollerService: Service, CustomStringConvertible {
    let scheduler: PollScheduler

    var description: String { "poller" }

    func run() async {
        await cancelWhenGracefulShutdown { [scheduler] in await scheduler.run() }
    }
}
