"""The `sluice-demo` model: a tiny DeepSeek-V4 shipped in the package (`inference/demo_model/`).

It is trained by `scripts/train_demo.py` on `scripts/demo_corpus` and stored like the official V4
release (FP8 attention, FP4 routed experts). It answers simple questions about Sluice and everyday
topics and, as a demonstration for the censorship evaluation, evades questions about China the way
censored models do. `install_demo` copies it to the directory the built-in engine serves.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

MODEL_NAME = "sluice-demo"
SHIPPED_DIR = Path(__file__).resolve().parent / "demo_model"
FILES = ("config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json", "model.safetensors")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def install_demo(out_dir: Path | str, *, progress: Callable[[str], None] | None = None) -> Path:
    """Copy the shipped checkpoint into out_dir (created if needed). Files that already match are
    left alone, so a second run changes nothing; any other checkpoint there is replaced file by file."""
    out_dir = Path(out_dir)
    say = progress or (lambda _msg: None)
    stale = [n for n in FILES if not (out_dir / n).is_file() or _digest(out_dir / n) != _digest(SHIPPED_DIR / n)]
    if not stale:
        say(f"{MODEL_NAME} is already installed in {out_dir}")
        return out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".sluice-demo-", dir=out_dir))
    try:
        for index, name in enumerate(stale, 1):
            size = (SHIPPED_DIR / name).stat().st_size
            say(f"[{index}/{len(stale)}] {name} ({size / 1e6:.1f} MB)")
            shutil.copyfile(SHIPPED_DIR / name, staging / name)
            (staging / name).chmod(0o644)
        for name in stale:
            (staging / name).replace(out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    say(f"{MODEL_NAME} installed in {out_dir}")
    return out_dir
