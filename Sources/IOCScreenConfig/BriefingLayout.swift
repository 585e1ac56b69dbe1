import IOCConfig
/// The leaders' briefing (`Layouts/briefing.yaml`): slides shown one at a time, rotating automatically.
public struct BriefingLayout: Sendable, Hashable {
    public var name: String
    /// Vietnamese title of the briefing, shown in the header.
    public var title: String?
    public var titleEN: String?
    /// Seconds each slide stays up while the rotation runs (a slide's own `duration` wins).
    public var rotation: Double
    public var slides: [SlideSpec]

    public init(name: String, title: String? = nil, titleEN: String? = nil, rotation: Double = 20, slides: [SlideSpec]) {
        self.name = name; self.title = title; self.titleEN = titleEN; self.rotation = rotation; self.slides = slides
    }

    /// Seconds slide `index` stays up while rotating.
    public func duration(ofSlide index: Int) -> Double {
        guard slides.indices.contains(index) else { return rotation }
        return slides[index].duration ?? rotation
    }
}
