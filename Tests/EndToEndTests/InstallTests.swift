import Foundation
import TestSupport
import Testing

/// `make install` and `make uninstall` into a temporary prefix, with the debug binary
/// `swift test` built (a release build here would wait on the build folder's lock).
@Suite(.enabled(if: installed("make") && installed("strip"), "needs make and strip"))
struct InstallTests {
  private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  private func make(_ target: String, prefix: String, destination: String, in folder: URL) throws
    -> ProcessOutcome
  {
    try run(
      "make",
      [
        "-s", "-C", packageRoot, target, "PREFIX=\(prefix)", "DESTDIR=\(destination)",
        "READER_BINARY=\(EndToEnd.readerPath)",
      ], environment: ["PATH": "/usr/bin:/bin", "HOME": folder.path], in: folder)
  }

  /// Every file under `root`, relative to it, sorted.
  private func files(under root: String) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: root)
    var found: [String] = []
    while let path = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
      if !isDirectory.boolValue { found.append(path) }
    }
    return found.sorted()
  }

  @Test func installsEachFileInItsStandardPlaceAndUninstallRemovesThem() throws {
    try withTemporaryFolder { folder in
      let destination = folder.appendingPathComponent("stage").path
      let installed = try make("install", prefix: "/opt/x", destination: destination, in: folder)
      #expect(installed.status == 0, "\(installed.errors)")
      #expect(
        files(under: destination) == [
          "opt/x/bin/reader",
          "opt/x/share/bash-completion/completions/reader",
          "opt/x/share/fish/vendor_completions.d/reader.fish",
          "opt/x/share/man/man1/reader.1",
          "opt/x/share/reader/themes/default.toml",
          "opt/x/share/reader/themes/high-contrast.toml",
          "opt/x/share/reader/themes/light.toml",
          "opt/x/share/reader/themes/monochrome.toml",
          "opt/x/share/zsh/site-functions/_reader",
        ])
      // Stripped: smaller than the binary it was installed from.
      let size = { (path: String) in
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
      }
      let installedSize = try #require(size(destination + "/opt/x/bin/reader"))
      #expect(installedSize < (try #require(size(EndToEnd.readerPath))))
      let version = try runReader(["--version"], in: folder)
      let installedVersion = try run(
        destination + "/opt/x/bin/reader", ["--version"], environment: [:], in: folder)
      #expect(installedVersion == version)
      let page = try String(
        contentsOfFile: destination + "/opt/x/share/man/man1/reader.1", encoding: .utf8)
      #expect(page == (try runReader(["manpage"], in: folder)).output)

      // Something of the user's beside the installed files stays.
      let kept = destination + "/opt/x/share/man/man1/other.1"
      try "kept".write(toFile: kept, atomically: true, encoding: .utf8)
      let removed = try make("uninstall", prefix: "/opt/x", destination: destination, in: folder)
      #expect(removed.status == 0, "\(removed.errors)")
      #expect(files(under: destination) == ["opt/x/share/man/man1/other.1"])
    }
  }
}
