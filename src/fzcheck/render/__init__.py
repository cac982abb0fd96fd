"""Renderers: turn check reports, documents and checklists into text for people or machines."""
