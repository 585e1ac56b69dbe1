import IOCEngine
import IOCStore

/// An offline-first poller's recorder is where the engine records polls (the store's queue in front of the store);
/// declared here so that the engine never imports the store.
extension OfflinePollRecorder: PollRecorder {}
