import ReaderCore
import ReaderScreen
import ReaderUI

/// Bytes → a document → the whole program driven by keys, mouse and resizes, rendered after
/// every event at small sizes. Every frame must be a sound screen of exactly the size asked
/// for, with no control or invisible character in any cell.
///
/// Input: a byte giving the number of events (0–31, in its low five bits), that many event
/// bytes (see `event(for:)`), then the document. When the first byte's top bit is set, the
/// document is repeated past `longText` bytes: long articles are wrapped lazily and long
/// paragraphs cut into parts (`LongBlock`), which short inputs never reach.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  var input = FuzzInput(data, size)
  let first = input.byte()
  let eventCount = first % 32
  var events: [Event] = []
  for _ in 0..<eventCount { events.append(event(for: input.byte(), next: input.byte())) }
  var text = Array(input.rest)
  if first & 0x80 != 0 && !text.isEmpty {
    let copies = longText / text.count + 1
    text = Array(repeating: text, count: copies).flatMap { $0 }
  }
  guard let document = try? DocumentLoader.parse(bytes: text, source: "fuzz.txt") else {
    return 0
  }
  var program = ReaderProgram(document: document, options: ReaderOptions(fileLabel: "fuzz.txt"))
  var width = 40
  var height = 12
  program.handle(.resize(width: width, height: height))
  checkFrame(program, width: width, height: height, after: "start")
  for (index, event) in events.enumerated() {
    if case .resize(let newWidth, let newHeight) = event {
      width = newWidth
      height = newHeight
    }
    program.handle(event)
    checkFrame(program, width: width, height: height, after: "event \(index) \(event)")
    if program.isFinished { break }
  }
  return 0
}

/// Past the reading pane's eager limit (256 KiB) and several 64 KiB parts.
let longText = 300_000

func checkFrame(_ program: ReaderProgram, width: Int, height: Int, after: String) {
  let screen = program.render(width: width, height: height)
  check(
    screen.width == width && screen.height == height,
    "frame \(screen.width)x\(screen.height) for \(width)x\(height) after \(after)")
  checkScreen(screen, "frame \(width)x\(height) after \(after)")
}

/// Keys the program knows, and some it does not.
let keys: [Key] = [
  .character("j"), .character("k"), .character(" "), .character("b"), .character("g"),
  .character("G"), .character("]"), .character("["), .character("}"), .character("{"),
  .character("a"), .character("A"), .character("/"), .character("n"), .character("N"),
  .character("s"), .character("l"), .character("?"), .character("e"), .character("x"),
  .character("漢"), .character("\u{1B}"), .character("é"), .character("Z"), .character("1"),
  .control("l"), .control("u"), .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
  .enter, .tab, .backTab, .escape, .backspace, .delete, .function(1), .character("q"),
]

/// One event from two bytes: mostly keys (`q` rarely), sometimes a resize (down to 1×1) or
/// the mouse.
func event(for byte: Int, next: Int) -> Event {
  switch byte {
  case 0..<0xC0:
    // `q` ends the run; keep it rare.
    return .key(keys[byte % (byte == 0xBF ? keys.count : keys.count - 1)])
  case 0xC0..<0xE0:
    return .resize(width: 1 + next % 100, height: 1 + (byte - 0xC0) % 32)
  case 0xE0..<0xF0:
    return .tick
  default:
    let action: MouseEvent.Action = [.press, .wheelUp, .wheelDown][byte % 3]
    return .mouse(MouseEvent(action: action, x: next % 64 - 2, y: (next / 4) % 24 - 1))
  }
}
