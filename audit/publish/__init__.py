"""Checkpoints that leave the database: sinks (``sinks``), and the cadence that signs checkpoints and
publishes them (``checkpointer``)."""
