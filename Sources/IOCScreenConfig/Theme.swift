import IOCConfig
import TUICore

/// A named set of styles, one for every `ThemeRole`, read from `Themes/<name>.yaml` or built in.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var description: String
    /// A style for every role: roles a file leaves out are filled by `Theme.fallback`.
    private var styles: [ThemeRole: Style]

    /// Builds a theme from the roles given; `text` defaults to the terminal's plain style, other missing roles
    /// follow the fallback table (see `ThemeRole.fallback`).
    public init(name: String, description: String, styles given: [ThemeRole: Style]) {
        self.name = name
        self.description = description
        var resolved: [ThemeRole: Style] = [.text: given[.text] ?? .plain]
        for role in ThemeRole.allCases { resolved[role] = Theme.resolve(role, given: given, resolved: &resolved) }
        self.styles = resolved
    }

    /// The style for `role`.
    public func style(_ role: ThemeRole) -> Style { styles[role] ?? .plain }

    private static func resolve(_ role: ThemeRole, given: [ThemeRole: Style],
                                resolved: inout [ThemeRole: Style]) -> Style {
        if let style = given[role] ?? resolved[role] { return style }
        let style: Style
        switch role.fallback {
        case .inherit(let parent, let adding):
            var base = resolve(parent, given: given, resolved: &resolved)
            base.attributes.formUnion(adding)
            style = base
        case .foreground(let color):
            var base = resolve(.text, given: given, resolved: &resolved)
            base.foreground = color
            style = base
        }
        resolved[role] = style
        return style
    }
}
