import ReaderCore
import ReaderMarkup
import TestSupport
import Testing

@testable import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `count` short articles, titled `Piece 1` … (about 200 bytes each).
private func pieces(_ count: Int, extra: String = "") -> String {
  (1...count).map { number in
    """
    Piece \(number)

    by Writer\(number % 2) Person [1-\(number % 28 + 1)-2024 published].

    \(extra)The body of piece \(number) has **a bold phrase** and enough words to be text.

    A second paragraph of piece \(number), long enough to be body text and not a dek line.


    """
  }.joined()
}

private func write(_ text: String, to path: String) {
  let file = fopen(path, "wb")
  _ = fputs(text, file)
  fclose(file)
}

/// The file changing on disk, and `R`: events in, commands out; the runtime that notices.
@Suite struct ReloadTests {
  private func model(_ text: String, source: String) throws -> ReaderModel {
    let document = try DocumentLoader.parse(bytes: Array(text.utf8), source: source)
    return ReaderModel(document: document)
  }

  @Test func aChangedFileIsSaidAndRAsksForAReload() throws {
    let lines = WrappedLineCache()
    var model = try model(pieces(3), source: "/tmp/pieces.txt")
    _ = Update.start(&model, lines: lines)
    #expect(Update.apply(.fileChanged, to: &model, lines: lines) == [])
    #expect(model.fileChanged)
    #expect(model.state.message == "the file changed on disk: R reloads it")
    #expect(
      Update.apply(.key(.character("R")), to: &model, lines: lines) == [
        .reload(path: "/tmp/pieces.txt")
      ])
    #expect(model.state.message == "reloading…")
  }

  /// The status line says it once: the message first, then, after a key, the lasting item.
  @Test func aChangedFileIsSaidOnceInTheStatusLine() throws {
    let lines = WrappedLineCache()
    var model = try model(pieces(3), source: "/tmp/pieces.txt")
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 120, height: 10), to: &model, lines: lines)
    _ = Update.apply(.fileChanged, to: &model, lines: lines)
    func status() -> String {
      FrameView.render(model, fileLabel: "pieces.txt", caches: ViewCaches(), width: 120, height: 10)
        .row(9)
    }
    #expect(status().components(separatedBy: "changed on disk").count == 2, "\(status())")
    #expect(status().hasPrefix(" pieces.txt │ Article 1/3"))
    _ = Update.apply(.key(.character("j")), to: &model, lines: lines)
    #expect(status().hasPrefix(" pieces.txt │ changed on disk: R reloads │ Article "))
  }

  /// A reload whose text no longer has the filtered author shows every article and says so;
  /// one not read that far yet keeps the filter for when the author's articles come.
  @Test func anAuthorGoneFromTheFileIsSaidOnReload() throws {
    let lines = WrappedLineCache()
    var model = try model(pieces(4), source: "/tmp/pieces.txt")
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 100, height: 20), to: &model, lines: lines)
    for key in try KeyString.parse("aWriter1<Enter>") {
      _ = Update.apply(.key(key), to: &model, lines: lines)
    }
    #expect(model.state.authorFilter == "Writer1 Person")
    let text = pieces(4).replacingOccurrences(of: "Writer1", with: "Writer3")
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(text.utf8)), source: "/tmp/pieces.txt")
    while !indexer.advance() {}
    _ = Update.apply(.reloaded(IndexSnapshot(indexer)), to: &model, lines: lines)
    #expect(model.state.authorFilter == nil)
    #expect(
      model.state.message == "reloaded; no article by Writer1 Person now: showing all articles")
  }

  @Test func theSampleHasNothingToReload() {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: Document.sample())
    _ = Update.start(&model, lines: lines)
    #expect(Update.apply(.key(.character("R")), to: &model, lines: lines) == [])
    #expect(model.state.message == "nothing to reload: (sample) is not a file")
  }

  /// Two paragraphs added above the place: the view stays on the same article, and on the same
  /// paragraph counted from the article's start.
  @Test func aReloadKeepsTheArticleAndTheParagraph() throws {
    let lines = WrappedLineCache()
    var model = try model(pieces(5), source: "/tmp/pieces.txt")
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 40, height: 8), to: &model, lines: lines)
    for key in try KeyString.parse("}}jj") {
      _ = Update.apply(.key(key), to: &model, lines: lines)
    }
    let before = model.state
    let offset = before.anchor.block - model.document.articles[2].blocks.lowerBound
    #expect(before.openArticle == 2 && offset > 0)
    let text =
      "A new first piece\n\nby Someone Else [1-1-2024 published].\n\nNew words here.\n\n\n"
      + pieces(5)
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(text.utf8)), source: "/tmp/pieces.txt")
    while !indexer.advance() {}
    #expect(Update.apply(.reloaded(IndexSnapshot(indexer)), to: &model, lines: lines) == [])
    #expect(model.document.articles.count == 6)
    #expect(model.document.articles[model.state.openArticle].title == "Piece 3")
    let article = model.document.articles[model.state.openArticle]
    #expect(model.state.anchor.block - article.blocks.lowerBound == offset)
    #expect(model.state.message == "reloaded")
    #expect(model.generation == 1)
    #expect(!model.fileChanged)
  }

  /// The runtime looks at the file (here at every call) and says once that it changed; a
  /// reload reads it afresh and watches the new file.
  @Test func theRuntimeNoticesARewriteAndReloads() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("pieces.txt")
    write(pieces(3), to: path)
    let indexer = try DocumentLoader.open(path: path)
    let runtime = Runtime(indexer: indexer, watchInterval: 0)
    #expect(runtime.pendingEvents() == [])
    write(pieces(4, extra: "Changed. "), to: path)
    #expect(runtime.pendingEvents() == [.fileChanged])
    #expect(runtime.pendingEvents() == [])
    runtime.perform([.reload(path: path)])
    let events = runtime.pendingEvents()
    guard case .reloaded(let snapshot) = events.first else {
      Issue.record("no reload: \(events)")
      return
    }
    #expect(snapshot.document.articles.count >= 1)
    unlink(path)
    #expect(runtime.pendingEvents().contains(.fileGone))
    // Looked for still: it coming back is a change.
    write(pieces(2), to: path)
    #expect(runtime.pendingEvents().contains(.fileChanged))
  }

  /// `R` reads a Markdown file with the reader that opened it, not as plain text.
  @Test func aMarkdownFileIsReloadedAsMarkdown() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("pieces.md")
    let markdown = (1...3).map { "## Piece \($0)\n\n*by Ann Lee*\n\nText with **bold \($0)**.\n\n" }
    write(markdown.joined(), to: path)
    let indexer = try DocumentLoader.open(path: path, readers: MarkupReaders.all)
    let runtime = Runtime(indexer: indexer, watchInterval: 0, readers: MarkupReaders.all)
    let renamed = "## The First Piece\n\n*by Ann Lee*\n\nText with **bold 1**.\n\n"
    write(([renamed] + markdown.dropFirst()).joined(), to: path)
    runtime.perform([.reload(path: path)])
    guard case .reloaded(let snapshot) = runtime.pendingEvents().first else {
      Issue.record("no reload")
      return
    }
    #expect(snapshot.document.input == .markdown)
    #expect(snapshot.document.articles.map(\.title) == ["The First Piece", "Piece 2", "Piece 3"])
    #expect(snapshot.document.articles.map(\.authors) == Array(repeating: ["Ann Lee"], count: 3))
  }

  @Test func aFailedReloadSaysWhy() throws {
    let folder = try TemporaryFolder()
    let runtime = Runtime()
    runtime.perform([.reload(path: folder.file("gone.txt"))])
    let events = runtime.pendingEvents()
    guard case .reloadFailed(let reason) = events.first else {
      Issue.record("no failure: \(events)")
      return
    }
    #expect(reason.contains("gone.txt"))
  }

  /// A failed reload wakes the loop at once (nothing else may be pending to wake it: the
  /// message stayed at "reloading…" until a key), the status line says the old text stays,
  /// and the path is followed still, so the file coming back says so.
  @Test func aFailedReloadIsShownAtOnceAndTheFileIsFollowedStill() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("pieces.txt")
    write(pieces(3), to: path)
    let runtime = Runtime(indexer: try DocumentLoader.open(path: path), watchInterval: 0)
    unlink(path)
    #expect(runtime.pendingEvents() == [.fileGone])
    var model = ReaderModel(document: try parsed(pieces(3)), mouseEnabled: false)
    _ = Update.apply(.fileGone, to: &model, lines: WrappedLineCache())
    #expect(model.state.message == "the file is gone from disk: still showing the text as read")
    runtime.perform([.reload(path: path)])
    #expect(runtime.wakeInterval == 0)
    let events = runtime.pendingEvents()
    guard case .reloadFailed(let reason) = events.first else {
      Issue.record("no failure: \(events)")
      return
    }
    let lines = WrappedLineCache()
    _ = Update.apply(.reloadFailed(reason), to: &model, lines: lines)
    #expect(
      model.state.message == "not reloaded: \(path): no such file; still showing the text as read")
    #expect(runtime.pendingEvents() == [])
    write(pieces(2), to: path)
    #expect(runtime.pendingEvents() == [.fileChanged])
  }

  /// A file replaced by a named pipe is not read again (the read would wait for a writer,
  /// and the keys with it): the reload says why.
  @Test func aFileReplacedByAPipeIsNotReloaded() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("pieces.txt")
    write(pieces(3), to: path)
    let runtime = Runtime(indexer: try DocumentLoader.open(path: path), watchInterval: 0)
    unlink(path)
    #expect(mkfifo(path, 0o600) == 0)
    runtime.perform([.reload(path: path)])
    let events = runtime.pendingEvents()
    guard case .reloadFailed(let reason) = events.first else {
      Issue.record("no failure: \(events)")
      return
    }
    #expect(reason.hasSuffix("not a regular file"))
  }

  /// An empty file is followed like any other: text written into it is noticed.
  @Test func anEmptyFileThatIsWrittenToSaysItChanged() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("empty.txt")
    write("", to: path)
    let runtime = Runtime(indexer: try DocumentLoader.open(path: path), watchInterval: 0)
    #expect(runtime.pendingEvents() == [])
    write(pieces(2), to: path)
    #expect(runtime.pendingEvents() == [.fileChanged])
  }
}
