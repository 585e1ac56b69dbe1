import IOCDomain

/// The hand-written part of a city: its agencies, roads, stations, gauges and what its offices process.
/// Places are named by ward name and resolved against the admin-units data when the model loads.
struct CityCatalog: Sendable {
    /// A road before its ward is resolved: slug, name, ward name, free-flow speed, night level, rush amplitude.
    struct CorridorSpec: Sendable {
        let slug: String, name: String, ward: String, freeFlowKmh: Double, base: Double, rush: Double
    }
    /// A station before its ward is resolved.
    struct StationSpec: Sendable { let slug: String, ward: String, baseAQI: Double }
    /// A gauge before its ward is resolved.
    struct GaugeSpec: Sendable {
        let slug: String, name: String, ward: String, baseCm: Double, tideCm: Double, rainGain: Double
    }

    let agencies: [Agency]
    let corridors: [CorridorSpec]
    let stations: [StationSpec]
    let gauges: [GaugeSpec]
    /// Where feedback and directives are sent: role → agency code.
    let roles: AgencyRoles
    /// Channel names citizens use to send feedback.
    let feedbackChannels: [String]

    static func catalog(for city: City) -> CityCatalog {
        switch city {
        case .haiphong: return haiPhong
        case .hanoi: return haNoi
        }
    }

    /// The departments every post-2025 city has, with stable codes.
    static func commonAgencies(cityName: String) -> [Agency] {
        [
            Agency(code: "VPUB", name: "Văn phòng UBND thành phố", nameEN: "Office of the City People's Committee"),
            Agency(code: "STC", name: "Sở Tài chính", nameEN: "Department of Finance"),
            Agency(code: "SXD", name: "Sở Xây dựng", nameEN: "Department of Construction"),
            Agency(code: "SNV", name: "Sở Nội vụ", nameEN: "Department of Home Affairs"),
            Agency(code: "STP", name: "Sở Tư pháp", nameEN: "Department of Justice"),
            Agency(code: "SCT", name: "Sở Công Thương", nameEN: "Department of Industry and Trade"),
            Agency(code: "SNNMT", name: "Sở Nông nghiệp và Môi trường",
                   nameEN: "Department of Agriculture and Environment"),
            Agency(code: "SYT", name: "Sở Y tế", nameEN: "Department of Health"),
            Agency(code: "SGDDT", name: "Sở Giáo dục và Đào tạo", nameEN: "Department of Education and Training"),
            Agency(code: "SKHCN", name: "Sở Khoa học và Công nghệ", nameEN: "Department of Science and Technology"),
            Agency(code: "SDTTG", name: "Sở Dân tộc và Tôn giáo", nameEN: "Department of Ethnic and Religious Affairs"),
            Agency(code: "SNGV", name: "Sở Ngoại vụ", nameEN: "Department of Foreign Affairs"),
            Agency(code: "TTRA", name: "Thanh tra thành phố", nameEN: "City Inspectorate"),
            Agency(code: "CATP", name: "Công an thành phố", nameEN: "City Police"),
            Agency(code: "BCHQS", name: "Bộ Chỉ huy Quân sự thành phố", nameEN: "City Military Command"),
            Agency(code: "TTPVHCC", name: "Trung tâm Phục vụ hành chính công thành phố",
                   nameEN: "City Public Administrative Service Centre"),
        ]
    }
}
