/// An administrative procedure (thủ tục hành chính) an agency processes, with its legal time limit.
struct Procedure: Sendable {
    let agencyCode: String
    let title: String
    /// Procedure group, used as the dossier's category.
    let group: String
    let workingDays: Int
    /// Relative share of the city's dossiers.
    let weight: Double

    /// The title in English (a dossier's `titleEN`).
    var titleEN: String { Self.titlesEN[title] ?? title }

    /// The English titles of the catalogue's procedures, by their Vietnamese title.
    static let titlesEN: [String: String] = [
        "Đăng ký biến động quyền sử dụng đất": "Registration of a change in land use rights",
        "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu": "First land use rights certificate",
        "Cấp giấy phép môi trường": "Environmental permit",
        "Cấp giấy phép xây dựng": "Building permit",
        "Thẩm định thiết kế xây dựng": "Construction design appraisal",
        "Cấp phù hiệu xe kinh doanh vận tải": "Commercial transport vehicle badge",
        "Đăng ký thành lập doanh nghiệp": "Business registration",
        "Đăng ký thay đổi nội dung đăng ký doanh nghiệp": "Change of business registration details",
        "Cấp Phiếu lý lịch tư pháp": "Criminal record certificate",
        "Đăng ký kết hôn có yếu tố nước ngoài": "Marriage registration with a foreign party",
        "Cấp giấy phép lao động cho người nước ngoài": "Work permit for a foreign national",
        "Giải quyết chế độ trợ cấp xã hội": "Social allowance application",
        "Cấp giấy phép bán lẻ sản phẩm rượu": "Alcohol retail licence",
        "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm": "Food safety compliance certificate",
        "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh": "Medical practice certificate",
        "Cấp giấy phép hoạt động cơ sở khám bệnh, chữa bệnh": "Operating licence for a medical facility",
        "Cấp bản sao văn bằng, chứng chỉ": "Copy of a diploma or certificate",
        "Cho phép thành lập trung tâm ngoại ngữ, tin học": "Licence for a language or IT centre",
        "Cấp giấy phép tổ chức biểu diễn nghệ thuật": "Performing arts event licence",
        "Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa": "Domestic travel agency licence",
        "Cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ": "Science and technology activity registration",
        "Cấp giấy chứng nhận đăng ký đầu tư": "Investment registration certificate",
        "Cấp đổi giấy phép lái xe": "Driving licence renewal",
        "Đăng ký xe ô tô": "Car registration",
        "Đăng ký sinh hoạt tôn giáo tập trung": "Registration of a religious congregation",
        "Cho phép tổ chức hội nghị, hội thảo quốc tế": "Permission for an international conference",
    ]

    /// The procedures a city's agencies handle (only those whose agency exists in the city are used).
    static func catalog(roles: AgencyRoles) -> [Procedure] {
        [
            Procedure(agencyCode: "SNNMT", title: "Đăng ký biến động quyền sử dụng đất", group: "dat_dai",
                      workingDays: 10, weight: 3),
            Procedure(agencyCode: "SNNMT", title: "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu", group: "dat_dai",
                      workingDays: 20, weight: 1.5),
            Procedure(agencyCode: "SNNMT", title: "Cấp giấy phép môi trường", group: "moi_truong",
                      workingDays: 15, weight: 0.5),
            Procedure(agencyCode: "SXD", title: "Cấp giấy phép xây dựng", group: "xay_dung", workingDays: 20, weight: 2),
            Procedure(agencyCode: "SXD", title: "Thẩm định thiết kế xây dựng", group: "xay_dung",
                      workingDays: 15, weight: 1),
            Procedure(agencyCode: "SXD", title: "Cấp phù hiệu xe kinh doanh vận tải", group: "giao_thong",
                      workingDays: 3, weight: 1.5),
            Procedure(agencyCode: "STC", title: "Đăng ký thành lập doanh nghiệp", group: "dang_ky_kinh_doanh",
                      workingDays: 3, weight: 2.5),
            Procedure(agencyCode: "STC", title: "Đăng ký thay đổi nội dung đăng ký doanh nghiệp",
                      group: "dang_ky_kinh_doanh", workingDays: 3, weight: 2),
            Procedure(agencyCode: "STP", title: "Cấp Phiếu lý lịch tư pháp", group: "tu_phap", workingDays: 10, weight: 2),
            Procedure(agencyCode: "STP", title: "Đăng ký kết hôn có yếu tố nước ngoài", group: "ho_tich",
                      workingDays: 10, weight: 0.5),
            Procedure(agencyCode: "SNV", title: "Cấp giấy phép lao động cho người nước ngoài", group: "lao_dong",
                      workingDays: 5, weight: 1),
            Procedure(agencyCode: "SNV", title: "Giải quyết chế độ trợ cấp xã hội", group: "lao_dong",
                      workingDays: 12, weight: 0.8),
            Procedure(agencyCode: "SCT", title: "Cấp giấy phép bán lẻ sản phẩm rượu", group: "thuong_mai",
                      workingDays: 10, weight: 0.8),
            Procedure(agencyCode: "SCT", title: "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
                      group: "thuong_mai", workingDays: 15, weight: 0.7),
            Procedure(agencyCode: "SYT", title: "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh", group: "y_te",
                      workingDays: 20, weight: 1),
            Procedure(agencyCode: "SYT", title: "Cấp giấy phép hoạt động cơ sở khám bệnh, chữa bệnh", group: "y_te",
                      workingDays: 20, weight: 0.4),
            Procedure(agencyCode: "SGDDT", title: "Cấp bản sao văn bằng, chứng chỉ", group: "giao_duc",
                      workingDays: 5, weight: 0.8),
            Procedure(agencyCode: "SGDDT", title: "Cho phép thành lập trung tâm ngoại ngữ, tin học", group: "giao_duc",
                      workingDays: 15, weight: 0.2),
            Procedure(agencyCode: roles.culture, title: "Cấp giấy phép tổ chức biểu diễn nghệ thuật", group: "van_hoa",
                      workingDays: 5, weight: 0.5),
            Procedure(agencyCode: roles.tourism, title: "Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa",
                      group: "du_lich", workingDays: 10, weight: 0.4),
            Procedure(agencyCode: "SKHCN", title: "Cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
                      group: "khoa_hoc", workingDays: 15, weight: 0.3),
            Procedure(agencyCode: roles.industrialZones, title: "Cấp giấy chứng nhận đăng ký đầu tư", group: "dau_tu",
                      workingDays: 15, weight: 0.8),
            Procedure(agencyCode: "CATP", title: "Cấp đổi giấy phép lái xe", group: "giao_thong",
                      workingDays: 5, weight: 2),
            Procedure(agencyCode: "CATP", title: "Đăng ký xe ô tô", group: "giao_thong", workingDays: 3, weight: 1),
            Procedure(agencyCode: "SDTTG", title: "Đăng ký sinh hoạt tôn giáo tập trung", group: "ton_giao",
                      workingDays: 20, weight: 0.1),
            Procedure(agencyCode: "SNGV", title: "Cho phép tổ chức hội nghị, hội thảo quốc tế", group: "ngoai_vu",
                      workingDays: 15, weight: 0.2),
        ]
    }
}
