import XCTest
@testable import nnstep

final class LoopEndingTests: XCTestCase {
    func testExitStatusesFollowTheShellConvention() {
        // SIGHUP is 1, SIGINT 2 and SIGTERM 15 on Linux; a shell reports 128 + number.
        XCTAssertEqual(LoopEnding.quit.exitStatus, 0)
        XCTAssertEqual(LoopEnding.signal(SIGINT).exitStatus, 130)
        XCTAssertEqual(LoopEnding.signal(SIGTERM).exitStatus, 143)
        XCTAssertEqual(LoopEnding.signal(SIGHUP).exitStatus, 129)
        XCTAssertEqual(LoopEnding.inputClosed.exitStatus, 1)
    }
}
