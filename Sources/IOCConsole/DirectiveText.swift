/// Directive titles open with who issued them ("Phó Chủ tịch UBND thành phố chỉ đạo …"); tables show the subject,
/// which is what differs from row to row, and the detail screen keeps the whole title.
enum DirectiveText {
    static let marker = " chỉ đạo "

    static func subject(_ title: String) -> String {
        guard let range = title.firstRange(of: marker) else { return title }
        let rest = title[range.upperBound...]
        guard let first = rest.first else { return title }
        return first.uppercased() + rest.dropFirst()
    }
}
