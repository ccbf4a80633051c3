import TerminalText

/// Turns what the terminal sends into keys, as terminals send it: escape sequences are read
/// whole (CSI and SS3 with parameters, intermediates and a final byte; OSC, DCS, APC, PM and
/// SOS strings up to their terminator) and a sequence the reader has no key for is dropped
/// whole, so that none of its bytes act as keys. Knows xterm's and VT220's function keys, the
/// kitty keyboard protocol (`CSI code;mods u`), xterm's `modifyOtherKeys` (`CSI 27;mods;code ~`)
/// and bracketed paste (`CSI 200~ … CSI 201~`), whose text becomes one `.paste`.
///
/// Pure: the backend feeds it what curses reads (characters, and keys curses already decoded)
/// and calls `flush` when no more input is waiting, which settles a lone Esc.
public struct InputDecoder: Sendable {
  /// What the decoder makes of the input.
  public enum Output: Sendable, Hashable {
    case key(Key)
    /// Text pasted between bracketed-paste markers: for prompts, never for commands.
    case paste(String)
  }

  private enum Phase: Sendable {
    case ground
    /// After ESC.
    case escape
    /// After `ESC [`: parameter and intermediate bytes so far.
    case controlSequence([UInt8])
    /// After `ESC O`: one final byte follows.
    case singleShift
    /// Inside an OSC, DCS, APC, PM or SOS string; `sawEscape` after an ESC that may start
    /// the terminator `ESC \`.
    case string(sawEscape: Bool)
    /// Inside a bracketed paste.
    case paste
  }

  private var phase = Phase.ground
  private var pasted: [Unicode.Scalar] = []

  /// Longest control sequence kept; a longer one (an overlong parameter) is dropped whole.
  public static let longestSequence = 32
  /// Longest paste kept; the rest of a longer one is dropped.
  public static let longestPaste = 64 * 1024
  private static let pasteEnd: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]

  public init() {}

  /// Whether a sequence has begun whose rest has not arrived: worth a short wait before
  /// `flush` drops it. A lone ESC is not (curses waited for its rest already), nor a paste
  /// (it goes on across reads).
  public var awaitsRest: Bool {
    switch phase {
    case .controlSequence, .singleShift, .string: return true
    case .ground, .escape, .paste: return false
    }
  }

  /// Feeds one character the terminal sent.
  public mutating func feed(_ value: UInt32) -> [Output] {
    guard let scalar = Unicode.Scalar(value) else { return [] }
    return feed(scalar)
  }

  /// Feeds a key curses already decoded from a sequence it knows. Inside a sequence of ours
  /// it ends that sequence, which is dropped.
  public mutating func feed(key: Key) -> [Output] {
    if case .paste = phase { return [] }
    phase = .ground
    return [.key(key)]
  }

  /// No more input is waiting: a lone ESC was the Esc key; a sequence cut short is dropped.
  /// A paste goes on (its end may come with the next read).
  public mutating func flush() -> [Output] {
    switch phase {
    case .escape:
      phase = .ground
      return [.key(.escape)]
    case .paste, .string:
      return []
    default:
      phase = .ground
      return []
    }
  }

  private mutating func feed(_ scalar: Unicode.Scalar) -> [Output] {
    switch phase {
    case .ground:
      if scalar == "\u{1B}" {
        phase = .escape
        return []
      }
      return InputDecoder.key(forCharacter: scalar).map { [.key($0)] } ?? []
    case .escape:
      return afterEscape(scalar)
    case .controlSequence(let bytes):
      return inControlSequence(scalar, bytes)
    case .singleShift:
      phase = .ground
      return InputDecoder.singleShiftKey(scalar).map { [.key($0)] } ?? []
    case .string(let sawEscape):
      if scalar == "\u{07}" || (sawEscape && scalar == "\\") {
        phase = .ground
      } else if sawEscape && scalar == "[" {
        // An unterminated string followed by a new sequence: the string ends here.
        phase = .controlSequence([])
      } else {
        phase = .string(sawEscape: scalar == "\u{1B}")
      }
      return []
    case .paste:
      return inPaste(scalar)
    }
  }

  private mutating func afterEscape(_ scalar: Unicode.Scalar) -> [Output] {
    switch scalar {
    case "[":
      phase = .controlSequence([])
    case "O":
      phase = .singleShift
    case "]", "P", "_", "^", "X":
      phase = .string(sawEscape: false)
    case "\u{1B}":
      // ESC ESC: the first was the Esc key.
      phase = .escape
      return [.key(.escape)]
    default:
      // Alt plus a key: the reader binds none, and the key alone would be a command.
      phase = .ground
    }
    return []
  }

  private mutating func inControlSequence(_ scalar: Unicode.Scalar, _ bytes: [UInt8]) -> [Output] {
    let value = scalar.value
    switch value {
    case 0x20...0x3F:
      phase = .controlSequence(bytes + [UInt8(value)])
      return []
    case 0x40...0x7E:
      phase = .ground
      guard bytes.count <= InputDecoder.longestSequence else { return [] }
      let sequence = ControlSequence(bytes: bytes, final: UInt8(value))
      if sequence.isPasteStart {
        phase = .paste
        pasted = []
        return []
      }
      return sequence.key.map { [.key($0)] } ?? []
    case 0x1B:
      // A sequence broken off by another: drop the first.
      phase = .escape
      return []
    default:
      // Not part of any sequence: the sequence is malformed and dropped with this byte.
      phase = .ground
      return []
    }
  }

  private mutating func inPaste(_ scalar: Unicode.Scalar) -> [Output] {
    if pasted.count < InputDecoder.longestPaste + InputDecoder.pasteEnd.count {
      pasted.append(scalar)
    } else {
      // Past the limit, keep only a window long enough to see the end marker.
      pasted.removeFirst()
      pasted.append(scalar)
    }
    guard pasted.count >= InputDecoder.pasteEnd.count,
      pasted.suffix(InputDecoder.pasteEnd.count).elementsEqual(InputDecoder.pasteEnd)
    else { return [] }
    phase = .ground
    var text = String.UnicodeScalarView()
    text.append(
      contentsOf: pasted.dropLast(InputDecoder.pasteEnd.count).prefix(InputDecoder.longestPaste))
    pasted = []
    return [.paste(String(text))]
  }

  /// The key a single character stands for, outside any sequence.
  public static func key(forCharacter scalar: Unicode.Scalar) -> Key? {
    switch scalar.value {
    case 0x0D, 0x0A: return .enter
    case 0x09: return .tab
    case 0x1B: return .escape
    case 0x7F, 0x08: return .backspace
    case 0x01...0x1A:
      // Ctrl-A … Ctrl-Z arrive as 1 … 26 (H, I, J and M are taken above).
      return .control(Character(Unicode.Scalar(UInt8(0x60 + scalar.value))))
    default:
      // NUL, the other C0 controls and the C1 controls drive a terminal and mean no key.
      return VisibleControl.isControl(scalar.value) ? nil : .character(Character(scalar))
    }
  }

  private static func singleShiftKey(_ scalar: Unicode.Scalar) -> Key? {
    switch scalar {
    case "A": return .up
    case "B": return .down
    case "C": return .right
    case "D": return .left
    case "H": return .home
    case "F": return .end
    case "M": return .enter
    case "P": return .function(1)
    case "Q": return .function(2)
    case "R": return .function(3)
    case "S": return .function(4)
    default: return nil
    }
  }
}
