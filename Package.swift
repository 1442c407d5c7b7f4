// swift-tools-version:6.0
import PackageDescription

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
    ],
    targets: [
        .target(name: "NeuralEngine"),
        .target(name: "Playground", dependencies: ["NeuralEngine"]),
        .executableTarget(
            name: "nnplay",
            dependencies: [
                "NeuralEngine", "Playground",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NeuralEngineTests", dependencies: ["NeuralEngine"]),
        .testTarget(name: "PlaygroundTests", dependencies: ["Playground"]),
        .testTarget(name: "nnplayTests", dependencies: ["nnplay"]),
    ],
    swiftLanguageModes: [.v6]
)
