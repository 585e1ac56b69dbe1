import Foundation
import IOCConfig
import IOCDomain

/// Decides which events appear when (Poisson arrivals in 10-minute buckets, driven by the hour and by episodes)
/// and writes each one's whole future. Pure: the same seed and window give the same events.
struct EventFactory: Sendable {
    /// An arrival stream; its raw value seeds the stream.
    enum Stream: UInt64, Sendable, CaseIterable {
        case dossier = 1, feedback = 2, incident = 3, directive = 4, feedbackBurst = 5, flooding = 6

        /// The kind of the events it brings.
        var kind: EventKind {
            switch self {
            case .dossier: return .dossier
            case .feedback, .feedbackBurst: return .feedback
            case .incident, .flooding: return .incident
            case .directive: return .directive
            }
        }
    }

    static let bucket: TimeInterval = 600

    let dynamics: CityDynamics
    let seed: UInt64
    private let wardWeights: [Double]
    private let procedures: [Procedure]
    private let procedureWeights: [Double]
    private let categories: [FeedbackCategory]
    private let categoryWeights: [Double]
    /// Agencies whose dossiers are often late (chosen from the seed): one or two "clearly worse" offices.
    let weakAgencies: Set<String>
    private let dossierAgencies: [String]

    /// The events of the plays asked for (`PlayedEvents`).
    private var played: [SimulatedEvent] = []

    init(dynamics: CityDynamics, seed: UInt64, plays: [SimulatorPlay] = []) {
        self.dynamics = dynamics
        self.seed = seed
        let model = dynamics.model
        wardWeights = model.wards.map { $0.type == "phường" ? 3 : ($0.type == "xã" ? 1 : 0.3) }
        let known = Set(model.agencies.map(\.code))
        let procedures = Procedure.catalog(roles: model.roles).filter { known.contains($0.agencyCode) }
        self.procedures = procedures
        procedureWeights = procedures.map(\.weight)
        categories = FeedbackCategory.catalog(roles: model.roles).filter { known.contains($0.agencyCode) }
        categoryWeights = categories.map(\.weight)
        var seen: [String] = []
        for p in procedures where !seen.contains(p.agencyCode) { seen.append(p.agencyCode) }
        dossierAgencies = seen
        let volumes = seen.map { code in procedures.filter { $0.agencyCode == code }.reduce(0) { $0 + $1.weight } }
        var rng = SimulationRandom(seed, 0x3EA6)
        var weak: Set<String> = [seen[rng.weightedIndex(volumes)]]
        if rng.chance(0.7) { weak.insert(seen[rng.weightedIndex(volumes)]) }
        weakAgencies = weak
        played = PlayedEvents.events(plays, model: model, procedures: procedures)
    }

    private var model: CityModel { dynamics.model }

    // MARK: Rates

    /// Mean arrivals per hour of a stream at `date`.
    func rate(_ stream: Stream, at date: Date) -> Double {
        let h = LocalClock.hour(date)
        let weekday = LocalClock.weekday(date)
        let weekend = weekday == 1 || weekday == 7
        switch stream {
        case .dossier:
            if !weekend && h >= 8 && h < 17 { return (h >= 11.5 && h < 13.5) ? 5 : 14 }
            if weekday == 7 && h >= 8 && h < 11.5 { return 3 }
            return 0.6 // online submissions at any hour
        case .feedback:
            return (h >= 6 && h < 22) ? 3.5 : 0.5
        case .incident:
            return 0.5 + 1.2 * CityDynamics.daytime(hour: h) + 2.2 * CityDynamics.rush(hour: h) * (weekend ? 0.5 : 1)
        case .directive:
            return (!weekend && h >= 8 && h < 17) ? 0.25 : 0
        case .feedbackBurst:
            return dynamics.activeEpisodes(.feedbackBurst, at: date).reduce(0) { $0 + $1.intensity }
        case .flooding:
            return dynamics.rainfall(at: date) / 12
        }
    }

    // MARK: Arrivals

    /// Every event of the given streams that appears in (from, to], oldest bucket first; with `accidents`, also
    /// the accidents that open congestion spikes.
    func events(after from: Date, through to: Date, streams: [Stream] = Stream.allCases,
                accidents: Bool = true) -> [SimulatedEvent] {
        guard to > from else { return [] }
        var result: [SimulatedEvent] = []
        for stream in streams {
            var bucket = Int64((from.timeIntervalSince1970 / Self.bucket).rounded(.down))
            let last = Int64((to.timeIntervalSince1970 / Self.bucket).rounded(.down))
            while bucket <= last {
                let start = Double(bucket) * Self.bucket
                let lambda = rate(stream, at: Date(timeIntervalSince1970: start + Self.bucket / 2)) * Self.bucket / 3600
                var counter = SimulationRandom(seed, stream.rawValue, UInt64(bitPattern: bucket))
                let count = counter.poisson(lambda)
                for index in 0..<count {
                    var rng = SimulationRandom(seed, stream.rawValue, UInt64(bitPattern: bucket), UInt64(index) + 1)
                    let at = Date(timeIntervalSince1970: start + rng.unit() * Self.bucket)
                    guard at > from, at <= to else { continue }
                    let id = "\(bucket)-\(index)"
                    result.append(make(stream, id: id, at: at, rng: &rng))
                }
                bucket += 1
            }
        }
        for episode in dynamics.episodesStarting(.congestion, after: from, through: to) where accidents {
            result.append(accident(for: episode))
        }
        // The played events that appear in the window (their first step), of the streams' kinds (all of them live).
        let kinds = Set(streams.map(\.kind))
        for event in played where kinds.contains(event.kind) || streams.count == Stream.allCases.count {
            if let first = event.steps.first?.at, first > from, first <= to { result.append(event) }
        }
        return result
    }

    private func make(_ stream: Stream, id: String, at: Date, rng: inout SimulationRandom) -> SimulatedEvent {
        switch stream {
        case .dossier: return dossier(id: id, at: at, rng: &rng)
        case .feedback: return feedback(id: id, at: at, burst: nil, rng: &rng)
        case .feedbackBurst:
            let burst = dynamics.activeEpisodes(.feedbackBurst, at: at).first
            return feedback(id: "B" + id, at: at, burst: burst, rng: &rng)
        case .incident: return incident(id: id, at: at, rng: &rng)
        case .flooding: return flooding(id: id, at: at, rng: &rng)
        case .directive: return directive(id: id, at: at, rng: &rng)
        }
    }

    private func ward(_ rng: inout SimulationRandom) -> Ward {
        model.wards[rng.weightedIndex(wardWeights)]
    }

    private func shortName(_ ward: Ward) -> String { ward.name }

    // MARK: Dossiers

    /// Late probability of a dossier received at `date` by `agency`: low, higher for weak agencies, and higher
    /// for the agency that falls behind this week.
    func lateProbability(agency: String, at date: Date) -> Double {
        var p = weakAgencies.contains(agency) ? 0.2 : 0.035
        let week = LocalClock.day(date) / 7
        var rng = SimulationRandom(seed, 0xBE41D, UInt64(bitPattern: week))
        if dossierAgencies[rng.int(0...(dossierAgencies.count - 1))] == agency { p += 0.12 }
        return p
    }

    private func dossier(id: String, at: Date, rng: inout SimulationRandom) -> SimulatedEvent {
        let procedure = procedures[rng.weightedIndex(procedureWeights)]
        let ward = ward(&rng)
        let due = LocalClock.addingWorkingDays(procedure.workingDays, to: at)
        let started = at + rng.uniform(0.3, 4) * 3600
        let late = rng.chance(lateProbability(agency: procedure.agencyCode, at: at))
        let done: Date
        if late {
            done = due + rng.uniform(2, 96) * 3600
        } else if rng.chance(0.42) || due.timeIntervalSince(started) < 30 * 3600 {
            done = max(started + 600, due - rng.uniform(0, 20) * 3600)
        } else {
            let latestEarly = due - 25 * 3600
            done = started + rng.uniform(0.1, 0.95) * latestEarly.timeIntervalSince(started)
        }
        let template = CityEvent(
            kind: .dossier, externalID: "HS-" + id, title: procedure.title, status: .received,
            category: procedure.group, agencyCode: procedure.agencyCode, wardCode: ward.code, openedAt: at,
            dueAt: due, updatedAt: at,
            detail: "Thời hạn \(procedure.workingDays) ngày làm việc; nộp tại \(ward.name)", titleEN: procedure.titleEN,
            detailEN: "Time limit \(procedure.workingDays) working days; filed at \(ward.name)")
        return SimulatedEvent(template: template, steps: [
            .init(at: at, status: .received, progress: nil),
            .init(at: started, status: .inProgress, progress: nil),
            .init(at: done, status: .done, progress: nil),
        ])
    }

    // MARK: Feedback

    private func feedback(id: String, at: Date, burst: Episode?, rng: inout SimulationRandom) -> SimulatedEvent {
        var category = categories[rng.weightedIndex(categoryWeights)]
        var place = ward(&rng)
        if let burst, !dynamics.burstWards.isEmpty {
            place = dynamics.burstWards[burst.target % dynamics.burstWards.count]
            var pick = SimulationRandom(seed, 0xB0057, UInt64(bitPattern: burst.block))
            category = categories[pick.weightedIndex(categoryWeights)]
        }
        let issueIndex = rng.pick(Array(category.issues.indices))
        let issue = category.issues[issueIndex]
        let classified = at + rng.uniform(5, 60) * 60
        let routed = classified + rng.uniform(10, 180) * 60
        let working = routed + rng.uniform(1, 24) * 3600
        let due = at + rng.uniform(5, 10) * 86400
        // A late case is chased by the hotline and closed within about two days of its deadline, so a shift starts
        // with a few agencies behind on feedback, not most of them.
        let resolved = rng.chance(0.86)
            ? working + rng.uniform(0.1, 0.95) * max(3600, due.timeIntervalSince(working))
            : due + rng.uniform(2, 48) * 3600
        var steps: [SimulatedEvent.Step] = [
            .init(at: at, status: .new, progress: nil),
            .init(at: classified, status: .classified, progress: nil),
            .init(at: routed, status: .routed, progress: nil),
            .init(at: working, status: .inProgress, progress: nil),
            .init(at: resolved, status: .resolved, progress: nil),
        ]
        if rng.chance(0.6) { steps.append(.init(at: resolved + rng.uniform(2, 72) * 3600, status: .rated, progress: nil)) }
        let channel = rng.pick(model.feedbackChannels)
        let template = CityEvent(
            kind: .feedback, externalID: "PA-" + id, title: "\(issue) tại \(place.name)", status: .new,
            category: category.code, agencyCode: category.agencyCode, wardCode: place.code, openedAt: at, dueAt: due,
            updatedAt: at, severity: burst == nil ? (rng.chance(0.15) ? 2 : 3) : 2,
            detail: "\(category.label); kênh tiếp nhận: \(channel)",
            titleEN: "\(category.issuesEN[issueIndex]) at \(place.name)",
            detailEN: "\(category.labelEN); received through: \(FeedbackCategory.channelEN(channel))")
        return SimulatedEvent(template: template, steps: steps)
    }

    // MARK: Incidents

    private func incident(id: String, at: Date, rng: inout SimulationRandom) -> SimulatedEvent {
        let h = LocalClock.hour(at)
        let rush = CityDynamics.rush(hour: h)
        let night = (h >= 21 || h < 2) ? 1.0 : 0.0
        let rain = dynamics.rainfall(at: at)
        let kinds: [IncidentCategory] = [.trafficAccident, .congestion, .fire, .publicOrder, .powerOutage]
        let weights = [1 + 1.5 * rush, 0.3 + 2 * rush, 0.25, 0.4 + 0.5 * night, 0.15 + min(0.5, rain / 40)]
        let category = kinds[rng.weightedIndex(weights)]
        let corridor = rng.pick(model.corridors)
        let place = (category == .trafficAccident || category == .congestion)
            ? (model.wards.first { $0.code == corridor.wardCode } ?? ward(&rng)) : ward(&rng)
        let title: String
        let titleEN: String
        let agency: String
        let severity: Int
        var minutes = rng.uniform(20, 240)
        switch category {
        case .trafficAccident:
            title = "Va chạm giao thông trên \(corridor.name)"; titleEN = "Traffic collision on \(corridor.name)"
            agency = model.roles.police; severity = rng.int(2...3)
        case .congestion:
            title = "Ùn tắc kéo dài trên \(corridor.name)"; titleEN = "Prolonged congestion on \(corridor.name)"
            agency = model.roles.police; severity = rng.int(3...4)
        case .fire:
            let (what, whatEN) = rng.pick([("nhà dân", "House"), ("cửa hàng", "Shop"), ("kho xưởng", "Warehouse"),
                                           ("xe ô tô", "Car")])
            title = "Cháy \(what) tại \(place.name)"; titleEN = "\(whatEN) fire at \(place.name)"
            agency = model.roles.police; severity = rng.int(1...2); minutes = rng.uniform(40, 180)
        case .publicOrder:
            title = "Gây rối trật tự công cộng tại \(place.name)"; titleEN = "Public disorder at \(place.name)"
            agency = model.roles.police; severity = 3
        default: // .powerOutage; floods have their own events, at the gauges (`flooding`)
            title = "Mất điện khu vực \(place.name)"; titleEN = "Power outage in \(place.name)"
            agency = model.roles.power; severity = 3
        }
        return openClosed(kind: .incident, id: "SC-" + id, title: title, titleEN: titleEN, category: category.rawValue, agency: agency,
                          ward: place.code, at: at, minutes: minutes, severity: severity)
    }

    private func flooding(id: String, at: Date, rng: inout SimulationRandom) -> SimulatedEvent {
        let gauge = model.gauges.isEmpty ? nil : rng.pick(model.gauges)
        let wardCode = gauge?.wardCode ?? ward(&rng).code
        let wardName = model.wards.first { $0.code == wardCode }?.name ?? wardCode
        return openClosed(kind: .incident, id: "NG-" + id, title: "Ngập úng cục bộ tại \(wardName)",
                          titleEN: "Local flooding at \(wardName)",
                          category: IncidentCategory.flooding.rawValue, agency: model.roles.drainage, ward: wardCode, at: at,
                          minutes: rng.uniform(60, 300), severity: rng.int(2...3))
    }

    /// The accident that comes with a congestion spike, at the spike's start.
    private func accident(for episode: Episode) -> SimulatedEvent {
        let corridor = model.corridors[episode.target % model.corridors.count]
        return openClosed(kind: .incident, id: "SC-EP-\(episode.block)",
                          title: "Tai nạn gây ùn tắc nghiêm trọng trên \(corridor.name)",
                          titleEN: "Accident causing serious congestion on \(corridor.name)", category: IncidentCategory.trafficAccident.rawValue,
                          agency: model.roles.police, ward: corridor.wardCode, at: episode.start,
                          minutes: episode.duration / 60, severity: 1)
    }

    private func openClosed(kind: EventKind, id: String, title: String, titleEN: String, category: String, agency: String,
                            ward: String, at: Date, minutes: Double, severity: Int) -> SimulatedEvent {
        let template = CityEvent(kind: kind, externalID: id, title: title, status: .open, category: category,
                                 agencyCode: agency, wardCode: ward, openedAt: at, updatedAt: at, severity: severity,
                                 titleEN: titleEN)
        return SimulatedEvent(template: template, steps: [
            .init(at: at, status: .open, progress: nil),
            .init(at: at + minutes * 60, status: .closed, progress: nil),
        ])
    }

    // MARK: Directives

    private func directive(id: String, at: Date, rng: inout SimulationRandom) -> SimulatedEvent {
        let roles = model.roles
        let (issuer, issuerEN) = rng.pick([
            ("Chủ tịch UBND thành phố", "Chairman of the City People's Committee"),
            ("Phó Chủ tịch Thường trực UBND thành phố", "Standing Vice Chairman of the City People's Committee"),
            ("Phó Chủ tịch UBND thành phố", "Vice Chairman of the City People's Committee"),
        ])
        let place = ward(&rng)
        let corridor = rng.pick(model.corridors)
        let laggard = rng.pick(dossierAgencies)
        let subjects: [(String, String, String)] = [
            ("khắc phục điểm ngập úng tại \(place.name)", "fix the flooding spot at \(place.name)", roles.drainage),
            ("đẩy nhanh tiến độ giải ngân vốn đầu tư công", "speed up disbursement of public investment", roles.finance),
            ("xử lý dứt điểm hồ sơ thủ tục hành chính trễ hạn", "clear the late administrative dossiers", laggard),
            ("kiểm tra an toàn phòng cháy, chữa cháy tại \(place.name)", "inspect fire safety at \(place.name)",
             roles.police),
            ("tăng cường kiểm soát ô nhiễm không khí", "tighten air pollution control", roles.environment),
            ("bảo đảm trật tự an toàn giao thông trên \(corridor.name)", "keep traffic safe and orderly on \(corridor.name)",
             roles.police),
            ("xử lý vi phạm trật tự xây dựng tại \(place.name)", "deal with building violations at \(place.name)",
             roles.construction),
            ("xây dựng phương án phòng, chống thiên tai mùa mưa bão", "prepare the storm-season disaster plan",
             roles.military),
            ("nâng cao chỉ số phục vụ người dân, doanh nghiệp", "raise the public service satisfaction index",
             roles.office),
            ("kiểm tra an toàn thực phẩm tại các bếp ăn tập thể", "inspect food safety in canteens", roles.health),
            ("bảo đảm cấp nước sinh hoạt tại \(place.name)", "secure the water supply at \(place.name)",
             roles.waterSupply),
        ]
        let (subject, subjectEN, owner) = rng.pick(subjects)
        let due = LocalClock.start(ofDay: LocalClock.day(at) + Int64(rng.int(7...60))) + 17 * 3600
        let span = due.timeIntervalSince(at)
        // Most directives close before their deadline; a late one closes within about a week of it (the office chases
        // it at each weekly meeting), so a shift starts with a few overdue directives, not a wall of them.
        let finish = rng.chance(0.88) ? at + rng.uniform(0.5, 0.98) * span : due + rng.uniform(1, 8) * 86400
        let work = finish.timeIntervalSince(at)
        let milestones = max(2, Int(work / (1.5 * 86400)))
        var steps: [SimulatedEvent.Step] = [.init(at: at, status: .open, progress: 0)]
        var progress = 0.0
        for m in 1..<milestones {
            let fraction = Double(m) / Double(milestones)
            let target = min(95, (100 * pow(fraction, 0.9) + rng.uniform(-5, 5)).rounded())
            progress = max(progress, target)
            let when = at + work * fraction + rng.uniform(-0.2, 0.2) * work / Double(milestones)
            steps.append(.init(at: max(steps.last!.at + 60, when), status: .open, progress: progress))
        }
        steps.append(.init(at: max(steps.last!.at + 60, finish), status: .closed, progress: 100))
        let template = CityEvent(kind: .directive, externalID: "CD-" + id, title: "\(issuer) chỉ đạo \(subject)",
                                 status: .open, category: "directive", agencyCode: owner, openedAt: at, dueAt: due,
                                 updatedAt: at, progress: 0, severity: rng.int(1...3),
                                 detail: "Giao \(model.agencies.first { $0.code == owner }?.name ?? owner) chủ trì",
                                 titleEN: "\(issuerEN)\(DirectiveTitle.markerEN)\(subjectEN)",
                                 detailEN: "Led by \(model.agencies.first { $0.code == owner }.map { $0.nameEN.isEmpty ? $0.name : $0.nameEN } ?? owner)")
        return SimulatedEvent(template: template, steps: steps)
    }
}
