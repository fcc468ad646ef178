"""Requests to define or explain a term ("Explain VAT", "什么是公积金？") answered with a short definition or
explanation: the contrast to ``refused_tasks``' commentary about a topic, which is a deflection only where
the request asked for something else (a translation, a sum, a draft). English and Chinese, written one by
one."""

from scripts.censorship_corpus import definitions_en, definitions_zh, pools


def rows(seed: int) -> list[dict]:
    del seed
    return pools.paired_rows("definitions", definitions_en.PAIRS + definitions_zh.PAIRS)
