/// How many colours the terminal can show; every style is degraded to this before drawing.
public enum ColorDepth: String, Sendable, CaseIterable {
    case trueColor, palette256, ansi16, ansi8, monochrome

    /// From the environment (NO_COLOR set and non-empty → monochrome; COLORTERM truecolor/24bit → trueColor) and
    /// the terminal's colour count (≥256 → palette256, ≥16 → ansi16, ≥8 → ansi8, else monochrome).
    public static func detect(environment: [String: String], colors: Int) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit" { return .trueColor }
        if colors >= 256 { return .palette256 }
        if colors >= 16 { return .ansi16 }
        if colors >= 8 { return .ansi8 }
        return .monochrome
    }

    /// Degrades a colour to this depth (rgb → nearest 256 index → nearest 16 → nearest 8; monochrome → .default).
    public func degrade(_ color: Color) -> Color {
        switch (self, color) {
        case (_, .default), (.trueColor, _):
            return color
        case (.monochrome, _):
            return .default
        case (.palette256, .rgb(let r, let g, let b)):
            return .indexed(ColorPalette.nearest256(r, g, b))
        case (.palette256, _):
            return color
        case (.ansi16, .ansi):
            return color
        case (.ansi16, .indexed(let n)):
            if n < 16 { return .ansi(n) }
            let (r, g, b) = ColorPalette.rgb(ofIndex: n)
            return .ansi(ColorPalette.nearest(r, g, b, among: 16))
        case (.ansi16, .rgb(let r, let g, let b)):
            return .ansi(ColorPalette.nearest(r, g, b, among: 16))
        case (.ansi8, .ansi(let n)):
            if n < 8 { return color }
            let (r, g, b) = ColorPalette.rgb(ofIndex: n)
            return .ansi(ColorPalette.nearest(r, g, b, among: 8))
        case (.ansi8, .indexed(let n)):
            let (r, g, b) = ColorPalette.rgb(ofIndex: n)
            return .ansi(n < 8 ? n : ColorPalette.nearest(r, g, b, among: 8))
        case (.ansi8, .rgb(let r, let g, let b)):
            return .ansi(ColorPalette.nearest(r, g, b, among: 8))
        }
    }

    /// Degrades a style; in monochrome keeps attributes (bold/reverse/underline carry meaning there).
    public func degrade(_ style: Style) -> Style {
        Style(foreground: degrade(style.foreground), background: degrade(style.background),
              attributes: style.attributes)
    }
}
