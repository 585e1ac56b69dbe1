/// An alarm priority (1 Khẩn cấp … 4 Thấp) from a CAP info's severity, urgency and certainty (Decision 54).
///
/// | severity          | base | | urgency Future/Unknown | +1 | | certainty Possible/Unknown | +1 |
/// |-------------------|------|-|------------------------|----|-|----------------------------|----|
/// | Extreme           | 1    | | urgency Past           | 4  | | certainty Unlikely         | 4  |
/// | Severe            | 2 (1 when Immediate and Observed)                                        |
/// | Moderate          | 3    |
/// | Minor, Unknown    | 4    |
///
/// The result is held within 1…4.
enum CAPPriority {
    static func priority(severity: String, urgency: String, certainty: String) -> Int {
        if urgency == "Past" || certainty == "Unlikely" { return 4 }
        var priority: Int
        switch severity {
        case "Extreme": priority = 1
        case "Severe": priority = urgency == "Immediate" && certainty == "Observed" ? 1 : 2
        case "Moderate": priority = 3
        default: priority = 4   // Minor, Unknown
        }
        if !["Immediate", "Expected"].contains(urgency) { priority += 1 }
        if !["Observed", "Likely"].contains(certainty) { priority += 1 }
        return min(4, max(1, priority))
    }
}
