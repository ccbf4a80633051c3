extension Role {
  /// The short code ``Screen/styledText(marking:)`` writes for this role.
  ///
  /// `text` tx (marked only when asked for), `title` ti, `byline` by, `editorNote` en, `dek` dk, `bio` bio,
  /// `highlight` hl, `currentHighlight` cur, `ownHighlight` own, `suggested` sug, `searchMatch` sm, `quote` q,
  /// `speaker` sp, `link` ln, `selectedLink` sln, `selection` sel, `inactiveSelection` isel, `border` bd, `header` hd,
  /// `status` st, `statusAccent` sa, `muted` mu, `control` ctl, `overlay` ov,
  /// `overlayTitle` ot.
  public var snapshotCode: String {
    switch self {
    case .text: "tx"
    case .title: "ti"
    case .byline: "by"
    case .editorNote: "en"
    case .dek: "dk"
    case .bio: "bio"
    case .highlight: "hl"
    case .currentHighlight: "cur"
    case .ownHighlight: "own"
    case .suggested: "sug"
    case .searchMatch: "sm"
    case .quote: "q"
    case .speaker: "sp"
    case .link: "ln"
    case .selectedLink: "sln"
    case .selection: "sel"
    case .inactiveSelection: "isel"
    case .border: "bd"
    case .header: "hd"
    case .status: "st"
    case .statusAccent: "sa"
    case .muted: "mu"
    case .control: "ctl"
    case .overlay: "ov"
    case .overlayTitle: "ot"
    }
  }
}

extension Screen {
  /// The screen as plain text for tests: rows joined with `\n`, continuation cells skipped
  /// (a wide character appears once), trailing spaces of every row trimmed.
  public func text() -> String {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width where self[x, y].width > 0 { line += self[x, y].text }
      return trimmingTrailingSpaces(line)
    }.joined(separator: "\n")
  }

  /// The screen as text with its roles marked inline, for tests that assert styles exactly:
  /// every run of cells in a marked role is written `⟦code:text⟧`, with the role's
  /// ``Role/snapshotCode`` (`hl` highlight, `sel` selection, …; see there for all of them).
  ///
  /// A cell drawn bold on top of its role (``Cell/isStrong``) adds `+b` to the code:
  /// `⟦own+b:words⟧`.
  ///
  /// `roles` chooses which roles are marked; `nil` marks every role but `.text`. A run never
  /// continues across rows. Trailing spaces outside a marked run are trimmed, so
  /// `Highlight ⟦hl:the phrase⟧ here` or `⟦sel:Title     ⟧` (a bar keeps its spaces).
  public func styledText(marking roles: Set<Role>? = nil) -> String {
    func isMarked(_ role: Role) -> Bool { roles.map { $0.contains(role) } ?? (role != .text) }
    return (0..<height).map { y in
      var line = ""
      var open: String?
      for x in 0..<width where self[x, y].width > 0 {
        let cell = self[x, y]
        let mark: String? =
          isMarked(cell.role) ? cell.role.snapshotCode + (cell.isStrong ? "+b" : "") : nil
        if mark != open {
          if open != nil { line += "⟧" }
          if let mark { line += "⟦" + mark + ":" }
          open = mark
        }
        line += cell.text
      }
      if open != nil { line += "⟧" } else { line = trimmingTrailingSpaces(line) }
      return line
    }.joined(separator: "\n")
  }
}

private func trimmingTrailingSpaces(_ line: String) -> String {
  var scalars = Substring(line).unicodeScalars
  while scalars.last == " " { scalars.removeLast() }
  return String(scalars)
}
