"""Maintenance tools of the handbook: they check the docs, never ship with the package."""
