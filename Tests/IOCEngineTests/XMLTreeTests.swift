import Foundation
import IOCConfig
import XCTest
@testable import IOCEngine

/// The one XML reader of every kind that reads XML (Open311, CAP and its feeds) refuses what Foundation's parser
/// cannot take safely.
final class XMLTreeTests: XCTestCase {
    /// Found by fuzzing (ioc-fuzz cap and open311): an element name that is not UTF-8 made Foundation's XMLParser
    /// trap on Linux, so one hostile alert or feedback answer stopped the poller. It is refused, naming the byte.
    func testABodyThatIsNotUTF8IsRefusedNotACrash() throws {
        let alert = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<".utf8) + Data([0xFF, 0x1F])
            + Data("alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>x</identifier></alert>".utf8)
        XCTAssertThrowsError(try XMLTree.parse(alert)) {
            XCTAssertEqual(($0 as? XMLTree.Refusal)?.message, "body is not UTF-8 (byte 0xFF at offset 40)")
        }
        XCTAssertThrowsError(try CAPMessage.read(alert)) {
            XCTAssertEqual(($0 as? CAPMessage.Refusal)?.message.contains("not UTF-8"), true, "\($0)")
        }
        let requests = Data("<service_requests><request><".utf8) + Data([0xC3, 0x28])
            + Data("x>1</x></request></service_requests>".utf8)
        let reader = Open311Records(source: Open311Source(url: URL(string: "http://127.0.0.1:1/")!, format: .xml), now: Date())
        XCTAssertThrowsError(try reader.records(from: requests)) {
            XCTAssertEqual(($0 as? PollError)?.description.contains("not UTF-8"), true, "\($0)")
        }
        // UTF-8 still reads, Vietnamese names and all.
        let tree = try XMLTree.parse(Data("<service_requests><request><địa_chỉ>Lạch Tray</địa_chỉ></request></service_requests>".utf8))
        XCTAssertEqual(tree.child("request")?.text(of: "địa_chỉ"), "Lạch Tray")
    }

    /// Found by fuzzing (ioc-fuzz cap and open311, 5-minute runs): a processing instruction without data (`<?x?>`)
    /// made Foundation's XMLParser read a NULL with strlen on Linux, a segmentation fault of the poller. Refused;
    /// one with data, as feeds carry, still reads.
    func testAProcessingInstructionWithoutDataIsRefusedNotACrash() throws {
        for body in ["<?x?><service_requests/>", "<?UTF-7ers?>\n<alert>vi</alert>", "<a><??></a>", "<a/><?pi?>"] {
            XCTAssertThrowsError(try XMLTree.parse(Data(body.utf8)), body) {
                XCTAssertEqual(($0 as? XMLTree.Refusal)?.message.contains("processing instruction without data"), true, "\($0)")
            }
        }
        let feed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?xml-stylesheet type="text/xsl" href="feed.xsl"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><?app note ?><title>Cảnh báo</title></feed>
            """
        XCTAssertEqual(try XMLTree.parse(Data(feed.utf8)).text(of: "title"), "Cảnh báo")
    }
}
