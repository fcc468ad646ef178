"""The policy form covers every guardrail of the policy JSON Schema: plain settings, denied topics
and per-entity PII rules, and the schema itself can be downloaded from the page."""

from __future__ import annotations

import html
import json
import re
import secrets

import yaml

from sluice.gateway.console.policy_fields import settings
from sluice.policy.loader import json_schema

FIELD = re.compile(r'name="([^"]+)"')


def _new_policy(author) -> str:
    response = author.post("/console/policies", {"name": f"Form {secrets.token_hex(3)}", "tenant": "acme"})
    assert response.status_code == 303, response.text
    return response.headers["location"].split("?")[0]


def _draft(author, url: str) -> dict:
    page = author.get(url).text
    source = re.search(r'<textarea[^>]*name="source"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    return yaml.safe_load(html.unescape(source))


def _form_of(author, url: str) -> dict[str, str]:
    """The settings form as the page fills it in (every field, with its current value)."""
    page = author.get(url).text
    form_html = page[page.index('action="' + url.replace("http://testserver", "") + '/settings"'):]
    form_html = form_html[:form_html.index("</form>")]
    values: dict[str, str] = {}
    for attrs in re.findall(r"<input\b([^>]*)>", form_html):
        name = FIELD.search(attrs)
        if name is None or ('type="checkbox"' in attrs and " checked" not in attrs):
            continue
        value = re.search(r'value="([^"]*)"', attrs)
        values[name.group(1)] = "on" if 'type="checkbox"' in attrs else html.unescape(value.group(1) if value else "")
    for name, body in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', form_html, re.S):
        values[name] = html.unescape(body)
    for name, body in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', form_html, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected>', body)
        values[name] = chosen.group(1) if chosen else ""
    return values


def _guardrail_paths() -> set[str]:
    """``input.pii``, ``output.refusal``, ... : every guardrail the schema defines."""
    schema = json_schema()
    found = set()
    for section in ("input", "output"):
        ref = schema["properties"][section]["$ref"].rsplit("/", 1)[1]
        props = schema["$defs"][ref]["properties"]
        # guardrails are objects with their own settings; a plain value (output.max_held_chars) is not one
        found |= {f"{section}.{name}" for name, prop in props.items() if "$ref" in prop or "properties" in prop}
    return found


def test_every_guardrail_of_the_schema_has_its_fields_on_the_page(signed_in):
    author = signed_in("policy_author")
    page = author.get(_new_policy(author)).text
    for guardrail in _guardrail_paths():
        assert f'name="{guardrail}.enabled"' in page, guardrail
        assert f'name="{guardrail}.action"' in page, guardrail
        assert f'name="{guardrail}.threshold"' in page, guardrail
    for setting in settings():
        assert f'name="{setting.path}"' in page, setting.path
    assert 'name="input.topics.topics.0.name"' in page and 'name="input.pii.entities.0.entity"' in page
    assert 'name="output.pii.entities.0.action"' in page
    assert 'name="input.content.categories.0.category"' in page and 'name="output.content.categories.0.threshold"' in page


def test_denied_topics_and_entity_actions_are_saved_from_their_rows(signed_in):
    author = signed_in("policy_author")
    url = _new_policy(author)
    form = _form_of(author, url)
    entity_rows = sum(1 for k in form if k.startswith("input.pii.entities.") and k.endswith(".entity"))
    form.update({
        "input.topics.enabled": "on",
        "input.topics.topics.0.name": "legal_advice",
        "input.topics.topics.0.description": "Requests for legal advice about a specific case",
        "input.topics.topics.0.examples": "Can I sue my landlord?\nIs this contract enforceable?",
        "input.topics.topics.0.threshold": "0.5",
        f"input.pii.entities.{entity_rows - 2}.entity": "IBAN_CODE",
        f"input.pii.entities.{entity_rows - 2}.action": "block",
        "input.injection.roles": "user, tool",
        "output.words.patterns": r"\bproject[- ]x\b",
        "csrf_token": author.csrf,
    })
    response = author.post(f"{url}/settings", form)
    assert response.status_code == 303, re.findall(r'class="field-error"[^>]*>([^<]+)', response.text)
    draft = _draft(author, url)
    assert draft["input"]["topics"]["topics"] == [{
        "name": "legal_advice", "description": "Requests for legal advice about a specific case",
        "examples": ["Can I sue my landlord?", "Is this contract enforceable?"], "threshold": 0.5}]
    assert draft["input"]["pii"]["entities"]["IBAN_CODE"]["action"] == "block"
    assert draft["input"]["injection"]["roles"] == ["user", "tool"]
    assert draft["output"]["words"]["patterns"] == [r"\bproject[- ]x\b"]


def test_content_categories_are_saved_from_their_rows(signed_in):
    author = signed_in("policy_author")
    url = _new_policy(author)
    form = _form_of(author, url)
    rows = sorted(int(k.split(".")[3]) for k in form if k.startswith("input.content.categories.") and k.endswith(".category"))
    shown = {form[f"input.content.categories.{r}.category"]: r for r in rows}
    form.update({
        "input.content.classifier": "moderation",
        f"input.content.categories.{shown['illicit/violent']}.threshold": "0.55",
        f"input.content.categories.{rows[-1]}.category": "violence/graphic",
        f"input.content.categories.{rows[-1]}.action": "block",
        "csrf_token": author.csrf,
    })
    response = author.post(f"{url}/settings", form)
    assert response.status_code == 303, re.findall(r'class="field-error"[^>]*>([^<]+)', response.text)
    categories = _draft(author, url)["input"]["content"]["categories"]
    assert categories["illicit/violent"] == {"threshold": 0.55, "action": "block"}
    assert categories["violence/graphic"] == {"action": "block"}


def test_clearing_a_row_removes_the_topic_and_unticking_turns_a_guardrail_off(signed_in):
    author = signed_in("policy_author")
    url = _new_policy(author)
    form = _form_of(author, url)
    form.update({"input.topics.topics.0.name": "medical", "input.topics.topics.0.description": "Medical advice",
                 "csrf_token": author.csrf})
    assert author.post(f"{url}/settings", form).status_code == 303
    form = _form_of(author, url)
    assert form["input.topics.topics.0.name"] == "medical"
    form.update({"input.topics.topics.0.name": "", "input.topics.topics.0.description": "",
                 "csrf_token": author.csrf})
    form.pop("input.content.enabled", None)  # unticked
    assert author.post(f"{url}/settings", form).status_code == 303
    draft = _draft(author, url)
    assert draft["input"]["topics"].get("topics", []) == []
    assert draft["input"]["content"]["enabled"] is False


def test_row_mistakes_are_shown_beside_the_row_and_nothing_is_saved(signed_in):
    author = signed_in("policy_author")
    url = _new_policy(author)
    form = _form_of(author, url)
    form.update({"input.topics.topics.0.name": "no-description", "input.topics.topics.0.threshold": "2",
                 "input.injection.roles": "user, robot", "csrf_token": author.csrf})
    response = author.post(f"{url}/settings", form)
    assert response.status_code == 400
    assert "Description is required." in response.text
    assert "Threshold must be between 0 and 1." in response.text
    assert "robot is not one of system, user, assistant, tool" in response.text
    assert 'value="no-description"' in response.text  # what was typed is kept
    assert "no-description" not in json.dumps(_draft(author, url))


def test_the_policy_json_schema_downloads_from_the_console(signed_in):
    viewer = signed_in("viewer")
    assert 'href="/console/policies/schema.json"' in viewer.get("/console/policies").text
    response = viewer.get("/console/policies/schema.json")
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="policy.schema.json"'
    assert response.json()["$id"] == json_schema()["$id"]
    assert "DeniedTopic" in response.json()["$defs"]
