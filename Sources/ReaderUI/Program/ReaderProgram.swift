import ReaderCore
import ReaderScreen

/// The reader as a `Program`: the document, the state, and the functions between them.
///
/// The backend sends a `.resize` before the first key so paging knows the pane's height;
/// `render` works for any size either way.
public struct ReaderProgram: Program {
  public let document: Document
  public let options: ReaderOptions
  public private(set) var state: AppState
  private let reducer: Reducer

  /// Opens `document` at its first article (the first of the filtered author's, if any).
  /// `options.authorFilter` should come from `resolveAuthor`; a name the document does not
  /// know is ignored.
  public init(document: Document, options: ReaderOptions) {
    self.document = document
    self.options = options
    reducer = Reducer(document: document, cache: LineCache(), mouseEnabled: options.mouse)
    var state = AppState()
    if !document.articles.isEmpty {
      reducer.open(&state, article: 0)
    }
    if let author = options.authorFilter, let entry = document.authors.entry(named: author) {
      reducer.applyAuthorFilter(&state, entry.name)
    }
    self.state = state
  }

  public mutating func handle(_ event: Event) {
    reducer.reduce(&state, event)
  }

  public func render(width: Int, height: Int) -> Screen {
    Renderer(reducer: reducer, state: state, fileLabel: options.fileLabel)
      .render(width: width, height: height)
  }

  public var isFinished: Bool { state.isFinished }

  /// Nothing in the interface changes by itself: messages go with the next key.
  public var tickInterval: Int? { nil }
}
