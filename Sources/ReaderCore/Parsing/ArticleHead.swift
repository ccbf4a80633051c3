/// The few paragraphs after a heading that started a piece without a byline, where the
/// piece's subtitle, label, source line and signature stand before its text:
///
///     FEDERALIST No. 10                      (the heading)
///     The Same Subject Continued (…)         subtitle: the piece's title
///     From the Daily Advertiser. …           kept as text
///     MADISON                                signature: the author
///
/// It looks at most `maximumParagraphs` paragraphs, and stops at prose, a byline or a
/// signature. A signature here may be a name in capitals the document gives nowhere else; a
/// name in mixed case must be one it gives (so a subtitle is not taken for a name).
struct ArticleHead {
  enum Step: Equatable {
    /// The numbered piece's subtitle: its title from now on.
    case subtitle
    /// A label (`Introduction`) under a title: kept with the title.
    case label
    case byline(Byline)
    /// A signature without `by`: the authors' full names where the document gives them.
    case signature([String])
    /// Text of the head that is none of these (a source line, a salutation): placed as usual.
    case text
    /// The head has ended; this paragraph and the rest are placed as usual.
    case done
  }

  static let maximumParagraphs = 4
  static let maximumSubtitleLines = 3
  static let maximumSubtitleLength = 300

  let numbered: Bool
  private var seen = 0
  private var hasSubtitle = false

  init(numbered: Bool) { self.numbered = numbered }

  mutating func step(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph, names: NameBook)
    -> Step
  {
    guard seen < Self.maximumParagraphs, !ProseParagraph.matches(text, paragraph) else {
      return .done
    }
    seen += 1
    if numbered && !hasSubtitle && paragraph.breaks.count < Self.maximumSubtitleLines
      && paragraph.range.count <= Self.maximumSubtitleLength
    {
      hasSubtitle = true
      return .subtitle
    }
    if SectionHeading.isLabel(text, paragraph) { return .label }
    if let byline = BylineParser.parse(text, paragraph) { return .byline(byline) }
    if let signed = SignatureLine.parse(text, paragraph),
      let authors = names.resolve(signed, allowingUnknownCapitals: true)
    {
      return .signature(authors)
    }
    return .text
  }
}
