"""``python -m etiket``: the command line (see ``etiket.cli``)."""

from __future__ import annotations

from etiket.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
