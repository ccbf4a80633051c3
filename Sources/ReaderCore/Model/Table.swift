/// A read-only list of model records (articles, blocks, spans, …) that a parser can keep
/// appending to while other threads read an earlier, shorter view of it.
///
/// The records live in segments that never move (the first holds 256, each next one twice as
/// many), so appending never copies what is already there: no doubling of the peak memory
/// while a list grows, and a view taken earlier stays valid without a copy. A `Table` is such
/// a view: the shared segments and how many records it shows, and optionally one record after
/// them that the buffer does not hold yet (an article still being read, whose final record is
/// appended only when it closes).
public struct Table<Element: Sendable>: RandomAccessCollection, Sendable {
  // Inlinable, with what the subscript reads: other modules then specialise the subscript for
  // their element type instead of calling the generic one, which looked up `Element?`'s
  // metadata on every read.
  @usableFromInline let buffer: TableBuffer<Element>
  public let count: Int
  /// How many records come from `buffer`; `count` is one more when `tail` is set.
  @usableFromInline let stored: Int
  @usableFromInline let tail: Element?

  /// A table holding `elements`.
  public init(_ elements: some Sequence<Element>) {
    let buffer = TableBuffer<Element>()
    for element in elements { buffer.append(element) }
    self.init(buffer: buffer, count: buffer.count)
  }

  /// An empty table.
  public init() { self.init(buffer: TableBuffer<Element>(), count: 0) }

  init(buffer: TableBuffer<Element>, count: Int, tail: Element? = nil) {
    self.buffer = buffer
    stored = count
    self.tail = tail
    self.count = count + (tail == nil ? 0 : 1)
  }

  public typealias Indices = Range<Int>

  public var startIndex: Int { 0 }
  public var endIndex: Int { count }
  public var indices: Range<Int> { 0..<count }

  @inlinable public subscript(position: Int) -> Element {
    precondition(position >= 0 && position < count, "Table index out of range")
    if position < stored { return buffer[position] }
    return tail.unsafelyUnwrapped
  }
}

extension Table: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: Element...) { self.init(elements) }
}

/// The segments behind `Table`s. One writer appends; readers only read below the count of
/// the view they were handed, which the writer never changes again.
@usableFromInline final class TableBuffer<Element: Sendable>: @unchecked Sendable {
  /// The first segment holds `1 << firstShift` records.
  @inlinable static var firstShift: Int { 8 }
  /// Enough segments for more records than memory can hold.
  private static var maximumSegments: Int { 48 }

  @usableFromInline let segments: UnsafeMutablePointer<UnsafeMutablePointer<Element>?>
  private(set) var count = 0
  /// Where the next record goes, and how many more fit in the current segment.
  private var next: UnsafeMutablePointer<Element>?
  private var room = 0
  private var segmentCount = 0

  init() {
    segments = .allocate(capacity: Self.maximumSegments)
    segments.initialize(repeating: nil, count: Self.maximumSegments)
  }

  deinit {
    var remaining = count
    for segment in 0..<segmentCount {
      let capacity = Self.capacity(ofSegment: segment)
      let used = min(remaining, capacity)
      segments[segment]!.deinitialize(count: used)
      segments[segment]!.deallocate()
      remaining -= used
    }
    segments.deallocate()
  }

  private static func capacity(ofSegment segment: Int) -> Int { 1 << (firstShift + segment) }

  /// The segment and the offset in it of record `index`.
  @inlinable @inline(__always) static func locate(_ index: Int) -> (segment: Int, offset: Int) {
    let shifted = UInt(bitPattern: index) &+ (1 << firstShift)
    let top = UInt.bitWidth - 1 - shifted.leadingZeroBitCount
    return (top - firstShift, Int(bitPattern: shifted) - (1 << top))
  }

  @inlinable @inline(__always) subscript(index: Int) -> Element {
    let place = Self.locate(index)
    return segments[place.segment].unsafelyUnwrapped[place.offset]
  }

  @inline(__always) func append(_ element: Element) {
    if room == 0 { addSegment() }
    next.unsafelyUnwrapped.initialize(to: element)
    next = next.unsafelyUnwrapped + 1
    room -= 1
    count += 1
  }

  private func addSegment() {
    precondition(segmentCount < Self.maximumSegments, "Table is full")
    let capacity = Self.capacity(ofSegment: segmentCount)
    let segment = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
    segments[segmentCount] = segment
    segmentCount += 1
    next = segment
    room = capacity
  }

  /// Changes record `index`; only for records no view shows yet.
  @inline(__always) func update(_ index: Int, _ change: (inout Element) -> Void) {
    precondition(index >= 0 && index < count, "Table index out of range")
    let place = Self.locate(index)
    change(&segments[place.segment].unsafelyUnwrapped[place.offset])
  }

  /// The last record appended.
  var last: Element? { count > 0 ? self[count - 1] : nil }

  /// A view of the first `count` records, and `tail` after them if given.
  func view(count: Int, tail: Element? = nil) -> Table<Element> {
    Table(buffer: self, count: count, tail: tail)
  }
  /// A view of every record appended so far.
  var view: Table<Element> { Table(buffer: self, count: count) }
}
