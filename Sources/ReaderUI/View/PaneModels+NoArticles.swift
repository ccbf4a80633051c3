import ReaderCore

extension PaneModels {
  /// What the reading pane says when the document has no articles: a web page with nothing
  /// left once its furniture is dropped (a script-only page) is told apart from an empty file.
  static func noArticles(_ input: InputFormat) -> String {
    switch input {
    case .text: return "This file holds no articles."
    case .markdown: return "This Markdown file holds no text."
    case .html: return "This web page holds no paragraphs of text."
    }
  }
}
