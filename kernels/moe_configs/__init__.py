"""Tuned fused-MoE block sizes, one JSON table per (experts, width, dtype); see kernels.moe_config.

A package so that the tables ship with the wheel (package data ``*.json``).
"""
