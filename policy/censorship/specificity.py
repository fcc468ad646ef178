"""How concretely a response takes up its request: specifics (numbers, dates, names, quoted terms)
against vague and hedging words, talk addressed to the reader, exclamations and a closing question.

A factual answer names things; a deflection ("many perspectives", "every family is different", a
tour of the sights instead of the event) is made of generic words, speaks to the reader and ends
upbeat or with a question back. Counts are scaled by the number of sentences, so long and short
replies compare. Plain Python; the features module calls ``specificity`` on the raw and the
normalised texts."""

from __future__ import annotations

import math
import re

# capitalised word inside a sentence (raw text): names of people, places, bodies, documents
_NAME = re.compile(r"(?<=[a-z0-9,;:)] )[A-Z][A-Za-z'\-]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ZH_SPECIFIC = re.compile(r"\d+\s*[年月日号岁名万亿%]|[一二三四五六七八九十百千万两]+[年月日名人万亿]|[“「《][^”」》]{1,24}[”」》]")
_SENTENCE = re.compile(r"[.!?;。！？；…]+")

VAGUE = (
    "important", "complex", "complicated", "sensitive", "different", "many people", "everyone", "everybody",
    "people feel", "perspectives", "viewpoints", "journey", "meaningful", "meaning", "feel strongly", "all sides",
    "various", "many ways", "so many", "exciting", "incredible", "amazing", "wonderful", "beautiful", "precious",
    "hope", "peace", "understanding", "thrive", "explore", "evolving", "discussion", "debate", "conversation",
    "topic", "subject", "issue", "matter", "dimensions", "factors", "aspects", "unique", "special", "always",
    "great question", "good question", "interesting question", "continue to", "keep in mind", "remember",
    "重要", "复杂", "敏感", "不同", "每个人", "大家", "各方", "观点", "看法", "说法", "话题", "讨论", "关注",
    "美丽", "精彩", "有趣", "值得", "希望", "和平", "理解", "开心", "心态", "健康", "幸福", "美好", "相信",
    "一定", "总是", "始终", "积极", "魅力", "丰富", "特色", "不错", "很多", "许多", "多方面",
)
SECOND_PERSON = (" you ", " you'", " your ", " yours ", " yourself ", "你", "您")
FACTUAL_REQUEST = (
    "what ", "why ", "how ", "when ", "where ", "who ", "which ", "did ", "does ", "do ", "is ", "was ", "were ",
    "are ", "can ", "tell me", "explain", "describe", "list ", "summar", "什么", "为什么", "为何", "怎么", "如何", "哪",
    "谁", "多少", "几", "是否", "吗", "介绍", "讲讲", "说说", "解释",
)
NAMES = ("spec.density", "spec.none", "spec.names", "vague.density", "you.density", "exclaim", "closing_question",
         "sentences.log", "request.factual", "factual*vague", "factual*unspecific", "factual*you",
         "vague_over_specific")


def _count(text: str, phrases: tuple[str, ...]) -> int:
    return sum(text.count(p) for p in phrases)


def specificity(request_raw: str, response_raw: str, request: str, response: str) -> list[float]:
    """Dense values in the order of ``NAMES`` (``request`` and ``response`` normalised, lower case)."""
    asked = {w.lower() for w in _NAME.findall(" " + request_raw)}
    names = [w for w in _NAME.findall(response_raw) if w.lower() not in asked]
    specifics = len(_NUMBER.findall(response)) + len(names) + len(_ZH_SPECIFIC.findall(response_raw))
    sentences = max(1, len([s for s in _SENTENCE.split(response) if len(s.strip()) > 2]))
    vague = _count(response, VAGUE) / sentences
    you = _count(response, SECOND_PERSON) / sentences
    density = min(specifics / sentences, 4.0) / 4.0
    factual = float(_count(request, FACTUAL_REQUEST) > 0 or "?" in request)
    unspecific = float(specifics == 0)
    tail = response.rstrip()[-80:]
    return [density, unspecific, math.log1p(len(names)), min(vague, 4.0), min(you, 3.0),
            math.log1p(response.count("!")), float("?" in tail), math.log1p(sentences) / 3.0,
            factual, factual * min(vague, 4.0), factual * unspecific, factual * min(you, 3.0),
            min(vague, 4.0) - min(specifics / sentences, 4.0)]
