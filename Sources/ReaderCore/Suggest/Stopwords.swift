/// English words too common to tell sentences apart; they are left out of the term vectors.
enum Stopwords {
  static let words: Set<String> = Set(
    """
    a about above after again against all almost also although always am among an and another
    any anyone anything are around as at be became because become been before being below
    between both but by can cannot could did do does doing done down during each either else
    enough even ever every few for from further had has have having he her here hers herself
    him himself his how however i if in into is it its itself just least less let like made
    make many may me might more most much must my myself neither never no nor not now of off
    often on once one only or other others our ours ourselves out over own per perhaps quite
    rather really same say said says she should since so some still such than that the their
    theirs them themselves then there these they this those though through thus to too toward
    towards under until up upon us very was we well were what whatever when where whether which
    while who whom whose why will with within without would yet you your yours yourself
    yourselves s t don doesn didn isn wasn aren weren won wouldn shouldn couldn ll ve re d m
    mr mrs ms dr also got get gets getting go goes going gone new old two three first second
    last next way ways thing things time times year years day days
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
