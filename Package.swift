// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "nnstep",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nnstep", targets: ["nnstep"]),
        .library(name: "Trace", targets: ["Trace"]),
        .library(name: "Explain", targets: ["Explain"]),
    ],
    targets: [
        // Matrices, network ops that emit trace events, lesson files and the trace format.
        .target(name: "Trace"),
        // Annotations (Spanish, English) and renderings: terminal text, diagram, LaTeX.
        .target(name: "Explain", dependencies: ["Trace"]),
        // The command-line tool and the interactive stepper.
        .executableTarget(name: "nnstep", dependencies: ["Trace", "Explain"]),

        .testTarget(name: "TraceTests", dependencies: ["Trace"], exclude: ["Fixtures"]),
        .testTarget(name: "ExplainTests", dependencies: ["Explain", "Trace"], exclude: ["Golden"]),
        .testTarget(name: "nnstepTests", dependencies: ["nnstep", "Trace", "Explain"]),
    ]
)
