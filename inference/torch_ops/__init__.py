"""Pure-PyTorch implementations of the hot operations; `sluice.inference.ops` dispatches to them."""
