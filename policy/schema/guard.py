"""The guard model a guardrail may ask, and which engine a guardrail runs: its local classifier, the
guard model, or both (the higher score decides)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from sluice.policy.schema.common import StrictModel

Engine = Literal["local", "guard", "both"]
GuardFormatName = Literal["llama_guard_3", "llama_guard_4", "shieldgemma", "qwen3guard", "gpt_oss_safeguard",
                          "prompt_guard"]


class GuardModel(StrictModel):
    """A safety model served by one of the gateway's providers. Its score (0..1) is compared with the
    guardrail's ``threshold``."""

    format: GuardFormatName = Field(
        ..., description="The model family, which sets the prompt and how the answer is read: llama_guard_3, "
        "llama_guard_4, shieldgemma (raw completions with log-probabilities), qwen3guard, gpt_oss_safeguard "
        "(chat), prompt_guard (a /classify endpoint, e.g. vLLM serving Llama Prompt Guard 2).")
    model: str = Field(..., min_length=1, max_length=200, description="Model name, as the provider lists it.")
    provider: str | None = Field(None, min_length=1, max_length=100,
                                 description="Provider name; default: any enabled provider serving the model.")
    categories: list[str] = Field(
        default_factory=list, max_length=64,
        description="Categories acted on, by code or name (e.g. S1, `Violent Crimes`, `Hate Speech`, MALICIOUS); "
        "empty: all. Other categories are still reported as labels.")
    timeout_s: float = Field(5.0, gt=0, le=120, description="Time for one verdict (all requests it needs).")
    policy_text: str | None = Field(None, min_length=10, max_length=60_000,
                                    description="gpt_oss_safeguard: the policy the model applies (required).")
    labels: list[str] = Field(default_factory=list, max_length=32,
                              description="prompt_guard: the classifier's labels in output order; default "
                                          "[BENIGN, MALICIOUS] (Prompt Guard 2).")

    @model_validator(mode="after")
    def _format_needs(self) -> "GuardModel":
        if self.format == "gpt_oss_safeguard" and not self.policy_text:
            raise ValueError("gpt_oss_safeguard needs `policy_text`: the policy the model applies")
        if self.labels and self.format != "prompt_guard":
            raise ValueError("`labels` applies to the prompt_guard format only")
        return self


class GuardedEngine(StrictModel):
    """Fields of a guardrail that can ask a guard model."""

    engine: Engine = Field("local", description="local: the built-in classifier; guard: the guard model; both: "
                                                "both run and the higher score decides.")
    guard: GuardModel | None = Field(None, description="The guard model (required unless engine is local).")

    @model_validator(mode="after")
    def _guard_given(self) -> "GuardedEngine":
        if self.engine != "local" and self.guard is None:
            raise ValueError(f"engine {self.engine!r} needs a `guard` model")
        return self
