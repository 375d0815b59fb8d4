"""The built site served as GitHub Pages serves it, on this machine.

``PagesHandler`` answers like GitHub Pages: the site under a path (a project page lives under
``/<repo>/``), the site's root ``404.html`` for any missing address, text gzipped for a
browser that accepts it, GitHub Pages' content types and its ``Cache-Control: max-age=600``.
``serving`` runs a handler on a free port of 127.0.0.1 for as long as a ``with`` block lasts.
The browser tests, Lighthouse's among them, and benchmarks/lighthouse.py serve the site so.
"""

from __future__ import annotations

import email.utils
import gzip
import io
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

HOST = "127.0.0.1"

# What GitHub Pages answers with, for the kinds of file the site has: text in UTF-8 says so.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".mjs": "application/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".map": "application/json; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml",
    ".svg": "image/svg+xml",
    ".ics": "text/calendar; charset=utf-8",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".inv": "application/octet-stream",
}
# Types GitHub Pages' CDN sends gzipped to a browser that accepts it; images and fonts
# other than SVG are compressed already.
COMPRESSED_TYPES = (
    "text/",
    "application/javascript",
    "application/json",
    "application/xml",
    "image/svg+xml",
)
# GitHub Pages lets browsers and proxies keep any file for ten minutes.
CACHE_CONTROL = "max-age=600"


def accepts_gzip(accept_encoding: str) -> bool:
    """Whether an Accept-Encoding header allows gzip ("gzip, br", not "gzip;q=0")."""
    for entry in accept_encoding.split(","):
        name, _, parameters = entry.strip().partition(";")
        if name.strip().lower() not in {"gzip", "*"}:
            continue
        quality = parameters.strip().lower().removeprefix("q=")
        try:
            return quality == "" or float(quality) > 0
        except ValueError:
            return False
    return False


class PagesHandler(SimpleHTTPRequestHandler):
    """A static host like GitHub Pages.

    The site is served under ``prefix`` (a project page lives under ``/<repo>/``), a missing
    address gets the site's root ``404.html``, text is gzipped for a browser that accepts it,
    and every answer carries GitHub Pages' content types and cache header.
    """

    def __init__(self, *args: Any, prefix: str = "/", **kwargs: Any) -> None:
        self.prefix = prefix
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        # Outside the prefix nothing is found; inside, the path is the site's.
        path = unquote(urlsplit(path).path)
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / ".outside-the-site")
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_head(self) -> io.BytesIO | None:
        target = Path(self.translate_path(self.path))
        if target.is_dir():
            address = urlsplit(self.path)
            if not address.path.endswith("/"):
                # A folder's address without its slash moves to the one with it.
                self.send_response(301)
                self.send_header("Location", address._replace(path=address.path + "/").geturl())
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            target /= "index.html"
        if not target.is_file():
            self.send_error(404)
            return None
        return self._send_file(200, target)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = self._send_file(404, page)
        if self.command != "HEAD":
            self.wfile.write(body.getvalue())

    def _send_file(self, status: int, path: Path) -> io.BytesIO:
        body = path.read_bytes()
        content_type = CONTENT_TYPES.get(path.suffix.lower(), "application/octet-stream")
        compressible = content_type.startswith(COMPRESSED_TYPES)
        gzipped = compressible and accepts_gzip(self.headers.get("Accept-Encoding", ""))
        if gzipped:
            # mtime=0: the same file always compresses to the same bytes, as a CDN's would.
            body = gzip.compress(body, mtime=0)
        self.send_response(status)
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if compressible:
            self.send_header("Vary", "Accept-Encoding")
        modified = email.utils.formatdate(path.stat().st_mtime, usegmt=True)
        self.send_header("Last-Modified", modified)
        self.send_header("Cache-Control", CACHE_CONTROL)
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Test output stays readable: no line per request."""


@contextmanager
def serving(
    handler: Callable[..., BaseHTTPRequestHandler], port: int = 0, name: str = HOST
) -> Iterator[str]:
    """Serve with ``handler`` on 127.0.0.1 (``port`` 0: a free one); yields its origin.

    The origin names the host ``name`` ("localhost" for a site built for that address).
    """
    server = ThreadingHTTPServer((HOST, port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{name}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
