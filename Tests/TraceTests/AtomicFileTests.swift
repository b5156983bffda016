import Foundation
import XCTest
@testable import Trace

/// Whole-file writes: the new content or the old one, never half, and no temporary left behind.
final class AtomicFileTests: XCTestCase {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnstep-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func testWritesAndReplacesLeavingNothingElse() throws {
        let folder = try folder()
        let path = folder.appendingPathComponent("out.tex").path
        try AtomicFile.write("primera\n", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "primera\n")
        try AtomicFile.write("segunda — ñ\n", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "segunda — ñ\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out.tex"])
    }

    func testANewFileGetsTheUsualPermissionsAndAReplacedOneKeepsItsOwn() throws {
        let path = try folder().appendingPathComponent("x.svg").path
        try AtomicFile.write("a", to: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        XCTAssertEqual(mode.map { $0 & 0o600 }, 0o600, "readable and writable by its owner, not 0600-only by accident")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try AtomicFile.write("b", to: path)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o640)
    }

    func testAFailureLeavesTheOldFileAndSaysWhy() throws {
        let missing = try folder().appendingPathComponent("no/such/folder/out.tex").path
        XCTAssertThrowsError(try AtomicFile.write("x", to: missing)) { error in
            guard case .unwritable(let path, let reason)? = error as? TraceFormatError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, missing)
            XCTAssertFalse(reason.isEmpty)
        }
        let folder = try folder()
        let target = folder.appendingPathComponent("dir.tex")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        XCTAssertThrowsError(try AtomicFile.write("x", to: target.path), "a folder is not replaced by a file")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["dir.tex"], "no temporary left")
    }
}
