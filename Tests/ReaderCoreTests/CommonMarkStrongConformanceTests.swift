import TestSupport
import Testing

@testable import ReaderCore

/// The CommonMark spec's one-paragraph examples of strong emphasis, read as plain text: our
/// highlights must be the `<strong>` texts of the expected HTML.
///
/// Examples are taken from the section "Emphasis and strong emphasis" when their input holds
/// `**` or `__` and their output is one paragraph. Left out are those that plain text cannot
/// express or that our model does not have: emphasis (`<em>`), links, backslash escapes, and
/// strong nested in strong (highlights do not nest).
@Suite struct CommonMarkStrongConformanceTests {
  private struct Example {
    var markdown: String
    var html: String
  }

  @Test(
    .enabled(
      if: SharedFixtures.runs(needing: "testdata/commonmark-spec.txt"),
      "needs ../shared/testdata/commonmark-spec.txt"))
  func strongExamplesAgree() throws {
    let path = try #require(SharedFixtures.testData("commonmark-spec.txt"))
    let lines = String(decoding: readFileBytes(path), as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let examples = Self.examples(in: lines).filter(Self.isInConformanceSet)
    var disagreements: [String] = []
    for example in examples {
      let expected = Self.strongTexts(example.html)
      let found = Self.highlights(example.markdown)
      if found != expected {
        disagreements.append("\(example.markdown) → \(found), not \(expected)")
      }
    }
    #expect(examples.count == 39)
    #expect(disagreements == [])
  }

  private static func examples(in lines: [String]) -> [Example] {
    let fence = String(repeating: "`", count: 32)
    var examples: [Example] = []
    var section = ""
    var index = 0
    while index < lines.count {
      let line = lines[index]
      if line.hasPrefix("## ") { section = String(line.dropFirst(3)) }
      guard line == fence + " example", section == "Emphasis and strong emphasis" else {
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
      examples.append(
        Example(
          markdown: markdown.joined(separator: "\n").replacingTabArrows(),
          html: html.joined(separator: "\n")))
      index += 1
    }
    return examples
  }

  private static func isInConformanceSet(_ example: Example) -> Bool {
    let html = example.html
    let onlyOneParagraph =
      html.hasPrefix("<p>") && html.hasSuffix("</p>") && html.split(separator: "<p>").count == 1
    let strongMarks = example.markdown.contains("**") || example.markdown.contains("__")
    return onlyOneParagraph && strongMarks && !html.contains("<em>") && !html.contains("<a ")
      && !example.markdown.contains("\\") && !nestsStrong(html)
  }

  private static func nestsStrong(_ html: String) -> Bool {
    var depth = 0
    var rest = Substring(html)
    while let open = rest.firstRange(of: "<strong>") ?? nil {
      if let close = rest.firstRange(of: "</strong>"), close.lowerBound < open.lowerBound {
        depth -= 1
        rest = rest[close.upperBound...]
        continue
      }
      depth += 1
      if depth > 1 { return true }
      rest = rest[open.upperBound...]
    }
    return false
  }

  private static func strongTexts(_ html: String) -> [String] {
    var texts: [String] = []
    var rest = Substring(html)
    while let open = rest.firstRange(of: "<strong>"),
      let close = rest[open.upperBound...].firstRange(of: "</strong>")
    {
      texts.append(String(rest[open.upperBound..<close.lowerBound]).decodingEntities())
      rest = rest[close.upperBound...]
    }
    return texts
  }

  private static func highlights(_ markdown: String) -> [String] {
    let bytes = Array(markdown.utf8)
    return bytes.withUnsafeBufferPointer { text in
      BoldScanner.scan(text, 0..<text.count).map {
        String(decoding: text[$0.content], as: UTF8.self)
      }
    }
  }
}

extension String {
  /// The spec writes tabs as `→`.
  fileprivate func replacingTabArrows() -> String {
    String(unicodeScalars.map { $0 == "→" ? "\t" : Character($0) })
  }

  fileprivate func decodingEntities() -> String {
    var text = self
    for (entity, character) in [("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
      text = text.replacing(entity, with: character)
    }
    return text
  }
}
