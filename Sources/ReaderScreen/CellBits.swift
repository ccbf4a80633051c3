#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Compares cells in place by their two words of bits (`Cell` is plain bits: equal bits are
/// equal cells), so a row of a kept pane is passed over at a few instructions a cell.
///
/// Indices are offsets into buffers the caller owns and has checked, so the arithmetic here
/// wraps instead of checking for overflow: the checks were a third of the instructions of
/// the per-cell loops.
public struct CellBits {
  @inlinable public init() {
    assert(MemoryLayout<Cell>.size == 16 && MemoryLayout<Cell>.stride == 16)
  }

  /// Whether the cells at `index` of the two buffers of cells have the same bits.
  @inlinable @inline(__always)
  public func same(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, at index: Int) -> Bool {
    let offset = index &<< 4
    return left.load(fromByteOffset: offset, as: UInt64.self)
      == right.load(fromByteOffset: offset, as: UInt64.self)
      && left.load(fromByteOffset: offset &+ 8, as: UInt64.self)
        == right.load(fromByteOffset: offset &+ 8, as: UInt64.self)
  }

  /// Whether every cell in `range` has the same bits in both buffers, for the rows a frame
  /// left as they were. `memcmp`, whose vector loop takes a row of 200 cells in about a
  /// hundred instructions; the portable loop it replaced took four hundred.
  @inlinable
  public func equal(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, in range: Range<Int>)
    -> Bool
  {
    let start = range.lowerBound &<< 4
    return memcmp(left + start, right + start, range.count &<< 4) == 0
  }

  /// The first index in `range` whose cells' bits differ, or `range.upperBound`.
  @inlinable
  public func firstDifference(
    _ left: UnsafeRawPointer, _ right: UnsafeRawPointer, in range: Range<Int>
  ) -> Int {
    var index = range.lowerBound
    // Eight cells at a time first: a changed row is mostly long stretches left as they were.
    while range.upperBound &- index >= 8
      && memcmp(left + (index &<< 4), right + (index &<< 4), 8 &<< 4) == 0
    {
      index &+= 8
    }
    while index < range.upperBound && same(left, right, at: index) { index &+= 1 }
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
    var offset = range.lowerBound &<< 4
    let end = range.upperBound &<< 4
    while offset < end {
      let bits =
        (left.load(fromByteOffset: offset, as: UInt64.self)
          ^ right.load(fromByteOffset: offset, as: UInt64.self))
        | (left.load(fromByteOffset: offset &+ 8, as: UInt64.self)
          ^ right.load(fromByteOffset: offset &+ 8, as: UInt64.self))
      let differs = bits == 0 ? 0 : 1
      cells &+= differs
      runs &+= differs & (previous ^ 1)
      previous = differs
      offset &+= 16
    }
    return (cells, runs)
  }
}
