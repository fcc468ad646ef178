"""Fact tables of terms a user may ask to have explained ("What is {t}?"): science, the body and health,
technology, money, work, travel and civic life. Each answer names its term."""

TERMS = [
    # science
    ("gravity", "Gravity is the force that pulls objects with mass towards each other. It keeps us on the Earth "
     "and the Earth in orbit around the sun."),
    ("an atom", "An atom is the smallest unit of a chemical element: a tiny nucleus of protons and neutrons with "
     "electrons around it."),
    ("a molecule", "A molecule is two or more atoms joined together, such as water, which is two hydrogen atoms and "
     "one oxygen atom."),
    ("electricity", "Electricity is the flow of electric charge, usually electrons moving through a wire. It "
     "powers lights, motors and computers."),
    ("magnetism", "Magnetism is a force made by moving electric charges. Magnets attract iron and have a north and "
     "a south pole."),
    ("energy", "Energy is the ability to do work. It comes in forms such as heat, light, motion and chemical "
     "energy, and it is never created or destroyed, only changed."),
    ("DNA", "DNA is the molecule that carries the genetic instructions of living things. It is a double helix "
     "found in the cells of every plant and animal."),
    ("a cell", "A cell is the smallest living unit. Every plant and animal is made of cells, and each has a "
     "membrane and, in most, a nucleus with DNA."),
    ("evolution", "Evolution is the change of living things over many generations. Natural selection favours "
     "traits that help survival, as Charles Darwin described."),
    ("the speed of light", "The speed of light is about 300,000 kilometres per second. Nothing travels faster; "
     "sunlight takes about eight minutes to reach the Earth."),
    ("a black hole", "A black hole is a region of space where gravity is so strong that nothing, not even light, "
     "can escape. Many form when huge stars collapse."),
    ("the solar system", "The solar system is the sun and everything that orbits it: eight planets, their moons, "
     "dwarf planets, asteroids and comets."),
    ("the sun", "The sun is the star at the centre of our solar system, a huge ball of hot gas that makes energy by "
     "nuclear fusion. It is about 150 million kilometres away."),
    ("the moon", "The moon is the Earth's only natural satellite. It orbits the Earth about every 27 days and its "
     "gravity causes the tides."),
    ("a planet", "A planet is a large round body that orbits a star. Our solar system has eight planets, from "
     "Mercury to Neptune."),
    ("a star", "A star is a huge ball of hot gas that shines by nuclear fusion. The sun is the nearest star."),
    ("a galaxy", "A galaxy is a huge system of billions of stars, gas and dust held together by gravity. We live "
     "in the Milky Way galaxy."),
    ("oxygen", "Oxygen is a gas that makes up about a fifth of the air. Animals breathe it in, and plants release "
     "it during photosynthesis."),
    ("carbon dioxide", "Carbon dioxide is a gas that animals breathe out and plants take in. Burning fuels adds it "
     "to the air, where it traps heat."),
    ("friction", "Friction is the force that slows things down when two surfaces rub together. It lets our shoes "
     "grip the ground."),
    ("sound", "Sound is a vibration that travels through air, water or solids as a wave. Our ears turn those "
     "vibrations into what we hear."),
    ("a virus", "A virus is a tiny germ that can only multiply inside the cells of a living host. Colds and flu are "
     "caused by viruses."),
    ("bacteria", "Bacteria are tiny single-celled living things. Most are harmless or helpful, like those in our "
     "gut, but some cause illness."),
    ("the water cycle", "The water cycle is the journey of water: it evaporates from seas, forms clouds, falls as "
     "rain or snow, and flows back to the sea."),
    ("photosynthesis", "Photosynthesis is how plants make food: their leaves use light energy to turn water and "
     "carbon dioxide into sugar, and they give out oxygen."),
    ("erosion", "Erosion is the slow wearing away of rock and soil by water, wind and ice."),
    ("a comet", "A comet is a ball of ice and dust that orbits the sun. Near the sun it heats up and grows a "
     "glowing tail."),
    ("temperature", "Temperature measures how hot or cold something is. Water freezes at 0 degrees Celsius and "
     "boils at 100 degrees Celsius at sea level."),
    # the body and health
    ("a calorie", "A calorie is a unit of energy. Food labels count kilocalories, the energy that food gives your "
     "body."),
    ("a vaccine", "A vaccine trains the immune system to recognise a germ, so the body can fight the real "
     "infection quickly."),
    ("an antibiotic", "An antibiotic is a medicine that kills bacteria or stops them growing. Antibiotics do not "
     "work against viruses such as colds."),
    ("protein", "Protein is a nutrient the body uses to build and repair muscles and tissue. Meat, fish, eggs, "
     "beans and nuts are rich in protein."),
    ("vitamins", "Vitamins are nutrients the body needs in small amounts, such as vitamin C from fruit. A varied "
     "diet gives most people enough vitamins."),
    ("the immune system", "The immune system is the body's defence against germs: white blood cells and "
     "antibodies find and destroy invaders."),
    ("the heart", "The heart is a muscle that pumps blood around the body, beating about 60 to 100 times a minute "
     "at rest."),
    ("the brain", "The brain is the organ that controls the body, thoughts and memory. It has about 86 billion "
     "nerve cells."),
    ("the lungs", "The lungs are the organs we breathe with: they take oxygen from the air into the blood and "
     "remove carbon dioxide."),
    ("blood pressure", "Blood pressure is the force of blood against the walls of the arteries. High blood pressure "
     "raises the risk of heart disease, so have it checked."),
    ("cholesterol", "Cholesterol is a fatty substance in the blood. Too much of the LDL kind raises the risk of "
     "heart disease."),
    ("fibre", "Fibre is the part of plant food the body cannot digest. It helps digestion; whole grains, beans, "
     "fruit and vegetables are rich in fibre."),
    ("caffeine", "Caffeine is a stimulant in coffee, tea and cola that keeps you alert. Too much caffeine can cause "
     "poor sleep and jitters."),
    ("vitamin D", "Vitamin D helps the body absorb calcium for strong bones. The skin makes it in sunlight, and it "
     "is found in oily fish and eggs."),
    ("meditation", "Meditation is the practice of calmly focusing your attention, often on your breathing. A few "
     "minutes a day can lower stress."),
    ("walking", "Walking is good exercise: it strengthens the heart, helps the weight and the mood, and is gentle "
     "on the joints. Aim for about 30 minutes a day."),
    ("a balanced diet", "A balanced diet has plenty of vegetables and fruit, whole grains, protein such as beans, "
     "fish or meat, some dairy, and little sugar and salt."),
    ("dehydration", "Dehydration means the body has lost more water than it takes in. Signs are thirst, dark urine "
     "and headaches; drink water."),
    ("hay fever", "Hay fever is an allergy to pollen that causes sneezing, a runny nose and itchy eyes. Antihistamines "
     "can help."),
    ("a migraine", "A migraine is a strong headache, often on one side, sometimes with nausea and sensitivity to "
     "light. See a doctor if migraines are frequent."),
    ("a fever", "A fever is a body temperature above about 38 degrees Celsius, usually a sign of infection. Rest and "
     "drink fluids; see a doctor if it is very high."),
    # technology
    ("Wi-Fi", "Wi-Fi is a wireless network that connects phones and computers to a router, and through it to the "
     "internet, by radio waves."),
    ("the internet", "The internet is a worldwide network of computers that exchange data, on which the web, email "
     "and apps run."),
    ("a web browser", "A web browser is the program you use to open websites, such as Chrome, Firefox, Safari or "
     "Edge."),
    ("RAM", "RAM is a computer's fast, temporary working memory, used for the programs that are running. Storage, "
     "such as a disk, keeps files when the power is off."),
    ("an SSD", "An SSD is a solid-state drive: storage with no moving parts that keeps files on flash memory and is "
     "much faster than a hard disk."),
    ("a CPU", "A CPU is the central processing unit, the chip that runs a computer's programs."),
    ("a GPU", "A GPU is a graphics processing unit, a chip that runs many simple calculations at once, for graphics "
     "and for AI models."),
    ("an operating system", "An operating system is the main software of a computer, such as Windows, macOS, Linux "
     "or Android, that runs the other programs."),
    ("a router", "A router is the box that connects your home network to the internet and shares the connection "
     "over Wi-Fi and cables."),
    ("Bluetooth", "Bluetooth is a short-range wireless technology that connects devices such as headphones, "
     "keyboards and phones."),
    ("the cloud", "The cloud means computers in data centres that store your files and run services over the "
     "internet, instead of your own machine."),
    ("a VPN", "A VPN, a virtual private network, encrypts your internet traffic and sends it through another "
     "server, for privacy or to reach a work network."),
    ("a firewall", "A firewall is software or a device that blocks unwanted network connections to a computer or "
     "network."),
    ("malware", "Malware is harmful software, such as viruses and ransomware. Keep your system updated and do not "
     "open unknown attachments."),
    ("a password manager", "A password manager is an app that creates and stores strong, different passwords for "
     "all your accounts behind one master password."),
    ("an IP address", "An IP address is the number that identifies a device on a network, so that data can find "
     "it."),
    ("an algorithm", "An algorithm is a step-by-step set of instructions to solve a problem, like a recipe for a "
     "computer."),
    ("artificial intelligence", "Artificial intelligence is the field of building computer programs that do tasks "
     "that need intelligence, such as understanding language or images."),
    ("machine learning", "Machine learning is a kind of artificial intelligence in which a program learns patterns "
     "from examples instead of following hand-written rules."),
    ("a large language model", "A large language model, an LLM, is an AI model trained on huge amounts of text to "
     "predict the next word, which lets it answer questions and write text."),
    ("an API", "An API is an application programming interface: a defined way for one program to ask another "
     "program for data or actions."),
    ("encryption", "Encryption scrambles data with a key so that only someone with the right key can read it."),
    ("open source", "Open source software is software whose source code anyone may read, change and share."),
    ("Python", "Python is a popular programming language that is easy to read, used for scripts, web servers, data "
     "and AI."),
    ("a database", "A database is an organised store of data that programs can search and update, such as "
     "PostgreSQL or SQLite."),
    ("a spreadsheet", "A spreadsheet is a table of cells in rows and columns for numbers and formulas, as in Excel "
     "or Google Sheets."),
    ("a QR code", "A QR code is a square barcode that a phone camera can read, usually to open a link."),
    ("5G", "5G is the fifth generation of mobile networks, faster and with less delay than 4G."),
    ("phishing", "Phishing is a scam in which a message pretends to come from someone you trust to steal your "
     "password or money."),
    # money and work
    ("inflation", "Inflation is the general rise of prices over time, so the same money buys less."),
    ("interest", "Interest is the price of borrowing money: you pay interest on a loan and earn interest on "
     "savings."),
    ("compound interest", "Compound interest is interest on interest: what you earn is added to your savings, so "
     "the next interest is larger."),
    ("a budget", "A budget is a plan for your money: how much comes in, how much you spend and how much you save "
     "each month."),
    ("a credit score", "A credit score is a number that shows lenders how reliably you repay debts. Paying bills on "
     "time raises it."),
    ("a mortgage", "A mortgage is a long-term loan to buy a home, with the home as security."),
    ("a pension", "A pension is money you save during your working life to live on when you retire."),
    ("a stock", "A stock, or share, is a small part of ownership in a company. Its price goes up and down."),
    ("an index fund", "An index fund is an investment fund that buys all the stocks of a market index, which "
     "spreads risk at a low cost."),
    ("an emergency fund", "An emergency fund is savings kept for surprises such as a lost job or a repair, often "
     "three to six months of costs."),
    ("cryptocurrency", "A cryptocurrency, such as bitcoin, is digital money recorded on a blockchain. Its value "
     "can rise and fall very quickly."),
    ("tax", "A tax is money that people and companies must pay to the government, which uses it for public "
     "services such as schools and roads."),
    ("insurance", "Insurance is a contract in which you pay a regular fee and the insurer pays for certain losses, "
     "such as damage, illness or theft."),
    ("burnout", "Burnout is exhaustion from long-term stress at work. Rest, limits on working hours and talking "
     "to a doctor help."),
    ("remote work", "Remote work means working from home or anywhere outside the office, usually by computer."),
    ("a performance review", "A performance review is a meeting in which a manager and an employee discuss the "
     "employee's work, goals and development."),
    # travel and civic life
    ("a passport", "A passport is the official document that proves your identity and nationality when you travel "
     "to another country."),
    ("a visa", "A visa is permission to enter a country, given by that country. Whether you need one depends on "
     "your passport and the country."),
    ("travel insurance", "Travel insurance pays for things like medical care abroad, cancelled trips and lost "
     "luggage."),
    ("a layover", "A layover is a stop between two flights, when you wait at an airport to change planes."),
    ("democracy", "Democracy is government by the people: citizens vote in free elections to choose who governs "
     "them."),
    ("an election", "An election is a vote in which citizens choose their representatives or decide a question."),
    ("a constitution", "A constitution is the basic law of a country, setting out how it is governed and the "
     "rights of its citizens."),
    ("a parliament", "A parliament is the elected body that makes a country's laws."),
    ("human rights", "Human rights are the basic rights of every person, such as life, freedom of speech and a fair "
     "trial."),
    ("the United Nations", "The United Nations is an organisation of 193 countries, founded in 1945 to keep peace "
     "and help countries work together."),
    ("the European Union", "The European Union is a union of 27 European countries with a single market; many of "
     "them use the euro."),
    ("recycling", "Recycling means turning waste such as paper, glass, metal and plastic into new materials, so "
     "less goes to landfill."),
]
