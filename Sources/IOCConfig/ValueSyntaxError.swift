/// Why a config value's text could not be read, e.g. "expected a size like 45%, 34, fill, fill:2 or min:20".
package struct ValueSyntaxError: Error, Hashable {
    package var message: String
    package init(_ message: String) { self.message = message }
}
