import Testing

@testable import ReaderCore

/// A title of several hundred characters (some sites put a sentence or two in it) is still a
/// title when a byline follows it, in any script.
@Suite struct LongTitleTests {
  private func compilation(title: String) -> String {
    "\(title)\n\n\nby Ann Lee [1-1-2024 published].\n\nThe body of the article.\n"
  }

  @Test(arguments: [500, 1000])
  func aLongTitleKeepsItsByline(length: Int) throws {
    let title = String(repeating: "Long words ", count: length / 11 + 1).prefix(length)
    let document = try parse(compilation(title: String(title).trimmedTitle))
    #expect(document.articles.count == 1)
    #expect(document.articles.first?.authors == ["Ann Lee"])
    #expect(document.articles.first?.title == String(title).trimmedTitle)
    #expect(document.kinds(article: 0).prefix(2) == [.title, .byline])
  }

  @Test func aLongTitleInAScriptWithoutSpacesKeepsItsByline() throws {
    let title = String(repeating: "長い題名", count: 250)
    let document = try parse(compilation(title: title))
    #expect(document.articles.first?.authors == ["Ann Lee"])
    #expect(document.articles.first?.title == title)
  }
}

extension String {
  /// The text without a trailing space, as a title paragraph is trimmed.
  fileprivate var trimmedTitle: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
