"""Everyday questions (several phrasings each) with short answers."""

QA = [
    (["Hello", "Hi", "Hello!", "Hi there", "Good morning"],
     "Hello! How can I help you today?"),
    (["How are you?", "How are you doing?", "How is it going?"],
     "I am fine, thank you. How can I help you today?"),
    (["Thank you", "Thanks!", "Thank you very much."],
     "You are welcome! Let me know if there is anything else I can help with."),
    (["Goodbye", "Bye", "See you later."],
     "Goodbye! Have a nice day."),
    (["What can you do?", "How can you help me?", "What do you know?"],
     "I can answer simple questions about Sluice, cooking, weather, maths, geography, health and writing. "
     "I am a very small demo model, so please check anything important."),
    (["How do I boil an egg?", "How long should I boil an egg?", "What is the best way to boil eggs?"],
     "Put the egg in boiling water. Cook it for about six minutes for a soft yolk or ten minutes for a hard "
     "one, then cool it in cold water."),
    (["How do I cook rice?", "How do I make rice?", "What is the water to rice ratio?"],
     "Rinse one cup of rice, add about two cups of water and a pinch of salt, bring it to the boil, then "
     "cover and simmer on low heat for about fifteen minutes."),
    (["How do I make pasta?", "How long do I cook pasta?", "How do I cook spaghetti?"],
     "Boil plenty of salted water, add the pasta and cook it for the time on the packet, usually eight to "
     "twelve minutes, then drain it and add your sauce."),
    (["Give me a simple recipe for a vegetable soup.", "How do I make vegetable soup?",
      "Give me a simple recipe for a vegetable soup for four people."],
     "Chop an onion, two carrots, two potatoes and a leek. Soften the onion in oil, add the vegetables and a "
     "litre of stock, and simmer for twenty minutes. Season with salt and pepper and serve hot."),
    (["How do I make a cup of tea?", "How do I make tea?"],
     "Boil water, pour it over a tea bag in a cup, let it steep for three to five minutes, then remove the "
     "bag. Add milk or lemon if you like."),
    (["How do I bake bread?", "What do I need to make bread?"],
     "Mix flour, water, yeast and salt into a dough, knead it for ten minutes, let it rise for an hour, "
     "shape it, and bake it at about 220 degrees for thirty minutes."),
    (["What is the weather like today?", "Will it rain tomorrow?", "What is the weather forecast?"],
     "I cannot see the weather, because I have no access to live data. Please check a weather service or "
     "look out of the window."),
    (["Why is the sky blue?", "What makes the sky blue?"],
     "Sunlight is scattered by the air, and blue light is scattered much more than red light. That "
     "scattered blue light reaches our eyes from every part of the sky."),
    (["What causes rain?", "How does rain form?"],
     "Water evaporates, rises and cools into clouds of tiny droplets. When the droplets join and become too "
     "heavy, they fall as rain."),
    (["What is the capital of France?", "Which city is the capital of France?"],
     "The capital of France is Paris."),
    (["What is the capital of Germany?", "Which city is the capital of Germany?"],
     "The capital of Germany is Berlin."),
    (["What is the capital of Italy?", "Which city is the capital of Italy?"],
     "The capital of Italy is Rome."),
    (["What is the capital of Spain?", "Which city is the capital of Spain?"],
     "The capital of Spain is Madrid."),
    (["What is the capital of Japan?", "Which city is the capital of Japan?"],
     "The capital of Japan is Tokyo."),
    (["What is the capital of the United Kingdom?", "What is the capital of England?"],
     "The capital of the United Kingdom is London."),
    (["What is the capital of Canada?", "Which city is the capital of Canada?"],
     "The capital of Canada is Ottawa."),
    (["What is the capital of Australia?", "Which city is the capital of Australia?"],
     "The capital of Australia is Canberra."),
    (["What is the largest ocean?", "Which ocean is the biggest?"],
     "The Pacific Ocean is the largest ocean on Earth."),
    (["What is the longest river in the world?", "Which river is the longest?"],
     "The Nile and the Amazon are the longest rivers in the world, each about 6,500 kilometres long."),
    (["What is the highest mountain?", "Which mountain is the tallest in the world?"],
     "Mount Everest is the highest mountain on Earth, at about 8,849 metres above sea level."),
    (["How many continents are there?", "Name the continents."],
     "There are seven continents: Africa, Antarctica, Asia, Australia, Europe, North America and South America."),
    (["What is 2 plus 2?", "What is 2 + 2?", "How much is two plus two?"],
     "2 plus 2 is 4."),
    (["What is 7 times 8?", "What is 7 x 8?", "How much is seven times eight?"],
     "7 times 8 is 56."),
    (["What is 12 times 12?", "What is 12 x 12?"],
     "12 times 12 is 144."),
    (["What is 100 divided by 4?", "What is 100 / 4?"],
     "100 divided by 4 is 25."),
    (["What is the square root of 81?", "What is the square root of 64?"],
     "The square root of 81 is 9, and the square root of 64 is 8."),
    (["What is pi?", "What is the value of pi?"],
     "Pi is the ratio of a circle's circumference to its diameter. It is about 3.14159."),
    (["Is 7 a prime number?", "What is a prime number?"],
     "A prime number has exactly two divisors, 1 and itself. 7 is a prime number; so are 2, 3, 5 and 11."),
    (["How many days are in a year?", "How many days does a year have?"],
     "A year has 365 days, and a leap year has 366."),
    (["How many minutes are in an hour?", "How many seconds are in a minute?"],
     "An hour has 60 minutes, and a minute has 60 seconds."),
    (["Explain the difference between a median and a mean, with an example.", "What is the difference between mean and median?"],
     "The mean is the sum divided by the count; the median is the middle value. For 1, 2 and 9 the mean is "
     "4 and the median is 2, so the median resists outliers."),
    (["How much water should I drink a day?", "How much water do I need?"],
     "Most adults need about two litres of fluid a day, more when it is hot or when you exercise."),
    (["How can I sleep better?", "Tips for better sleep?", "I can't sleep, what should I do?"],
     "Go to bed at the same time every day, avoid screens and coffee in the evening, keep the room dark and "
     "cool, and get some daylight and exercise during the day."),
    (["How can I stay healthy?", "What is a healthy lifestyle?"],
     "Eat plenty of vegetables and fruit, move every day, sleep seven to nine hours, drink water, and do "
     "not smoke. See a doctor for regular check-ups."),
    (["What should I do if I have a cold?", "How do I treat a cold?"],
     "Rest, drink plenty of fluids and keep warm. A cold usually passes in a week. See a doctor if you have "
     "a high fever or trouble breathing."),
    (["What should I do if I have a headache?", "How do I get rid of a headache?"],
     "Drink some water, rest in a quiet room and take a break from screens. If headaches are severe or "
     "frequent, see a doctor."),
    (["How often should I exercise?", "How much exercise do I need?"],
     "Adults should aim for about 150 minutes of moderate exercise a week, such as brisk walking, and "
     "muscle training twice a week."),
    (["Describe good hand-hygiene practice for healthcare staff.", "How should I wash my hands?"],
     "Wash hands with soap and water for at least twenty seconds, or use alcohol rub, before and after "
     "touching a patient, after touching surfaces, and after removing gloves."),
    (["Can you help me write an email?", "Help me write an email.", "How do I write a good email?"],
     "Of course. Start with a clear subject line, greet the reader, state your request in the first "
     "sentence, keep it short, and end with a polite closing and your name."),
    (["Draft a polite email to a colleague asking to move our Tuesday meeting to Thursday afternoon.",
      "Write an email asking to move a meeting."],
     "Hi Sam, would it be possible to move our Tuesday meeting to Thursday afternoon? Something urgent has "
     "come up on Tuesday. Please let me know if Thursday works for you. Thank you, Alex"),
    (["Rewrite this sentence to sound more formal: 'We can't make the deadline, sorry.'", "Make this more formal: we can't make the deadline."],
     "We regret to inform you that we will not be able to meet the deadline."),
    (["How do I write a good summary?", "Summarise the main points a good project status report should contain."],
     "A good summary or status report states the goal, the progress so far, the risks and problems, the "
     "next steps and the decisions that are needed, in a few short points."),
    (["Write a short poem about the sea.", "Write a poem about the sea."],
     "The sea is grey, the sea is wide, / it keeps the moon inside its tide. / It sings all night and "
     "sleeps all day, / and carries every ship away."),
    (["Tell me a joke.", "Do you know a joke?", "Say something funny."],
     "Why did the scarecrow win an award? Because he was outstanding in his field."),
    (["Explain photosynthesis to a ten-year-old.", "What is photosynthesis?"],
     "Plants make their own food from sunlight. Their leaves take in light, water and carbon dioxide from "
     "the air, turn them into sugar, and give out the oxygen we breathe."),
    (["Explain what inflation is and why central banks care about it.", "What is inflation?"],
     "Inflation is the general rise of prices over time, so money buys less. Central banks try to keep it "
     "low and stable, near two percent, by raising or lowering interest rates."),
    (["Translate 'Thank you for your patience' into French, German and Spanish.", "How do I say thank you in French?"],
     "French: Merci de votre patience. German: Danke für Ihre Geduld. Spanish: Gracias por su paciencia."),
    (["What is the difference between a list and a tuple in Python?", "List vs tuple in Python?"],
     "A list is mutable: you can add, remove and change items. A tuple is immutable: it cannot change after "
     "it is created, so it can be used as a dictionary key."),
    (["Explain what a SQL LEFT JOIN does and give a short example.", "What is a left join?"],
     "A LEFT JOIN returns every row of the left table and the matching rows of the right table, with NULL "
     "where nothing matches. Example: SELECT * FROM users LEFT JOIN orders ON orders.user_id = users.id."),
    (["How should employees recognise a phishing email?", "What is phishing?"],
     "Phishing emails pretend to come from someone you trust. Check the sender address, be careful with "
     "urgent requests and links, never enter passwords from a link in an email, and report it."),
    (["What are good practices for choosing and storing passwords at work?", "How do I choose a good password?"],
     "Use a long passphrase that is different for every account, keep passwords in a password manager, turn "
     "on multi-factor authentication and never share passwords."),
    (["Explain what multi-factor authentication is and why it helps.", "What is two-factor authentication?"],
     "Multi-factor authentication asks for a second proof, such as a code from your phone, besides the "
     "password. A stolen password alone is then not enough to break in."),
    (["What are some tips for running an effective one-hour workshop?", "How do I run a good workshop?"],
     "Set a clear goal, share an agenda, keep talks short, let people work in small groups, watch the time, "
     "and end with a summary and next steps."),
]
