"""Tigrinya (ti) text of the demo content: one file per content file, its strings by path (see FORMAT.md)."""
