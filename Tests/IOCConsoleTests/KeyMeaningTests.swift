import Foundation
@testable import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// Issue 12, item 10: one meaning per key, and agencies chosen from the city's list.
final class KeyMeaningTests: XCTestCase {
    private func send(_ m: inout ConsoleModel, _ keys: KeyEvent...) -> [ConsoleEffect] {
        keys.flatMap { ConsoleUpdate.update(&m, .key($0)) }
    }

    private func type(_ m: inout ConsoleModel, _ text: String) -> [ConsoleEffect] {
        text.flatMap { ConsoleUpdate.update(&m, .key(.character($0))) }
    }

    func testNoKeyMeansTwoThingsWhereBothApply() {
        // A context's binding wins over a global one for the same key: that is a second meaning unless it is the
        // documented exception (s sorts tables but shelves alarms, and the help screen lists both under their places).
        let allowed: Set<String> = ["s"]
        let keymap = Keymap.standard
        for context in KeyContext.allCases where context != .global {
            for b in keymap.bindings where b.context == context {
                for key in b.keys {
                    let global = keymap.bindings.first { $0.context == .global && $0.keys.contains(key) }
                    if let global, !allowed.contains(key.displayName) {
                        XCTFail("\(key.displayName) is “\(global.labelEN)” everywhere but “\(b.labelEN)” in \(context)")
                    }
                }
            }
        }
    }

    func testGIsFirstRowOnTheAlarmListTooAndOAssigns() {
        var m = ConsoleFixture.modelWithAlarms()
        _ = send(&m, .down, .down)
        XCTAssertEqual(send(&m, .character("g")), [])
        XCTAssertNil(m.prompt, "g asks nothing")
        XCTAssertEqual(m.state(of: m.focusedPanel!.id).selected, 0, "g: first row, as the help says")
        _ = send(&m, .character("o"))
        guard case .assign? = m.prompt?.purpose else { return XCTFail("o assigns") }
        let help = ConsoleView.helpKeyLines(m, paired: false).joined(separator: "\n")
        XCTAssertTrue(help.contains("o             Giao cơ quan"), help)
        XCTAssertFalse(help.contains("g             Giao"), help)
    }

    func testAssignChoosesFromTheAgencyList() {
        let actor = Actor(name: "Trần Thị Bình", role: .operator)
        // (typed, effect or nil when refused, why)
        let table: [(String, String?, String)] = [
            ("sxd", "SXD", "a code, any case"),
            ("xay dung", "SXD", "a part of the name, accents optional"),
            ("Sở Tư", "STP", "with accents"),
            ("NOPE", nil, "an unknown code is refused, not recorded"),
            ("sở", nil, "several agencies: refused, they are named"),
        ]
        for (typed, code, why) in table {
            var m = ConsoleFixture.modelWithAlarms()
            _ = send(&m, .character("o"))
            _ = type(&m, typed)
            let effects = send(&m, .enter)
            if let code {
                XCTAssertEqual(effects, [.applyAlarmCommands([AlarmCommand(alarmID: "aqi-high|s",
                    input: .assign(by: actor, at: ConsoleFixture.now, agencyCode: code))])], why)
            } else {
                XCTAssertEqual(effects, [], why)
                XCTAssertTrue(m.flashIsError, why)
                XCTAssertEqual(m.prompt?.text, typed, "\(why): the question stays with what was typed")
            }
        }
        var m = ConsoleFixture.modelWithAlarms()
        _ = send(&m, .character("o"))
        _ = type(&m, "NOPE")
        _ = send(&m, .enter)
        XCTAssertEqual(m.flash?.hasPrefix("Không có cơ quan “NOPE” — có: SNNMT, STP, SXD"), true, m.flash ?? "")
    }
}
