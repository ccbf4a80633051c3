/// Compares cells in place by their bits: the text's two words (its inline bytes, or its
/// storage), the width and the role. Equal bits are equal cells, so a row of a kept pane is
/// passed over without a `String` comparison or a retain; unequal bits are nearly always
/// unequal cells (two copies of a text over 15 bytes, stored apart, are the exception).
struct CellBits {
  private let stride = MemoryLayout<Cell>.stride
  private let text = MemoryLayout<Cell>.offset(of: \Cell.text)!
  private let width = MemoryLayout<Cell>.offset(of: \Cell.width)!
  private let role = MemoryLayout<Cell>.offset(of: \Cell.role)!

  init() {
    // Two words on every 64-bit platform Swift runs on; `same` compares both.
    assert(MemoryLayout<String>.size == 16)
  }

  /// Whether the cells at `index` of the two buffers of cells have the same bits.
  func same(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, at index: Int) -> Bool {
    let offset = index * stride
    let a = left + offset
    let b = right + offset
    return a.load(fromByteOffset: text, as: UInt64.self)
      == b.load(fromByteOffset: text, as: UInt64.self)
      && a.load(fromByteOffset: text + 8, as: UInt64.self)
        == b.load(fromByteOffset: text + 8, as: UInt64.self)
      && a.load(fromByteOffset: width, as: UInt8.self)
        == b.load(fromByteOffset: width, as: UInt8.self)
      && a.load(fromByteOffset: role, as: UInt8.self)
        == b.load(fromByteOffset: role, as: UInt8.self)
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
      let words =
        (a.load(fromByteOffset: text, as: UInt64.self)
          ^ b.load(fromByteOffset: text, as: UInt64.self))
        | (a.load(fromByteOffset: text + 8, as: UInt64.self)
          ^ b.load(fromByteOffset: text + 8, as: UInt64.self))
      let bytes =
        (a.load(fromByteOffset: width, as: UInt8.self)
          ^ b.load(fromByteOffset: width, as: UInt8.self))
        | (a.load(fromByteOffset: role, as: UInt8.self)
          ^ b.load(fromByteOffset: role, as: UInt8.self))
      let differs = (words | UInt64(bytes)) == 0 ? 0 : 1
      cells &+= differs
      runs &+= differs & (previous ^ 1)
      previous = differs
    }
    return (cells, runs)
  }
}
