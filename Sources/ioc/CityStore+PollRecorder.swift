import IOCEngine
import IOCStore

/// The store is where the engine records polls; the signatures match, the conformance is declared here so that
/// the engine never imports the store.
extension CityStore: PollRecorder {}
