import Foundation

/// The text of a JSON scalar from `JSONSerialization`: strings as they are, whole numbers without ".0", booleans.
public enum JSONScalarText {
    /// nil for objects, arrays and null.
    public static func text(_ value: Any) -> String? {
        if let string = value as? String { return string }
        if let number = value as? NSNumber {
            if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }
            let double = number.doubleValue
            if double.rounded() == double, abs(double) < 1e15 { return String(Int64(double)) }
            return "\(double)"
        }
        return nil
    }
}
