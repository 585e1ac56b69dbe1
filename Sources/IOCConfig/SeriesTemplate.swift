import IOCDomain

/// How to describe each series an observation source creates: fixed fields and templates filled per record.
public struct SeriesTemplate: Sendable, Hashable {
    public var pillar: Pillar
    public var name: TextTemplate
    public var nameEN: TextTemplate
    public var unit: String
    public var agency: TextTemplate?
    public var ward: TextTemplate?
    public var target: Double?
    public var direction: Direction
    public var warnAbove: Double?
    public var warnBelow: Double?

    public init(pillar: Pillar, name: TextTemplate, nameEN: TextTemplate, unit: String, agency: TextTemplate? = nil,
                ward: TextTemplate? = nil, target: Double? = nil, direction: Direction = .neutral,
                warnAbove: Double? = nil, warnBelow: Double? = nil) {
        self.pillar = pillar; self.name = name; self.nameEN = nameEN; self.unit = unit; self.agency = agency
        self.ward = ward; self.target = target; self.direction = direction; self.warnAbove = warnAbove
        self.warnBelow = warnBelow
    }
}
