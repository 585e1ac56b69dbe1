import Foundation
import IOCConfig
import IOCDomain
import IOCEngine

/// Records per second through each connector's parse path, from the bytes a source sends to the batch the store
/// gets: JSON events (`http-json`), CSV rows with Vietnamese numbers (`csv-folder`), Prometheus samples
/// (`prometheus`), Open311 service requests in JSON and XML (`open311`), SensorThings observations (`sensorthings`)
/// and CAP messages (`cap`, each a document of its own, schema-checked). No network and no disk: the parse alone, on
/// bodies made here, timed over several rounds.
struct ParseBenchmark {
    var records = 20_000
    var rounds = 5

    func run() throws {
        print("ioc-bench parse: \(records) records per body, \(rounds) rounds, median records/s (bytes/s)")
        let now = Date(timeIntervalSince1970: 1_795_300_000)

        // http-json: feedback cases, as a department's portal answers.
        let json = Data(("{\"data\":{\"items\":[" + (0..<records).map { i in
            "{\"ma\":\"PA-\(i)\",\"tieu_de\":\"Ngập nước đường Lạch Tray số \(i)\",\"trang_thai\":\"dang_xu_ly\","
                + "\"don_vi\":\"SXD\",\"ma_phuong\":\"11311\",\"ngay_tiep_nhan\":\"2026-11-01T08:30:00+07:00\","
                + "\"han_xu_ly\":\"2026-11-08T17:00:00+07:00\",\"ngay_cap_nhat\":\"2026-11-02T10:00:00+07:00\"}"
        }.joined(separator: ",") + "]}}").utf8)
        let events = EventMapping(kind: .feedback, id: FieldPath("ma")!, title: TextTemplate("{tieu_de}")!,
                                  status: StatusMapping(path: FieldPath("trang_thai")!, values: ["dang_xu_ly": .inProgress]),
                                  agency: FieldPath("don_vi"), ward: FieldPath("ma_phuong"), opened: FieldPath("ngay_tiep_nhan"),
                                  due: FieldPath("han_xu_ly"), updated: FieldPath("ngay_cap_nhat"))
        let jsonMapper = HTTPJSONRecordMapper(mapping: SourceMapping(records: FieldPath("data.items")!, target: .events(events)),
                                              now: now)
        try report("http-json events", bytes: json.count) { try jsonMapper.batch(from: json, previousCursor: nil).events.count }

        // csv-folder: socio-economic figures with Vietnamese numbers and dates.
        let csv = Data(("ma_chi_tieu,ten,gia_tri,ky\n" + (0..<records).map { i in
            "chi_tieu_\(i),Chỉ tiêu số \(i),\"\(i % 1000).\(String(format: "%03d", i % 997)),5\",31/10/2026"
        }.joined(separator: "\n")).utf8)
        let csvMapping = SourceMapping(records: FieldPath(components: []), target: .observations(ObservationMapping(
            seriesKey: TextTemplate("kt.{ma_chi_tieu}")!, value: FieldPath("gia_tri")!, time: FieldPath("ky")!, series: nil)))
        try report("csv-folder rows", bytes: csv.count) {
            let rows = try CSVFile.records(csv, delimiter: ",")
            return try RecordMapper(mapping: csvMapping, now: now, numbers: .vietnamese)
                .batch(records: rows, place: "bench.csv", previousCursor: nil).observations.count
        }

        // prometheus: gauges with labels, as node exporters expose them.
        let metrics = "# TYPE node_filesystem_avail_bytes gauge\n" + (0..<records).map { i in
            "node_filesystem_avail_bytes{device=\"sd\(i)\",mountpoint=\"/srv/\(i)\",fstype=\"ext4\"} \(1_000_000 + i)"
        }.joined(separator: "\n")
        let source = PrometheusSource(url: URL(string: "http://127.0.0.1/metrics")!, metrics: [
            .init(match: "node_filesystem_avail_bytes", seriesKey: TextTemplate("it.disk.{mountpoint}")!,
                  name: TextTemplate("Ổ {mountpoint}")!, unit: "B"),
        ])
        let prometheus = PrometheusConnector(config: SourceConfig(id: "it", name: "IT", kind: .prometheus(source)), source: source)
        try report("prometheus samples", bytes: metrics.utf8.count) {
            try prometheus.batch(from: PrometheusText.parse(metrics), now: now).observations.count
        }

        // open311: service requests, as GeoReport v2 answers requests.json and requests.xml.
        let requestFields = (0..<records).map { i in
            [("service_request_id", String(format: "%06d", i)), ("status", i % 3 == 0 ? "closed" : "open"),
             ("service_name", "Trật tự đô thị"), ("service_code", "TT03"),
             ("description", "Lấn chiếm vỉa hè số \(i), phường Ngô Quyền"), ("agency_responsible", "UBND-NQ"),
             ("requested_datetime", "2026-11-01T08:30:00+07:00"), ("updated_datetime", "2026-11-02T10:00:00+07:00"),
             ("address", "Phố Lạch Tray số \(i)")]
        }
        let open311JSON = Data(("[" + requestFields.map { fields in
            "{" + fields.map { "\"\($0.0)\":\"\($0.1)\"" }.joined(separator: ",") + "}"
        }.joined(separator: ",") + "]").utf8)
        let open311XML = Data(("<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests>" + requestFields.map { fields in
            "<request>" + fields.map { "<\($0.0)>\($0.1)</\($0.0)>" }.joined() + "</request>"
        }.joined() + "</service_requests>").utf8)
        for (format, body) in [(Open311Source.Format.json, open311JSON), (.xml, open311XML)] {
            let reader = Open311Records(source: Open311Source(url: URL(string: "http://127.0.0.1/")!, format: format), now: now)
            try report("open311 \(format.rawValue) requests", bytes: body.count) {
                reader.events(try reader.records(from: body)).events.count
            }
        }

        // sensorthings: one page of observations of a datastream.
        let observations = Data(("{\"value\":[" + (0..<records).map { i in
            "{\"@iot.id\":\"01a24cd1-56c5-722f-a9cb-\(String(format: "%012d", i))\",\"phenomenonTime\":"
                + "\"2026-11-0\(1 + i % 9)T0\(i % 10):00:00+00:00\",\"result\":\(35.5 + Double(i % 100) / 2),"
                + "\"resultTime\":\"2026-11-01T01:00:00+00:00\"}"
        }.joined(separator: ",") + "]}").utf8)
        try report("sensorthings obs.", bytes: observations.count) {
            let page = try SensorThingsConnector.page(observations)
            return SensorThingsConnector.observations(page.items, seriesKey: "sta.pm25", name: "PM2.5", now: now).observations.count
        }

        // cap: messages (each a document of its own), checked against the schema and made alerts.
        let wards = try WardNames.bundled.get()
        let messages = (0..<max(1, records / 10)).map { i in
            Data("""
                <?xml version="1.0" encoding="UTF-8"?>
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>HP-\(i)</identifier>
                <sender>canhbao@ioc.haiphong.example</sender><sent>2026-10-12T06:30:00+07:00</sent><status>Actual</status>
                <msgType>Alert</msgType><scope>Public</scope><info><language>vi-VN</language><category>Met</category>
                <event>Ngập lụt đô thị</event><urgency>Immediate</urgency><severity>Severe</severity><certainty>Observed</certainty>
                <expires>2099-12-31T23:59:00+07:00</expires><headline>Cảnh báo ngập lụt số \(i)</headline>
                <description>Mưa lớn kéo dài kết hợp triều cường, nhiều tuyến phố bị ngập sâu.</description>
                <area><areaDesc>Phường Hồng Bàng, Hải Phòng</areaDesc><geocode><valueName>ward</valueName><value>11311</value></geocode></area>
                </info></alert>
                """.utf8)
        }
        try report("cap messages", bytes: messages.reduce(0) { $0 + $1.count }, records: messages.count) {
            try messages.reduce(0) { count, data in
                count + (CAPEvents.event(try CAPMessage.read(data), now: now, wards: wards) == nil ? 0 : 1)
            }
        }
    }

    private func report(_ name: String, bytes: Int, records: Int? = nil, _ parse: () throws -> Int) throws {
        let records = records ?? self.records
        var rates: [Double] = []
        var count = 0
        _ = try parse()   // warm-up
        for _ in 0..<rounds {
            let clock = MonotonicClock()
            count = try parse()
            rates.append(Double(count) / clock.elapsedSeconds)
        }
        let median = SampleSummary(rates).percentile(0.5)
        let mb = median / Double(max(count, 1)) * Double(bytes) / 1_000_000
        print("  \(name.padding(toLength: 22, withPad: " ", startingAt: 0)) \(String(format: "%9.0f", median)) records/s"
              + String(format: "  (%.1f MB/s; %d of %d records mapped)", mb, count, records))
    }
}
