// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way: rapport -> RapportTerminal -> RapportCanvas, and rapport -> RapportUI ->
// RapportCore + RapportCanvas. The terminal backend knows cells, styles and keys, never the screens.
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
        .target(name: "RapportCanvas"),
        .target(name: "RapportUI", dependencies: ["RapportCore", "RapportCanvas"]),
        .target(name: "RapportTerminal", dependencies: ["RapportCanvas", "CNcursesw"]),
        .executableTarget(name: "rapport", dependencies: ["RapportCore", "RapportCanvas", "RapportUI", "RapportTerminal"]),
        .executableTarget(name: "rapport-bench", dependencies: ["RapportCore", "RapportCanvas", "RapportUI", "RapportTerminal"]),
        .testTarget(name: "RapportCoreTests", dependencies: ["RapportCore"]),
        .testTarget(name: "RapportUITests", dependencies: ["RapportUI", "RapportCanvas"], exclude: ["Snapshots"]),
        .testTarget(name: "RapportTerminalTests", dependencies: ["RapportTerminal", "RapportCanvas"]),
        // Drives the real binary (and tmux) from the outside; depends on it so `swift test` builds it.
        .testTarget(name: "RapportEndToEndTests", dependencies: ["rapport", "RapportCore", "RapportCanvas", "RapportUI"]),
    ],
    swiftLanguageModes: [.v6]
)
