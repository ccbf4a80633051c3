import ReaderCore
import ReaderScreen
import ReaderUI
import TestSupport
import Testing

/// Escapes, C1 and bidi controls, invisible characters, NUL, DEL, CR and BS wherever the
/// interface shows text it did not write itself: titles, authors, speakers, quotes, related
/// links, the file name, and what the user types. No cell may hold one; each is shown in its
/// visible form (`^[`, `<U+009B>`), in the control role.
@Suite struct HostileControlsTests {
  /// What a file can carry: everything but NUL (which makes it binary) and CR (a line end).
  static let file = """
    Harbour \u{1B}]0;x\u{07} \u{9B}31m \u{202E}rev\u{200B}zw\u{7F}del\u{08}bs notes

    by Mara \u{1B}[2JQuill and Bo\u{202E} Chen [3-14-2024 published].

    The ferry was late.

    “We will \u{1B}[5mopen the line\u{9B} for everyone,” said Anna Wren.

    Related

    Links \u{1B}]0;y\u{07} galore [3-15-2024]

    Additional Related Articles

    Tides \u{1B}]52;c;aGk=\u{07} and \u{202E}times [3-16-2024] A note\u{1B}[8m here.

    """

  static let title = "Harbour ^[]0;x^G <U+009B>31m <U+202E>rev<U+200B>zw^?del^Hbs notes"

  /// A frame of the parsed file at 200×40, where nothing needs cutting.
  private func hostileFrame(keys: String = "", options: ReaderOptions? = nil) throws -> Screen {
    let document = try parsed(Self.file)
    let options = options ?? ReaderOptions(mouse: false, fileLabel: "hostile.txt")
    let screen = ReaderProgram.snapshot(
      of: document, options: options, width: 200, height: 40, keys: try KeyString.parse(keys))
    #expect(frameProblem(in: screen) == nil, "\(frameProblem(in: screen) ?? "")")
    return screen
  }

  @Test func aTitleIsShownVisiblyInTheListAndTheReadingPane() throws {
    let screen = try hostileFrame()
    #expect(screen.row(1).hasPrefix("▸ 1 Harbour ^[]0;x^G <U+009B>31m <U+202E>rev…│"))
    // The title is the reading pane's header, once.
    #expect(screen.row(0).contains("│ 1. " + Self.title + " "))
    #expect(!screen.row(1).contains("│ " + Self.title + " "))
    // The visible forms are drawn as controls, the text around them in the header's role.
    #expect(
      screen.styledText().split(separator: "\n")[0].contains(
        "⟦hd: 1. Harbour ⟧⟦ctl:^[⟧⟦hd:]0;x⟧⟦ctl:^G⟧⟦hd: ⟧⟦ctl:<U+009B>⟧⟦hd:31m ⟧⟦ctl:<U+202E>⟧"))
  }

  @Test func anAuthorIsShownVisiblyInTheListThePickerAndTheStatusLine() throws {
    let list = try hostileFrame()
    #expect(list.row(2).hasPrefix("    Mara ^[[2JQuill, Bo<U+202E> C… 2024-03-14│"))
    #expect(list.row(1).contains("│ by Mara ^[[2JQuill and Bo<U+202E> Chen ·\u{00A0}2024-03-14"))

    let picker = try hostileFrame(keys: "a")
    let text = picker.text()
    #expect(text.contains("│ Mara ^[[2JQuill (1)"))
    #expect(text.contains("│ Bo<U+202E> Chen (1)"))

    // Typing a control in the picker's field shows it too, and narrows as any text does.
    let typed = try hostileFrame(keys: "a\u{1B}[2J")
    #expect(typed.text().contains("│ Name: ^[[2J▏"))
    #expect(typed.text().contains("│ Mara ^[[2JQuill (1)"))
    #expect(!typed.text().contains("Chen (1)"))

    let filtered = try hostileFrame(keys: "aQuill<Enter>")
    #expect(filtered.row(0).hasPrefix(" By Mara ^[[2JQuill (1 of 1)"))
    #expect(filtered.row(39).contains(" │ author: Mara ^[[2JQuill │ "))
  }

  @Test func aQuoteAndItsSpeakerAreShownVisiblyInTheSidebar() throws {
    let screen = try hostileFrame()
    #expect(screen.row(1).hasSuffix("│▸ Anna Wren — We will ^[[5mopen the line<U+009B> f…"))
    #expect(
      screen.text().contains("│ “We will ^[[5mopen the line<U+009B> for everyone,” said Anna Wren.")
    )
  }

  @Test func aSpeakerNameAndRoleWithControlsAreShownVisibly() throws {
    var builder = DocumentBuilder()
    builder.article("Tide\u{0} table\r\u{8}\u{7F} \u{1B}[31m red", by: ["Ann\u{0}\u{1B}[1m Lee"])
    builder.speaker(
      "Anna \u{1B}]0;z\u{7}Wren", role: "Harbour \u{9B}master",
      says: .plain("We will \u{1B}[5mopen\u{0} the line\r\nnow\u{202E}."))
    let screen = try frame(builder.build(), 200, 40)
    #expect(frameProblem(in: screen) == nil, "\(frameProblem(in: screen) ?? "")")
    #expect(screen.row(1).hasPrefix("▸ 1 Tide^@ table^M^H^? ^[[31m red"))
    #expect(screen.row(2).hasPrefix("    Ann^@^[[1m Lee"))
    #expect(screen.row(1).hasSuffix("│▸ Anna ^[]0;z^GWren — We will ^[[5mopen^@ the line…"))
    #expect(screen.row(3).contains("│ Anna ^[]0;z^GWren — Harbour <U+009B>master "))
    #expect(screen.row(4).contains("│     We will ^[[5mopen^@ the line now<U+202E>. "))
  }

  @Test func relatedLinksAreShownVisibly() throws {
    let screen = try hostileFrame()
    let text = screen.text()
    #expect(text.contains("│ • Links ^[]0;y^G galore ·\u{00A0}2024-03-15"))
    #expect(text.contains("Tides ^[]52;c;aGk=^G and <U+202E>times"))
    #expect(text.contains("A note^[[8m here."))
  }

  @Test func aFileNameWithAnEscapeAndANewLineIsShownVisibly() throws {
    let label = "dir/evil\u{1B}]0;x\u{07}\nname\u{9B}.txt"
    let screen = try hostileFrame(options: ReaderOptions(mouse: false, fileLabel: label))
    #expect(screen.row(39).hasPrefix(" evil^[]0;x^G^Jname<U+009B>.txt │ Article 1/1 │ "))
  }

  @Test func searchInputIsShownVisibly() throws {
    // A control key has no meaning in the prompt; typed characters, even controls, show.
    let typing = try hostileFrame(keys: "/<C-a>\u{1B}]0;x\u{07}\u{9B}\u{202E}")
    #expect(typing.row(39).hasPrefix(" /^[]0;x^G<U+009B><U+202E>▏"))
    #expect(typing.row(39).hasSuffix("not found"))

    // The title holds `ESC ] 0 ; x BEL`: searching for it finds it.
    let found = try hostileFrame(keys: "/\u{1B}]0;x\u{07}<Enter>")
    #expect(found.row(39).contains(" │ /^[]0;x^G "))
    #expect(found.row(39).hasSuffix("? help"))
    let missing = try hostileFrame(keys: "/\u{1B}]0;q\u{07}\u{0}<Enter>")
    #expect(missing.row(39).contains(" │ /^[]0;q^G^@ "))
    #expect(missing.row(39).hasSuffix("not found: ^[]0;q^G^@"))

    // What the backend makes of a pasted `ESC ] 0 ; x BEL`: Esc ends the prompt, BEL is Ctrl-G.
    let pasted = try hostileFrame(keys: "/lin<Esc>]0;x<C-g>")
    #expect(
      pasted.row(39).hasPrefix(
        " hostile.txt │ Article 1/1 │ no highlights — * for suggested key sentences │ "))
  }
}
