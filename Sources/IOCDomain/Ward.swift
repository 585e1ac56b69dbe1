/// A commune-level unit after the July 2025 merger: phường, xã or đặc khu.
public struct Ward: Sendable, Codable, Hashable {
    /// The official unit code (from the admin-units data), as text.
    public var code: String
    /// Full name, e.g. "Phường Hoàn Kiếm".
    public var name: String
    /// "phường", "xã" or "đặc khu".
    public var type: String
    /// Province code: "1" Hà Nội, "31" Hải Phòng.
    public var provinceCode: String

    public init(code: String, name: String, type: String, provinceCode: String) {
        self.code = code; self.name = name; self.type = type; self.provinceCode = provinceCode
    }
}
