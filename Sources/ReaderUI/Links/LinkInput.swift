import ReaderCore

/// Links in the update. `Tab` (the key bound to `.focusNext`) with the reading pane focused
/// and a link in view selects the first link at or below the top of the view; then `Tab` and
/// `Shift-Tab` step through the article's links, scrolling to each, `Enter` follows one (the
/// article it names, else its address), `o` opens its address, `Esc` leaves the links. `Tab`
/// after the last link goes on to the next pane, so pane focus stays one key away; any other
/// key leaves the links and does what it always does.
extension Update {
  static func takesLinkKey(_ key: Key, _ model: ReaderModel, lines: WrappedLineCache) -> Bool {
    let action = model.keyBindings.action(for: key)
    if model.links.selected != nil {
      return key == .escape || key == .enter || key == .character("o")
        || action == .focusNext || action == .focusPrevious
    }
    let state = model.state
    return action == .focusNext && state.focus == .reading && model.notes.mode == .none
      && state.overlay == nil && state.search?.isEditing != true && !state.awaitsMark
      && state.articleNumber == nil && !state.skim
  }

  static func handleLinkKey(
    _ key: Key, in model: inout ReaderModel, lines: WrappedLineCache
  ) -> [Command] {
    model.state.message = nil
    guard let selected = model.links.selected else {
      guard let (link, links) = firstLinkInView(model, lines: lines) else {
        // No link in view: `Tab` moves the pane focus as it always does.
        return Update(model, lines: lines).reduce(&model.state, .key(key))
      }
      select(link, of: links, in: &model)
      return []
    }
    let action = model.keyBindings.action(for: key)
    switch key {
    case .escape:
      model.links.selected = nil
      return []
    case .enter:
      let target = model.links.target ?? article(namedBy: selected, in: model.document)
      return follow(selected, to: target, in: &model, lines: lines)
    case .character("o"):
      return openAddress(of: selected, in: &model)
    default:
      break
    }
    let links = ShownLink.links(inArticle: model.state.openArticle, of: model.document)
    guard let at = links.firstIndex(of: selected) else {
      model.links.selected = nil
      return []
    }
    let next = at + (action == .focusNext ? 1 : -1)
    guard links.indices.contains(next) else {
      model.links.selected = nil
      guard action == .focusNext else { return [] }
      return Update(model, lines: lines).reduce(&model.state, .key(key))
    }
    select(links[next], of: links, in: &model)
    reveal(links[next], in: &model, lines: lines)
    return []
  }

  /// Selects `link`, one of `links`, finding once what the status line and `Enter` need.
  /// Only a related entry, or a link without an address, is matched against every title here,
  /// for the status line; a link to the web is matched when `Enter` follows it.
  private static func select(_ link: ShownLink, of links: [ShownLink], in model: inout ReaderModel)
  {
    model.links.selected = link
    model.links.position = links.firstIndex(of: link) ?? 0
    model.links.count = links.count
    let isEntry = model.document.blocks[link.block].kind == .relatedLink
    model.links.target =
      isEntry || link.address == nil ? article(namedBy: link, in: model.document) : nil
  }

  /// The article of the compilation whose title `link`'s title or text is.
  private static func article(namedBy link: ShownLink, in document: Document) -> Int? {
    let shown = ShownText(block: link.block, article: link.article, in: document)
    // A related entry's date tells apart two articles of the same title.
    let date = BlockText.relatedLink(at: link.block, article: link.article, in: document)?.date
    return TitleMatch.article(titled: link.title, date: date, in: document)
      ?? TitleMatch.article(titled: shown.string(link.range), date: date, in: document)
  }

  /// The first link of the open article whose text starts on a line in view at or below the
  /// top line.
  private static func firstLinkInView(_ model: ReaderModel, lines: WrappedLineCache)
    -> (link: ShownLink, all: [ShownLink])?
  {
    let state = model.state
    guard let view = Update(model, lines: lines).readingView(state), view.lines.count > 0 else {
      return nil
    }
    let topBlock = view.lines.line(at: view.top).block
    let links = ShownLink.links(inArticle: state.openArticle, of: model.document)
    // A link on the title's first row is in the pane's header, always in view.
    if let first = links.first, isInHeader(first, view.lines) { return (first, links) }
    for link in links where link.block >= topBlock {
      guard let line = line(of: link, in: view.lines) else { continue }
      if line >= view.top + view.height { return nil }
      if line >= view.top { return (link, links) }
    }
    return nil
  }

  /// Whether `link` starts on the title's first row, which the pane's header shows.
  static func isInHeader(_ link: ShownLink, _ lines: ArticleLines) -> Bool {
    guard let title = lines.headerTitle(), title.block == link.block else { return false }
    return title.offsets.contains { $0 >= link.range.lowerBound }
      && line(of: link, in: lines) == nil
  }

  /// The line on which `link`'s text starts.
  static func line(of link: ShownLink, in lines: ArticleLines) -> Int? {
    guard var index = lines.firstLine(ofBlock: link.block) else { return nil }
    while index < lines.count {
      let line = lines.line(at: index)
      guard line.block == link.block, line.part == 0 else { return nil }
      if line.offsets.contains(where: { $0 >= link.range.lowerBound }) { return index }
      index += 1
    }
    return nil
  }

  /// Scrolls so that `link` is in view: at the bottom when it was below, at the top when above.
  private static func reveal(
    _ link: ShownLink, in model: inout ReaderModel, lines: WrappedLineCache
  ) {
    guard let view = Update(model, lines: lines).readingView(model.state),
      let line = line(of: link, in: view.lines)
    else { return }
    if line >= view.top + view.height {
      model.state.anchor = view.anchor(showing: line, context: view.height - 1)
    } else if line < view.top {
      model.state.anchor = view.anchor(showing: line, context: 0)
    }
  }

  /// `Enter`: the article of this compilation the link names, else its address.
  private static func follow(
    _ link: ShownLink, to target: Int?, in model: inout ReaderModel, lines: WrappedLineCache
  ) -> [Command] {
    guard let target else {
      guard link.address != nil else {
        model.state.message =
          "no article here is titled “\(link.title)”, and the link has no address"
        return []
      }
      return openAddress(of: link, in: &model)
    }
    let update = Update(model, lines: lines)
    guard update.articles(model.state).contains(target) else {
      model.state.message = "that article is not by \(model.state.authorFilter ?? ""): A shows all"
      return []
    }
    let before = place(model.state)
    update.open(&model.state, article: target)
    model.state.previousPlace = before
    model.links.selected = nil
    model.state.message = "article \(model.document.articles[target].number) ('' goes back)"
    return saveCommand(&model).map { [$0] } ?? []
  }

  /// `o`, or `Enter` on a link to elsewhere: the address, shown and opened, or refused.
  private static func openAddress(of link: ShownLink, in model: inout ReaderModel) -> [Command] {
    guard let address = link.address else {
      model.state.message = "this link has no address"
      return []
    }
    switch LinkAddress.verdict(address) {
    case .open:
      model.state.message = "opening \(address)"
      return [.openAddress(address)]
    case .refused(let why):
      model.state.message = why
      return []
    }
  }
}
