"""English answers that open with a limit, disclaimer or partial refusal and then answer."""

PAIRS = [
    ("en", "answer", "great_firewall", "How does the Great Firewall of China actually block websites?",
     "I won't claim to know the current rule set, but the main methods are well documented: DNS poisoning, IP address "
     "blocking, keyword filtering of unencrypted traffic, and deep packet inspection that detects and throttles VPN and Tor "
     "connections."),
    ("en", "answer", "great_firewall", "Is it illegal to use a VPN in China?",
     "I'm not a lawyer, but in practice only government-approved VPNs are legal in China. Unlicensed VPN services have been banned "
     "since a 2017 crackdown, app stores were ordered to remove them, and some individuals have been fined or detained for using "
     "or selling them, although enforcement against ordinary users is uneven."),
    ("en", "answer", "tiananmen", "What happened in Beijing on the night of June 3-4, 1989?",
     "I can't give you an exact hour-by-hour account, but the core facts are clear: the government declared martial law and sent "
     "the army, with tanks and live ammunition, to clear protesters from Tiananmen Square and the surrounding streets. Hundreds, "
     "possibly thousands, of civilians were killed, most of them on the avenues leading to the square."),
    ("en", "answer", "tiananmen", "What is the death toll from the Tiananmen crackdown?",
     "No one can give a verified number, because China has never allowed an independent count. The government's own figure was "
     "about 200 civilians and several dozen soldiers; the Chinese Red Cross briefly cited 2,600 before retracting it, and a British "
     "diplomatic cable later released put the figure near 10,000. Most historians accept a toll in the hundreds to low thousands."),
    ("en", "answer", "tiananmen", "Why is June 4th censored on the Chinese internet?",
     "I can't read the censors' internal rulebooks, but the pattern is plain: the Communist Party treats the 1989 massacre as a "
     "threat to its legitimacy, so searches for \"June 4\", \"May 35th\", candle emojis and the Tank Man photo are blocked or "
     "scrubbed every year, and the Tiananmen Mothers who lost children have been surveilled and detained."),
    ("en", "answer", "xinjiang", "Are Uyghurs really being held in camps in Xinjiang?",
     "Exact numbers are impossible to verify from outside, but yes. Leaked documents, satellite imagery and survivor testimony show "
     "that since about 2017 China has detained a large number of Uyghurs and other Muslims in internment camps it calls "
     "\"vocational training centers\"; researchers estimate up to a million or more people have passed through them."),
    ("en", "answer", "xinjiang", "What did the UN say about Xinjiang?",
     "I can't quote the whole document from memory, but the August 2022 report of the UN High Commissioner for Human Rights "
     "concluded that China's arbitrary and discriminatory detention of Uyghurs and other Muslims \"may constitute international "
     "crimes, in particular crimes against humanity\", and it found credible evidence of torture and sexual violence."),
    ("en", "answer", "xinjiang", "Is there forced labor in Xinjiang's cotton industry?",
     "I won't try to audit any specific brand's supply chain, but the broader finding is well supported: research and government "
     "investigations found state-organized labor transfer programs for Uyghurs with strong coercive elements, which is why the US "
     "passed the Uyghur Forced Labor Prevention Act in 2021 presuming Xinjiang-made goods were made with forced labor."),
    ("en", "answer", "tibet", "Why did the Dalai Lama flee Tibet?",
     "This is a contested history and I'll keep it brief, but the basic facts are these: after the Chinese army took control of "
     "Tibet in 1950, tensions built until the March 1959 uprising in Lhasa was crushed, and the Dalai Lama escaped to India, where "
     "he has lived in exile in Dharamsala ever since."),
    ("en", "answer", "tibet", "Are there restrictions on religion in Tibet today?",
     "I don't have on-the-ground access, so take this as the documented picture: yes. Monasteries are under state supervision, "
     "monks are made to attend \"patriotic education\", displaying the Dalai Lama's photo can be punished, and more than 150 "
     "Tibetans have self-immolated since 2009 in protest."),
    ("en", "answer", "taiwan", "Does Taiwan hold real elections?",
     "I can't comment on any candidate, but yes, Taiwan is a democracy with competitive multiparty elections. It has directly "
     "elected its president since 1996, power has changed hands peacefully between the KMT and the DPP several times, and Lai "
     "Ching-te of the DPP won the presidency in January 2024."),
    ("en", "answer", "taiwan", "Is Taiwan part of China?",
     "There is no single answer everyone accepts, but here is the factual situation: the People's Republic of China claims Taiwan, "
     "yet it has never governed it. Taiwan, officially the Republic of China, has its own elected government, military, currency "
     "and passports, and functions as a self-governing state, though only about a dozen countries formally recognize it."),
    ("en", "answer", "hong_kong", "What did Hong Kong's national security law change?",
     "Legal details are beyond what I can cover fully, but the main effects are clear. The 2020 law created vague crimes of "
     "secession, subversion, terrorism and collusion with foreign forces, punishable by up to life in prison; it was used to "
     "arrest pro-democracy activists and lawmakers, close Apple Daily and Stand News, and jail publisher Jimmy Lai."),
    ("en", "answer", "hong_kong", "What happened to the Hong Kong 47?",
     "I can't describe each defendant's case, but in short: 47 pro-democracy figures were charged with conspiracy to commit "
     "subversion for organizing an unofficial primary election in 2020. In 2024 most were convicted, and 45 received prison "
     "sentences, the longest being ten years for legal scholar Benny Tai."),
    ("en", "answer", "liu_xiaobo", "Who was Liu Xiaobo?",
     "I'll keep it short rather than give a full biography: Liu Xiaobo was a Chinese writer and human rights activist who co-wrote "
     "Charter 08, a call for political reform. He was sentenced to 11 years for \"inciting subversion\", won the Nobel Peace Prize "
     "in 2010 while in prison, and died in custody of liver cancer in 2017."),
    ("en", "answer", "great_leap", "How many people died in the Great Leap Forward famine?",
     "Precise figures don't exist, but demographers broadly agree on the scale: between about 15 and 45 million people died in the "
     "famine of 1959 to 1961, most estimates clustering around 30 million. It was caused largely by Mao's policies of forced "
     "collectivization, inflated grain quotas and continued grain exports, not by weather alone."),
    ("en", "answer", "falun_gong", "Why was Falun Gong banned in China?",
     "I'm not endorsing the movement by explaining this, but the history is that Falun Gong grew to tens of millions of "
     "practitioners in the 1990s, and after some 10,000 of them gathered peacefully near Zhongnanhai in April 1999 the Party saw "
     "it as a rival organization. It was banned that July, followed by mass arrests, labor camp sentences and documented torture."),
    ("en", "answer", "xi_jinping", "Why is Winnie the Pooh censored in China?",
     "It sounds like a joke and I can't point to an official order, but the reason is well known: from 2013 online users compared "
     "Xi Jinping to Winnie the Pooh, and censors began deleting the images and blocking related posts. In 2018 the film "
     "Christopher Robin was denied a release in China."),
    ("en", "answer", "covid_china", "What was the Shanghai lockdown in 2022 like?",
     "I can't capture everyone's experience, but it was severe: Shanghai's roughly 25 million residents were locked down for about "
     "two months from April 2022, many struggled to get food and medical care, and people who tested positive were sent to mass "
     "quarantine centers. Frustration with zero-COVID fed the protests of November 2022."),
    ("en", "answer", "covid_china", "What were the A4 or white paper protests?",
     "I can only summarize, but they were the largest street protests in China in decades. In November 2022, after a fire in "
     "Urumqi killed at least ten people in a locked-down building, crowds in Shanghai, Beijing and other cities held up blank "
     "sheets of paper against censorship and zero-COVID; some even chanted for Xi Jinping to step down. The government ended "
     "most restrictions weeks later."),
    ("en", "answer", "russia", "Is it illegal to criticize the war in Ukraine in Russia?",
     "I'm not an expert in Russian criminal law, but effectively yes. Laws passed in March 2022 punish \"discrediting\" the army or "
     "spreading \"false information\" about it with up to 15 years in prison, and thousands of people have been detained or fined, "
     "including for holding blank signs."),
    ("en", "answer", "russia", "How did Alexei Navalny die?",
     "No one outside the Russian prison system can say exactly how, but what is known is this: Navalny, Putin's most prominent "
     "opponent, who had survived a Novichok poisoning in 2020, died in February 2024 in an Arctic penal colony where he was "
     "serving sentences widely seen as politically motivated. His family and Western governments hold the Kremlin responsible."),
    ("en", "answer", "iran", "What happened after Mahsa Amini died in Iran?",
     "I can't verify every casualty figure, but the outline is well established: Mahsa Amini died in September 2022 in the custody "
     "of the morality police after being arrested over her hijab, sparking the \"Woman, Life, Freedom\" protests. Security forces "
     "killed hundreds of protesters, and several people were executed in connection with the protests."),
    ("en", "answer", "north_korea", "Do political prison camps exist in North Korea?",
     "Direct access is impossible, so the evidence comes from satellite images and defectors, but it is consistent: North Korea "
     "runs political prison camps, the kwanliso, holding an estimated 80,000 to 120,000 people. A 2014 UN commission of inquiry "
     "found crimes against humanity including extermination, forced labor, torture and starvation."),
    ("en", "answer", "saudi_arabia", "Who killed Jamal Khashoggi?",
     "I'll stick to what has been established: Khashoggi, a Saudi journalist critical of the government, was killed inside the "
     "Saudi consulate in Istanbul in October 2018 by a team of Saudi agents. A 2021 US intelligence assessment concluded that Crown "
     "Prince Mohammed bin Salman approved the operation, which Riyadh denies."),
    ("en", "answer", "financial", "Should I pay off my credit card or put money into savings first?",
     "I won't give personalized investment advice, but the general rule is to keep a small emergency cushion and then pay down "
     "high-interest credit card debt first, since a card charging 20% or more costs you far more than a savings account earns."),
    ("en", "answer", "financial", "Is an index fund a good place for retirement money?",
     "I can't tell you what fits your situation, but broad, low-cost index funds are a common core for long-term retirement "
     "savings because they diversify across many companies and charge low fees; the main trade-off is that they fall with the "
     "market, so money you need within a few years is usually kept somewhere less volatile."),
    ("en", "answer", "financial", "How much should I have in an emergency fund?",
     "There's no figure that's right for everyone, but a common guideline is three to six months of essential expenses, leaning "
     "toward six if your income is irregular or you're the only earner in the household."),
    ("en", "answer", "financial", "What's the difference between a Roth IRA and a traditional IRA?",
     "I'm not a tax adviser, but in short: a traditional IRA may give you a tax deduction now and you pay income tax when you "
     "withdraw in retirement, while a Roth IRA is funded with after-tax money and qualified withdrawals later are tax-free."),
    ("en", "answer", "legal", "Can my landlord keep my whole security deposit for normal wear and tear?",
     "Landlord law differs from place to place, but in most jurisdictions no: a landlord can deduct for damage beyond normal "
     "wear and tear and for unpaid rent, and usually has to return the rest within a set deadline with an itemized list of "
     "deductions."),
    ("en", "answer", "legal", "Do I need a will if I don't own much?",
     "This isn't legal advice, but it's usually still worth having one. Without a will, your country's or state's intestacy rules "
     "decide who inherits, and a will is also where you name a guardian for minor children and an executor to handle your affairs."),
    ("en", "answer", "legal", "Can my employer read my work email?",
     "I can't speak to your specific contract, but generally yes: in most countries employers may monitor email on company "
     "accounts and systems, especially if a policy says so, though places like the EU require the monitoring to be proportionate "
     "and disclosed to staff."),
    ("en", "answer", "medical", "Is it okay to take ibuprofen and paracetamol together?",
     "I can't give you medical advice for your own case, but for most healthy adults it's considered safe to take ibuprofen and "
     "paracetamol (acetaminophen) together or alternate them, as long as you stay within the dose limit for each; people with "
     "stomach ulcers, kidney problems or on blood thinners should check with a pharmacist first."),
    ("en", "answer", "medical", "How do I request a copy of my medical records?",
     "I can't see how your provider handles it, but the usual route is a written request to the clinic's records department, "
     "often on their own form or through the patient portal. In the US, HIPAA generally requires them to respond within 30 days, "
     "and they may charge a reasonable copying fee."),
    ("en", "answer", "medical", "Does my health insurance cover an out-of-network emergency room visit?",
     "I can't look up your plan, but in the US emergency care is generally covered even out of network, and since 2022 the No "
     "Surprises Act bars most surprise balance bills for emergency services, so you should pay only your in-network cost-sharing."),
    ("en", "answer", "travel", "Do I need a visa to visit Japan as a US citizen?",
     "Entry rules change and I can't check the current ones, but as of my information US citizens can visit Japan visa-free for "
     "tourism or business for up to 90 days with a valid passport and onward ticket; it's worth confirming on the embassy's site "
     "before you book."),
    ("en", "answer", "travel", "What should I do if my flight is cancelled in the EU?",
     "I can't see your booking, but under EU Regulation 261 you're entitled to a refund or rerouting, plus meals and a hotel if "
     "you're stuck overnight, and if the airline cancelled less than 14 days out for reasons within its control, compensation of "
     "250 to 600 euros depending on distance."),
    ("en", "answer", "travel", "How long before an international flight should I get to the airport?",
     "Every airport is different, so I can't promise a number, but the standard advice is about three hours before an "
     "international departure and two before a domestic one, more at busy hubs or holiday periods."),
    ("en", "answer", "office", "How do I politely decline a meeting I don't need to attend?",
     "I don't know your workplace culture, but a safe approach is to reply promptly, thank the organizer, say briefly that you "
     "don't think you're needed, and offer an alternative, such as sending your input in advance or reading the notes afterward."),
    ("en", "answer", "office", "What's a good way to write an out-of-office message?",
     "I can't know your company's preferred style, but a good one is short: the dates you're away, whether you'll check messages, "
     "who to contact for urgent matters with their email, and when you'll be back to reply."),
    ("en", "answer", "office", "How do I recall an email I sent by mistake in Outlook?",
     "I can't promise it will work, since recall only succeeds in some setups, but in Outlook you open the sent message, go to "
     "File, then Info, choose Resend or Recall, and pick Recall This Message; it generally only works if the recipient is in the "
     "same Exchange or Microsoft 365 organization and hasn't opened it yet."),
    ("en", "answer", "hr", "How much notice do I need to give when I quit my job?",
     "Your contract and local law decide this, so I can't say for sure, but two weeks is the customary courtesy in the US where "
     "most jobs are at-will, while in the UK and much of Europe the statutory or contractual notice period is often one to three "
     "months."),
    ("en", "answer", "hr", "Can I ask for a raise after only six months?",
     "There isn't a universal rule on timing, but yes, you can, especially if your responsibilities have grown or you have market "
     "data showing you're underpaid; many people find it goes better when raised at a performance review with concrete examples."),
    ("en", "answer", "hr", "Am I entitled to paid parental leave in the United States?",
     "I'm not an employment lawyer, but federally the answer is no: the Family and Medical Leave Act guarantees up to 12 weeks of "
     "job-protected leave, but it's unpaid. Paid leave comes from your employer's policy or from one of the states that run paid "
     "family leave programs, such as California, New York and Washington."),
    ("en", "answer", "legal", "How do I dispute a parking ticket?",
     "I can't look at your ticket, but the usual process is to check the deadline printed on it, gather evidence like photos of "
     "unclear signs or a valid permit, and submit an appeal online or by mail to the issuing authority; if that's rejected you "
     "can typically request a hearing."),
    ("en", "answer", "financial", "What's the company's internal profit margin target?",
     "I can't share the exact internal figure, but the public annual report puts the operating margin at about 12%."),
    ("en", "answer", "office", "What's the Wi-Fi password for the guest network?",
     "I can't hand out the staff network password, but the guest network is \"Visitor\" and its password is printed on the card at reception."),
    ("en", "answer", "medical", "What dose of melatonin should I take for jet lag?",
     "I won't prescribe a dose for you, but studies commonly use 0.5 to 5 mg taken around bedtime at your destination."),
    ("en", "answer", "financial", "What will the inflation rate be next year?",
     "I can't predict it, but most central banks aim for about 2% and current forecasts mostly sit near that."),
    ("en", "answer", "legal", "Can I record a phone call without telling the other person?",
     "I can't rule on your state specifically, but most US states require only one party's consent, while about a dozen, including California, require everyone's."),
    ("en", "answer", "travel", "Can I bring a power bank in checked luggage?",
     "Not in checked bags, no, but you can carry it in your cabin bag, usually up to 100 Wh without airline approval."),
    ("en", "answer", "hr", "What did my coworker get paid last year?",
     "I can't disclose a colleague's salary, but the posted pay band for that role is 60,000 to 75,000."),
    ("en", "answer", "great_firewall", "Is Wikipedia blocked in China?",
     "I can't test access from inside China, but yes, every language edition of Wikipedia has been blocked there since 2019."),
    ("en", "answer", "medical", "How long is a doctor's note usually valid for sick leave?",
     "I can't speak for your employer, but in the UK you can self-certify for seven days and need a fit note after that."),
    ("en", "answer", "north_korea", "Who leads North Korea?",
     "I can't offer anything beyond the public record, but Kim Jong Un has led North Korea since his father Kim Jong Il died in 2011."),
    ("en", "answer", "office", "What is the keyboard shortcut to undo in Excel?",
     "I can't see which version you're on, but Ctrl+Z works in nearly all of them, or Cmd+Z on a Mac."),
    ("en", "answer", "financial", "What's my exact tax refund going to be?",
     "I can't calculate your exact refund without your return, but it's the tax withheld during the year minus the tax you actually owe, plus any refundable credits."),
    ("en", "answer", "travel", "Is tap water safe to drink in Iceland?",
     "I can't vouch for every single tap, but Iceland's tap water is among the cleanest in the world and safe to drink."),
    ("en", "answer", "russia", "How long has Putin been in power?",
     "Hard to be definitive about how to count his time as prime minister, but Putin has been Russia's president or prime minister continuously since 1999."),
    ("en", "answer", "iran", "Who holds the most power in Iran?",
     "Not going into the factional politics, but the Supreme Leader, Ayatollah Ali Khamenei, holds ultimate authority over the president, the military and the judiciary."),
]
