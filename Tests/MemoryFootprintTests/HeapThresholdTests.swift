import CHeap
import Glibc
import XCTest

/// With fixed thresholds, large blocks live in their own mappings and go back to the system when freed, however
/// many were freed before (glibc's own thresholds rise after each free until such blocks stay in the heap). The test
/// process's heap has a history (other tests ran in it), so a block may come from memory that was already resident;
/// what must hold whatever the history is that nothing stays resident once the blocks are freed.
final class HeapThresholdTests: XCTestCase {
    private func residentAnonymousKB() -> Int {
        guard let status = fopen("/proc/self/smaps_rollup", "r") else { return -1 }
        defer { fclose(status) }
        var buffer = [CChar](repeating: 0, count: 512)
        while fgets(&buffer, Int32(buffer.count), status) != nil {
            let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if line.hasPrefix("Anonymous:") { return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? -1 }
        }
        return -1
    }

    func testFreedLargeBlocksLeaveTheResidentSet() {
        XCTAssertEqual(cheap_fix_heap_thresholds(64 * 1024, 256 * 1024), 1)
        let before = residentAnonymousKB()
        for _ in 0..<3 {
            // 16 blocks of 512 KB, each written through, then freed.
            let blocks = (0..<16).map { _ -> UnsafeMutableRawPointer in
                let block = malloc(512 * 1024)!
                memset(block, 0x5A, 512 * 1024)
                return block
            }
            blocks.forEach { free($0) }
        }
        XCTAssertLessThan(residentAnonymousKB() - before, 1024, "freed blocks must not stay resident")
    }
}
