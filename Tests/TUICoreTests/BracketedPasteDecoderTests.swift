import TUICore
import XCTest

/// Issue 12, item 8: what the terminal sends between ESC[200~ and ESC[201~ is one paste, never keys.
final class BracketedPasteDecoderTests: XCTestCase {
    private func decoder() -> BracketedPasteDecoder {
        BracketedPasteDecoder { code in
            switch code {
            case 27: return .escape
            case 13: return .enter
            case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
            case 0..<32: return nil
            default: return Unicode.Scalar(code).map { .character(Character($0)) }
            }
        }
    }

    private func feed(_ text: String, _ d: inout BracketedPasteDecoder) -> [KeyEvent] {
        text.unicodeScalars.flatMap { d.feed($0.value) }
    }

    func testTable() {
        // (input as the terminal sends it, then a flush: the events)
        let table: [(String, [KeyEvent], String)] = [
            ("\u{1B}[200~Lê Chân\u{1B}[201~", [.paste("Lê Chân")], "a paste is one event"),
            ("\u{1B}[200~note\u{1B}qAa\r\u{1B}[201~", [.paste("note\u{1B}qAa\r")], "ESC, q, A, a and Enter inside are text"),
            ("\u{1B}[200~abc", [.paste("abc")], "a paste that never ends is still a paste"),
            ("ab", [.character("a"), .character("b")], "typed keys"),
            ("\u{1B}", [.escape], "a lone ESC is Esc"),
            ("\u{1B}x", [.escape, .character("x")], "ESC then a key"),
            ("\u{1B}[2q", [.escape, .character("["), .character("2"), .character("q")], "a marker that goes astray is keys"),
            ("\u{1B}\u{1B}[200~z\u{1B}[201~", [.escape, .paste("z")], "Esc right before a paste"),
            ("\u{1B}[200~\u{1B}[201~a", [.paste(""), .character("a")], "an empty paste, then a key"),
        ]
        for (input, expected, why) in table {
            var d = decoder()
            let events = feed(input, &d) + d.flush()
            XCTAssertEqual(events, expected, why)
        }
    }

    func testKeysCursesDecodedInsideAPasteAreDropped() {
        var d = decoder()
        XCTAssertEqual(feed("\u{1B}[200~a", &d), [])
        XCTAssertTrue(d.isPasting)
        XCTAssertEqual(d.feed(key: .up), [], "a pasted arrow sequence does not move")
        XCTAssertEqual(feed("b\u{1B}[201~", &d), [.paste("ab")])
        XCTAssertEqual(d.feed(key: .up), [.up], "outside a paste it is a key")
    }
}
