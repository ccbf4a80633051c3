import ReaderCore

/// The articles the user can move between: all of them, or one author's.
public struct ArticleSet: Sendable, Hashable {
  private enum Storage: Sendable, Hashable {
    case all(Int)
    case some([Int])
  }

  private let storage: Storage

  /// Every article of `document`, or only `author`'s when the filter is on.
  public init(document: Document, author: String?) {
    if let author, let entry = document.authors.entry(named: author) {
      storage = .some(entry.articles)
    } else {
      storage = .all(document.articles.count)
    }
  }

  public var count: Int {
    switch storage {
    case .all(let count): return count
    case .some(let list): return list.count
    }
  }

  public var isEmpty: Bool { count == 0 }

  /// Whether this is every article (no author filter).
  public var isEveryArticle: Bool {
    if case .all = storage { return true }
    return false
  }

  /// The article index (into `Document.articles`) at `position` (0-based, in this set).
  public subscript(position: Int) -> Int {
    switch storage {
    case .all: return position
    case .some(let list): return list[position]
    }
  }

  /// The position in this set of the article `article`, or nil when it is not in it.
  public func position(of article: Int) -> Int? {
    switch storage {
    case .all(let count): return article >= 0 && article < count ? article : nil
    case .some(let list):
      let position = ArticleSet.partition(list) { $0 < article }
      return position < list.count && list[position] == article ? position : nil
    }
  }

  public func contains(_ article: Int) -> Bool { position(of: article) != nil }

  /// The position of the first article at or after `article` (in document order), or nil.
  public func firstPosition(atOrAfter article: Int) -> Int? {
    switch storage {
    case .all(let count): return article < count ? max(0, article) : nil
    case .some(let list):
      let position = ArticleSet.partition(list) { $0 < article }
      return position < list.count ? position : nil
    }
  }

  /// The position of the last article at or before `article` (in document order), or nil.
  public func lastPosition(atOrBefore article: Int) -> Int? {
    switch storage {
    case .all(let count): return article >= 0 && count > 0 ? min(count - 1, article) : nil
    case .some(let list):
      let position = ArticleSet.partition(list) { $0 <= article }
      return position > 0 ? position - 1 : nil
    }
  }

  /// The first position in the ascending `list` where `isBefore` is false: an author's list
  /// can hold thousands of articles, and these lookups run on every key and every frame.
  private static func partition(_ list: [Int], _ isBefore: (Int) -> Bool) -> Int {
    var low = 0
    var high = list.count
    while low < high {
      let middle = (low + high) / 2
      if isBefore(list[middle]) { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
