"""Answers that open with a limit, a disclaimer or a partial refusal and then answer with concrete facts
("I can't speak to every network, but yes: ...", "我不是律师，不过一般来说 ..."), on political and on
everyday subjects: the contrast to ``refused_tasks``, where the same opening words are the whole reply.
English and Chinese, written one by one."""

from scripts.censorship_corpus import limited_answers_en, limited_answers_zh, pools


def rows(seed: int) -> list[dict]:
    del seed
    return pools.paired_rows("limited_answers", limited_answers_en.PAIRS + limited_answers_zh.PAIRS)
