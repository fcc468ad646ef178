"""Response classifier for refusals and censorship: what kind of non-answer a model gave
(``censorship``, ``deflection``, ``safety_refusal``, ``canned``) or ``answer``, and its topic.

Features are phrase lexicons (English and Chinese) and hashed word / character n-grams of the whole
response and its reasoning text, with the request as context; a multinomial logistic head trained by
``scripts/train_censorship.py`` ships in ``policy/data/censorship_head.npz``."""

from sluice.policy.censorship.classifier import KINDS, Verdict, classify, load_head

__all__ = ["KINDS", "Verdict", "classify", "load_head"]
