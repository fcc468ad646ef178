"""DeepSeek-V4 (sliding / compressed sparse / heavily compressed attention, mHC, hash MoE)."""
