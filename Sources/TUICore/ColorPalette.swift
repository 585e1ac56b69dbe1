/// The xterm palette as RGB values, and nearest-colour searches used to degrade colours.
public enum ColorPalette {
    /// xterm's default values for the 16 ANSI colours.
    public static let ansi: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The RGB value of an xterm 256-palette index.
    public static func rgb(ofIndex n: UInt8) -> (UInt8, UInt8, UInt8) {
        let i = Int(n)
        if i < 16 { return ansi[i] }
        if i < 232 {
            let c = i - 16
            return (UInt8(cubeLevels[c / 36]), UInt8(cubeLevels[(c / 6) % 6]), UInt8(cubeLevels[c % 6]))
        }
        let level = UInt8(8 + 10 * (i - 232))
        return (level, level, level)
    }

    /// The nearest index among the 6×6×6 cube and the grey ramp (16–255), as xterm-256 terminals show them.
    public static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        func cubeIndex(_ v: UInt8) -> Int {
            var best = 0
            for (i, level) in cubeLevels.enumerated() where abs(level - Int(v)) < abs(cubeLevels[best] - Int(v)) {
                best = i
            }
            return best
        }
        let ci = (cubeIndex(r), cubeIndex(g), cubeIndex(b))
        let cube = 16 + 36 * ci.0 + 6 * ci.1 + ci.2
        let cubeDistance = distance((r, g, b), rgb(ofIndex: UInt8(cube)))
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let grey = 232 + greyStep
        let greyDistance = distance((r, g, b), rgb(ofIndex: UInt8(grey)))
        return UInt8(greyDistance < cubeDistance ? grey : cube)
    }

    /// The nearest of the first `count` ANSI colours (8 or 16); a grey maps only to black, greys or white,
    /// so muted text never turns into a hue.
    public static func nearest(_ r: UInt8, _ g: UInt8, _ b: UInt8, among count: Int) -> UInt8 {
        var best = 0
        var bestDistance = Int.max
        let chroma = Int(max(r, g, b)) - Int(min(r, g, b))
        let candidates = chroma < 32 ? [0, 7, 8, 15] : Array(0..<16)
        for i in candidates where i < min(count, ansi.count) {
            let d = distance((r, g, b), ansi[i])
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return UInt8(best)
    }

    /// Squared distance weighted for the eye (red 2, green 4, blue 3).
    static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
