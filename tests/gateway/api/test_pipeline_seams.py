"""The pipeline's seams: every request is recorded once with its outcome, also when the client leaves
mid-stream (and then the upstream call stops); input and output stages run and can refuse."""

from __future__ import annotations

import time

import httpx
import openai
import pytest

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import SluiceError, Unavailable
from sluice.gateway.pipeline.stages import InputStage, OutputStage, Recorder
from sluice.gateway.pipeline.ungoverned import Ungoverned
from tests.support.recorders import ListRecorder


class UpperOutput(OutputStage):
    """Holds back one character, releases text upper-cased; refuses the word 'forbidden'."""

    def __init__(self):
        self.held = ""

    def feed(self, text):
        self.held += text
        if "FORBIDDEN" in self.held.upper():
            raise SluiceError(ErrorCode.CONTENT_BLOCKED, "the reply was blocked by policy")
        out, self.held = self.held[:-1], self.held[-1:]
        return out.upper()

    def finish(self):
        out, self.held = self.held, ""
        return out.upper()


class RedactInput(InputStage):
    async def run(self, rctx, body):
        messages = [dict(m, content=m["content"].replace("secret", "[redacted]")) for m in body["messages"]]
        return dict(body, messages=messages)


class TestGuardrails(Ungoverned):
    __test__ = False

    def input_stage(self, rctx):
        return RedactInput()

    def output_stage(self, rctx, choice_index, field="content"):
        return UpperOutput()


@pytest.fixture
def recorder(gateway):
    previous = gateway.ctx.recorder
    recorder = gateway.ctx.recorder = ListRecorder()
    yield recorder
    gateway.ctx.recorder = previous


@pytest.fixture
def guardrails(gateway):
    previous = gateway.ctx.guardrails
    gateway.ctx.guardrails = TestGuardrails()
    yield
    gateway.ctx.guardrails = previous


@pytest.fixture(scope="module")
def model(gateway, upstreams):
    name = gateway.model("seams")
    gateway.add_provider("seams-main", base_url=upstreams[0][1].url + "/v1", models=[name])
    return name


def user(text):
    return [{"role": "user", "content": text}]


def test_successful_request_is_recorded_with_provider_usage_and_timings(oai, model, emu, recorder, gateway):
    oai.chat.completions.create(model=model, messages=user("#say:hello world"))
    (rctx,) = recorder.records
    assert rctx.outcome == "ok" and rctx.status_code == 200 and not rctx.client_disconnected
    assert rctx.provider_name == f"seams-main-{gateway.tag}" and rctx.region == "eu-west-1"
    assert rctx.usage["completion_tokens"] == 2 and rctx.response_text == {0: "hello world"}
    assert rctx.key_id and rctx.tenant_id == gateway.tenant_id
    assert {"input", "route", "provider", "output", "record"} <= set(rctx.timings_ms)


def test_refused_request_is_recorded_with_its_error_code(oai, recorder):
    with pytest.raises(openai.NotFoundError):
        oai.chat.completions.create(model="nope", messages=user("hi"))
    (rctx,) = recorder.records
    assert rctx.outcome == "error" and rctx.error_code == "model_not_found" and rctx.status_code == 404


def test_failed_stream_is_recorded_once_with_the_failure(oai, model, emu, recorder):
    emu[0][0].config.fault = "reset"
    with pytest.raises(openai.APIError):
        list(oai.chat.completions.create(model=model, messages=user("#say:a b c d e"), stream=True))
    (rctx,) = recorder.records
    assert rctx.outcome == "error" and rctx.error_code == "upstream_unavailable"
    assert [a.outcome for a in rctx.attempts] == ["ok", "reset"]


def test_client_disconnect_mid_stream_stops_upstream_and_is_recorded(gateway, model, emu, recorder):
    emu[0][0].config.chunk_delay_s, emu[0][0].config.reply_words = 0.1, 200
    with httpx.Client(timeout=10) as client:
        with client.stream("POST", f"{gateway.base_url}/chat/completions",
                           headers={"authorization": f"Bearer {gateway.key}"},
                           json={"model": model, "messages": user("long please"), "stream": True}) as response:
            lines = response.iter_lines()
            assert next(lines).startswith("data: ")
    deadline = time.monotonic() + 5
    while (not recorder.records or not emu[0][0].state.streams_aborted) and time.monotonic() < deadline:
        time.sleep(0.05)
    (rctx,) = recorder.records
    assert rctx.client_disconnected and rctx.outcome == "client_disconnected"
    assert emu[0][0].state.streams_aborted == 1 and emu[0][0].state.streams_completed == 0


def test_client_disconnect_while_upstream_is_silent_is_noticed(gateway, model, emu, recorder):
    emu[0][0].config.fault, emu[0][0].config.hang_s = "hang_mid_stream", 30
    began = time.monotonic()
    with httpx.Client(timeout=10) as client:
        with client.stream("POST", f"{gateway.base_url}/chat/completions",
                           headers={"authorization": f"Bearer {gateway.key}"},
                           json={"model": model, "messages": user("#say:a b c d e"), "stream": True}) as response:
            lines = response.iter_lines()
            assert next(lines).startswith("data: ")
    while not recorder.records and time.monotonic() - began < 5:
        time.sleep(0.05)
    assert recorder.records and recorder.records[0].client_disconnected
    assert time.monotonic() - began < 5


def test_input_stage_rewrites_what_the_upstream_sees(oai, model, emu, guardrails):
    oai.chat.completions.create(model=model, messages=user("my secret is here"))
    assert emu[0][0].state.requests[-1]["messages"][0]["content"] == "my [redacted] is here"


def test_output_stage_transforms_whole_and_streamed_replies(oai, model, emu, guardrails):
    whole = oai.chat.completions.create(model=model, messages=user("#say:quiet words"))
    assert whole.choices[0].message.content == "QUIET WORDS"
    chunks = list(oai.chat.completions.create(model=model, messages=user("#say:quiet words"), stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "QUIET WORDS"


def test_output_stage_block_ends_the_stream_with_its_code(oai, model, emu, guardrails, recorder):
    received = ""
    with pytest.raises(openai.APIError) as caught:
        for chunk in oai.chat.completions.create(model=model, messages=user("#say:this is forbidden text"),
                                                 stream=True):
            received += (chunk.choices[0].delta.content or "") if chunk.choices else ""
    assert caught.value.code == "content_blocked"
    assert "FORBIDDEN" not in received and "forbidden" not in received
    assert recorder.records[0].error_code == "content_blocked"


def test_output_stage_block_refuses_a_whole_reply(oai, model, emu, guardrails):
    with pytest.raises(openai.BadRequestError) as caught:
        oai.chat.completions.create(model=model, messages=user("#say:forbidden"))
    assert caught.value.code == "content_blocked"


def test_logprobs_cannot_bypass_a_text_changing_output_stage(oai, model, emu, guardrails):
    whole = oai.chat.completions.create(model=model, messages=user("#say:quiet words"), logprobs=True)
    assert whole.choices[0].message.content == "QUIET WORDS" and whole.choices[0].logprobs is None
    chunks = list(oai.chat.completions.create(model=model, messages=user("#say:quiet words"), stream=True,
                                              logprobs=True))
    assert all(c.choices[0].logprobs is None for c in chunks if c.choices)


def test_client_that_gives_up_on_a_slow_reply_is_recorded_at_once(gateway, model, emu, recorder):
    emu[0][0].config.latency_s = 3.0
    began = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(f"{gateway.base_url}/chat/completions", headers={"authorization": f"Bearer {gateway.key}"},
                   json={"model": model, "messages": user("slow")}, timeout=0.5)
    while not recorder.records and time.monotonic() - began < 5:
        time.sleep(0.02)
    (rctx,) = recorder.records
    assert rctx.client_disconnected and rctx.outcome == "client_disconnected"
    assert time.monotonic() - began < 2.5  # not after the upstream's 3 s


class BrokenOutput(OutputStage):
    def feed(self, text):
        raise RuntimeError("scanner crashed")


class BrokenGuardrails(Ungoverned):
    def output_stage(self, rctx, choice_index, field="content"):
        return BrokenOutput()


def test_crashing_output_stage_fails_closed_and_is_recorded(gateway, oai, model, emu, recorder):
    previous = gateway.ctx.guardrails
    gateway.ctx.guardrails = BrokenGuardrails()
    try:
        received = ""
        with pytest.raises(openai.APIError) as caught:
            for chunk in oai.chat.completions.create(model=model, messages=user("#say:private words"), stream=True):
                received += (chunk.choices[0].delta.content or "") if chunk.choices else ""
        assert caught.value.code == "internal_error" and "private" not in received
        with pytest.raises(openai.InternalServerError):
            oai.chat.completions.create(model=model, messages=user("#say:private words"))
    finally:
        gateway.ctx.guardrails = previous
    assert [r.error_code for r in recorder.records] == ["internal_error", "internal_error"]


class DownRecorder(Recorder):
    """An audit log that cannot be written (the recorder's contract: raise ``audit_unavailable``)."""

    async def record_intent(self, rctx):
        raise Unavailable(ErrorCode.AUDIT_UNAVAILABLE, "The audit log cannot record requests right now.")

    async def record(self, rctx):
        raise Unavailable(ErrorCode.AUDIT_UNAVAILABLE, "The audit log cannot record requests right now.")


def test_a_failed_request_that_cannot_be_audited_is_answered_audit_unavailable(gateway, oai, model, emu):
    previous = gateway.ctx.recorder
    gateway.ctx.recorder = DownRecorder()
    emu[0][0].config.fault = "400"
    try:
        with pytest.raises(openai.APIStatusError) as caught:
            oai.chat.completions.create(model=model, messages=user("hello"))
    finally:
        gateway.ctx.recorder = previous
    assert caught.value.status_code == 503 and caught.value.code == "audit_unavailable"
