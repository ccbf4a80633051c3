import Foundation
import ReaderCore
import TestSupport
import Testing

@testable import ReaderUI

/// Starting the browser for real, with a `$BROWSER` of our own: a script that writes the
/// arguments it was given, its standard input and its session to files beside it.
@Suite struct AddressOpenerTests {
  /// A folder holding `browser`, which records what it got and exits with `status`. It is run
  /// as `sh browser`: an executable just written can be busy (`ETXTBSY`) while a test running
  /// beside this one forks with the written file still open.
  func fakeBrowser(status: Int = 0) throws -> TemporaryFolder {
    let folder = try TemporaryFolder("browser")
    let script = """
      #!/bin/sh
      dir=$(dirname "$0")
      readlink /proc/$$/fd/0 > "$dir/stdin"
      awk '{ print ($6 == '$$') ? "own session" : "terminal session" }' /proc/$$/stat > "$dir/session"
      for word in "$@"; do printf '%s\\n' "$word"; done > "$dir/argv.partial"
      mv "$dir/argv.partial" "$dir/argv"
      exit \(status)

      """
    try script.write(toFile: folder.file("browser"), atomically: true, encoding: .utf8)
    return folder
  }

  func read(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Waits until every child has ended; the failures reported on the way.
  func reapAll(_ opener: AddressOpener) -> [String] {
    var failures: [String] = []
    waitUntil("the browser has ended and been reaped") {
      failures += opener.reap()
      return !opener.hasChildren
    }
    return failures
  }

  @Test func theAddressIsOneArgumentNeverSeenByAShell() throws {
    let folder = try fakeBrowser()
    let opener = AddressOpener(browser: "sh " + folder.file("browser") + " --new-tab")
    let address = "https://example.org/a b?q=1&r=$(touch pwned);`touch pwned2`'\""
    #expect(opener.open(address) == nil)
    #expect(reapAll(opener) == [])
    #expect(read(folder.file("argv")) == "--new-tab\n" + address + "\n")
    #expect(read(folder.file("stdin")) == "/dev/null\n")
    #expect(read(folder.file("session")) == "own session\n")
    #expect(!FileManager.default.fileExists(atPath: "pwned"))
    #expect(!FileManager.default.fileExists(atPath: folder.file("pwned")))
  }

  @Test func theFirstOfSeveralBrowsersAndAPercentSSlotAreHonoured() {
    #expect(
      AddressOpener(browser: "firefox --new-tab:chromium").arguments(for: "https://a.example")
        == ["firefox", "--new-tab", "https://a.example"])
    #expect(
      AddressOpener(browser: "lynx -dump %s -nolist").arguments(for: "https://a.example")
        == ["lynx", "-dump", "https://a.example", "-nolist"])
    #expect(AddressOpener(browser: nil).arguments(for: "mailto:x@y") == ["xdg-open", "mailto:x@y"])
    #expect(AddressOpener(browser: " ").arguments(for: "mailto:x@y") == ["xdg-open", "mailto:x@y"])
  }

  @Test func aBrowserThatFailsIsReported() throws {
    let folder = try fakeBrowser(status: 3)
    let opener = AddressOpener(browser: "sh " + folder.file("browser"))
    #expect(opener.open("https://example.org/") == nil)
    #expect(reapAll(opener) == ["sh could not open the link (exit status 3)"])
  }

  /// Through the runtime, as the update's command: a browser that cannot start is an event.
  @Test func theRuntimeReportsABrowserThatCannotStart() throws {
    let folder = try TemporaryFolder("browser")
    let missing = folder.file("no-such-browser")
    let runtime = Runtime(opener: AddressOpener(browser: missing))
    runtime.perform([.openAddress("https://example.org/")])
    #expect(
      runtime.pendingEvents() == [
        .addressNotOpened("could not start \(missing): No such file or directory")
      ])
  }

  @Test func theRuntimeStartsTheBrowserTheCommandAsksFor() throws {
    let folder = try fakeBrowser()
    let runtime = Runtime(opener: AddressOpener(browser: "sh " + folder.file("browser")))
    runtime.perform([.openAddress("mailto:archive@example.org")])
    // While the child runs the loop wakes to reap it.
    var events: [Event] = []
    waitUntil("the runtime has reaped the browser") {
      events += runtime.pendingEvents()
      return runtime.wakeInterval == nil
    }
    #expect(events == [])
    #expect(read(folder.file("argv")) == "mailto:archive@example.org\n")
  }
}
