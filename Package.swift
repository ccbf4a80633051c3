// swift-tools-version: 6.0
import PackageDescription

// How a release build of `reader` is linked on Linux (Linking/README.md): by default as one
// static, position-independent executable (glibc, the C and C++ libraries and the Swift runtime
// all inside; still loaded at a random address), which starts without the dynamic loader: about
// 0.5 ms off the seed's first frame, `reader --version` 1.5 -> 0.9 ms. GNU ld packs its 47,000
// relative relocations (`-z pack-relative-relocs`) into a 9 KB bitmap; the symbol table is not
// exported, as nothing looks symbols up at run time. With READER_SHARED_LIBRARIES set, for systems
// whose packages have no static archives, the C libraries are the shared objects a debug build
// loads. The linker is named by an absolute path, as the link does not run in this folder.
let packageFolder = String(#filePath.dropLast("Package.swift".count))
let releaseLink: [LinkerSetting] =
  Context.environment["READER_SHARED_LIBRARIES"] == nil
  ? [
    .unsafeFlags(
      [
        "-Xclang-linker", "--ld-path=" + packageFolder + "Linking/ld-static-pie",
        "-Xclang-linker", "-static-pie",
        // The Swift driver asks for `-pie` too, which `-static-pie` already means.
        "-Xclang-linker", "-Wno-unused-command-line-argument",
        "-Xlinker", "--no-export-dynamic", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
        // Debian's curses archive leaves terminfo to its own archive.
        "-Xlinker", "-ltinfo",
      ], .when(platforms: [.linux], configuration: .release))
  ]
  : [
    .unsafeFlags(
      ["-use-ld=bfd", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
      .when(platforms: [.linux], configuration: .release))
  ]

let package = Package(
  name: "reader",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "reader", targets: ["reader"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    // The document model, the plain-text parser, the author index and export. No Foundation:
    // start-up time is part of the first frame.
    .target(name: "ReaderCore", dependencies: ["TerminalText"]),
    // What may reach a terminal: the one table of visible controls and the one write loop.
    // The lowest module, so that the loader, the screen, the backend and the command line
    // share them.
    .target(name: "TerminalText"),
    // Cells, display width, wrapping and the headless screen grid.
    .target(name: "ReaderScreen", dependencies: ["TerminalText"]),
    // The pure UI: state, events, reduce, layout, panes, themes, overlays.
    .target(
      name: "ReaderUI", dependencies: ["ReaderCore", "ReaderScreen", "TerminalText", "ReaderStore"]),
    // The system SQLite, for ReaderStore alone.
    .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
    // The reader's memory: positions, your highlights and notes, in one SQLite file.
    .target(name: "ReaderStore", dependencies: ["CSQLite", "ReaderCore"]),
    // Not through pkg-config: Debian's ncursesw.pc puts -D_XOPEN_SOURCE=600 in its cflags, which
    // SwiftPM refuses with a warning on every build. The shim defines what the wide API needs
    // and the module map links ncursesw.
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
    // The commit `reader --version` names: `make` defines it for the C compiler (a string cannot
    // reach Swift through `-D`); a plain `swift build` says "unknown commit".
    .target(name: "CBuildInfo"),
    // What users write: the config file and their own themes, read as real TOML by TOMLKit.
    // It brings toml++ (C++) and Foundation's `Data`; the built-in themes stay compiled in and
    // are read by ReaderUI's own small reader, so a start without a config file parses none.
    .target(
      name: "ReaderSettings",
      dependencies: [
        "ReaderUI", "ReaderScreen", .product(name: "TOMLKit", package: "TOMLKit"),
      ]),
    // GitHub's CommonMark parser and Google's HTML5 parser, for ReaderMarkup alone.
    .systemLibrary(
      name: "CCmarkGFM", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
    .systemLibrary(name: "CGumbo", providers: [.apt(["libgumbo-dev"])]),
    // Markdown and web pages rendered into ReaderCore's paragraph stream (`MarkupReader`), so
    // that ReaderCore links no parser; the command line hands these readers to the loader.
    .target(name: "ReaderMarkup", dependencies: ["ReaderCore", "CCmarkGFM", "CGumbo"]),
    // Async-signal-safe terminal restoring for signals and crashes (C, for the handlers).
    .target(name: "CTerminalGuard"),
    // The only module that talks to curses.
    .target(
      name: "NcursesBackend",
      dependencies: [
        "CNcursesw", "CTerminalGuard", "ReaderScreen", "ReaderUI", "TerminalText",
      ]),
    // Reads its command line itself: swift-argument-parser would bring in Foundation and
    // reflection at every start (issue 6: start-up is part of the first frame). For the same
    // reason a release build links the Swift runtime statically: loading and relocating
    // libswiftCore and its companions took about 1 ms of every start. Debug builds (and
    // `swift test`) stay dynamic, which links faster.
    .executableTarget(
      name: "reader",
      dependencies: [
        "CBuildInfo", "ReaderCore", "ReaderScreen", "ReaderUI", "ReaderSettings", "NcursesBackend",
        "TerminalText", "ReaderStore", "ReaderMarkup",
      ],
      // TOMLKit's use of Foundation needs Foundation's own static companions named: with
      // -static-stdlib alone the link misses them. On Linux the C and C++ libraries and glibc
      // are linked in too (`releaseLink`, Linking/README.md).
      linkerSettings: [
        .unsafeFlags(
          [
            "-static-stdlib", "-Xlinker", "-l_FoundationCollections", "-Xlinker",
            "-l_FoundationCShims", "-Xlinker", "-lswiftSynchronization",
          ], .when(configuration: .release))
      ] + releaseLink
    ),
    // Benchmark tools: a deterministic compilation generator and parser timing (issue 6).
    .executableTarget(
      name: "reader-bench",
      dependencies: [
        "ReaderCore", "ReaderScreen", "ReaderUI", "ReaderMarkup",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What the test targets share: the shared fixtures' lookup, the run's names for what it
    // leaves behind, temporary folders, frame checks and the polling deadline.
    .target(
      name: "TestSupport", dependencies: ["ReaderScreen", "TerminalText"], path: "Tests/TestSupport"
    ),
    .testTarget(name: "ReaderCoreTests", dependencies: ["ReaderCore", "TestSupport"]),
    .testTarget(
      name: "ReaderMarkupTests", dependencies: ["ReaderMarkup", "ReaderCore", "TestSupport"]),
    .testTarget(name: "ReaderScreenTests", dependencies: ["ReaderScreen", "TestSupport"]),
    .testTarget(
      name: "ReaderStoreTests", dependencies: ["ReaderStore", "ReaderCore", "TestSupport"]),
    .testTarget(
      name: "ReaderSettingsTests",
      dependencies: ["ReaderSettings", "ReaderUI", "ReaderScreen", "TestSupport"]),
    .testTarget(
      name: "ReaderUITests",
      dependencies: ["ReaderUI", "ReaderCore", "ReaderScreen", "ReaderMarkup", "TestSupport"]),
    // The backend's own logic (glyphs, key decoding, frame encoding, palette), without a terminal.
    .testTarget(
      name: "NcursesBackendTests",
      dependencies: ["NcursesBackend", "CNcursesw", "ReaderUI", "ReaderScreen"]),
    // The `reader` binary run in tmux and as a process.
    .testTarget(
      name: "EndToEndTests", dependencies: ["TestSupport", "ReaderUI"]),
  ],
  swiftLanguageModes: [.v6]
)

// A release build makes the metadata of the generic types it uses (arrays, dictionaries and
// optionals of its own types) with direct calls instead of looking each one up by its mangled
// name at first use: the look-ups were 4.1 M of the 20.3 M instructions to the seed's first
// frame (0.6 M left, in the Swift runtime's own code), for 24 KB more code.
let swiftModules: Set = [
  "ReaderCore", "TerminalText", "ReaderScreen", "ReaderUI", "ReaderStore", "ReaderSettings",
  "ReaderMarkup", "NcursesBackend", "reader",
]
for target in package.targets where swiftModules.contains(target.name) {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      .unsafeFlags(
        ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
        .when(configuration: .release))
    ]
}
