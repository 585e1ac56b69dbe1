import IOCDomain

extension CityCatalog {
    /// Hà Nội after the July 2025 reorganisation (126 wards and communes).
    static let haNoi = CityCatalog(
        agencies: commonAgencies(cityName: "Hà Nội") + [
            Agency(code: "SVHTTDL", name: "Sở Văn hóa, Thể thao và Du lịch",
                   nameEN: "Department of Culture, Sports and Tourism"),
            Agency(code: "BQLKCN", name: "Ban Quản lý các Khu công nghiệp và chế xuất Hà Nội",
                   nameEN: "Hanoi Industrial and Export Processing Zones Authority"),
            Agency(code: "CTTN", name: "Công ty TNHH MTV Thoát nước Hà Nội", nameEN: "Hanoi Sewerage and Drainage"),
            Agency(code: "CTCN", name: "Tổng công ty Nước sạch Hà Nội", nameEN: "Hanoi Water Corporation"),
            Agency(code: "CTDL", name: "Tổng công ty Điện lực TP Hà Nội", nameEN: "Hanoi Power Corporation"),
            Agency(code: "CTMT", name: "Công ty TNHH MTV Môi trường đô thị Hà Nội",
                   nameEN: "Hanoi Urban Environment Company"),
        ],
        corridors: [
            CorridorSpec(slug: "vanh_dai_3", name: "Vành đai 3", ward: "Phường Thanh Liệt",
                         freeFlowKmh: 70, base: 1.2, rush: 6.0),
            CorridorSpec(slug: "giai_phong", name: "Đường Giải Phóng", ward: "Phường Phương Liệt",
                         freeFlowKmh: 45, base: 1.3, rush: 6.2),
            CorridorSpec(slug: "nguyen_trai", name: "Đường Nguyễn Trãi", ward: "Phường Khương Đình",
                         freeFlowKmh: 45, base: 1.2, rush: 6.4),
            CorridorSpec(slug: "lang", name: "Đường Láng", ward: "Phường Láng",
                         freeFlowKmh: 40, base: 1.1, rush: 6.0),
            CorridorSpec(slug: "pham_van_dong", name: "Đường Phạm Văn Đồng", ward: "Phường Xuân Đỉnh",
                         freeFlowKmh: 55, base: 1.0, rush: 5.6),
            CorridorSpec(slug: "dai_lo_thang_long", name: "Đại lộ Thăng Long", ward: "Phường Tây Mỗ",
                         freeFlowKmh: 80, base: 0.6, rush: 4.0),
            CorridorSpec(slug: "truong_chinh", name: "Đường Trường Chinh", ward: "Phường Kim Liên",
                         freeFlowKmh: 40, base: 1.2, rush: 6.1),
            CorridorSpec(slug: "nguyen_van_cu", name: "Đường Nguyễn Văn Cừ", ward: "Phường Bồ Đề",
                         freeFlowKmh: 45, base: 1.0, rush: 5.5),
        ],
        stations: [
            StationSpec(slug: "hoan_kiem", ward: "Phường Hoàn Kiếm", baseAQI: 95),
            StationSpec(slug: "cau_giay", ward: "Phường Cầu Giấy", baseAQI: 105),
            StationSpec(slug: "hoang_mai", ward: "Phường Hoàng Mai", baseAQI: 110),
            StationSpec(slug: "long_bien", ward: "Phường Long Biên", baseAQI: 100),
            StationSpec(slug: "ha_dong", ward: "Phường Hà Đông", baseAQI: 102),
            StationSpec(slug: "tay_ho", ward: "Phường Tây Hồ", baseAQI: 88),
            StationSpec(slug: "thanh_xuan", ward: "Phường Thanh Xuân", baseAQI: 108),
        ],
        gauges: [
            GaugeSpec(slug: "thai_ha", name: "Điểm ngập Thái Hà", ward: "Phường Đống Đa",
                      baseCm: 3, tideCm: 0, rainGain: 1.3),
            GaugeSpec(slug: "nguyen_khuyen", name: "Điểm ngập Nguyễn Khuyến", ward: "Phường Văn Miếu - Quốc Tử Giám",
                      baseCm: 2, tideCm: 0, rainGain: 1.2),
            GaugeSpec(slug: "phan_boi_chau", name: "Điểm ngập Phan Bội Châu", ward: "Phường Cửa Nam",
                      baseCm: 2, tideCm: 0, rainGain: 1.1),
            GaugeSpec(slug: "song_to_lich", name: "Sông Tô Lịch – Nguyễn Xiển", ward: "Phường Khương Đình",
                      baseCm: 150, tideCm: 3, rainGain: 1.0),
            GaugeSpec(slug: "ho_yen_so", name: "Hồ điều hòa Yên Sở", ward: "Phường Yên Sở",
                      baseCm: 320, tideCm: 2, rainGain: 0.8),
        ],
        roles: AgencyRoles(industrialZones: "BQLKCN", culture: "SVHTTDL", tourism: "SVHTTDL"),
        feedbackChannels: ["Ứng dụng iHanoi", "Tổng đài 1022", "Cổng Dịch vụ công", "Zalo OA"]
    )
}
