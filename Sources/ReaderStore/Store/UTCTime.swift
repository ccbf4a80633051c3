#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The current time as ISO 8601 in UTC, without Foundation.
public enum UTCTime {
  /// `2026-12-01T22:47:26Z` for now.
  public static func now() -> String { iso(seconds: Int(time(nil))) }

  /// `seconds` since 1970 as `YYYY-MM-DDTHH:MM:SSZ`.
  public static func iso(seconds: Int) -> String {
    var clock = time_t(seconds)
    var parts = tm()
    gmtime_r(&clock, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
  }
}
