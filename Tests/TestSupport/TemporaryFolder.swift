import Foundation

/// A fresh folder under /tmp for one test, removed with everything in it when the last
/// reference goes, pass or fail. Its name starts with `TestRun.prefix`, so a folder that
/// outlives its test is seen by `.ci/run`.
public final class TemporaryFolder: Sendable {
  /// The folder's absolute path.
  public let path: String

  /// Makes the folder; `label` (letters only) says which tests made it.
  public init(_ label: String = "tmp") throws {
    var template = Array("/tmp/\(TestRun.prefix)\(label)-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in
      mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
    }
    guard let made else { throw CocoaError(.fileWriteUnknown) }
    path = made
  }

  /// The folder as a URL.
  public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

  /// `name` inside the folder.
  public func file(_ name: String) -> String { path + "/" + name }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
