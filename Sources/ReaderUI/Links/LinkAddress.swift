/// Which addresses the reader hands to a browser: `http`, `https` and `mailto` only, and
/// only without control characters. `javascript:`, `data:`, `file:`, relative addresses and
/// every other scheme are refused: a document's link must not run code, show a page made of
/// its own bytes, or open a local file.
enum LinkAddress {
  /// What to do with an address.
  enum Verdict: Sendable, Hashable {
    case open
    /// Refused, and why (for the status line).
    case refused(String)
  }

  static let schemes: Set<String> = ["http", "https", "mailto"]

  static func verdict(_ address: String) -> Verdict {
    if address.unicodeScalars.contains(where: isControl) {
      return .refused("refused: the address holds control characters")
    }
    guard let scheme = scheme(of: address) else {
      return .refused("refused: the address names no scheme (only http, https and mailto open)")
    }
    guard schemes.contains(scheme.lowercased()) else {
      return .refused("refused: \(scheme.lowercased()): links are not opened")
    }
    return .open
  }

  /// The scheme as RFC 3986 spells it (a letter, then letters, digits, `+`, `-`, `.`), if any.
  static func scheme(of address: String) -> String? {
    guard let colon = address.firstIndex(of: ":") else { return nil }
    let scheme = address[..<colon]
    guard let first = scheme.unicodeScalars.first, first.isASCIILetter,
      scheme.unicodeScalars.allSatisfy({
        $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == "."
      })
    else { return nil }
    return String(scheme)
  }

  /// C0, DEL, C1, and the bidi controls that could make an address read as another.
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }
}

extension Unicode.Scalar {
  fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
