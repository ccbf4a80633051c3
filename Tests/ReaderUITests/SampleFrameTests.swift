import ReaderCore
import ReaderScreen
import ReaderUI
import Testing

/// Whole frames of the built-in sample, exactly as `reader snapshot` prints them.
@Suite struct SampleFrameTests {
  @Test func firstScreenAt80x24() throws {
    let expected = """
       Articles (5)           │ 1. The Saltmarsh Line is running again
      ▸ 1 The Saltmarsh Line …│ by Odile Ferrant ·\u{00A0}2024-04-12
          Odile Fe… 2024-04-12│
        2 Voices from the pla…│ Editor's note — MHB
          Tomasz W… 2024-04-15│   I’ve gathered five pieces in this post because
        3 Bicycles on board, …│   together they tell the whole story of the Saltmarsh
          Mirela O… 2024-04-19│   Line’s first spring back in service: the reopening
        4 Timetables, tides a…│   itself, the people on its platforms, the bicycles
          Odile Fe… 2024-05-03│   and books on board, the timetable, and the old
        5 What the old statio…│   archive that helped make it all possible. Read them
          Kenji Ha… 2024-05-10│   in order or dip in wherever you like. For anyone
                              │   with only a minute to spare, I’ve marked key
                              │   phrases in bold so you can see at a glance where to
                              │   slow down. —\u{00A0}MHB
                              │
                              │ After sixty-two years of silence, trains once again
                              │ run the fourteen miles from Wenbury to Calloway Bay.
                              │
                              │   Odile Ferrant is a transport writer based in
                              │   Wenbury. She has followed the campaign to reopen
                              │   the line since its first public meeting in a church
                              │   hall in 2009, and she still has the raffle ticket
                              │   to prove it.
       (sample) │ Article 1/5 │ Highlight –/17 │ 26%                           ? help
      """
    #expect(try frame(.sample(), 80, 24, options: sampleOptions).text() == expected)
  }

  @Test func firstScreenAt160x48() throws {
    let expected = """
       Articles (5)                     │ 1. The Saltmarsh Line is running again                                             │ Quotes (2)
      ▸ 1 The Saltmarsh Line is running…│ by Odile Ferrant ·\u{00A0}2024-04-12                                                      │▸ Greta Lindqvist — We never stopped th…
          Odile Ferrant       2024-04-12│                                                                                    │  Samuel Okafor — this is the best kind…
        2 Voices from the platform: the…│ Editor's note — MHB                                                                │
          Tomasz Wren         2024-04-15│   I’ve gathered five pieces in this post because together they tell the whole      │
        3 Bicycles on board, books at e…│   story of the Saltmarsh Line’s first spring back in service: the reopening        │
          Mirela Osei, Kenji… 2024-04-19│   itself, the people on its platforms, the bicycles and books on board, the        │
        4 Timetables, tides and the 7:4…│   timetable, and the old archive that helped make it all possible. Read them in    │
          Odile Ferrant       2024-05-03│   order or dip in wherever you like. For anyone with only a minute to spare, I’ve  │
        5 What the old station log book…│   marked key phrases in bold so you can see at a glance where to slow down. —\u{00A0}MHB  │
          Kenji Halvorsen     2024-05-10│                                                                                    │
                                        │ After sixty-two years of silence, trains once again run the fourteen miles from    │
                                        │ Wenbury to Calloway Bay.                                                           │
                                        │                                                                                    │
                                        │   Odile Ferrant is a transport writer based in Wenbury. She has followed the       │
                                        │   campaign to reopen the line since its first public meeting in a church hall in   │
                                        │   2009, and she still has the raffle ticket to prove it.                           │
                                        │                                                                                    │
                                        │ At 6:58 on a grey Saturday morning, a two-car train eased out of Wenbury station   │
                                        │ and sounded its horn twice: once for the passengers on board and once, the driver  │
                                        │ explained later, for everyone who had waited. By the time it reached the harbour   │
                                        │ at Calloway Bay, forty minutes later, people stood three deep along the sea wall   │
                                        │ to watch it arrive.                                                                │
                                        │                                                                                    │
                                        │ The Saltmarsh Line closed in the autumn of 1962, when a national review judged it  │
                                        │ too quiet to keep. The rails were lifted, the station at Pellow Cross became a     │
                                        │ potter’s workshop, and for a generation the route was a footpath. Yet its walkers  │
                                        │ kept the memory alive, and the line was never really gone, many of them insist,    │
                                        │ only resting.                                                                      │
                                        │                                                                                    │
                                        │ “We never stopped thinking of it as our railway, even when it was just a path full │
                                        │ of blackberries,” said Greta Lindqvist, who has chaired the Saltmarsh Line Society │
                                        │ for eleven years.                                                                  │
                                        │                                                                                    │
                                        │ The society began with thirty members and a folding table at the Wenbury market.   │
                                        │ It grew into a partnership of four councils, two schools and more than six hundred │
                                        │ volunteers, who cleared ditches, counted birds along the embankments and collected │
                                        │ signatures by the thousand.                                                        │
                                        │                                                                                    │
                                        │ Rebuilding took four years and cost less than anyone had feared, partly because    │
                                        │ most of the old trackbed survived under the footpath. The engineers found the      │
                                        │ stone culverts in such good order that many needed only cleaning. Nobody pretends  │
                                        │ it was easy – there were two wet winters and one memorable week when a family of   │
                                        │ otters held up the bridge repairs – but the work finished a month early.           │
                                        │                                                                                    │
                                        │ Mayor Samuel Okafor said “this is the best kind of slow progress, the kind you can │
                                        │ ride on” as he cut the ribbon, and the crowd laughed because the ribbon had been   │
       (sample) │ Article 1/5 │ Highlight –/17 │ 75%                                                                                                           ? help
      """
    #expect(try frame(.sample(), 160, 48, options: sampleOptions).text() == expected)
  }

  /// Below 60 columns the list folds away, leaving the reading pane the whole width.
  @Test func layoutAt50x20() throws {
    let expected = """
       1. The Saltmarsh Line is running again
       by Odile Ferrant ·\u{00A0}2024-04-12

       Editor's note — MHB
         I’ve gathered five pieces in this post because
         together they tell the whole story of the
         Saltmarsh Line’s first spring back in service:
         the reopening itself, the people on its
         platforms, the bicycles and books on board,
         the timetable, and the old archive that helped
         make it all possible. Read them in order or
         dip in wherever you like. For anyone with only
         a minute to spare, I’ve marked key phrases in
         bold so you can see at a glance where to slow
         down. —\u{00A0}MHB

       After sixty-two years of silence, trains once
       again run the fourteen miles from Wenbury to
       Calloway Bay.
       (sample) │ Article 1/5 │ Highlight –/17   ? help
      """
    #expect(try frame(.sample(), 50, 20, options: sampleOptions).text() == expected)
  }

  /// `]` three times lands on highlight 3 (two lines of context above it); `[` goes back to
  /// highlight 2, drawn as the current highlight while the others stay plain highlights.
  @Test func highlightsForwardThreeTimesThenBackOnce() throws {
    let afterThree = """
       Articles (5)           │ 1. The Saltmarsh Line is running again
      ▸ 1 The Saltmarsh Line …│ a potter’s workshop, and for a generation the route
          Odile Fe… 2024-04-12│ was a footpath. Yet its walkers kept the memory
        2 Voices from the pla…│ alive, and the line was never really gone, many of
          Tomasz W… 2024-04-15│ them insist, only resting.
        3 Bicycles on board, …│
          Mirela O… 2024-04-19│ “We never stopped thinking of it as our railway, even
        4 Timetables, tides a…│ when it was just a path full of blackberries,” said
          Odile Fe… 2024-05-03│ Greta Lindqvist, who has chaired the Saltmarsh Line
        5 What the old statio…│ Society for eleven years.
          Kenji Ha… 2024-05-10│
                              │ The society began with thirty members and a folding
                              │ table at the Wenbury market. It grew into a
                              │ partnership of four councils, two schools and more
                              │ than six hundred volunteers, who cleared ditches,
                              │ counted birds along the embankments and collected
                              │ signatures by the thousand.
                              │
                              │ Rebuilding took four years and cost less than anyone
                              │ had feared, partly because most of the old trackbed
                              │ survived under the footpath. The engineers found the
                              │ stone culverts in such good order that many needed
                              │ only cleaning. Nobody pretends it was easy – there
       (sample) │ Article 1/5 │ Highlight 3/17 │ 66%                           ? help
      """
    #expect(try frame(.sample(), 80, 24, keys: "]]]", options: sampleOptions).text() == afterThree)
    let backOne = """
      ⟦mu: Articles (5)           ⟧⟦bd:│⟧⟦hd: 1. The Saltmarsh Line is running again                ⟧
      ⟦isel:▸ 1 The Saltmarsh Line …⟧⟦bd:│⟧
      ⟦isel:    Odile Fe… 2024-04-12⟧⟦bd:│⟧ ⟦dk:After sixty-two years of silence, trains once again⟧
      ⟦mu:  2 ⟧Voices from the pla…⟦bd:│⟧ ⟦dk:run the ⟧⟦cur:fourteen miles from Wenbury to Calloway Bay⟧⟦dk:.⟧
          ⟦mu:Tomasz W… 2024-04-15⟧⟦bd:│⟧
      ⟦mu:  3 ⟧Bicycles on board, …⟦bd:│⟧   ⟦bio:Odile Ferrant is a transport writer based in⟧
          ⟦mu:Mirela O… 2024-04-19⟧⟦bd:│⟧   ⟦bio:Wenbury. She has followed the campaign to reopen⟧
      ⟦mu:  4 ⟧Timetables, tides a…⟦bd:│⟧   ⟦bio:the line since its first public meeting in a church⟧
          ⟦mu:Odile Fe… 2024-05-03⟧⟦bd:│⟧   ⟦bio:hall in 2009, and she still has the raffle ticket⟧
      ⟦mu:  5 ⟧What the old statio…⟦bd:│⟧   ⟦bio:to prove it.⟧
          ⟦mu:Kenji Ha… 2024-05-10⟧⟦bd:│⟧
                              ⟦bd:│⟧ At 6:58 on a grey Saturday morning, a two-car train
                              ⟦bd:│⟧ eased out of Wenbury station and sounded its horn
                              ⟦bd:│⟧ twice: once for the passengers on board and once, the
                              ⟦bd:│⟧ driver explained later, for everyone who had waited.
                              ⟦bd:│⟧ By the time it reached the harbour at Calloway Bay,
                              ⟦bd:│⟧ forty minutes later, people stood three deep along
                              ⟦bd:│⟧ the sea wall to watch it arrive.
                              ⟦bd:│⟧
                              ⟦bd:│⟧ The Saltmarsh Line closed in the autumn of 1962, when
                              ⟦bd:│⟧ a national review judged it too quiet to keep. The
                              ⟦bd:│⟧ rails were lifted, the station at Pellow Cross became
                              ⟦bd:│⟧ a potter’s workshop, and for a generation the route
      ⟦st: (sample) │ ⟧⟦sa:Article 1/5⟧⟦st: │ ⟧⟦sa:Highlight 2/17⟧⟦st: │ 41%                           ? help ⟧
      """
    #expect(
      try frame(.sample(), 80, 24, keys: "]]][", options: sampleOptions).styledText() == backOne)
  }
}
