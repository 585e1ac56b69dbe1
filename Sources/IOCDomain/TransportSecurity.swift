/// How a source's connection is protected, as the sources screen shows it (Decision 56): nothing to show for a
/// folder or the simulator (nil), plain HTTP, HTTPS checked against the system's or a department's authority, or
/// HTTPS with the check switched off by the configuration.
public enum TransportSecurity: String, Sendable, Codable, Hashable, CaseIterable {
    /// http:// — not encrypted.
    case plain
    /// https:// with the certificate checked against the system's trusted authorities.
    case verified
    /// https:// with the certificate checked against the department's own authority (`tls_ca_file`).
    case customAuthority = "custom_ca"
    /// https:// with no check of certificate or host name (`tls_verify: false`).
    case unverified

    /// Whether the operator should see a warning on the source's row: its data could come from anyone on the path.
    public var isWarning: Bool { self == .plain || self == .unverified }

    /// The state in a table cell's few characters.
    public func shortLabel(_ lang: Language) -> String {
        switch self {
        case .plain: return lang.pick("⚠ HTTP", "⚠ HTTP")
        case .verified: return lang.pick("TLS ✓", "TLS ✓")
        case .customAuthority: return lang.pick("TLS ✓ CA riêng", "TLS ✓ own CA")
        case .unverified: return lang.pick("⚠ TLS tắt", "⚠ TLS off")
        }
    }

    /// The state in the reader's words, with a mark when it warns.
    public func label(_ lang: Language) -> String {
        switch self {
        case .plain: return lang.pick("⚠ HTTP không mã hoá", "⚠ HTTP, not encrypted")
        case .verified: return lang.pick("TLS đã xác minh", "TLS verified")
        case .customAuthority: return lang.pick("TLS xác minh theo CA riêng", "TLS verified (own CA)")
        case .unverified: return lang.pick("⚠ TLS KHÔNG xác minh (tắt trong cấu hình)", "⚠ TLS NOT verified (turned off in config)")
        }
    }
}
