import IOCDomain

extension CityCatalog {
    /// Hải Phòng after the July 2025 merger (with the former Hải Dương province).
    static let haiPhong = CityCatalog(
        agencies: commonAgencies(cityName: "Hải Phòng") + [
            Agency(code: "SVHTT", name: "Sở Văn hóa, Thể thao", nameEN: "Department of Culture and Sports"),
            Agency(code: "SDL", name: "Sở Du lịch", nameEN: "Department of Tourism"),
            Agency(code: "BQLKKT", name: "Ban Quản lý Khu kinh tế Hải Phòng",
                   nameEN: "Hai Phong Economic Zone Authority"),
            Agency(code: "CTTN", name: "Công ty TNHH MTV Thoát nước Hải Phòng", nameEN: "Hai Phong Drainage Company"),
            Agency(code: "CTCN", name: "Công ty Cổ phần Cấp nước Hải Phòng", nameEN: "Hai Phong Water Supply"),
            Agency(code: "CTDL", name: "Công ty TNHH MTV Điện lực Hải Phòng", nameEN: "Hai Phong Power Company"),
            Agency(code: "CTMT", name: "Công ty TNHH MTV Môi trường đô thị Hải Phòng",
                   nameEN: "Hai Phong Urban Environment Company"),
        ],
        corridors: [
            CorridorSpec(slug: "nguyen_van_linh", name: "Đường Nguyễn Văn Linh", ward: "Phường Lê Chân",
                         freeFlowKmh: 50, base: 0.9, rush: 5.6),
            CorridorSpec(slug: "lach_tray", name: "Đường Lạch Tray", ward: "Phường Gia Viên",
                         freeFlowKmh: 40, base: 1.0, rush: 5.8),
            CorridorSpec(slug: "ton_duc_thang", name: "Đường Tôn Đức Thắng", ward: "Phường An Biên",
                         freeFlowKmh: 45, base: 0.8, rush: 5.2),
            CorridorSpec(slug: "le_hong_phong", name: "Đường Lê Hồng Phong", ward: "Phường Hải An",
                         freeFlowKmh: 55, base: 0.6, rush: 4.4),
            CorridorSpec(slug: "pham_van_dong", name: "Đường Phạm Văn Đồng", ward: "Phường Dương Kinh",
                         freeFlowKmh: 60, base: 0.5, rush: 3.8),
            CorridorSpec(slug: "ql5", name: "Quốc lộ 5", ward: "Phường An Hải",
                         freeFlowKmh: 60, base: 1.1, rush: 4.6),
            CorridorSpec(slug: "cau_binh", name: "Cầu Bính", ward: "Phường Hồng Bàng",
                         freeFlowKmh: 50, base: 0.9, rush: 5.4),
            CorridorSpec(slug: "hung_vuong", name: "Đường Hùng Vương", ward: "Phường Hồng An",
                         freeFlowKmh: 45, base: 0.8, rush: 4.8),
        ],
        stations: [
            StationSpec(slug: "le_chan", ward: "Phường Lê Chân", baseAQI: 72),
            StationSpec(slug: "hong_bang", ward: "Phường Hồng Bàng", baseAQI: 68),
            StationSpec(slug: "an_duong", ward: "Phường An Dương", baseAQI: 80),
            StationSpec(slug: "kien_an", ward: "Phường Kiến An", baseAQI: 64),
            StationSpec(slug: "thuy_nguyen", ward: "Phường Thuỷ Nguyên", baseAQI: 70),
            StationSpec(slug: "hai_duong", ward: "Phường Hải Dương", baseAQI: 76),
            StationSpec(slug: "do_son", ward: "Phường Đồ Sơn", baseAQI: 48),
        ],
        gauges: [
            GaugeSpec(slug: "song_tam_bac", name: "Sông Tam Bạc", ward: "Phường Hồng Bàng",
                      baseCm: 120, tideCm: 30, rainGain: 0.9),
            GaugeSpec(slug: "cau_rao", name: "Sông Lạch Tray – cầu Rào", ward: "Phường Dương Kinh",
                      baseCm: 140, tideCm: 35, rainGain: 0.8),
            GaugeSpec(slug: "ho_an_bien", name: "Hồ An Biên", ward: "Phường An Biên",
                      baseCm: 90, tideCm: 4, rainGain: 1.1),
            GaugeSpec(slug: "nguyen_van_linh", name: "Điểm ngập Nguyễn Văn Linh", ward: "Phường Lê Chân",
                      baseCm: 5, tideCm: 0, rainGain: 1.2),
            GaugeSpec(slug: "kenh_thuy_nguyen", name: "Kênh Thủy Nguyên", ward: "Phường Thuỷ Nguyên",
                      baseCm: 110, tideCm: 25, rainGain: 0.9),
        ],
        roles: AgencyRoles(),
        feedbackChannels: ["Tổng đài 1022", "Ứng dụng Hải Phòng Smart", "Cổng Dịch vụ công", "Zalo OA"]
    )
}
