import ReaderCore
import ReaderScreen
import TerminalText

/// The text the reading pane shows for a block, as styled pieces.
///
/// Search runs over exactly this text, so a match's character offset is an offset into the
/// pieces joined together.
enum BlockText {
  /// The pieces for `document.blocks[index]`, soft line breaks folded to single spaces.
  static func pieces(of index: Int, article: Int, in document: Document) -> [StyledPiece] {
    pieces(of: index, article: article, in: document, part: nil)
  }

  /// The pieces of one part of a long block (`LongBlock`): its spans clipped to the part's
  /// bytes; what the pane adds to the block goes to its first or last part.
  static func pieces(
    of index: Int, article: Int, in document: Document, part: LongBlock.Part?
  ) -> [StyledPiece] {
    let block = document.blocks[index]
    let isFirst = part?.isFirst ?? true
    let isLast = part?.isLast ?? true
    let clip = part?.bytes
    switch block.kind {
    case .byline:
      // A byline holding a link (`By [Ann Lee](…)`) is drawn as written, so the link is
      // where Tab finds it.
      let hasLink = !document.links(inBlocks: index..<index + 1).isEmpty
      if !hasLink, let madeUp = byline(of: document.articles[article], in: document) {
        return isFirst ? madeUp : []
      }
      return spans(of: block, in: document, role: .byline, clippedTo: clip)
    case .speaker:
      if let madeUp = speaker(of: block, at: index, in: document) {
        return isFirst ? madeUp : []
      }
      return spans(of: block, in: document, role: .speaker, clippedTo: clip)
    case .editorNote:
      var pieces = spans(of: block, in: document, role: .editorNote, clippedTo: clip)
      if isLast, let editor = document.editor, editor.block == index, !editor.name.isEmpty {
        // A no-break space: the signature never starts a line without its dash.
        pieces.append(StyledPiece(" —\u{00A0}\(editor.name)", .muted))
      }
      return pieces
    case .relatedLink:
      if part == nil, let dated = datedLink(index, article: article, in: document) {
        return [StyledPiece("• ", .link)] + dated
      }
      let links = spans(of: block, in: document, role: .link, clippedTo: clip)
      return isFirst ? [StyledPiece("• ", .link)] + links : links
    default:
      return spans(of: block, in: document, role: role(of: block.kind), clippedTo: clip)
    }
  }

  /// The joined text of `pieces`, as search sees it.
  static func text(of pieces: [StyledPiece]) -> String {
    var result = ""
    for piece in pieces { result += piece.text }
    return result
  }

  static func role(of kind: BlockKind) -> Role {
    switch kind {
    case .title: return .title
    case .byline: return .byline
    case .editorNote: return .editorNote
    case .dek: return .dek
    case .bio: return .bio
    case .paragraph, .listItem, .verse: return .text
    case .speaker: return .speaker
    case .speakerQuote: return .quote
    case .source, .relatedLink: return .link
    case .relatedHeading, .heading: return .header
    }
  }

  /// `by NAME and NAME, description · date`, built from the article rather than the line
  /// as written (which carries `[… published].`).
  private static func byline(of article: Article, in document: Document) -> [StyledPiece]? {
    guard !article.authors.isEmpty else { return nil }
    var text = "by " + article.authors.joinedText(separator: " and ")
    if let description = article.authorDescription, !description.isEmpty {
      text += ", " + description
    }
    var pieces = [StyledPiece(text, .byline)]
    if let date = article.date?.iso ?? article.dateText {
      // A no-break space: the dot never ends a line without the date.
      pieces.append(StyledPiece(" ·\u{00A0}" + date, .muted))
    }
    return pieces
  }

  /// A related link's title, then its date as bylines show dates (` · 2025-02-13`) instead of
  /// as the file wrote it (`[2-13-2025]`); nil when the link has no date read from brackets.
  private static func datedLink(_ index: Int, article: Int, in document: Document)
    -> [StyledPiece]?
  {
    let block = document.blocks[index]
    guard let first = block.spans.first, let last = block.spans.last,
      let date = relatedLink(at: index, article: article, in: document)?.date
    else { return nil }
    let bytes = document.storage.bytes
    let start = document.spans[first].range.lowerBound
    let end = document.spans[last].range.upperBound
    guard end > start, bytes[end - 1] == UInt8(ascii: "]"),
      let bracket = (start..<end).last(where: { bytes[$0] == UInt8(ascii: "[") })
    else { return nil }
    var pieces = spans(of: block, in: document, role: .link, clippedTo: start..<bracket)
    while let lastPiece = pieces.last, lastPiece.text.last?.isWhitespace == true {
      pieces[pieces.count - 1].text = String(lastPiece.text.dropLast())
      if pieces[pieces.count - 1].text.isEmpty { pieces.removeLast() }
    }
    return pieces + [StyledPiece(" ·\u{00A0}" + date.iso, .muted)]
  }

  /// The related link shown by block `index`: one of the article's own, else one of the
  /// compilation's (in file order).
  static func relatedLink(at index: Int, article: Int, in document: Document)
    -> RelatedLink?
  {
    if let own = document.articles[article].related.first(where: { $0.block == index }) {
      return own
    }
    let links = document.related
    var low = 0
    var high = links.count
    while low < high {
      let middle = (low + high) / 2
      if links[middle].block < index { low = middle + 1 } else { high = middle }
    }
    return low < links.count && links[low].block == index ? links[low] : nil
  }

  /// The speaker's name as a heading, then what they are.
  private static func speaker(of block: Block, at index: Int, in document: Document)
    -> [StyledPiece]?
  {
    guard block.quote >= 0, Int(block.quote) < document.quotes.count else { return nil }
    let quote = document.quotes[Int(block.quote)]
    guard let name = quote.speaker else { return nil }
    // The editor's bold in the line (`The **newly elected** Chair Ivo Marsh:`) is a highlight
    // that `Name — role` would not show: such a line is drawn as written.
    let spans = document.spans
    guard
      !block.spans.contains(where: { spans[$0].style == .highlight && spans[$0].highlight >= 0 })
    else { return nil }
    // A signature under the quote's words (`— Name`) keeps its dash; a speaker line above
    // them is the name alone.
    let signs = !quote.blocks.isEmpty && index >= quote.blocks.upperBound
    var pieces = [StyledPiece(signs ? "—\u{00A0}" + name : name, .speaker)]
    if let role = quote.role, !role.isEmpty { pieces.append(StyledPiece(" — " + role, .muted)) }
    return pieces
  }

  /// The block's spans with highlights in `.highlight`, whitespace holding a line break
  /// folded to one space across span boundaries.
  static func spans(
    of block: Block, in document: Document, role: Role, clippedTo clip: Range<Int>? = nil
  ) -> [StyledPiece] {
    var folding = Folding(baseRole: role)
    let first = clip.map { firstSpan(of: block, endingAfter: $0.lowerBound, in: document) }
    for spanIndex in (first ?? block.spans.lowerBound)..<block.spans.upperBound {
      var span = document.spans[spanIndex]
      if let clip {
        // Spans run in byte order, so none after this one reaches into the part.
        if span.range.lowerBound >= clip.upperBound { break }
        span.range = span.range.clamped(to: clip)
        if span.range.isEmpty { continue }
      }
      let isHighlight = span.style == .highlight && span.highlight >= 0
      // A link's words look like a link, as in a browser; bold words that are a link are the
      // editor's highlight first.
      let shown: Role = isHighlight ? .highlight : span.style == .link ? .link : role
      let style = (role: shown, tag: isHighlight ? Int(span.highlight) : -1)
      if folding.pendingBreak || folding.pendingSpaces > 0 { folding.pendingFromEarlierSpan = true }
      let bytes = UnsafeBufferPointer(rebasing: document.storage.bytes[span.range])
      if Folding.bytesFoldLikeCharacters(bytes) {
        folding.add(bytes: bytes, role: style.role, tag: style.tag)
      } else {
        folding.add(characters: document.text(of: span), role: style.role, tag: style.tag)
      }
    }
    return folding.pieces
  }

  /// The first of the block's spans that ends after `byte`, by bisection: a part of a long
  /// paragraph of many highlights would otherwise clip every span of the paragraph, which made
  /// a search through a 24 MB paragraph of 313,000 highlights take 25 s.
  private static func firstSpan(of block: Block, endingAfter byte: Int, in document: Document)
    -> Int
  {
    var low = block.spans.lowerBound
    var high = block.spans.upperBound
    while low < high {
      let middle = (low + high) / 2
      if document.spans[middle].range.upperBound <= byte { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Whitespace folding, the same for characters and for bytes. A gap seen in an earlier span
  /// than the current one belongs to the piece before, so a highlight neither starts nor ends
  /// with a space.
  private struct Folding {
    /// The block's role, for a gap between two highlights that belongs to neither.
    let baseRole: Role
    var pieces: [StyledPiece] = []
    var pendingSpaces = 0
    var pendingBreak = false
    var pendingFromEarlierSpan = false
    var started = false

    mutating func add(characters text: String, role: Role, tag: Int) {
      var piece = StyledPiece("", role, highlight: tag)
      for character in text {
        if character == "\n" || character == "\r" || character == "\r\n" {
          breakLine()
        } else if character == " " || character == "\t" {
          space()
        } else {
          if let gap = takeGap(pieceIsEmpty: piece.text.isEmpty, role: role, tag: tag) {
            piece.text += gap
          }
          piece.text.append(character)
        }
      }
      if !piece.text.isEmpty { pieces.append(piece) }
    }

    /// The same as `add(characters:)` for bytes where every space, tab and line break is a
    /// character of its own (`bytesFoldLikeCharacters`), without decoding them one by one.
    mutating func add(bytes: UnsafeBufferPointer<UInt8>, role: Role, tag: Int) {
      var text: [UInt8] = []
      text.reserveCapacity(bytes.count)
      for byte in bytes {
        if byte == 0x0A || byte == 0x0D {
          breakLine()
        } else if byte == 0x20 || byte == 0x09 {
          space()
        } else {
          if let gap = takeGap(pieceIsEmpty: text.isEmpty, role: role, tag: tag) {
            text += gap.utf8
          }
          text.append(byte)
        }
      }
      if !text.isEmpty {
        pieces.append(StyledPiece(String(decoding: text, as: UTF8.self), role, highlight: tag))
      }
    }

    private mutating func breakLine() {
      if !pendingBreak && pendingSpaces == 0 { pendingFromEarlierSpan = false }
      pendingBreak = true
    }

    private mutating func space() {
      if !pendingBreak && pendingSpaces == 0 { pendingFromEarlierSpan = false }
      pendingSpaces += 1
    }

    /// Before a visible character of a piece in `role` tagged `tag`: the gap to put in front
    /// of it, if it goes into the current piece (nil when there is none or it went
    /// elsewhere). A gap between two spans is drawn plain: it goes to the piece before unless
    /// that is a highlight or a link (`**whole** [plain link]` coloured the space), else to
    /// this one unless it is one too, else to a piece of its own; within one highlight cut by
    /// a link, it stays the highlight's.
    private mutating func takeGap(pieceIsEmpty: Bool, role: Role, tag: Int) -> String? {
      defer {
        pendingBreak = false
        pendingSpaces = 0
        pendingFromEarlierSpan = false
        started = true
      }
      guard started && (pendingBreak || pendingSpaces > 0) else { return nil }
      let gap = pendingBreak ? " " : String(repeating: " ", count: pendingSpaces)
      if pendingFromEarlierSpan && pieceIsEmpty, let before = pieces.last {
        let beforeIsStyled = before.highlight >= 0 || before.role == .link
        if !beforeIsStyled || (tag >= 0 && before.highlight == tag) {
          pieces[pieces.count - 1].text += gap
          return nil
        }
        if tag < 0 && role != .link { return gap }
        pieces.append(StyledPiece(gap, baseRole, highlight: -1))
        return nil
      }
      return gap
    }

    /// Whether each space in `bytes` is a character of its own: not joined to a mark after it
    /// (`" \u{301}"` is one character) or to a prepended sign before it. Tabs and line breaks
    /// always stand alone.
    static func bytesFoldLikeCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      var index = 0
      while index < bytes.count {
        defer { index += 1 }
        guard bytes[index] == 0x20 else { continue }
        if index + 1 < bytes.count && bytes[index + 1] >= 0x80,
          let next = bytes.scalar(at: index + 1), next.joinsPrevious
        {
          return false
        }
        if index > 0 && bytes[index - 1] >= 0x80,
          let previous = bytes.scalar(endingBefore: index), previous.joinsNext
        {
          return false
        }
      }
      return true
    }
  }
}
