import Foundation
import IOCDomain
import XCTest
@testable import IOCConfig

final class SourcesFileTests: XCTestCase {
    func testInvalidFixturesProduceTheirExactErrors() throws {
        try ConfigFixtures.assertInvalidFixtures(prefix: "sources-", minimumCount: 1) { (text, file) throws(ConfigErrors) in
            _ = try SourcesFile.parse(text, file: file)
        }
    }

    func testValidSourcesWithDefaultsAndBothMappingKinds() throws {
        let sources = try SourcesFile.parse(try ConfigFixtures.text("valid", "sources-both.yaml"), file: "s.yaml")
        XCTAssertEqual(sources.map(\.id), ["hp-aqi", "hp-pakn"])
        let aqi = sources[0]
        XCTAssertEqual(aqi.name, "Quan trắc không khí Hải Phòng")
        XCTAssertEqual(aqi.interval, 300)
        XCTAssertEqual(aqi.timeout, 1.5)
        XCTAssertEqual(aqi.jitter, 0)
        XCTAssertEqual(aqi.maxBytes, 512 * 1024)
        guard case .httpJSON(let aqiHTTP) = aqi.kind else { return XCTFail("http-json by default") }
        XCTAssertEqual(aqi.kind.name, "http-json")
        XCTAssertEqual(aqiHTTP.headers, ["X-Api-Key": "${HP_AQI_KEY}"])
        XCTAssertEqual(aqiHTTP.mapping.records, FieldPath("data.stations"))
        guard case .observations(let obs) = aqiHTTP.mapping.target else { return XCTFail("expected observations") }
        XCTAssertEqual(obs.seriesKey.description, "aqi.station.{id}")
        XCTAssertEqual(obs.series?.pillar, .publicOrder)
        XCTAssertEqual(obs.series?.direction, .lowerIsBetter)
        XCTAssertEqual(obs.series?.warnAbove, 100)
        XCTAssertEqual(obs.series?.nameEN, obs.series?.name, "name_en defaults to name")

        let pakn = sources[1]
        XCTAssertEqual(pakn.interval, 60)
        XCTAssertEqual(pakn.timeout, 10)
        XCTAssertEqual(pakn.maxBytes, 5 * 1024 * 1024)
        guard case .httpJSON(let paknHTTP) = pakn.kind else { return XCTFail("http-json") }
        XCTAssertEqual(paknHTTP.cursorParameter, "since")
        XCTAssertEqual(paknHTTP.mapping.records.components, [])
        guard case .events(let events) = paknHTTP.mapping.target else { return XCTFail("expected events") }
        XCTAssertEqual(events.kind, .feedback)
        XCTAssertEqual(events.status.status(for: "dang_xu_ly"), .inProgress)
        XCTAssertEqual(events.status.status(for: "resolved"), .resolved, "status words pass through")
        XCTAssertEqual(events.status.status(for: "la"), .new, "default")
    }

    func testShippedExampleIsValid() throws {
        let path = ConfigFixtures.packageRoot.appendingPathComponent("Config/sources.example.yaml").path
        let sources = try SourcesFile.load(path: path)
        XCTAssertGreaterThanOrEqual(sources.count, 2)
        let mappings = sources.compactMap { source -> SourceMapping? in
            if case .httpJSON(let http) = source.kind { return http.mapping }
            return nil
        }
        XCTAssertTrue(mappings.contains { if case .events(let e) = $0.target { e.kind == .feedback } else { false } })
        XCTAssertTrue(mappings.contains { if case .observations = $0.target { true } else { false } })
    }

    func testTemplatesAndPathsReadJSONRecords() throws {
        let record = try JSONSerialization.jsonObject(with: Data(#"{"id": 7, "st": {"name": "An Dương"}, "v": [1.5, 2]}"#.utf8))
        XCTAssertEqual(TextTemplate("aqi.{id}.{st.name}")?.render(record), "aqi.7.An Dương")
        XCTAssertNil(TextTemplate("aqi.{missing}")?.render(record))
        XCTAssertEqual(FieldPath("v.0")?.lookup(in: record) as? Double, 1.5)
        XCTAssertNil(FieldPath("v.5")?.lookup(in: record))
        XCTAssertNil(TextTemplate("a}b"))
        XCTAssertNil(FieldPath("a..b"))
    }
}

/// The `simulator:` block: what it leaves out is the command line's (no second default here), and a bad value is
/// named with its file, line and key.
final class SimulatorBlockTests: XCTestCase {
    private func document(_ block: String) throws -> SourcesDocument {
        try SourcesFile.parseDocument(block + (try ConfigFixtures.text("valid", "sources-both.yaml")), file: "s.yaml")
    }

    func testTheBlockSetsOnlyWhatItNames() throws {
        let table: [(String, SimulatorSetting?)] = [
            ("", nil),
            ("simulator: {}\n", SimulatorSetting()),
            ("simulator:\n  interval: 5s\n", SimulatorSetting(interval: 5)),
            ("simulator:\n  sampling: 5m\n", SimulatorSetting(sampling: 300)),
            ("simulator:\n  interval: 1s\n  sampling: 10s\n", SimulatorSetting(interval: 1, sampling: 10)),
        ]
        for (block, expected) in table {
            XCTAssertEqual(try document(block).simulator, expected, block)
        }
    }

    func testABadSamplingIsNamedWithItsLine() {
        XCTAssertThrowsError(try document("simulator:\n  interval: 2s\n  sampling: often\n")) { error in
            XCTAssertTrue("\(error)".contains("s.yaml:3"), "\(error)")
            XCTAssertTrue("\(error)".contains("simulator.sampling"), "\(error)")
        }
    }
}

/// The `retention:` block: each window a duration, what it leaves out the standard policy's, and a window that
/// cannot be kept (hours kept no longer than raw values, days shorter than hours) named with its file and line.
final class RetentionBlockTests: XCTestCase {
    private func document(_ block: String) throws -> SourcesDocument {
        try SourcesFile.parseDocument(block + (try ConfigFixtures.text("valid", "sources-both.yaml")), file: "s.yaml")
    }

    func testTheBlockSetsOnlyWhatItNames() throws {
        var short = RetentionPolicy.standard
        short.rawRetention = 2 * 86400
        short.hourlyRetention = 90 * 86400
        var days = RetentionPolicy.standard
        days.dailyRetention = 5 * 365 * 86400
        days.eventRetention = 400 * 86400
        let table: [(String, RetentionPolicy?)] = [
            ("", nil),
            ("retention: {}\n", .standard),
            ("retention:\n  raw: 2d\n  hourly: 90d\n", short),
            ("retention:\n  daily: 1825d\n  events: 400d\n", days),
            ("retention:\n  raw: 36h\n", RetentionPolicy(rawRetention: 36 * 3600)),
        ]
        for (block, expected) in table {
            XCTAssertEqual(try document(block).retention, expected, block)
        }
    }

    func testMistakesAreNamedWithTheirLine() {
        let table: [(String, String)] = [
            ("retention:\n  raw: 2d\n  hourly: a year\n", "s.yaml:3: retention.hourly: expected a duration like 500ms, 5s, 2m, 1h or 7d, found 'a year'"),
            ("retention:\n  raw: 30d\n  hourly: 30d\n", "s.yaml:2: retention: hourly must be at least a day longer than raw"),
            ("retention:\n  hourly: 400d\n  daily: 100d\n", "s.yaml:2: retention: daily must be at least as long as hourly"),
            ("retention:\n  raw: 0d\n", "s.yaml:2: retention.raw: a duration must be greater than zero, found '0d'"),
            ("retention:\n  weekly: 30d\n", "s.yaml:2: retention.weekly"),
        ]
        for (block, expected) in table {
            XCTAssertThrowsError(try document(block), block) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(block): \(error)")
            }
        }
    }

    func testTheSimulatedCityAloneNeedsNoOtherSource() throws {
        let alone = try SourcesFile.parseDocument("sources: {}\nsimulator:\n  interval: 30s\nretention:\n  raw: 2d\n", file: "s.yaml")
        XCTAssertEqual(alone.sources, [])
        XCTAssertEqual(alone.simulator, SimulatorSetting(interval: 30))
        XCTAssertEqual(alone.retention?.rawRetention, 2 * 86400)
        XCTAssertThrowsError(try SourcesFile.parseDocument("sources: {}\n", file: "s.yaml")) { error in
            XCTAssertTrue("\(error)".contains("s.yaml:1: sources: no sources are defined"), "\(error)")
        }
    }
}

/// The `csv-folder` kind: its own keys, validated and located; another kind's key is named as wrong for it.
final class CSVFolderSourceFileTests: XCTestCase {
    func testACSVFolderSourceWithItsOwnKeys() throws {
        let text = """
        sources:
          thong-ke:
            name: "Số liệu KT-XH – Cục Thống kê"
            kind: csv-folder
            folder: /srv/ioc/drop/thong-ke
            settle: 30s
            delimiter: ";"
            interval: 1m
            observations:
              series_key: "kt.{ma_chi_tieu}"
              value: gia_tri
              time: ky
        """
        let sources = try SourcesFile.parse(text, file: "s.yaml")
        guard case .csvFolder(let csv) = sources.first?.kind else { return XCTFail("\(sources)") }
        XCTAssertEqual(sources.first?.kind.name, "csv-folder")
        XCTAssertEqual(csv.folder, "/srv/ioc/drop/thong-ke")
        XCTAssertEqual(csv.settle, 30)
        XCTAssertEqual(csv.delimiter, ";")
        XCTAssertEqual(sources.first?.interval, 60)
    }

    func testItsMistakesAreLocated() {
        let text = """
        sources:
          thong-ke:
            name: "Cục Thống kê"
            kind: csv-folder
            url: "https://example.vn/x"
            delimiter: "|"
            observations: { series_key: "kt.{id}", value: v }
        """
        XCTAssertThrowsError(try SourcesFile.parse(text, file: "s.yaml")) { error in
            let said = "\(error)"
            XCTAssertTrue(said.contains("s.yaml:5: sources.thong-ke.url: unknown key"), said)
            XCTAssertTrue(said.contains("sources.thong-ke.folder: required key is missing"), said)
            XCTAssertTrue(said.contains("s.yaml:6: sources.thong-ke.delimiter: expected"), said)
        }
    }
}

/// The `prometheus` kind: which samples become series, its mistakes located.
final class PrometheusSourceFileTests: XCTestCase {
    func testMetricsAndTheirMistakes() throws {
        let good = """
        sources:
          ha-tang:
            name: "Hạ tầng IOC"
            kind: prometheus
            url: "http://127.0.0.1:9100/metrics"
            interval: 15s
            metrics:
              - { match: up, series_key: "it.up.{job}", name: "Máy chủ {job}" }
              - { match: node_network_receive_bytes_total, series_key: "it.rx.{device}", name: "Mạng {device}", unit: "B/s" }
        """
        let sources = try SourcesFile.parse(good, file: "s.yaml")
        guard case .prometheus(let p) = sources.first?.kind else { return XCTFail("\(sources)") }
        XCTAssertEqual(p.metrics.map(\.match), ["up", "node_network_receive_bytes_total"])
        XCTAssertEqual(p.metrics[1].unit, "B/s")
        XCTAssertEqual(p.metrics[0].pillar, .sectors)

        let bad = """
        sources:
          ha-tang:
            name: "Hạ tầng IOC"
            kind: prometheus
            url: "http://127.0.0.1:9100/metrics"
            metrics:
              - { match: "9bad name", series_key: "it.x", name: "X" }
              - { match: up, name: "Y" }
        """
        XCTAssertThrowsError(try SourcesFile.parse(bad, file: "s.yaml")) { error in
            let said = "\(error)"
            XCTAssertTrue(said.contains("s.yaml:7: sources.ha-tang.metrics.0.match: '9bad name' is not a metric name"), said)
            XCTAssertTrue(said.contains("sources.ha-tang.metrics.1.series_key: required key is missing"), said)
        }
    }
}

/// The `open311` kind: its settings with their defaults, its mistakes located.
final class Open311SourceFileTests: XCTestCase {
    func testSettingsDefaultsAndMistakes() throws {
        let good = """
        sources:
          pakn:
            name: "PAKN Hải Phòng"
            kind: open311
            url: "https://pakn.example.vn/open311/v2/"
            format: xml
            jurisdiction_id: haiphong.gov.vn
            statuses: { acknowledged: in_progress, open: routed }
          pakn-hn:
            name: "PAKN Hà Nội"
            kind: open311
            url: "https://pakn.hanoi.example.vn/open311/v2"
        """
        let sources = try SourcesFile.parse(good, file: "s.yaml")
        guard case .open311(let hp) = sources.first?.kind, case .open311(let hn) = sources.last?.kind else {
            return XCTFail("\(sources)")
        }
        XCTAssertEqual(hp.format, .xml)
        XCTAssertEqual(hp.jurisdiction, "haiphong.gov.vn")
        XCTAssertEqual(hp.statuses, ["open": .routed, "closed": .resolved, "acknowledged": .inProgress])
        XCTAssertEqual(hn.format, .json)
        XCTAssertEqual(hn.pageSize, 100)
        XCTAssertEqual(hn.windowDays, 90)
        XCTAssertEqual(hn.dateField, .updated)
        XCTAssertEqual(hn.unknownStatus, .new)

        let bad = """
        sources:
          pakn:
            name: "PAKN"
            kind: open311
            url: "https://pakn.example.vn/open311/v2/"
            window_days: 120
            date_field: created
            statuses: { acknowledged: dang_xu_ly }
            api_key: "abc"
        """
        XCTAssertThrowsError(try SourcesFile.parse(bad, file: "s.yaml")) { error in
            let said = "\(error)"
            XCTAssertTrue(said.contains("s.yaml:6: sources.pakn.window_days: 120 is out of range 1…90"), said)
            XCTAssertTrue(said.contains("s.yaml:7: sources.pakn.date_field: unknown value 'created'"), said)
            XCTAssertTrue(said.contains("s.yaml:8: sources.pakn.statuses.acknowledged: unknown value 'dang_xu_ly'"), said)
            XCTAssertTrue(said.contains("s.yaml:9: sources.pakn.api_key"), said)
        }
    }
}

/// The `sensorthings` kind: its settings with their defaults, its mistakes located.
final class SensorThingsSourceFileTests: XCTestCase {
    func testSettingsDefaultsAndMistakes() throws {
        let good = """
        sources:
          tram:
            name: "Trạm"
            kind: sensorthings
            url: "https://iot.example.vn/sensorthings/v1.1/"
            series_key: "sta.{thing}"
            wards: { "Trạm thủy văn Cấm": "11311" }
        """
        guard case .sensorThings(let st) = try SourcesFile.parse(good, file: "s.yaml").first?.kind else {
            return XCTFail("not sensorthings")
        }
        XCTAssertEqual(st.pageSize, 100)
        XCTAssertEqual(st.sinceHours, 24)
        XCTAssertEqual(st.pillar, .publicOrder)
        XCTAssertEqual(st.seriesKey, TextTemplate("sta.{thing}"))
        XCTAssertEqual(st.name, TextTemplate("{datastream}"))
        XCTAssertEqual(st.wards, ["Trạm thủy văn Cấm": "11311"])

        let bad = """
        sources:
          tram:
            name: "Trạm"
            kind: sensorthings
            url: "https://iot.example.vn/sensorthings/v1.1/"
            page_size: 0
            series_key: "sta.{thing"
        """
        XCTAssertThrowsError(try SourcesFile.parse(bad, file: "s.yaml")) { error in
            let said = "\(error)"
            XCTAssertTrue(said.contains("s.yaml:6: sources.tram.page_size: 0 is out of range 1…1000"), said)
            XCTAssertTrue(said.contains("s.yaml:7: sources.tram.series_key: 'sta.{thing' is not a valid template"), said)
        }
    }
}

/// The `cap` kind: a URL or a folder, never both, each with its own keys.
final class CAPSourceFileTests: XCTestCase {
    func testAURLOrAFolderAndTheirMistakes() throws {
        let good = """
        sources:
          feed:
            name: "Cảnh báo"
            kind: cap
            url: "https://canhbao.example.vn/cap/feed.atom"
          drop:
            name: "Cảnh báo (thư mục)"
            kind: cap
            folder: /srv/ioc/drop/cap
            settle: 5s
        """
        let sources = try SourcesFile.parse(good, file: "s.yaml")
        guard case .cap(let feed) = sources.first?.kind, case .cap(let drop) = sources.last?.kind else {
            return XCTFail("\(sources)")
        }
        XCTAssertEqual(feed.origin, .url(URL(string: "https://canhbao.example.vn/cap/feed.atom")!, headers: [:]))
        XCTAssertEqual(drop.origin, .folder("/srv/ioc/drop/cap", settle: 5))

        let bad = """
        sources:
          both:
            name: "x"
            kind: cap
            url: "https://canhbao.example.vn/cap/feed.atom"
            folder: /srv/ioc/drop/cap
          drop:
            name: "y"
            kind: cap
            folder: /srv/ioc/drop/cap
            headers: { X-Api-Key: "${KEY}" }
        """
        XCTAssertThrowsError(try SourcesFile.parse(bad, file: "s.yaml")) { error in
            let said = "\(error)"
            XCTAssertTrue(said.contains("s.yaml:6: sources.both.folder: a cap source reads a url or a folder, not both"), said)
            XCTAssertTrue(said.contains("s.yaml:11: sources.drop.headers: headers go with a url, not a folder"), said)
        }
    }
}
