/// A link the page suggests reading next: `TITLE [DATE] note`.
public struct RelatedLink: Sendable, Hashable {
  public var title: String
  public var date: CalendarDate?
  public var dateText: String?
  public var note: String?
  /// Index into `Document.blocks` of the `.relatedLink` block.
  public var block: Int
  /// The link's address, when the input had one (Markdown and web pages).
  public var url: String?

  public init(
    title: String, date: CalendarDate?, dateText: String?, note: String?, block: Int,
    url: String? = nil
  ) {
    self.url = url
    self.title = title
    self.date = date
    self.dateText = dateText
    self.note = note
    self.block = block
  }
}
