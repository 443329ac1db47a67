"""Spec-to-client pipeline: load, normalize, overlay, generate."""
