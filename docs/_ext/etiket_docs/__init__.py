"""The handbook's Sphinx extensions, one feature per module.

conf.py loads them as one extension, ``etiket_docs``, whose :func:`setup` calls
each feature's own ``setup_<feature>(app)`` (the way sphinx-design sets up its
cards, tabs and the rest). CONTRIBUTING.md says what each module does.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict[str, Any]:
    # Imported here, not above: conf.py and tools/site_root.py import etiket_docs.editions,
    # which should not pull in every feature and the package's faces with it.
    import etiket
    from etiket_docs.assets import setup_assets
    from etiket_docs.assistant import setup_assistant
    from etiket_docs.bundles import setup_bundles
    from etiket_docs.content_policy import setup_content_policy
    from etiket_docs.copybutton import setup_copybutton
    from etiket_docs.editions import setup_editions
    from etiket_docs.emails import setup_emails
    from etiket_docs.freshness import setup_freshness
    from etiket_docs.head import setup_head
    from etiket_docs.markup import setup_markup
    from etiket_docs.minify import setup_minify
    from etiket_docs.planner import setup_planner
    from etiket_docs.rules import setup_rules
    from etiket_docs.script_strings import setup_script_strings
    from etiket_docs.search_id import setup_search
    from etiket_docs.sitemap import setup_sitemap
    from etiket_docs.stylesheets import setup_stylesheets
    from etiket_docs.worked_directive import setup_worked_examples

    # The order is the order handlers run in when they share an event and a priority.
    setup_editions(app)
    setup_script_strings(app)
    setup_copybutton(app)
    setup_search(app)
    setup_head(app)
    setup_markup(app)
    setup_assets(app)
    setup_stylesheets(app)
    setup_bundles(app)
    setup_minify(app)
    setup_sitemap(app)
    setup_freshness(app)
    setup_rules(app)
    setup_planner(app)
    setup_assistant(app)
    setup_emails(app)
    setup_worked_examples(app)
    setup_content_policy(app)
    return {"version": etiket.__version__, "parallel_read_safe": True, "parallel_write_safe": True}
