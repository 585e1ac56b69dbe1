import Foundation
import IOCConfig
import IOCDomain

/// The events of the plays that are events, not readings (`--play storm`, `dossier-backlog`, `directive-overdue`), each
/// appearing a minute after its play: a hydro-met storm bulletin in force for two days, whose text states the disaster
/// risk level (the storm scenario's `cap_event` and `risk_level` triggers); eight dossiers of one agency, received ten
/// days before and due two minutes after the play (its overdue dossiers pass the rule's five: the backlog scenario); a
/// chairman's directive due two minutes after the play, still open (the overdue-directive scenario). They are written
/// by the simulator's source, as its other events are.
enum PlayedEvents {
    static func events(_ plays: [SimulatorPlay], model: CityModel, procedures: [Procedure]) -> [SimulatedEvent] {
        plays.flatMap { play -> [SimulatedEvent] in
            guard let at = play.at else { return [] }
            let appears = at + 60, due = at + 120
            let stamp = String(Int64(at.timeIntervalSince1970))
            let ward = model.wards.first { $0.type == "phường" } ?? model.wards.first
            switch play.kind {
            case .storm:
                let event = CityEvent(
                    kind: .alert, externalID: "SIM-BAO-" + stamp, title: "TIN BÃO KHẨN CẤP: Bão số 3 (WIPHA) trên vùng biển vịnh Bắc Bộ",
                    status: .open, category: "Bão", wardCode: ward?.code, openedAt: appears, dueAt: at + 2 * 86_400,
                    updatedAt: appears, severity: 1,
                    detail: "Hồi 13 giờ, vị trí tâm bão ở khoảng 20,0°N; 108,5°E, cách đảo Bạch Long Vĩ khoảng 130 km. Sức gió mạnh nhất "
                        + "vùng gần tâm bão mạnh cấp 10–11, giật cấp 14; di chuyển theo hướng Tây Tây Bắc, tốc độ 20 km/h. "
                        + "Cấp độ rủi ro thiên tai do bão: cấp 4.",
                    titleEN: "URGENT STORM BULLETIN: Storm No. 3 (WIPHA) over the Gulf of Tonkin",
                    detailEN: "At 13:00 the storm's centre was near 20.0°N, 108.5°E, about 130 km from Bạch Long Vĩ island. Strongest "
                        + "winds near the centre force 10–11, gusting 14; moving west-northwest at 20 km/h. Disaster risk level: 4.",
                    sourceStatus: "Actual Alert")
                return [SimulatedEvent(template: event, steps: [.init(at: appears, status: .open, progress: nil)])]
            case .dossierBacklog:
                guard let procedure = procedures.first(where: { $0.agencyCode == model.roles.construction }) ?? procedures.first
                else { return [] }
                return (0..<8).map { i in
                    let event = CityEvent(
                        kind: .dossier, externalID: "HS-SIM-\(stamp)-\(i)", title: procedure.title, status: .inProgress,
                        category: procedure.group, agencyCode: procedure.agencyCode, wardCode: ward?.code,
                        openedAt: at - 10 * 86_400, dueAt: due, updatedAt: appears,
                        detail: "Hồ sơ tồn đọng (diễn tập của trình mô phỏng)", titleEN: procedure.titleEN,
                        detailEN: "Backlogged dossier (the simulator's play)")
                    return SimulatedEvent(template: event, steps: [.init(at: appears, status: .inProgress, progress: nil),
                                                                   .init(at: at + 3 * 86_400, status: .done, progress: nil)])
                }
            case .directiveOverdue:
                let agency = model.roles.drainage
                let event = CityEvent(
                    kind: .directive, externalID: "CD-SIM-" + stamp,
                    title: "Chủ tịch UBND thành phố chỉ đạo khơi thông hệ thống thoát nước trước mùa mưa bão",
                    status: .inProgress, category: "chi_dao", agencyCode: agency, openedAt: at - 5 * 86_400, dueAt: due,
                    updatedAt: appears, progress: 60,
                    detail: "Báo cáo kết quả về UBND thành phố trước hạn.",
                    titleEN: "The City Chairman directs clearing the drainage system before the storm season",
                    detailEN: "Report the results to the City People's Committee by the deadline.")
                return [SimulatedEvent(template: event, steps: [.init(at: appears, status: .inProgress, progress: 60),
                                                                .init(at: at + 3 * 86_400, status: .done, progress: 100)])]
            case .floodRiver, .waterlogging, .airQuality, .trafficAccident, .feedbackSurge, .sourceDown:
                return []
            }
        }
    }
}
