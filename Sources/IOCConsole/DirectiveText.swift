/// Directive titles open with who issued them ("Phó Chủ tịch UBND thành phố chỉ đạo …"); tables show the subject,
/// which is what differs from row to row, and the detail screen keeps the whole title.
enum DirectiveText {
    static let marker = " chỉ đạo "
    private static let markerBytes = Array(marker.utf8)

    /// The title after the first " chỉ đạo ", its first letter capitalised; the whole title when there is none.
    /// Searched as UTF-8 bytes: the directive table is built every frame, and both Foundation's `range(of:)` and
    /// the standard library's `firstRange(of:)` cost more than the rest of the row.
    static func subject(_ title: String) -> String {
        let bytes = Array(title.utf8)
        let m = markerBytes
        guard bytes.count > m.count else { return title }
        var i = 0
        while i + m.count <= bytes.count {
            if bytes[i] == m[0], bytes[i..<(i + m.count)].elementsEqual(m) {
                let rest = String(decoding: bytes[(i + m.count)...], as: UTF8.self)
                guard let first = rest.first else { return title }
                return first.uppercased() + rest.dropFirst()
            }
            i += 1
        }
        return title
    }
}
