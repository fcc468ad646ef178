"""Data files shipped with the policy library (attack patterns, trained classifier heads)."""
