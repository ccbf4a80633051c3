import CGumbo

/// What an element's own `style` attribute says about its text. Editors that write their
/// bold as CSS (Blogger's, a document pasted from a word processor) mark the editor's
/// highlights with `<span style="font-weight: bold">` or a weight of 600 and more; Google
/// Docs wraps a whole paste in `<b style="font-weight:normal">`, which is not bold at all.
enum InlineStyle {
  /// Whether `node`'s `style` sets a bold weight (`bold`, `bolder`, `600`–`900`): true, a
  /// regular or light one (`normal`, `lighter`, under 600): false; nil when it sets none. The
  /// last declaration that sets one counts, a `font-weight` or the weight in a `font`
  /// shorthand (`font: bold 14px Arial`).
  static func weightIsBold(_ node: GumboNodePointer) -> Bool? {
    guard let style = node.attribute("style") else { return nil }
    return weightIsBold(declarations: style)
  }

  /// The same of a list of declarations as a `style` attribute or a style sheet's rule holds
  /// them (`color:#000;font-weight:700`).
  static func weightIsBold(declarations: String) -> Bool? {
    let style = declarations.lowercased()
    var found: Bool?
    for declaration in style.split(separator: ";") {
      let parts = declaration.split(separator: ":", maxSplits: 1)
      guard parts.count == 2 else { continue }
      let property = parts[0].trimmingCharacters(in: Self.spaces)
      var value = parts[1].trimmingCharacters(in: Self.spaces)
      if value.hasSuffix("!important") {
        value = String(value.dropLast("!important".count)).trimmingCharacters(in: Self.spaces)
      }
      if property == "font-weight" {
        found = isBold(weight: value) ?? found
      } else if property == "font" {
        // The shorthand names its weight among style, variant and size, as a word or a number.
        let words = value.split(separator: " ").map(String.init)
        for word in words {
          if let bold = isBold(weight: word), word != "normal" { found = bold }
        }
      }
    }
    return found
  }

  /// Whether `node`'s `style` sets a bold weight.
  static func isBold(_ node: GumboNodePointer) -> Bool { weightIsBold(node) == true }

  private static let spaces = " \t\n\r"

  private static func isBold(weight value: String) -> Bool? {
    switch value {
    case "bold", "bolder": return true
    case "normal", "lighter": return false
    default: return Int(value).map { $0 >= 600 }
    }
  }
}

extension Substring {
  /// Without leading and trailing characters of `set`.
  fileprivate func trimmingCharacters(in set: String) -> String {
    let kept = drop { set.contains($0) }
    return String(kept.reversed().drop { set.contains($0) }.reversed())
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    self[...].trimmingCharacters(in: set)
  }
}
