/// The xterm 256-colour palette: index ↔ RGB, for direct-colour terminals and RGB → index.
enum Palette256 {
    private static let levels = [0, 95, 135, 175, 215, 255]
    private static let ansi: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func rgb(_ index: Int) -> (Int, Int, Int) {
        if index < 16 { return ansi[max(0, index)] }
        if index < 232 {
            let i = index - 16
            return (levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
        }
        let v = 8 + (index - 232) * 10
        return (v, v, v)
    }

    static func rgbNumber(_ index: Int) -> Int {
        let (r, g, b) = rgb(index)
        return r << 16 | g << 8 | b
    }

    static func nearestIndex(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        var best = 16, bestDistance = Int.max
        for i in 16..<256 {
            let (pr, pg, pb) = rgb(i)
            let d = (pr - Int(r)) * (pr - Int(r)) + (pg - Int(g)) * (pg - Int(g)) + (pb - Int(b)) * (pb - Int(b))
            if d < bestDistance { bestDistance = d; best = i }
        }
        return best
    }
}
