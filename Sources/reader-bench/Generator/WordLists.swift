/// The generator's own vocabulary: everyday English words and made-up names, places and
/// institutions. Nothing here comes from a real compilation.
enum WordLists {
  static let function = [
    "the", "the", "the", "of", "of", "and", "and", "to", "to", "in", "a", "a", "that", "is",
    "for", "on", "with", "as", "was", "by", "it", "not", "but", "from", "at", "this", "have",
    "be", "are", "which", "their", "has", "its", "or", "an", "will", "would", "can", "could",
    "been", "more", "than", "into", "over", "after", "before", "about", "when", "while",
    "because", "even", "only", "also", "such", "those", "these", "every", "no", "any", "what",
    "who", "all", "some", "most", "yet", "still", "so", "if", "we", "they", "he", "she", "our",
  ]

  static let determiners = [
    "the", "the", "the", "a", "this", "that", "every", "our", "their", "its", "one", "another",
    "each", "no", "some", "the whole",
  ]

  static let prepositions = [
    "in", "on", "at", "over", "after", "before", "with", "across", "near", "under", "behind",
    "beyond", "during", "without", "against", "around", "toward",
  ]

  static let pronouns = ["He", "She", "They", "It", "We", "Nobody", "Everyone", "Someone"]

  static let conjunctions = [
    ", and", ", but", " because", " while", ", so", " although", " until", " since", ", yet",
  ]

  static let nouns = [
    "harbour", "council", "ledger", "river", "market", "bridge", "treaty", "winter", "signal",
    "archive", "railway", "village", "province", "minister", "budget", "harvest", "frontier",
    "garden", "factory", "lantern", "journey", "pattern", "question", "answer", "evidence",
    "promise", "schedule", "argument", "network", "valley", "summit", "current", "island",
    "engine", "compass", "letter", "verdict", "balance", "account", "channel", "mountain",
    "tower", "reform", "tariff", "pipeline", "shipment", "forecast", "election", "coalition",
    "parliament", "delegation", "agreement", "dispute", "strategy", "economy", "industry",
    "season", "history", "memory", "voice", "window", "harvester", "migration", "border",
    "neighbour", "capital", "coastline", "weather", "district", "theory", "crisis", "proposal",
    "ceasefire", "mandate", "audience", "partner", "witness", "editor", "reporter", "analyst",
    "scholar", "diplomat", "farmer", "engineer", "teacher", "soldier", "sailor", "merchant",
    "courier", "library", "museum", "station", "festival", "decade", "century", "morning",
    "evening", "outcome", "pressure", "tension", "surplus", "deficit", "currency", "reserve",
    "storage", "capacity", "resource", "quarry", "orchard", "meadow", "canal", "lighthouse",
    "observatory", "telescope", "notebook", "manuscript", "ballot", "charter", "doctrine",
    "alliance", "sanction", "embargo", "convoy", "corridor", "harbourmaster", "checkpoint",
  ]

  static let verbs = [
    "argued", "signed", "rejected", "welcomed", "measured", "carried", "described", "followed",
    "ignored", "questioned", "painted", "discovered", "praised", "announced", "delayed",
    "reported", "suggested", "confirmed", "denied", "expected", "promised", "warned", "built",
    "crossed", "opened", "closed", "gathered", "counted", "shifted", "lowered", "raised",
    "collected", "drafted", "published", "revised", "abandoned", "restored", "negotiated",
    "financed", "defended", "challenged", "explained", "predicted", "reached", "managed",
    "outlined", "tested", "visited", "returned", "recalled", "noticed", "admitted", "insisted",
    "remains", "becomes", "depends", "requires", "suggests", "reflects", "changes", "offers",
    "shows", "means", "seems", "looks", "holds", "keeps", "turns", "brings", "takes", "gives",
  ]

  static let adjectives = [
    "quiet", "narrow", "broad", "careful", "stubborn", "patient", "bright", "distant", "early",
    "late", "recent", "former", "northern", "southern", "eastern", "western", "coastal",
    "rural", "urban", "official", "private", "public", "modest", "remarkable", "uncertain",
    "obvious", "fragile", "durable", "expensive", "cheap", "familiar", "strange", "sudden",
    "gradual", "serious", "careless", "decisive", "tentative", "lengthy", "brief", "heavy",
    "light", "silver", "golden", "wooden", "regional", "national", "global", "local",
    "practical", "theoretical", "historic", "ordinary", "unusual", "reluctant", "eager",
    "sober", "cautious", "bold", "steady", "uneven", "open", "closed", "hidden", "visible",
  ]

  static let adverbs = [
    "quietly", "slowly", "suddenly", "finally", "openly", "carefully", "rarely", "often",
    "already", "perhaps", "certainly", "largely", "barely", "roughly", "clearly", "frankly",
  ]

  /// Words outside ASCII: Cyrillic, CJK, Latin with accents, and an emoji now and then, so
  /// that width and decoding code gets exercised at realistic (low) density.
  static let foreign = [
    "город", "правда", "рынок", "зима", "дорога", "совет", "история", "Москва",
    "市場", "会議", "東京", "経済", "ニュース", "北京", "정부", "서울",
    "café", "naïve", "Zürich", "déjà", "façade", "señor", "São", "Kraków", "Øresund",
    "Ærø", "Māori", "Đà", "fiancée", "über", "Ελλάδα", "שלום", "مرحبا",
    "🙂", "📈", "🌍", "👍🏽", "👨‍👩‍👧", "🇺🇳", "✈️",
  ]

  static let firstNames = [
    "Marta", "Oren", "Ilse", "Tomas", "Nadia", "Piotr", "Leona", "Aurel", "Saskia", "Dmitar",
    "Helga", "Ruben", "Katya", "Milos", "Ines", "Jarek", "Vera", "Anselm", "Ludmila", "Casimir",
    "Elif", "Bram", "Zofia", "Teodor", "Maren", "Yusuf", "Greta", "Lev", "Odile", "Stellan",
    "Irena", "Matthias", "Anouk", "Bogdan", "Selma", "Konrad", "Liesel", "Radu", "Ottilie",
    "Feliks",
  ]

  static let lastNames = [
    "Velkova", "Daskal", "Brennholt", "Marovic", "Quillon", "Ferreira", "Lindqvist", "Ostrava",
    "Halloran", "Petrescu", "Wendt", "Korsakova", "Abelard", "Szymanek", "Vantongeren",
    "Mirelli", "Castellan", "Dragunov", "Ellery", "Fairbank", "Grunewald", "Hostetler",
    "Ivanisevic", "Jorgensen", "Kowalczyk", "Lemaire", "Morozko", "Norberg", "Oyelaran",
    "Pastorek", "Rasmussen", "Sokolin", "Tamberlain", "Ulmanis", "Varga", "Whitcombe",
    "Yablonsky", "Zelenko", "Achterberg", "Bellweather",
  ]

  static let roleTitles = [
    "Senior Fellow", "Deputy Chair", "Director", "Former Minister", "Professor",
    "Chief Economist", "Head of Research", "Spokesperson", "Editor-in-Chief", "Ambassador",
    "Vice President", "Founding Partner", "Board Member", "Program Lead", "Senator",
    "Mayor", "Governor", "Correspondent", "Deputy Director", "Academic Supervisor",
  ]

  static let institutions = [
    "the Institute of Coastal Studies", "the Harbour Policy Forum", "the Northern Trade Council",
    "the Meridian Research Group", "the Valley Observatory", "the Lantern Foundation",
    "the Council on Frontier Affairs", "the Free Port Authority", "Orchard University",
    "the Bureau of Weights and Measures", "the Riverside Academy", "the Compass Review",
    "the Ledger Quarterly", "the Summit Center for Negotiation", "the Canal Commission",
  ]

  static let descriptions = [
    "a columnist based in Port Alder", "political analyst", "staff writer",
    "an economist and author", "a historian of the river trade", "Easthaven-based journalist",
    "a former diplomat", "contributing editor", "a researcher at Orchard University",
  ]

  static let desks = ["NEWSDESK", "Wire Staff", "The Ledger", "AGENCY REPORT", "Staff"]

  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  static let editorInitials = ["KLM", "JT", "AVR", "MO", "ED"]
}
