"""Turning the built-in engine's outputs into OpenAI response bodies and stream chunks."""

from __future__ import annotations


def _token_entry(token: str, logprob: float) -> dict:
    return {"token": token, "logprob": max(logprob, -9999.0), "bytes": list(token.encode("utf-8"))}


def _chosen(position: dict, token_id: int, decode) -> tuple[str, float]:
    entry = position.get(token_id)
    text = (entry.decoded_token if entry and entry.decoded_token is not None else decode([token_id]))
    return text, entry.logprob if entry else float("-inf")


def _ranked(position: dict, decode, k: int) -> list[tuple[str, float]]:
    ranked = sorted(position.items(), key=lambda item: item[1].rank)[:k]
    return [(lp.decoded_token if lp.decoded_token is not None else decode([tid]), lp.logprob)
            for tid, lp in ranked]


def chat_logprobs(positions: list[dict], token_ids: list[int], decode, top: int) -> dict:
    content = []
    for position, token_id in zip(positions, token_ids):
        token, logprob = _chosen(position, token_id, decode)
        entry = _token_entry(token, logprob)
        entry["top_logprobs"] = [_token_entry(t, lp) for t, lp in _ranked(position, decode, top)]
        content.append(entry)
    return {"content": content}


def completion_logprobs(positions: list[dict], token_ids: list[int], decode, top: int, offset: int) -> dict:
    tokens, token_logprobs, tops, offsets = [], [], [], []
    for position, token_id in zip(positions, token_ids):
        token, logprob = _chosen(position, token_id, decode)
        tokens.append(token)
        token_logprobs.append(logprob)
        tops.append(dict(_ranked(position, decode, top)) if top else None)
        offsets.append(offset)
        offset += len(token)
    return {"tokens": tokens, "token_logprobs": token_logprobs, "top_logprobs": tops, "text_offset": offsets}


def chat_choice(index: int, message: dict, finish_reason: str | None, logprobs: dict | None) -> dict:
    return {"index": index, "message": message, "logprobs": logprobs, "finish_reason": finish_reason}


def chat_delta(index: int, delta: dict, finish_reason: str | None, logprobs: dict | None) -> dict:
    return {"index": index, "delta": delta, "logprobs": logprobs, "finish_reason": finish_reason}


def completion_choice(index: int, text: str, finish_reason: str | None, logprobs: dict | None) -> dict:
    return {"index": index, "text": text, "logprobs": logprobs, "finish_reason": finish_reason}


def usage(prompt_tokens: int, completion_tokens: int) -> dict:
    return {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens}
