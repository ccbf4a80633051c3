#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a regular file into private memory as indexing needs it, so that nothing done to the
/// file afterwards — truncating it, rewriting it in place — can reach the document.
///
/// A mapping of the file would be faster to open, but a truncated file's pages vanish from
/// it (the next access is SIGBUS) and a rewritten file's new bytes show through it. Copying
/// the whole file before the first screen would cost the first frame its target. So the
/// memory for the whole file is reserved up front (anonymous pages: untouched, they cost
/// nothing) and filled with `read` a stretch at a time, always far enough ahead of the parser
/// that it never looks at a byte not yet read (`makeParsable`).
///
/// Only the indexing thread calls `makeParsable`; the bytes it fills lie beyond everything a
/// snapshot refers to, so readers of earlier snapshots never see them change.
final class FileFill: @unchecked Sendable {
  /// Where the file's bytes go; `count` of them.
  let base: UnsafeMutablePointer<UInt8>
  let count: Int
  /// Bytes `0..<filled` hold the file's bytes (or, past an early end, line feeds).
  private(set) var filled = 0
  private var descriptor: Int32

  /// How far past a paragraph's end the parser's carriage-return search looks
  /// (`ParagraphSplitter`'s window), plus room to spare.
  static let lookahead = ParagraphSplitter.carriageReturnWindow + (64 << 10)
  /// The least read at a time: few system calls, and the first screen's worth in one.
  static let minimumRead = 256 << 10

  /// Takes over `descriptor` (closed once the file is read); nil if memory cannot be reserved.
  init?(descriptor: Int32, count: Int) {
    guard
      let memory = mmap(nil, count, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
      memory != MAP_FAILED
    else { return nil }
    base = memory.assumingMemoryBound(to: UInt8.self)
    self.count = count
    self.descriptor = descriptor
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
    munmap(base, count)
  }

  /// Reads until at least `offset` bytes (at most `count`) are in memory.
  func fill(upTo offset: Int) {
    let target = min(count, offset)
    while filled < target {
      let wanted = min(count - filled, max(target - filled, Self.minimumRead))
      let got = pread(descriptor, base + filled, wanted, off_t(filled))
      if got > 0 {
        filled += got
      } else if got < 0 && errno == EINTR {
        continue
      } else {
        // The file ended early (truncated while open) or cannot be read any more: the text
        // ends here, and line feeds, which make no paragraph, stand in for the rest.
        (base + filled).update(repeating: 0x0A, count: count - filled)
        filled = count
      }
    }
    if filled == count && descriptor >= 0 {
      close(descriptor)
      descriptor = -1
    }
  }

  /// Reads far enough that parsing paragraphs until the parser passes `limit` touches only
  /// bytes already read: past the end of the paragraph that reaches beyond `limit`
  /// (`ParagraphEndScan`), plus `lookahead`.
  func makeParsable(upTo limit: Int) {
    guard filled < count else { return }
    var scan = ParagraphEndScan(start: min(limit, count))
    while true {
      fill(upTo: scan.position + Self.minimumRead)
      if let end = scan.run(base, upTo: filled) {
        fill(upTo: end + Self.lookahead)
        return
      }
      if filled == count { return }
    }
  }
}

/// Finds, a stretch at a time, a line end at or after which `ParagraphSplitter` has surely
/// ended the paragraph in progress: the end of the first blank line that follows a non-blank
/// byte, or the end of the first line that is longer than `ParagraphSplitter.unwrappedLineBytes`
/// or follows such a line, after an earlier line with text (the splitter ends a paragraph
/// before such a line, having read it). The splitter may end it earlier (a byline under a
/// title, a file of one paragraph a line), never later: a line cut by `start` is measured
/// from `start`, so it is never taken for longer than it is. Without the long lines, a file
/// with no blank line was read whole before the first screen.
struct ParagraphEndScan {
  private(set) var position: Int
  private var seenText = false
  /// At the start of a line, and nothing but spaces on it so far.
  private var lineBlankSoFar = true
  /// Where the current line's text starts and ends (without the spaces around it).
  private var lineTextStart = -1
  private var lineTextEnd = -1
  /// Whether the last line with text was longer than the splitter's bound.
  private var previousLineIsLong = false

  init(start: Int) { position = start }

  /// Scans `position..<end`; returns the offset just past the line's break when found.
  /// Stops before a CR at `end - 1`, which may be the first half of a CRLF.
  mutating func run(_ text: UnsafePointer<UInt8>, upTo end: Int) -> Int? {
    while position < end {
      let byte = text[position]
      if byte == 0x0A || byte == 0x0D {
        var next = position + 1
        if byte == 0x0D {
          guard next < end else { return nil }
          if text[next] == 0x0A { next += 1 }
        }
        if lineBlankSoFar {
          if seenText { return next }
        } else {
          let isLong = lineTextEnd - lineTextStart > ParagraphSplitter.unwrappedLineBytes
          if seenText && (isLong || previousLineIsLong) { return next }
          seenText = true
          previousLineIsLong = isLong
        }
        lineBlankSoFar = true
        position = next
        continue
      }
      if !Bytes.isSpace(byte) {
        if lineBlankSoFar { lineTextStart = position }
        lineTextEnd = position + 1
        lineBlankSoFar = false
      }
      position += 1
    }
    return nil
  }
}
