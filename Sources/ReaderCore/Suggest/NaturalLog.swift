/// The natural logarithm without Foundation (ReaderCore links none): the exponent of two
/// taken out, the rest by the atanh series, which converges fast on [1, 2).
enum NaturalLog {
  private static let ln2 = 0.693_147_180_559_945_3

  static func of(_ value: Double) -> Double {
    guard value > 0, value.isFinite else { return value == 0 ? -.infinity : .nan }
    let exponent = Double(value.exponent)
    let mantissa = value.significand
    let y = (mantissa - 1) / (mantissa + 1)
    let square = y * y
    var term = y
    var sum = 0.0
    var denominator = 1.0
    for _ in 0..<20 {
      sum += term / denominator
      term *= square
      denominator += 2
    }
    return exponent * ln2 + 2 * sum
  }
}
