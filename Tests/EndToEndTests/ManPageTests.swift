import Foundation
import ReaderUI
import TestSupport
import Testing

/// `reader manpage`: valid roff that groff renders without a warning, with every section the
/// page promises and every key of the keymap.
@Suite(.enabled(if: installed("groff"), "needs groff"))
struct ManPageTests {
  /// The page rendered 80 columns wide as plain text, and what groff said on standard error.
  private func rendered(in folder: URL) throws -> ProcessOutcome {
    let page = try runReader(["manpage"], in: folder)
    #expect(page.status == 0)
    let path = folder.appendingPathComponent("reader.1").path
    try page.output.write(toFile: path, atomically: true, encoding: .utf8)
    return try run(
      "groff", ["-man", "-Tutf8", "-ww", "-rLL=80n", "-P-cbou", path],
      environment: ["PATH": "/usr/bin:/bin"], in: folder)
  }

  @Test func rendersWithoutWarningsAndHasEverySection() throws {
    try withTemporaryFolder { folder in
      let result = try rendered(in: folder)
      #expect(result.status == 0)
      #expect(result.errors.isEmpty)
      let headings = result.output.split(separator: "\n").filter {
        $0.first?.isUppercase == true && $0.allSatisfy { $0.isUppercase || $0 == " " }
      }
      #expect(
        headings == [
          "NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "KEYS", "CONFIGURATION", "FILES",
          "ENVIRONMENT", "EXIT STATUS", "EXAMPLES", "SEE ALSO",
        ])
      for variable in ["NO_COLOR", "XDG_CONFIG_HOME", "BROWSER", "TERM", "less(1)"] {
        #expect(result.output.contains(variable), "\(variable)")
      }
    }
  }

  /// The synopsis brackets what may be left out, as `--help` does, and only that: `forget`
  /// needs its file.
  @Test func theSynopsisShowsForgetsFileAsRequired() throws {
    try withTemporaryFolder { folder in
      let text = plain(try rendered(in: folder).output)
      let synopsis = text.split(separator: "DESCRIPTION\n", maxSplits: 1).first ?? ""
      #expect(synopsis.contains("reader forget file\n"), "\(synopsis)")
      #expect(synopsis.contains("reader highlights [--format format] [file]\n"), "\(synopsis)")
    }
  }

  @Test func listsEveryKeyOfTheKeymap() throws {
    try withTemporaryFolder { folder in
      let text = plain(try rendered(in: folder).output)
      let keys = text.split(separator: "KEYS\n", maxSplits: 1).last ?? ""
      for binding in Keymap.help {
        #expect(keys.contains(plain(binding.keys)), "\(binding.keys)")
        #expect(keys.contains(plain(binding.meaning)), "\(binding.meaning)")
      }
    }
  }

  /// groff's typographic hyphens and minus signs as `-`, runs of spaces as one: the page is
  /// justified, so spacing inside a line varies.
  private func plain(_ text: String) -> String {
    var result = ""
    for character in text {
      let normal: Character = character == "\u{2010}" || character == "\u{2212}" ? "-" : character
      if normal == " " && result.last == " " { continue }
      result.append(normal)
    }
    return result
  }
}
