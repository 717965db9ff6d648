/// Words that tell what a name denotes: titles, first names, organisations, places, pronouns.
enum Names {
    /// Titles written before a person's name; lower-cased, without the final period.
    static let personTitles = Set<String>(
        [
            "mr", "mrs", "ms", "miss", "mister", "messrs", "dr", "prof", "professor", "sen", "senator", "rep",
            "representative", "sens", "senators", "reps", "representatives", "delegate",
            "gov", "governor", "lt", "gen", "general", "col", "colonel", "capt", "captain", "sgt", "sergeant",
            "rev", "reverend", "sir", "lady", "lord", "dame", "president", "vice", "secretary", "minister",
            "prime", "chancellor", "mayor", "judge", "justice", "chief", "director", "spokesman", "spokeswoman",
            "spokesperson", "ambassador", "admiral", "king", "queen", "prince", "princess", "pope", "father",
            "commissioner", "chairman", "chairwoman", "chair", "speaker", "leader", "deputy", "attorney", "officer",
            "detective", "sheriff", "coach", "rabbi", "bishop", "cardinal", "madam", "madame", "mme", "mlle",
            "monsieur", "herr", "frau", "señor", "senora", "uncle", "aunt", "cousin", "brother", "sister",
            "st", "saint", "maj", "major", "supt", "inspector", "constable", "emperor", "empress",
            "duke", "duchess", "earl", "count", "countess", "baron", "baroness", "corporal", "private",
            "foreign", "defense", "defence", "interior", "finance", "health", "state", "former",
            "first", "senior", "assistant", "executive", "ceo", "founder", "candidate", "nominee", "presidential",
            "republican", "democratic", "democrat", "gop", "u.s", "us", "mp", "mep", "congressman", "congresswoman",
            "councilman", "councilwoman", "councillor", "councilor", "cllr", "cr", "premier", "envoy", "analyst",
            "economist",
            "strategist", "adviser", "advisor", "aide", "manager", "host", "anchor", "correspondent", "reporter",
            "columnist", "editor", "author", "actor", "actress", "singer", "rapper", "star", "businessman",
            "businesswoman", "billionaire", "lawyer", "attorney-general", "secretary-general", "sec",
            "consultant", "pollster", "organizer", "activist", "journalist", "historian", "researcher", "lobbyist",
            "operative", "surrogate", "official", "ally", "confidant", "confidante", "donor",
            "co-host", "co-founder", "co-chair", "co-chairman", "co-chairwoman", "co-author", "co-anchor", "prosecutor",
            "adm", "cmdr", "atty", "commander", "lieutenant", "brigadier", "marshal", "commodore", "pastor",
            "archbishop", "sheikh", "sheikha", "emir", "sultan", "imam", "ayatollah", "staff", "cfo", "coo",
            "cto", "qc", "kc", "msp", "mla", "mpp",
            "mna",
        ] + sportAndCourtRoles)

    /// Roles of sport and the courts, both titles and heads of descriptions (`Exeter boss Gary Sutcliffe`, `Smith's
    /// barrister, Simon Leary`, `the striker said`).
    static let sportAndCourtRoles: [String] = [
        "boss", "striker", "skipper", "defender", "winger", "goalkeeper", "midfielder", "teammate", "quarterback",
        "pitcher", "jockey", "trainer", "barrister", "solicitor", "counsel",
    ]

    /// Title words that only modify the office after them (`former`, `deputy`): never a whole title.
    static let titleModifiers: [String] = [
        "former", "first", "senior", "state", "foreign", "defense", "defence", "interior", "finance", "health",
        "vice", "prime", "deputy", "assistant", "executive", "presidential", "republican", "democratic", "democrat",
        "gop", "u.s", "us", "chief", "crown",
    ]

    /// Titles that show a man or a woman.
    static let maleTitles: [String] = [
        "mr", "mister", "sir", "lord", "king", "prince", "father", "brother", "uncle",
        "monsieur", "herr", "señor", "duke", "earl", "count", "baron", "emperor",
        "congressman", "councilman", "businessman", "spokesman", "chairman", "actor",
    ]
    static let femaleTitles: [String] = [
        "mrs", "ms", "miss", "lady", "dame", "queen", "princess", "sister", "aunt",
        "madam", "madame", "mme", "mlle", "frau", "senora", "duchess", "countess",
        "baroness", "empress", "congresswoman", "councilwoman", "businesswoman",
        "spokeswoman", "chairwoman", "actress",
    ]

    /// Common first names by gender (lower-cased): the names frequent in the news and the common ones. Lists, not
    /// sets: they are only read once, into the lexicon table, and hashing 3,300 names into sets and their unions
    /// cost about 4 M instructions at every start-up. (Not stored either: the table reads the two lists of each,
    /// and joining them cost 0.15 M.)
    static var maleFirstNames: [String] { newsMaleFirstNames + commonMaleFirstNames }
    /// The women's first names, as `maleFirstNames` the men's.
    static var femaleFirstNames: [String] { newsFemaleFirstNames + commonFemaleFirstNames }

    /// Men's first names frequent in the news (`maleFirstNames`).
    static let newsMaleFirstNames: [String] = [
        "aaron", "adam", "alan", "albert", "alexander", "alex", "alfred", "andrew", "andy", "anthony", "arthur",
        "barack", "ben", "benjamin", "bernie", "bill", "bob", "boris", "brian", "bruce", "carl", "charles",
        "charlie", "chris", "christopher", "chuck", "colin", "dan", "daniel", "david", "dennis", "dick", "donald",
        "doug", "douglas", "ed", "edward", "emmanuel", "eric", "frank", "fred", "frederick", "gary", "george",
        "gerald", "greg", "harry", "henry", "howard", "ian", "jack", "jacob", "james", "jason", "jeb", "jeff",
        "jeffrey", "jens", "jerry", "jim", "jimmy", "joe", "john", "johnny", "jon", "jonathan", "joseph", "josh",
        "justin", "keith", "ken", "kevin", "larry", "lawrence", "lindsey", "louis", "marco", "mark", "martin",
        "matt", "matthew", "michael", "mike", "mitch", "mitt", "nathan", "neil", "nick", "nicholas", "olaf",
        "oliver", "patrick", "paul", "peter", "philip", "ralph", "ray", "reince", "richard", "rick", "rob",
        "robert", "roger", "ron", "ronald", "rudy", "ryan", "sam", "samuel", "scott", "sean", "sergei",
        "sergey", "stephen", "steve", "steven", "ted", "thomas", "tim", "timothy", "tom", "tony", "vladimir",
        "volodymyr", "walter", "william", "willoughby", "edmund", "frederic", "hugh", "rupert", "simon",
        "tobias", "victor", "vincent", "xi", "ali", "mohammed", "muhammad", "ahmed", "omar", "hassan",
        "jean-yves", "jean", "pierre", "jacques", "francois", "hans", "karl", "giuseppe", "luigi", "carlos",
        "jose", "juan", "luis", "miguel", "pedro", "mahmoud", "aziz", "reggie", "kerr", "newt", "rand", "dustin",
        "corey", "kellyanne", "elijah", "gabriel", "isaac", "julian", "leonard", "lewis", "luke", "marcus",
        "max", "nigel", "owen", "percy", "reginald", "rodney", "roy", "stanley", "theodore", "wallace", "wayne",
    ]

    /// Women's first names frequent in the news (`femaleFirstNames`).
    static let newsFemaleFirstNames: [String] = [
        "abigail", "alice", "amanda", "amy", "angela", "ann", "anna", "anne", "barbara", "betty", "carly",
        "carol", "caroline", "catherine", "charlotte", "chelsea", "christine", "claire", "diana", "donna",
        "dorothy", "elinor", "elizabeth", "ellen", "emily", "emma", "fanny", "ganna", "hannah", "harriet",
        "helen", "hillary", "huma", "ivanka", "jane", "janet", "jennifer", "jessica", "jill", "joan", "julia",
        "julie", "karen", "kate", "katherine", "kathleen", "kelly", "kellyanne", "kim", "laura", "lauren",
        "linda", "lisa", "liz", "lucy", "margaret", "maria", "marianne", "marie", "mary", "megan", "megyn",
        "melania", "michelle", "nancy", "nicola", "nikki", "olivia", "pamela", "patricia", "rachel", "rebecca",
        "ruth", "sarah", "sharon", "sophia", "sophie", "susan", "theresa", "ursula", "victoria",
        "agnes", "beatrice", "cecilia", "clara", "cora", "edith", "eleanor", "eliza", "ella", "esther", "florence",
        "georgiana", "grace", "henrietta", "isabel", "isabella", "jemima", "josephine", "kitty", "lydia",
        "louisa", "maggie", "martha", "matilda", "maud", "molly", "nora", "penelope", "polly", "rosamond",
        "rose", "sally", "selina", "susanna", "tess", "dorothea", "debbie", "heidi", "jeanne", "madeleine",
        "marine", "mariam", "fatima", "aisha", "samantha", "stephanie", "tammy", "tina", "tulsi", "elise",
    ]

    /// Words that make a capitalised phrase an organisation.
    static let organisationWords: [String] =
        [
            "ministry", "department", "party", "committee", "commission", "council", "agency", "office", "post",
            "times", "journal", "news", "network", "campaign", "association", "institute", "university", "company",
            "corp", "corporation", "inc", "bank", "fund", "foundation", "union", "court", "senate", "house",
            "congress", "army", "police", "service", "bureau", "administration", "government", "group", "center",
            "centre", "organization", "organisation", "board", "federation", "alliance", "coalition", "team", "club",
            "church", "kremlin", "pentagon", "tribune", "herald", "gazette", "telegraph", "guardian", "press",
            "reuters", "cnn", "msnbc", "fox", "abc", "nbc", "cbs", "bbc", "afp", "tass", "interfax", "politico",
            "breitbart", "review", "magazine", "daily", "weekly", "assembly", "parliament", "cabinet", "embassy",
            "secretariat", "forces", "navy", "trust", "society", "ltd", "llc", "plc", "international", "watch",
            "school", "college", "hospital", "staff", "authority", "spokesperson", "directorate",
            // places named after people or bodies (`Trump Tower`): never a person
            "tower", "village", "plaza", "hotel", "street", "avenue", "building", "park", "square", "airport",
            "bridge", "stadium", "arena", "mall", "museum", "gallery", "library", "theatre", "theater", "opera",
            "cathedral", "road", "grove", "embankment", "hills", "caves", "mountains", "railway", "station", "republic",
            "kingdom", "province", "castle", "palace", "cottage", "manor",
            // bodies named with the Arabic article, which opens persons' names too
            "al-qaeda", "al-shabab", "al-shabaab", "al-nusra", "al-jazeera", "al-arabiya", "al-aqsa", "al-azhar",
            "al-ahram", "al-quds", "al-manar", "al-mayadeen", "al-monitor",
            // businesses named after people (`Café Núñez`, `Rossi's Restaurant`)
            "café", "cafe", "restaurant", "bakery", "bistro", "brasserie", "tavern", "pub", "diner", "shop", "store",
        ] + companyWords

    /// Last words of companies' names (`Corvane Systems`, `Halden Holdings`), whose first word alone names them too.
    static let companyWords: [String] = [
        "systems", "holdings", "technologies", "industries", "partners", "labs", "motors", "pharmaceuticals",
        "airlines", "airways", "studios", "ventures", "solutions", "logistics", "robotics", "therapeutics", "brands",
        "capital", "energy", "insight", "analytics", "software", "networks", "foods", "homes", "properties",
        "developments", "construction", "builders",
    ]

    /// Places that stand for their governments when they speak.
    static let places: Set<String> = [
        "kyiv", "kiev", "moscow", "washington", "london", "beijing", "paris", "berlin", "tokyo", "tehran",
        "pyongyang", "seoul", "ankara", "jerusalem", "minsk", "brussels", "damascus", "baghdad", "kabul",
        "cairo", "riyadh", "delhi", "islamabad", "ottawa", "canberra", "rome", "madrid", "warsaw", "vienna",
        "russia", "ukraine", "china", "britain", "france", "germany", "iran", "israel", "japan", "india",
        "pakistan", "turkey", "syria", "iraq", "belarus", "poland", "canada", "mexico", "brazil", "america",
        "the united states", "united states", "u.s", "us", "uk", "eu", "nato", "un", "the kremlin", "kremlin",
        "the white house", "white house", "downing street", "the pentagon", "pentagon",
        // Places that a pronoun never stands for (two-word names now form one run: `New York`).
        "new york", "new jersey", "new hampshire", "new mexico", "new zealand", "new delhi", "new orleans",
        "hong kong", "san francisco", "los angeles", "las vegas", "san diego", "san antonio", "north carolina",
        "south carolina", "north korea", "south korea", "south africa", "saudi arabia", "united kingdom",
        "west virginia", "rhode island", "sri lanka", "puerto rico", "el salvador", "north dakota", "south dakota",
        "new england", "latin america", "middle east", "wall street", "capitol hill", "silicon valley",
        "california", "texas", "florida", "ohio", "iowa", "michigan", "pennsylvania", "arizona", "nevada",
        "wisconsin", "minnesota", "colorado", "oregon", "kentucky", "tennessee", "alabama", "louisiana",
        "oklahoma", "kansas", "nebraska", "missouri", "illinois", "indiana", "massachusetts", "connecticut",
        "maryland", "vermont", "maine", "utah", "idaho", "montana", "wyoming", "alaska", "hawaii", "arkansas",
        "mississippi", "chicago", "boston", "philadelphia", "atlanta", "miami", "detroit", "denver", "seattle",
        "houston", "dallas", "baltimore", "manhattan", "brooklyn", "europe", "asia", "africa", "australia",
        "italy", "spain", "greece", "egypt", "ireland", "scotland", "england", "wales", "afghanistan",
        "venezuela", "cuba", "libya", "yemen", "lebanon", "jordan", "qatar", "nigeria", "kenya", "ethiopia",
        "venice", "naples", "edinburgh", "dublin", "oxford", "cambridge", "bath",
    ]

    /// Capitalised words that start sentences but are not names.
    static let notNames: Set<String> = [
        "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "with", "by", "from", "to",
        "of", "as", "after", "before", "when", "while", "if", "though", "although", "because", "since", "then",
        "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "my", "your", "what", "who", "why", "how", "where", "which", "yes", "no",
        "not", "all", "some", "many", "most", "one", "two", "three", "more", "also", "still", "now", "thursday",
        "monday", "tuesday", "wednesday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "however",
        "meanwhile", "asked", "oh", "well", "ah", "mr", "mrs", "dear", "do", "does", "did", "is", "are", "was",
        "were", "will", "would", "can", "could", "should", "shall", "let", "said", "says", "according",
        "answering", "throughout", "during", "despite", "without", "within", "over", "under", "about", "into",
        "upon", "even", "only", "just", "every", "each", "both", "either", "neither", "nor", "such", "other",
        "another", "last", "next", "first", "new", "related", "original", "read", "watch", "click", "follow",
        "update", "editor", "note", "photo", "video", "getty", "images", "ap", "reporting", "additional",
        "god", "heaven", "sir", "madam", "ma'am", "nothing", "something", "everything", "anything", "nobody",
        "everybody", "somebody", "anybody", "no-one", "none", "perhaps", "indeed", "whatever",
        "chapter", "book", "part", "volume", "act", "scene", "half", "people",
        "lest", "unless", "whether", "till", "until", "once", "beside", "besides", "beyond", "among", "amongst",
        "toward", "towards", "against", "behind", "below", "above", "beneath", "across", "along", "around",
        "through", "instead", "otherwise", "therefore", "thus", "hence", "nevertheless", "enough", "again",
        "hm", "hmm", "alas",
        // Adverbs and prepositions that open a sentence (`Outside court, she told reporters:`).
        "outside", "inside", "near", "underneath", "afterwards", "afterward", "amid",
        // Words that open a quote before a comma as an address would (`Come, …`, `Certainly, …`).
        "come", "certainly", "really", "aye", "ay", "nay", "hallo", "hullo", "hello", "nonsense", "exactly", "pray",
        "remember", "never", "anyhow", "true", "please", "surely", "stop", "hush", "look", "listen", "right", "good",
        "say", "go", "quite",
    ]

    /// Nationality and party words: part of a title (`British Foreign Secretary`, `Democratic Sen. X`), never a
    /// name on their own.
    static let demonyms: [String] = [
        "democratic", "republican", "democrat", "conservative", "liberal", "progressive", "federal", "gop",
        "democrats", "republicans", "americans", "europeans", "russians", "ukrainians",
        "english", "french", "german", "italian", "spanish", "american", "british", "russian", "brazilian", "irish",
        "scottish", "indian", "chinese", "japanese", "european", "african", "asian", "latin", "greek", "roman",
        "dutch", "swiss", "ukrainian", "polish", "israeli", "iranian", "mexican", "canadian", "australian",
        "hispanic", "latino", "latina", "latinos", "islamic", "muslim", "muslims", "christian", "christians", "jewish",
        "arab", "arabs", "catholic", "catholics", "evangelical", "evangelicals", "englishman", "englishwoman",
        "englishmen", "frenchman", "frenchwoman", "frenchmen", "islamist", "islamists",
    ]

    /// Subject pronouns with their gender and number.
    static let pronouns: [String: (Gender, Bool)] = [
        "he": (.male, false), "she": (.female, false), "they": (.unknown, true), "it": (.neuter, false),
        "i": (.unknown, false), "we": (.unknown, true), "him": (.male, false), "her": (.female, false),
    ]

    /// Nouns that head a description standing for a speaker (`the official`, `his host`).
    static let nominalHeads: [String] =
        [
            "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "aide",
            "aides", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts", "expert", "experts",
            "witness", "witnesses", "resident", "residents", "diplomat", "diplomats", "person", "people", "officer",
            "officers", "police", "authorities", "statement", "report", "senator", "president", "minister",
            "secretary", "governor", "candidate", "nominee", "campaign", "company", "group", "judge", "lawyer",
            "attorney", "woman", "man", "girl", "boy", "lady", "gentleman", "host", "hostess", "other", "stranger",
            "visitor", "doctor", "father", "mother", "sister", "brother", "friend", "companion", "servant", "maid",
            "child", "old", "youth", "voice", "crowd", "chancellor", "mayor", "chairman", "leader", "leaders",
            "critics", "supporters", "protesters", "demonstrators", "voters", "users", "user", "newspaper", "paper",
            "magazine", "agency", "ministry", "department", "administration", "government", "white", "kremlin",
            "foreign", "businessman", "billionaire", "actor", "actress", "editorial", "board", "lawmaker",
            "lawmakers", "democrats", "republicans", "democrat", "republican", "manager", "coach", "player",
            "captain", "colonel", "general", "husband", "wife", "son", "daughter", "uncle", "aunt",
            "cousin", "mistress", "master", "landlord", "landlady", "clergyman", "curate", "rector", "vicar",
            "gentlemen", "ladies", "fellow", "lad", "lass", "housekeeper", "nurse", "young", "elder", "younger",
            "eldest", "speaker", "former", "ex", "email", "letter", "tweet", "post", "video", "ad", "study",
            "survey", "poll", "memo", "website", "commission", "committee", "spokesmen",
            "narrator", "announcer", "questioner", "moderator", "ruling", "book", "article", "piece", "document",
            "complaint", "authors", "filing", "union",
            // People by trade or rank, as fiction and reports name them (`said the policeman`, `the author wrote`).
            "policeman", "constable", "inspector", "sergeant", "detective", "sheriff", "soldier", "sailor", "clerk",
            "porter", "waiter", "driver", "coachman", "butler", "footman", "gardener", "cook", "guard", "priest",
            "professor", "teacher", "student", "author", "writer", "reporter", "journalist", "editor", "prosecutor",
            "ambassador", "envoy", "congressman", "congresswoman", "strategist", "pollster", "consultant", "founder",
            "owner", "employee", "worker", "activist", "veteran", "neighbor", "neighbour", "guest", "widow",
            "king", "queen", "prince", "princess", "duke", "duchess", "marquis", "marchioness", "baron", "barman",
            "cabman", "valet", "subaltern", "chief", "croupier", "stationmaster", "chauffeur", "keeper", "proprietor",
            "parlourmaid", "governess", "tutor", "farmer", "shopkeeper", "innkeeper", "mariner", "grandmother",
            "grandfather", "nephew", "niece", "supporter", "member", "executive", "staffer", "physician", "surgeon",
            "caller", "deputy", "co-author", "coauthor", "successor", "predecessor", "counterpart",
            // People the news quotes by their part in a story (`a reader would ask`, `one delegate said`).
            "reader", "readers", "viewer", "viewers", "listener", "listeners", "customer", "customers", "patient",
            "patients", "passenger", "passengers", "teenager", "teenagers", "organizer", "organizers", "organiser",
            "organisers", "volunteer", "volunteers", "protester", "protestor", "protestors", "demonstrator", "fan",
            "fans", "spectator", "spectators", "confidant", "confidante", "commenter", "commenters", "shopper",
            "shoppers",
            "attendee", "attendees", "participant", "participants", "delegate", "delegates", "members", "colleague",
            "colleagues", "partner", "partners", "mom", "dad", "parent", "parents", "students", "teachers", "nurses",
            "voter", "workers", "employees", "donor", "donors", "contributor", "contributors", "insider", "insiders",
            "observer", "observers", "commentator", "commentators", "columnist", "columnists", "blogger", "bloggers",
            "historian", "historians", "economist", "economists", "scientist", "scientists", "researcher",
            "researchers", "professors", "lawyers", "attorneys", "senators", "congressmen", "governors", "mayors",
            "candidates", "ambassadors", "prosecutors", "investigators", "investigator", "detectives", "agent",
            "agents", "owners", "neighbors", "neighbours", "friends", "relatives", "relative", "representative",
            "representatives", "chairwoman", "chairperson", "director", "directors", "family", "families", "team",
            "staff",
            "office", "camp", "surrogate", "surrogates", "mp",
            // Offices of local and public life (`said the treasurer`, `the coroner said`).
            "treasurer", "councillor", "councilor", "councilwoman", "councilman", "commissioner", "superintendent",
            "dean", "bishop", "pastor", "rabbi", "imam", "coroner", "auditor", "regulator", "regulators",
            "trustee", "trustees", "negotiator", "negotiators", "mediator", "premier",
            "ceo", "chairmen", "assemblyman", "assemblywoman", "alderman", "magistrate", "registrar",
            // Trades that features and local news quote (`one critic called it`, `her publicist said`).
            "critic", "reviewer", "reviewers", "publicist", "steward", "stewards", "singer",
            "bassist", "guitarist", "drummer", "producer", "designer", "engineer",
            "engineers", "developer", "developers", "chef", "firefighter", "firefighters", "paramedic",
            "paramedics", "campaigner", "campaigners", "coordinator", "homeowner", "homeowners", "tenant", "tenants",
            "pensioner", "pensioners", "mourner", "mourners", "onlooker", "onlookers",
            "bystander", "bystanders", "eyewitness", "survivor", "survivors", "novelist", "playwright",
            "composer", "photographer", "filmmaker", "comedian", "athlete", "mechanic", "fisherman", "fishermen",
            "miner", "miners", "builder", "electrician", "plumber", "contractor", "entrepreneur", "investor",
            "investors", "banker", "bankers", "accountant", "pharmacist", "midwife", "dentist", "therapist",
            "counsellor", "counselor", "carer", "caregiver", "headteacher", "headmaster", "headmistress", "pupil",
            "pupils", "intern", "apprentice", "trainee", "publisher", "broadcaster", "presenter", "correspondent",
            "curator", "librarian", "ranger", "lifeguard", "epidemiologist", "psychologist", "ecologist",
            "biologist", "physicist",
        ] + sportAndCourtRoles

    /// Family names that come first in Chinese, Korean and Japanese names (`Xi Jinping`, `Park Ji-hoon`, `Yamamoto
    /// Kenji`): the lone word is the person whose full name it opens.
    static let familyNamesFirst: [String] = [
        // Chinese
        "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "xu", "sun", "zhu", "guo", "luo", "gao",
        "zheng", "liang", "xie", "tang", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "pan", "yuan", "cai",
        "jiang", "du", "cheng", "wei", "su", "ding", "ren", "shen", "yao", "jin", "xi", "qin", "hu", "fu", "li",
        "wen", "bo", "zhong", "qian", "dai", "xia", "fang", "kong", "mao", "tan", "lai", "yan",
        // Korean
        "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin",
        "kwon", "hwang", "ahn", "song", "hong", "jeon", "ko", "moon", "yoo", "bae", "baek", "nam", "roh", "chung",
        // Japanese
        "sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato",
        "yoshida", "yamada", "sasaki", "yamaguchi", "matsumoto", "inoue", "kimura", "hayashi", "shimizu", "mori",
        "abe", "ikeda", "hashimoto", "ishikawa", "ogawa", "okada", "goto", "hasegawa", "murakami", "kondo",
        "saito", "sakamoto", "fujii", "nishimura", "fukuda", "miura", "fujiwara", "matsuda", "kishida", "koizumi",
        "ishiba", "kono", "motegi", "takaichi", "noda", "suga", "aso",
    ]

    /// Determiners that open a description.
    static let determiners: [String] = [
        "the", "a", "an", "his", "her", "their", "its", "one", "another", "our",
        "my", "your", "two", "three", "several", "some", "many",
    ]
}
