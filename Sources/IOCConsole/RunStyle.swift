/// How a piece of formatted text is drawn: plain, bold (`**…**` in Markdown), code (an id in backticks, muted), or a
/// marker the console adds (a bullet, the quote bar).
enum RunStyle: Sendable, Hashable {
    case plain, bold, code, marker
}
