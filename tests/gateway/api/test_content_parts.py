"""Content parts of chat messages are checked by type: a malformed part is an `invalid_request`
naming its field, an unknown type is `unsupported_content_part`, both in the OpenAI error shape."""

from __future__ import annotations

import httpx
import pytest


@pytest.fixture(scope="module")
def model(gateway, upstreams):
    name = gateway.model("parts")
    gateway.add_provider("parts-main", base_url=upstreams[0][1].url + "/v1", models=[name])
    return name


def ask(http, model, *parts):
    return http.post("/chat/completions", json={"model": model, "messages": [
        {"role": "system", "content": "be brief"}, {"role": "user", "content": list(parts)}]})


def error_of(response: httpx.Response) -> dict:
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error" and isinstance(error["message"], str)
    return error


@pytest.mark.parametrize("part, param", [
    ({"type": "text", "text": 5}, "messages.1.content.1.text"),
    ({"type": "text", "text": {"nested": "object"}}, "messages.1.content.1.text"),
    ({"type": "text"}, "messages.1.content.1.text"),
    ({"type": "input_text", "text": ["a", "list"]}, "messages.1.content.1.text"),
    ({"type": "image_url", "image_url": "https://example.org/cat.png"}, "messages.1.content.1.image_url"),
    ({"type": "image_url", "image_url": {"detail": "low"}}, "messages.1.content.1.image_url.url"),
    ({"type": "image_url", "image_url": {"url": "https://example.org/a.png", "detail": "huge"}},
     "messages.1.content.1.image_url.detail"),
    ({"type": "input_audio", "input_audio": {"data": "UklGRg=="}}, "messages.1.content.1.input_audio.format"),
    ({"type": "input_audio", "input_audio": {"data": 12, "format": "wav"}}, "messages.1.content.1.input_audio.data"),
    ({"type": "file", "file": {"file_id": 7}}, "messages.1.content.1.file.file_id"),
])
def test_a_malformed_part_names_its_field(http, model, part, param):
    error = error_of(ask(http, model, {"type": "text", "text": "hello"}, part))
    assert error["code"] == "invalid_request" and error["param"] == param


@pytest.mark.parametrize("part", [{"type": "video", "video": {"url": "x"}}, {"type": "TEXT", "text": "hi"},
                                  {"type": "", "text": "hi"}])
def test_an_unknown_part_type_is_unsupported(http, model, part):
    error = error_of(ask(http, model, part))
    assert error["code"] == "unsupported_content_part" and error["param"] == "messages.1.content.0.type"
    assert part["type"] == "" or part["type"] not in error["message"]  # the caller's value is not echoed


def test_text_and_input_text_parts_reach_the_model_as_text(http, model, emu):
    response = ask(http, model, {"type": "input_text", "text": "#say:both"}, {"type": "text", "text": "parts"})
    assert response.status_code == 200, response.text
    assert response.json()["choices"][0]["message"]["content"] == "both parts"
    sent = emu[0][0].state.requests[-1]["messages"][1]["content"]
    assert [part["type"] for part in sent] == ["text", "text"]


def test_well_formed_media_parts_are_accepted(http, model, emu):
    response = ask(http, model, {"type": "text", "text": "#say:seen"},
                   {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo=", "detail": "low"}},
                   {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}})
    assert response.status_code == 200, response.text
