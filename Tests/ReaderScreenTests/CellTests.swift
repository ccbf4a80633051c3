import ReaderScreen
import Testing

@Suite struct CellTests {
  @Test func blankIsOneSpaceInTheGivenRole() {
    #expect(Cell.blank(.status) == Cell(text: " ", width: 1, role: .status))
  }
}
