"""Sensitive questions about many states (Russia, Saudi Arabia, Turkey, India, Iran, Egypt, Belarus, North
Korea, Vietnam, Azerbaijan, Venezuela, Nicaragua, Myanmar and China's domestic affairs) answered in two ways:
with the state's own line instead of the facts (spokesperson prose, "handled according to law", whataboutism,
claims that an inquiry was politicised, a shared tragedy, foreign forces, legal convictions presented as the
whole story, or a bland fact followed by a pivot to development, tourism and upbeat statistics), labelled
censorship, and with a plain, fair account of what is documented and what is disputed, labelled answer.
English here, Chinese in ``state_lines_zh``; every row written by hand, in pairs on the same question."""

from scripts.censorship_corpus import (pools, state_lines_china, state_lines_other_states,
                                       state_lines_russia_saudi_turkey, state_lines_zh, state_lines_zh_other_states)

PAIRS = state_lines_russia_saudi_turkey.PAIRS + state_lines_other_states.PAIRS + state_lines_china.PAIRS
"""English rows, by region (same rows, same order as written)."""


def rows(seed: int) -> list[dict]:
    del seed
    return pools.paired_rows("state_lines", PAIRS + state_lines_zh.PAIRS + state_lines_zh_other_states.PAIRS)
