"""A checkpoint's `generation_config.json` gives the sampling a request leaves out: the offline `LLM` and
`/v1` (through the built-in engine, with the openai client) both use it, a request's own settings win, and a
malformed file is refused with the field named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openai
import pytest

from sluice.inference.errors import ConfigError
from sluice.inference.generation_config import sampling_defaults
from tests.conftest import make_settings
from tests.support.builtin_gateway import builtin_harness

torch = pytest.importorskip("torch")
DEMO = Path(__file__).resolve().parents[2] / "inference" / "demo_model"


def _write(path: Path, body) -> Path:
    (path / "generation_config.json").write_text(body if isinstance(body, str) else json.dumps(body))
    return path


def test_defaults_come_from_the_file_and_do_sample_false_means_greedy(tmp_path):
    assert sampling_defaults(tmp_path) == {}
    _write(tmp_path, {"do_sample": True, "temperature": 0.6, "top_p": 0.95, "top_k": 40, "bos_token_id": 0})
    assert sampling_defaults(tmp_path) == {"temperature": 0.6, "top_p": 0.95, "top_k": 40}
    _write(tmp_path, {"do_sample": False, "temperature": 0.6})
    assert sampling_defaults(tmp_path) == {"temperature": 0.0}


@pytest.mark.parametrize("body, named", [
    ({"temperature": 3}, "temperature"), ({"top_p": -0.1}, "top_p"), ({"temperature": "hot"}, "temperature"),
    ({"top_k": 0}, "top_k"), ({"top_k": 2.5}, "top_k"), ("{not json", "not readable JSON"), ("[1]", "JSON object"),
])
def test_a_malformed_file_is_refused_with_the_field_named(tmp_path, body, named):
    _write(tmp_path, body)
    with pytest.raises(ConfigError, match=named):
        sampling_defaults(tmp_path)


@pytest.fixture(scope="module")
def greedy_demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("models") / "sluice-demo"
    shutil.copytree(DEMO, path)
    return _write(path, {"do_sample": False})


def test_offline_llm_without_params_uses_the_checkpoint_sampling(greedy_demo):
    from sluice.inference import LLM, SamplingParams

    torch.set_num_threads(1)
    llm = LLM(greedy_demo, dtype="float32", load_progress=False)
    assert llm.get_default_sampling_params().temperature == 0.0
    prompt = llm.tokenizer.encode_chat([{"role": "user", "content": "What is the capital of Kenya?"}], thinking=False)
    greedy = llm.generate([prompt], SamplingParams(temperature=0, max_tokens=16))[0].outputs[0].text
    defaults = [out.outputs[0].text for out in llm.generate([prompt] * 3)]
    assert defaults == [greedy] * 3


class _Recorder:
    """The real engine, recording the sampling settings each request reaches it with."""

    def __init__(self, engine):
        self.engine, self.params = engine, []

    def __getattr__(self, name):
        return getattr(self.engine, name)

    def generate(self, prompt, params, *args, **kwargs):
        self.params.append(params)
        return self.engine.generate(prompt, params, *args, **kwargs)


def test_v1_requests_without_sampling_settings_get_the_checkpoints_and_their_own_settings_win(tmp_path, sqlite_url):
    path = tmp_path / "sluice-demo"
    shutil.copytree(DEMO, path)
    _write(path, {"do_sample": True, "temperature": 0.3, "top_p": 0.9, "top_k": 20})
    with builtin_harness(path, sqlite_url, make_settings, served_name="sluice-demo", model="demo") as harness:
        client = openai.OpenAI(base_url=harness.base_url, api_key=harness.key, max_retries=0, timeout=120)
        holder = harness.ctx.engine_holder
        real = holder.engine
        holder.engine = recorder = _Recorder(real)
        try:
            ask = [{"role": "user", "content": "What is the capital of Kenya?"}]
            client.chat.completions.create(model=harness.model("demo"), messages=ask, max_tokens=4)
            client.chat.completions.create(model=harness.model("demo"), messages=ask, max_tokens=4,
                                           temperature=1.2, top_p=0.5)
            stream = client.chat.completions.create(model=harness.model("demo"), messages=ask, max_tokens=4,
                                                    stream=True, temperature=0)
            assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
        finally:
            holder.engine = real
    first, second, third = recorder.params
    assert (first.temperature, first.top_p, first.top_k) == (0.3, 0.9, 20)
    assert (second.temperature, second.top_p, second.top_k) == (1.2, 0.5, 20)
    assert third.temperature == 0 and third.top_p == 0.9


def test_the_shipped_demo_recommends_the_sampling_its_training_script_writes():
    import sys

    root = str(DEMO.parents[1])
    if root not in sys.path:
        sys.path.append(root)
    from scripts.train_demo import SAMPLING

    assert sampling_defaults(DEMO) == {"temperature": SAMPLING["temperature"], "top_p": SAMPLING["top_p"]}
    assert SAMPLING["temperature"] < 1.0
