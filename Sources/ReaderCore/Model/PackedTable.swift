/// A model record that a `PackedTable` keeps in a smaller form: most records fit it, and the
/// few that do not are kept whole in a side table that the packed form points at.
public protocol PackableRecord: Sendable {
  /// The smaller form, a few plain integers.
  associatedtype Packed: Sendable
  /// The record in its smaller form, or nil when it does not fit.
  var packed: Packed? { get }
  /// The stand-in for a record kept whole: it names the side table's record `index`.
  static func standIn(forWhole index: Int) -> Packed
  /// The index into the side table when `packed` is a stand-in, else nil.
  static func wholeIndex(of packed: Packed) -> Int?
  /// The record a packed form (not a stand-in) holds.
  init(unpacking packed: Packed)
}

/// A read-only list of records stored packed: a `Table` that reads like one of the records
/// themselves.
///
/// A file of short paragraphs has a block and a span for every paragraph, so those two tables
/// dominate its memory: packing them takes 20 bytes a paragraph instead of 36.
public struct PackedTable<Record: PackableRecord>: RandomAccessCollection, Sendable {
  @usableFromInline let packed: Table<Record.Packed>
  @usableFromInline let whole: Table<Record>

  /// A table holding `records`.
  public init(_ records: some Sequence<Record>) {
    let buffer = PackedTableBuffer<Record>()
    for record in records { buffer.append(record) }
    self = buffer.view
  }

  /// An empty table.
  public init() { self.init(packed: Table(), whole: Table()) }

  init(packed: Table<Record.Packed>, whole: Table<Record>) {
    self.packed = packed
    self.whole = whole
  }

  public typealias Indices = Range<Int>

  public var startIndex: Int { 0 }
  public var endIndex: Int { packed.count }
  public var count: Int { packed.count }
  public var indices: Range<Int> { 0..<packed.count }

  @inlinable @inline(__always) public subscript(position: Int) -> Record {
    let form = packed[position]
    if let index = Record.wholeIndex(of: form) { return whole[index] }
    return Record(unpacking: form)
  }
}

extension PackedTable: ExpressibleByArrayLiteral {
  public init(arrayLiteral records: Record...) { self.init(records) }
}

/// The buffers behind `PackedTable`s: one writer appends, readers read the views it handed out.
final class PackedTableBuffer<Record: PackableRecord>: @unchecked Sendable {
  private let packed = TableBuffer<Record.Packed>()
  private let whole = TableBuffer<Record>()

  var count: Int { packed.count }

  @inline(__always) func append(_ record: Record) {
    if let form = record.packed {
      packed.append(form)
    } else {
      packed.append(Record.standIn(forWhole: whole.count))
      whole.append(record)
    }
  }

  @inline(__always) subscript(index: Int) -> Record {
    let form = packed[index]
    if let wholeIndex = Record.wholeIndex(of: form) { return whole[wholeIndex] }
    return Record(unpacking: form)
  }

  /// The last record appended.
  var last: Record? { count > 0 ? self[count - 1] : nil }

  /// A view of the first `count` records. Every record kept whole so far is in the view's side
  /// table; those past `count` are never reached through it.
  func view(count: Int) -> PackedTable<Record> {
    PackedTable(packed: packed.view(count: count), whole: whole.view)
  }

  /// A view of every record appended so far.
  var view: PackedTable<Record> { view(count: count) }
}
