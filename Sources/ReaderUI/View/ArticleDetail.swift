import ReaderCore

extension ArticleListPane {
  /// `Author · 2025-02-13`, or whichever of the two the article has.
  static func detail(of article: Article) -> String {
    let authors = article.authors.joined(separator: ", ")
    let date = article.date?.iso ?? article.dateText ?? ""
    switch (authors.isEmpty, date.isEmpty) {
    case (false, false): return authors + " · " + date
    case (false, true): return authors
    case (true, false): return date
    case (true, true): return ""
    }
  }
}
