import CGumbo

/// The font weights a page's own style sheets (`<style>`) give to classes. A word processor's
/// export (Google Docs' "Web page") writes every bold run as `<span class="c3">`, with
/// `.c3{font-weight:700}` in its sheet and no `<b>` anywhere: read by tags and `style`
/// attributes alone, such a page had no highlights at all.
///
/// Only rules whose selectors are all one class (`.c3`, `.c3, .c4`) count; a rule inside
/// `@media` counts as one outside it. Of an element's classes, the one whose rule came last
/// sets the weight, as between CSS rules of equal weight.
struct ClassWeights {
  /// For each class, whether its weight is bold and the order of the last rule that set it.
  private var weights: [String: (bold: Bool, order: Int)] = [:]

  init() {}

  /// The weights every `<style>` element of the page gives.
  init(page root: GumboNodePointer) {
    var order = 0
    root.forEachNode { node in
      guard node.isElement, node.tag == GUMBO_TAG_STYLE else { return }
      for child in node.children where child.isText {
        read(String(decoding: child.textBytes, as: UTF8.self), order: &order)
      }
    }
  }

  /// Whether `node`'s classes make its text bold; nil when none of them sets a weight.
  func isBold(_ node: GumboNodePointer) -> Bool? {
    guard !weights.isEmpty, let value = node.attribute("class") else { return nil }
    var winner: (bold: Bool, order: Int)?
    for name in value.split(whereSeparator: \.isWhitespace) {
      guard let weight = weights[String(name)] else { continue }
      if weight.order > winner?.order ?? -1 { winner = weight }
    }
    return winner?.bold
  }

  private mutating func read(_ sheet: String, order: inout Int) {
    for rule in Self.withoutComments(sheet).split(separator: "}") {
      // `@media print { .c3 { … ` leaves the rule's own selectors before its last brace.
      let parts = rule.split(separator: "{", omittingEmptySubsequences: false)
      guard parts.count >= 2,
        let bold = InlineStyle.weightIsBold(declarations: String(parts[parts.count - 1]))
      else { continue }
      let names = parts[parts.count - 2].split(separator: ",").map(Self.className)
      guard !names.isEmpty, !names.contains(nil) else { continue }
      order += 1
      for name in names.compactMap({ $0 }) { weights[name] = (bold, order) }
    }
  }

  /// The class a selector names when it is one class alone (`.c3`), else nil.
  private static func className(_ selector: Substring) -> String? {
    let trimmed = selector.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace)
    let name = String(trimmed.reversed())
    guard name.first == ".", name.count > 1,
      name.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    else { return nil }
    return String(name.dropFirst())
  }

  private static func withoutComments(_ sheet: String) -> String {
    var kept = ""
    var rest = Substring(sheet)
    while let open = rest.firstRange(of: "/*") {
      kept += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].firstRange(of: "*/") else { return kept }
      rest = rest[close.upperBound...]
    }
    return kept + rest
  }
}
