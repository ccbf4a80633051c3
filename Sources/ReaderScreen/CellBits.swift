/// Compares cells in place by their two words of bits (`Cell` is plain bits: equal bits are
/// equal cells), so a row of a kept pane is passed over at a few instructions a cell.
struct CellBits {
  private let stride = MemoryLayout<Cell>.stride

  init() {
    assert(MemoryLayout<Cell>.size == 16 && MemoryLayout<Cell>.stride == 16)
  }

  /// Whether the cells at `index` of the two buffers of cells have the same bits.
  func same(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, at index: Int) -> Bool {
    let offset = index * stride
    let a = left + offset
    let b = right + offset
    return a.load(as: UInt64.self) == b.load(as: UInt64.self)
      && a.load(fromByteOffset: 8, as: UInt64.self) == b.load(fromByteOffset: 8, as: UInt64.self)
  }

  /// Whether every cell in `range` has the same bits in both buffers: one pass over the
  /// words with no branch, which the compiler turns into vector instructions (a row of 200
  /// cells in about a hundred), for the rows a frame left as they were.
  func equal(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, in range: Range<Int>) -> Bool {
    let start = range.lowerBound * stride
    let words = range.count * stride / 8
    let a = (left + start).assumingMemoryBound(to: UInt64.self)
    let b = (right + start).assumingMemoryBound(to: UInt64.self)
    var bits: UInt64 = 0
    for index in 0..<words { bits |= a[index] ^ b[index] }
    return bits == 0
  }

  /// The first index in `range` whose cells' bits differ, or `range.upperBound`.
  func firstDifference(
    _ left: UnsafeRawPointer, _ right: UnsafeRawPointer, in range: Range<Int>
  ) -> Int {
    var index = range.lowerBound
    while index < range.upperBound && same(left, right, at: index) { index += 1 }
    return index
  }

  /// How many indices in `range` hold cells whose bits differ, and in how many runs. Without
  /// a branch per cell, so it runs at a few instructions a cell: it prices whole rows.
  func differences(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, in range: Range<Int>)
    -> (cells: Int, runs: Int)
  {
    var cells = 0
    var runs = 0
    var previous = 0
    for index in range {
      let offset = index * stride
      let a = left + offset
      let b = right + offset
      let bits =
        (a.load(as: UInt64.self) ^ b.load(as: UInt64.self))
        | (a.load(fromByteOffset: 8, as: UInt64.self) ^ b.load(fromByteOffset: 8, as: UInt64.self))
      let differs = bits == 0 ? 0 : 1
      cells &+= differs
      runs &+= differs & (previous ^ 1)
      previous = differs
    }
    return (cells, runs)
  }
}
