// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way: rapport -> RapportTerminal -> RapportUI -> RapportCore.
// No package dependencies: the toolchain, Foundation and the system's libncursesw only.
let package = Package(
    name: "Rapport",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rapport", targets: ["rapport"]),
        .executable(name: "rapport-bench", targets: ["rapport-bench"]),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "RapportCore"),
        .target(name: "RapportUI", dependencies: ["RapportCore"]),
        .target(name: "RapportTerminal", dependencies: ["RapportUI", "CNcursesw"]),
        .executableTarget(name: "rapport", dependencies: ["RapportCore", "RapportUI", "RapportTerminal"]),
        .executableTarget(name: "rapport-bench", dependencies: ["RapportCore", "RapportUI", "RapportTerminal"]),
        .testTarget(name: "RapportCoreTests", dependencies: ["RapportCore"]),
        .testTarget(name: "RapportUITests", dependencies: ["RapportUI"], exclude: ["Snapshots"]),
        .testTarget(name: "RapportTerminalTests", dependencies: ["RapportTerminal"]),
        // Drives the real binary (and tmux) from the outside; depends on it so `swift test` builds it.
        .testTarget(name: "RapportEndToEndTests", dependencies: ["rapport", "RapportCore", "RapportUI"]),
    ],
    swiftLanguageModes: [.v6]
)
