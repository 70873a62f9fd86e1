// swift-tools-version:6.2
import PackageDescription

/// Settings every Swift target shares: Swift 6 mode plus the upcoming features we hold ourselves to.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "news-archive",
    products: [
        .executable(name: "news-archive", targets: ["NewsArchiveCLI"]),
        .executable(name: "news-archive-fuzz", targets: ["NewsArchiveFuzz"]),
        .library(name: "NewsArchive", targets: ["NewsArchive"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    // Test fixtures live in Tests/Fixtures and are read through #filePath, so every test target shares them.
    targets: [
        // The system SQLite (Debian's libsqlite3-dev), reached through a module map.
        .systemLibrary(
            name: "CNewsSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // The system zlib (Debian's zlib1g-dev): keeps each article's original file small.
        .systemLibrary(name: "CNewsZlib", providers: [.apt(["zlib1g-dev"])]),
        // glibc's mallopt, whose option names Swift does not import: how much freed memory ingest keeps.
        .systemLibrary(name: "CNewsMalloc"),
        // libxml2's HTML parser (Debian's libxml2-dev): reads saved web pages into a tree.
        .systemLibrary(
            name: "CNewsXML",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // SHA-256 blocks with the x86 SHA instructions, for content hashes where the CPU has them.
        .target(name: "CNewsSHA256"),
        // A small Swift wrapper over the C API: connections, statements, transactions, migrations.
        .target(name: "NewsSQLite", dependencies: ["CNewsSQLite"], swiftSettings: strictSettings),
        // Turning saved article text and web pages into title, sections, paragraphs and sentences. No SQLite here.
        .target(name: "NewsIngest", dependencies: ["CNewsXML"], swiftSettings: strictSettings),
        // Finding people, organisations and places in a parsed article. Gazetteers are data files.
        .target(
            name: "NewsActors",
            dependencies: ["NewsIngest"],
            resources: [
                .embedInCode("Gazetteer/countries.tsv"),
                .embedInCode("Gazetteer/places.tsv"),
                .embedInCode("Gazetteer/organizations.tsv"),
                .embedInCode("Gazetteer/given-names.tsv"),
                .embedInCode("Gazetteer/titles.tsv"),
                .embedInCode("Gazetteer/roles.tsv"),
                .embedInCode("Gazetteer/org-heads.txt"),
                .embedInCode("Gazetteer/organization-nouns.txt"),
                .embedInCode("Gazetteer/stopwords.txt"),
                .embedInCode("Gazetteer/generic-words.txt"),
                .embedInCode("Gazetteer/non-actor-heads.txt"),
                .embedInCode("Gazetteer/place-heads.txt"),
                .embedInCode("Gazetteer/common-words.txt"),
            ],
            swiftSettings: strictSettings
        ),
        // Reading a plain-language query into a safe FTS5 expression; CSV writing; trend periods and their charts.
        .target(
            name: "NewsQuery",
            dependencies: ["NewsIngest"],
            exclude: ["Lexicon/README.md"],
            resources: [.embedInCode("Lexicon/noun-types.tsv"), .embedInCode("Lexicon/irregular-forms.tsv")],
            swiftSettings: strictSettings
        ),
        // The archive: schema (Migrations/, compiled in by the plugin), ingest, search, export.
        .target(
            name: "NewsArchive",
            dependencies: ["NewsSQLite", "NewsIngest", "NewsActors", "NewsQuery", "CNewsZlib", "CNewsSHA256"],
            swiftSettings: strictSettings,
            plugins: ["NewsMigrationsPlugin"]
        ),
        // How results are written, shared by the command and the web app: CSV rows, JSON, text tables, charts.
        .target(name: "NewsArchiveOutput", dependencies: ["NewsArchive", "NewsQuery"], swiftSettings: strictSettings),
        // The local web app: pages rendered as HTML strings from value types, and their routes on Hummingbird.
        .target(
            name: "NewsArchiveWeb",
            dependencies: [
                "NewsArchive", "NewsQuery", "NewsArchiveOutput",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "NewsArchiveCLI",
            dependencies: [
                "NewsArchive", "NewsIngest", "NewsQuery", "NewsArchiveOutput", "NewsArchiveWeb",
                "CNewsMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // The readers of untrusted input as fuzz targets, and the program libFuzzer drives (Scripts/fuzz).
        .target(
            name: "NewsFuzzTargets", dependencies: ["NewsIngest", "NewsActors", "NewsQuery", "NewsSQLite"],
            swiftSettings: strictSettings),
        .executableTarget(name: "NewsArchiveFuzz", dependencies: ["NewsFuzzTargets"], swiftSettings: strictSettings),
        // Host tool: writes Migrations/*.sql into Swift source at build time.
        .executableTarget(name: "NewsMigrationsGenerator", swiftSettings: strictSettings),
        .plugin(
            name: "NewsMigrationsPlugin",
            capability: .buildTool(),
            dependencies: ["NewsMigrationsGenerator"],
            path: "Sources/NewsMigrationsPlugin"
        ),
        .testTarget(name: "NewsSQLiteTests", dependencies: ["NewsSQLite"], swiftSettings: strictSettings),
        .testTarget(name: "NewsIngestTests", dependencies: ["NewsIngest"], swiftSettings: strictSettings),
        .testTarget(name: "NewsActorsTests", dependencies: ["NewsActors"], swiftSettings: strictSettings),
        .testTarget(name: "NewsQueryTests", dependencies: ["NewsQuery", "NewsIngest", "NewsTestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "NewsFuzzTargetsTests", dependencies: ["NewsFuzzTargets", "NewsTestSupport"],
            swiftSettings: strictSettings),
        // Temporary folders and the shared fixtures, for the archive's and the CLI's tests.
        .target(name: "NewsTestSupport", path: "Tests/NewsTestSupport", swiftSettings: strictSettings),
        .testTarget(
            name: "NewsArchiveTests",
            dependencies: ["NewsArchive", "NewsSQLite", "NewsIngest", "NewsQuery", "NewsTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "NewsArchiveWebTests",
            dependencies: [
                "NewsArchiveWeb", "NewsArchive", "NewsTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "NewsArchiveCLITests",
            dependencies: ["NewsArchiveCLI", "NewsArchiveOutput", "NewsArchiveWeb", "NewsSQLite", "NewsTestSupport"],
            swiftSettings: strictSettings
        ),
    ]
)
