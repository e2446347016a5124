// swift-tools-version: 6.1
import PackageDescription

/// VetDesk: a terminal practice-management client. Layers point one way:
/// vetdesk → VetCommands → VetTUI → VetDocuments → (TUIKit, VetStore → (VetCore, VetSQL)); CursesTerminal plugs
/// curses in at the top.
let package = Package(
    name: "VetDesk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vetdesk", targets: ["vetdesk"]),
        .executable(name: "vetdesk-bench", targets: ["vetdesk-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(name: "VetCore"),
        .target(name: "VetResources", path: "Resources", resources: [.copy("common-passwords.txt"), .copy("marketing-words.txt"), .copy("templates")]),
        .target(
            name: "VetSQL",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "VetStore",
            dependencies: [
                "VetCore", "VetResources", "VetSQL",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(name: "TUIKit"),
        .systemLibrary(
            name: "CNCursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "CursesTerminal", dependencies: ["CNCursesw", "TUIKit"]),
        .target(name: "VetDocuments", dependencies: ["VetStore", "VetCore", "TUIKit"]),
        .target(name: "VetTUI", dependencies: ["TUIKit", "VetStore", "VetCore", "VetDocuments"]),
        .target(
            name: "VetCommands",
            dependencies: [
                "VetTUI", "VetStore", "VetCore", "VetDocuments", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "vetdesk", dependencies: ["VetCommands"]),
        .executableTarget(name: "vetdesk-bench",
                          dependencies: ["VetCommands", "VetStore", "VetCore", "VetSQL", "VetTUI", "TUIKit",
                                         "CursesTerminal"]),
        .testTarget(
            name: "VetCoreTests",
            dependencies: ["VetCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "VetSQLTests", dependencies: ["VetSQL", "VetDeskTestSupport"]),
        .testTarget(
            name: "VetStoreTests",
            dependencies: ["VetStore", "VetCore", "VetSQL", "VetDeskTestSupport",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "TUIKitTests", dependencies: ["TUIKit", "CursesTerminal"]),
        .testTarget(
            name: "VetTUITests",
            dependencies: ["VetTUI", "TUIKit", "VetStore", "VetCore", "VetDocuments", "VetDeskTestSupport"],
            resources: [.copy("Goldens")]
        ),
        .target(name: "VetDeskTestSupport", dependencies: ["VetSQL"], path: "Tests/VetDeskTestSupport"),
        .testTarget(
            name: "VetCommandsTests",
            dependencies: ["VetCommands", "VetStore", "VetCore", "VetDocuments", "VetDeskTestSupport",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "TerminalFlowTests", dependencies: ["VetStore", "VetCore", "VetDeskTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
