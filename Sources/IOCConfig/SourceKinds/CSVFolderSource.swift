import Foundation
import IOCDomain
import Yams

/// A folder where a department drops the CSV files it exports (socio-economic figures, dossier statistics): each
/// settled file is read, its rows mapped like JSON records by header name, and then moved to `done/`, or to
/// `rejected/` with a reason file beside it.
///
/// ```yaml
///     folder: /srv/ioc/drop/thong-ke   # required: the drop folder (done/ and rejected/ are made inside it)
///     settle: 10s                      # a file untouched this long, and the same size as at the last look, is whole
///     delimiter: ","                   # "," (default), ";" or "tab"
///     observations: { series_key: "kt.{ma_chi_tieu}", value: gia_tri, time: ky, series: { … } }
///     # or events: { … }, as for http-json; numbers are read as Vietnamese offices write them ("1.234,5", "12,5%")
/// ```
public struct CSVFolderSource: Sendable, Hashable {
    public var folder: String
    /// Seconds a file must stay unchanged before it is read.
    public var settle: Double
    public var delimiter: Character
    public var mapping: SourceMapping

    public init(folder: String, settle: Double = 10, delimiter: Character = ",", mapping: SourceMapping) {
        self.folder = folder; self.settle = settle; self.delimiter = delimiter; self.mapping = mapping
    }

    static let keys = ["folder", "settle", "delimiter", "observations", "events"]

    static func read(_ f: [String: Node], node: Node, key: String, reader: ConfigReader) -> CSVFolderSource? {
        let errorsBefore = reader.errors.count
        if f["folder"] == nil { reader.fail(node, "\(key).folder", "required key is missing") }
        let folder = f["folder"].flatMap { reader.string($0, key: "\(key).folder") }
        let settle = f["settle"].map { reader.value($0, key: "\(key).settle", ValueSyntax.duration) } ?? 10
        var delimiter: Character = ","
        if let node = f["delimiter"], let text = reader.string(node, key: "\(key).delimiter") {
            switch text {
            case ",": delimiter = ","
            case ";": delimiter = ";"
            case "tab", "\t": delimiter = "\t"
            default: reader.fail(node, "\(key).delimiter", "expected \",\", \";\" or tab, found '\(text)'")
            }
        }
        let target = SourceMappingFile.target(f, node: node, key: key, reader: reader)
        guard reader.errors.count == errorsBefore, let folder, let settle, let target else { return nil }
        return CSVFolderSource(folder: folder, settle: settle, delimiter: delimiter,
                               mapping: SourceMapping(records: FieldPath(components: []), target: target))
    }
}
