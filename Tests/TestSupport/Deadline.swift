import Foundation
import Testing

/// Polls `condition` every `interval` seconds until it holds or `seconds` pass; records an
/// issue naming `what` on timeout. Returns whether the condition held. Every loop in the tests
/// that waits for something outside it (a process, a thread, tmux) goes through here, so a
/// hang is a failure with a message rather than a test run that never ends.
@discardableResult
public func waitUntil(
  _ what: String, seconds: Double = 10, interval: Double = 0.05,
  sourceLocation: SourceLocation = #_sourceLocation, _ condition: () throws -> Bool
) -> Bool {
  let deadline = Date().addingTimeInterval(seconds)
  while Date() < deadline {
    if (try? condition()) == true { return true }
    usleep(UInt32(interval * 1_000_000))
  }
  if (try? condition()) == true { return true }
  Issue.record("timed out after \(seconds) s waiting until \(what)", sourceLocation: sourceLocation)
  return false
}
