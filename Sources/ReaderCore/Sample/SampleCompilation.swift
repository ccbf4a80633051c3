// What the sample exercises, counted from the text below (tests rely on these numbers; keep
// them in step with any edit). Line numbers are 1-based lines of `SampleCompilation.text`.
//
// - 5 articles, starting on lines 1, 37, 97, 130, 151. Article 1 has two blank lines between
//   its title and byline. 181 lines in all; the text ends with a newline.
// - 4 authors: Odile Ferrant (articles 1, 4), Tomasz Wren (2), Mirela Osei (3),
//   Kenji Halvorsen (3, 5). Article 3 has two authors joined by ` & `; article 2's byline has a
//   description ("presenter of the Coastline Radio breakfast show"); article 5 uses `By`.
// - Byline dates: 4-12-2024, 2024-04-15, April 19, 2024, 5-3-2024, 2024-05-10.
// - Editor "MHB": a note in article 1 (line 6), signed with an em dash.
// - Deks in articles 1, 2, 3, 5; none in article 4 (its first four body paragraphs are each
//   over 300 characters, one of them hard-wrapped). Bios: Odile Ferrant after the dek in
//   article 1, Kenji Halvorsen before the dek in article 5.
// - 17 highlights: 5 in article 1 (one in the note, one in the dek, one across a soft line
//   break), 4 in article 2 (three in speakers' quotes, one written `<B>…</B>`), 3 in article 3,
//   3 in article 4 (one in the title, one across a soft line break), 2 in article 5. All four
//   syntaxes appear. Line 109 holds a lone `**` with no closer: literal text, not a highlight.
// - 5 speaker blocks, all in article 2, each closed by `Source`: Inês Carvalho (Station
//   volunteer), Harold Ashdown (Retired signal engineer, volunteer; his quote holds a numbered
//   list of 2 items), Haruto Mori (Visiting timetable enthusiast from Osaka), Nuria Peñalver
//   (Café owner at Calloway Bay), Oksana Lysenko (Night-shift nurse). Two one-line paragraphs
//   end in `:` without being speakers (lines 45 and 59).
// - Inline quotations of 4+ words: 7. Named speakers: Greta Lindqvist, Samuel Okafor (article 1),
//   Daniel Achterberg (3), Priya Raman (4), Aino Väisänen (5); unnamed: one in article 3, one
//   in article 5. Scare quotes under 4 words: 5 (“heritage railway”, “Grüße aus Köln”,
//   “slow internet”, “smart”, “lost volume”).
// - Related links: article 1: 2, article 2: 1, article 3: 3, article 4: none, article 5: 1.
//   Additional Related Articles: 2, the first with a note after its date. Then `Leave a Comment`.
// - Non-ASCII: Cyrillic, Japanese, accented Latin, emoji (🚆 📚 🚲), en and em dashes, curly
//   apostrophes and quotes.

/// The built-in sample compilation that `reader` opens when given no file.
public enum SampleCompilation {
  /// The sample's text, in the plain-text compilation format.
  public static let text: String = """
    The Saltmarsh Line is running again


    by Odile Ferrant [4-12-2024 published].

    (I’ve gathered five pieces in this post because together they tell the whole story of the Saltmarsh Line’s first spring back in service: the reopening itself, the people on its platforms, the bicycles and books on board, the timetable, and the old archive that helped make it all possible. Read them in order or dip in wherever you like. For anyone with only a minute to spare, I’ve marked **key phrases in bold** so you can see at a glance where to slow down. — MHB)

    After sixty-two years of silence, trains once again run the <b>fourteen miles from Wenbury to Calloway Bay</b>.

    Odile Ferrant is a transport writer based in Wenbury. She has followed the campaign to reopen the line since its first public meeting in a church hall in 2009, and she still has the raffle ticket to prove it.

    At 6:58 on a grey Saturday morning, a two-car train eased out of Wenbury station and sounded its horn twice: once for the passengers on board and once, the driver explained later, for everyone who had waited. By the time it reached the harbour at Calloway Bay, forty minutes later, people stood three deep along the sea wall to watch it arrive.

    The Saltmarsh Line closed in the autumn of 1962, when a national review judged it too quiet
    to keep. The rails were lifted, the station at Pellow Cross became a potter’s workshop, and
    for a generation the route was a footpath. Yet its walkers kept the memory alive, and **the line
    was never really gone**, many of them insist, only resting.

    “We never stopped thinking of it as our railway, even when it was just a path full of blackberries,” said Greta Lindqvist, who has chaired the Saltmarsh Line Society for eleven years.

    The society began with thirty members and a folding table at the Wenbury market. It grew into a <strong>partnership of four councils, two schools and more than six hundred volunteers</strong>, who cleared ditches, counted birds along the embankments and collected signatures by the thousand.

    Rebuilding took four years and cost less than anyone had feared, partly because most of the old trackbed survived under the footpath. The engineers found the stone culverts in such good order that many needed only cleaning. Nobody pretends it was easy – there were two wet winters and one memorable week when a family of otters held up the bridge repairs – but the work finished a month early.

    Mayor Samuel Okafor said “this is the best kind of slow progress, the kind you can ride on” as he cut the ribbon, and the crowd laughed because the ribbon had been tied to a bicycle.

    Some visitors have called it a “heritage railway”, but the society is firm that it is nothing of the sort. The trains are modern, the fares are ordinary, and the timetable is built for __people who need to get somewhere__: pupils, nurses on early shifts, shoppers and, on sunny weekends, a great many swimmers.

    The first week brought more than eleven thousand journeys, roughly three times the society’s own hopeful estimate. Whether that holds through a rainy November is another question, and one the volunteers seem almost eager to answer.

    Related

    Voices from the platform: the first week on the Saltmarsh Line [2024-04-15]

    Where the old railways of the coast used to run [March 2, 2024]

    Voices from the platform: the first week on the Saltmarsh Line

    by Tomasz Wren, presenter of the Coastline Radio breakfast show [2024-04-15 published].

    Passengers, volunteers and one very patient café owner on what the return of the trains means to them.

    For the first week of services, our breakfast show went out live from a different station on the line every morning. We asked everyone we met the same simple question, namely what the railway means to them, and the answers were more varied, and more **generous**, than we could have guessed.

    We have trimmed the conversations a little for length. Here is what they told us:

    Station volunteer Inês Carvalho:

    I look after the booking office at Pellow Cross three mornings a week. Most people already have their tickets on their phones, so really I look after the kettle, the lost umbrellas and the <b>questions nobody thought to put on the website</b>.

    Yesterday a boy asked me whether the train goes faster when it is heading downhill to the sea. I told him yes, a little, and that it is the happiest part of the journey.

    Source

    Retired signal engineer, volunteer Harold Ashdown:

    I worked on signalling for forty years, mostly on busy main lines, and I came back to help because I wanted to see a small railway done properly. Volunteers don’t touch the safety-critical work, and quite right too, but we can do almost everything around it.

    When new helpers ask where to start, I give them two rules for the platform:

    1. Never stand closer to the edge than the yellow line, however good the photograph would be.

    2. Always say good morning to the driver, because __a railway runs on goodwill__ as much as on diesel.

    Source

    Visiting timetable enthusiast from Osaka Haruto Mori:

    At home I ride the 各駅停車 (kakueki teisha), the all-stations train, just to see the small towns. This line has the same gentle feeling. Every station is different, and at every one somebody waves.

    I also brought a habit from Japan: I buy a 駅弁, a station lunch box, whenever I can. Here it is a crab sandwich from the harbour café, and I think it is <B>the best station lunch in Europe</B>.

    Source

    Café owner at Calloway Bay Nuria Peñalver:

    When the first train came in I had baked two hundred almond pastries and sixty lemon tarts, and I was sure I had made far too many. By half past ten there was nothing left but crumbs and a very long queue.

    The line has changed the rhythm of my day. I open earlier now, for the 7:42, and I close when the last train leaves, so I know the timetable better than my own recipes.

    Source

    Night-shift nurse Oksana Lysenko:

    I came to Wenbury from Lviv two years ago, and for most of that time my journey to the hospital meant two buses and a lot of waiting in the rain. Now it is one train and twenty minutes with a book.

    On the first morning I sent my mother a photograph of the sea from the carriage window with the words «Наступна зупинка — море», which means next stop, the sea. Now she wants a picture of every station. 🚆

    Source

    Our sound engineer, for the record, had bought a season ticket of his own by Friday.

    Related

    Night-shift staff welcome earlier first trains [4-20-2024]

    Bicycles on board, books at every stop

    by Mirela Osei & Kenji Halvorsen [April 19, 2024 published].

    The line’s two quiet innovations – a carriage for bikes and a shelf of books on every platform – are proving almost as popular as the trains.

    When the society drew up its wish list in 2015, two modest ideas sat near the top, just below “trains that actually turn up on time.” Both have now arrived, and both are busier than anyone planned.

    Every train includes a <strong>dedicated cycle carriage with room for sixteen bicycles</strong> 🚲, fitted with simple wall hooks rather than the fiddly racks that riders elsewhere have learned to dread. Bicycles travel free.

    The coast path and the railway run side by side for most of the way, which makes a
    tempting loop: ride out along the shore in the morning, then let the train carry you
    and your tired legs home. On the printed timetable, trains marked ** have a second cycle
    carriage on summer weekends.

    “On a fine Sunday we see whole families who ride out along the coast and come home on the train with sandy tyres,” said Daniel Achterberg, who runs the bicycle repair stall at Wenbury station.

    The book shelves 📚 began almost by accident, when a volunteer left a box of paperbacks in the Pellow Cross waiting room with a note asking people to help themselves. Within a month every station had asked for a shelf of its own. The rule is simple: **take one, leave one, or simply borrow**, and bring it back next week.

    Each shelf has developed a character. Pellow Cross leans towards crime novels and bird guides, while Calloway Bay favours cookery and sea stories. Last week someone left a battered Spanish copy of Cien años de soledad, with a postcard tucked inside that says “Grüße aus Köln”.

    Regular riders have taken to calling the shelves the line’s “slow internet”, and the volunteers who tidy them say the joke is not far wrong. __Books travel up and down the line__ for weeks before settling at a station that seems to suit them.

    There are no plans to add screens, apps or anything “smart” to either scheme. As one volunteer put it, a hook and a shelf have the great advantage of never needing an update.

    Related

    Wenbury cyclists map a coast-to-rail loop [3-28-2024]

    The Pellow Cross book shelf reaches its first hundred books [2024-04-02]

    Otters, culverts and a bridge finished early [January 30, 2024]

    **Timetables**, tides and the 7:42 to Calloway Bay

    by Odile Ferrant [5-3-2024 published].

    A railway timetable looks like a table of numbers, but the one pinned up at every station on the Saltmarsh Line is really a record of hundreds of conversations, held over two years in school halls, hospital canteens and the back room of the harbour café, about when people actually need to travel, where they are going, and why. Reading it closely is like reading the towns’ diaries.

    The best-known train on the line is the 7:42 from Wenbury. It was placed at that minute, rather than on a round hour, so that pupils reach the secondary school at Calloway Bay with ten minutes to spare and the fish market traders can be on the quay before the first boats come in. Several people told me it is the most carefully argued minute in the county.

    The tides matter just as much. At the highest spring tides the causeway road
    to Calloway Bay floods for an hour or two, and on those days <b>the railway becomes
    the only dry way into town</b>. The planners add extra trains around high water,
    and the tide tables are printed in the same leaflet as the timetable.

    “The tide tables were the first thing we pinned to the wall, before the map and before the coffee rota,” said Priya Raman, who drew up the timetable. She spent her first month on the project simply riding the buses that the trains would replace, notebook in hand, counting who got on where and asking them what time they really wished they could leave.

    In the morning peak, 07:00–09:00, and again in the late afternoon, trains run every half hour. In between, they run hourly, which sounds modest until you remember that for sixty-two years the service was nothing at all.

    On Friday evenings the last train waits for the island ferry, a promise written into the timetable itself. If the ferry is late, so is the train — and nobody seems to mind. Passengers call it __the politest delay in the country__.

    Small changes are already planned for the summer, including a later train on Saturday nights and an earlier one on Sundays for walkers. The planners say they will keep listening, and that the best suggestions so far have arrived on the backs of used tickets.

    What the old station log books tell us

    By Kenji Halvorsen [2024-05-10 published].

    Kenji Halvorsen is an archivist at the Wenbury County Record Office and a volunteer guard on the Saltmarsh Line at weekends.

    Forty volumes of handwritten station records, rescued from a damp cellar, are being transcribed by volunteers – and they are full of surprises.

    The log books cover the years 1921–1962 and were kept by the station masters at Wenbury, Pellow Cross and Calloway Bay. They came to light in 2018, when a cellar beneath the old goods shed was cleared, and they turned out to be **the most complete record of a small railway** anywhere in the region.

    Most entries are brief and practical: weather, late running, parcels, the odd broken lamp. A typical line from March 1937 reads “Cow on the line at Pellow Cross, persuaded off with an apple, train six minutes late.”

    Read together, though, the books become a portrait of the towns. They record the evacuee children who arrived in 1939, the summer excursions to the beach, and a winter of deep snow when the line was <strong>the only link between the valley farms and the harbour</strong> for nearly a fortnight.

    “Every page has at least one small kindness in it, if you read slowly enough,” said Aino Väisänen, who leads the transcription team of twenty-three volunteers.

    Their work also helped the engineers. Notes about flooding, subsidence and repairs told the rebuilding team exactly where to look, and two of the culverts that caused trouble in the 1950s were strengthened before the new track went down.

    The one gap in the series is the so-called “lost volume” for 1947. The team still hopes it will turn up in an attic one day, and has put a notice on every station shelf asking readers to keep an eye out.

    Related

    Volunteers wanted for the station archive project [5-1-2024]

    Additional Related Articles

    The Saltmarsh Line Society’s guide to a first visit [2024-05-12] Start here if you are planning a day out: it covers tickets, cycle spaces and the best café at each stop.

    How three other coastal branch lines came back [April 27, 2024]

    Leave a Comment

    """
}
