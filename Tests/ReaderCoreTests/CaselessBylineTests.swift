import Testing

@testable import ReaderCore

/// Bylines whose names have no capital letters: scripts without case, lower-case particles,
/// and names in lower case that a bracketed date vouches for.
@Suite struct CaselessBylineTests {
  private func authors(_ line: String) -> [String]? {
    let storage = TextStorage(copying: Array(line.utf8))
    let paragraph = Paragraph(range: 0..<storage.count, firstLine: 1, lastLine: 1)
    return BylineParser.parse(storage.bytes, paragraph)?.authors
  }

  @Test func namesInScriptsWithoutCaseAreNames() {
    #expect(authors("by 李小龍 [1-3-2024 published].") == ["李小龍"])
    #expect(authors("by 李 小龍") == ["李 小龍"])
    #expect(authors("by Ann Lee and 王伟") == ["Ann Lee", "王伟"])
    #expect(authors("by محمد علي") == ["محمد علي"])
    #expect(authors("by דוד כהן") == ["דוד כהן"])
    #expect(authors("by สมชาย ใจดี") == ["สมชาย ใจดี"])
    #expect(authors("by राम शर्मा") == ["राम शर्मा"])
  }

  @Test func particlesMayStartAName() {
    #expect(authors("by de la Cruz [2-1-2024 published].") == ["de la Cruz"])
    #expect(authors("by van der Berg") == ["van der Berg"])
    #expect(authors("by de facto rules") == nil)
  }

  @Test func aNameInLowerCaseNeedsABracketedDate() {
    #expect(authors("by bell hooks [1-2-2024 published].") == ["bell hooks"])
    #expect(authors("by bell hooks") == nil)
    #expect(authors("By the way, this is text.") == nil)
    #expect(authors("by then it had closed") == nil)
  }

  @Test func articlesWithCaselessBylinesAreSeparate() throws {
    let document = try parse(
      """
      Harbour notes

      by Ann Lee [1-2-2024 published].

      First body.

      River notes

      by 李小龍 [1-3-2024 published].

      Second body.

      Hill notes

      by bell hooks [1-4-2024 published].

      Third body.
      """)
    #expect(document.articles.map(\.title) == ["Harbour notes", "River notes", "Hill notes"])
    #expect(document.articles.map(\.authors) == [["Ann Lee"], ["李小龍"], ["bell hooks"]])
  }
}
