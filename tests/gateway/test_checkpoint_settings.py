"""Checkpoint sinks and the witness quorum are checked when the gateway is built."""

from __future__ import annotations

import pytest

from sluice.gateway.bootstrap import build_services
from tests.conftest import make_settings


def test_an_unusable_sink_or_an_unreachable_quorum_stops_the_start_up(tmp_path):
    url = f"sqlite:///{tmp_path / 's.db'}"
    with pytest.raises(ValueError, match="SLUICE_AUDIT_SINKS: unknown checkpoint sink 'ftp'"):
        build_services(make_settings(database_url=url, data_dir=tmp_path, audit_sinks=["ftp://x/y"]))
    with pytest.raises(ValueError, match="SLUICE_AUDIT_WITNESS_QUORUM is 1 but only 0 witness sinks"):
        build_services(make_settings(database_url=url, data_dir=tmp_path, audit_sinks=[f"file://{tmp_path}/cp"],
                                     audit_witness_quorum=1))
