"""A document's URL chooses its publisher's rules (``RuleBook.for_url``, ``url_host``); a
URL that cannot be read raises ``UrlError`` (an ``InputError``), never ``ValueError``.
``RuleBook.by_name`` takes odd names without failing."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from cleaner import Cleaner, Options
from cleaner.errors import CleanerError, InputError, UrlError
from cleaner.rules import RuleBook, _split_host, url_host

ROOT = Path(__file__).resolve().parents[1]

TESTS = "tests:\n  - doc: corpus/seeds/000.tsv\n"


def _book(tmp_path: Path, *names: str, publisher: str = "Example") -> RuleBook:
    for name in names:
        (tmp_path / name).write_text(f"publisher: {publisher} {name}\nrules: []\n{TESTS}",
                                     encoding="utf-8")
    return RuleBook.load([tmp_path])


@pytest.mark.parametrize(("url", "problem"), [
    ("http://[::1", "Invalid IPv6 URL"),
    ("http://user:secret@[::1/x", "Invalid IPv6 URL"),
    ("http://[example.com]/", "does not appear to be an IPv4 or IPv6 address"),
    ("http://host:99999", "port '99999' is no number from 0 to 65535"),
    ("http://host:abc/x", "port 'abc' is no number from 0 to 65535"),
    ("http://a b", "host 'a b' holds ' '"),
    ("http://exa%20mple.com/", "host 'exa mple.com' holds ' '"),  # (percent-decoded)
    ("http://ex*ample.com/", "holds '*'"),
    ("http://a\x00b.com/", r"holds '\x00'"),
    ("http://a\uff03b/", "invalid characters under NFKC normalization"),
    ("http://example..com/", "is no valid host name: label empty or too long"),
    ("http://./", "is no valid host name: label empty or too long"),
    ("http://" + "a" * 64 + ".com/", "is no valid host name: label empty or too long"),
    ("http://" + "a" * 60 + ".b" * 100 + "/", "host is 260 characters long"),
    ("http:///x", "an http: URL needs a host"),
    ("https://@/", "an https: URL needs a host"),
], ids=["open_bracket", "open_bracket_userinfo", "bracketed_name", "port_range", "port_text",
        "space", "encoded_space", "star", "nul", "nfkc", "empty_label", "dot", "long_label",
        "long_host", "no_host", "userinfo_no_host"])
def test_a_url_that_cannot_be_read_is_an_input_error_naming_it(url: str, problem: str) -> None:
    with pytest.raises(UrlError) as info:
        url_host(url)
    error = info.value
    assert isinstance(error, InputError) and isinstance(error, CleanerError)
    assert error.url == url and problem in error.problem, error.problem
    message = str(error)
    assert message.startswith("URL '") and "cannot be read: " in message
    assert "secret" not in message  # (user names and passwords are not shown)
    assert len(message) < 500 and "\n" not in message


@pytest.mark.parametrize(("url", "host"), [
    ("https://www.example.com/a?b#c", "www.example.com"),
    ("HTTP://WWW.EXAMPLE.COM./", "www.example.com"),
    ("http://user:secret@www.example.com:8080/x", "www.example.com"),
    ("https://bücher.de/x", "xn--bcher-kva.de"),
    ("https://BÜCHER.DE", "xn--bcher-kva.de"),
    ("http://xn--bcher-kva.de/", "xn--bcher-kva.de"),
    ("http://exa%6Dple.com/", "example.com"),
    ("www.example.com/x", "www.example.com"),  # no scheme: starts with the host
    ("example.com:8080/x", "example.com"),
    ("example.com/a//b", "example.com"),  # (was no host: "//" in the path)
    ("//example.com/x", "example.com"),
    ("  https://example.com/  ", "example.com"),
    ("http://[::1]:80/", "::1"),
    ("http://192.168.0.1/", "192.168.0.1"),
    ("file:///x", None),
    ("mailto:desk@example.com", None),
    ("urn:isbn:0451450523", None),
    ("", None),
], ids=lambda value: repr(value)[:30])
def test_url_host(url: str, host: str | None) -> None:
    assert url_host(url) == host


def _host_or_error(read: Callable[[], str | None]) -> str | None:
    try:
        return read()
    except UrlError as error:
        return f"UrlError: {error}"


def test_a_plain_http_url_is_read_as_urlsplit_reads_it() -> None:
    """``url_host`` reads a plain http(s) URL without ``urlsplit``: the same host, or the
    same error, as ``urlsplit``'s reading, on the development pages' URLs and odd ones."""
    urls = [json.loads(row).get("url") or ""
            for folder in (ROOT.parent / "shared" / "benchmarks", ROOT / "tests" / "data")
            for pages in sorted(folder.glob("**/pages.jsonl"))
            for row in pages.read_text("utf-8").split("\n") if row.strip()]
    assert len(urls) > 100
    odd = ["http://example.com", "HTTPS://WWW.EXAMPLE.COM./", "http://example..com/",
           "http://./", "http://-a.b/", "http://a.b?q", "http://a.b#f", "http://a.b\t/x",
           "http://a.b /x", "http://a\n.b/", "http://\u212a.com/", "http://a.b:80/",
           "http://a@b.c/", "http://a%2eb/", "https://" + "a" * 64 + ".com/",
           "https://" + "a." * 130 + "b/", "http://1.2.3.4/", "http:/a.b/", "ftp://a.b/",
           " http://a.b/ ", "http://a_b.c/", "httpss://a.b/"]
    for url in [*urls, *odd]:
        assert _host_or_error(lambda: url_host(url)) == _host_or_error(  # noqa: B023
            lambda: _split_host(url, url.strip())), url  # noqa: B023


def test_a_very_long_url_is_read_and_shown_short() -> None:
    url = "https://www.example.com/" + "p" * 1_000_000
    start = time.perf_counter()
    assert url_host(url) == "www.example.com"
    bad = url.replace("example.com", "exa mple.com")
    with pytest.raises(UrlError) as info:
        url_host(bad)
    assert time.perf_counter() - start < 1
    assert len(str(info.value)) < 500 and f"({len(bad):,} characters)" in str(info.value)


def test_an_internationalised_host_finds_its_ascii_named_rule_file(tmp_path: Path) -> None:
    book = _book(tmp_path, "xn--bcher-kva.de.yaml")
    assert book.for_url("https://www.bücher.de/x").key == "xn--bcher-kva.de"
    assert book.by_name("bücher.de").key == "xn--bcher-kva.de"


def test_a_rule_file_named_in_capitals_still_covers_its_host(tmp_path: Path) -> None:
    book = _book(tmp_path, "Example.COM.yaml")
    assert book.for_url("https://www.example.com/x").key == "Example.COM"


def test_for_url_raises_url_error(tmp_path: Path) -> None:
    book = _book(tmp_path, "example.com.yaml")
    with pytest.raises(UrlError, match=r"URL 'http://\[::1' cannot be read: Invalid IPv6 URL"):
        book.for_url("http://[::1")
    assert book.for_url("http://example.com:443/") is book.rulesets[0]


def test_cleaning_with_a_bad_url_raises_url_error_not_value_error(tmp_path: Path) -> None:
    _book(tmp_path, "example.com.yaml")
    cleaner = Cleaner([tmp_path], options=Options(use_packaged_rules=False))
    with pytest.raises(UrlError):
        cleaner.clean("Some text of an article, long enough to be one.", url="http://[::1")


def test_by_name_odd_names(tmp_path: Path) -> None:
    book = _book(tmp_path, "example.com.yaml", ".example.net.yaml", "sport.example.net.yaml")
    key = {ruleset.key: ruleset for ruleset in book.rulesets}
    assert book.by_name("example.com") is key["example.com"]
    assert book.by_name(" EXAMPLE.COM ") is key["example.com"]
    assert book.by_name("www.example.com") is key["example.com"]
    assert book.by_name("example example.com.yaml") is key["example.com"]  # publisher, any case
    assert book.by_name(".example.net") is key[".example.net"]
    # the most specific file, as for a URL (the first that covered it was chosen)
    assert book.by_name("sport.example.net") is key["sport.example.net"]
    assert book.by_name("news.example.net") is key[".example.net"]
    for name in ("", "   ", ".", "com", "example", "http://www.example.com/", "exa mple.com",
                 "\x00", "a" * 100_000, "[::1", "..example.com"):
        assert book.by_name(name) is None, repr(name[:20])
