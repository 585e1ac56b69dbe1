/// What a snapshot leaves out for an account's scope: the domains, and how many alarms of them are standing.
public struct HiddenData: Sendable, Hashable {
    public var domains: Set<Pillar>
    public var alarms: Int

    public init(domains: Set<Pillar>, alarms: Int) {
        self.domains = domains; self.alarms = alarms
    }

    /// "2 cảnh báo thuộc lĩnh vực hạn chế (Phản ánh kiến nghị) không hiển thị", or nil when no alarm is hidden.
    public func alarmsText(_ language: Language) -> String? {
        guard alarms > 0 else { return nil }
        let names = Pillar.allCases.filter(domains.contains).map { $0.label(language) }.joined(separator: ", ")
        return language.pick("\(alarms) cảnh báo thuộc lĩnh vực hạn chế (\(names)) không hiển thị",
                             "\(alarms) alarm\(alarms == 1 ? "" : "s") of restricted domains (\(names)) not shown")
    }

    /// "⊘ Lĩnh vực hạn chế — tài khoản chưa được cấp quyền xem", for a panel of a hidden domain.
    public static func panelText(_ domain: Pillar, _ language: Language) -> String {
        language.pick("⊘ \(domain.label(.vi)): lĩnh vực hạn chế — tài khoản chưa được cấp quyền xem",
                      "⊘ \(domain.label(.en)): restricted domain — this account is not granted it")
    }
}
