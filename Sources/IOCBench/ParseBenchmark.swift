import Foundation
import IOCConfig
import IOCDomain
import IOCEngine

/// Records per second through each connector's parse path, from the bytes a source sends to the batch the store
/// gets: JSON events (`http-json`), CSV rows with Vietnamese numbers (`csv-folder`), Prometheus samples
/// (`prometheus`). No network and no disk: the parse alone, on bodies made here, timed over several rounds.
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
    }

    private func report(_ name: String, bytes: Int, _ parse: () throws -> Int) throws {
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
        print("  \(name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(String(format: "%9.0f", median)) records/s"
              + String(format: "  (%.1f MB/s; %d of %d records mapped)", mb, count, records))
    }
}
