import Foundation
import IOCDomain

/// Reads a ward centroids file: CSV, UTF-8, a header `unit_code,latitude,longitude` (more columns allowed, in any
/// order), one ward a line, WGS 84 decimal degrees. Every mistake is named with the file and line.
public enum WardCentroidsFile {
    /// The centroids, or the first problems found ("centroids.csv:12: latitude '21,5' is not a number").
    public static func load(path: String) -> Result<[WardCentroid], ConfigErrors> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ConfigErrors([ConfigError(file: path, line: 0, key: "ward_centroids", message: "cannot be read")]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ConfigErrors([ConfigError(file: path, line: 0, key: "ward_centroids", message: "is not UTF-8")]))
        }
        return parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) -> Result<[WardCentroid], ConfigErrors> {
        var errors: [ConfigError] = []
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        let header = (lines.first ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let codeAt = header.firstIndex(of: "unit_code"), let latAt = header.firstIndex(of: "latitude"),
              let lonAt = header.firstIndex(of: "longitude") else {
            return .failure(ConfigErrors([ConfigError(file: file, line: 1, key: "header",
                                                      message: "expected the columns unit_code, latitude, longitude")]))
        }
        var centroids: [WardCentroid] = []
        var seen: Set<String> = []
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let number = index + 1
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == header.count else {
                errors.append(ConfigError(file: file, line: number, key: "columns",
                                          message: "\(fields.count) fields where the header has \(header.count)"))
                continue
            }
            let code = fields[codeAt]
            func degrees(_ at: Int, _ name: String, _ limit: Double) -> Double? {
                guard let value = Double(fields[at]), value.isFinite, abs(value) <= limit else {
                    errors.append(ConfigError(file: file, line: number, key: name,
                                              message: "'\(TextSanitizer.clean(fields[at], maxCharacters: 40))' is not a number of degrees within ±\(Int(limit))"))
                    return nil
                }
                return value
            }
            let lat = degrees(latAt, "latitude", 90), lon = degrees(lonAt, "longitude", 180)
            guard !code.isEmpty, code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                errors.append(ConfigError(file: file, line: number, key: "unit_code",
                                          message: "'\(TextSanitizer.clean(code, maxCharacters: 40))' is not an official unit code"))
                continue
            }
            guard seen.insert(code).inserted else {
                errors.append(ConfigError(file: file, line: number, key: "unit_code", message: "\(code) is listed twice"))
                continue
            }
            if let lat, let lon { centroids.append(WardCentroid(code: code, latitude: lat, longitude: lon)) }
        }
        if centroids.isEmpty && errors.isEmpty {
            errors.append(ConfigError(file: file, line: 1, key: "rows", message: "no ward is listed"))
        }
        return errors.isEmpty ? .success(centroids) : .failure(ConfigErrors(errors))
    }
}
