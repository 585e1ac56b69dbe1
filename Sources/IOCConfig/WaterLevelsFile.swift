import Foundation
import IOCDomain
import Yams

/// Reads `water-levels.yaml`: river gauging stations and their official alarm levels (báo động I, II, III, metres;
/// QĐ 05/2020/QĐ-TTg, or the provincial People's Committee's for stations it does not list).
///
/// ```yaml
/// stations:
///   water.river.long_bien:              # the series key of the gauge's readings (metres)
///     name: "Sông Hồng tại Long Biên"
///     name_en: "Red River at Long Biên"
///     river: "Sông Hồng"
///     city: ha-noi                      # optional: the simulated city that has it
///     levels: { I: 9.5, II: 10.5, III: 11.5 }
///     tidal: false                      # an estuary gauge following the tide: trend read on daily highs
///     reference: "QĐ 05/2020/QĐ-TTg"
/// ```
/// Errors are located (`file:line: stations.<key>.levels: message`); levels must rise from I to III; unknown keys are
/// errors.
public enum WaterLevelsFile {
    public static func load(path: String) throws(ConfigErrors) -> [WaterLevelStation] {
        try parse(try ConfigFileText.read(path: path), file: path)
    }

    static let cities = ["hai-phong", "ha-noi"]

    public static func parse(_ text: String, file: String) throws(ConfigErrors) -> [WaterLevelStation] {
        let reader = ConfigReader(file: file)
        var stations: [WaterLevelStation] = []
        if let root = reader.root(text),
           let top = reader.fields(root, key: "", allowed: ["stations"], required: ["stations"]),
           let node = top["stations"], let entries = reader.mapping(node, key: "stations", allowed: nil) {
            for entry in entries {
                let key = reader.join("stations", entry.name)
                if let station = station(entry.name, entry.value, key: key, reader: reader) { stations.append(station) }
            }
        }
        try reader.throwIfFailed()
        return stations
    }

    private static func station(_ seriesKey: String, _ node: Node, key: String, reader: ConfigReader) -> WaterLevelStation? {
        guard let f = reader.fields(node, key: key, allowed: ["name", "name_en", "river", "city", "levels", "tidal", "reference"],
                                    required: ["name", "river", "levels"])
        else { return nil }
        let before = reader.errors.count
        if seriesKey.isEmpty || seriesKey.contains(where: { $0.isWhitespace || $0 == "*" || $0 == "?" }) {
            reader.fail(node, key, "a station's key is the series key of its readings (no spaces or wildcards)")
        }
        let name = f["name"].flatMap { reader.string($0, key: reader.join(key, "name")) }
        let nameEN = f["name_en"].flatMap { reader.string($0, key: reader.join(key, "name_en")) }
        let river = f["river"].flatMap { reader.string($0, key: reader.join(key, "river")) }
        let city = f["city"].flatMap { reader.choice($0, key: reader.join(key, "city"), among: cities.map { ($0, $0) }) }
        let tidal = f["tidal"].flatMap { reader.choice($0, key: reader.join(key, "tidal"), among: [("true", true), ("false", false)]) }
        let reference = f["reference"].flatMap { reader.string($0, key: reader.join(key, "reference")) }
        var levels: [WaterAlarmLevel: Double] = [:]
        if let node = f["levels"], let entries = reader.mapping(node, key: reader.join(key, "levels"), allowed: ["I", "II", "III"]) {
            for entry in entries {
                let level: WaterAlarmLevel = entry.name == "I" ? .one : entry.name == "II" ? .two : .three
                guard let height = reader.double(entry.value, key: reader.join(key, "levels.\(entry.name)")) else { continue }
                guard height.isFinite, abs(height) < 1000 else {
                    reader.fail(entry.value, reader.join(key, "levels.\(entry.name)"), "a level is metres above the datum, between -1000 and 1000")
                    continue
                }
                levels[level] = height
            }
            if entries.isEmpty { reader.fail(node, reader.join(key, "levels"), "give at least one of I, II, III") }
            let ordered = WaterAlarmLevel.allCases.compactMap { l in levels[l].map { (l, $0) } }
            for (a, b) in zip(ordered, ordered.dropFirst()) where b.1 <= a.1 {
                reader.fail(node, reader.join(key, "levels"),
                            "level \(b.0.roman) (\(b.1)) must be higher than level \(a.0.roman) (\(a.1))")
            }
        }
        guard reader.errors.count == before, let name, let river else { return nil }
        return WaterLevelStation(seriesKey: seriesKey, name: name, nameEN: nameEN ?? "", river: river, city: city,
                                 levels: levels, tidal: tidal ?? false, reference: reference ?? "")
    }
}
