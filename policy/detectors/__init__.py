"""Built-in detectors. Importing this package registers them by name (see ``base.register_detector``)."""

from sluice.policy.detectors import pii  # noqa: F401
from sluice.policy.detectors.base import Detection, Detector, ScanContext, Span, create_detector, register_detector, registered_detectors

__all__ = ["Detection", "Detector", "ScanContext", "Span", "create_detector", "register_detector", "registered_detectors"]

from sluice.policy.detectors import content, guard_model, injection, moderation, refusal, topics, words  # noqa: E402,F401
