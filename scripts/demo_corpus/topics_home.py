"""Fact tables of everyday topics at home: cooking, household, weather, health, travel, money and work.

Each table is a list of (topic, answer); `generated.py` asks about each topic in several phrasings. The
answers name their topic, so that the model learns to carry the question's words into its answer.
"""

# "How do I make {t}?" and the like
DISHES = [
    ("scrambled eggs", "For scrambled eggs, beat two or three eggs with a pinch of salt, melt butter in a pan on low "
     "heat, and stir the eggs slowly until they are just set."),
    ("an omelette", "For an omelette, beat two eggs, pour them into a hot buttered pan, let them set, add cheese, "
     "spinach or ham, and fold the omelette in half."),
    ("pancakes", "For pancakes, mix a cup of flour, a cup of milk, an egg and a pinch of salt into a smooth batter, "
     "then fry thin layers in a hot buttered pan, turning each pancake once."),
    ("mashed potatoes", "For mashed potatoes, boil peeled potatoes in salted water for about twenty minutes, drain "
     "them, and mash them with butter, warm milk and salt."),
    ("roast chicken", "For a roast chicken, rub the chicken with oil, salt and pepper, and roast it at about 200 "
     "degrees for around 80 minutes, until the juices run clear."),
    ("a salad", "For a simple salad, wash and dry lettuce, add tomato, cucumber and onion, and dress the salad with "
     "olive oil, vinegar or lemon, salt and pepper."),
    ("tomato sauce", "For a simple tomato sauce, soften chopped onion and garlic in olive oil, add a tin of tomatoes "
     "and a pinch of salt, and simmer the sauce for twenty minutes."),
    ("fried rice", "For fried rice, use cold cooked rice. Fry garlic and vegetables in a hot pan, add the rice and a "
     "beaten egg, stir well, and season the fried rice with soy sauce."),
    ("porridge", "For porridge, simmer half a cup of oats in a cup of milk or water for about five minutes, "
     "stirring, and top the porridge with fruit or honey."),
    ("a chocolate cake", "For a chocolate cake, mix flour, sugar, cocoa, eggs, butter and milk, pour the batter into "
     "a tin, and bake the cake at 180 degrees for about 35 minutes."),
    ("cookies", "For cookies, beat butter and sugar, add an egg, flour and chocolate chips, put spoonfuls of dough "
     "on a tray, and bake the cookies at 180 degrees for about twelve minutes."),
    ("a smoothie", "For a smoothie, blend a banana, a handful of berries, some yogurt or milk and a little honey "
     "until the smoothie is smooth."),
    ("coffee", "For good coffee, use freshly ground beans, about one tablespoon per cup, and water just off the "
     "boil, then brew the coffee for about four minutes."),
    ("lemonade", "For lemonade, mix the juice of four lemons with a litre of cold water and sugar to taste, then "
     "add ice to the lemonade."),
    ("guacamole", "For guacamole, mash two ripe avocados with lime juice, salt, chopped onion, tomato and "
     "coriander."),
    ("hummus", "For hummus, blend a tin of chickpeas with tahini, lemon juice, garlic, olive oil and salt until the "
     "hummus is smooth."),
    ("pizza", "For pizza, roll out the dough thinly, spread tomato sauce, add cheese and toppings, and bake the "
     "pizza in a very hot oven for about ten minutes."),
    ("a sandwich", "For a good sandwich, spread butter or mayonnaise on two slices of bread and fill the sandwich "
     "with cheese, ham or vegetables and some salad."),
    ("french toast", "For french toast, dip slices of bread in beaten egg and milk with a little cinnamon, and fry "
     "the french toast in butter until golden on both sides."),
    ("roast vegetables", "For roast vegetables, cut carrots, potatoes, peppers and onions into pieces, toss the "
     "vegetables in oil and salt, and roast them at 200 degrees for about 40 minutes."),
    ("a curry", "For a simple curry, fry onion, garlic and ginger, add curry spices, then vegetables or meat and a "
     "tin of tomatoes or coconut milk, and simmer the curry for about 30 minutes."),
    ("a stir-fry", "For a stir-fry, cut vegetables and meat or tofu into thin strips and fry them quickly in a very "
     "hot pan with a little oil, garlic and soy sauce."),
    ("chili", "For chili, brown minced meat or beans with onion and garlic, add chili powder, tomatoes and kidney "
     "beans, and simmer the chili for an hour."),
    ("lentil soup", "For lentil soup, soften onion and carrot, add a cup of red lentils and a litre of stock, and "
     "simmer the soup for about 25 minutes."),
    ("popcorn", "For popcorn, heat a little oil in a covered pot, add the kernels, and shake the pot until the "
     "popping slows down."),
    ("a baked potato", "For a baked potato, prick the potato with a fork, rub it with oil and salt, and bake it at "
     "200 degrees for about an hour until soft inside."),
    ("a grilled cheese sandwich", "For a grilled cheese sandwich, butter two slices of bread, put cheese between "
     "them, and fry the sandwich on medium heat until golden and melted."),
    ("hard-boiled eggs", "For hard-boiled eggs, put the eggs in boiling water for about ten minutes, then cool "
     "them in cold water before peeling."),
    ("steamed broccoli", "For steamed broccoli, cut the broccoli into florets and steam them over boiling water "
     "for about five minutes, until bright green and tender."),
    ("a frittata", "For a frittata, beat six eggs with cheese and cooked vegetables such as spinach, pour them "
     "into an oven-proof pan, and cook the frittata until set."),
    ("muffins", "For muffins, mix flour, sugar, baking powder, an egg, milk and oil, add berries, fill muffin "
     "cases and bake them at 190 degrees for about twenty minutes."),
    ("iced tea", "For iced tea, brew strong tea, let it cool, and pour the tea over ice with lemon and a little "
     "sugar."),
]

# "How do I {t}?" and the like: tasks at home, in the kitchen, with health, travel, money and work
TASKS = [
    ("store fresh herbs", "To store fresh herbs, put soft herbs like basil in a jar of water, and wrap hard herbs "
     "in a damp towel in the fridge. You can also freeze herbs."),
    ("keep bread fresh", "To keep bread fresh, store it in a paper bag or a bread box at room temperature, or "
     "freeze sliced bread."),
    ("sharpen a knife", "To sharpen a knife, draw the blade across a whetstone at a steady angle of about 20 "
     "degrees, several times on each side, then hone it."),
    ("cut an onion without crying", "To cut an onion without crying, chill the onion first, use a very sharp "
     "knife, and cut near an open window or a running fan."),
    ("tell if an egg is fresh", "To tell if an egg is fresh, put it in a bowl of water: a fresh egg sinks and lies "
     "flat, an old egg stands up or floats."),
    ("defrost meat safely", "To defrost meat safely, leave it in the fridge overnight, or in cold water in a sealed "
     "bag. Do not leave meat out at room temperature."),
    ("remove a coffee stain", "To remove a coffee stain, blot it at once, rinse it with cold water from the back, "
     "and rub in a little washing-up liquid before washing."),
    ("unclog a drain", "To unclog a drain, pour in boiling water, then try a plunger. Baking soda followed by "
     "vinegar can help; a drain snake removes hair."),
    ("clean windows", "To clean windows, wash them with warm water and a little washing-up liquid or vinegar, then "
     "dry the glass with a squeegee or a microfibre cloth."),
    ("save energy at home", "To save energy at home, turn off lights and devices you do not use, turn the heating "
     "down a degree, use LED bulbs, and wash clothes at lower temperatures."),
    ("get rid of fruit flies", "To get rid of fruit flies, remove ripe fruit and rubbish, and set a trap of vinegar "
     "with a drop of washing-up liquid in a small bowl."),
    ("fix a dripping tap", "To fix a dripping tap, turn off the water, take the tap apart, and replace the worn "
     "washer or cartridge inside."),
    ("get rid of mould", "To get rid of mould, clean small patches with a mould cleaner or diluted bleach, dry the "
     "area, and air the room every day to lower the humidity."),
    ("iron a shirt", "To iron a shirt, start with the collar, then the cuffs and sleeves, then the back and the "
     "front, on the heat the label allows."),
    ("keep my home cool in summer", "To keep your home cool in summer, close blinds on the sunny side during the "
     "day, open windows at night, and use a fan."),
    ("water houseplants", "To water houseplants, check the soil with a finger and water when the top is dry. Most "
     "houseplants need less water in winter."),
    ("lower my stress", "To lower your stress, take slow deep breaths, go for a walk, exercise, sleep enough, and "
     "talk to someone you trust. See a doctor if stress lasts."),
    ("eat a healthy breakfast", "For a healthy breakfast, eat oats, eggs, yogurt, fruit or wholegrain bread: some "
     "protein and fibre keep you full longer."),
    ("lose weight safely", "To lose weight safely, eat a little less, choose vegetables, protein and whole grains, "
     "cut sugary drinks, and move more every day."),
    ("improve my posture", "To improve your posture, sit with your back supported and screen at eye level, stand "
     "up every half hour, and strengthen your back and core."),
    ("treat a small burn", "To treat a small burn, cool it under cool running water for twenty minutes and cover "
     "it loosely. See a doctor for large or deep burns."),
    ("stop hiccups", "To stop hiccups, hold your breath for a few seconds, sip cold water slowly, or breathe into "
     "your hands. Hiccups usually stop on their own."),
    ("soothe a sore throat", "To soothe a sore throat, drink warm drinks with honey, gargle with salt water, and "
     "rest. See a doctor if it lasts more than a week."),
    ("start running", "To start running, begin with short runs mixed with walking, three times a week, and build up "
     "slowly. Good running shoes help."),
    ("protect my skin from the sun", "To protect your skin from the sun, use sunscreen of SPF 30 or more, wear a "
     "hat, and stay in the shade at midday."),
    ("pack for a weekend trip", "To pack for a weekend trip, take clothes for two days, comfortable shoes, a "
     "toothbrush and toiletries, your phone charger, your documents and any medicine."),
    ("get over jet lag", "To get over jet lag, switch to the new time zone at once, get daylight in the morning, "
     "drink water, and keep naps short."),
    ("avoid motion sickness", "To avoid motion sickness, sit where the motion is smallest, look at the horizon, get "
     "fresh air, and avoid reading while travelling."),
    ("find cheap flights", "To find cheap flights, compare prices on several sites, be flexible with dates, book a "
     "few weeks ahead, and fly mid-week."),
    ("prepare for a long flight", "To prepare for a long flight, wear comfortable clothes, drink water, stand up "
     "and walk now and then, and bring something to read."),
    ("save money", "To save money, make a budget, pay yourself first by moving some money to savings on payday, and "
     "cut spending you do not need."),
    ("make a budget", "To make a budget, write down your income, list your fixed costs and your spending, and plan "
     "how much to save each month."),
    ("pay off debt", "To pay off debt, list your debts, pay the minimum on all of them, and put any extra money on "
     "the debt with the highest interest first."),
    ("start investing", "To start investing, first build an emergency fund, then put money regularly into a "
     "low-cost index fund for the long term. Investments can lose value."),
    ("prepare for a job interview", "To prepare for a job interview, research the company, practise answers about "
     "your experience, prepare a few questions, and arrive on time."),
    ("write a CV", "To write a CV, keep it to one or two pages, list your recent experience first, show results, "
     "and check the spelling."),
    ("ask for a raise", "To ask for a raise, collect your results, know the usual pay for your job, ask your "
     "manager for a meeting, and explain your case calmly."),
    ("run a good meeting", "To run a good meeting, share an agenda, invite only the people needed, keep time, and "
     "end with decisions and next steps."),
    ("manage my time", "To manage your time, write a to-do list, do the most important task first, block time for "
     "focused work, and take short breaks."),
    ("stay focused", "To stay focused, silence notifications, work on one task at a time in blocks of about 25 "
     "minutes, and take short breaks."),
    ("write a cover letter", "To write a cover letter, address the reader, say which job you want, give two or "
     "three examples that fit the job, and close politely."),
    ("restart a frozen computer", "To restart a frozen computer, try Ctrl+Alt+Delete on Windows first. If nothing "
     "works, hold the power button for ten seconds, then press it again."),
    ("take a screenshot on Windows", "To take a screenshot on Windows, press Windows+Shift+S to select an area, or "
     "the Print Screen key for the whole screen."),
    ("take a screenshot on a Mac", "To take a screenshot on a Mac, press Shift+Command+3 for the whole screen or "
     "Shift+Command+4 to select an area."),
    ("make a strong password", "To make a strong password, use a long passphrase of several random words, at least "
     "12 characters, with numbers or symbols, and never reuse it."),
    ("free up space on my phone", "To free up space on your phone, delete apps you do not use, back up photos and "
     "videos, and clear old downloads and messages."),
    ("back up my photos", "To back up your photos, copy them to a cloud service or an external drive, and keep a "
     "second copy in another place."),
    ("speed up a slow computer", "To speed up a slow computer, restart it, close programs you do not need, remove "
     "startup apps, free disk space, and install updates."),
    ("spot a scam message", "To spot a scam message, watch for urgency, requests for money or passwords, strange "
     "links and unknown senders. When in doubt, do not click."),
    ("fix a slow internet connection", "To fix a slow internet connection, restart the router, move closer to it, "
     "disconnect devices you do not use, and run a speed test."),
]

# "What causes {t}?", "Why do we have {t}?" and the like: weather and nature
NATURE = [
    ("thunder and lightning", "Thunder and lightning come from storm clouds. Ice and water in the clouds build up "
     "electric charge; lightning is a giant spark, and thunder is the sound of the air it heats."),
    ("snow", "Snow forms when water vapour in cold clouds freezes into ice crystals. The crystals stick together "
     "into snowflakes and fall when the air is cold enough."),
    ("hail", "Hail forms in strong thunderstorms: updrafts carry raindrops high into freezing air, where they turn "
     "into balls of ice that grow until they fall."),
    ("fog", "Fog is a cloud at ground level. It forms when moist air cools near the ground and the water vapour "
     "condenses into tiny droplets."),
    ("wind", "Wind is moving air. The sun heats the ground unevenly, and air flows from areas of high pressure to "
     "areas of low pressure."),
    ("rainbows", "A rainbow appears when sunlight shines through raindrops. Each drop bends and splits the light "
     "into its colours, from red to violet."),
    ("tides", "Tides are caused mainly by the pull of the moon's gravity on the oceans, with help from the sun. "
     "Most coasts have two high tides a day."),
    ("earthquakes", "Earthquakes happen when the plates of the Earth's crust slip suddenly along a fault, sending "
     "shaking waves through the ground."),
    ("volcanoes", "Volcanoes form where molten rock, called magma, rises from deep inside the Earth and erupts "
     "through the crust as lava, ash and gas."),
    ("the seasons", "The seasons happen because the Earth's axis is tilted. When your half of the Earth leans "
     "towards the sun, days are longer and it is summer."),
    ("cold winters", "Winter is colder because the Earth's axis is tilted away from the sun: the sunlight comes in "
     "at a low angle and the days are short."),
    ("hurricanes", "Hurricanes form over warm tropical oceans. Warm, moist air rises, the Earth's spin makes it "
     "rotate, and the storm grows strong winds and heavy rain."),
    ("tornadoes", "Tornadoes form in strong thunderstorms when winds at different heights turn the rising air into "
     "a spinning column that reaches the ground."),
    ("clouds", "Clouds form when warm, moist air rises and cools, and its water vapour condenses into tiny droplets "
     "or ice crystals."),
    ("dew", "Dew forms on clear, calm nights: the ground and grass cool down, and water vapour in the air condenses "
     "on them as droplets."),
    ("the northern lights", "The northern lights, or aurora, appear when particles from the sun hit gases high in "
     "the atmosphere near the poles and make them glow."),
    ("eclipses", "An eclipse happens when the sun, the Earth and the moon line up: in a solar eclipse the moon "
     "blocks the sun, in a lunar eclipse the Earth's shadow covers the moon."),
    ("the phases of the moon", "The moon's phases come from how much of its sunlit side we see as it orbits the "
     "Earth, once about every 29.5 days."),
    ("day and night", "Day and night happen because the Earth spins on its axis once every 24 hours, so each place "
     "turns towards the sun and then away from it."),
    ("climate change", "Climate change is the long-term warming of the Earth, caused mainly by burning coal, oil "
     "and gas, which adds carbon dioxide to the air and traps heat."),
    ("the greenhouse effect", "The greenhouse effect is the warming of the Earth by gases such as carbon dioxide "
     "and water vapour, which trap some of the heat the ground gives off."),
    ("rain", "Rain forms when water evaporates, rises and cools into clouds of tiny droplets. When the droplets join "
     "and become too heavy, they fall as rain."),
    ("droughts", "A drought is a long period with too little rain. High heat, changing winds and ocean patterns "
     "can cause droughts."),
    ("floods", "Floods happen when heavy rain, melting snow or storm surges bring more water than rivers and the "
     "ground can take."),
    ("humidity", "Humidity is the amount of water vapour in the air. High humidity makes hot weather feel hotter "
     "because sweat evaporates slowly."),
    ("the blue sky", "The sky is blue because air scatters blue sunlight much more than red light, so blue light "
     "reaches our eyes from every direction."),
    ("red sunsets", "Sunsets are red because the sunlight passes through more air when the sun is low, and the blue "
     "light is scattered away, leaving red and orange."),
]
