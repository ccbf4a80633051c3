import Foundation
import Testing

/// The real seed compilation, read where it is at run time (never copied into the project).
enum SeedDocument {
  static let name = "000_358ab684c19e0137.txt"

  /// `../shared/seeds/` beside the package or, for a git worktree one level deeper,
  /// `../../shared/seeds/`; nil when neither exists.
  static let path: String? = {
    for relative in ["../shared/seeds/", "../../shared/seeds/"] {
      let candidate = EndToEnd.packageRoot.appendingPathComponent(relative + name)
        .standardizedFileURL.path
      if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
    }
    return nil
  }()
}

@Suite(
  .serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)),
  .enabled(if: SeedDocument.path != nil, "needs ../shared/seeds/\(SeedDocument.name)")
)
struct SeedDocumentTests {
  @Test func theSeedOpensAndBraceStepsToItsLastArticle() throws {
    let reader = try ReaderInTmux([try #require(SeedDocument.path)])
    reader.waitFor("│ Article 1/5 │")
    #expect(
      try reader.statusLine().hasPrefix(" \(SeedDocument.name) │ Article 1/5 │ no highlights │ "))
    try reader.tmux.type("}}}}")
    reader.waitFor("│ Article 5/5 │")
    #expect(
      try reader.statusLine().hasPrefix(" \(SeedDocument.name) │ Article 5/5 │ no highlights │ "))
    try reader.quitAndExpectRestored()
  }
}
