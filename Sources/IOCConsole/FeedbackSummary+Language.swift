import IOCDomain

extension FeedbackSummary {
    /// The agency's name in `language`: English when the store has one (`agency.name_en`), else the Vietnamese name.
    public func agencyName(_ language: Language) -> String { agencyName(english: language == .en) }
}
