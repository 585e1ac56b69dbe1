/// Directive titles open with who issued them ("Phó Chủ tịch UBND thành phố chỉ đạo …", in English "Vice Chairman
/// of the City People's Committee directs: …"); tables show the subject, which is what differs from row to row,
/// and details keep the whole title. The one place that knows both markers (console and wall).
public enum DirectiveTitle {
    public static let marker = " chỉ đạo "
    public static let markerEN = " directs: "
    private static let markers = [Array(marker.utf8), Array(markerEN.utf8)]

    /// The title after the first marker (Vietnamese or English), its first letter capitalised; the whole title when
    /// there is none. Searched as UTF-8 bytes: the directive table is built every frame, and both Foundation's
    /// `range(of:)` and the standard library's `firstRange(of:)` cost more than the rest of the row.
    public static func subject(_ title: String) -> String {
        let bytes = Array(title.utf8)
        for m in markers where bytes.count > m.count {
            var i = 0
            while i + m.count <= bytes.count {
                if bytes[i] == m[0], bytes[i..<(i + m.count)].elementsEqual(m) {
                    let rest = String(decoding: bytes[(i + m.count)...], as: UTF8.self)
                    guard let first = rest.first else { return title }
                    return first.uppercased() + rest.dropFirst()
                }
                i += 1
            }
        }
        return title
    }
}
