import NcursesBackend
import Testing

@Suite struct TerminalSizeTests {
  @Test func theEnvironmentWinsOverTheReportThenTerminfoThenTheDefault() {
    #expect(
      usableTerminalSize(
        reportedWidth: 80, reportedHeight: 24, environmentWidth: 70, environmentHeight: 20,
        terminfoWidth: 0, terminfoHeight: 0) == (70, 20))
    #expect(
      usableTerminalSize(
        reportedWidth: 0, reportedHeight: 0, environmentWidth: nil, environmentHeight: nil,
        terminfoWidth: 132, terminfoHeight: 43) == (132, 43))
    #expect(
      usableTerminalSize(
        reportedWidth: 0, reportedHeight: 0, environmentWidth: nil, environmentHeight: nil,
        terminfoWidth: -1, terminfoHeight: -1) == (80, 24))
  }

  /// `COLUMNS=100000 LINES=100000` asked for a frame of 160 GB and ended the reader.
  @Test func aSizeNoScreenHasIsNotTaken() {
    let size = usableTerminalSize(
      reportedWidth: 80, reportedHeight: 24, environmentWidth: 100_000,
      environmentHeight: 100_000, terminfoWidth: 80, terminfoHeight: 24)
    #expect(size == (80, 24))
    let reported = usableTerminalSize(
      reportedWidth: 65_535, reportedHeight: 65_535, environmentWidth: nil,
      environmentHeight: nil, terminfoWidth: 80, terminfoHeight: 24)
    #expect(reported == (TerminalLimits.width, TerminalLimits.height))
  }
}
