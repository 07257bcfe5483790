"""Kept lines → text. Never invents: the output is a subsequence of the input's lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cleaner.labels import Label
from cleaner.lines import Line


def render(lines: Sequence[Line], keep: Callable[[Line], bool], final_newline: bool,
           line_ends: Sequence[str] | None = None) -> str:
    """Join the kept lines with their raw text, each ended as it was in the input
    (``line_ends``: every line's terminator, from ``split_document``; ``None``: ``\\n``).

    Blank lines between two kept lines stay as they were when nothing between them
    was dropped; where something was, one blank line (if there was any) marks the gap.
    """
    out: list[Line] = []
    gap: list[Line] = []  # blank lines since the last kept line
    cut = False  # a line was dropped since the last kept line
    blank = Label.BLANK  # (labels.py)
    for line in lines:
        if line.label is blank:
            gap.append(line)
        elif not keep(line):
            cut = True
        else:
            if not cut:
                out.extend(gap)
            elif gap and out:
                out.append(gap[0])
            gap, cut = [], False
            out.append(line)
    if not cut:
        out.extend(gap)
    if not out:
        return ""
    if line_ends is None:
        return "\n".join(line.raw for line in out) + ("\n" if final_newline else "")
    ends = [line_ends[line.index] if line.index < len(line_ends) else "" for line in out]
    if not final_newline:
        ends[-1] = ""
    return "".join(line.raw + end for line, end in zip(out, ends, strict=True))
