/// `CityStore` plays every role, on whichever engine it runs; callers take the role they use (Decision 68).
extension CityStore: ObservationIngest, DashboardReads, AlarmStore, LogbookStore, AuditStore, RetentionStore, ScenarioRunStore {}
