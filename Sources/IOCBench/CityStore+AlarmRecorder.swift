import IOCEngine
import IOCStore

/// The benchmarks run the alarm cycle against the store, as the `ioc` executable does (its own declaration there).
extension CityStore: AlarmRecorder {}
