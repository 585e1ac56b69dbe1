import IOCDomain

/// How each JSON record becomes a `CityEvent` (feedback case, dossier, incident, directive or alert).
public struct EventMapping: Sendable, Hashable {
    public var kind: EventKind
    public var id: FieldPath
    public var title: TextTemplate
    public var status: StatusMapping
    public var category: FieldPath?
    public var agency: FieldPath?
    public var ward: FieldPath?
    /// Opening time; nil (or missing in a record) means the update time.
    public var opened: FieldPath?
    public var due: FieldPath?
    public var closed: FieldPath?
    /// Last change time; nil (or missing in a record) means the poll time. Also the source of the next cursor.
    public var updated: FieldPath?
    /// Progress 0…100 (directives).
    public var progress: FieldPath?
    /// Severity 1 (highest) … 4.
    public var severity: FieldPath?
    public var detail: FieldPath?

    public init(kind: EventKind, id: FieldPath, title: TextTemplate, status: StatusMapping, category: FieldPath? = nil,
                agency: FieldPath? = nil, ward: FieldPath? = nil, opened: FieldPath? = nil, due: FieldPath? = nil,
                closed: FieldPath? = nil, updated: FieldPath? = nil, progress: FieldPath? = nil,
                severity: FieldPath? = nil, detail: FieldPath? = nil) {
        self.kind = kind; self.id = id; self.title = title; self.status = status; self.category = category
        self.agency = agency; self.ward = ward; self.opened = opened; self.due = due; self.closed = closed
        self.updated = updated; self.progress = progress; self.severity = severity; self.detail = detail
    }
}
