import Foundation
import TestSupport
import Testing

/// The real seed compilation, read where it is at run time (never copied into the project).
@Suite(
  .serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)),
  .enabled(
    if: SharedFixtures.runs(needing: "seeds/" + SharedFixtures.seedName),
    "needs ../shared/seeds/\(SharedFixtures.seedName)")
)
struct SeedDocumentTests {
  @Test func theSeedOpensAndBraceStepsToItsLastArticle() throws {
    let reader = try ReaderInTmux([try #require(SharedFixtures.seed)])
    reader.waitFor("│ Article 1/5 │")
    #expect(
      try reader.statusLine().hasPrefix(
        " \(SharedFixtures.seedName) │ Article 1/5 │ no highlights — * for suggested key sentences │ "
      ))
    try reader.tmux.type("}}}}")
    reader.waitFor("│ Article 5/5 │")
    #expect(
      try reader.statusLine().hasPrefix(
        " \(SharedFixtures.seedName) │ Article 5/5 │ no highlights — * for suggested key sentences │ "
      ))
    try reader.quitAndExpectRestored()
  }

  @Test func starSuggestsKeySentencesAndBracketStepsThroughThem() throws {
    let reader = try ReaderInTmux([try #require(SharedFixtures.seed)])
    reader.waitFor("│ Article 1/5 │")
    try reader.tmux.type("*")
    reader.waitFor("suggested key sentences: ] [ step through them")
    try reader.tmux.type("]")
    reader.waitFor("│ Suggested 1/")
    try reader.quitAndExpectRestored()
  }
}
