/// Why the render benchmark could not start.
enum RenderBenchmarkError: Error, CustomStringConvertible {
    case configNotFound([String])

    var description: String {
        switch self {
        case .configNotFound(let dirs):
            return "layout 'operator' or theme 'control-room' not found in: " + dirs.joined(separator: ", ")
        }
    }
}
