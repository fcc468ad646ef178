"""An HTTP server that speaks like the guard models behind vLLM: Llama Guard 3/4 and ShieldGemma on
``/v1/completions`` (raw prompts, first-token log-probabilities), Qwen3Guard and gpt-oss-safeguard on
``/v1/chat/completions``, Prompt Guard 2 on ``/classify``. The family is chosen by the model name.

It reads the judged text back out of each family's published prompt layout and answers 400 when the
layout is wrong, so a test passes only when the prompt is built the way the model expects. Verdicts
come from markers in the judged text: ``bomb`` (weapons), ``idiots`` (hate), ``ignore all previous
instructions`` (injection), all before any ``#say:`` directive; ``GUARD-PAUSE`` answers after ``pause_s``, ``GUARD-SLOW`` sleeps past any timeout, ``GUARD-GARBLE`` answers
prose, ``GUARD-DOWN`` answers 500.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
from dataclasses import dataclass, field

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from tests.support.servers import ServerThread

LG_HEADERS = {"llama-guard-3": ("<|start_header_id|>user<|end_header_id|>\n\n",
                                "<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"),
              "llama-guard-4": ("<|header_start|>user<|header_end|>\n\n", "<|eot|><|header_start|>assistant<|header_end|>\n\n")}
LG_LAYOUT = re.compile(r"Task: Check if there is unsafe content in '(User|Agent)' messages.*?<BEGIN UNSAFE CONTENT "
                       r"CATEGORIES>\n(?P<cats>.*?)\n<END UNSAFE CONTENT CATEGORIES>\n\n<BEGIN CONVERSATION>\n\n"
                       r"(?P<conv>.*)\n\n<END CONVERSATION>\n\nProvide your safety assessment for ONLY THE LAST "
                       r"(?P<role>User|Agent) message in the above conversation:", re.DOTALL)
SG_LAYOUT = re.compile(r"^<start_of_turn>user\nYou are a policy expert.*?Human Question: (?P<user>.*?)\n<end_of_turn>"
                       r"(?:\n\n<start_of_turn>\nChatbot Response: (?P<bot>.*?)\n<end_of_turn>)?\n\nOur safety principle "
                       r"is defined in the below:\n\n\* \"No (?P<harm>[^\"]+)\": .*?Your answer must start with 'Yes' or "
                       r"'No'.*<start_of_turn>model\n$", re.DOTALL)


def hazards(text: str) -> list[str]:
    """What the text is unsafe for; a chat upstream's ``#say:`` directive (the reply it is to give)
    is not part of what a user asks, so it is not judged."""
    found = []
    lowered = text.split("#say:")[0].casefold()
    if "bomb" in lowered:
        found.append("weapons")
    if "idiots" in lowered:
        found.append("hate")
    if "ignore all previous instructions" in lowered:
        found.append("injection")
    return found


LG_CODES = {"weapons": "S9", "hate": "S10"}
SG_HARMS = {"weapons": "Dangerous Content", "hate": "Hate Speech"}
QWEN = {"weapons": "Violent", "hate": "Unethical Acts", "injection": "Jailbreak"}


@dataclass
class GuardEmulator:
    requests: list[dict] = field(default_factory=list)
    slow_s: float = 3.0
    latency_s: float = 0.0  # every answer, like a model's time to a verdict
    pause_s: float = 0.6  # GUARD-PAUSE: slower than usual, within a guard's timeout

    async def special(self, text: str) -> JSONResponse | None:
        text = text.split("#say:")[0]
        if self.latency_s:
            await asyncio.sleep(self.latency_s)
        if "GUARD-PAUSE" in text:
            await asyncio.sleep(self.pause_s)
        if "GUARD-SLOW" in text:
            await asyncio.sleep(self.slow_s)
        if "GUARD-DOWN" in text:
            return JSONResponse({"error": {"message": "engine dead"}}, status_code=500)
        return None


def _completion(text: str, top: dict[str, float] | None) -> dict:
    choice = {"index": 0, "text": text, "finish_reason": "stop",
              "logprobs": {"tokens": [text.split()[0] if text.split() else ""], "top_logprobs": [top]} if top else None}
    return {"id": "cmpl-guard", "object": "text_completion", "model": "guard", "choices": [choice]}


def _chat(text: str) -> dict:
    return {"id": "chat-guard", "object": "chat.completion", "model": "guard",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]}


def _bad(message: str) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": "BadRequestError"}}, status_code=400)


def build_app(emulator: GuardEmulator) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/completions")
    async def completions(request: Request):
        body = await request.json()
        emulator.requests.append(body)
        model, prompt = body.get("model", ""), body.get("prompt", "")
        if model.startswith("llama-guard"):
            header, footer = LG_HEADERS[model[:13]]
            match = LG_LAYOUT.search(prompt)
            if not (prompt.startswith(header) and prompt.endswith(footer) and match):
                return _bad("not a Llama Guard prompt")
            last = match.group("conv").split("\n\n")[-1]
            if not last.startswith(f"{match.group('role')}: ") or "S1: Violent Crimes." not in match.group("cats"):
                return _bad("the last turn is not the role asked about")
            text = last.split(": ", 1)[1]
            if (failure := await emulator.special(text)) is not None:
                return failure
            if "GUARD-GARBLE" in text:
                return _completion("I think this conversation is fine.", None)
            codes = [LG_CODES[h] for h in hazards(text) if h in LG_CODES]
            top = {"unsafe": math.log(0.93), "safe": math.log(0.07)} if codes else {"safe": math.log(0.98), "unsafe": math.log(0.02)}
            return _completion("unsafe\n" + ",".join(codes) if codes else "safe", top if body.get("logprobs") else None)
        if model.startswith("shieldgemma"):
            match = SG_LAYOUT.match(prompt)
            if not match or body.get("max_tokens") != 1:
                return _bad("not a ShieldGemma prompt")
            text = match.group("bot") if match.group("bot") is not None else match.group("user")
            if (failure := await emulator.special(text)) is not None:
                return failure
            flagged = match.group("harm") in {SG_HARMS[h] for h in hazards(text) if h in SG_HARMS}
            p = 0.91 if flagged else 0.03
            return _completion("Yes" if flagged else "No", {"Yes": math.log(p), "No": math.log(1 - p)})
        return _bad(f"unknown completion model {model}")

    @app.post("/v1/chat/completions")
    async def chat(request: Request):
        body = await request.json()
        emulator.requests.append(body)
        model, messages = body.get("model", ""), body.get("messages") or []
        text = messages[-1]["content"] if messages else ""
        if (failure := await emulator.special(text)) is not None:
            return failure
        if "GUARD-GARBLE" in text:
            return _chat("Sure! Here is a poem about safety.")
        found = hazards(text)
        if model.startswith("qwen3guard"):
            output = messages[-1]["role"] == "assistant"
            if output and messages[0]["role"] != "user":
                return _bad("a response is judged after the user's prompt")
            cats = [QWEN[h] for h in found if not (output and h == "injection")]
            verdict = f"Safety: {'Unsafe' if cats else 'Safe'}\nCategories: {', '.join(cats) or 'None'}"
            return _chat(verdict + ("\nRefusal: No" if output else ""))
        if model.startswith("gpt-oss-safeguard"):
            if messages[0]["role"] != "system" or '"violation"' not in messages[0]["content"]:
                return _bad("the policy goes in the system message")
            answer = {"violation": int(bool(found)), "policy_category": found[0] if found else None,
                      "confidence": "high"}
            return _chat(json.dumps(answer))
        return _bad(f"unknown chat model {model}")

    @app.post("/classify")
    async def classify(request: Request):
        body = await request.json()
        emulator.requests.append(body)
        inputs = body.get("input")
        if not isinstance(inputs, list):
            inputs = [inputs]
        data = []
        for i, text in enumerate(inputs):
            if (failure := await emulator.special(text)) is not None:
                return failure
            p = 0.998 if "injection" in hazards(text) else 0.004
            data.append({"index": i, "label": "MALICIOUS" if p > 0.5 else "BENIGN", "probs": [1 - p, p],
                         "num_classes": 2})
        return {"id": "classify-guard", "object": "list", "created": 0, "model": body.get("model"), "data": data,
                "usage": {"prompt_tokens": 1, "total_tokens": 1, "completion_tokens": 0}}

    return app


def serve_guards() -> tuple[GuardEmulator, ServerThread]:
    emulator = GuardEmulator()
    return emulator, ServerThread(build_app(emulator)).start()
