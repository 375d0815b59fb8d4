"""Sphinx extensions of the etiket handbook: rules rendered from the package, never retyped."""
