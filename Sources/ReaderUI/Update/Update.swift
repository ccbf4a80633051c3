import ReaderCore
import ReaderStore
import TerminalText

/// The update: the one place state changes. `apply` takes an event and returns the commands
/// the runtime should carry out; everything else here is the transitions and queries it is
/// made of, working on one document and one wrapped-line cache for the length of a call.
///
/// The cache (`WrappedLineCache`) belongs to the view layer: turning "scroll a page" into a
/// new anchor needs the article's lines at the pane's width, and the same lines are what the
/// reading pane draws. It memoises a pure function, so it is no part of the state.
struct Update {
  let document: Document
  let lines: WrappedLineCache
  let mouseEnabled: Bool
  /// What keys do outside overlays and the search prompt.
  var keyBindings = KeyBindings()
  /// Bytes a typed search reads before the rest of its scan goes on as idle work.
  var scanSliceBytes = Update.scanSliceBytes
  /// Which parse of the text `document` is (the line cache's key).
  var generation = 0
  /// How much of the file is indexed, while indexing goes on; nil once the document is whole.
  var indexingPercent: Int? = nil
  /// Your highlights (where each stands, and as stored), for the `H` list.
  var yourPlaces: [String: TextSpan] = [:]
  var yourAnnotations: [StoredAnnotation] = []

  /// The update for `model`'s document and progress.
  init(_ model: ReaderModel, lines: WrappedLineCache) {
    self.init(
      document: model.document, lines: lines, mouseEnabled: model.mouseEnabled,
      indexingPercent: model.indexingPercent)
    generation = model.generation
    keyBindings = model.keyBindings
    scanSliceBytes = model.searchSliceBytes
    yourPlaces = model.notes.placed
    yourAnnotations = model.memory.annotations
  }

  /// Your highlights in reading order, those whose text is gone last.
  var yours: [YourHighlight] {
    YourHighlight.all(placed: yourPlaces, annotations: yourAnnotations)
  }

  init(
    document: Document, lines: WrappedLineCache, mouseEnabled: Bool, indexingPercent: Int? = nil
  ) {
    self.document = document
    self.lines = lines
    self.mouseEnabled = mouseEnabled
    self.indexingPercent = indexingPercent
  }

  /// Applies `event` to `model` and returns the work it calls for.
  /// Whether a prompt, a list, a selection or a pending key is open: Ctrl-C then cancels it
  /// as `Esc` does, and only a second one quits.
  static func hasInputOpen(_ model: ReaderModel) -> Bool {
    model.state.search?.isEditing == true || model.notes.mode != .none
      || model.state.overlay != nil || model.state.awaitsMark || model.links.selected != nil
  }

  static func apply(
    _ event: Event, to model: inout ReaderModel, lines: WrappedLineCache
  ) -> [Command] {
    if case .key(.control("c")) = event, hasInputOpen(model) {
      var commands = apply(.key(.escape), to: &model, lines: lines)
      if hasInputOpen(model) { commands += apply(.key(.escape), to: &model, lines: lines) }
      let said = model.state.message.map { $0 + " — " } ?? ""
      model.state.message = said + "Ctrl-C again quits"
      return commands
    }
    // Any key (but a repaint) or the mouse, in every mode, stops following the end that `G`
    // asked for; `G` itself asks again below.
    switch event {
    case .key(let key) where !isRedrawKey(key, model): model.state.followsEnd = false
    case .mouse, .paste: model.state.followsEnd = false
    default: break
    }
    let counting = CountProgress(model)
    let scanning = model.state.search?.scan
    let ranking = model.state.search?.ranking
    var commands: [Command] = []
    switch event {
    case .indexed(let snapshot):
      let previous = takeSnapshot(snapshot, into: &model, lines: lines)
      commands.append(.releaseDocument(SupersededDocument(previous)))
      retryRestore(&model, lines: lines)
      placeAnnotations(&model)
    case .matchesCounted(let slice):
      takeCount(slice, into: &model)
    case .matchRanked(let slice):
      takeRank(slice, into: &model)
    case .matchScanned(let slice):
      // A slice of a scan that a later key or parse replaced is dropped.
      if model.state.search?.scan == slice.request {
        Update(model, lines: lines).takeScan(slice, into: &model.state)
      }
    case .memoryOpened(let opening):
      takeMemory(opening, into: &model, lines: lines)
      placeAnnotations(&model)
    case .memoryWarning(let warning):
      model.notes.pendingKeep = nil
      if warning.message.contains("your place") {
        guard model.memory.lastPlaceWarning != warning.message else { break }
        model.memory.lastPlaceWarning = warning.message
      }
      model.state.message = warning.message
    case .fileGone:
      model.fileChanged = true
      model.fileGone = true
      model.state.message = Update.fileGoneMessage
    case .fileChanged:
      model.fileChanged = true
      model.fileGone = false
      model.state.message = Update.fileChangedMessage
    case .reloaded(let snapshot):
      takeReload(snapshot, into: &model, lines: lines)
      // Selections point into the old text; your highlights are found again in the new one.
      model.notes.mode = .none
      model.notes.selected = nil
      model.notes.pendingKeep = nil
      placeAnnotations(&model)
    case .reloadFailed(let reason):
      // The text read before stays: say so, without the program's name of a stderr line.
      let why = reason.hasPrefix("reader: ") ? String(reason.dropFirst(8)) : reason
      model.state.message = "not reloaded: \(why); still showing the text as read"
    case .annotationSaved(let annotation):
      takeSaved(annotation, into: &model)
    case .annotationRemoved(let id):
      takeRemoved(id, into: &model, lines: lines)
    case .addressNotOpened(let reason), .notice(let reason):
      model.state.message = reason
    case .suggested(let result):
      takeSuggestions(result, into: &model)
    case .rested:
      if let save = saveCommand(&model) { commands.append(save) }
    case .key(let key) where isRedrawKey(key, model):
      // In every mode, prompts, lists and selection included: none of them takes a control
      // key as text, and what the terminal shows may be spoilt while one is open.
      commands.append(.redraw)
    case .key(let key) where takesLinkKey(key, model, lines: lines):
      commands += handleLinkKey(key, in: &model, lines: lines)
    case .key(let key) where goneHighlightChosen(by: key, model) != nil:
      model.state.message = nil
      model.notes.mode = .confirmingRemoval(id: goneHighlightChosen(by: key, model)!)
    case .key(let key) where takesNotesKey(key, model):
      commands += handleNotesKey(key, in: &model, lines: lines)
    case .paste(let text) where model.notes.isEditingNote:
      typeIntoNote(text, in: &model)
    case .key(let key) where isReloadKey(key, model.state):
      model.state.message = nil
      if let path = reloadablePath(model.document) {
        commands.append(.reload(path: path))
        model.state.message = "reloading…"
      } else {
        model.state.message = "nothing to reload: \(model.document.source) is not a file"
      }
    default:
      if case .key = event {
        model.notes.selected = nil
        model.links.selected = nil
      }
      if case .mouse(let mouse) = event { trackDrag(mouse, in: &model, lines: lines) }
      let article = model.state.openArticle
      commands += Update(model, lines: lines).reduce(&model.state, event)
      if model.state.openArticle != article { dropHighlightLeftBehind(&model) }
      if model.state.isFinished && model.indexing != nil { commands.append(.cancelIndexing) }
      // Saved on quitting and on each change of article, so a crash loses one article's
      // reading at most.
      if model.state.isFinished || model.state.openArticle != article {
        if let save = saveCommand(&model) { commands.append(save) }
      } else if let save = restingSaveCommand(&model) {
        commands.append(save)
      }
    }
    if let request = CountProgress(model).nextRequest(after: counting) {
      commands.append(.countMatches(request))
    }
    if let scan = model.state.search?.scan, scan != scanning {
      commands.append(.scanForMatch(scan))
    }
    if let rank = model.state.search?.ranking, rank != ranking {
      commands.append(.rankMatch(rank))
    }
    return commands
  }

  /// Whether `key` is a control key bound to repainting the terminal (`Ctrl-L`).
  private static func isRedrawKey(_ key: Key, _ model: ReaderModel) -> Bool {
    guard case .control = key else { return false }
    return model.keyBindings.action(for: key) == .redraw
  }

  /// The status line counts the current highlight only while its article is open: `}` from
  /// a highlight jumped to showed "Article 3/5 │ Highlight 1/17".
  private static func dropHighlightLeftBehind(_ model: inout ReaderModel) {
    guard let current = model.state.currentHighlight else { return }
    let highlights = model.document.highlights
    if current >= highlights.count || highlights[current].article != model.state.openArticle {
      model.state.currentHighlight = nil
    }
  }

  /// The commands a freshly made model needs: indexing the rest of the file, if any is left.
  static func start(_ model: inout ReaderModel, lines: WrappedLineCache) -> [Command] {
    if !model.document.articles.isEmpty {
      Update(model, lines: lines).open(&model.state, article: 0)
    }
    applyPendingAuthor(&model, lines: lines)
    var commands: [Command] = model.indexing == nil ? [] : [.startIndexing]
    if model.memory.status == .opening {
      model.memory.startPlace = place(model.state)
      commands.append(.openMemory)
    }
    return commands
  }

  /// Takes a newer snapshot of the document from the indexer.
  /// Takes `snapshot`'s document into the model; returns the one it replaced.
  private static func takeSnapshot(
    _ snapshot: IndexSnapshot, into model: inout ReaderModel, lines: WrappedLineCache
  ) -> Document {
    let shown = model.document.articles.count
    let previous = model.document
    model.document = snapshot.document
    model.indexing = IndexProgress(snapshot)
    if snapshot.generation != model.indexerGeneration {
      model.indexerGeneration = snapshot.generation
      model.generation += 1
      // The text was parsed again from its start (converted, or a markup file's whole source
      // after its prefix): the place is kept as a reload keeps it.
      let old = model.state
      model.state =
        shown == 0
        ? AppState(width: old.width, height: old.height)
        : placeKept(from: old, in: previous, model: model, lines: lines)
      if shown > 0 {
        carryOver(from: old, in: previous, into: &model.state, model: model, lines: lines)
      }
      if shown == 0 && !model.document.articles.isEmpty {
        Update(model, lines: lines).open(&model.state, article: 0)
      }
    } else if shown == 0 && !model.document.articles.isEmpty {
      // Snapshots only add to the end, and only closed articles: the state stays right.
      Update(model, lines: lines).open(&model.state, article: 0)
    }
    applyPendingAuthor(&model, lines: lines)
    followEnd(&model, lines: lines)
    return previous
  }

  /// Goes on to the end of the article `G` asked for while it was being read, as far as it
  /// is read now; once it is complete, stops following.
  private static func followEnd(_ model: inout ReaderModel, lines: WrappedLineCache) {
    guard model.state.followsEnd else { return }
    let document = model.document
    // The open article is the one followed: only a key or the mouse opens another, and
    // either stops the following. It may have closed since (the next article began, or a
    // new parse replaced a prefix): one last step reaches its end and stops.
    guard model.state.focus == .reading, model.state.openMatter == nil,
      document.articles.indices.contains(model.state.openArticle)
    else {
      model.state.followsEnd = false
      return
    }
    Update(model, lines: lines).step(&model.state, by: Int.max / 2)
    // Complete now: what the status line said while it was read is no longer true.
    if !model.state.followsEnd && model.state.message == Update.endReadSoFarMessage {
      model.state.message = "end of the article"
    }
  }

  /// Applies the command line's author filter once the index knows the author, or drops it
  /// when the whole document is indexed without them.
  private static func applyPendingAuthor(_ model: inout ReaderModel, lines: WrappedLineCache) {
    guard let author = model.pendingAuthor else { return }
    if let entry = model.document.authors.entry(named: author) {
      Update(model, lines: lines).applyAuthorFilter(&model.state, entry.name)
      model.pendingAuthor = nil
    } else if model.indexing == nil {
      model.pendingAuthor = nil
      model.state.message = "no article by \(author) now: showing all articles"
    }
  }

  /// The articles the user moves between under the current filter.
  func articles(_ state: AppState) -> ArticleSet {
    ArticleSet(document: document, author: state.authorFilter)
  }

  /// What the status line says when the file changes or goes; the lasting item that says it
  /// too waits until the message has been read (the next key).
  static let fileChangedMessage = "the file changed on disk: R reloads it"
  static let fileGoneMessage = "the file is gone from disk: still showing the text as read"

  func reduce(_ state: inout AppState, _ event: Event) -> [Command] {
    var commands: [Command] = []
    switch event {
    case .resize(let width, let height):
      state.width = max(0, width)
      state.height = max(0, height)
    case .tick, .indexed, .matchesCounted, .matchScanned, .matchRanked, .memoryOpened,
      .memoryWarning,
      .fileChanged, .fileGone,
      .reloaded, .reloadFailed, .annotationSaved, .annotationRemoved, .addressNotOpened,
      .suggested, .rested, .notice:
      break
    case .paste(let text):
      // Only a prompt takes pasted text: as keys it would be a string of commands.
      if state.search?.isEditing == true {
        pasteIntoSearch(&state, text)
      } else if case .authorPicker(let query, _) = state.overlay {
        var line = LineEdit(query, cursor: state.promptCursor)
        line.insert(Update.oneLine(text))
        state.promptCursor = line.cursor
        state.overlay = .authorPicker(query: line.text, selection: 0)
      }
    case .mouse(let mouse):
      if mouseEnabled { handleMouse(&state, mouse) }
    case .key(let key):
      state.message = nil
      let before = state.search?.isEditing == true ? state.search!.origin : Update.place(state)
      var scrolled = false
      if state.awaitsMark {
        state.awaitsMark = false
        if key == .character("'") { jumpBack(&state) }
        return commands
      } else if state.search?.isEditing == true {
        handleSearchInput(&state, key)
      } else if let overlay = state.overlay {
        handleOverlay(&state, overlay, key)
      } else if handleArticleNumber(&state, key) {
        // A digit, or the Enter that opens the article typed: nothing else to do.
      } else if let action = keyBindings.action(for: key) {
        scrolled = [.down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp].contains(action)
        if action == .redraw {
          commands.append(.redraw)
        } else if action == .suggest {
          commands += requestSuggestions(&state)
        } else {
          perform(&state, action)
        }
      }
      // A move that is not a scroll is a jump: `''` comes back from it.
      if !scrolled && state.search?.isEditing != true && Update.place(state) != before {
        state.previousPlace = before
      }
    }
    if !state.layout.shows(state.focus) { state.focus = .reading }
    Update.closeOverlayWithoutRoom(&state)
    return commands
  }

  func perform(_ state: inout AppState, _ action: Action) {
    let set = articles(state)
    switch action {
    case .quit: state.isFinished = true
    case .help: state.overlay = .help(offset: 0)
    case .digit, .redraw, .suggest: break
    case .focusNext, .focusPrevious:
      let order = Pane.allCases.filter { state.layout.shows($0) }
      if let at = order.firstIndex(of: state.focus) {
        let step = action == .focusNext ? 1 : order.count - 1
        state.focus = order[(at + step) % order.count]
      }
    case .down: step(&state, by: 1)
    case .up: step(&state, by: -1)
    case .pageDown: step(&state, by: pageSize(state, of: state.focus))
    case .pageUp: step(&state, by: -pageSize(state, of: state.focus))
    case .halfPageDown: step(&state, by: max(1, pageSize(state, of: state.focus) / 2))
    case .halfPageUp: step(&state, by: -max(1, pageSize(state, of: state.focus) / 2))
    case .top: step(&state, by: Int.min / 2)
    case .bottom: step(&state, by: Int.max / 2)
    case .activate:
      switch state.focus {
      case .list:
        if let side = state.listMatter, side.matter(of: document) != nil {
          state.openMatter = side
          state.matterTop = 0
          state.focus = .reading
        } else if set.contains(state.listSelection) {
          open(&state, article: state.listSelection)
          state.focus = .reading
        }
      case .sidebar:
        if let quote = sidebarCurrent(state) { jump(&state, toQuote: quote) }
      case .reading: break
      }
    case .highlightList:
      if usesSuggestions(state) { openSuggestionList(&state) } else { openHighlightList(&state) }
    case .toggleSkim: toggleSkim(&state)
    case .nextHighlight: stepHighlight(&state, forward: true)
    case .previousHighlight: stepHighlight(&state, forward: false)
    case .nextArticle, .previousArticle:
      // The matter stands before the first article and after the last; `}` `{` leave it.
      let matterPosition = state.openMatter.map { $0 == .front ? -1 : set.count }
      guard let position = matterPosition ?? set.position(of: state.openArticle) else {
        if set.isEmpty {
          state.message = Update.noArticleMessage
        } else {
          open(&state, article: set[0])
        }
        return
      }
      let target = position + (action == .nextArticle ? 1 : -1)
      if target < 0 {
        state.message = "already at the first article"
      } else if target >= set.count {
        state.message =
          indexingPercent.map { "indexing \($0)%: no further articles yet" }
          ?? "already at the last article"
      } else {
        open(&state, article: set[target])
      }
    case .authorPicker:
      if document.authors.entries.isEmpty {
        state.message = "no authors in this file"
      } else {
        state.overlay = .authorPicker(query: "", selection: 0)
        state.promptCursor = nil
      }
    case .clearAuthor:
      if state.authorFilter != nil {
        state.authorFilter = nil
        state.message = "showing all articles"
        state.search?.count = MatchCount()
      }
    case .search:
      state.search = SearchState(
        query: "", isEditing: true,
        origin: ReadingOrigin(article: state.openArticle, anchor: state.anchor), current: nil)
      state.promptCursor = nil
    case .nextMatch: stepMatch(&state, forward: true)
    case .previousMatch: stepMatch(&state, forward: false)
    case .toggleSidebar:
      state.sidebarChoice = !state.layout.shows(.sidebar)
      if state.sidebarChoice == true && !state.layout.shows(.sidebar) {
        state.message =
          "no room for the sidebar at this width"
          + (state.layout.shows(.list) ? ": l hides the list" : "")
      }
    case .toggleList:
      state.listChoice = !state.layout.shows(.list)
      if state.listChoice == true && !state.layout.shows(.list) {
        state.message = "no room for the article list at this width"
      }
    case .escape:
      if state.search != nil { state.search = nil }
    case .mark:
      state.awaitsMark = true
    }
  }

  /// Moves whatever the focused pane moves: the list selection, the sidebar selection, or
  /// the reading position.
  func move(_ state: inout AppState, by delta: Int) {
    switch state.focus {
    case .list:
      let rows = ListRows(self, state)
      guard !rows.set.isEmpty else { return }
      let target = clamp(rows.selectedSlot(state) + delta, 0, rows.slotCount - 1)
      switch rows.slot(target) {
      case .frontMatter: state.listMatter = .front
      case .backMatter: state.listMatter = .back
      case .article(let position):
        state.listMatter = nil
        state.listSelection = rows.set[position]
      case nil: break
      }
    case .sidebar:
      guard let quotes = openQuotes(state), !quotes.isEmpty else { return }
      let current = sidebarCurrent(state) ?? quotes.lowerBound
      state.sidebarSelection = clamp(current + delta, quotes.lowerBound, quotes.upperBound - 1)
    case .reading:
      if state.openMatter != nil {
        state.matterTop = clamp(state.matterTop + delta, 0, matterMaxTop(state))
      } else {
        scroll(&state, by: delta)
      }
    }
  }

  func pageSize(_ state: AppState, of pane: Pane) -> Int {
    let rows = state.layout.contentRows
    switch pane {
    case .list: return max(1, rows / 2 - 1)
    case .sidebar, .reading: return max(1, rows - 2)
    }
  }
}

func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { min(max(value, low), max(low, high)) }

extension Update {
  /// Pasted text as one line of a prompt: line breaks and other controls become spaces.
  static func oneLine(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { VisibleControl.isControl($0.value) ? " " : $0 }))
  }
}
