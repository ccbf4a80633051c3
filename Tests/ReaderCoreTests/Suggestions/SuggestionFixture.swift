/// A compilation written for judging suggested key sentences: four articles of invented
/// reporting, with the sentences that carry each argument listed in `SuggestionTruth`, which
/// was written before the ranking was ever run on this text.
enum SuggestionFixture {
  static let text = """
    The town that turned its car park into a forest

    by Wren Castellan [3-4-2024 published].

    Replacing asphalt with trees cooled the centre of Harlow Ford by four degrees and brought shoppers back.

    Ten years ago the middle of Harlow Ford was a car park of two hundred spaces, a ticket machine that rarely worked and a row of shops that closed one by one. The council owned the land, collected a little money from it and spent a little more keeping it patched. Nobody loved it, but nobody thought it could be anything else either.

    The change began with a flood. In the summer of 2015 a storm dropped a month of rain in an afternoon, the drains under the asphalt failed, and water ran straight into the shops on the lower side of the square. The repair bill was larger than the car park had earned in a decade. That bill, more than any argument about beauty, is what persuaded the council to try something new.

    The plan was modest at first. Engineers lifted the asphalt from a third of the site, laid gravel and soil, and planted forty young oaks, limes and field maples. Parking moved to a field by the station, five minutes' walk away, with a small bus for anyone who needed it. Traders predicted ruin. Some of them wrote to the local paper every week for a year.

    What happened instead surprised almost everyone. The soil under the trees soaked up the next big storm, and the lower shops stayed dry. On hot days the square measured four degrees cooler than the streets around it, and people began to linger there instead of hurrying through. Footfall in the square rose by a third within two years, and the empty shops filled with a bakery, a bike repairer and a café.

    The council then removed the rest of the asphalt. Today the square holds three hundred trees, a pond that fills in winter and a path wide enough for the market on Saturdays. Maintenance costs less than the old patching did, because the trees need little once they are established and the drains no longer need rebuilding.

    The lesson that other towns draw from Harlow Ford is not that every car park should become a forest. It is that the cost of hard surfaces was always being paid, only in flood repairs and empty shops rather than in the budget line for the car park. When the hidden costs were counted, the trees were the cheaper choice.

    Not everything went well. Two of the original oaks died in a dry year, and the bus to the station field was cut after the first budget review. Some older residents still find the walk hard, and the council has promised a small number of disabled spaces at the edge of the square. The argument about parking has not ended; it has only become quieter.

    Why small libraries outlast big budgets

    by Idris Mallory [3-9-2024 published].

    The branches that survived the cuts were the ones that did more than lend books.

    Between 2010 and 2020 the county of Westmere closed eleven of its twenty-six libraries. The closures followed a simple rule: the branches with the fewest loans went first. On paper the rule was fair. In practice it missed what the surviving branches were actually doing.

    The branch at Ockley, a village of two thousand people, had some of the lowest loan figures in the county. It should have closed in the second round. It did not, because by then it had become the place where people printed forms, asked for help with benefit claims, met the health visitor and left their children after school. When the council proposed closing it, four hundred people came to a meeting in the church hall.

    Loans are the easiest thing a library does to count, and that is exactly why they are a poor measure of its worth. A borrowed novel shows up in the figures; an hour spent helping a widower fill in a pension form does not. The councils that closed branches by loan figures were measuring the part of the work that was already declining and ignoring the part that was growing.

    The librarians at Ockley understood this long before the council did. They kept their own tally of every question they answered, sorted by kind, and by 2016 questions outnumbered loans by three to one. When the closure list was drawn up, they could show in numbers that the branch had become a public office for everything the village no longer had.

    Other branches followed the same path for different reasons. At Pennick the library shares a building with the post office and the doctor's surgery, and the three pay one heating bill between them. At Dray Cross volunteers run the evening hours, and the paid librarian spends her time on the work only she can do. In each case the branch survived by becoming harder to replace, not by becoming cheaper to run.

    None of this means that books no longer matter. Children's loans at all three surviving branches have risen since 2018, and the reading groups are full. But a library that only lends books competes with every shop and website that sells them. A library that is also the village's front door has no competitor at all.

    The county has since changed its rule. Branches are now judged on visits, questions answered and partner services as well as loans. Nobody expects the closed branches to reopen, but the eleven that remain are, for the first time in a decade, not on any list.

    The quiet economics of repair cafés

    by Helga Stroud [3-15-2024 published].

    Volunteers fixing kettles for free are saving households more money than most energy grants.

    Every second Saturday, in a scout hut on the edge of Brennan, a dozen volunteers sit behind folding tables with screwdrivers, soldering irons and sewing machines. Anyone may bring something broken. The volunteers fix it while the owner watches, and nobody pays anything, though there is a jar for the tea.

    The repair café began as a hobby for a retired electrician who was tired of seeing good toasters thrown away. Six years later it has mended more than four thousand items, and its records, kept carefully in a ledger, tell a story about money that the founders did not expect.

    The average item brought to the café would cost about forty pounds to replace. About seven in ten are fixed on the day. Counting only the items mended, the café has saved the households of Brennan well over a hundred thousand pounds, which is more than the town received in energy grants over the same years.

    The savings fall unevenly, and that is the point. The people who bring a kettle or a school coat to be mended are mostly people for whom forty pounds is a real sum. For them the café is not a hobby or a statement about waste; it is the difference between a warm coat and a cold winter. Repair turns out to be one of the cheapest forms of help a town can offer, because the volunteers' skill does the work that money would otherwise have to do.

    There are limits. Many modern appliances are glued shut or need parts that the makers will not sell, and the volunteers turn away more phones and laptops than they fix. The café has joined a national campaign for a right to repair, which would oblige makers to sell parts and publish manuals for ten years after a product is sold.

    The café also teaches. Owners are asked to hold the torch, pass the screwdriver and watch, and many come back with the next broken thing already half understood. A few have become volunteers themselves. The electrician who started it all says that the teaching matters more to him than the mending.

    Whether the model can grow is an open question. The café depends on a handful of people with rare skills, most of them past retirement age. The organisers are now running evening classes for younger volunteers, paid for by the town council, in the hope that the skills will outlast the people who have them.

    What the river survey actually found

    by Pia Olusegun [3-22-2024 published].

    A year of testing the Calder showed the pollution comes from farms more than from the sewage works everyone blamed.

    For years the people who swim and fish in the river Calder have blamed the sewage works at Thornby for every green summer and every dead fish. The works does discharge into the river after heavy rain, and its owners have been fined twice. So when a group of volunteers set out to test the water every week for a year, most of them expected to prove what they already believed.

    The volunteers took samples at twelve points, from the spring in the hills to the weir below Thornby, and sent them to a university laboratory for nitrate, phosphate and bacteria counts. They also logged the weather, the state of the fields and every discharge the works reported.

    The results did not fit the story. Phosphate and nitrate levels were already high above the sewage works, in the stretch that runs between arable fields, and they rose most sharply after rain fell on freshly spread fields. The farms upstream, not the sewage works, were the largest source of the nutrients that turn the river green. The works added bacteria after storms, which matters for swimmers, but it added less of the nutrients than the fields did.

    The finding was not welcome everywhere. Some farmers pointed out, fairly, that they follow the rules on when and how much to spread, and that the rules were written by the government, not by them. Others invited the volunteers onto their land to see where the water ran off. Two of them have since planted strips of grass and hedges along the banks, which trap soil before it reaches the water.

    The survey's most useful result may be its method rather than its verdict. Because the volunteers tested at many points and often, they could see where the pollution entered and when, instead of measuring only what reached the bottom of the river. A single sample at the weir, which is what the official monitoring took, could never have told farm runoff from sewage.

    None of this lets the water company off. Its storm discharges still break the rules more often than they should, and the volunteers have passed their bacteria counts to the regulator. But a river cleaned only at the sewage works would still turn green every summer.

    The group has applied for money to continue the testing for three more years, and the county's farmers' union has agreed to share data on spreading dates. If the grass strips work, the next survey should show it.
    """
}
