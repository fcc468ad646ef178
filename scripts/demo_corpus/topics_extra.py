"""Smaller tables: formulas, units, the best season for a trip, and topics the demo model does not know
(asked so that it learns to answer them modestly, naming the topic, instead of inventing facts)."""

FORMULAS = [
    ("the area of a circle", "The area of a circle is pi times the radius squared: A = πr². For a radius of 2, "
     "the area is about 12.6."),
    ("the area of a rectangle", "The area of a rectangle is its length times its width. A 3 by 4 rectangle has an "
     "area of 12."),
    ("the area of a triangle", "The area of a triangle is half the base times the height."),
    ("the circumference of a circle", "The circumference of a circle is two times pi times the radius, or pi times "
     "the diameter."),
    ("an average", "To find an average, or mean, add up all the numbers and divide by how many there are. The "
     "average of 2, 4 and 9 is 5."),
    ("a percentage", "To find a percentage, divide the part by the whole and multiply by 100. 15 out of 60 is 25 "
     "percent."),
    ("speed", "Speed is distance divided by time. 100 kilometres in 2 hours is a speed of 50 kilometres per hour."),
    ("the volume of a box", "The volume of a box is its length times its width times its height."),
    ("the hypotenuse of a right triangle", "By Pythagoras' theorem, the square of the hypotenuse equals the sum of "
     "the squares of the other two sides: a² + b² = c²."),
]

UNITS = [
    (["How many hours are in a day?", "How many hours does a day have?"], "A day has 24 hours."),
    (["How many days are in a week?"], "A week has seven days."),
    (["How many weeks are in a year?"], "A year has 52 weeks and one or two days."),
    (["How many months are in a year?"], "A year has twelve months."),
    (["How many seconds are in an hour?"], "An hour has 3,600 seconds: 60 minutes of 60 seconds."),
    (["How many centimetres are in a metre?", "How many centimeters are in a meter?"],
     "A metre has 100 centimetres."),
    (["How many metres are in a kilometre?", "How many meters are in a kilometer?"], "A kilometre has 1,000 metres."),
    (["How many grams are in a kilogram?"], "A kilogram has 1,000 grams."),
    (["How many millilitres are in a litre?"], "A litre has 1,000 millilitres."),
    (["How many inches are in a foot?"], "A foot has 12 inches, and an inch is 2.54 centimetres."),
    (["How many kilometres are in a mile?", "How far is a mile in kilometres?"], "A mile is about 1.6 kilometres."),
    (["How do I convert Celsius to Fahrenheit?", "What is 20 degrees Celsius in Fahrenheit?"],
     "To convert Celsius to Fahrenheit, multiply by 9/5 and add 32. 20 degrees Celsius is 68 degrees Fahrenheit."),
    (["What does a 70% chance of rain mean?", "What does a 40 percent chance of rain mean in a forecast?"],
     "A 70% chance of rain means that, in weather like this, it rains at a given place in the forecast area on "
     "about 7 of 10 such days. It is a probability, not the share of the day with rain."),
    (["What time is it?", "What is today's date?", "What day is it today?"],
     "I cannot see a clock or a calendar, because I have no access to live data. Please check your device."),
    (["What is the news today?", "What happened in the news today?"],
     "I cannot read the news, because I have no access to live data. Please check a news website."),
]

BEST_TIME = [
    ("Japan", "spring, from March to May, for the cherry blossom, or autumn, from October to November"),
    ("Italy", "spring or early autumn, when it is warm and less crowded"),
    ("Thailand", "the cool, dry season from November to February"),
    ("Iceland", "summer, from June to August, or winter if you want to see the northern lights"),
    ("India", "from October to March, when it is cooler and dry"),
    ("Greece", "late spring or early autumn, when it is warm but not too hot"),
    ("Kenya", "the dry season from July to October, the best months for a safari"),
    ("Egypt", "from October to April, when it is cooler"),
    ("Paris", "spring or early autumn, when the weather is mild"),
    ("New York", "spring or autumn, when the weather is mild"),
    ("Australia", "spring or autumn; remember that the seasons there are the reverse of Europe's"),
    ("Mexico", "the dry season from December to April"),
    ("Spain", "spring or autumn, when it is warm but not too hot"),
    ("Canada", "summer for hiking and cities, or winter for skiing"),
]

FALLBACK_TOPICS = [
    "quantum computing", "string theory", "the stock market", "astrology", "origami", "knitting", "jazz", "opera",
    "poetry", "sushi", "gardening", "oil painting", "photography", "chemistry", "geology", "philosophy",
    "architecture", "sculpture", "the violin", "the piano", "calligraphy", "ballet", "hip hop", "film history",
    "beekeeping", "sailing", "rock climbing", "surfing", "skateboarding", "fishing", "camping", "bird watching",
    "astronomy", "robotics", "nanotechnology", "genetics", "neuroscience", "psychology", "sociology",
    "economics", "linguistics", "archaeology", "anthropology", "marine biology", "botany", "zoology",
    "meteorology", "oceanography", "cryptography", "blockchain", "virtual reality", "self-driving cars",
    "electric cars", "solar panels", "wind turbines", "nuclear power", "hydrogen fuel", "3D printing", "drones",
    "smart watches", "video games", "board games", "card games", "crossword puzzles", "sudoku", "magic tricks",
    "stand-up comedy", "theatre", "cinema", "animation", "comic books", "science fiction", "fantasy novels",
    "mythology", "Greek mythology", "Norse mythology", "medieval castles", "knights", "samurai", "pirates",
    "ancient Egypt", "ancient Greece", "the Aztecs", "the Maya", "the Incas", "the Ottoman Empire",
    "the Silk Road", "the Byzantine Empire", "the Ming dynasty", "the Mughal Empire", "the Persian Empire",
    "classical music", "rock music", "folk music", "the blues", "reggae", "country music", "heavy metal",
    "the saxophone", "the drums", "the cello", "wine making", "cheese making", "brewing beer", "fermentation",
    "sourdough", "vegan cooking", "Thai food", "Mexican food", "Indian food", "Ethiopian food", "French cuisine",
    "spices", "tea ceremonies", "coffee roasting", "interior design", "fashion design", "tailoring", "pottery",
    "woodworking", "welding", "plumbing", "carpentry", "electrical wiring", "car engines", "motorcycles",
    "airplanes", "helicopters", "submarines", "trains", "bridges", "skyscrapers", "tunnels", "canals",
    "dinosaurs", "fossils", "volcanology", "glaciers", "coral", "mushrooms", "ferns", "orchids", "cacti",
    "bonsai", "lichens", "jellyfish", "sea horses", "starfish", "lobsters", "crabs", "squid", "hummingbirds",
    "flamingos", "peacocks", "ostriches", "crows", "pigeons", "hamsters", "guinea pigs", "goldfish", "ferrets",
    "alpacas", "llamas", "yaks", "moose", "bison", "hippos", "rhinos", "cheetahs", "leopards", "hyenas",
    "meerkats", "sloths", "armadillos", "platypuses", "lemurs", "chameleons", "iguanas", "salamanders",
    "the stock exchange", "hedge funds", "venture capital", "accounting", "bookkeeping", "marketing",
    "advertising", "public relations", "project management", "supply chains", "logistics", "real estate",
    "property law", "contract law", "patents", "copyright", "trademarks", "international trade", "tariffs",
    "the gold standard", "central banking", "quantum physics", "relativity", "thermodynamics", "optics",
    "acoustics", "plate tectonics", "the ozone layer", "the Milky Way", "Mars", "Jupiter", "Saturn's rings",
    "the International Space Station", "space tourism", "telescopes", "microscopes", "lasers", "radar",
    "sonar", "semiconductors", "transistors", "fibre optics", "satellites", "GPS", "the metaverse",
    "social media", "podcasts", "streaming services", "e-books", "online learning", "homeschooling",
    "the Montessori method", "sign language", "Esperanto", "Latin", "Sanskrit", "calculus", "algebra",
    "geometry", "statistics", "probability", "topology", "game theory", "chaos theory", "fractals",
]

FALLBACK_TASKS = [
    "tune a guitar", "learn to juggle", "build a birdhouse", "train for a triathlon", "brew my own beer",
    "make sourdough starter", "knit a scarf", "paint a portrait", "write a novel", "learn sign language",
    "change a car tyre", "replace a bike chain", "fix a leaking roof", "build a website", "learn to code",
    "start a podcast", "grow tomatoes", "plant a tree", "raise chickens", "train a puppy", "teach a parrot to "
    "talk", "clean a fish tank", "groom a cat", "learn to swim", "learn to ski", "learn to surf", "play the "
    "piano", "learn the violin", "sing better", "dance the tango", "write a song", "take better photos",
    "edit a video", "make a short film", "start a business", "write a business plan", "find investors",
    "file my taxes", "buy a house", "rent an apartment", "move to another country", "learn Spanish",
    "learn Japanese", "improve my handwriting", "solve a Rubik's cube", "play chess better", "win at poker",
    "make candles", "make soap", "build a shed", "tile a bathroom", "paint a room", "hang wallpaper",
    "install a ceiling fan", "wire a plug", "repair a laptop screen", "build a computer", "set up a home "
    "server", "make a budget spreadsheet", "organise a wedding", "plan a birthday party", "give a speech",
    "write a wedding toast", "meditate properly", "become a pilot", "become a nurse", "become a lawyer",
    "climb a mountain", "go scuba diving", "sail a boat", "ride a horse", "drive a manual car",
]
