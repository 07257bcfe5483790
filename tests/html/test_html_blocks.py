"""The DOM walk into lines: what is content, where lines break, how white space and links
are counted (cleaner/html/blocks.py)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleaner.html.blocks import Walk, walk


def lines(body: str) -> list[str | None]:
    out = walk(LexborHTMLParser(f"<html><body>{body}</body></html>").body)
    return [b.text if b is not None else None for b in out.lines]


def texts(body: str) -> list[str]:
    return [t for t in lines(body) if t is not None]


def walked(body: str) -> Walk:
    return walk(LexborHTMLParser(f"<html><body>{body}</body></html>").body)


def test_never_content() -> None:
    body = ("<p>kept</p><script>var x = 1;</script><style>p {}</style>"
            "<noscript>enable JS</noscript><template><p>t</p></template>"
            "<svg><text>svg</text></svg><iframe>frame</iframe><!-- a comment -->"
            "<select><option>one</option></select>")
    assert texts(body) == ["kept"]


@pytest.mark.parametrize("attrs", ["hidden", 'aria-hidden="true"', 'style="display: none"',
                                   'style="color:red;visibility:hidden"'])
def test_hidden_elements_are_not_content(attrs: str) -> None:
    assert texts(f"<p>shown</p><div {attrs}><p>secret</p></div>") == ["shown"]


def test_aria_hidden_false_and_other_styles_are_content() -> None:
    body = '<p aria-hidden="false">a</p><p style="display:block">b</p>'
    assert texts(body) == ["a", "b"]


def test_br_breaks_a_line_within_its_block() -> None:
    out = walked("<p>first line<br>second <b>line</b><br/><br>third</p>")
    assert [b.text for b in out.blocks] == ["first line", "second line", "third"]
    assert len({b.owner for b in out.blocks}) == 1  # one paragraph owns all three


def test_inline_elements_join_into_their_block() -> None:
    assert texts("<p>An <em>em</em>phatic <a href='/x'>link</a> and <span>span</span>.</p>") \
        == ["An emphatic link and span."]


def test_white_space_collapses_as_a_browser_renders_it() -> None:
    assert texts("<p>  many \n\t spaces\r\n here  </p>") == ["many spaces here"]
    assert texts("<p>no-break\u00a0\u00a0spaces stay</p>") == ["no-break\u00a0\u00a0spaces stay"]


def test_pre_keeps_its_lines_and_spaces() -> None:
    assert texts("<pre>def f():\n    return 1\n\nend</pre>") == ["def f():", "    return 1",
                                                                  "end"]


def test_entities_are_decoded() -> None:
    assert texts("<p>Tom &amp; Jerry &lt;3 &eacute;t&eacute; &#8212; &nbsp;x</p>") == [
        "Tom & Jerry <3 été — \u00a0x"]


def test_a_table_row_is_one_line() -> None:
    out = walked("<table><tr><th>Name</th><th>Age</th></tr>"
                 "<tr><td>Ann</td><td>42</td></tr></table>")
    assert [b.text for b in out.blocks] == ["Name Age", "Ann 42"]
    assert {out.tags[b.owner] for b in out.blocks} == {"tr"}


def test_nested_lists_give_a_line_per_item() -> None:
    assert texts("<ul><li>one<ul><li>one.a</li><li>one.b</li></ul></li><li>two</li></ul>") \
        == ["one", "one.a", "one.b", "two"]


def test_text_held_directly_by_a_div_is_a_line() -> None:
    assert texts("<div>intro <p>para</p> tail</div>") == ["intro", "para", "tail"]


def test_blank_lines_between_paragraphs_as_html_text_guesses_them() -> None:
    assert lines("<h1>Title</h1><p>One.</p><div>a</div><div>b</div>") == [
        "Title", None, "One.", None, "a", "b"]


def test_link_text_and_links_are_counted() -> None:
    block = walked("<p><a href='/a'>Read</a> more <a href='/b'>here</a></p>").blocks[0]
    assert block.links == 2
    assert block.chars == len("Readmorehere")
    assert block.link_chars == len("Readhere")
    assert block.link_density == pytest.approx(8 / 12)


def test_an_anchor_without_href_is_no_link() -> None:
    assert walked("<p><a name='x'>anchor</a> text</p>").blocks[0].link_chars == 0


def test_a_link_to_a_place_on_the_same_page_is_no_link() -> None:
    # A table of contents, a footnote mark: the text's own, not a way off the page.
    block = walked("<li><a href='#costs'>What it costs</a></li>").blocks[0]
    assert (block.links, block.link_chars) == (0, 0)
    assert walked("<li><a href='/costs#top'>What it costs</a></li>").blocks[0].links == 1


def test_an_inline_element_wrapping_most_of_a_line_speaks_for_it() -> None:
    out = walked("<p><span class='byline'>By Jane Doe and John Roe</span>, AP</p>"
                 "<p>A long sentence with <span class='x'>two</span> words wrapped.</p>")
    first, second = out.blocks
    assert [out.attrs[e]["class"] for e in first.inline] == ["byline"]
    assert second.inline == ()


def test_parents_come_before_children() -> None:
    out = walked("<div><section><p>deep <b>text</b></p></section></div>")
    assert all(p < e for e, p in enumerate(out.parents) if p >= 0)
    owner = out.blocks[0].owner
    assert [out.tags[e] for e in out.ancestors(owner)] == ["p", "section", "div", "body"]


def test_hidden_by_a_style_in_any_case() -> None:
    # (the core asks hidden() of a style holding "none" or "dden", in any case)
    body = '<p>shown</p><p style="DISPLAY : NONE">a</p><p style="Visibility:Hidden">b</p>'
    assert texts(body) == ["shown"]


def test_the_core_keeps_the_attributes_the_walk_gives() -> None:
    """The element reader reads the walk's own copy of the elements (``Walk.elements``) as
    it reads the attribute dicts: the same facts for every element."""
    from cleaner.html.dom import _reader
    from cleaner.html.tokens import TokenLexicon

    out = walked('<div class="related-articles" data-x="nav" role="Navigation ">'
                 '<p class="a" hidden x="">x</p><span itemprop="articleBody" empty>z</span>'
                 '<p class="nl-signup newsletter">y</p><p class="nl-signup newsletter">y2</p>'
                 '<a href="#a" class="relatedArticles">w</a><main class="has-sidebar">m</main>'
                 '</div>')
    reader, every = _reader(TokenLexicon()), list(range(len(out.tags)))
    assert [reader.read(tag, attrs) for tag, attrs in zip(out.tags, out.attrs, strict=True)] \
        == reader.read_walked(out.elements, every)
    assert out.attrs[-1] == {"class": "has-sidebar"}
