"""Decoding a page's bytes as a browser does: BOM, then the HTTP charset, then <meta>,
then detection (cleaner/html/charset.py)."""

from __future__ import annotations

import codecs

from cleaner.html.charset import (
    charset_of_content_type,
    decode_html,
    encoding_of,
    meta_charset,
)

PAGE = "<html><head>{meta}</head><body><p>Café — naïve “quotes”</p></body></html>"


def test_a_byte_order_mark_wins_over_everything() -> None:
    data = codecs.BOM_UTF8 + PAGE.format(meta='<meta charset="iso-8859-1">').encode("utf-8")
    decoded = decode_html(data, http_charset="text/html; charset=windows-1251")
    assert decoded.source == "bom" and "Café" in decoded.text
    assert not decoded.text.startswith("\ufeff")
    utf16 = codecs.BOM_UTF16_LE + PAGE.format(meta="").encode("utf-16-le")
    assert "Café" in decode_html(utf16).text


def test_the_http_charset_comes_before_the_meta_tag() -> None:
    data = PAGE.format(meta='<meta charset="utf-8">').encode("cp1252")
    decoded = decode_html(data, http_charset="text/html; charset=ISO-8859-1")
    assert decoded.source == "http"
    assert decoded.encoding == "cp1252"  # (ISO-8859-1 means windows-1252 to a browser)
    assert "Café — naïve “quotes”" in decoded.text


def test_a_meta_charset_or_http_equiv_names_the_encoding() -> None:
    data = PAGE.format(meta='<meta charset="windows-1252">').encode("cp1252")
    assert decode_html(data).source == "meta"
    assert "Café — naïve" in decode_html(data).text
    equiv = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
    russian = PAGE.format(meta=equiv).replace("Café", "Привет").encode("koi8-r",
                                                                         "replace")
    assert "Привет" in decode_html(russian).text


def test_a_meta_tag_past_the_prescan_window_is_not_read() -> None:
    late = "<!--" + " " * 1100 + '--><meta charset="koi8-r">'
    assert meta_charset(late.encode("ascii")) is None


def test_utf16_in_a_meta_tag_means_utf8() -> None:
    assert meta_charset(b'<meta charset="utf-16">') == "utf-8"


def test_valid_utf8_without_a_label_is_utf8() -> None:
    decoded = decode_html(PAGE.format(meta="").encode("utf-8"))
    assert (decoded.encoding, decoded.source) == ("utf-8", "utf-8")


def test_unlabelled_legacy_bytes_are_detected() -> None:
    text = ("<html><body><p>" + "Der Bürgermeister äußerte sich über die Größe der Straße "
            "und die Übergänge im Süden der Stadt. " * 8 + "</p></body></html>")
    decoded = decode_html(text.encode("cp1252"))
    assert decoded.source == "detected"
    assert "Bürgermeister äußerte" in decoded.text


def test_decoding_never_fails() -> None:
    decoded = decode_html(b"<p>bad \xff\xfe bytes</p>", http_charset="utf-8")
    assert "\ufffd" in decoded.text


def test_labels_as_the_encoding_standard_reads_them() -> None:
    assert encoding_of("latin1") == "cp1252"
    assert encoding_of("GB2312") == "gb18030"
    assert encoding_of("Shift_JIS") == "cp932"
    assert encoding_of("no-such-charset") is None
    assert charset_of_content_type('text/html; charset="utf-8"') == "utf-8"
    assert charset_of_content_type("text/html") is None
    assert charset_of_content_type("utf-8") == "utf-8"  # (a bare label)


def test_the_source_is_described_for_explain() -> None:
    assert decode_html(b"<p>x</p>").describe() == "utf-8 (valid UTF-8)"
