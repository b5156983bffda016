import XCTest
@testable import nnstep

final class SignalPipeTests: XCTestCase {
    /// The handler currently installed for `signal`, as a raw pointer value (0 for SIG_DFL).
    private func currentHandler(_ signal: Int32) -> UInt {
        var action = sigaction()
        sigaction(signal, nil, &action)
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: UInt.self)
    }

    func testSignalsArriveAsBytesAndHandlersAreRestored() throws {
        XCTAssertEqual(currentHandler(SIGUSR1), 0)
        let pipe = try SignalPipe(catching: [SIGUSR1, SIGUSR2])
        XCTAssertNotEqual(currentHandler(SIGUSR1), 0)
        XCTAssertEqual(pipe.receivedSignals(), [])

        raise(SIGUSR2)
        raise(SIGUSR1)
        raise(SIGUSR2)
        XCTAssertEqual(pipe.receivedSignals(), [SIGUSR2, SIGUSR1])
        XCTAssertEqual(pipe.receivedSignals(), [])

        pipe.uninstall()
        pipe.uninstall()
        XCTAssertEqual(currentHandler(SIGUSR1), 0)
        XCTAssertEqual(currentHandler(SIGUSR2), 0)
        // A second pipe may be installed once the first is gone.
        XCTAssertNoThrow(try SignalPipe(catching: [SIGUSR1]).uninstall())
    }

    func testIgnoredSignalsStayIgnored() throws {
        let ignored = unsafeBitCast(SIG_IGN, to: UInt.self)
        signal(SIGUSR1, SIG_IGN)
        defer { signal(SIGUSR1, SIG_DFL) }
        let pipe = try SignalPipe(catching: [SIGUSR1, SIGUSR2])
        XCTAssertEqual(currentHandler(SIGUSR1), ignored)
        raise(SIGUSR1)
        raise(SIGUSR2)
        XCTAssertEqual(pipe.receivedSignals(), [SIGUSR2])
        pipe.uninstall()
        XCTAssertEqual(currentHandler(SIGUSR1), ignored)
    }
}
