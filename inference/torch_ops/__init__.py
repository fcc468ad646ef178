"""Pure-PyTorch implementations of the hot operations; `inference.ops` dispatches to them."""
