import TerminalText

/// The compilation's authors, each with the articles they wrote.
///
/// Names are shown as first written; lookups ignore case.
public struct AuthorIndex: Sendable, Hashable {
  /// One author and their articles.
  public struct Entry: Sendable, Hashable {
    public var name: String
    /// Indexes into `Document.articles`, ascending.
    public var articles: [Int]

    public init(name: String, articles: [Int]) {
      self.name = name
      self.articles = articles
    }
  }

  /// In order of first appearance.
  public private(set) var entries: [Entry] = []
  private var positionByKey: [String: Int] = [:]

  public init() {}

  /// Builds the index from the articles' bylines.
  public init(articles: [Article]) {
    for (index, article) in articles.enumerated() {
      for name in article.authors { add(name, article: index) }
    }
  }

  /// Records that `name` wrote the article at `article` (an index into `Document.articles`).
  public mutating func add(_ name: String, article: Int) {
    let key = AuthorIndex.key(name)
    if let position = positionByKey[key] {
      if entries[position].articles.last != article { entries[position].articles.append(article) }
    } else {
      positionByKey[key] = entries.count
      entries.append(Entry(name: name, articles: [article]))
    }
  }

  /// The entry whose full name is `name`, ignoring case.
  public func entry(named name: String) -> Entry? {
    positionByKey[AuthorIndex.key(name)].map { entries[$0] }
  }

  /// Entries matching `query` as a full name or as a surname (the last word), ignoring case.
  /// A full-name match wins over surname matches.
  public func matches(_ query: String) -> [Entry] {
    if let exact = entry(named: query) { return [exact] }
    let wanted = AuthorIndex.key(query)
    return entries.filter { entry in
      let words = entry.name.split(separator: " ")
      guard let last = words.last else { return false }
      return AuthorIndex.key(String(last)) == wanted
    }
  }

  static func key(_ name: String) -> String {
    // ASCII names (most of them) are folded byte by byte: the index is built once per article
    // while the file is read, and splitting and lowercasing Strings cost more than the parse.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count)
    var pendingSpace = false
    for byte in name.utf8 {
      if byte >= 0x80 {
        return folded(
          name.split(whereSeparator: { $0 == " " || $0 == "\t" }).joinedText(separator: " ")
            .lowercased())
      }
      if byte == 0x20 || byte == 0x09 {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Typographic apostrophes and hyphens as the keyboard types them: `--author "O'Brien"`
  /// finds `O’Brien`, as the author picker does.
  private static func folded(_ key: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in key.unicodeScalars {
      switch scalar.value {
      case 0x2018, 0x2019, 0x02BC, 0x2032: scalars.append("'")
      case 0x2010, 0x2011: scalars.append("-")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
