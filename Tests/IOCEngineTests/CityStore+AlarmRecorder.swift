import IOCEngine
import IOCStore

/// The store records alarms for the engine's cycle, as in the `ioc` executable.
extension CityStore: AlarmRecorder {}
