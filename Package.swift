// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "reader",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "reader", targets: ["reader"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // The document model, the plain-text parser, the author index and export. No Foundation:
    // start-up time is part of the first frame.
    .target(name: "ReaderCore"),
    // Cells, display width, wrapping and the headless screen grid.
    .target(name: "ReaderScreen"),
    // The pure UI: state, events, reduce, layout, panes, themes, overlays.
    .target(name: "ReaderUI", dependencies: ["ReaderCore", "ReaderScreen"]),
    // Not through pkg-config: Debian's ncursesw.pc puts -D_XOPEN_SOURCE=600 in its cflags, which
    // SwiftPM refuses with a warning on every build. The shim defines what the wide API needs
    // and the module map links ncursesw.
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
    // The commit `reader --version` names: `make` defines it for the C compiler (a string cannot
    // reach Swift through `-D`); a plain `swift build` says "unknown commit".
    .target(name: "CBuildInfo"),
    // Async-signal-safe terminal restoring for signals and crashes (C, for the handlers).
    .target(name: "CTerminalGuard"),
    // The only module that talks to curses.
    .target(
      name: "NcursesBackend",
      dependencies: ["CNcursesw", "CTerminalGuard", "ReaderScreen", "ReaderUI"]),
    // Reads its command line itself: swift-argument-parser would bring in Foundation and
    // reflection at every start (issue 6: start-up is part of the first frame). For the same
    // reason a release build links the Swift runtime statically: loading and relocating
    // libswiftCore and its companions took about 1 ms of every start. Debug builds (and
    // `swift test`) stay dynamic, which links faster.
    .executableTarget(
      name: "reader",
      dependencies: ["CBuildInfo", "ReaderCore", "ReaderScreen", "ReaderUI", "NcursesBackend"],
      linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
    ),
    // Benchmark tools: a deterministic compilation generator and parser timing (issue 6).
    .executableTarget(
      name: "reader-bench",
      dependencies: [
        "ReaderCore", "ReaderScreen", "ReaderUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "ReaderCoreTests", dependencies: ["ReaderCore"]),
    .testTarget(name: "ReaderScreenTests", dependencies: ["ReaderScreen"]),
    .testTarget(name: "ReaderUITests", dependencies: ["ReaderUI", "ReaderCore", "ReaderScreen"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["NcursesBackend", "CNcursesw", "ReaderUI", "ReaderScreen"]),
  ],
  swiftLanguageModes: [.v6]
)
