"""Kept lines → text. Never invents: the output is a subsequence of the input's lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cleaner.labels import Label
from cleaner.lines import Line


def render(lines: Sequence[Line], keep: Callable[[Line], bool], final_newline: bool) -> str:
    """Join the kept lines with their raw text.

    Blank lines between two kept lines stay as they were when nothing between them
    was dropped; where something was, one blank line (if there was any) marks the gap.
    """
    out: list[str] = []
    gap: list[str] = []  # blank lines since the last kept line
    cut = False  # a line was dropped since the last kept line
    blank = Label.BLANK  # (labels.py)
    for line in lines:
        if line.label is blank:
            gap.append(line.raw)
        elif not keep(line):
            cut = True
        else:
            if not cut:
                out.extend(gap)
            elif gap and out:
                out.append(gap[0])
            gap, cut = [], False
            out.append(line.raw)
    if not cut:
        out.extend(gap)
    if not out:
        return ""
    return "\n".join(out) + ("\n" if final_newline else "")
