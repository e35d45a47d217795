// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Erfaring",
    // No Apple platform is declared: the package is built and tested on Linux only, and uses
    // glibc's API where Darwin's differs (the `sigaction` handler field, `stat.st_mtim`,
    // `Glibc.read`). Declare a platform here once it is built and tested there.
    products: [
        .executable(name: "erfaring", targets: ["erfaring"]),
        .library(name: "ErfaringKit", targets: ["ErfaringKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(
            name: "ErfaringKit",
            dependencies: ["CLibYAML", "CCurl", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "ErfaringCLI",
            dependencies: [
                "ErfaringKit", "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "erfaring",
            dependencies: ["ErfaringCLI"]
        ),
        .executableTarget(
            name: "erfaring-bench",
            dependencies: [
                "ErfaringKit", "ErfaringCLI", "CLibYAML", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/erfaring-bench"
        ),
        // What tests need beyond the product's API (a database from a newer version, say);
        // never part of ErfaringKit.
        .target(
            name: "ErfaringTestSupport",
            dependencies: ["ErfaringKit", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/ErfaringTestSupport"
        ),
        .testTarget(
            name: "ErfaringKitTests",
            dependencies: ["ErfaringKit", "ErfaringTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ErfaringCLITests",
            dependencies: [
                "ErfaringCLI", "ErfaringKit", "ErfaringTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
