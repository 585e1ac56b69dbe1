import CHeap
import Foundation
import Glibc
import XCTest

/// `cheap_release_file_pages()` unmaps resident pages of read-only file mappings and never changes what any mapping
/// holds: a writable page, a private copy, or an anonymous mapping keeps its content.
final class FilePageReleaseTests: XCTestCase {
    private let pageCount = 64
    private var pageSize: Int { Int(sysconf(Int32(_SC_PAGESIZE))) }

    /// A file of `pageCount` pages, each page filled with its own index byte.
    private func makeFile() throws -> (path: String, fd: Int32) {
        let path = NSTemporaryDirectory() + "ioc-file-pages-\(UUID().uuidString)"
        var bytes = [UInt8](repeating: 0, count: pageCount * pageSize)
        for page in 0..<pageCount { for i in 0..<pageSize { bytes[page * pageSize + i] = UInt8(page) } }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let fd = open(path, O_RDWR)
        XCTAssertGreaterThanOrEqual(fd, 0)
        return (path, fd)
    }

    private func map(_ fd: Int32, protection: Int32, flags: Int32) throws -> UnsafeMutablePointer<UInt8> {
        let raw = mmap(nil, pageCount * pageSize, protection, flags, fd, 0)
        guard let raw, raw != MAP_FAILED else { throw POSIXError(.ENOMEM) }
        return raw.assumingMemoryBound(to: UInt8.self)
    }

    /// Reads one byte of every page, so that all of them are resident.
    private func touchAll(_ base: UnsafeMutablePointer<UInt8>) -> Int {
        var sum = 0
        for page in 0..<pageCount { sum += Int(base[page * pageSize]) }
        return sum
    }

    /// The resident kilobytes of the mapping that starts at `base`, from /proc/self/smaps (read with stdio: the file
    /// reports a size of 0, which Foundation's readers take at its word).
    private func residentKB(_ base: UnsafeMutablePointer<UInt8>) throws -> Int {
        guard let smaps = fopen("/proc/self/smaps", "r") else { throw POSIXError(.ENOENT) }
        defer { fclose(smaps) }
        let start = String(UInt(bitPattern: base), radix: 16)
        var inMapping = false
        var buffer = [CChar](repeating: 0, count: 8192)
        while fgets(&buffer, Int32(buffer.count), smaps) != nil {
            let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let dash = line.firstIndex(of: "-"), !line[..<dash].isEmpty, line[..<dash].allSatisfy(\.isHexDigit) {
                inMapping = line[..<dash] == start[...]
            } else if inMapping, line.hasPrefix("Rss:") {
                return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? -1
            }
        }
        throw POSIXError(.ENOENT)
    }

    func testReadOnlyFileMappingIsReleasedAndReadsBackTheSameBytes() throws {
        let file = try makeFile()
        defer { close(file.fd); unlink(file.path) }
        let base = try map(file.fd, protection: PROT_READ, flags: MAP_PRIVATE)
        defer { munmap(base, pageCount * pageSize) }
        let expected = (0..<pageCount).reduce(0, +)
        XCTAssertEqual(touchAll(base), expected)
        XCTAssertGreaterThanOrEqual(try residentKB(base), pageCount * pageSize / 1024)

        XCTAssertGreaterThan(cheap_release_file_pages(), 0)

        XCTAssertEqual(try residentKB(base), 0, "the read-only file mapping should no longer be resident")
        XCTAssertEqual(touchAll(base), expected, "released pages read back from the file")
        XCTAssertEqual(base[5 * pageSize + 7], 5)
    }

    func testPrivateCopyInAReadOnlyMappingIsKept() throws {
        let file = try makeFile()
        defer { close(file.fd); unlink(file.path) }
        // Written while writable (a private copy of page 3, like relocated data), then made read-only (like RELRO).
        let base = try map(file.fd, protection: PROT_READ | PROT_WRITE, flags: MAP_PRIVATE)
        defer { munmap(base, pageCount * pageSize) }
        _ = touchAll(base)
        base[3 * pageSize] = 0xAB
        XCTAssertEqual(mprotect(base, pageCount * pageSize, PROT_READ), 0)

        _ = cheap_release_file_pages()

        XCTAssertEqual(base[3 * pageSize], 0xAB, "a private copy must never be dropped")
        XCTAssertGreaterThan(try residentKB(base), 0)
    }

    func testWritableFileMappingIsKept() throws {
        let file = try makeFile()
        defer { close(file.fd); unlink(file.path) }
        let base = try map(file.fd, protection: PROT_READ | PROT_WRITE, flags: MAP_PRIVATE)
        defer { munmap(base, pageCount * pageSize) }
        _ = touchAll(base)
        base[9 * pageSize + 1] = 0xCD
        let before = try residentKB(base)

        _ = cheap_release_file_pages()

        XCTAssertEqual(base[9 * pageSize + 1], 0xCD)
        XCTAssertEqual(try residentKB(base), before)
    }

    func testReadOnlyAnonymousMappingIsKept() throws {
        let size = pageCount * pageSize
        guard let raw = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), raw != MAP_FAILED
        else { throw POSIXError(.ENOMEM) }
        defer { munmap(raw, size) }
        let base = raw.assumingMemoryBound(to: UInt8.self)
        for page in 0..<pageCount { base[page * pageSize] = UInt8(page + 1) }
        XCTAssertEqual(mprotect(raw, size, PROT_READ), 0)

        _ = cheap_release_file_pages()

        XCTAssertEqual((0..<pageCount).map { Int(base[$0 * pageSize]) }, (1...pageCount).map { $0 })
    }

    func testSharedWritableMappingKeepsUnsyncedWrites() throws {
        let file = try makeFile()
        defer { close(file.fd); unlink(file.path) }
        let base = try map(file.fd, protection: PROT_READ | PROT_WRITE, flags: MAP_SHARED)
        defer { munmap(base, pageCount * pageSize) }
        base[2 * pageSize] = 0xEF

        _ = cheap_release_file_pages()

        XCTAssertEqual(base[2 * pageSize], 0xEF)
    }
}
