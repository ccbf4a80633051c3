import ReaderCore
import ReaderScreen
import ReaderUI
import TestSupport
import Testing

/// Tiny and huge terminals, with every key pressed one after the other: each frame is whole
/// (exactly the terminal's size, no half characters, no controls) and the reader still quits.
@Suite struct HostileSizeTests {
  static let sizes = [(1, 1), (2, 2), (10, 3), (20, 5), (500, 200)]

  /// The sample's exact frame after every key and back, trailing spaces kept (the last keys
  /// typed a search that finds nothing).
  static let sampleFramesAfterEveryKey: [String: [String]] = [
    "1×1": ["…"],
    "2×2": ["1.", "n…"],
    "10×3": [" 1. The   ", " Saltmars ", "not found "],
    "20×5": [
      " 1. The Saltmarsh   ", " Line is running    ", " again              ",
      " by Odile Ferrant   ", " /Aa{}[]… not found ",
    ],
  ]

  private static func documents() throws -> [(String, Document)] {
    [
      ("sample", Document.sample()),
      ("controls", try parsed(HostileControlsTests.file)),
      ("wide", try parsed(HostileWideTests.file)),
      ("empty", try parsed("")),
    ]
  }

  @Test(arguments: sizes)
  func everyKeyAtThisSizeGivesWholeFramesAndQuits(width: Int, height: Int) throws {
    for (name, document) in try Self.documents() {
      var program = try program(document, width, height)
      for key in everyKeyButQuit + everyKeyButQuit.reversed() {
        program.handle(.key(key))
        let screen = program.render(width: width, height: height)
        if let problem = frameProblem(in: screen) {
          Issue.record("\(name) \(width)×\(height) after \(key): \(problem)")
          return
        }
        if program.state.overlay == nil,
          let problem = borderProblem(in: screen, layout: program.state.layout)
        {
          Issue.record("\(name) \(width)×\(height) after \(key): \(problem)")
          return
        }
      }
      if name == "sample", let rows = Self.sampleFramesAfterEveryKey["\(width)×\(height)"] {
        #expect(
          program.render(width: width, height: height).paddedRows() == rows, "\(width)×\(height)")
      }
      #expect(!program.isFinished)
      program.handle(.key(.escape))
      program.handle(.key(.escape))
      program.handle(.key(.character("q")))
      #expect(program.isFinished, "\(name) \(width)×\(height)")
    }
  }

  @Test func resizingThroughEverySizeKeepsFramesWhole() throws {
    var program = try program(try parsed(HostileControlsTests.file), 80, 24, keys: "]/lan")
    for (width, height) in Self.sizes + Self.sizes.reversed() + [(0, 0), (300, 100)] {
      program.handle(.resize(width: width, height: height))
      let screen = program.render(width: width, height: height)
      #expect(frameProblem(in: screen) == nil, "\(width)×\(height)")
    }
  }
}
