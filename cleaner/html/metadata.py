"""An HTML page's metadata: title, authors, date, language, site name, canonical URL.

trafilatura's metadata extractor reads them from the page's meta tags, JSON-LD and
markup (and htmldate its date); what it leaves empty comes from the facts the cleaner
already read from the page's head (``cleaner.html.page``), and the language, last, from
the language the cleaner detected in the text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

from cleaner.html.page import HtmlPage

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    authors: tuple[str, ...] = field(default_factory=tuple)
    date: str | None = None  # ISO 8601, as htmldate gives it (YYYY-MM-DD)
    language: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None

    def rows(self) -> Iterator[tuple[str, str]]:
        """``(name, value)`` for each known field, as ``--explain`` prints them."""
        for name in ("title", "authors", "date", "language", "site_name", "canonical_url"):
            value = getattr(self, name)
            if value:
                yield name, "; ".join(value) if isinstance(value, tuple) else value


def extract_metadata(page: HtmlPage, url: str | None = None,
                     detected_language: str | None = None) -> Metadata:
    """The page's metadata (trafilatura's extractor first; see the module's docstring)."""
    found = None
    try:
        from trafilatura.metadata import extract_metadata as trafilatura_metadata

        # (extensive=False: no date guessed from a copyright line or the like)
        found = trafilatura_metadata(page.html, default_url=url, extensive=False)
    except Exception as exc:  # trafilatura and lxml raise many kinds; metadata is optional
        log.debug("trafilatura's metadata extraction failed: %s", exc)
    title = getattr(found, "title", None) or page.meta.get("og:title") or page.title or None
    authors = tuple(a.strip() for a in (getattr(found, "author", None) or "").split(";")
                    if a.strip())
    date = getattr(found, "date", None)
    site = getattr(found, "sitename", None) or page.site_name
    canonical = page.url or getattr(found, "url", None) or url
    language = page.language or _locale(page.meta.get("og:locale")) or detected_language
    return Metadata(title, authors, date, language, site, canonical)


def _locale(value: str | None) -> str | None:
    """``en_GB`` → ``en``."""
    if not value:
        return None
    return value.replace("-", "_").split("_")[0].lower() or None
