import Foundation
import IOCConfig
import IOCDomain

/// Builds each configured source's connector, by its kind, and its schedule from what every kind shares (interval,
/// jitter, timeout, size limit, backoff): the one place a new kind of connector is named.
public enum ConnectorFactory {
    public static func make(_ config: SourceConfig,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> (connector: any Connector, schedule: SourceSchedule) {
        let schedule = SourceSchedule(interval: config.interval, jitter: config.jitter / max(config.interval, 0.001),
                                      timeout: config.timeout,
                                      maxBackoff: SourceHealth.backoffLimit(interval: config.interval),
                                      limits: PollLimits(maxResponseBytes: config.maxBytes, timeoutSeconds: config.timeout))
        switch config.kind {
        case .httpJSON(let source):
            return (HTTPJSONConnector(config: config, source: source, environment: environment), schedule)
        case .prometheus(let source):
            return (PrometheusConnector(config: config, source: source, environment: environment), schedule)
        case .open311(let source):
            return (Open311Connector(config: config, source: source, environment: environment), schedule)
        case .sensorThings(let source):
            return (SensorThingsConnector(config: config, source: source, environment: environment), schedule)
        case .cap(let source):
            return (CAPConnector(config: config, source: source, environment: environment), schedule)
        case .csvFolder(let source):
            return (CSVFolderConnector(config: config, source: source), schedule)
        case .simulator(let source):
            return (try SimulatorConnector.connector(source), schedule)
        }
    }
}
