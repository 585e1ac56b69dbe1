import Foundation
import IOCDomain

/// A response body read as JSON by every kind that reads JSON (http-json, open311, sensorthings): numbers no double
/// can hold are guarded first (`HTTPJSONNumberGuard`), and a body that is not JSON is an invalid response that
/// names the first byte that is not UTF-8, or else quotes its first characters, cleaned.
enum JSONBody {
    /// The parsed value, and whether the guard replaced a number.
    static func parse(_ body: Data, options: JSONSerialization.ReadingOptions = []) throws -> (json: Any, replaced: Bool) {
        let guarded = HTTPJSONNumberGuard.guarded(body)
        do {
            return (try JSONSerialization.jsonObject(with: guarded.body, options: options), guarded.replaced)
        } catch {
            if let problem = UTF8Body.problem(body) { throw PollError.invalidResponse(problem) }
            let start = String(decoding: body.prefix(40), as: UTF8.self)
            throw PollError.invalidResponse("body is not JSON (starts with \"\(TextSanitizer.clean(start, maxCharacters: 40))\")")
        }
    }
}
