// swift-tools-version:5.3
// libFuzzer targets for OpsLens; not part of the root package's build or tests.
// Build and run with ./run.sh TARGET SECONDS (see README's "Fuzzing" section).
import PackageDescription

let targets = ["FuzzHoldingsReader", "FuzzOFACLists", "FuzzRules", "FuzzWaivers", "FuzzIdentifiers", "FuzzNameNormalizer",
               "FuzzOrders"]

let package = Package(
    name: "OpsLensFuzz",
    dependencies: [.package(name: "OpsLens", path: "../..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "OpsLens", package: "OpsLens")]),
    ] + targets.map { name in
        .target(name: name, dependencies: ["FuzzSupport", .product(name: "OpsLens", package: "OpsLens")])
    }
)
