/// A value judged against its `KPITarget`.
public enum KPIVerdict: Sendable, Equatable {
    case met, missed, seriouslyMissed
}
