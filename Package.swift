// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "quotes",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "QuoteAttribution", targets: ["QuoteAttribution"]),
        .library(name: "QuoteReporting", targets: ["QuoteReporting"]),
        .library(name: "QuoteSources", targets: ["QuoteSources"]),
        .executable(name: "quotes", targets: ["quotes"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2", pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .target(name: "QuoteAttribution", dependencies: ["CPCRE2"]),
        .target(name: "QuoteReporting", dependencies: ["QuoteAttribution"]),
        .target(name: "QuoteSources", dependencies: ["QuoteAttribution", "CLibXML2"]),
        .executableTarget(
            name: "quotes",
            dependencies: [
                "QuoteAttribution", "QuoteReporting", "QuoteSources",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "quotes-bench", dependencies: ["QuoteAttribution", "CPCRE2"], path: "Benchmarks/quotes-bench"),
        .target(name: "TestSupport", dependencies: ["QuoteAttribution"], path: "Tests/TestSupport"),
        .testTarget(name: "QuoteAttributionTests", dependencies: ["QuoteAttribution", "TestSupport"]),
        .testTarget(name: "QuoteReportingTests", dependencies: ["QuoteReporting", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "QuoteSourcesTests", dependencies: ["QuoteSources", "TestSupport"]),
        .testTarget(name: "QuotesCLITests", dependencies: ["quotes", "TestSupport"]),
    ]
)
