/// Rules for names in config files: layout, theme, panel and source identifiers.
package enum ConfigNames {
    /// Letters, digits, `-` and `_`, starting with a letter or digit; at most 64 characters.
    package static func identifier(_ text: String) -> Result<String, ValueSyntaxError> {
        let allowed = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
        guard allowed, let first = text.unicodeScalars.first, first != "-", first != "_", text.count <= 64 else {
            return .failure(ValueSyntaxError("'\(text)' is not a valid name: use ASCII letters, digits, - and _ "
                                             + "(at most 64, starting with a letter or digit)"))
        }
        return .success(text)
    }
}
