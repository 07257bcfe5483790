"""Synthetic pages for the HTML tests: one article page built from parts, so that each
test can change one part."""

from __future__ import annotations

SENTENCES = [
    ("The city council voted on Tuesday to close the old bridge over the river for repairs "
    "that are expected to last until the end of next summer."),
    ("Engineers found cracks in two of the supporting pillars during an inspection in March, "
    "the council's transport committee said in a statement."),
    ("Drivers will be sent on a diversion through the northern ring road, which the council "
    "says will add about ten minutes to most journeys into the centre."),
    ("Local businesses on the south bank said they feared losing customers while the bridge "
    "stays closed, and asked the council for help with their rents."),
    ("The repairs are expected to cost about four million pounds, most of it paid from a "
    "national fund for ageing road infrastructure."),
]


def article_page(*, head: str = "", before: str = "", inside: str = "", after: str = "",
                 paragraphs: list[str] | None = None, title: str = "Old bridge to close "
                 "for repairs") -> str:
    body = "".join(f"<p>{s}</p>" for s in (paragraphs or SENTENCES))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<link rel="canonical" href="https://news.example.com/bridge">{head}</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>
{before}
<main><article>
<h1>{title}</h1>
<div class="byline">By Jane Doe</div>
<div class="article-body">{body}{inside}</div>
</article>
<aside class="related-stories"><h2>Related</h2><ul>
<li><a href="/a">Council approves new cycle lanes for the city centre</a></li>
<li><a href="/b">Ferry service to resume after winter break</a></li>
<li><a href="/c">Roadworks planned on the ring road this autumn</a></li></ul></aside>
</main>
{after}
<footer class="site-footer"><p>© 2026 The Daily Example. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body></html>"""
