import Foundation
import IOCAnalytics
@testable import IOCConfig
@testable import IOCDomain
@testable import IOCEngine
@testable import IOCScreenConfig
@testable import TUICore

/// One libFuzzer target: a parser of text from outside, fed the fuzzer's bytes, with the invariants that hold of
/// whatever it answers checked cheaply. A parser that refuses its input with an error is doing its job; a trap (a
/// force unwrap, an index out of range, an overflow, a broken invariant below), a hang or runaway memory is a finding.
struct FuzzTarget: Sendable {
    var name: String
    var summary: String
    var run: @Sendable (Data) -> Void
}

enum FuzzTargets {
    nonisolated(unsafe) static var current: (@Sendable (Data) -> Void)?

    static let all: [FuzzTarget] = [
        FuzzTarget(name: "layout", summary: "LayoutFile.parse and BriefingLayoutFile.parse (Layouts/*.yaml)") { data in
            let text = Fuzz.text(data)
            if let spec = try? LayoutFile.parse(text, file: "fuzz.yaml") {
                Fuzz.check(!spec.rows.isEmpty, "a layout parsed without rows")
            }
            _ = try? BriefingLayoutFile.parse(text, file: "fuzz.yaml")
            _ = BriefingLayoutFile.isBriefing(text)
        },
        FuzzTarget(name: "theme", summary: "ThemeFile.parse (Themes/*.yaml)") { data in
            _ = try? ThemeFile.parse(Fuzz.text(data), file: "fuzz.yaml")
        },
        FuzzTarget(name: "rules", summary: "RulesFile.parse and RuleMessage.parse (Rules/alarms.yaml)") { data in
            let text = Fuzz.text(data)
            _ = try? RulesFile.parse(text, file: "fuzz.yaml")
            if case .success(let message) = RuleMessage.parse(text) { _ = message.render { _ in "x" } }
        },
        FuzzTarget(name: "scenario", summary: "ScenariosFile.parse (Scenarios/*.yaml) and a run started from what it read") { data in
            guard let scenario = try? ScenariosFile.parse(Fuzz.text(data), file: "fuzz.yaml") else { return }
            let stages = Set(scenario.stages.map(\.id)), steps = scenario.stages.flatMap(\.steps)
            Fuzz.check(stages.count == scenario.stages.count, "two stages with one id")
            Fuzz.check(Set(steps.map(\.id)).count == steps.count, "two steps with one id")
            Fuzz.check(steps.allSatisfy { ($0.decision?.branches ?? []).allSatisfy { $0.goTo.map(stages.contains) ?? true } },
                       "a branch leading to no stage")
            let (run, _) = ScenarioRunMachine.start(scenario, id: "F", at: Fuzz.now, by: .system, alarmID: nil, exercise: true,
                                                    byHand: true)
            Fuzz.check(run.steps.count == steps.count && run.state == .active, "a run that is not the template's copy")
            _ = ScenarioRunMachine.apply(.tick(at: Fuzz.now.addingTimeInterval(7 * 86_400)), to: run)
        },
        FuzzTarget(name: "sources", summary: "SourcesFile.parseDocument, ShiftsFile.parse, SecurityFile.parse, WardCentroidsFile.parse (Config/)") { data in
            let text = Fuzz.text(data)
            if let document = try? SourcesFile.parseDocument(text, file: "fuzz.yaml") {
                Fuzz.check(Set(document.sources.map(\.id)).count == document.sources.count, "two sources with one id")
            }
            _ = try? ShiftsFile.parse(text, file: "fuzz.yaml")
            if let security = try? SecurityFile.parse(text, file: "fuzz.yaml"), let f = security.forwarding {
                Fuzz.check((1...65535).contains(f.port) && !f.host.isEmpty, "a collector without host or port")
            }
            _ = WardCentroidsFile.parse(text, file: "fuzz.csv")
            if let stations = try? WaterLevelsFile.parse(text, file: "fuzz.yaml") {
                for station in stations {
                    let heights = WaterAlarmLevel.allCases.compactMap { station.levels[$0] }
                    Fuzz.check(!heights.isEmpty && zip(heights, heights.dropFirst()).allSatisfy { $0 < $1 }, "levels not rising")
                }
            }
        },
        FuzzTarget(name: "analytics", summary: "AnomalyDetector and SeasonalForecaster fed any numbers (NaN, ±inf, huge, gaps)") { data in
            // Each 10 bytes: 2 of time step (seconds), 8 of value bits.
            var detector = AnomalyDetector()
            var forecaster = SeasonalForecaster()
            var time = Fuzz.now
            var i = data.startIndex
            while data.distance(from: i, to: data.endIndex) >= 10 {
                let step = Double(UInt16(data[i]) << 8 | UInt16(data[data.index(after: i)]))
                var bits: UInt64 = 0
                for k in 2..<10 { bits = bits << 8 | UInt64(data[data.index(i, offsetBy: k)]) }
                let value = Double(bitPattern: bits)
                time = time.addingTimeInterval(step)
                let score = detector.score(time: time, value: value)
                Fuzz.check(score >= 0 && score <= 1, "an anomaly score outside [0, 1]")
                forecaster.add(value, at: time)
                i = data.index(i, offsetBy: 10)
            }
            if let p = forecaster.probabilityAbove(100, within: 6 * 3600) { Fuzz.check(p >= 0 && p <= 1, "a probability outside [0, 1]") }
            if let f = forecaster.forecast(steps: 24) { Fuzz.check(f.points.allSatisfy { !$0.mean.isNaN }, "a NaN forecast") }
        },
        FuzzTarget(name: "http-json", summary: "http-json: JSONBody (number guard) and RecordMapper, events and observations") { data in
            for mapping in Fuzz.httpJSONMappings {
                if let batch = try? HTTPJSONRecordMapper(mapping: mapping, now: Fuzz.now).batch(from: data, previousCursor: nil) {
                    Fuzz.checkClean(batch)
                }
            }
        },
        FuzzTarget(name: "csv", summary: "csv-folder: CSVFile.records (SwiftCSV) and RecordMapper with Vietnamese numbers") { data in
            for delimiter: Character in [",", ";"] {
                guard let records = try? CSVFile.records(data, delimiter: delimiter) else { continue }
                if let batch = try? RecordMapper(mapping: Fuzz.csvMapping, now: Fuzz.now, numbers: .vietnamese)
                    .batch(records: records, place: "file fuzz.csv", previousCursor: nil) {
                    Fuzz.checkClean(batch)
                }
            }
        },
        FuzzTarget(name: "open311", summary: "open311: GeoReport v2 JSON and XML (Open311Records, XMLTree)") { data in
            for source in Fuzz.open311Sources {
                let reader = Open311Records(source: source, now: Fuzz.now)
                guard let records = try? reader.records(from: data) else { continue }
                let (events, _) = reader.events(records)
                var batch = Batch()
                batch.events = events
                Fuzz.checkClean(batch)
            }
        },
        FuzzTarget(name: "sensorthings", summary: "sensorthings: a collection page as Things and as Observations") { data in
            guard let page = try? SensorThingsConnector.page(data) else { return }
            if let next = page.next { _ = Fuzz.sensorThings.followable(next) }
            for thing in page.items {
                let name = SensorThingsConnector.text(thing["name"]) ?? ""
                for location in (thing["Locations"] as? [[String: Any]]) ?? [] {
                    for text in [location["name"], location["description"]].compactMap(SensorThingsConnector.text) {
                        _ = Fuzz.wards?.code(in: text)
                    }
                }
                _ = Fuzz.wards?.code(in: name)
                for datastream in (thing["Datastreams"] as? [[String: Any]]) ?? [] {
                    _ = SensorThingsConnector.text(datastream["@iot.id"])
                    _ = ((datastream["unitOfMeasurement"] as? [String: Any])?["symbol"]).flatMap(SensorThingsConnector.text)
                }
            }
            let read = SensorThingsConnector.observations(page.items, seriesKey: "sta.1", name: "fuzz", now: Fuzz.now)
            for observation in read.observations { Fuzz.check(observation.value.isFinite, "an observation that is not finite") }
        },
        FuzzTarget(name: "cap", summary: "cap: XMLTree, CAPFeed (Atom, RSS), CAPSchema, CAPMessage, CAPEvents, CAPGeometry") { data in
            guard let tree = try? XMLTree.parse(data), let items = CAPFeed.items(tree) else {
                _ = try? CAPMessage.read(data)
                return
            }
            var batch = Batch()
            for item in items {
                switch item {
                case .message(let inline):
                    guard let message = try? CAPMessage.read(inline) else { continue }
                    if let wards = Fuzz.wards,
                       let event = CAPEvents.event(message, now: Fuzz.now, wards: wards, centroids: Fuzz.centroids) {
                        batch.events.append(event)
                    }
                    for info in message.infos {
                        for area in info.areas {
                            for polygon in area.polygons { _ = CAPGeometry.polygon(polygon) }
                            for circle in area.circles { _ = CAPGeometry.circle(circle) }
                        }
                    }
                case .link(let href):
                    _ = Fuzz.cap.followable(href, from: URL(string: "https://canhbao.example.vn/cap/feed.atom")!)
                }
            }
            Fuzz.checkClean(batch)
        },
        FuzzTarget(name: "prometheus", summary: "prometheus: PrometheusText.parse and the connector's batch") { data in
            guard let text = String(data: data, encoding: .utf8) else { return }
            let parsed = PrometheusText.parse(text)
            if let batch = try? Fuzz.prometheus.batch(from: parsed, now: Fuzz.now) {
                Fuzz.checkClean(batch)
            }
        },
        FuzzTarget(name: "record-values", summary: "RecordNumbers (json, vietnamese), RecordTimeParser and its fast path, CAPTime") { data in
            let text = Fuzz.text(data)
            for numbers in [RecordNumbers.json, .vietnamese] {
                if let value = numbers.read(text) { Fuzz.check(value.isFinite, "a number read that is not finite") }
            }
            // Where the fast path and the formatters both read a time the parser keeps (2000–2100; before 1582 the
            // formatters count Julian days), they read the same second (ICU reads a fraction of more than three
            // digits loosely); the fast path also takes shapes they do not ("2026-11-23T05:30").
            if let fast = RecordTimeFastPath.date(text).flatMap(RecordTimeParser.plausible),
               let slow = Fuzz.times.formatterDate(text) {
                Fuzz.check(abs(slow.timeIntervalSince1970 - fast.timeIntervalSince1970) < 1,
                           "the fast path reads \(text.debugDescription) as \(fast), the formatters as \(slow)")
            }
            _ = Fuzz.times.date(from: text)
            _ = CAPTime.date(text)
        },
        FuzzTarget(name: "text-width", summary: "TextWidth: sanitize, of, truncate, pad, wrap (display width)") { data in
            let text = Fuzz.text(data)
            let clean = TextWidth.sanitize(text)
            Fuzz.checkNoControls(clean, allowNewline: false, "TextWidth.sanitize")
            let width = TextWidth.of(text)
            Fuzz.check(width >= 0, "a negative width")
            Fuzz.check(width == clean.reduce(0) { $0 + TextWidth.width(of: $1) },
                       "the width of \(text.debugDescription) is not the sum of its graphemes' widths")
            Fuzz.check(TextWidth.sanitize(clean) == clean, "sanitize is not idempotent on \(text.debugDescription)")
            let columns = Int(data.first ?? 0) % 40
            let cut = TextWidth.truncate(text, to: columns)
            Fuzz.check(TextWidth.of(cut) <= columns, "truncate to \(columns) gives \(TextWidth.of(cut)) columns")
            let padded = TextWidth.pad(text, to: columns)
            Fuzz.check(columns == 0 ? padded.isEmpty : TextWidth.of(padded) == columns,
                       "pad to \(columns) gives \(TextWidth.of(padded)) columns")
            for line in TextWidth.wrap(text, width: max(columns, 1)) {
                Fuzz.check(TextWidth.of(line) <= max(columns, 1), "wrap to \(max(columns, 1)) gives a line of \(TextWidth.of(line))")
            }
        },
        FuzzTarget(name: "sanitizer", summary: "TextSanitizer.clean and holdsControls; ControlText over JSON") { data in
            let text = Fuzz.text(data)
            let limit = Int(data.first ?? 0) % 64 + 1
            let clean = TextSanitizer.clean(text, maxCharacters: limit)
            Fuzz.checkNoControls(clean, allowNewline: false, "TextSanitizer.clean")
            Fuzz.check(clean.count <= limit, "clean kept \(clean.count) characters of \(limit)")
            Fuzz.check(!TextSanitizer.holdsControls(clean), "holdsControls after clean")
            Fuzz.check(TextSanitizer.clean(clean, maxCharacters: limit) == clean, "clean is not idempotent on \(text.debugDescription)")
            if let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
                _ = ControlText.note([json], what: "record")
            }
        },
    ]
}

/// What the targets share: the sources they map with (from a sources file, as an operator writes one), and checks.
enum Fuzz {
    static let now = Date(timeIntervalSince1970: 1_795_400_000)   // 2026-11-23
    nonisolated(unsafe) static let times = RecordTimeParser()
    /// The bundled wards: a harness that cannot load them would fuzz less than it says, so it stops at once, loudly.
    static let wards: WardNames? = {
        do { return try WardNames.bundled.get() } catch { fatalError("ioc-fuzz: the bundled wards do not load: \(error)") }
    }()
    static let centroids = [WardCentroid(code: "31189", latitude: 20.86, longitude: 106.68),
                            WardCentroid(code: "31190", latitude: 20.84, longitude: 106.70)]

    static let sources: [SourceConfig] = {
        do {
            return try SourcesFile.parse(sourcesYAML, file: "fuzz-sources.yaml")
        } catch {
            fatalError("ioc-fuzz: its own sources file does not parse: \(error)")
        }
    }()

    static var httpJSONMappings: [SourceMapping] {
        sources.compactMap { if case .httpJSON(let s) = $0.kind { return s.mapping } else { return nil } }
    }
    static let csvMapping: SourceMapping = sources.compactMap {
        if case .csvFolder(let s) = $0.kind { return s.mapping } else { return nil }
    }[0]
    static let open311Sources: [Open311Source] = sources.compactMap {
        if case .open311(let s) = $0.kind { return s } else { return nil }
    }
    static let sensorThings: SensorThingsConnector = sources.compactMap {
        if case .sensorThings(let s) = $0.kind { return SensorThingsConnector(config: $0, source: s) } else { return nil }
    }[0]
    static let prometheus: PrometheusConnector = sources.compactMap {
        if case .prometheus(let s) = $0.kind { return PrometheusConnector(config: $0, source: s) } else { return nil }
    }[0]
    static let cap: CAPConnector = sources.compactMap {
        if case .cap(let s) = $0.kind { return CAPConnector(config: $0, source: s) } else { return nil }
    }[0]

    /// The bytes as text the way a config file is read: UTF-8, with what is not UTF-8 repaired.
    static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("ioc-fuzz invariant: \(message())") }
    }

    /// No C0 or C1 control, DEL or bidi control (a newline only where `allowNewline`).
    static func checkNoControls(_ text: String, allowNewline: Bool, _ what: String) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if allowNewline && v == 0x0A { continue }
            let bad = v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            check(!bad, "\(what) left U+\(String(v, radix: 16, uppercase: true)) in \(text.debugDescription)")
        }
    }

    /// Every string a connector hands the store is cleaned; every number is finite.
    static func checkClean(_ batch: Batch) {
        for observation in batch.observations {
            checkNoControls(observation.seriesKey, allowNewline: false, "a series key")
            check(observation.value.isFinite, "an observation that is not finite")
        }
        for definition in batch.seriesDefinitions {
            for text in [definition.key, definition.name, definition.nameEN, definition.unit,
                         definition.agencyCode ?? "", definition.wardCode ?? ""] {
                checkNoControls(text, allowNewline: false, "a series definition")
            }
        }
        for event in batch.events {
            for text in [event.externalID, event.title, event.category, event.agencyCode ?? "", event.wardCode ?? "",
                         event.titleEN ?? "", event.sourceStatus ?? ""] {
                checkNoControls(text, allowNewline: false, "an event field")
            }
            checkNoControls(event.detail, allowNewline: true, "an event's detail")
            checkNoControls(event.detailEN ?? "", allowNewline: true, "an event's English detail")
        }
        checkNoControls(batch.rejected ?? "", allowNewline: false, "the batch's rejected note")
    }

    /// One source of each kind, mapped as Config/sources.example.yaml maps them.
    static let sourcesYAML = """
    sources:
      pakn:
        name: "PAKN"
        kind: http-json
        url: "https://pakn.example.vn/api"
        records: data.items
        events:
          kind: feedback
          id: ma_pakn
          title: "{tieu_de}"
          status:
            path: trang_thai
            map: { moi: new, dang_xu_ly: in_progress, da_xu_ly: resolved }
            default: new
          category: linh_vuc
          agency: don_vi
          ward: ma_phuong
          opened: ngay_tiep_nhan
          due: han_xu_ly
          closed: ngay_hoan_thanh
          updated: ngay_cap_nhat
          progress: tien_do
          severity: muc_do
          detail: noi_dung
      aqi:
        name: "AQI"
        url: "https://aqi.example.vn/api"
        observations:
          series_key: "aqi.station.{id}"
          value: aqi
          time: time
          series:
            pillar: public_order
            name: "VN_AQI {name}"
            name_en: "AQI {name}"
            unit: "AQI"
            agency: "{agency}"
            ward: "{ward}"
            direction: lower
            warn_above: 100
      thong-ke:
        name: "CSV"
        kind: csv-folder
        folder: /nonexistent/ioc-fuzz
        observations:
          series_key: "kt.{ma_chi_tieu}"
          value: gia_tri
          time: ky
          series:
            pillar: socio_economic
            name: "{ten}"
            unit: "tỷ đồng"
            agency: CTK
      metrics:
        name: "Prometheus"
        kind: prometheus
        url: "http://127.0.0.1:9100/metrics"
        metrics:
          - match: up
            series_key: "it.up.{job}"
            name: "up {job}"
          - match: node_network_receive_bytes_total
            series_key: "it.rx.{device}"
            name: "rx {device}"
            unit: "B/s"
      open311-json:
        name: "Open311 JSON"
        kind: open311
        url: "https://pakn.example.vn/open311/v2/"
        format: json
        statuses: { acknowledged: in_progress, open: new, closed: resolved }
        unknown_status: new
      open311-xml:
        name: "Open311 XML"
        kind: open311
        url: "https://pakn.example.vn/open311/v2/"
        format: xml
      sta:
        name: "SensorThings"
        kind: sensorthings
        url: "https://iot.example.vn/sensorthings/v1.1/"
        pillar: public_order
        series_key: "sta.{datastream_id}"
        series_name: "{datastream}"
      cap:
        name: "CAP"
        kind: cap
        url: "https://canhbao.example.vn/cap/feed.atom"
    """
}
