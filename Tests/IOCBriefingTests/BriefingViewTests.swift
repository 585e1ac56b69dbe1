import IOCTestSupport
import IOCBriefing
import IOCConfig
import IOCScreenConfig
import IOCDomain
import TUICore
import TUIWidgets
import XCTest

final class BriefingViewTests: XCTestCase {
    static let sizes = [(300, 80), (160, 48), (120, 35)]

    /// Every slide of the shipped layout at the wall, desktop and laptop sizes.
    func testEverySlideAtEverySize() {
        let count = BriefingFixture.layout.slides.count
        XCTAssertEqual(count, SlideKind.allCases.count)
        for slide in 0..<count {
            for (w, h) in Self.sizes {
                let kind = BriefingFixture.layout.slides[slide].kind.rawValue
                assertSnapshot(BriefingView.render(BriefingFixture.model(width: w, height: h, slide: slide)),
                               variant: "\(slide + 1)-\(kind)-\(w)x\(h)")
            }
        }
    }
}

extension BriefingViewTests {
    /// The overview's first headline ("95,x%" dossiers on time) is drawn in big type at least 5 rows tall at 160×48
    /// and 300×80 (and at least 3 at 120×35).
    func testHeadlineNumberIsAtLeastFiveRowsTall() {
        let value = NumberStyle.vietnamese.percent(BriefingFixture.dashboard.governmentTotal.onTimeRate)
        for (w, h, minimum) in [(160, 48, 5), (300, 80, 5), (120, 35, 3)] {
            let screen = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: w, height: h)))
                .components(separatedBy: "\n")
            let tallest = (1...4).filter { scale in
                let rows = BigText.rows(for: value, scale: scale).map { $0.trimmingCharacters(in: .whitespaces) }
                return screen.indices.contains { start in
                    rows.indices.allSatisfy { r in start + r < screen.count && screen[start + r].contains(rows[r]) }
                }
            }.max() ?? 0
            XCTAssertGreaterThanOrEqual(BigText.size(of: value, scale: max(1, tallest)).height, minimum, "\(w)×\(h)")
            XCTAssertGreaterThan(tallest, 0, "\(w)×\(h): \(value) not found in big type")
        }
    }

    /// The styles of the laptop overview (which role each state, bar and big number is drawn in).
    func testOverviewStylesAtLaptopSize() {
        assertSnapshot(BriefingView.render(BriefingFixture.model(width: 120, height: 35)), styles: true)
    }

    func testEnglishHeadingsAndFooter() {
        let screen = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: 160, height: 48, slide: 6, language: .en)))
        XCTAssertTrue(screen.contains("Top risks"))
        XCTAssertTrue(screen.contains("Slide 7/9"))
        XCTAssertTrue(screen.contains("Next in 20s"))
    }

    /// The English wall says units in English: "tỷ đồng" is "bn VND" there (and stays "tỷ đồng" in Vietnamese).
    func testEnglishSlidesSayUnitsInEnglish() {
        let english = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: 160, height: 48, slide: 1, language: .en)))
        XCTAssertTrue(english.contains("bn VND"), english)
        XCTAssertFalse(english.contains("tỷ đồng"), english)
        let vietnamese = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: 160, height: 48, slide: 1)))
        XCTAssertTrue(vietnamese.contains("tỷ đồng"), vietnamese)
    }

    /// The directive table gives the owner's name room: "Sở Nông nghiệp và Môi trường" is not cut at 160×48 while the
    /// directive's text had room to spare.
    func testDirectiveOwnersAreNotCutAt160x48() {
        let screen = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: 160, height: 48, slide: 8)))
        XCTAssertTrue(screen.contains("Sở Nông nghiệp và Môi trường"), screen)
    }

    /// The runs slide: real runs counted, a drill listed with its mark and not counted, late steps said.
    func testTheRunsSlideCountsRealRunsAndMarksDrills() {
        let screen = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: 160, height: 48, slide: 7)))
        XCTAssertTrue(screen.contains("Kịch bản — thật trước, quá hạn nhiều nhất trước"), "the caption")
        XCTAssertTrue(screen.contains("+1 diễn tập"), "the drill beside the count")
        XCTAssertTrue(screen.contains("diễn tập không tính vào số liệu"), "the caption says drills are not counted")
        XCTAssertTrue(screen.contains("[DIỄN TẬP] Ngập úng đô thị sau mưa lớn"), "the drill's row")
        XCTAssertTrue(screen.contains("⚠ 1"), "KB4's diversion is late")
        let english = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: 160, height: 48, slide: 7, language: .en)))
        XCTAssertTrue(english.contains("[EXERCISE] Urban waterlogging after heavy rain"), "the drill's row in English")
        XCTAssertTrue(english.contains("STEPS OVERDUE"), "a tile in English")
    }

    /// Every slide at sizes between the minimum and a wall: the header and footer are there and the heading shows.
    func testEverySlideFitsEverySizeFromTheMinimumUp() {
        for slide in 0..<BriefingFixture.layout.slides.count {
            for (w, h) in [(80, 24), (100, 30), (132, 40), (200, 60), (240, 67), (400, 100)] {
                let lines = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: w, height: h, slide: slide)))
                    .components(separatedBy: "\n")
                XCTAssertTrue(lines[0].contains("IOC HẢI PHÒNG"), "\(w)×\(h) slide \(slide + 1)")
                XCTAssertTrue(lines[h - 1].contains("Trang \(slide + 1)/9"), "\(w)×\(h) slide \(slide + 1)")
            }
        }
    }

    func testTooSmallScreenSaysSo() {
        let screen = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: 70, height: 20)))
        XCTAssertTrue(screen.contains("70×20 → 80×24"), screen)
    }
}

extension BriefingViewTests {
    /// The status line of every headline tile (its last line of text) opens with a state glyph, so the state reads
    /// without colour: ✓ ! ✖ ? or ● for a figure with no target. Every slide, English and Vietnamese.
    func testEveryTileStatusOpensWithAGlyph() {
        let glyphs: Set<Character> = ["✓", "!", "✖", "?", "●"]
        for language in [Language.vi, .en] {
            for slide in 0..<BriefingFixture.layout.slides.count {
                let lines = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: 160, height: 48, slide: slide,
                                                                                          language: language)))
                    .components(separatedBy: "\n").map(Array.init)
                var tiles = 0
                for (y, line) in lines.enumerated() {
                    for (left, ch) in line.enumerated() where ch == "└" {
                        guard let right = line[left...].firstIndex(of: "┘") else { continue }
                        tiles += 1
                        // Upwards from the bottom border: the first row with text inside the frame is the status.
                        let status = stride(from: y - 1, through: 0, by: -1).lazy
                            .map { String(lines[$0][(left + 1)..<right]).trimmingCharacters(in: .whitespaces) }
                            .first { !$0.isEmpty } ?? ""
                        XCTAssertTrue(status.first.map(glyphs.contains) ?? false,
                                      "slide \(slide + 1) \(language): status '\(status)'")
                    }
                }
                XCTAssertGreaterThanOrEqual(tiles, 3, "slide \(slide + 1) has headline tiles")
            }
        }
    }
}

extension BriefingViewTests {
    /// The heading's letters, the slide counter beside them and the rule under them stay on the same rows on every
    /// slide, in both languages (titles with and without marks, with and without a dot below), so nothing jumps as
    /// the slides rotate; and a dot below stays above the rule.
    func testHeadingAndRuleStayPutAcrossSlides() {
        for (w, h) in [(300, 80), (160, 48)] {
            var rules = Set<Int>(), counters = Set<Int>()
            for language in [Language.vi, .en] {
                for slide in 0..<BriefingFixture.layout.slides.count {
                    let lines = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: w, height: h, slide: slide,
                                                                                              language: language)))
                        .components(separatedBy: "\n")
                    let rule = lines.firstIndex { $0.contains(String(repeating: "─", count: 40)) && !$0.contains("┌") }
                    let counter = lines.firstIndex { $0.hasSuffix("\(slide + 1)/9") }
                    XCTAssertNotNil(rule, "\(w)×\(h) slide \(slide + 1) \(language)")
                    XCTAssertNotNil(counter, "\(w)×\(h) slide \(slide + 1) \(language)")
                    if let rule { rules.insert(rule) }
                    if let counter { counters.insert(counter) }
                }
            }
            XCTAssertEqual(rules.count, 1, "\(w)×\(h): rule rows \(rules.sorted())")
            XCTAssertEqual(counters.count, 1, "\(w)×\(h): counter rows \(counters.sorted())")
        }
    }
}

extension BriefingViewTests {
    /// The slides of tiles only (overview, socio-economy) fill the room between the rule and the footer: no blank
    /// band of more than a twelfth of the screen's height (the tiles grow to a third more than their content first).
    func testTileSlidesLeaveNoWideBlankBand() {
        for slide in [0, 1] {
            for (w, h) in [(300, 80), (200, 60), (160, 48)] {
                let lines = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: w, height: h, slide: slide)))
                    .components(separatedBy: "\n")
                guard let rule = lines.firstIndex(where: { $0.contains(String(repeating: "─", count: 40)) }) else {
                    return XCTFail("\(w)×\(h): no rule")
                }
                var longest = 0, run = 0
                for line in lines[(rule + 1)..<(h - 1)] {
                    run = line.trimmingCharacters(in: .whitespaces).isEmpty ? run + 1 : 0
                    longest = max(longest, run)
                }
                XCTAssertLessThanOrEqual(longest, h / 12, "\(w)×\(h) slide \(slide + 1)")
            }
        }
    }
}

extension BriefingViewTests {
    /// On the slides of tiles and a table, a short table (the fixture's three or four rows) leaves its room round the
    /// tiles, not as a blank band between the table and the footer.
    func testShortTablesEndNearTheFooter() {
        for slide in 2..<BriefingFixture.layout.slides.count {
            for (w, h) in [(300, 80), (200, 60), (160, 48)] {
                let lines = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: w, height: h, slide: slide)))
                    .components(separatedBy: "\n")
                let last = lines[..<(h - 1)].lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? 0
                XCTAssertGreaterThanOrEqual(last, h - 5, "\(w)×\(h) slide \(slide + 1): blank from row \(last + 1)")
            }
        }
    }
}

extension BriefingViewTests {
    /// The newest incidents' status reads with a glyph whether open or closed, like every other state on the wall.
    func testIncidentStatusCarriesAGlyph() {
        for (language, open) in [(Language.vi, "● Đang xử lý"), (.en, "● Open")] {
            let screen = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: 160, height: 48, slide: 4,
                                                                                       language: language)))
            XCTAssertTrue(screen.contains(open), screen)
        }
    }
}

extension BriefingViewTests {
    /// Every headline tile on every slide draws its number at least 5 rows tall at 160×48 and larger (the rows inside
    /// a tile's frame that hold block characters).
    func testEveryHeadlineNumberIsFiveRowsTallFrom160x48() {
        for slide in 0..<BriefingFixture.layout.slides.count {
            for (w, h) in [(300, 80), (200, 60), (160, 48)] {
                let lines = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: w, height: h, slide: slide)))
                    .components(separatedBy: "\n").map(Array.init)
                var tiles = 0
                for (top, line) in lines.enumerated() {
                    for (left, ch) in line.enumerated() where ch == "┌" {
                        guard let right = line[left...].firstIndex(of: "┐"),
                              let bottom = lines[(top + 1)...].firstIndex(where: { $0.count > left && $0[left] == "└" })
                        else { continue }
                        tiles += 1
                        let rows = lines[(top + 1)..<bottom].filter { row in
                            row[(left + 1)..<right].contains { "█▀▄".contains($0) }
                        }.count
                        XCTAssertGreaterThanOrEqual(rows, 5, "\(w)×\(h) slide \(slide + 1), tile at (\(left), \(top))")
                    }
                }
                XCTAssertGreaterThanOrEqual(tiles, 3, "\(w)×\(h) slide \(slide + 1)")
            }
        }
    }
}
