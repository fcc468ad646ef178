"""Fact tables about the world: animals, sports, places, countries and their capitals, people and events
of history. Each answer names its topic."""

# (plural, answer): asked as "Tell me about {t}.", "What do {t} eat?", "Where do {t} live?"
ANIMALS = [
    ("cats", "Cats are small meat-eating mammals kept as pets. They sleep a lot, hunt mice, and usually live "
     "12 to 18 years."),
    ("dogs", "Dogs are loyal mammals kept as pets. They wag their tails to show their mood, and usually live 10 "
     "to 13 years."),
    ("pandas", "Giant pandas are bears from the mountain forests of China. They eat almost only bamboo, up to "
     "12 kilograms a day."),
    ("whales", "Whales are mammals, not fish: they breathe air and feed their young on milk. The blue whale is the "
     "largest animal ever."),
    ("bees", "Bees collect nectar and pollen from flowers. In the hive they turn nectar into honey, and they "
     "pollinate many crops."),
    ("elephants", "Elephants are the largest land animals. They live in Africa and Asia, eat grass, leaves and "
     "fruit, and can live about 60 years."),
    ("lions", "Lions are big cats that live in groups called prides on the grasslands of Africa. They hunt zebras "
     "and antelopes."),
    ("tigers", "Tigers are the largest cats. They live alone in the forests of Asia and hunt deer and wild pigs."),
    ("penguins", "Penguins are birds that cannot fly but swim very well. Most live in the southern hemisphere, "
     "many in Antarctica, and eat fish and krill."),
    ("dolphins", "Dolphins are clever marine mammals that live in groups, breathe air, and eat fish and squid."),
    ("sharks", "Sharks are fish with skeletons of cartilage. Most eat fish and seals, and very few are dangerous to "
     "people."),
    ("owls", "Owls are birds of prey that hunt at night. They have large eyes, silent wings, and eat mice and "
     "insects."),
    ("horses", "Horses are large plant-eating mammals that eat grass and hay. They can sleep standing up and live "
     "about 25 to 30 years."),
    ("cows", "Cows are plant-eating farm animals that eat grass and hay. They have a stomach with four "
     "compartments and give milk."),
    ("rabbits", "Rabbits are small plant-eating mammals that eat grass, hay and vegetables and live in burrows."),
    ("frogs", "Frogs are amphibians: they start life as tadpoles in water and grow legs. Adult frogs eat "
     "insects."),
    ("snakes", "Snakes are reptiles with no legs. They swallow their prey whole; only some snakes are "
     "venomous."),
    ("spiders", "Spiders have eight legs and are not insects. Many spin webs to catch insects."),
    ("ants", "Ants are insects that live in large colonies with a queen. They can carry many times their own "
     "weight."),
    ("butterflies", "Butterflies are insects that start as caterpillars, turn into a chrysalis, and come out with "
     "wings. They drink nectar from flowers."),
    ("koalas", "Koalas are marsupials from Australia that live in eucalyptus trees, eat eucalyptus leaves and sleep "
     "up to 20 hours a day."),
    ("kangaroos", "Kangaroos are marsupials from Australia that hop on strong back legs and carry their young in a "
     "pouch. They eat grass."),
    ("giraffes", "Giraffes are the tallest animals, living on the savannas of Africa. Their long necks reach the "
     "leaves of acacia trees."),
    ("bears", "Bears are large mammals that eat both plants and meat, such as berries, fish and insects. Many "
     "bears sleep through the winter."),
    ("wolves", "Wolves are wild relatives of dogs that live and hunt in packs in forests and mountains."),
    ("eagles", "Eagles are large birds of prey with sharp eyesight and strong talons. They hunt fish and small "
     "animals."),
    ("octopuses", "Octopuses are clever sea animals with eight arms and no bones. They can change colour to hide."),
    ("turtles", "Turtles are reptiles with a hard shell. Sea turtles travel far across the oceans and lay their "
     "eggs on beaches."),
    ("camels", "Camels live in deserts. They store fat in their humps and can go many days without water."),
    ("bats", "Bats are the only mammals that can fly. Most eat insects and find them in the dark by echolocation."),
    ("chickens", "Chickens are farm birds kept for eggs and meat. They eat grain, seeds and insects."),
    ("gorillas", "Gorillas are the largest apes. They live in the forests of central Africa and eat mostly leaves, "
     "stems and fruit."),
]

# "How do you play {t}?", "What are the rules of {t}?", "Tell me about {t}."
SPORTS = [
    ("football", "Football, or soccer, is played by two teams of eleven players who try to kick the ball into the "
     "other team's goal. Only the goalkeeper may use their hands."),
    ("basketball", "Basketball is played by two teams of five players who score by throwing the ball through the "
     "other team's hoop."),
    ("tennis", "Tennis is played by two or four players who hit a ball over a net with rackets. Points go 15, 30, "
     "40 and game."),
    ("cricket", "Cricket is played by two teams of eleven. A bowler throws the ball at the wicket, and the batter "
     "hits it and runs to score runs."),
    ("baseball", "Baseball is played by two teams of nine. A batter hits the ball thrown by the pitcher and runs "
     "around four bases to score."),
    ("rugby", "Rugby is played by two teams, fifteen players in rugby union, who carry, kick and pass the ball "
     "backwards to score a try over the line."),
    ("volleyball", "Volleyball is played by two teams of six who hit the ball over a high net and score when it "
     "lands on the other side."),
    ("golf", "Golf is played by hitting a small ball into a series of holes, usually eighteen, in as few strokes as "
     "possible."),
    ("chess", "Chess is a board game for two players with sixteen pieces each. The goal is to checkmate the other "
     "player's king."),
    ("table tennis", "Table tennis is played with small paddles and a light ball on a table with a low net. A game "
     "goes to eleven points."),
    ("badminton", "Badminton is played with rackets and a shuttlecock over a high net; a game goes to 21 points."),
    ("ice hockey", "Ice hockey is played on ice by two teams of six on skates, who shoot a puck into the other "
     "team's goal with sticks."),
    ("swimming", "Swimming is good exercise for the whole body. The main strokes are freestyle, breaststroke, "
     "backstroke and butterfly."),
    ("cycling", "Cycling is a healthy way to travel and exercise. Wear a helmet, use lights at night and keep the "
     "tyres pumped."),
    ("yoga", "Yoga is an old practice from India that combines body postures, breathing and relaxation. It helps "
     "flexibility and calm."),
    ("the Olympic Games", "The Olympic Games are an international sports event held every four years, with summer "
     "and winter games. The modern Games began in Athens in 1896."),
    ("the football World Cup", "The football World Cup is played every four years by national teams. Brazil has won "
     "it five times, more than any other country."),
    ("a marathon", "A marathon is a running race of 42.195 kilometres. Train for several months and build up your "
     "distance slowly."),
]

# "Where is {t}?", "Tell me about {t}."
PLACES = [
    ("Mount Everest", "Mount Everest is the highest mountain on Earth, 8,849 metres high, in the Himalayas on the "
     "border of Nepal and Tibet."),
    ("the Sahara", "The Sahara is the largest hot desert in the world, covering much of North Africa."),
    ("the Amazon rainforest", "The Amazon rainforest is the largest rainforest in the world, mostly in Brazil, "
     "around the Amazon river."),
    ("the Nile", "The Nile is one of the longest rivers in the world, about 6,650 kilometres long, flowing north "
     "through Egypt into the Mediterranean."),
    ("the Alps", "The Alps are the highest mountains in Europe, across France, Switzerland, Italy, Austria and "
     "Germany. Mont Blanc is the highest peak."),
    ("the Eiffel Tower", "The Eiffel Tower is an iron tower in Paris, France, about 330 metres high, built in "
     "1889."),
    ("the Great Wall of China", "The Great Wall of China is a series of walls across northern China, built over "
     "many centuries against invaders."),
    ("the Statue of Liberty", "The Statue of Liberty stands in New York harbour in the United States. It was a gift "
     "from France in 1886."),
    ("the Taj Mahal", "The Taj Mahal is a white marble tomb in Agra, India, built by the emperor Shah Jahan for his "
     "wife."),
    ("Machu Picchu", "Machu Picchu is an Inca city high in the Andes mountains of Peru, built in the 15th century."),
    ("the Grand Canyon", "The Grand Canyon is a huge canyon in Arizona in the United States, carved by the Colorado "
     "River."),
    ("the Great Barrier Reef", "The Great Barrier Reef is the largest coral reef system in the world, off the coast "
     "of Queensland, Australia."),
    ("the Colosseum", "The Colosseum is an ancient Roman amphitheatre in Rome, Italy, built almost 2,000 years "
     "ago for games."),
    ("Mount Kilimanjaro", "Mount Kilimanjaro is the highest mountain in Africa, about 5,895 metres high, in "
     "Tanzania."),
    ("the pyramids of Giza", "The pyramids of Giza stand near Cairo in Egypt. Ancient Egyptians built them as tombs "
     "for pharaohs such as Khufu about 4,500 years ago."),
    ("Niagara Falls", "Niagara Falls are large waterfalls on the border between Canada and the United States."),
    ("Mount Fuji", "Mount Fuji is the highest mountain in Japan, a volcano about 3,776 metres high."),
    ("the Dead Sea", "The Dead Sea is a very salty lake between Jordan and Israel, the lowest place on land."),
    ("Stonehenge", "Stonehenge is a ring of huge standing stones in England, built about 5,000 years ago."),
    ("the Sydney Opera House", "The Sydney Opera House is a famous arts centre with sail-shaped roofs in Sydney, "
     "Australia."),
    ("Antarctica", "Antarctica is the continent around the South Pole, the coldest place on Earth, covered by "
     "ice."),
    ("the Mediterranean Sea", "The Mediterranean Sea lies between Europe, Africa and Asia."),
    ("the Pacific Ocean", "The Pacific Ocean is the largest and deepest ocean on Earth."),
]

# (country, capital, continent, language)
COUNTRIES = [
    ("France", "Paris", "Europe", "French"), ("Germany", "Berlin", "Europe", "German"),
    ("Italy", "Rome", "Europe", "Italian"), ("Spain", "Madrid", "Europe", "Spanish"),
    ("Portugal", "Lisbon", "Europe", "Portuguese"), ("the Netherlands", "Amsterdam", "Europe", "Dutch"),
    ("Belgium", "Brussels", "Europe", None), ("Austria", "Vienna", "Europe", "German"),
    ("Switzerland", "Bern", "Europe", None), ("Poland", "Warsaw", "Europe", "Polish"),
    ("Sweden", "Stockholm", "Europe", "Swedish"), ("Norway", "Oslo", "Europe", "Norwegian"),
    ("Denmark", "Copenhagen", "Europe", "Danish"), ("Finland", "Helsinki", "Europe", "Finnish"),
    ("Ireland", "Dublin", "Europe", "English"), ("Greece", "Athens", "Europe", "Greek"),
    ("Czechia", "Prague", "Europe", "Czech"), ("Hungary", "Budapest", "Europe", "Hungarian"),
    ("Romania", "Bucharest", "Europe", "Romanian"), ("Ukraine", "Kyiv", "Europe", "Ukrainian"),
    ("Russia", "Moscow", "Europe and Asia", "Russian"), ("Turkey", "Ankara", "Europe and Asia", "Turkish"),
    ("Egypt", "Cairo", "Africa", "Arabic"), ("Kenya", "Nairobi", "Africa", None),
    ("Nigeria", "Abuja", "Africa", None), ("Morocco", "Rabat", "Africa", None),
    ("Ethiopia", "Addis Ababa", "Africa", None), ("Ghana", "Accra", "Africa", "English"),
    ("India", "New Delhi", "Asia", None), ("Pakistan", "Islamabad", "Asia", None),
    ("Japan", "Tokyo", "Asia", "Japanese"), ("South Korea", "Seoul", "Asia", "Korean"),
    ("Thailand", "Bangkok", "Asia", "Thai"), ("Vietnam", "Hanoi", "Asia", "Vietnamese"),
    ("Indonesia", "Jakarta", "Asia", "Indonesian"), ("the Philippines", "Manila", "Asia", None),
    ("Saudi Arabia", "Riyadh", "Asia", "Arabic"), ("Iran", "Tehran", "Asia", "Persian"),
    ("Israel", "Jerusalem", "Asia", "Hebrew"), ("Nepal", "Kathmandu", "Asia", "Nepali"),
    ("the United States", "Washington, D.C.", "North America", "English"),
    ("Canada", "Ottawa", "North America", None), ("Mexico", "Mexico City", "North America", "Spanish"),
    ("Cuba", "Havana", "North America", "Spanish"), ("Brazil", "Brasília", "South America", "Portuguese"),
    ("Argentina", "Buenos Aires", "South America", "Spanish"), ("Chile", "Santiago", "South America", "Spanish"),
    ("Peru", "Lima", "South America", "Spanish"), ("Colombia", "Bogotá", "South America", "Spanish"),
    ("Australia", "Canberra", "Oceania", "English"), ("New Zealand", "Wellington", "Oceania", "English"),
    ("the United Kingdom", "London", "Europe", "English"), ("Scotland", "Edinburgh", "Europe", "English"),
    ("South Africa", "Pretoria", "Africa", None), ("Iceland", "Reykjavik", "Europe", "Icelandic"),
]

# "Who was {t}?", "Tell me about {t}.", "What is {t} famous for?"
PEOPLE = [
    ("Julius Caesar", "Julius Caesar was a Roman general and statesman who conquered Gaul, became dictator of Rome, "
     "and was murdered in 44 BC."),
    ("Napoleon", "Napoleon Bonaparte was a French general who became emperor of France in 1804, conquered much of "
     "Europe, and was defeated at Waterloo in 1815."),
    ("Cleopatra", "Cleopatra was the last queen of ancient Egypt, who allied with Julius Caesar and Mark Antony "
     "and died in 30 BC."),
    ("Albert Einstein", "Albert Einstein was a German-born physicist who developed the theory of relativity and won "
     "the Nobel Prize in 1921."),
    ("Isaac Newton", "Isaac Newton was an English scientist who described gravity and the laws of motion in the "
     "17th century."),
    ("Marie Curie", "Marie Curie was a Polish-French scientist who studied radioactivity and won two Nobel "
     "Prizes."),
    ("Leonardo da Vinci", "Leonardo da Vinci was an Italian Renaissance artist and inventor who painted the Mona "
     "Lisa and the Last Supper."),
    ("William Shakespeare", "William Shakespeare was an English playwright and poet who wrote Hamlet, Macbeth and "
     "Romeo and Juliet around 1600."),
    ("Mozart", "Wolfgang Amadeus Mozart was an Austrian composer of the 18th century who wrote more than 600 works, "
     "including operas and symphonies."),
    ("Beethoven", "Ludwig van Beethoven was a German composer who wrote nine symphonies and kept composing after he "
     "became deaf."),
    ("Charles Darwin", "Charles Darwin was an English naturalist who explained evolution by natural selection in "
     "1859."),
    ("Galileo", "Galileo Galilei was an Italian scientist who improved the telescope and showed that the Earth "
     "orbits the sun."),
    ("Abraham Lincoln", "Abraham Lincoln was the 16th president of the United States, who led the country through "
     "the Civil War and ended slavery."),
    ("George Washington", "George Washington led the American army in the War of Independence and was the first "
     "president of the United States."),
    ("Mahatma Gandhi", "Mahatma Gandhi led India's non-violent struggle for independence from British rule, won in "
     "1947."),
    ("Martin Luther King", "Martin Luther King Jr. was an American civil rights leader who fought segregation "
     "peacefully and gave the 'I have a dream' speech."),
    ("Christopher Columbus", "Christopher Columbus was an Italian sailor who crossed the Atlantic for Spain in 1492 "
     "and reached the Caribbean."),
    ("Alexander the Great", "Alexander the Great was a king of Macedonia who built a huge empire from Greece to "
     "India before he died in 323 BC."),
    ("Aristotle", "Aristotle was an ancient Greek philosopher, a student of Plato, who wrote about logic, science "
     "and ethics."),
    ("Socrates", "Socrates was an ancient Greek philosopher in Athens who taught by asking questions."),
    ("Vincent van Gogh", "Vincent van Gogh was a Dutch painter known for bright colours and works such as The Starry "
     "Night."),
    ("Pablo Picasso", "Pablo Picasso was a Spanish painter who helped create cubism."),
    ("Queen Victoria", "Queen Victoria ruled the United Kingdom from 1837 to 1901."),
]

# "What was {t}?", "Tell me about {t}.", "When did {t} happen?"
EVENTS = [
    ("World War I", "World War I was fought from 1914 to 1918 between the Allies, including France, Britain and "
     "Russia, and the Central Powers, led by Germany."),
    ("World War II", "World War II was fought from 1939 to 1945. Germany surrendered in May 1945 and Japan in "
     "September 1945, ending the war."),
    ("the French Revolution", "The French Revolution began in 1789, ended the monarchy in France, and spread the "
     "ideas of liberty and equality."),
    ("the Industrial Revolution", "The Industrial Revolution began in Britain in the 18th century, when machines, "
     "factories and steam power changed how goods were made."),
    ("the Renaissance", "The Renaissance was a rebirth of art and learning in Europe from the 14th to the 16th "
     "century, beginning in Italy."),
    ("the Roman Empire", "The Roman Empire ruled the Mediterranean world from 27 BC; its western half fell in 476 "
     "AD."),
    ("the moon landing", "The first moon landing was Apollo 11 in July 1969, when Neil Armstrong and Buzz Aldrin "
     "walked on the moon."),
    ("the fall of the Berlin Wall", "The Berlin Wall fell on 9 November 1989, and Germany was reunified in 1990."),
    ("the Cold War", "The Cold War was the rivalry between the United States and the Soviet Union from about 1947 "
     "to 1991, without direct war between them."),
    ("the printing press", "Johannes Gutenberg built a printing press with movable type around 1440, which made "
     "books cheap and spread knowledge."),
    ("the American Revolution", "In the American Revolution, from 1775 to 1783, thirteen colonies won independence "
     "from Britain and became the United States."),
    ("the Black Death", "The Black Death was a plague that killed perhaps a third of Europe's people between 1347 "
     "and 1351."),
    ("the Titanic", "The Titanic was a British passenger ship that hit an iceberg and sank in April 1912; more than "
     "1,500 people died."),
    ("the Vikings", "The Vikings were seafaring people from Scandinavia who raided, traded and settled across "
     "Europe from about 800 to 1050."),
]
