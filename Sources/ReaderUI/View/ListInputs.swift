/// Everything the article list's view model is made from (`PaneModels.articleList`): while
/// these are equal, the list of the frame before is the list of this one, and is not made
/// again (on a full list, a sixth of the work of a `j`).
struct ListInputs: Equatable {
  /// Which parse of the text the document is (a reload or a conversion starts another).
  var generation: Int
  /// The document as far as it is indexed: snapshots of one generation only add articles at
  /// the end, and front and back matter once indexing is complete.
  var articleCount: Int
  var isIndexed: Bool
  var layout: Layout
  var isFocused: Bool
  var authorFilter: String?
  var listSelection: Int
  var listMatter: MatterSide?
  var openArticle: Int
  var openMatter: MatterSide?

  init(_ model: ReaderModel) {
    let state = model.state
    generation = model.generation
    articleCount = model.document.articles.count
    isIndexed = model.indexing == nil
    layout = state.layout
    isFocused = state.focus == .list
    authorFilter = state.authorFilter
    listSelection = state.listSelection
    listMatter = state.listMatter
    openArticle = state.openArticle
    openMatter = state.openMatter
  }
}
