import IOCEngine
import IOCStore

/// The store is where the alarm cycle reads rule inputs and applies decisions; declared here so that the engine
/// never imports the store.
extension CityStore: AlarmRecorder {}
