"""The one place that knows where packaged data, and the cache, live."""

from __future__ import annotations

import logging
import os
from contextlib import suppress
from pathlib import Path

log = logging.getLogger(__name__)

_PACKAGE = Path(__file__).resolve().parent


def rules_dir() -> Path:
    """Return the folder holding ``publishers/`` and ``lexicons/``.

    An installed wheel carries the rules inside the package (``cleaner/rules``);
    a source checkout or editable install reads the repository's ``rules/``.
    """
    for candidate in (_PACKAGE / "rules", _PACKAGE.parent / "rules"):
        if (candidate / "lexicons").is_dir():
            return candidate
    raise FileNotFoundError(
        f"news-cleaner's rules/ folder is missing (looked in {_PACKAGE / 'rules'} and "
        f"{_PACKAGE.parent / 'rules'}); reinstall the package with `pip install news-cleaner`"
    )


def cache_dir() -> Path | None:
    """Where what is slow to build (lexicon regexes' translations, marks of rule files
    that loaded whole) is kept between runs, each file named by a digest of all it depends
    on: ``$NEWS_CLEANER_CACHE``, else ``$XDG_CACHE_HOME/news-cleaner``, else
    ``~/.cache/news-cleaner``. An empty ``NEWS_CLEANER_CACHE`` turns the cache off."""
    folder = os.environ.get("NEWS_CLEANER_CACHE")
    if folder == "":
        return None
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "news-cleaner")
    return Path(folder)


def temporary_path(path: Path, pid: int | None = None) -> Path:
    """Where process ``pid`` (default: this one) writes ``path`` before renaming it into
    place: a name another process can find, to remove it after killing the writer."""
    return path.with_name(f".{path.name}.{pid if pid is not None else os.getpid()}.tmp")


def write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` to a file descriptor: a short write (at a file size limit, say)
    is written on, so that the error it leads to is raised, never swallowed."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file through a temporary file beside it, renamed into place: a reader sees
    the old file or the whole new one, never a part. The file gets the mode any new file
    gets (0666 less the umask)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(tmp, flags | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        try:
            write_all(fd, data)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def store_cached(path: Path, data: bytes, keep: int | None = None) -> bool:
    """Write a cache file atomically; a cache that cannot be written is no cache, not an
    error (``False``). ``keep``: then remove all but the newest ``keep`` files of its
    folder with its suffix (what edited rules and lexicons leave behind)."""
    try:
        write_atomic(path, data)
    except OSError as exc:
        log.debug("cannot write the cache file %s: %s", path, exc)
        return False
    if keep is not None:
        with suppress(OSError):  # (another process pruning at the same time)
            kept = sorted(path.parent.glob(f"*{path.suffix}"), key=lambda p: p.stat().st_mtime,
                          reverse=True)
            for old in kept[keep:]:
                old.unlink(missing_ok=True)
    return True
