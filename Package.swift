// swift-tools-version:6.0
import Foundation
import PackageDescription

/// The engine and the session are optimised in debug builds too: the test suite trains thousands of epochs
/// (spiral outcomes, presets), which unoptimised code runs 30 times slower. Debugging info is kept.
let optimizedEvenInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

/// The engine is compiled for the CPU it is built on (AVX2 and FMA here: 8 floats per instruction), and
/// without dynamic exclusivity checks in its hot loops, which only touch its own preallocated buffers.
/// Everyone builds from source with `swift run`, so "native" is the machine that runs it; a binary copied to
/// an older CPU may stop with an illegal instruction. Loops start on 64-byte boundaries: otherwise an edit
/// anywhere in the engine moved the hot tile loops and the [2,64,64,1] bench row by ±4%.
let engineSettings: [SwiftSetting] =
    optimizedEvenInDebug + [
        .unsafeFlags(["-target-cpu", "native", "-enforce-exclusivity=unchecked", "-Xllvm", "-align-loops=64"])
    ] + (buildMachineHas512BitVectors ? [.define("AVX512")] : [])

/// Whether the CPU building (and so, with "native", running) the engine has AVX-512: then the large products
/// use tiles of twelve 512-bit accumulators, which on a 16-register AVX2 CPU would spill (`GemmTiles.wide32`).
/// Read from /proc/cpuinfo; elsewhere (macOS, no such file) false.
var buildMachineHas512BitVectors: Bool {
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return false }
    return info.split(separator: "\n").first { $0.hasPrefix("flags") }?.split(separator: " ").contains("avx512f")
        ?? false
}

let package = Package(
    name: "NeuralPlayground",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "nnplay", targets: ["nnplay"]),
        .library(name: "NeuralEngine", targets: ["NeuralEngine"]),
        .library(name: "Playground", targets: ["Playground"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(name: "NeuralEngine", swiftSettings: engineSettings),
        .target(
            name: "Playground", dependencies: ["NeuralEngine", .product(name: "Yams", package: "Yams")],
            swiftSettings: optimizedEvenInDebug, plugins: ["EmbedPresets"]),
        // The shipped lessons compiled in: Presets/*.yaml → ShippedPresets.files (a copied binary has them).
        .executableTarget(name: "PresetEmbedder"),
        .plugin(name: "EmbedPresets", capability: .buildTool(), dependencies: ["PresetEmbedder"]),
        .target(name: "PlaygroundUI", dependencies: ["Playground"]),
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
        .target(name: "CursesTerminal", dependencies: ["CNCurses", "PlaygroundUI"]),
        .executableTarget(
            name: "nnplay",
            dependencies: [
                "NeuralEngine", "Playground", "PlaygroundUI", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NeuralEngineTests", dependencies: ["NeuralEngine"]),
        .testTarget(name: "PlaygroundTests", dependencies: ["Playground"]),
        .testTarget(name: "PlaygroundUITests", dependencies: ["PlaygroundUI"]),
        .testTarget(name: "nnplayTests", dependencies: ["nnplay"]),
    ],
    swiftLanguageModes: [.v6]
)
