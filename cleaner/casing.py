"""Lower case and case folding: ``str.lower`` and ``str.casefold`` exactly, by the compiled
kernels where they are built. Once one character of a text is not ASCII (an English
page's curly quotes make nearly every page so), CPython maps each character through the
Unicode database; the kernels map ASCII in line and only the rest so, several times
faster on such text (tests/test_kernels.py compares them on every character)."""

from __future__ import annotations

from collections.abc import Callable

try:  # the compiled kernels (hatch_build.py)
    from cleaner import _kernels
except ImportError:  # pragma: no cover - a build without a C compiler
    _kernels = None  # type: ignore[assignment]

lower: Callable[[str], str] = _kernels.lower if _kernels is not None else str.lower
casefold: Callable[[str], str] = _kernels.casefold if _kernels is not None else str.casefold
