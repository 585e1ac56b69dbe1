import IOCDomain

extension Alarm {
    /// The alarm's message in `language`: English when the rule gave one (`message_en`), else the Vietnamese text,
    /// so an English console never shows an empty cell.
    public func message(_ language: Language) -> String { message(english: language == .en) }
}
