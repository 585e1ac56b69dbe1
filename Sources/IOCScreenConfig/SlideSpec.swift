import IOCConfig
/// One slide of a briefing layout: its kind, heading and options.
public struct SlideSpec: Sendable, Hashable {
    public var kind: SlideKind
    /// Vietnamese heading; nil uses the kind's default heading.
    public var title: String?
    public var titleEN: String?
    /// How many items (tiles, rows) the slide shows at most; nil uses the kind's default.
    public var top: Int?
    /// How long the slide stays up while rotating, in seconds; nil uses the layout's rotation.
    public var duration: Double?

    public init(kind: SlideKind, title: String? = nil, titleEN: String? = nil, top: Int? = nil, duration: Double? = nil) {
        self.kind = kind; self.title = title; self.titleEN = titleEN; self.top = top; self.duration = duration
    }
}
