// swift-tools-version:6.0
import PackageDescription

// The benchmarks of nnstep: a separate package so that the product stays free of them. It
// depends on the nnstep checkout one folder up (a local path, no outside package).
let package = Package(
    name: "nnstep-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "nnstep", path: "..")],
    targets: [
        .executableTarget(
            name: "Bench",
            dependencies: [.product(name: "Trace", package: "nnstep"), .product(name: "Explain", package: "nnstep")]
        ),
    ]
)
