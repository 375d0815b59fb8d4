"""The two editions of the handbook and where their pages live.

One conf.py serves both editions: the edition is the name of the source folder
(docs/en, docs/id), one per language of the package (``etiket.language.LANGUAGES``).
This module sets the edition's language, title and copyright, reloads the interface
translations for it, and tells what each edition shows of itself (:func:`edition`:
its words are in :mod:`etiket_docs.interface_words`) and, for any
page, where the same page is in every edition, both relative to the page (so
links work from file:// and on any host) and, when the site's published
address is configured, as an absolute URL (for hreflang alternates, Open
Graph and sitemaps). Without one, the build writes no absolute address.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from babel import Locale
from babel.core import get_global
from sphinx import locale
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError

from etiket.language import LANGUAGES
from etiket_docs.interface_words import rule_values, word

_FALSE = {"", "0", "false", "no", "off"}

# The priority of choose_edition on config-inited: early, since the other features read the
# language it sets. Those that need it connect after this one (a larger number).
CHOOSE_EDITION = 100

EDITIONS: tuple[str, ...] = tuple(LANGUAGES)
"""The editions, one per language the package speaks; the first is the site's default."""


@dataclass(frozen=True)
class Edition:
    """What an edition shows of itself, each in the edition's own language."""

    lang: str
    # The language's name ("Bahasa Indonesia") and the code the language switch shows ("ID").
    name: str
    short: str
    # The link to this edition that the other editions show.
    read_in: str
    title: str
    description: str
    copyright: str
    # Open Graph's locale, language and region ("id_ID").
    og_locale: str


def edition(lang: str) -> Edition:
    """The edition ``lang``; its words come from the handbook's catalogue."""
    return Edition(
        lang=lang,
        name=LANGUAGES[lang],
        short=lang.upper(),
        read_in=word("edition.read-in", lang),
        title=word("edition.title", lang),
        description=word("edition.description", lang, **rule_values(lang)),
        copyright=word("edition.copyright", lang),
        og_locale=_og_locale(lang),
    )


def _og_locale(lang: str) -> str:
    # The region a language is most often written in, from Babel's CLDR data ("id_Latn_ID").
    likely = Locale.parse(get_global("likely_subtags")[lang])
    return f"{likely.language}_{likely.territory}"


@dataclass(frozen=True)
class EditionPage(Edition):
    """One page as it exists in one edition."""

    href: str
    # None when the build has no published address (ETIKET_SITE_URL unset).
    url: str | None
    current: bool


def site_url(config: Config) -> str | None:
    """The published address of the site's root, ending in a slash; None if not configured."""
    return published_address(str(config.etiket_site_url or ""))


def published_address(url: str) -> str | None:
    """``url`` checked and ending in a slash; None if blank (the site has no address)."""
    url = url.strip()
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ConfigError(
            f"etiket_site_url (or the ETIKET_SITE_URL environment variable) is {url!r}; "
            "it must be an absolute http(s) address such as https://example.github.io/etiket/"
        )
    return f"{url.rstrip('/')}/"


def edition_of_running_build() -> str | None:
    """The name of the source folder of the Sphinx application that is reading conf.py.

    conf.py must set ``language`` itself: Sphinx loads its translations right after
    reading conf.py, before any event, and the Python domain translates its field labels
    ("Parameters", "Return type") once, when Sphinx imports it, with those translations.
    The application is the caller that reads conf.py, so it is found on the call stack;
    None when conf.py is imported outside a build.
    """
    frame = inspect.currentframe()
    while frame is not None:
        caller = frame.f_locals.get("self")
        if isinstance(caller, Sphinx):
            return Path(caller.srcdir).name
        frame = frame.f_back
    return None


def choose_edition(app: Sphinx, config: Config) -> None:
    """Set the language and per-edition values from the source folder's name."""
    lang = Path(app.srcdir).name
    if lang not in EDITIONS:
        raise ConfigError(
            f"the source folder {app.srcdir} is not an edition of the handbook: its name must "
            f"be one of {', '.join(EDITIONS)} (build docs/en or docs/id)"
        )
    if config.language != lang:
        # conf.py could not tell (see edition_of_running_build): the labels translated
        # on import stay in the language Sphinx started with; everything else follows.
        config.language = lang
        _reload_translations(app)
    texts = edition(lang)
    config.html_title = texts.title
    config.copyright = texts.copyright
    root = site_url(config)
    # Sphinx writes a canonical link only when html_baseurl is set.
    config.html_baseurl = f"{root}{lang}/" if root else ""


def _reload_translations(app: Sphinx) -> None:
    # Sphinx loads its translations before conf.py's values are final, so for the default
    # language, not the edition's: load them again now. Dropping the loaded catalogue first
    # also keeps a second build in the same process from inheriting the first one's language.
    locale.translators.pop(("general", "sphinx"), None)
    app._init_i18n()


def has_page(app: Sphinx, lang: str, pagename: str) -> bool:
    """Whether the edition `lang` has the page `pagename` (pages Sphinx generates included)."""
    if lang == app.config.language or pagename not in app.env.found_docs:
        return True
    source = Path(app.srcdir).parent / lang
    return any((source / f"{pagename}{suffix}").is_file() for suffix in app.config.source_suffix)


def edition_pages(app: Sphinx, pagename: str) -> list[EditionPage]:
    """The page `pagename` in every edition; an edition without it offers its home page."""
    config = app.config
    root = site_url(config)
    up = "../" * (pagename.count("/") + 1)
    pages = []
    for lang in EDITIONS:
        name = pagename if has_page(app, lang, pagename) else config.root_doc
        target = app.builder.get_target_uri(name)
        pages.append(
            EditionPage(
                **vars(edition(lang)),
                href=f"{up}{lang}/{target}",
                url=f"{root}{lang}/{target}" if root else None,
                current=lang == config.language,
            )
        )
    return pages


def is_noindex(app: Sphinx, pagename: str) -> bool:
    """Whether the page's front matter says ``noindex: true`` (the 404 page does)."""
    value = app.env.metadata.get(pagename, {}).get("noindex", False)
    return str(value).strip().lower() not in _FALSE


def setup_editions(app: Sphinx) -> None:
    app.add_config_value("etiket_site_url", "", "env", types=[str])
    app.connect("config-inited", choose_edition, priority=CHOOSE_EDITION)
