import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// Frames drawn ahead (`PreparedFrame`): adopting one must leave the program exactly as
/// handling the key and drawing would have, and preparing must change nothing.
@Suite struct PreparedFrameTests {
  private static let keys = [
    "j", "j", "j", "k", "k", "<Space>", "<Space>", "b", "g", "G", "]", "]", "[", "}", "}", "{",
    "<C-d>", "S", "s", "l", "v", "w", "<Enter>", "c", "y", "<Esc>", "H", "/", "t", "h", "e", "n",
    "N", "?", "*", "'", "<Tab>", "<Down>", "<Up>", "a", "A", "1", "x",
  ]

  private func documents() -> [Document] {
    // Articles over `ArticleLines.eagerBytes` are wrapped lazily: their line counts are
    // estimates until wrapped, and the percent in the status line follows them.
    var long = DocumentBuilder()
    for article in 1...3 {
      long.article("Long article \(article)", by: ["Writer \(article)"])
      for number in 1...120 {
        long.paragraph(
          .plain("Paragraph \(number) of article \(article) runs on "),
          .plain(String(repeating: "with words that wrap ", count: number % 9 + 1)),
          .bold(number % 7 == 0 ? "and a bold phrase" : ""), .plain(" to its end."))
      }
    }
    return [.sample(), tinyDocument(), wideDocument(), long.build(), long.build()]
  }

  /// Two programs take the same keys: one handles each key and draws, the other adopts the
  /// frame drawn ahead whenever one was drawn for the key (as the terminal loop does). Their
  /// frames and states must never differ, and most keys must have been drawn ahead.
  @Test(arguments: 0..<10)
  func adoptingIsHandlingAndDrawing(seed: Int) throws {
    var generator = SeededKeys(state: UInt64(seed) &* 104_729 &+ 3)
    let sizes = [(120, 24), (80, 12), (200, 40), (60, 8)]
    let docs = documents()
    let document = docs[generator.next(docs.count)]
    let (width, height) = sizes[generator.next(sizes.count)]
    var handled = ReaderProgram(document: document, options: sampleOptions)
    var ahead = ReaderProgram(document: document, options: sampleOptions)
    handled.handle(.resize(width: width, height: height))
    ahead.handle(.resize(width: width, height: height))
    _ = handled.render(width: width, height: height)
    _ = ahead.render(width: width, height: height)
    var recent: [Key] = []
    var typed: [String] = []
    var adopted = 0
    for step in 0..<120 {
      let name = Self.keys[generator.next(Self.keys.count)]
      typed.append(name)
      for key in try KeyString.parse(name) {
        var prepared = ahead.keysToPrepare(after: recent).compactMap {
          ahead.prepare($0, width: width, height: height)
        }
        let aheadScreen: Screen
        if let frame = prepared.first(where: { $0.event == .key(key) }), ahead.adopt(frame) {
          adopted += 1
          aheadScreen = frame.screen
          prepared = []
        } else {
          prepared = []
          ahead.handle(.key(key))
          aheadScreen = ahead.render(width: width, height: height)
        }
        _ = ahead.takeRedrawRequest()
        handled.handle(.key(key))
        _ = handled.takeRedrawRequest()
        let handledScreen = handled.render(width: width, height: height)
        recent.removeAll { $0 == key }
        recent.insert(key, at: 0)
        if recent.count > 2 { recent.removeLast() }
        let same = aheadScreen == handledScreen && ahead.model.state == handled.model.state
        #expect(
          same,
          "step \(step + 1), keys \(typed.joined(separator: " ")):\n\(aheadScreen.text())\n---\n\(handledScreen.text())"
        )
        if !same { return }
      }
    }
    // Searches, notes and lists opened by the random keys keep many from being drawn ahead.
    #expect(adopted > 0, "no key was drawn ahead")
  }

  /// In the reading view, every key that moves is drawn ahead, and the frames adopted are
  /// those drawn from nothing; after a search its `n` and `N` too, the author picker's `a`,
  /// the list's arrows and Enter, and `A` once an author is chosen.
  @Test(arguments: ["jjjkk<Space><Space>b]]][[}}{gGgjj", "nnNna<Down><Enter>jAj/"])
  func everyMoveIsDrawnAhead(keyString: String) throws {
    var program = try program(
      .sample(), 120, 24, keys: keyString.hasPrefix("n") ? "/the<Enter>" : "")
    var recent: [Key] = []
    let keys = try KeyString.parse(keyString)
    for (index, key) in keys.enumerated() {
      let frames = program.keysToPrepare(after: recent).compactMap {
        program.prepare($0, width: 120, height: 24)
      }
      let frame = try #require(frames.first { $0.event == .key(key) }, "key \(index + 1)")
      let taken = program.adopt(frame)
      #expect(taken, "key \(index + 1)")
      let whole = FrameView.render(
        program.model, fileLabel: program.options.fileLabel, caches: ViewCaches(), width: 120,
        height: 24)
      #expect(frame.screen == whole, "key \(index + 1)")
      recent = [key] + recent.filter { $0 != key }.prefix(1)
    }
  }

  /// Preparing every key leaves the model and the next frame as they were.
  @Test func preparingChangesNothing() throws {
    var program = try program(.sample(), 120, 24, keys: "jj}")
    let before = program.render(width: 120, height: 24)
    let state = program.model.state
    let keys = program.keysToPrepare(after: [.character("S"), .character("H")])
    #expect(keys.count >= 10)
    let frames = keys.compactMap { program.prepare($0, width: 120, height: 24) }
    #expect(frames.count == keys.count)
    #expect(program.model.state == state)
    let after = program.render(width: 120, height: 24)
    #expect(after == before)
    program.handle(.key(.character("j")))
    let moved = program.render(width: 120, height: 24)
    #expect(moved != before)
  }

  /// A frame prepared before another event is refused, and the event it answered is then
  /// handled as usual.
  @Test func aFrameFromBeforeAnotherEventIsRefused() throws {
    var program = try program(.sample(), 120, 24)
    let frame = try #require(program.prepare(.character("j"), width: 120, height: 24))
    program.handle(.key(.character("}")))
    let state = program.model.state
    let stale = program.adopt(frame)
    #expect(!stale)
    #expect(program.model.state == state)
    let fresh = try #require(program.prepare(.character("j"), width: 120, height: 24))
    let taken = program.adopt(fresh)
    #expect(taken)
    #expect(program.model.state != state)
    // Adopted once: the same frame cannot be taken twice.
    let again = program.adopt(fresh)
    #expect(!again)
  }

  /// Nothing is drawn ahead while text is typed; a list offers Enter, Esc and the arrows
  /// first and never a letter (letters narrow it).
  @Test func whatIsDrawnAheadFollowsTheMode() throws {
    let reading = try program(.sample(), 120, 24)
    let moving: [Key] = [" ", "b", "j", "k", "]", "[", "}", "{", "g", "G", "H", "/", "a", "S"].map {
      .character(Character($0))
    }
    #expect(Set(reading.keysToPrepare(after: [])) == Set(moving))
    #expect(reading.keysToPrepare(after: [.character("s")]).first == .character("s"))
    // n and N while a search is kept, not before.
    #expect(!reading.keysToPrepare(after: []).contains(.character("n")))
    let found = try program(.sample(), 120, 24, keys: "/the<Enter>")
    #expect(found.keysToPrepare(after: []).contains(.character("n")))
    #expect(found.keysToPrepare(after: []).contains(.character("N")))
    // A while an author is chosen, not before.
    #expect(!reading.keysToPrepare(after: []).contains(.character("A")))
    let filtered = try program(.sample(), 120, 24, keys: "a<Enter>")
    #expect(filtered.model.state.authorFilter != nil)
    #expect(filtered.keysToPrepare(after: []).contains(.character("A")))
    let searching = try program(.sample(), 120, 24, keys: "/th")
    #expect(searching.keysToPrepare(after: [.character("h")]).isEmpty)
    let listing = try program(.sample(), 120, 24, keys: "H")
    let listKeys = listing.keysToPrepare(after: [.character("H"), .down])
    #expect(Array(listKeys.prefix(4)) == [.enter, .escape, .down, .up])
    #expect(!listKeys.contains { if case .character = $0 { true } else { false } })
    // The skim view is drawn ahead in short articles only.
    var book = DocumentBuilder()
    book.article("A book", by: ["Ann Lee"])
    for number in 0...ReaderProgram.skimAheadBlocks {
      book.paragraph(.plain("Paragraph \(number) of the book."))
    }
    let inBook = try program(book.build(), 120, 24)
    #expect(!inBook.keysToPrepare(after: []).contains(.character("S")))
    #expect(inBook.keysToPrepare(after: [.character("S")]).first == .character("S"))
    // A repaint is the terminal cleared and drawn whole, never bytes encoded ahead.
    #expect(reading.prepare(.control("l"), width: 120, height: 24) == nil)
    #expect(reading.prepare(.character("q"), width: 120, height: 24) == nil)
  }

  /// The likely keys follow the user's bindings.
  @Test func likelyKeysFollowTheBindings() {
    #expect(
      ReaderProgram.likelyKeys(KeyBindings())
        == [
          "j", "k", " ", "b", "]", "[", "}", "{", "g", "G", "H", "/", "a",
        ].map { Key.character(Character($0)) })
    let rebound = KeyBindings([.character("j"): .quit, .character("e"): .down])
    #expect(ReaderProgram.likelyKeys(rebound).first == .character("e"))
    // Bindings that rebind nothing that moves give the defaults, found key by key.
    let unrelated = KeyBindings([.character("x"): .help])
    #expect(ReaderProgram.likelyKeys(unrelated) == ReaderProgram.likelyKeys(KeyBindings()))
  }
}
