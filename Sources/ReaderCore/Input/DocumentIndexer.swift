#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Parses a compilation a slice at a time, so a reader can show the first articles while the
/// rest is still being read, and anyone can ask for a snapshot of what is done.
///
/// Each slice is a loop of `PlainTextReader.next()` feeding `StructurePass.consume(_:)`, one
/// paragraph at a time (`ParagraphPipeline`); the structure pass keeps its state between
/// slices. A markup file (`MarkupReader`) is rendered when opened (a large one a prefix first,
/// the whole after it) and its paragraphs replayed into the same structure pass.
///
/// It checks the UTF-8 as it goes, one slice behind the parser, instead of in a pass of its
/// own before parsing: the bytes are read while they are still in the cache, and the first
/// screen does not wait for the whole file. The encoding rules are `TextDecoding`'s; the only
/// one that needs the whole file (mostly invalid UTF-8 means Windows-1252) is settled at the
/// end, and then the converted text is parsed again from the start (`generation` goes up).
///
/// Not thread-safe: one owner calls `advance`; snapshots are immutable and go anywhere.
public final class DocumentIndexer: @unchecked Sendable {
  /// The path as given, `-` for standard input.
  public let source: String
  /// The file as it was when opened (nil for streams and text in memory); compare it with
  /// `FileStamp(path:)` to learn whether the file changed on disk since.
  public let fileStamp: FileStamp?
  private var storage: TextStorage
  private var parse: any IndexingPipeline
  /// For a markup file: what it was read as and the title it gave.
  private var input = InputFormat.text
  private var title: String?
  private var encoding = TextEncoding.utf8
  /// Nil once the encoding is settled (no checking left to do).
  private var check: UTF8Check?
  private var replacedSequences = 0
  /// Bumped when the text is converted and parsing starts over, and when a markup file's
  /// whole source replaces the prefix shown first.
  public private(set) var generation = 0
  /// What is indexed once a prefix shown first is done, as a new generation.
  private var whole: Whole?
  private var prefixEnded = false
  /// Where a plain text's parse starts: after a UTF-8 byte order mark.
  private var textStart = 0

  private enum Whole {
    /// A large markup file's whole source, to render and index from its start.
    case markup(source: TextStorage, reader: any MarkupReader)
    /// A plain text with a paragraph too long for the first frame (`cutLongParagraph`), to
    /// parse again from `start` (after any byte order mark).
    case text(start: Int)
  }
  public private(set) var isComplete = false

  private struct UTF8Check {
    var checkedUpTo: Int
    var invalid = 0
    var multibyte = 0
    /// A UTF-8 byte order mark settles the encoding whatever follows.
    var hasByteOrderMark: Bool
  }

  /// How much one `advance()` without a budget parses: small enough to stay in the cache
  /// between parsing and checking the UTF-8.
  public static let defaultSlice = 256 * 1024
  /// How much is parsed per read of a file (`FileFill`): the first screen needs little.
  static let readAheadSlice = 64 * 1024

  /// Starts indexing `storage`. Throws `.binary` for binary data (`TextDecoding.looksBinary`); converts
  /// UTF-16 (with a byte order mark) here, in full, since nothing can be shown before.
  public init(storage: TextStorage, source: String, fileStamp: FileStamp? = nil) throws(LoadError) {
    self.source = source
    self.fileStamp = fileStamp
    // The byte order mark and the binary check look at the start.
    storage.makeAvailable(upTo: TextDecoding.binaryWindow + 3)
    let bytes = storage.bytes
    let count = bytes.count
    if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      self.storage = storage
      textStart = 3
      parse = Self.pipeline(storage, start: 3)
      check = UTF8Check(checkedUpTo: 3, hasByteOrderMark: true)
      if TextDecoding.looksBinary(bytes, from: 3) { throw .binary(path: source) }
      return
    }
    if count >= 2
      && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    {
      storage.makeAvailable(upTo: count)
      let utf8 = TextDecoding.utf16ToUTF8(bytes, bigEndian: bytes[0] == 0xFE)
      guard utf8.count <= Document.maximumBytes else {
        throw .tooLargeToOpen(path: source, limit: Document.maximumBytes)
      }
      let converted = TextStorage(copying: utf8)
      self.storage = converted
      parse = Self.pipeline(converted, start: 0)
      check = nil
      if TextDecoding.looksBinary(converted.bytes) { throw .binary(path: source) }
      return
    }
    if TextDecoding.looksBinary(bytes) { throw .binary(path: source) }
    self.storage = storage
    parse = Self.pipeline(storage, start: 0)
    check = UTF8Check(checkedUpTo: 0, hasByteOrderMark: false)
  }

  /// How much of a markup file is rendered for the first frame when `prefixFirst` asks for it,
  /// and how large the file must be for that (below, rendering it all is as quick).
  public static let markupPrefix = 128 * 1024
  static let markupPrefixFrom = 1 << 20

  /// Starts indexing a markup file with `reader`: its source is decoded and rendered here, and
  /// the rendered text becomes the document's storage. With `prefixFirst`, a file of at least
  /// `markupPrefixFrom` bytes is read, decoded and rendered only to a block boundary past
  /// `prefix` bytes here (found in its first `prefixWindow` bytes); the rest waits until that
  /// prefix is indexed, when the whole source is read, decoded, rendered and indexed from its
  /// start in a new generation (the final document is the one-shot parse's). Decoding the whole
  /// file first cost a 20 MB Markdown file's first frame 48 M of its 98 M instructions.
  init(
    markup source: TextStorage, reader: any MarkupReader, path: String,
    fileStamp: FileStamp? = nil, prefixFirst: Bool = false,
    prefix: Int = DocumentIndexer.markupPrefix
  ) throws(LoadError) {
    self.source = path
    self.fileStamp = fileStamp
    let size = source.count
    // A source near the bound is rendered whole here, so that a rendering past the bound is
    // refused now rather than found in the background.
    var start: (decoded: MarkupSource.Decoded, cut: Int)?
    if prefixFirst && size >= max(Self.markupPrefixFrom, 2 * prefix)
      && size <= Document.maximumBytes / 2
    {
      let limit = max(Self.prefixWindow, 8 * prefix)
      // The byte at the limit too: it tells whether the limit cuts a character.
      source.makeAvailable(upTo: limit + 1)
      if let window = Self.prefixWindow(of: source.bytes, upTo: limit) {
        let decoded = try MarkupSource.decode(window, reader: reader, path: path)
        if let cut = decoded.withUTF8({
          reader.prefixEnd($0, atLeast: prefix)
        }) {
          start = (decoded, cut)
        }
      }
    }
    let decoded: MarkupSource.Decoded
    let rendered: RenderedText
    if let start {
      decoded = start.decoded
      rendered = decoded.withUTF8 {
        reader.render(UnsafeBufferPointer(rebasing: $0[..<start.cut]))
      }
      whole = .markup(source: source, reader: reader)
    } else {
      source.makeAvailable(upTo: size)
      decoded = try MarkupSource.decode(source.bytes, reader: reader, path: path)
      rendered = decoded.withUTF8 { reader.render($0) }
    }
    guard rendered.bytes.count <= Document.maximumBytes else {
      throw .tooLargeToOpen(path: path, limit: Document.maximumBytes)
    }
    storage = TextStorage(copying: rendered.bytes)
    parse = ParagraphPipeline(
      reader: RenderedParagraphs(rendered),
      structure: StructurePass(storage: storage, sourceTitle: SourceTitle(rendered)))
    check = nil
    encoding = decoded.encoding
    replacedSequences = decoded.replacedSequences
    input = reader.input
    title = rendered.title
  }

  /// How much of a large markup file is read and decoded for its first frame: the prefix
  /// (`markupPrefix`) and room to find a block boundary after it.
  static let prefixWindow = 1 << 20

  /// The first `limit` bytes of `bytes`, ended before a UTF-8 character the limit cuts (so
  /// that the sample decodes as the whole would, with no invalid sequence of the cut's
  /// making); nil for UTF-16, whose conversion wants the whole.
  private static func prefixWindow(of bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int)
    -> UnsafeBufferPointer<UInt8>?
  {
    if bytes.count >= 2 && (bytes[0] == 0xFF || bytes[0] == 0xFE) { return nil }
    var end = min(bytes.count, limit)
    if end < bytes.count {
      // Back to the start of the character the limit falls in, if it falls inside one.
      var back = end
      while back > 0 && end - back < 4 && bytes[back] & 0xC0 == 0x80 { back -= 1 }
      if bytes[back] & 0xC0 == 0x80 { return nil }
      end = back
    }
    return UnsafeBufferPointer(rebasing: bytes[..<end])
  }

  /// Bytes of text parsed so far (of the converted text after a conversion).
  public var indexedBytes: Int { isComplete ? storage.count : parse.position }
  /// Bytes of text to parse. While only a large markup file's prefix is indexed, its whole
  /// source: the prefix is soon read, and `indexing 99%` then stayed up while the rest was
  /// rendered (1.5 s for 9 MB of Markdown).
  public var totalBytes: Int {
    guard case .markup(let source, _) = whole else { return storage.count }
    return max(storage.count, source.count)
  }
  /// Articles closed so far: final, and in every later snapshot.
  public var articleCount: Int { parse.structure.closedArticles }

  /// Parses about `budget` more bytes (whole paragraphs); returns `isComplete`.
  @discardableResult
  public func advance(bytes budget: Int = DocumentIndexer.defaultSlice) -> Bool {
    advance(bytes: budget, untilArticles: Int.max)
  }

  /// Parses until at least `articles` articles are closed, `bytes` more bytes are parsed, or
  /// the text ends: what the first screen needs, and no more.
  public func advance(untilArticles articles: Int, orBytes bytes: Int) {
    if generation == 0 && whole == nil && !prefixEnded { cutLongParagraph(budget: bytes) }
    advance(bytes: bytes, untilArticles: articles, replacingPrefix: false)
  }

  /// How far past a first screen's budget a paragraph may reach and still be parsed whole
  /// before the first frame.
  public static let longParagraphSlack = 64 << 10

  /// A first screen parses whole paragraphs until it passes `budget` more bytes, and a file
  /// of one line of 24 MB made that one paragraph of 24 MB: 404 ms before the first frame,
  /// its bold scanned and its text read to the end. When the paragraph crossing the budget's
  /// end reaches more than `longParagraphSlack` past it (`ParagraphEndScan` finds no end that
  /// soon), the text is read first only to a cut in that stretch, at a line end or a space,
  /// where the paragraph then ends and the prefix's last article closes; the pipeline as it
  /// stood reads the whole text afterwards, as a new generation (`endPrefix`).
  private func cutLongParagraph(budget: Int) {
    guard case let plain as ParagraphPipeline<PlainTextReader> = parse,
      let base = storage.bytes.baseAddress
    else { return }
    let count = storage.count
    guard budget < count - parse.position - Self.longParagraphSlack else { return }
    let limit = parse.position + budget
    let end = limit + Self.longParagraphSlack
    storage.makeAvailable(upTo: end)
    var scan = ParagraphEndScan(start: limit)
    guard scan.run(base, upTo: end) == nil else { return }
    whole = .text(start: textStart)
    parse = plain.ending(at: Self.cut(storage.bytes, in: limit..<end))
  }

  /// Where to end a prefix inside `range`: after its last line end, else its last space, else
  /// before the UTF-8 character its end falls in.
  static func cut(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int {
    if let line = range.last(where: { bytes[$0] == 0x0A || bytes[$0] == 0x0D }) { return line + 1 }
    if let space = range.last(where: { Bytes.isSpace(bytes[$0]) }) { return space + 1 }
    var end = range.upperBound
    while end > range.lowerBound && bytes[end] & 0xC0 == 0x80 { end -= 1 }
    return end
  }

  /// `replacingPrefix`: whether a prefix shown first, once indexed, may be replaced by the
  /// whole now. Never for the first screen, which would then wait for the whole: the
  /// reader's second call for it came after a one-article prefix had closed its article.
  @discardableResult
  func advance(
    bytes budget: Int, untilArticles articles: Int, replacingPrefix: Bool = true
  ) -> Bool {
    guard !isComplete else { return true }
    let limit = parse.position + max(1, min(budget, Int.max / 2))
    // A slice at a time, so a file read as indexing goes is read only as far as needed.
    var more = true
    repeat {
      let sliceLimit = min(limit, parse.position + Self.readAheadSlice)
      // A plain text's prefix (`cutLongParagraph`) is read already, and looking past it for
      // its paragraph's end would read the whole paragraph.
      if whole == nil { storage.makeParsable(upTo: sliceLimit) }
      more = parse.read(upTo: sliceLimit, untilArticles: articles)
    } while more && parse.position < limit && parse.structure.closedArticles < articles
    checkUTF8(upTo: more || whole != nil ? parse.position : storage.count)
    if !more {
      if whole != nil {
        if replacingPrefix || !prefixEnded { endPrefix() }
      } else {
        end()
      }
    }
    return isComplete
  }

  /// A prefix shown first is indexed; the next `advance` indexes the whole. The prefix is
  /// finished, so that what the structure pass still held shows (an untitled first paragraph
  /// waits for what follows it), but its snapshots call its last article open
  /// (`snapshot()`): the whole goes on where the prefix stops, so `G` there says it reached
  /// only the end read so far, and follows the end as it grows.
  private func endPrefix() {
    guard prefixEnded else {
      parse.finish()
      prefixEnded = true
      return
    }
    switch whole {
    case .markup(let wholeSource, let reader): renderWholeMarkup(wholeSource, reader)
    case .text(let start): parseWholeText(from: start)
    case nil: break
    }
  }

  /// Parses a plain text whose prefix was shown from its start again, as a new generation;
  /// like `renderWholeMarkup`, past the prefix's articles at once. (The pipeline as it stood
  /// at the cut cannot resume: its structure pass shares its tables with the prefix's copy.)
  private func parseWholeText(from start: Int) {
    whole = nil
    let shown = parse.structure.closedArticles
    parse = Self.pipeline(storage, start: start)
    generation += 1
    advance(bytes: Int.max, untilArticles: shown + 1)
  }

  /// Renders the whole markup source and indexes it from the start, as a new generation.
  /// Indexes past the prefix's articles before the snapshot can change, so that the reader's
  /// place in the prefix is in the first snapshot of the whole.
  private func renderWholeMarkup(_ wholeSource: TextStorage, _ reader: any MarkupReader) {
    whole = nil
    let shown = parse.structure.closedArticles
    wholeSource.makeAvailable(upTo: wholeSource.count)
    // Decoded by the same rules as the prefix, whose window was only a sample: the whole may
    // count invalid sequences the window did not have, or even be read as Windows-1252. It
    // cannot be binary, as its first bytes were not.
    guard
      let decoded = try? MarkupSource.decode(
        wholeSource.bytes, reader: reader, path: source)
    else { return }
    let rendered = decoded.withUTF8 { reader.render($0) }
    // Past the bound (a rendering more than twice its source of 1 MiB to 2 GiB) the prefix
    // stays the whole document.
    guard rendered.bytes.count <= Document.maximumBytes else { return }
    storage = TextStorage(copying: rendered.bytes)
    parse = ParagraphPipeline(
      reader: RenderedParagraphs(rendered),
      structure: StructurePass(storage: storage, sourceTitle: SourceTitle(rendered)))
    title = rendered.title
    encoding = decoded.encoding
    replacedSequences = decoded.replacedSequences
    generation += 1
    advance(bytes: Int.max, untilArticles: shown + 1)
  }

  private static func pipeline(_ storage: TextStorage, start: Int)
    -> ParagraphPipeline<PlainTextReader>
  {
    ParagraphPipeline(
      reader: PlainTextReader(text: storage.bytes, start: start),
      structure: StructurePass(storage: storage))
  }

  /// Parses everything left.
  public func finish() -> Document {
    while !advance() {}
    return snapshot()
  }

  /// The articles closed so far and the open one as far as it is read, or the whole document
  /// once complete.
  public func snapshot() -> Document {
    let replaced = encoding == .utf8 ? (check.map { $0.invalid } ?? replacedSequences) : 0
    var document =
      isComplete
      ? parse.structure.document(
        source: source, encoding: encoding, replacedSequences: replaced,
        lineCount: parse.lineCount)
      : parse.structure.snapshot(
        source: source, encoding: encoding, replacedSequences: replaced,
        lineCount: parse.lineCount)
    document.input = input
    document.title = title ?? parse.structure.compilationTitle
    if prefixEnded && whole != nil && !document.articles.isEmpty {
      document.lastArticleIsOpen = true
    }
    return document
  }

  private func checkUTF8(upTo limit: Int) {
    guard var state = check, state.checkedUpTo < limit else { return }
    let tally = TextDecoding.scanUTF8(storage.bytes, from: state.checkedUpTo, to: limit)
    state.invalid += tally.invalid
    state.multibyte += tally.multibyte
    state.checkedUpTo = tally.end
    check = state
  }

  /// The text has been parsed to its end: settle the encoding, and start over on the
  /// converted text if it turns out to be Windows-1252.
  private func end() {
    parse.finish()
    guard let state = check else {
      isComplete = true
      return
    }
    check = nil
    if state.hasByteOrderMark
      || !TextDecoding.isEightBit(invalid: state.invalid, multibyte: state.multibyte)
    {
      replacedSequences = state.invalid
      isComplete = true
      return
    }
    // Windows-1252 takes up to three bytes a character in UTF-8: past the bound the text
    // stays as read, its invalid sequences replaced.
    // (Counted only when that could happen.)
    guard
      storage.count <= Document.maximumBytes / 3
        || TextDecoding.utf8Count(ofWindows1252: storage.bytes) <= Document.maximumBytes
    else {
      replacedSequences = state.invalid
      isComplete = true
      return
    }
    let converted = TextStorage(copying: TextDecoding.windows1252ToUTF8(storage.bytes))
    storage = converted
    encoding = .windows1252
    replacedSequences = 0
    parse = Self.pipeline(converted, start: 0)
    generation += 1
  }
}
