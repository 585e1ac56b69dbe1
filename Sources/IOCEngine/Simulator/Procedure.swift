/// An administrative procedure (thủ tục hành chính) an agency processes, with its legal time limit.
struct Procedure: Sendable {
    let agencyCode: String
    let title: String
    /// Procedure group, used as the dossier's category.
    let group: String
    let workingDays: Int
    /// Relative share of the city's dossiers.
    let weight: Double

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
