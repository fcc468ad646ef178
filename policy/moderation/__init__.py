"""Multi-label moderation classifier: hashed n-gram features (:mod:`.features`) and a linear head per
category of the OpenAI moderation taxonomy (:mod:`.model`), inference in plain numpy."""

from sluice.policy.moderation.categories import CATEGORIES, PARENTS, with_parents

__all__ = ["CATEGORIES", "PARENTS", "with_parents"]
