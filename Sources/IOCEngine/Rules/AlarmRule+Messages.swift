import IOCConfig
import IOCDomain

extension AlarmRule {
    /// The rule's Vietnamese message and, when it has `message_en`, its English one, rendered from the same values.
    ///
    /// `value` fills one placeholder in one language (which also says how to write numbers and durations); words
    /// from the data (ward, agency, item titles) are the same in both.
    func renderMessages(_ value: (RulePlaceholder, Language) -> String) -> (vi: String, en: String?) {
        (message.render { value($0, .vi) }, messageEN?.render { value($0, .en) })
    }
}
