// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "OpsLens",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "OpsLens", targets: ["OpsLens"]),
        .executable(name: "opslens", targets: ["OpsLensCLI"]),
        .executable(name: "opslens-bench", targets: ["OpsLensBenchmarks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Debian's libcsv-dev ships no pkg-config file, so no `pkgConfig:` here.
        .systemLibrary(name: "CLibCSV", providers: [.apt(["libcsv-dev"])]),
        .target(
            name: "OpsLens",
            dependencies: [
                "CLibCSV", "Yams",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "OpsLensCLI",
            dependencies: [
                "OpsLens",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "OpsLensBenchmarks",
            dependencies: ["OpsLens", "CLibCSV"]
        ),
        .testTarget(
            name: "OpsLensTests",
            dependencies: ["OpsLens"],
            exclude: ["Names/Fixtures", "Reports/Golden", "Resolution/Fixtures", "Screening/Golden"]  // read by path from the package root
        ),
        .testTarget(
            name: "OpsLensCLITests",
            dependencies: ["OpsLensCLI"],
            exclude: ["BadInput"]  // read by path from the package root
        ),
    ]
)
