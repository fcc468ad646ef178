"""Per-request pseudonym vault: reversible placeholders such as ``<PERSON_1>``.

One vault per request, never shared. Placeholders end with ``>`` right after the counter, so
no placeholder is a prefix of another (``<PERSON_1>`` vs ``<PERSON_10>``). The same value gets
the same placeholder within a request. Placeholders that already occur in the caller's own text
are never issued, so restoring cannot rewrite text the caller wrote.
"""

from __future__ import annotations

import re
import threading

PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*?)_(\d{1,9})>")
PLACEHOLDER_MAX_LEN = 2 + 64 + 1 + 9
"""Longest possible placeholder text (entity names are at most 64 characters)."""


class Vault:
    """Maps placeholders to original values for one request (thread-safe)."""

    def __init__(self) -> None:
        self._by_placeholder: dict[str, str] = {}
        self._by_value: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        self._reserved: set[str] = set()
        self._lock = threading.Lock()

    def __getstate__(self) -> dict:
        """Picklable (a scan in a worker process sends its vault back); the lock is not sent."""
        return {k: v for k, v in self.__dict__.items() if k != "_lock"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def reserve_existing(self, text: str) -> None:
        """Remember placeholder-shaped strings the caller wrote so they are never issued."""
        with self._lock:
            self._reserved.update(m.group(0) for m in PLACEHOLDER.finditer(text))

    def placeholder(self, entity_type: str, value: str) -> str:
        with self._lock:
            key = (entity_type, value)
            existing = self._by_value.get(key)
            if existing is not None:
                return existing
            while True:
                n = self._counters.get(entity_type, 0) + 1
                self._counters[entity_type] = n
                token = f"<{entity_type}_{n}>"
                if token not in self._reserved:
                    break
            self._by_value[key] = token
            self._by_placeholder[token] = value
            return token

    def lookup(self, placeholder: str) -> str | None:
        return self._by_placeholder.get(placeholder)

    def restore(self, text: str) -> str:
        """Replace every issued placeholder in ``text`` by its value."""
        if not self._by_placeholder:
            return text
        return PLACEHOLDER.sub(lambda m: self._by_placeholder.get(m.group(0), m.group(0)), text)

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def entity_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entity, _ in self._by_value:
            counts[entity] = counts.get(entity, 0) + 1
        return counts
