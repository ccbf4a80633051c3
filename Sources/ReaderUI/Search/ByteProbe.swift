#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A test on the file's raw bytes that every block showing a match of the query passes: the
/// search reads the bytes with `memchr` and checks only the blocks the probe points at with
/// the exact, character-level `TextSearch`, instead of setting every block's text.
///
/// Why it is sound: the reading pane shows a block's bytes with whitespace folded and bold
/// markers removed, so a run of the query without whitespace appears in the bytes as it is,
/// unless bold markers cut it (the search checks blocks with highlights for that) or the
/// pane made the text up (bylines, speaker headings, related links, the editor's signature:
/// `madeUp`). ASCII letters compare ignoring case; the few characters that other
/// characters fold or normalise to (K, `;`, `` ` ``), and `'`, `"` and `-`, which also find
/// their typographic forms, are never used for the probe.
struct ByteProbe {
  /// One way the probe's text can be written in the file.
  struct Pattern {
    /// Bytes, ASCII letters lowercased.
    var bytes: [UInt8]
    /// Whether ASCII letters match either case.
    var foldsASCII: Bool
    /// The position in `bytes` looked for with `memchr`: the rarest byte.
    var anchor: Int
  }

  /// Alternatives; a block with a match contains at least one. Empty: no probe is possible
  /// (every block must be checked).
  let patterns: [Pattern]
  /// Which kinds of block may show a match in text the pane makes up, which the bytes do not
  /// hold: those must be set and searched whatever the bytes say.
  let madeUp: MadeUpText

  /// Kinds of block whose shown text is partly the pane's own.
  struct MadeUpText: OptionSet {
    let rawValue: UInt8
    /// `by`, `and`, the comma after the names, `·` and the ISO date.
    static let bylines = MadeUpText(rawValue: 1)
    /// The `—` between a speaker's name and role.
    static let speakers = MadeUpText(rawValue: 2)
    /// The `• ` before a related link, and its date (` · 2025-02-13`).
    static let links = MadeUpText(rawValue: 4)
    static let all: MadeUpText = [.bylines, .speakers, .links]
  }

  /// The longest pattern, in bytes: how far a match can reach across a bold marker.
  let length: Int

  init(_ query: String) {
    var best: [UInt8] = []
    var run: [UInt8] = []
    for character in query {
      if let ascii = character.asciiValue, ByteProbe.isSafe(ascii) {
        run.append(ByteProbe.lower(ascii))
      } else {
        if run.count > best.count { best = run }
        run = []
      }
    }
    if run.count > best.count { best = run }
    if !best.isEmpty {
      patterns = [Pattern(bytes: best, foldsASCII: true, anchor: ByteProbe.rarest(best))]
      madeUp = ByteProbe.madeUpText(containing: String(decoding: best, as: UTF8.self))
    } else if let character = query.first(where: { !$0.isWhitespace }) {
      patterns = ByteProbe.variants(of: character)
      madeUp = ByteProbe.madeUpText(containing: String(character).lowercased())
    } else {
      patterns = []
      madeUp = .all
    }
    length = patterns.map(\.bytes.count).max() ?? 0
  }

  /// The first position in `range` where one of the patterns starts, or nil.
  func first(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var scanner = Scanner(self, text: text, end: range.upperBound)
    return scanner.first(from: range.lowerBound)
  }

  /// Whether `bytes` hold one of the patterns.
  func occurs(in bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { occurs(in: $0) }
  }

  /// Whether `buffer` holds one of the patterns.
  func occurs(in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = buffer.baseAddress else { return false }
    if buffer.count > ByteProbe.shortText { return first(in: buffer, 0..<buffer.count) != nil }
    // A few bytes (around a bold marker): every position is checked, without setting up a
    // scanner.
    return patterns.contains { pattern in
      buffer.count >= pattern.bytes.count
        && (0...(buffer.count - pattern.bytes.count)).contains {
          ByteProbe.matches(pattern, base, at: $0)
        }
    }
  }

  /// Texts up to this long are searched position by position.
  static let shortText = 64

  @inline(__always)
  static func scan(_ base: UnsafePointer<UInt8>, _ byte: UInt8, _ from: Int, _ stop: Int)
    -> Int
  {
    guard from < stop, let found = memchr(base + from, Int32(byte), stop - from) else {
      return stop
    }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  @inline(__always)
  static func matches(_ pattern: Pattern, _ base: UnsafePointer<UInt8>, at start: Int)
    -> Bool
  {
    for index in 0..<pattern.bytes.count {
      let byte = base[start + index]
      let wanted = pattern.bytes[index]
      if byte == wanted { continue }
      if pattern.foldsASCII && isLetter(wanted) && byte == wanted - 32 { continue }
      return false
    }
    return true
  }

  // MARK: Choosing the probe

  /// ASCII that no other character folds or normalises to, and not whitespace.
  private static func isSafe(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: return false
    case UInt8(ascii: "k"), UInt8(ascii: "K"), UInt8(ascii: ";"), UInt8(ascii: "`"): return false
    // The search finds their typographic forms too, which the bytes spell differently.
    case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "-"): return false
    default: return byte >= 0x20 && byte < 0x7F
    }
  }

  static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

  private static func lower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
  }

  /// English letters from most to least frequent; anything else counts as rarer than all.
  private static let frequency = Array("etaoinsrhldcumfpgwybvkxjqz".utf8)

  private static func rarest(_ bytes: [UInt8]) -> Int {
    var best = 0
    var bestRank = -1
    for (index, byte) in bytes.enumerated() {
      let rank = frequency.firstIndex(of: byte) ?? frequency.count
      if rank > bestRank {
        best = index
        bestRank = rank
      }
    }
    return best
  }

  /// The ways a single character can be written so that the search's comparison (case folded,
  /// canonically equivalent) still finds it.
  private static func variants(of character: Character) -> [Pattern] {
    var forms = Set([String(character), character.lowercased(), character.uppercased()])
    switch character {
    case "k", "K": forms.formUnion(["k", "K", "\u{212A}"])
    case ";": forms.insert("\u{037E}")
    case "`": forms.insert("\u{1FEF}")
    default:
      if let ascii = character.asciiValue {
        forms.formUnion(TextSearch.typographicForms(of: ascii).map { String($0) })
      }
    }
    // A letter with an accent may be spelt precomposed or decomposed, in either case. Kept
    // apart by their bytes: a `Set` of strings holds canonically equivalent spellings as one.
    var spellings = Set(forms.map { Array($0.utf8) })
    for form in forms where form.count == 1 {
      spellings.formUnion(CanonicalForms.spellings(of: Character(form)))
    }
    return spellings.sorted { $0.lexicographicallyPrecedes($1) }.map { bytes in
      Pattern(bytes: bytes, foldsASCII: false, anchor: bytes.count - 1)
    }
  }

  /// The kinds of block where `probe` (lowercased, no whitespace, so inside one shown word)
  /// may lie in a word the pane adds: `by`, `and`, `Name,`, `·` or an ISO date in a byline, the
  /// `—` of a speaker heading, the `•` of a related link.
  private static func madeUpText(containing probe: String) -> MadeUpText {
    var result: MadeUpText = []
    let dateLike = probe.allSatisfy { $0.isNumber || $0 == "-" }
    if "by".contains(probe) || "and".contains(probe) || probe.contains("·") || dateLike
      || (probe.last == "," && !probe.dropLast().contains(","))
    {
      result.insert(.bylines)
    }
    if probe.contains("—") || probe == "-" { result.insert(.speakers) }
    // A related link's date is shown as an ISO date, not as the file wrote it.
    if probe.contains("•") || probe.contains("·") || dateLike { result.insert(.links) }
    return result
  }
}
