import IOCDomain

/// Directive titles open with who issued them; tables show the subject (`IOCDomain.DirectiveTitle`, both languages).
enum DirectiveText {
    static func subject(_ title: String) -> String { DirectiveTitle.subject(title) }
}
