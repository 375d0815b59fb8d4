"""tools/pages_host.py answers as GitHub Pages does: gzip when asked, its cache header, 404.html.

A small site is written into a temporary folder and served; the answers are read with the
standard library's HTTP client, which (unlike a browser) shows the bytes as they came.
"""

from __future__ import annotations

import gzip
import http.client
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tools.pages_host import CACHE_CONTROL, PagesHandler, accepts_gzip, serving

PAGE = "<!doctype html><title>page</title><p>" + "words " * 200
MISSING = "<!doctype html><title>missing</title>"
ICON = bytes(range(256))


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("site")
    (site / "en").mkdir()
    (site / "en" / "index.html").write_text(PAGE, encoding="utf-8")
    (site / "404.html").write_text(MISSING, encoding="utf-8")
    (site / "favicon.png").write_bytes(ICON)
    with serving(partial(PagesHandler, directory=str(site), prefix="/etiket/")) as address:
        yield address


def get(origin: str, path: str, encoding: str = "") -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(origin)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": encoding})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_text_is_gzipped_for_a_browser_that_accepts_it(origin: str) -> None:
    status, headers, body = get(origin, "/etiket/en/index.html", "gzip, br")
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Cache-Control"] == CACHE_CONTROL
    assert headers["Vary"] == "Accept-Encoding"
    assert gzip.decompress(body).decode("utf-8") == PAGE
    assert int(headers["Content-Length"]) == len(body) < len(PAGE.encode("utf-8"))


def test_text_comes_as_it_is_to_a_client_that_does_not_accept_gzip(origin: str) -> None:
    status, headers, body = get(origin, "/etiket/en/index.html", "gzip;q=0")
    assert status == 200
    assert "Content-Encoding" not in headers
    assert body.decode("utf-8") == PAGE


def test_an_image_is_sent_as_it_is(origin: str) -> None:
    status, headers, body = get(origin, "/etiket/favicon.png", "gzip")
    assert (status, headers["Content-Type"], body) == (200, "image/png", ICON)
    assert "Content-Encoding" not in headers


def test_a_folder_without_its_slash_moves_to_the_one_with_it(origin: str) -> None:
    status, headers, _ = get(origin, "/etiket/en")
    assert (status, headers["Location"]) == (301, "/etiket/en/")
    status, _, body = get(origin, "/etiket/en/")
    assert (status, body.decode("utf-8")) == (200, PAGE)


@pytest.mark.parametrize("path", ["/etiket/nowhere.html", "/en/index.html", "/"])
def test_a_missing_address_gets_the_sites_404_page(origin: str, path: str) -> None:
    # Outside the site's path nothing is found, not even the site's own files.
    status, headers, body = get(origin, path)
    assert (status, body.decode("utf-8")) == (404, MISSING)
    assert headers["Cache-Control"] == CACHE_CONTROL


@pytest.mark.parametrize(
    ("header", "accepted"),
    [
        ("gzip", True),
        ("deflate, gzip;q=0.5", True),
        ("*", True),
        ("GZIP", True),
        ("gzip;q=0", False),
        ("br", False),
        ("", False),
        ("gzip;q=nonsense", False),
    ],
)
def test_accept_encoding_is_read_with_its_quality_values(header: str, accepted: bool) -> None:
    assert accepts_gzip(header) is accepted


def test_without_a_prefix_the_site_is_at_the_root(tmp_path: Path) -> None:
    (tmp_path / "404.html").write_text(MISSING, encoding="utf-8")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    with serving(partial(PagesHandler, directory=str(tmp_path))) as address:
        status, headers, body = get(address, "/a.txt")
    assert (status, headers["Content-Type"], body) == (200, "text/plain; charset=utf-8", b"a")
