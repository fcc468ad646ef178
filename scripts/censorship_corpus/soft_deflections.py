"""Soft deflections: helpful-sounding replies that give nothing, twinned with real answers, plus canned refusals.

Three groups of hand-written (request, response) pairs over everyday and work topics (cooking, tax deadlines,
Excel formulas, coding, health basics, medication doses printed on the packet, law basics, divorce basics,
salary negotiation, HR policy, grammar, personal finance, travel, geography, history, science, sports,
household chores). Deflections: responses that sound like answers but withhold what was asked — they restate
the question, praise it, list "factors to consider" with no content, say "it's complicated / perspectives
differ" and stop, send the user to a doctor, lawyer, accountant, HR or an official website for a fact any
knowledgeable assistant would give, answer an easier or adjacent question (trivia, causes instead of the date,
the history of the function instead of the formula), turn the question back ("what do you think?"), offer
encouragement or a life lesson, or promise to help "if you provide more details" when the request was already
clear. Answers, most twinned with the same request: short factual replies, replies that open with a caveat or
"it depends — for most people X" and then commit, replies that give the substance and only then suggest a
professional, and lists of specific facts, numbers, formulas and commands. Canned (topic as the request's):
short stock refusals with no reason given ("Sorry, I can't help with that.", "This request is outside what I
can do.", "I can't help with that right now.") to ordinary requests, each twinned with a real answer. No
political topics. The English rows are in ``soft_deflections_tasks`` and ``soft_deflections_knowledge``, the Chinese
rows in ``soft_deflections_zh`` and ``soft_deflections_zh_knowledge``. Written one by one."""

from scripts.censorship_corpus import (pools, soft_deflections_knowledge, soft_deflections_tasks, soft_deflections_zh,
                                       soft_deflections_zh_knowledge)

ALL_PAIRS = (soft_deflections_tasks.PAIRS + soft_deflections_knowledge.PAIRS + soft_deflections_zh.PAIRS
             + soft_deflections_zh_knowledge.PAIRS)


def rows(seed: int) -> list[dict]:
    del seed
    return pools.paired_rows("soft_deflections", ALL_PAIRS)
