"""HTML bytes → text, decoded as a browser decodes them (the WHATWG HTML standard's
"determining the character encoding", in its order):

1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
2. the charset of the HTTP ``Content-Type`` header, where the caller has it;
3. a ``<meta charset>`` or ``<meta http-equiv="Content-Type" content="...; charset=...">``
   in the first 1024 bytes (the standard's prescan);
4. otherwise detection: bytes that are valid UTF-8 are UTF-8 (nearly every page today);
   other bytes go to charset-normalizer.

Labels are read as the Encoding Standard reads them: ``iso-8859-1``, ``latin1`` and
``ascii`` mean windows-1252, ``gb2312`` means GBK (decoded as its superset gb18030),
``utf-16`` in a ``<meta>`` means UTF-8 (a page that could read its own meta tag as ASCII is
not UTF-16). Invalid bytes become U+FFFD, as in a browser: decoding never fails.
"""

from __future__ import annotations

import codecs
import re
from typing import Literal, NamedTuple

# Where the encoding came from: what ``--explain`` reports.
Source = Literal["bom", "http", "meta", "utf-8", "detected", "default", "text"]
# The standard's prescan reads this many bytes for a <meta> charset.
PRESCAN_BYTES = 1024
# charset-normalizer reads at most this much of a page (its cost grows with the input).
DETECT_BYTES = 64 * 1024
FALLBACK_ENCODING = "windows-1252"  # what browsers in most locales assume at the end

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
# <meta ... charset=X> and <meta http-equiv=content-type content="...charset=X">: one pattern
# finds both (the charset= of a content attribute is inside its quotes).
_META = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:-]+)", re.IGNORECASE)
_CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:-]+)", re.IGNORECASE)
# The Encoding Standard's labels that Python's codec names do not already mean alike.
_WHATWG = {
    "ascii": "windows-1252", "us-ascii": "windows-1252", "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252", "iso_8859-1": "windows-1252", "latin1": "windows-1252",
    "latin-1": "windows-1252", "l1": "windows-1252", "cp819": "windows-1252",
    "iso-ir-100": "windows-1252", "ibm819": "windows-1252",
    "iso-8859-9": "windows-1254", "latin5": "windows-1254", "iso-8859-11": "windows-874",
    "tis-620": "windows-874", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "chinese": "gb18030", "csgb2312": "gb18030", "big5": "big5hkscs",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "ms_kanji": "cp932", "windows-31j": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
    "x-mac-roman": "mac-roman", "macintosh": "mac-roman", "unicode-1-1-utf-8": "utf-8",
    "utf8": "utf-8", "x-unicode20utf8": "utf-8",
}


class Decoded(NamedTuple):
    text: str
    encoding: str  # the codec's name, e.g. "utf-8", "cp1252"
    source: Source

    def describe(self) -> str:
        how = {"bom": "byte order mark", "http": "HTTP charset", "meta": "<meta> charset",
               "utf-8": "valid UTF-8", "detected": "detected by charset-normalizer",
               "default": "nothing said or detected; the browsers' default",
               "text": "given as text"}[self.source]
        return f"{self.encoding} ({how})"


def encoding_of(label: str | bytes | None) -> str | None:
    """A charset label → a Python codec name, as the Encoding Standard reads the label;
    ``None`` for a label neither knows."""
    if label is None:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "replace")
    label = label.strip().strip("\"'").lower()
    label = _WHATWG.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_of_content_type(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP ``Content-Type`` header value (or a bare label)."""
    if not content_type:
        return None
    match = _CONTENT_TYPE_CHARSET.search(content_type)
    return match.group(1) if match else (content_type if "/" not in content_type else None)


def meta_charset(data: bytes) -> str | None:
    """The codec a ``<meta>`` in the first ``PRESCAN_BYTES`` bytes names (``utf-16`` read as
    UTF-8, as the standard reads it there)."""
    match = _META.search(data, 0, PRESCAN_BYTES)
    if match is None:
        return None
    encoding = encoding_of(match.group(1))
    if encoding is not None and encoding.startswith("utf-16"):
        return "utf-8"
    return encoding


def decode_html(data: bytes, http_charset: str | None = None) -> Decoded:
    """Decode a page's bytes as a browser would; see the module's docstring for the order."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom):].decode(encoding, "replace"), encoding, "bom")
    http = encoding_of(charset_of_content_type(http_charset))
    if http is not None:
        return Decoded(data.decode(http, "replace"), http, "http")
    meta = meta_charset(data)
    if meta is not None:
        return Decoded(data.decode(meta, "replace"), meta, "meta")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    detected = _detect(data)
    if detected is not None:
        return Decoded(data.decode(detected, "replace"), detected, "detected")
    return Decoded(data.decode(FALLBACK_ENCODING, "replace"), "cp1252", "default")


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # (only for the rare page that needs it)

    best = from_bytes(data[:DETECT_BYTES]).best()
    return encoding_of(best.encoding) if best is not None else None
