// swift-tools-version:6.0
// The IOC console: one package, layered modules whose imports only point down.
// layer 3  ioc (executable), IOCBench (benchmarks)
// layer 2  IOCConsole (UI model/update/view)  IOCBriefing (leaders' wall)  IOCPresentation (shared vocabulary of both)
//          IOCReports (periodic reports: figures to Markdown, JSON, CSV)
//          IOCScreenConfig (layouts, themes: documents to styles and constraints)  IOCEngine (poller, connectors)
//          TUICurses (ncurses backend)
// layer 1  TUIWidgets  IOCConfig (sources, rules, shifts: no terminal types)  IOCStore (the store's logic; SQLite via GRDB)
//          IOCStorePostgres (the same store on PostgreSQL, postgres-nio)
// layer 0  TUICore (pure, with the program loop)  IOCAnalytics (pure statistics: robust trend, forecasts, anomaly scores)
//          IOCDomain (pure; may use IOCAnalytics)  TextFold (folding)  CNcursesw (system library)
//          CCurl (system library: HTTP)  CTerminalGuard (C: crash-path restore)  CHeap (C: glibc heap tuning)
// IOCFuzz (ioc-fuzz, layer 3) exists only when IOC_FUZZ=1: libFuzzer targets for every parser (scripts/fuzz).
import Foundation
import PackageDescription

let package = Package(
    name: "ioc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ioc", targets: ["ioc"]),
        .executable(name: "ioc-bench", targets: ["IOCBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/pointfreeco/swift-clocks", from: "1.1.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // PostgreSQL for city-wide deployments (issue 17): postgres-nio and the NIO pieces it is built on.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // layer 0
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .systemLibrary(name: "CCurl", path: "Sources/CCurl"),
        .target(name: "CTerminalGuard"),
        .target(name: "CHeap"),
        .target(name: "TUICore"),
        .target(name: "TextFold"),
        .target(name: "IOCAnalytics"),
        .target(name: "IOCDomain", dependencies: ["TextFold", "IOCAnalytics"]),
        // layer 1
        .target(name: "TUIWidgets", dependencies: ["TUICore", "TextFold"]),
        .target(name: "IOCConfig", dependencies: ["IOCDomain", "Yams"]),
        .target(name: "IOCStore", dependencies: [
            "IOCDomain", "TextFold", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "IOCStorePostgres", dependencies: [
            "IOCStore", "IOCDomain", .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"), .product(name: "Logging", package: "swift-log"),
        ]),
        // layer 2
        .target(name: "IOCScreenConfig", dependencies: ["TUICore", "IOCDomain", "IOCConfig", "Yams"]),
        .target(name: "TUICurses", dependencies: ["TUICore", "CNcursesw", "CTerminalGuard"]),
        .target(name: "IOCEngine", dependencies: ["IOCDomain", "IOCConfig", "IOCAnalytics", "CCurl", "SwiftCSV", .product(name: "Clocks", package: "swift-clocks")],
                resources: [.copy("Resources")]),
        .target(name: "IOCPresentation", dependencies: ["TUICore", "TUIWidgets", "IOCDomain", "IOCConfig", "IOCScreenConfig"]),
        .target(name: "IOCConsole", dependencies: ["TUICore", "TUIWidgets", "IOCDomain", "IOCConfig", "IOCScreenConfig", "IOCPresentation", "TextFold"]),
        .target(name: "IOCReports", dependencies: ["IOCDomain"]),
        .target(name: "IOCBriefing", dependencies: ["TUICore", "TUIWidgets", "IOCDomain", "IOCConfig", "IOCScreenConfig", "IOCPresentation"]),
        // layer 3
        .executableTarget(name: "ioc", dependencies: [
            "TUICore", "TUIWidgets", "TUICurses", "IOCDomain", "IOCConfig", "IOCScreenConfig", "IOCStore", "IOCStorePostgres",
            "IOCEngine", "IOCConsole",
            "IOCBriefing", "IOCReports", "IOCAnalytics", "CHeap", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .executableTarget(name: "IOCBench", dependencies: [
            "TUICore", "TUIWidgets", "IOCDomain", "IOCConfig", "IOCScreenConfig", "IOCStore", "IOCStorePostgres", "IOCEngine",
            "IOCConsole", "IOCBriefing", "IOCAnalytics",
        ]),
        // test support and tests
        .target(name: "IOCTestSupport", dependencies: ["TUICore", "IOCDomain", "IOCStore", "IOCStorePostgres", "IOCEngine",
                                                      .product(name: "Clocks", package: "swift-clocks")]),
        .testTarget(name: "TUICoreTests", dependencies: ["TUICore", "IOCTestSupport"]),
        .testTarget(name: "TUIWidgetsTests", dependencies: ["TUIWidgets", "TUICore", "IOCTestSupport"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "IOCAnalyticsTests", dependencies: ["IOCAnalytics"]),
        .testTarget(name: "IOCDomainTests", dependencies: ["IOCDomain", "TextFold"]),
        .testTarget(name: "IOCConfigTests", dependencies: ["IOCConfig", "IOCScreenConfig", "TUICore"]),
        .testTarget(name: "IOCStoreTests", dependencies: ["IOCStore", "IOCStorePostgres", "IOCDomain", "IOCTestSupport"]),
        .testTarget(name: "IOCReportsTests", dependencies: ["IOCReports", "IOCDomain"]),
        .testTarget(name: "IOCEngineTests", dependencies: ["IOCEngine", "IOCDomain", "IOCConfig", "IOCStore", "IOCTestSupport"]),
        .testTarget(name: "IOCConsoleTests", dependencies: ["IOCConsole", "IOCPresentation", "TUICore", "TUIWidgets", "IOCDomain", "IOCConfig", "IOCScreenConfig", "IOCTestSupport"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "IOCBriefingTests", dependencies: ["IOCBriefing", "IOCPresentation", "TUICore", "TUIWidgets", "IOCDomain", "IOCConfig", "IOCScreenConfig", "IOCTestSupport"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "MemoryFootprintTests", dependencies: ["CHeap", "ioc"]),
        .testTarget(name: "BackgroundJobTests", dependencies: ["ioc", "IOCTestSupport", "IOCDomain",
                                                            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]),
        .testTarget(name: "EndToEndTests", dependencies: ["IOCTestSupport", "IOCStore", "IOCDomain"]),
    ]
)

// The libFuzzer targets (scripts/fuzz, Docs/Security.md, "Fuzzing"): only when asked for, since they link only with
// `-sanitize=fuzzer` and read internals through `@testable import` (`-enable-testing`).
if ProcessInfo.processInfo.environment["IOC_FUZZ"] == "1" {
    package.products.append(.executable(name: "ioc-fuzz", targets: ["IOCFuzz"]))
    package.targets.append(.executableTarget(name: "IOCFuzz", dependencies: [
        "TUICore", "IOCDomain", "IOCConfig", "IOCScreenConfig", "IOCEngine", "IOCAnalytics",
    ]))
}
