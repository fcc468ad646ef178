"""Policy regular expressions on a linear-time engine (RE2), with the hold-back query streaming
scanners need. See :mod:`sluice.policy.linear.pattern`."""

from sluice.policy.linear.pattern import LinearPattern, check_pattern, compile_pattern, hold_pattern
from sluice.policy.linear.syntax import UnsupportedPattern

__all__ = ["LinearPattern", "UnsupportedPattern", "check_pattern", "compile_pattern", "hold_pattern"]
