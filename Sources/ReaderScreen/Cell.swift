/// One terminal cell: what is drawn there and how.
///
/// `text` is one spacing character and the zero-width characters that follow it, at most
/// five scalars in all, exactly as ncurses would put them in one cell (`CCHARW_MAX`); more
/// are not kept. A character two columns wide occupies its own cell, with `width == 2`, and
/// the cell to its right, which is a continuation (`width == 0`, empty `text`).
///
/// Stored as two words of plain bits: the scalars 21 bits each, then their count, the width
/// and the role. A frame of cells is then copied, compared and freed as plain memory, with no
/// reference count to touch per cell (a `String` per cell made each frame of a key press
/// retain and release every one of 12,000 cells).
public struct Cell: Sendable, Hashable {
  /// Scalars 0, 1 and 2.
  @usableFromInline var low: UInt64
  /// Scalars 3 and 4, then the count (3 bits), the width (2 bits), the role (8 bits) and
  /// whether the cell is also bold (1 bit).
  @usableFromInline var high: UInt64

  /// The most scalars a cell keeps.
  public static let maxScalars = 5

  private static let scalarBits: UInt64 = 21
  private static let scalarMask: UInt64 = (1 << 21) - 1
  @usableFromInline static let countShift: UInt64 = 42
  @usableFromInline static let widthShift: UInt64 = 45
  @usableFromInline static let roleShift: UInt64 = 47
  @usableFromInline static let strongShift: UInt64 = 55

  public init(text: String, width: UInt8, role: Role) {
    low = 0
    high = 0
    self.width = width
    self.role = role
    for scalar in text.unicodeScalars where !append(scalar) { break }
  }

  /// A cell of one scalar.
  public init(_ scalar: Unicode.Scalar, width: UInt8, role: Role) {
    low = UInt64(scalar.value)
    high = 1 << Self.countShift
    self.width = width
    self.role = role
  }

  /// A space in `role`.
  public static func blank(_ role: Role = .text) -> Cell { Cell(" ", width: 1, role: role) }

  /// 1, 2, or 0 for the right half of a wide character.
  /// Whether every one of `cells` is one column wide, with no branch a cell: a row is
  /// checked on every `put`, a few thousand cells a frame.
  static func allNarrow(_ cells: [Cell]) -> Bool {
    cells.withUnsafeBufferPointer { buffer in
      var other: UInt64 = 0
      for cell in buffer { other |= ((cell.high >> widthShift) & 0b11) ^ 1 }
      return other == 0
    }
  }

  public var width: UInt8 {
    get { UInt8(truncatingIfNeeded: (high >> Self.widthShift) & 0b11) }
    set {
      high = high & ~(0b11 << Self.widthShift) | (UInt64(newValue & 0b11) << Self.widthShift)
    }
  }

  public var role: Role {
    // Only a role's raw value is ever stored here, and a role is its raw value in memory
    // (cases numbered from 0): no check on a read made for every cell of every frame.
    get { unsafeBitCast(UInt8(truncatingIfNeeded: high >> Self.roleShift), to: Role.self) }
    set { high = high & ~(0xFF << Self.roleShift) | (UInt64(newValue.rawValue) << Self.roleShift) }
  }

  /// Drawn bold on top of its role's look: the editor's bold or a title under a mark of
  /// yours (your highlight, a search match, a link), whose own look would hide it.
  public var isStrong: Bool {
    get { (high >> Self.strongShift) & 1 == 1 }
    set { high = high & ~(1 << Self.strongShift) | (newValue ? 1 << Self.strongShift : 0) }
  }

  /// The role and the bold bit as one number, what a cell's look is chosen by: the role's
  /// raw value, plus 256 when `isStrong`.
  @inlinable public var look: Int { Int(truncatingIfNeeded: (high >> Self.roleShift) & 0x1FF) }

  /// How many scalars `text` has.
  public var scalarCount: Int { Int((high >> Self.countShift) & 0b111) }

  /// The scalar at `index` (below `scalarCount`).
  public func scalar(at index: Int) -> Unicode.Scalar {
    let bits =
      index < 3
      ? low >> (UInt64(index) * Self.scalarBits) : high >> (UInt64(index - 3) * Self.scalarBits)
    return Unicode.Scalar(UInt32(truncatingIfNeeded: bits & Self.scalarMask))!
  }

  /// The spacing character, or nil for a continuation.
  public var firstScalar: Unicode.Scalar? { scalarCount > 0 ? scalar(at: 0) : nil }

  /// The spacing character's value, 0 for a continuation (`firstScalar` without an optional,
  /// for the wrapper's test between every two letters).
  var firstScalarValue: UInt32 { UInt32(truncatingIfNeeded: low & Self.scalarMask) }

  /// One column wide and not a visible control.
  var isPlainNarrow: Bool { width == 1 && role != .control }

  /// The byte of a cell that is one printable ASCII character, else nil.
  public var singleASCII: UInt8? {
    guard scalarCount == 1, low >= 0x20, low < 0x7F else { return nil }
    return UInt8(truncatingIfNeeded: low)
  }

  /// What `plainByte(in:)` compares a cell's high word with for `role`: one scalar, one
  /// column.
  @inlinable public static func plainKey(_ role: Role) -> UInt64 {
    1 << countShift | 1 << widthShift | UInt64(role.rawValue) << roleShift
  }

  /// `plainKey` for a cell's `look`.
  @inlinable public static func plainKey(look: Int) -> UInt64 {
    1 << countShift | 1 << widthShift | UInt64(truncatingIfNeeded: look) << roleShift
  }

  /// The byte of a one-column cell that is one printable ASCII character in the role whose
  /// `plainKey` is `key`, else nil: `singleASCII`, `width` and `role` in two compares, for
  /// the frame encoder's loop over plain text.
  @inlinable @inline(__always) public func plainByte(in key: UInt64) -> UInt8? {
    high == key && low &- 0x20 < 0x5F ? UInt8(truncatingIfNeeded: low) : nil
  }

  public var text: String {
    get {
      var text = String.UnicodeScalarView()
      for index in 0..<scalarCount { text.append(scalar(at: index)) }
      return String(text)
    }
    set {
      let keptWidth = width
      let keptRole = role
      let keptStrong = isStrong
      self = Cell(text: newValue, width: keptWidth, role: keptRole)
      isStrong = keptStrong
    }
  }

  /// Adds a zero-width scalar to the text; false when it already holds `maxScalars`.
  @discardableResult
  public mutating func append(_ scalar: Unicode.Scalar) -> Bool {
    let index = scalarCount
    guard index < Self.maxScalars else { return false }
    let value = UInt64(scalar.value)
    if index < 3 {
      low |= value << (UInt64(index) * Self.scalarBits)
    } else {
      high |= value << (UInt64(index - 3) * Self.scalarBits)
    }
    high = high & ~(0b111 << Self.countShift) | (UInt64(index + 1) << Self.countShift)
    return true
  }
}

extension Cell: CustomStringConvertible, CustomDebugStringConvertible {
  public var description: String {
    "Cell(text: \(text.debugDescription), width: \(width), role: .\(role))"
  }
  public var debugDescription: String { description }
}
