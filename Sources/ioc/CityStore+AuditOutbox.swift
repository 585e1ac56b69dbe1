import IOCEngine
import IOCStore

/// The store is where the SOC forwarder reads the audit trail and keeps its place; declared here so that the engine
/// never imports the store.
extension CityStore: AuditOutbox {}
