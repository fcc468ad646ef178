"""A C2SP tlog-witness: the wire format (``protocol``), the witness (``witness``), its HTTP server (``http``)."""
