import TerminalText

/// Text written into Markdown so that it reads back as the same text, and so that nothing in
/// it can drive a terminal.
///
/// A backslash goes only before a character Markdown would otherwise read as markup there: a
/// `*` or `` ` `` anywhere, `_` not inside a word, `[` before a `](` or at a line's start, `~`
/// when there are two, `<` that begins a tag or an autolink, `&` that begins an entity, a
/// backslash before punctuation, and at a line's start what would begin a heading, a quote, a
/// list, a rule, a table or a fence. So `ESC[2J`, `snake_case` and `a < b` stay as written.
/// Links are written as `[words](address)`, brackets in their words escaped.
/// Controls are written in the visible forms the reading pane shows (`^[`, `<U+202E>`,
/// `VisibleControl`'s one table): Markdown is for reading, and a raw ESC in it would act on
/// the terminal that shows it. Tabs and line feeds stay.
enum MarkdownText {
  /// `text` as Markdown text. `strong`: scalar ranges of `text` to wrap in `**`; `links`:
  /// scalar ranges to write as links to their addresses (neither overlaps the other).
  /// `atLineStart`: whether the text begins a line of the output (a paragraph, a quote's line).
  static func escaped(
    _ text: String, atLineStart: Bool = false, strong: [Range<Int>] = [],
    links: [(range: Range<Int>, address: String)] = []
  ) -> String {
    if strong.isEmpty && links.isEmpty && !atLineStart
      && !text.unicodeScalars.contains(where: mayNeedWork)
    {
      return text
    }
    var scalars: [Unicode.Scalar] = []
    // Where each of `text`'s scalars starts in `scalars` (controls take more than one there).
    var position: [Int] = []
    for scalar in text.unicodeScalars {
      position.append(scalars.count)
      if isShownVisibly(scalar.value) {
        scalars += VisibleControl.text(for: scalar).unicodeScalars
      } else {
        scalars.append(scalar)
      }
    }
    position.append(scalars.count)
    func moved(_ range: Range<Int>) -> Range<Int> {
      position[range.lowerBound]..<position[range.upperBound]
    }
    var opens: [Int: Int] = [:]
    var closes: [Int: Int] = [:]
    for range in strong.map(moved) {
      opens[range.lowerBound] = range.upperBound
      closes[range.upperBound] = range.lowerBound
    }
    var linkOpens: [Int: Int] = [:]
    var linkCloses: [Int: (start: Int, address: String)] = [:]
    for link in links {
      let range = moved(link.range)
      linkOpens[range.lowerBound] = range.upperBound
      linkCloses[range.upperBound] = (range.lowerBound, link.address)
    }
    return Writer(
      scalars: scalars, opens: opens, closes: closes, linkOpens: linkOpens,
      linkCloses: linkCloses
    ).write(atLineStart: atLineStart)
  }

  /// A link's address as a Markdown destination: as it is when it is plain, else in `<…>`
  /// with `<`, `>` and `\` escaped; controls in their visible forms.
  static func destination(_ address: String) -> String {
    var plain = !address.isEmpty
    var inner = ""
    for scalar in address.unicodeScalars {
      if isShownVisibly(scalar.value) {
        inner += VisibleControl.text(for: scalar)
        plain = false
        continue
      }
      switch scalar {
      case "<", ">", "\\":
        inner += "\\" + String(scalar)
        plain = false
      case " ", "(", ")", "\t", "\n":
        inner.unicodeScalars.append(scalar)
        plain = false
      default:
        inner.unicodeScalars.append(scalar)
      }
    }
    return plain ? inner : "<" + inner + ">"
  }

  /// Controls, separators and invisible characters, but not the tab and line feed that
  /// Markdown itself uses.
  static func isShownVisibly(_ value: UInt32) -> Bool {
    value != 0x09 && value != 0x0A && VisibleControl.isNeverRaw(value)
  }

  private static func mayNeedWork(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\\", "*", "_", "`", "[", "~", "<", "&", "\n": true
    default: isShownVisibly(scalar.value)
    }
  }

  private struct Writer {
    let scalars: [Unicode.Scalar]
    /// Bold's starts, each with its end, and its ends, each with its start.
    let opens: [Int: Int]
    let closes: [Int: Int]
    /// Links' starts, each with its end, and their ends, each with its start and address.
    let linkOpens: [Int: Int]
    let linkCloses: [Int: (start: Int, address: String)]

    /// The marks that end and begin at `index`, nested: of two that end there the inner
    /// one (the later start) closes first, of two that begin there the outer one (the later
    /// end) opens first, and bold over a link's very words goes outside: `**[words](…)**`.
    private func marks(at index: Int, inLink: inout Bool, tagged: Set<Int>) -> String {
      var text = ""
      let boldEnd = closes[index]
      let linkEnd = linkCloses[index]
      let closeLink = linkEnd.map { "](" + MarkdownText.destination($0.address) + ")" } ?? ""
      let closeBold = boldEnd.map { tagged.contains($0) ? "</b>" : "**" } ?? ""
      if let boldEnd, let linkEnd, boldEnd > linkEnd.start {
        text += closeBold + closeLink
      } else {
        text += closeLink + closeBold
      }
      if linkEnd != nil { inLink = false }
      let boldStart = opens[index]
      let linkStart = linkOpens[index]
      let openBold = boldStart == nil ? "" : tagged.contains(index) ? "<b>" : "**"
      if let boldStart, let linkStart, boldStart < linkStart {
        text += "[" + openBold
      } else {
        text += openBold + (linkStart == nil ? "" : "[")
      }
      if linkStart != nil { inLink = true }
      return text
    }

    func write(atLineStart: Bool) -> String {
      var output = String.UnicodeScalarView()
      let tildes = scalars.count { $0 == "~" }
      var lineStart = atLineStart
      var forced = Set<Int>()
      var inLink = false
      let tagged = boldNeedingTags(tildes: tildes)
      for index in scalars.indices {
        output += marks(at: index, inLink: &inLink, tagged: tagged).unicodeScalars
        let scalar = scalars[index]
        var escape: Bool
        if lineStart && scalar != " " && scalar != "\t" {
          lineStart = false
          escape = beginsBlock(at: index, forcing: &forced)
        } else {
          escape = false
        }
        escape =
          escape || forced.contains(index) || needsEscape(at: index, tildes: tildes)
          || (inLink && (scalar == "[" || scalar == "]"))
        if escape { output.append("\\") }
        output.append(scalar)
        if scalar == "\n" { lineStart = true }
      }
      output += marks(at: scalars.count, inLink: &inLink, tagged: tagged).unicodeScalars
      return String(output)
    }

    /// The starts of bold whose `**` would not open or close where it stands, by CommonMark's
    /// flanking rules: punctuation at its edge against a letter outside (`x**“quoted”**y`),
    /// including the `\` of an escape and a link's bracket. Such bold is written as `<b>…</b>`,
    /// which the Markdown reader takes as the same highlight; a `**` there read back as text
    /// and put the paragraph's later highlights out of step.
    private func boldNeedingTags(tildes: Int) -> Set<Int> {
      var tagged = Set<Int>()
      for (start, end) in opens {
        // What stands on each side of the opener and the closer as written.
        var beforeOpen =
          start == 0 ? FlankingClass.whitespace : FlankingClass.of(scalars[start - 1])
        var afterOpen = written(at: start, tildes: tildes)
        if let linkEnd = linkOpens[start] {
          if end < linkEnd { beforeOpen = .punctuation } else { afterOpen = .punctuation }
        }
        if linkCloses[start] != nil || closes[start] != nil { beforeOpen = .punctuation }
        var beforeClose = FlankingClass.of(scalars[end - 1])
        var afterClose = end == scalars.count ? .whitespace : written(at: end, tildes: tildes)
        if let link = linkCloses[end] {
          if start > link.start { afterClose = .punctuation } else { beforeClose = .punctuation }
        }
        if linkOpens[end] != nil || opens[end] != nil { afterClose = .punctuation }
        let canOpen =
          afterOpen != .whitespace
          && (afterOpen != .punctuation || beforeOpen != .other)
        let canClose =
          beforeClose != .whitespace
          && (beforeClose != .punctuation || afterClose != .other)
        // Two highlights that touch would write `****`, one run that reads as neither.
        let touches = closes[start] != nil
        if !canOpen || !canClose || touches { tagged.insert(start) }
      }
      return tagged
    }

    /// The class of the scalar at `index` as written: an escaped one is led by `\`.
    private func written(at index: Int, tildes: Int) -> FlankingClass {
      needsEscape(at: index, tildes: tildes) ? .punctuation : FlankingClass.of(scalars[index])
    }

    /// Whether the scalar at a line's first non-blank position would start a block; an
    /// ordered list's `1.` is kept text by escaping its `.` (put in `forced`).
    private func beginsBlock(at index: Int, forcing forced: inout Set<Int>) -> Bool {
      switch scalars[index] {
      case "#", ">", "+", "-", "=", "|", "~", "[", "<": return true
      case "0"..."9":
        var end = index
        while end < scalars.count, end - index < 10, ("0"..."9").contains(scalars[end]) { end += 1 }
        if end < scalars.count, scalars[end] == "." || scalars[end] == ")" { forced.insert(end) }
        return false
      default: return false
      }
    }

    private func needsEscape(at index: Int, tildes: Int) -> Bool {
      switch scalars[index] {
      case "*", "`": return true
      case "\\":
        let next = index + 1
        guard next < scalars.count, opens[next] == nil, closes[next] == nil,
          linkOpens[next] == nil, linkCloses[next] == nil
        else {
          return true
        }
        return scalars[next] == "\n" || isASCIIPunctuation(scalars[next])
      case "_": return !(isWordScalar(index - 1) && isWordScalar(index + 1))
      case "~": return tildes > 1
      case "[": return linkFollows(index)
      case "<": return beginsTagOrAutolink(index)
      case "&": return beginsEntity(index)
      default: return false
      }
    }

    private func isWordScalar(_ index: Int) -> Bool {
      guard index >= 0, index < scalars.count, opens[index] == nil, closes[index] == nil
      else { return false }
      let properties = scalars[index].properties
      return properties.isAlphabetic || properties.numericType != nil
    }

    /// `[` is link text only when `](` follows: the export writes no reference definitions.
    private func linkFollows(_ index: Int) -> Bool {
      var position = index + 1
      while position + 1 < scalars.count {
        if scalars[position] == "]" && scalars[position + 1] == "(" { return true }
        position += 1
      }
      return false
    }

    /// `</`, `<!`, `<?`, `<name` ending like a tag, or `<scheme:`.
    private func beginsTagOrAutolink(_ index: Int) -> Bool {
      var position = index + 1
      guard position < scalars.count else { return false }
      let first = scalars[position]
      if first == "/" || first == "!" || first == "?" { return true }
      guard first.isASCII, first.properties.isAlphabetic else { return false }
      while position < scalars.count,
        isASCIIAlphanumeric(scalars[position]) || scalars[position] == "-"
      {
        position += 1
      }
      guard position < scalars.count else { return true }
      switch scalars[position] {
      case " ", "\t", "\n", "/", ">", ":": return true
      case "+", ".":
        while position < scalars.count,
          isASCIIAlphanumeric(scalars[position]) || "+.-".unicodeScalars.contains(scalars[position])
        {
          position += 1
        }
        return position < scalars.count && scalars[position] == ":"
      default: return false
      }
    }

    /// `&name;` or `&#…;`.
    private func beginsEntity(_ index: Int) -> Bool {
      var position = index + 1
      guard position < scalars.count,
        scalars[position] == "#" || isASCIIAlphanumeric(scalars[position])
      else { return false }
      position += 1
      while position < scalars.count, position - index < 34 {
        if scalars[position] == ";" { return true }
        guard isASCIIAlphanumeric(scalars[position]) else { return false }
        position += 1
      }
      return false
    }

    private func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII && scalar.value > 0x20 && scalar.value < 0x7F && !isASCIIAlphanumeric(scalar)
    }
  }
}
