import TUICore

/// One Markdown line made readable on a terminal: "- " becomes a "• " bullet whose wrapped lines hang under its text,
/// "> " a quote bar repeated on every wrapped line, `**bold**` a bold run and `` `id` `` a muted run without the
/// backticks. The Markdown export keeps the source; the console draws these.
struct FormattedLine: Sendable, Hashable {
    /// Drawn before the first row ("• ", "│ ", or nothing).
    var prefix: String
    /// Drawn before every wrapped row after the first, as wide as `prefix`.
    var continuation: String
    var runs: [FormattedRun]

    init(prefix: String = "", continuation: String = "", runs: [FormattedRun]) {
        self.prefix = prefix; self.continuation = continuation; self.runs = runs
    }

    /// Reads one line of Markdown as written by `HandoverMarkdown`.
    init(markdown line: String) {
        if line.hasPrefix("- ") {
            self.init(prefix: "• ", continuation: "  ", runs: FormattedLine.inline(String(line.dropFirst(2))))
        } else if line == ">" || line.hasPrefix("> ") {
            self.init(prefix: "│ ", continuation: "│ ", runs: FormattedLine.inline(String(line.dropFirst(2))))
        } else {
            self.init(runs: FormattedLine.inline(line))
        }
    }

    /// Splits inline Markdown into runs: `**` toggles bold, a backtick toggles code; the markers themselves go, and a
    /// backslash-escaped character is taken as written.
    static func inline(_ text: String) -> [FormattedRun] {
        var runs: [FormattedRun] = []
        var current = ""
        var bold = false, code = false
        func flush() {
            if !current.isEmpty { runs.append(FormattedRun(current, code ? .code : bold ? .bold : .plain)) }
            current = ""
        }
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "\\", !code, text.index(after: i) < text.endIndex {
                // An escaped character (HandoverMarkdown.escaped) is plain text.
                i = text.index(after: i)
                current.append(text[i])
            } else if c == "`" {
                flush(); code.toggle()
            } else if !code, c == "*", text.index(after: i) < text.endIndex, text[text.index(after: i)] == "*" {
                flush(); bold.toggle()
                i = text.index(after: i)
            } else {
                current.append(c)
            }
            i = text.index(after: i)
        }
        flush()
        return runs
    }

    /// The rows of this line at `width` columns: words are never split unless one is wider than a row; the prefix
    /// starts the first row and the continuation every other, both as `.marker` runs.
    func rows(width: Int) -> [[FormattedRun]] {
        guard width > 0 else { return [] }
        let indent = TextWidth.of(prefix)
        let available = width - indent > 0 ? width - indent : width
        let lead = width - indent > 0
        var rows: [[FormattedRun]] = []
        var row: [FormattedRun] = []
        var rowWidth = 0
        func finishRow() {
            let marker = rows.isEmpty ? prefix : continuation
            rows.append((lead && !marker.isEmpty ? [FormattedRun(marker, .marker)] : []) + FormattedLine.merged(row))
            row = []
            rowWidth = 0
        }
        for word in FormattedLine.words(runs) {
            for piece in FormattedLine.chunks(word, width: available) {
                let w = piece.reduce(0) { $0 + TextWidth.of($1.text) }
                if rowWidth > 0, rowWidth + 1 + w > available { finishRow() }
                if rowWidth > 0 { row.append(FormattedRun(" ")); rowWidth += 1 }
                row += piece
                rowWidth += w
            }
        }
        finishRow()
        return rows
    }

    /// The words of the runs: split at spaces; a word may span runs ("(" plain, "id" code, ")" plain).
    static func words(_ runs: [FormattedRun]) -> [[FormattedRun]] {
        var words: [[FormattedRun]] = []
        var current: [FormattedRun] = []
        for run in runs {
            for (i, part) in run.text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                if i > 0, !current.isEmpty { words.append(current); current = [] }
                if !part.isEmpty { current.append(FormattedRun(String(part), run.style)) }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// A word cut into pieces no wider than `width` (the word itself when it fits).
    static func chunks(_ word: [FormattedRun], width: Int) -> [[FormattedRun]] {
        guard word.reduce(0, { $0 + TextWidth.of($1.text) }) > width else { return [word] }
        var pieces: [[FormattedRun]] = []
        var piece: [FormattedRun] = []
        var pieceWidth = 0
        for run in word {
            var text = ""
            for c in run.text {
                let w = TextWidth.width(of: c)
                if pieceWidth + w > width, pieceWidth > 0 {
                    if !text.isEmpty { piece.append(FormattedRun(text, run.style)); text = "" }
                    pieces.append(piece)
                    piece = []
                    pieceWidth = 0
                }
                text.append(c)
                pieceWidth += w
            }
            if !text.isEmpty { piece.append(FormattedRun(text, run.style)) }
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    /// Neighbouring runs of one style joined, a space taking the style of the text before it.
    static func merged(_ runs: [FormattedRun]) -> [FormattedRun] {
        var out: [FormattedRun] = []
        for run in runs {
            if let last = out.last, last.style == run.style || run.text == " " {
                out[out.count - 1].text += run.text
            } else {
                out.append(run)
            }
        }
        return out
    }
}
