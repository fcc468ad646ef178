"""The soak's emulated OpenAI upstream: tests/support/emulator.py with a random error rate.

    python bench/soak_upstream.py --port 9100 [--latency-ms 30] [--chunk-delay-ms 2] [--error-rate 0]

``POST /_emulator/config`` changes ``latency_s``, ``chunk_delay_s`` and ``error_rate`` (0..1: that
share of requests answers HTTP 500) while it runs.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))  # last: shadows no installed package

from tests.support.emulator import Emulator, EmulatorConfig  # noqa: E402


@dataclass
class SoakConfig(EmulatorConfig):
    error_rate: float = 0.0


class SoakEmulator(Emulator):
    def next_fault(self) -> str | None:
        if self.config.error_rate and random.random() < self.config.error_rate:
            return "500"
        return super().next_fault()


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--latency-ms", type=float, default=30.0)
    parser.add_argument("--chunk-delay-ms", type=float, default=2.0)
    parser.add_argument("--error-rate", type=float, default=0.0)
    parser.add_argument("--model", default="emu-model")
    args = parser.parse_args()
    config = SoakConfig(latency_s=args.latency_ms / 1000, chunk_delay_s=args.chunk_delay_ms / 1000,
                        models=[args.model], error_rate=args.error_rate)
    uvicorn.run(SoakEmulator(config).app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
