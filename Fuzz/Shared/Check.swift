#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Stops the process so that libFuzzer records the input: an invariant the code under test
/// promised does not hold.
func violated(_ message: @autoclosure () -> String) -> Never {
  var line = "fuzz invariant violated: \(message())\n"
  line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  abort()
}

/// Checks `condition`, stopping the process with `message` when it is false.
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { violated(message()) }
}

/// Reads a fuzz input front to back: a few parameter bytes, then the rest as the payload.
struct FuzzInput {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0

  init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
    bytes = UnsafeBufferPointer(start: size > 0 ? data : nil, count: size)
  }

  /// The next byte, or 0 once the input is used up.
  mutating func byte() -> Int {
    guard position < bytes.count else { return 0 }
    defer { position += 1 }
    return Int(bytes[position])
  }

  /// Everything not read yet.
  var rest: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[position...]) }

  /// The whole input.
  var all: UnsafeBufferPointer<UInt8> { bytes }
}
