/// One article of the compilation, with the parts the reader shows and exports.
public struct Article: Sendable, Hashable {
  /// 1-based.
  public var number: Int
  /// The title as plain text (markers removed), for the article list.
  public var title: String
  /// As written, split on ` and ` / ` & `; empty when there is no byline.
  public var authors: [String]
  /// What follows the names in the byline (`Vladikavkaz-based journalist`), or nil.
  public var authorDescription: String?
  public var date: CalendarDate?
  /// The date as written (`2-13-2025`), or nil.
  public var dateText: String?
  /// Indexes into `Document.blocks`, title first.
  public var blocks: Range<Int>
  /// Index into `Document.blocks` of the dek, or nil.
  public var dek: Int?
  /// Index into `Document.blocks` of the author's bio, or nil.
  public var bio: Int?
  /// How many body paragraphs (`.paragraph`, `.listItem`, `.speakerQuote`) it has.
  public var paragraphCount: Int
  /// 1-based line numbers in the file.
  public var firstLine: Int
  public var lastLine: Int
  /// Indexes into `Document.highlights`.
  public var highlights: Range<Int>
  /// Indexes into `Document.quotes`.
  public var quotes: Range<Int>
  public var related: [RelatedLink]

  public init(
    number: Int, title: String, authors: [String], authorDescription: String?,
    date: CalendarDate?, dateText: String?, blocks: Range<Int>, dek: Int?, bio: Int?,
    paragraphCount: Int, firstLine: Int, lastLine: Int, highlights: Range<Int>,
    quotes: Range<Int>, related: [RelatedLink]
  ) {
    self.number = number
    self.title = title
    self.authors = authors
    self.authorDescription = authorDescription
    self.date = date
    self.dateText = dateText
    self.blocks = blocks
    self.dek = dek
    self.bio = bio
    self.paragraphCount = paragraphCount
    self.firstLine = firstLine
    self.lastLine = lastLine
    self.highlights = highlights
    self.quotes = quotes
    self.related = related
  }
}
