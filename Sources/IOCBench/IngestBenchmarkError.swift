/// Why the ingest benchmark stopped.
enum IngestBenchmarkError: Error, CustomStringConvertible {
    case rowCount(path: String, expected: Int, found: Int)
    case failed(String, String)

    var description: String {
        switch self {
        case .rowCount(let path, let expected, let found): return "\(path): expected \(expected) rows, found \(found)"
        case .failed(let program, let why): return "\(program): \(why)"
        }
    }
}
