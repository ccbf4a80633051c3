import Foundation
import ReaderCore
import TestSupport
import Testing

/// The CommonMark spec's one-paragraph examples that mix strong and emphasis, read as
/// Markdown: the highlights must be exactly the `<strong>` texts of the expected HTML (with
/// the `<em>` inside them gone), since only strong is the editor's bold.
///
/// Left out: strong nested in strong (highlights do not nest; the outer one counts here).
@Suite struct CommonMarkMixedEmphasisTests {
  @Test(
    .enabled(
      if: SharedFixtures.runs(needing: "testdata/commonmark-spec.txt"),
      "needs ../shared/testdata/commonmark-spec.txt"))
  func mixedExamplesGiveTheStrongTexts() throws {
    let path = try #require(SharedFixtures.testData("commonmark-spec.txt"))
    let spec = try String(contentsOfFile: path, encoding: .utf8)
    let examples = Self.examples(in: spec).filter { example in
      let html = example.html
      return html.hasPrefix("<p>") && html.hasSuffix("</p>")
        && html.components(separatedBy: "<p>").count == 2 && html.contains("<strong>")
        && html.contains("<em>") && !html.contains("<strong><strong>")
        && Self.strongDepthNeverExceedsOne(html)
    }
    var disagreements: [String] = []
    for example in examples {
      // After a title and byline, so that the example is body text: a file's first
      // paragraph would title an article, cut at its first line.
      let document = try load("## Title\n\nby Ann Lee\n\n" + example.markdown, as: "example.md")
      let found = document.highlights.map { document.text(of: $0) }
      let expected = Self.strongTexts(example.html)
      if found != expected {
        disagreements.append("\(example.markdown) → \(found), not \(expected)")
      }
    }
    #expect(examples.count == 22)
    #expect(disagreements == [])
  }

  private static func examples(in spec: String) -> [(markdown: String, html: String)] {
    let fence = String(repeating: "`", count: 32)
    let lines = spec.components(separatedBy: "\n")
    var examples: [(String, String)] = []
    var index = 0
    while index < lines.count {
      guard lines[index] == fence + " example" else {
        index += 1
        continue
      }
      var markdown: [String] = []
      index += 1
      while index < lines.count && lines[index] != "." {
        markdown.append(lines[index])
        index += 1
      }
      var html: [String] = []
      index += 1
      while index < lines.count && !lines[index].hasPrefix(fence) {
        html.append(lines[index])
        index += 1
      }
      let source = markdown.joined(separator: "\n").replacingOccurrences(of: "→", with: "\t")
      examples.append((source + "\n", html.joined(separator: "\n")))
      index += 1
    }
    return examples
  }

  private static func strongDepthNeverExceedsOne(_ html: String) -> Bool {
    var depth = 0
    var rest = Substring(html)
    while let next = rest.firstRange(of: "strong>") {
      let isClose = rest[..<next.lowerBound].hasSuffix("</")
      depth += isClose ? -1 : 1
      if depth > 1 { return false }
      rest = rest[next.upperBound...]
    }
    return true
  }

  /// The text of each `<strong>` element: tags inside dropped, entities decoded, line breaks
  /// as spaces (as `Document.text(of:)` folds them).
  private static func strongTexts(_ html: String) -> [String] {
    var texts: [String] = []
    var rest = Substring(html)
    while let open = rest.firstRange(of: "<strong>"),
      let close = rest[open.upperBound...].firstRange(of: "</strong>")
    {
      var text = ""
      var inTag = false
      for character in rest[open.upperBound..<close.lowerBound] {
        if character == "<" {
          inTag = true
        } else if character == ">" && inTag {
          inTag = false
        } else if !inTag {
          text.append(character == "\n" ? " " : character)
        }
      }
      for (entity, character) in [("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
        text = text.replacingOccurrences(of: entity, with: character)
      }
      texts.append(text)
      rest = rest[close.upperBound...]
    }
    return texts
  }
}
