"""Search for the Indonesian edition.

Sphinx has no Indonesian search language and would fall back to English,
whose Porter stemmer cuts Indonesian words wrongly ("tulis" becomes "tuli")
and whose stop words are English. This one indexes whole words and drops
only Indonesian function words. Stemming is not needed: Sphinx's search also
matches inside indexed words, so "kirim" finds "mengirim" and "pengiriman".
"""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.search import SearchLanguage

# Words that carry no meaning a reader searches for; kept short on purpose, because a word
# on this list can never be found.
# fmt: off
STOP_WORDS = frozenset({
    "ada", "adalah", "agar", "akan", "atau", "bagi", "bahwa", "dalam", "dan", "dari", "dengan",
    "di", "hingga", "ini", "itu", "juga", "ke", "kepada", "maka", "oleh", "pada", "para",
    "saat", "sebagai", "serta", "sudah", "telah", "untuk", "yang",
})
# fmt: on


class SearchIndonesian(SearchLanguage):
    """Whole-word search without stemming, with Indonesian stop words."""

    lang = "id"
    language_name = "Indonesian"
    stopwords = STOP_WORDS


def setup_search(app: Sphinx) -> None:
    app.add_search_language(SearchIndonesian)
