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
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
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
        .target(
            name: "OpsLensServer",
            dependencies: [
                "OpsLens", "Yams",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "OpsLensCLI",
            dependencies: [
                "OpsLens", "OpsLensServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "OpsLensBenchmarks",
            dependencies: ["OpsLens", "CLibCSV"]
        ),
        .testTarget(
            name: "OpsLensTests",
            dependencies: ["OpsLens"],
            exclude: ["Holdings/Fixtures", "Names/Fixtures", "Ownership/Fixtures", "Quarterly/Golden", "Quarterly/Screenshots", "Reports/Golden", "Resolution/Fixtures", "Screening/Golden"]  // read by path from the package root
        ),
        .testTarget(
            name: "OpsLensCLITests",
            dependencies: ["OpsLensCLI", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["BadInput"]  // read by path from the package root
        ),
        .testTarget(
            name: "OpsLensServerTests",
            dependencies: [
                "OpsLensServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)
