import CGumbo

/// What an element's own `style` attribute says about its text. Editors that write their
/// bold as CSS (Blogger's, a document pasted from a word processor) mark the editor's
/// highlights with `<span style="font-weight: bold">` or a weight of 600 and more.
enum InlineStyle {
  /// Whether `node`'s `style` sets a bold `font-weight` (`bold`, `bolder`, `600`–`900`).
  static func isBold(_ node: GumboNodePointer) -> Bool {
    guard let style = node.attribute("style")?.lowercased() else { return false }
    for declaration in style.split(separator: ";") {
      let parts = declaration.split(separator: ":", maxSplits: 1)
      guard parts.count == 2,
        parts[0].trimmingCharacters(in: " \t\n\r") == "font-weight"
      else { continue }
      var value = parts[1].trimmingCharacters(in: " \t\n\r")
      if value.hasSuffix("!important") {
        value = String(value.dropLast("!important".count)).trimmingCharacters(in: " \t\n\r")
      }
      if value == "bold" || value == "bolder" { return true }
      if let weight = Int(value) { return weight >= 600 }
      return false
    }
    return false
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
