"""Publisher rules for HTML pages: CSS selectors in a rule file's ``html`` section.

```yaml
html:
  container: "div.article-body"               # the article's element (the first match)
  drop_css:                                   # elements whose lines are dropped
    - {css: "div.newsletter-box", category: newsletter}
  keep_css: ["div.article-body p.lede"]       # elements whose lines are kept
  tests:                                      # HTML fixtures, checked by the test suite
    - page: tests/data/html/publishers/example.com.html
      keeps: ["The council voted"]
      drops: ["Sign up for our newsletter"]
```

The section is read from the same YAML file as the publisher's text rules
(``cleaner.rules`` validates the whole file against ``ruleset.schema.json``); this module
compiles the selectors (a bad one is a ``RuleError`` naming the file and key) and marks
the matching elements of a parsed page with a ``data-news-cleaner`` attribute before the
DOM walk, so that the walk and the DOM analysis see the marks as attributes.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from cleaner.errors import RuleError
from cleaner.labels import Category

# The attribute the marks are written to, and its values.
MARK = "data-news-cleaner"
CONTAINER, KEEP = "container", "keep"
DROP_PREFIX = "drop:"  # drop:<category>:<n>, n the rule's index in drop_css
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class CssRules:
    """One publisher's CSS rules."""

    key: str  # the rule set's key (its host), for reasons: rule:<key>/css.drop
    container: str | None
    drop: tuple[tuple[str, Category], ...]
    keep: tuple[str, ...]
    tests: tuple[dict[str, Any], ...]

    def mark(self, tree: Any) -> None:
        """Mark the page's elements these rules name (keep after drop: keep wins)."""
        if self.container:
            found = tree.css_first(self.container)
            if found is not None:
                found.attrs[MARK] = CONTAINER
        for n, (selector, category) in enumerate(self.drop):
            for node in tree.css(selector):
                node.attrs[MARK] = f"{DROP_PREFIX}{category.value}:{n}"
        for selector in self.keep:
            for node in tree.css(selector):
                node.attrs[MARK] = KEEP

    def describe(self, mark: str) -> str:
        """The selector behind a mark, for a reason's detail."""
        if mark.startswith(DROP_PREFIX):
            return self.drop[int(mark.rsplit(":", 1)[1])][0]
        return self.container or "" if mark == CONTAINER else ", ".join(self.keep)


_cache: dict[tuple[str, float], CssRules | None] = {}
_lock = threading.Lock()


def css_rules(key: str, path: str) -> CssRules | None:
    """The CSS rules of a rule file (``None`` if it has no ``html`` section), compiled once
    per file version."""
    file = Path(path)
    try:
        stamp = (path, file.stat().st_mtime)
    except OSError:
        return None
    if stamp in _cache:
        return _cache[stamp]
    with _lock:
        if stamp not in _cache:
            _cache[stamp] = _load(key, file)
    return _cache[stamp]


def _load(key: str, path: Path) -> CssRules | None:
    data = yaml.load(path.read_text("utf-8"), Loader=_YAML_LOADER)  # (a safe loader)
    section = data.get("html") if isinstance(data, dict) else None
    if not section:
        return None
    from selectolax.lexbor import LexborHTMLParser

    probe = LexborHTMLParser("<html><body></body></html>")

    def checked(selector: str, where: str) -> str:
        try:
            probe.css(selector)
        except Exception as exc:  # selectolax's SelectolaxError, whatever its module
            raise RuleError(str(path), None, where, f"not a CSS selector: {selector!r} "
                            f"({exc})") from None
        return selector

    container = section.get("container")
    drop = []
    for n, item in enumerate(section.get("drop_css", ())):
        spec = item if isinstance(item, dict) else {"css": item}
        category = spec.get("category", Category.BOILERPLATE.value)
        try:
            drop.append((checked(spec["css"], f"html.drop_css[{n}]"), Category(category)))
        except ValueError:
            raise RuleError(str(path), None, f"html.drop_css[{n}].category",
                            f"unknown category {category!r}") from None
    keep = tuple(checked(s, f"html.keep_css[{n}]")
                 for n, s in enumerate(section.get("keep_css", ())))
    return CssRules(key, checked(container, "html.container") if container else None,
                    tuple(drop), keep, tuple(section.get("tests", ())))
