import ReaderCore
import ReaderStore

extension NotesState {
  var isEditingNote: Bool {
    if case .editingNote = mode { return true }
    return false
  }
}

/// Your highlights and notes in the update: selection mode (`v`, `j` `k` move to the next or
/// previous sentence, `w` `b` `)` `(` `$` extend, `h` keeps, `Esc` cancels), the note editor (`c`), removal (`d`, then `y`), and the store's
/// confirmations, which alone say that something was kept.
extension Update {
  /// Whether `key` goes to the notes rather than to the ordinary bindings: every key while a
  /// mode is on (but `Ctrl-C`, which `apply` turns into `Esc` first), else `v`, `c` and `d` in
  /// the reading.
  static func takesNotesKey(_ key: Key, _ model: ReaderModel) -> Bool {
    if key == .control("c") { return false }
    if model.notes.mode != .none { return true }
    let state = model.state
    // With no article yet, `v` and `c` still answer (`nothing to select`).
    guard state.search?.isEditing != true, state.overlay == nil, !state.awaitsMark
    else { return false }
    return key == .character("v") || key == .character("c") || key == .character("d")
  }

  static func handleNotesKey(
    _ key: Key, in model: inout ReaderModel, lines: WrappedLineCache
  ) -> [Command] {
    model.state.message = nil
    switch model.notes.mode {
    case .none:
      let here = yourHighlightHere(model, lines: lines)
      switch key {
      case .character("v"):
        startSelection(&model, lines: lines)
      case .character("c"):
        guard let id = here else {
          // With history off there is nothing to select for either: say so at once.
          model.state.message =
            model.memory.status == .off
            ? "history is off: notes are not kept"
            : "no highlight of yours here (v selects text)"
          return []
        }
        model.notes.mode = .editingNote(.highlight(id), text: note(of: id, model) ?? "")
        model.state.promptCursor = nil
      case .character("d"):
        guard let id = here else {
          model.state.message = "no highlight of yours here"
          return []
        }
        model.notes.mode = .confirmingRemoval(id: id)
      default:
        break
      }
      return []
    case .selecting(let span):
      let commands = selectionKey(key, span, in: &model, lines: lines)
      if case .selecting(let extended) = model.notes.mode, extended != span {
        reveal(extended, in: &model, lines: lines)
      }
      return commands
    case .editingNote(let target, let text):
      return noteKey(key, target, text, in: &model)
    case .confirmingRemoval(let id):
      model.notes.mode = .none
      guard key == .character("y") else {
        model.state.message = "highlight not removed"
        return []
      }
      return [.removeAnnotation(id: id)]
    }
  }

  /// Pasted text goes into the note as it is, controls and all (a note is stored as typed and
  /// shown with its controls visible), but for its line breaks, which the terminal sent as
  /// carriage returns: they are kept as line feeds.
  static func typeIntoNote(_ text: String, in model: inout ReaderModel) {
    guard case .editingNote(let target, let typed) = model.notes.mode else { return }
    var line = LineEdit(typed, cursor: model.state.promptCursor)
    line.insert(PastedLineBreaks.asLineFeeds(text))
    model.state.promptCursor = line.cursor
    model.notes.mode = .editingNote(target, text: line.text)
  }

  // MARK: Selection mode

  /// `v`: selects the highlight of yours just kept, else the editor's highlight jumped to
  /// (when it is in the open article), else the first sentence starting at or after the top
  /// line of the view.
  private static func startSelection(_ model: inout ReaderModel, lines: WrappedLineCache) {
    let state = model.state
    let document = model.document
    if let selected = model.notes.selected, selected.article == state.openArticle {
      model.notes.mode = .selecting(selected)
      return
    }
    if let index = state.currentHighlight, index < document.highlights.count,
      document.highlights[index].article == state.openArticle,
      let span = editorHighlight(index, in: document)
    {
      model.notes.mode = .selecting(span)
      return
    }
    guard let view = Update(model, lines: lines).readingView(state), view.lines.count > 0 else {
      model.state.message = "nothing to select"
      return
    }
    let top = view.lines.line(at: view.top)
    var offset = top.row == ReadingAnchor.gap ? Int.max : (top.offsets.first { $0 >= 0 } ?? 0)
    let blocks = document.articles[state.openArticle].blocks
    var block = max(top.block, blocks.lowerBound)
    if top.part > 0 {
      // Past a long paragraph's first part, the only one a selection reaches (`ShownText`);
      // the line's offsets count from its own part, and taken as the first part's they chose
      // a sentence far above the view. A paragraph that starts lower in the view is chosen.
      let shown = view.top..<min(view.lines.count, view.top + view.height)
      guard
        let below = shown.lazy.map({ view.lines.line(at: $0).block }).first(where: { $0 > block })
      else {
        model.state.message =
          "past the first 64 KiB of this paragraph: its text cannot be selected there"
        return
      }
      block = below
      offset = 0
    }
    if view.top == 0 && view.lines.headerTitle() != nil {
      // At the top the title is on screen, in the pane's header.
      block = blocks.lowerBound
      offset = 0
    }
    let update = Update(model, lines: lines)
    while block < blocks.upperBound {
      let text = ShownText(block: block, article: state.openArticle, in: document)
      var from = offset
      while let sentence = text.sentence(startingAtOrAfter: from) {
        // The skim view leaves sentences out: one it does not show is not selected.
        let characters = String(decoding: text.text.utf8.prefix(sentence.lowerBound), as: UTF8.self)
          .count
        if !state.skim
          || update.skimShows(
            character: characters, inBlock: block, article: state.openArticle, state)
        {
          model.notes.mode = .selecting(
            TextSpan(article: state.openArticle, block: block, range: sentence))
          return
        }
        from = max(sentence.upperBound, sentence.lowerBound + 1)
      }
      block += 1
      offset = 0
    }
    model.state.message = "no text to select below the top of the view"
  }

  /// Where the editor's highlight `index` stands in its block's shown text.
  private static func editorHighlight(_ index: Int, in document: Document) -> TextSpan? {
    let highlight = document.highlights[index]
    // As `ShownText`: a long block's first part only.
    let first = LongBlock.parts(of: document.blocks[highlight.block], in: document)?.first
    let pieces = BlockText.pieces(
      of: highlight.block, article: highlight.article, in: document, part: first)
    var offset = 0
    var range: Range<Int>?
    for piece in pieces {
      let length = piece.text.utf8.count
      if piece.highlight == index {
        range = (range?.lowerBound ?? offset)..<offset + length
      }
      offset += length
    }
    return range.map { TextSpan(article: highlight.article, block: highlight.block, range: $0) }
  }

  private static func selectionKey(
    _ key: Key, _ span: TextSpan, in model: inout ReaderModel, lines: WrappedLineCache
  ) -> [Command] {
    let text = ShownText(block: span.block, article: span.article, in: model.document)
    let lower = span.range.lowerBound
    let upper = span.range.upperBound
    var span = span
    switch key {
    case .character("j"), .down:
      let shown = { (found: TextSpan) in isShown(found, model, lines: lines) }
      guard let next = sentence(after: span, in: model.document, where: shown) else {
        model.state.message = "no sentence after this one in the article"
        return []
      }
      span = next
    case .character("k"), .up:
      let shown = { (found: TextSpan) in isShown(found, model, lines: lines) }
      guard let previous = sentence(before: span, in: model.document, where: shown) else {
        model.state.message = "no sentence before this one in the article"
        return []
      }
      span = previous
    case .character("w"):
      span.range = lower..<max(upper, text.wordEnd(after: upper))
    case .character("b"):
      let end = text.wordEnd(before: upper)
      span.range = lower..<(end > lower ? end : text.wordEnd(after: lower))
    case .character(")"):
      span.range = lower..<max(upper, text.sentenceEnd(after: upper))
    case .character("("):
      if let end = text.sentenceEnd(before: upper, after: lower) { span.range = lower..<end }
    case .character("$"):
      span.range = lower..<max(upper, text.trimmedEnd)
    case .escape:
      model.notes.mode = .none
      model.state.message = "selection cancelled"
      return []
    case .character("h"):
      model.notes.mode = .none
      return keep(span, note: nil, in: &model)
    case .character("c"):
      if let id = model.notes.highlight(overlapping: span) {
        model.notes.mode = .editingNote(.highlight(id), text: note(of: id, model) ?? "")
        model.state.promptCursor = nil
      } else if let refusal = notKeptMessage(model) {
        // Said before a note is typed, not after: it could not be kept.
        model.state.message = refusal
      } else {
        model.notes.mode = .editingNote(.selection(span), text: "")
        model.state.promptCursor = nil
      }
      return []
    case .character("d"):
      if let id = model.notes.highlight(overlapping: span) {
        model.notes.mode = .confirmingRemoval(id: id)
      } else {
        model.state.message = "no highlight of yours in the selection"
      }
      return []
    default:
      // Every other key is held while text is selected: said, so it is not taken as read.
      model.state.message = "selecting: j k move, w b ( ) $ extend, h keeps, c notes, Esc cancels"
      return []
    }
    if span.range == lower..<upper {
      // An extension that could not go further answers too.
      switch key {
      case .character("w"), .character(")"), .character("$"):
        model.state.message = "the selection reaches the end of the paragraph"
      case .character("b"), .character("("):
        model.state.message = "the selection cannot get shorter"
      default: break
      }
    }
    model.notes.mode = .selecting(span)
    return []
  }

  /// How many sentences the skim view leaves out that `j` and `k` pass over before they give
  /// up: each costs its block's text decoded.
  static let hiddenSentencesPassedOver = 500

  /// The sentence after (or before) `span` that `shown` accepts, within
  /// `hiddenSentencesPassedOver` of it.
  private static func shownSentence(
    forward after: Bool, _ span: TextSpan, in document: Document,
    where shown: (TextSpan) -> Bool
  ) -> TextSpan? {
    var found = after ? sentence(after: span, in: document) : sentence(before: span, in: document)
    var passed = 0
    while let candidate = found, !shown(candidate), passed < hiddenSentencesPassedOver {
      passed += 1
      found =
        after ? sentence(after: candidate, in: document) : sentence(before: candidate, in: document)
    }
    return found.flatMap { shown($0) ? $0 : nil }
  }

  private static func sentence(
    after span: TextSpan, in document: Document, where shown: (TextSpan) -> Bool
  )
    -> TextSpan?
  {
    shownSentence(forward: true, span, in: document, where: shown)
  }

  private static func sentence(
    before span: TextSpan, in document: Document, where shown: (TextSpan) -> Bool
  )
    -> TextSpan?
  {
    shownSentence(forward: false, span, in: document, where: shown)
  }

  /// Whether the view shows the start of `span`: always, but for a sentence the skim view
  /// leaves out.
  private static func isShown(_ span: TextSpan, _ model: ReaderModel, lines: WrappedLineCache)
    -> Bool
  {
    guard model.state.skim else { return true }
    let text = ShownText(block: span.block, article: span.article, in: model.document)
    let characters = String(decoding: text.text.utf8.prefix(span.range.lowerBound), as: UTF8.self)
      .count
    return Update(model, lines: lines).skimShows(
      character: characters, inBlock: span.block, article: span.article, model.state)
  }

  /// The first sentence starting after `span`'s start, in its block or a later one of its
  /// article: where `j` moves a selection (a title or byline is a sentence).
  private static func sentence(after span: TextSpan, in document: Document) -> TextSpan? {
    let blocks = document.articles[span.article].blocks
    var block = span.block
    var offset = span.range.lowerBound + 1
    while block < blocks.upperBound {
      let text = ShownText(block: block, article: span.article, in: document)
      if let sentence = text.sentence(startingAtOrAfter: offset) {
        return TextSpan(article: span.article, block: block, range: sentence)
      }
      block += 1
      offset = 0
    }
    return nil
  }

  /// The last sentence starting before `span`, in its block or an earlier one: `k`.
  private static func sentence(before span: TextSpan, in document: Document) -> TextSpan? {
    let blocks = document.articles[span.article].blocks
    var block = span.block
    var offset = span.range.lowerBound
    while block >= blocks.lowerBound {
      let text = ShownText(block: block, article: span.article, in: document)
      if let sentence = text.sentence(startingBefore: offset) {
        return TextSpan(article: span.article, block: block, range: sentence)
      }
      block -= 1
      offset = Int.max
    }
    return nil
  }

  /// Scrolls so that the end of `span` is on screen: `$`, `)` and `j` may reach below the
  /// view; its start when `k` moved it above the view.
  private static func reveal(
    _ span: TextSpan, in model: inout ReaderModel, lines: WrappedLineCache
  ) {
    let update = Update(model, lines: lines)
    guard span.article == model.state.openArticle, let view = update.readingView(model.state),
      var line = view.lines.firstLine(ofBlock: span.block)
    else { return }
    while line + 1 < view.lines.count {
      let next = view.lines.line(at: line + 1)
      guard next.block == span.block, next.part == 0,
        let start = next.offsets.first(where: { $0 >= 0 }), start <= span.range.lowerBound
      else { break }
      line += 1
    }
    if line < view.top {
      model.state.anchor = view.anchor(showing: line, context: 0)
      return
    }
    let last = span.range.upperBound - 1
    while line + 1 < view.lines.count {
      let next = view.lines.line(at: line + 1)
      guard next.block == span.block, next.part == 0,
        let start = next.offsets.first(where: { $0 >= 0 }), start <= last
      else { break }
      line += 1
    }
    guard line >= view.top + view.height else { return }
    model.state.anchor = view.anchor(showing: line, context: view.height - 1)
  }

  /// Why nothing of yours can be kept now (history off, or the store not open), or nil.
  private static func notKeptMessage(_ model: ReaderModel) -> String? {
    guard model.memory.identity == nil else { return nil }
    return model.memory.status == .off
      ? "history is off: highlights are not kept" : "memory is not open: highlight not kept"
  }

  /// The save that keeps `span` as your highlight; it stays selected for `c`.
  private static func keep(_ span: TextSpan, note: String?, in model: inout ReaderModel)
    -> [Command]
  {
    guard let identity = model.memory.identity else {
      model.state.message = notKeptMessage(model)
      return []
    }
    if note == nil, let id = model.notes.highlight(overlapping: span),
      model.notes.placed[id] == span
    {
      model.notes.selected = span
      model.state.message = "already one of your highlights"
      return []
    }
    let document = model.document
    let article = document.articles[span.article]
    let annotation = StoredAnnotation(
      id: "", anchor: AnnotationPlacement.anchor(of: span, in: document),
      author: article.authors.first, source: document.source, note: note, created: "")
    model.notes.pendingKeep = span
    model.notes.selected = span
    return [.saveAnnotation(annotation, of: identity)]
  }

  // MARK: The note editor

  private static func noteKey(
    _ key: Key, _ target: NoteTarget, _ text: String, in model: inout ReaderModel
  ) -> [Command] {
    switch key {
    case .escape:
      model.notes.mode = .none
      model.state.message = "note not saved"
    case .enter:
      model.notes.mode = .none
      let note = text.isEmpty ? nil : text
      switch target {
      case .selection(let span):
        return keep(span, note: note, in: &model)
      case .highlight(let id):
        guard let identity = model.memory.identity,
          var annotation = model.memory.annotations.first(where: { $0.id == id })
        else {
          model.state.message = "memory is not open: note not saved"
          return []
        }
        annotation.note = note
        model.notes.selected = model.notes.placed[id]
        return [.saveAnnotation(annotation, of: identity)]
      }
    default:
      var line = LineEdit(text, cursor: model.state.promptCursor)
      if line.apply(key) {
        model.state.promptCursor = line.cursor
        model.notes.mode = .editingNote(target, text: line.text)
      }
    }
    return []
  }

  // MARK: What the store reports

  static func takeSaved(_ annotation: StoredAnnotation, into model: inout ReaderModel) {
    let isNew: Bool
    if let index = model.memory.annotations.firstIndex(where: { $0.id == annotation.id }) {
      model.memory.annotations[index] = annotation
      isNew = false
    } else {
      model.memory.annotations.append(annotation)
      isNew = true
    }
    let span = AnnotationPlacement.find(annotation.anchor, in: model.document)
    model.notes.placed[annotation.id] = span
    if model.notes.pendingKeep != nil {
      model.notes.pendingKeep = nil
      model.notes.selected = span
    }
    switch (isNew, annotation.note != nil) {
    case (true, false): model.state.message = "highlight kept"
    case (true, true): model.state.message = "highlight and note saved"
    case (false, true): model.state.message = "note saved"
    case (false, false): model.state.message = "note removed"
    }
  }

  static func takeRemoved(_ id: String, into model: inout ReaderModel) {
    model.memory.annotations.removeAll { $0.id == id }
    if let span = model.notes.placed.removeValue(forKey: id), model.notes.selected == span {
      model.notes.selected = nil
    }
    model.notes.orphaned.removeAll { $0 == id }
    model.state.message = "highlight removed"
  }

  /// Finds your highlights in the document as indexed so far. While indexing goes on only
  /// their own articles are searched (a whole-document search on every snapshot would cost
  /// more than the indexing); once it is done, the rest, and what is still missing is
  /// orphaned — listed, never dropped.
  static func placeAnnotations(_ model: inout ReaderModel) {
    let complete = model.indexing == nil
    var placed: [String: TextSpan] = [:]
    var orphaned: [String] = []
    for annotation in model.memory.annotations {
      if let span = AnnotationPlacement.find(
        annotation.anchor, in: model.document, everywhere: complete)
      {
        placed[annotation.id] = span
      } else if complete {
        orphaned.append(annotation.id)
      }
    }
    let before = model.notes.orphaned
    model.notes.placed = placed
    model.notes.orphaned = orphaned
    if !orphaned.isEmpty && orphaned != before {
      let notice =
        orphaned.count == 1
        ? "1 highlight of yours lost its text (reader highlights lists it)"
        : "\(orphaned.count) highlights of yours lost their text (reader highlights lists them)"
      model.state.message = model.state.message.map { $0 + " · " + notice } ?? notice
    }
  }

  private static func note(of id: String, _ model: ReaderModel) -> String? {
    model.memory.annotations.first { $0.id == id }?.note
  }

  /// The highlight of yours `c` and `d` act on: the one just kept or chosen, else the first
  /// on screen.
  private static func yourHighlightHere(_ model: ReaderModel, lines: WrappedLineCache)
    -> String?
  {
    if let selected = model.notes.selected, let id = model.notes.highlight(overlapping: selected) {
      return id
    }
    guard let view = Update(model, lines: lines).readingView(model.state), view.lines.count > 0
    else { return nil }
    var shown = Set(
      (view.top..<min(view.lines.count, view.top + view.height)).map {
        view.lines.line(at: $0).block
      })
    if view.top == 0 && view.lines.headerTitle() != nil {
      shown.insert(model.document.articles[model.state.openArticle].blocks.lowerBound)
    }
    return model.notes.placed
      .filter { $0.value.article == model.state.openArticle && shown.contains($0.value.block) }
      .min {
        ($0.value.block, $0.value.range.lowerBound, $0.key) < (
          $1.value.block, $1.value.range.lowerBound, $1.key
        )
      }?
      .key
  }
}
