/// Vietnamese and English names of event categories.
enum CategoryNames {
    static func incident(_ code: String, _ lang: Language) -> String {
        switch code {
        case "traffic_accident": return lang.pick("Tai nạn GT", "Accident")
        case "fire": return lang.pick("Cháy nổ", "Fire")
        case "flooding": return lang.pick("Ngập úng", "Flooding")
        case "public_order": return lang.pick("ANTT", "Public order")
        case "congestion": return lang.pick("Ùn tắc", "Congestion")
        case "power_outage": return lang.pick("Mất điện", "Power cut")
        default: return code
        }
    }
}
