from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner.errors import InputError
from cleaner.labels import Label
from cleaner.lines import decode, split_lines


def test_decode_plain_and_bom() -> None:
    assert decode("héllo\n".encode()) == "héllo\n"
    assert decode("\ufeffhi".encode()) == "hi"
    assert decode(b"") == ""


def test_decode_rejects_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")


def test_decode_names_the_bad_byte_and_line() -> None:
    with pytest.raises(InputError, match=r"^invalid UTF-8 at byte 7 \(line 2\)"):
        decode(b"ok\nabc \xff\n")


def test_split_lines_features() -> None:
    lines = split_lines("Title here\n\n  A sentence that ends.  \r\nlast")
    assert [line.raw for line in lines] == ["Title here", "", "  A sentence that ends.  \r", "last"]
    assert [line.text for line in lines] == ["Title here", "", "A sentence that ends.", "last"]
    assert lines[1].label is Label.BLANK
    assert lines[2].terminal and not lines[0].terminal
    assert lines[2].words == 4


def test_final_newline_is_not_a_line() -> None:
    assert len(split_lines("a\nb\n")) == 2


def test_huge_line_is_one_line() -> None:
    lines = split_lines("word " * 200_000)
    assert len(lines) == 1 and lines[0].words == 200_000


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
def test_decode_reads_text_with_a_byte_order_mark(encoding: str) -> None:
    text = "Überschrift\nA sentence — with “quotes”.\n"
    data = text.encode(encoding)
    if encoding in ("utf-16-be", "utf-32-be"):
        data = "\ufeff".encode(encoding) + data
    assert decode(data) == text


def test_decode_names_utf16_without_a_mark_and_the_fix() -> None:
    with pytest.raises(InputError, match=r"NUL byte at byte 1.*UTF-16LE"):
        decode("plain".encode("utf-16-le"))


def test_decode_refuses_a_nul_byte_anywhere_not_only_in_the_first_64_kib() -> None:
    data = b"A line of text.\n" * 8192 + b"late \x00 nul\n"
    assert len(data) > 65536 + 10
    at = data.index(0)
    with pytest.raises(InputError, match=f"binary.*NUL byte at byte {at}"):
        decode(data)


def test_decode_errors_do_not_name_the_document_the_caller_does() -> None:
    with pytest.raises(InputError) as info:
        decode(b"caf\xe9\n")
    assert str(info.value).startswith("invalid UTF-8 at byte 3")


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_every_line_end_ends_a_line(end: str) -> None:
    from cleaner.lines import split_document

    lines, ends = split_document(end.join(["Title", "", "A sentence.", "last"]) + end)
    assert [line.text for line in lines] == ["Title", "", "A sentence.", "last"]
    assert ends == (None if end == "\n" else [end] * 4)


def test_scripts_written_with_combining_marks_read_as_sentences() -> None:
    # Hindi, Bengali and Tamil write vowels and viramas as combining marks, and Hindi ends
    # a sentence with a danda. A page of such paragraphs: each is prose, none is "symbols",
    # and the cleaner keeps them all.
    paragraphs = [
        ("नगर निगम ने सोमवार को बताया कि शहर की पुरानी सड़कों की मरम्मत का काम अगले महीने से "
        "शुरू होगा और इसके लिए नई निविदाएं जारी कर दी गई हैं।"),
        ("अधिकारियों के अनुसार बारिश के मौसम से पहले सभी मुख्य मार्गों पर काम पूरा कर लिया "
        "जाएगा ताकि लोगों को आने जाने में परेशानी न हो।"),
        ("পৌরসভা জানিয়েছে যে আগামী মাস থেকে শহরের পুরনো রাস্তাগুলোর মেরামতের কাজ শুরু হবে এবং "
        "এর জন্য নতুন দরপত্র আহ্বান করা হয়েছে।"),
        ("மாநகராட்சி அதிகாரிகள் திங்கள்கிழமை தெரிவித்ததாவது நகரின் பழைய சாலைகளை சீரமைக்கும் பணி "
        "அடுத்த மாதம் தொடங்கும் என்றும் அதற்கான ஒப்பந்தங்கள் கோரப்பட்டுள்ளன என்றும் கூறினர்."),
    ]
    lines = split_lines("\n".join(paragraphs))
    assert all(line.prose for line in lines), [(line.words, line.terminal) for line in lines]
    assert all(line.letters > line.chars * 0.7 for line in lines)
    result = Cleaner().clean("\n".join(paragraphs))
    assert result.text == "\n".join(paragraphs)
    assert not any(r.code == "score:shape.symbols" for line in result.lines for r in line.reasons)
