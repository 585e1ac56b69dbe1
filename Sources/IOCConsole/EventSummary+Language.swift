import IOCDomain

extension EventSummary {
    /// The agency's name in `language`: English when the store has one (`agency.name_en`), else the Vietnamese name;
    /// nil when the event has no named agency.
    public func agencyName(_ language: Language) -> String? { agencyName(english: language == .en) }
}
