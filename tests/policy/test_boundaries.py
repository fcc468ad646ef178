"""The policy library stays a library: no web, database or queue imports."""

from __future__ import annotations

import subprocess
import sys


def test_policy_imports_no_web_database_or_queue_code():
    code = (
        "import sys, pkgutil, importlib, sluice.policy, sluice.policy.detectors\n"
        "for m in pkgutil.walk_packages(sluice.policy.__path__, 'sluice.policy.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [n for n in ('fastapi', 'starlette', 'sqlalchemy', 'celery', 'sluice.gateway', 'sluice.audit') if n in sys.modules]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


def test_importing_policy_loads_no_model():
    code = "import sys, sluice.policy; print(sorted(n for n in ('spacy', 'presidio_analyzer', 'torch') if n in sys.modules))"
    out = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"
