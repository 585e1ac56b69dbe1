/// A kind of citizen feedback, the agency role it is routed to, and typical issues.
struct FeedbackCategory: Sendable {
    let code: String
    let label: String
    let agencyCode: String
    let issues: [String]
    /// The label in English.
    var labelEN: String { Self.labelsEN[code] ?? label }
    /// `issues` in English, in the same order.
    var issuesEN: [String] { issues.map { Self.issuesEN[$0] ?? $0 } }
    let weight: Double

    static func catalog(roles: AgencyRoles) -> [FeedbackCategory] {
        [
            FeedbackCategory(code: "environment", label: "Môi trường", agencyCode: roles.urbanEnvironment,
                             issues: ["Rác thải tồn đọng", "Mùi hôi từ điểm tập kết rác", "Đốt rác gây khói bụi"],
                             weight: 3),
            FeedbackCategory(code: "urban_order", label: "Trật tự đô thị", agencyCode: roles.construction,
                             issues: ["Lấn chiếm vỉa hè", "Xây dựng không phép", "Quảng cáo sai quy định"], weight: 3),
            FeedbackCategory(code: "traffic", label: "Giao thông", agencyCode: roles.construction,
                             issues: ["Đèn tín hiệu giao thông hỏng", "Mặt đường hư hỏng, ổ gà", "Đỗ xe sai quy định"],
                             weight: 2),
            FeedbackCategory(code: "electricity", label: "Điện", agencyCode: roles.power,
                             issues: ["Mất điện kéo dài", "Đèn chiếu sáng công cộng không hoạt động",
                                      "Dây điện võng thấp"], weight: 1.5),
            FeedbackCategory(code: "water", label: "Nước sạch", agencyCode: roles.waterSupply,
                             issues: ["Mất nước sinh hoạt", "Nước sinh hoạt đục", "Vỡ đường ống cấp nước"], weight: 1.5),
            FeedbackCategory(code: "drainage", label: "Thoát nước", agencyCode: roles.drainage,
                             issues: ["Ngập úng sau mưa", "Cống thoát nước tắc", "Nắp hố ga hư hỏng"], weight: 1.2),
            FeedbackCategory(code: "security", label: "An ninh trật tự", agencyCode: roles.police,
                             issues: ["Tụ tập gây mất trật tự", "Tiếng ồn về đêm", "Nghi vấn tổ chức đánh bạc"],
                             weight: 1),
            FeedbackCategory(code: "land", label: "Đất đai", agencyCode: roles.environment,
                             issues: ["Tranh chấp ranh giới đất", "Sử dụng đất sai mục đích"], weight: 0.8),
            FeedbackCategory(code: "health", label: "Y tế", agencyCode: roles.health,
                             issues: ["Vệ sinh an toàn thực phẩm", "Thái độ phục vụ tại cơ sở y tế"], weight: 0.5),
        ]
    }

    /// The English words of the catalogue's issues, by their Vietnamese words.
    static let issuesEN: [String: String] = [
        "Rác thải tồn đọng": "Uncollected rubbish",
        "Mùi hôi từ điểm tập kết rác": "Smell from a rubbish collection point",
        "Đốt rác gây khói bụi": "Rubbish burning, smoke and dust",
        "Lấn chiếm vỉa hè": "Pavement encroachment",
        "Xây dựng không phép": "Building without a permit",
        "Quảng cáo sai quy định": "Illegal advertising",
        "Đèn tín hiệu giao thông hỏng": "Broken traffic lights",
        "Mặt đường hư hỏng, ổ gà": "Damaged road surface, potholes",
        "Đỗ xe sai quy định": "Illegal parking",
        "Mất điện kéo dài": "Long power cut",
        "Đèn chiếu sáng công cộng không hoạt động": "Street lights not working",
        "Dây điện võng thấp": "Sagging power lines",
        "Mất nước sinh hoạt": "Water supply cut",
        "Nước sinh hoạt đục": "Cloudy tap water",
        "Vỡ đường ống cấp nước": "Burst water main",
        "Ngập úng sau mưa": "Flooding after rain",
        "Cống thoát nước tắc": "Blocked drain",
        "Nắp hố ga hư hỏng": "Damaged manhole cover",
        "Tụ tập gây mất trật tự": "Disorderly gathering",
        "Tiếng ồn về đêm": "Noise at night",
        "Nghi vấn tổ chức đánh bạc": "Suspected gambling",
        "Tranh chấp ranh giới đất": "Land boundary dispute",
        "Sử dụng đất sai mục đích": "Land used for the wrong purpose",
        "Vệ sinh an toàn thực phẩm": "Food hygiene",
        "Thái độ phục vụ tại cơ sở y tế": "Staff attitude at a health facility",
    ]

    /// The English labels, by category code.
    static let labelsEN: [String: String] = [
        "environment": "Environment", "urban_order": "Urban order", "traffic": "Traffic", "electricity": "Electricity",
        "water": "Clean water", "drainage": "Drainage", "security": "Security and order", "land": "Land",
        "health": "Health",
    ]

    /// A feedback channel in English; a channel's own name (an app, Zalo OA) stays as it is.
    static func channelEN(_ channel: String) -> String {
        let known = ["Tổng đài 1022": "1022 hotline", "Cổng Dịch vụ công": "Public service portal",
                     "Ứng dụng Hải Phòng Smart": "Hải Phòng Smart app", "Ứng dụng iHanoi": "iHanoi app"]
        return known[channel] ?? channel
    }
}
