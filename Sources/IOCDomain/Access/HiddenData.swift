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

    /// "⊘ Hạn chế: chưa được cấp quyền xem", for a panel of a hidden domain (its title names the domain): short
    /// enough for a panel a quarter of 80 columns wide.
    public static func shortPanelText(_ language: Language) -> String {
        language.pick("⊘ Hạn chế: chưa được cấp quyền xem", "⊘ Restricted: not granted to you")
    }

    /// "⊘ Phản ánh kiến nghị: lĩnh vực hạn chế — …", for a slide, which does not name the domain otherwise.
    public static func panelText(_ domain: Pillar, _ language: Language) -> String {
        language.pick("⊘ \(domain.label(.vi)): lĩnh vực hạn chế — tài khoản chưa được cấp quyền xem",
                      "⊘ \(domain.label(.en)): restricted domain — this account is not granted it")
    }
}
