"""A folder run's files: find the inputs, map each to its output, read each safely.

What a run guarantees, checked before anything is written and again for each file:

- no output is an input, or lies inside an input folder (paths resolved, links followed);
- no two inputs share an output: outputs mirror the inputs' paths under the output
  folder, relative to the inputs' common folder (one folder: relative to itself);
- only regular files are read (after following links), up to a size limit; FIFOs,
  devices and sockets fail with a reason instead of blocking or reading for ever;
- every file found is cleaned, failed (with a reason) or skipped (with a reason).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from cleaner.errors import InputError, LimitError


@dataclass(frozen=True, slots=True)
class Job:
    """One document to clean: a file (``source``) or standard input's bytes (``data``)."""

    source: Path | None  # None: standard input
    destination: Path | None  # None: standard output
    data: bytes | None = None
    refused: str | None = None  # why it fails without being read (found while planning)

    @property
    def name(self) -> str:
        return str(self.source) if self.source is not None else "<stdin>"


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


class Plan:
    """The inputs of a run and where each one's output goes (``None``: standard output).

    Checks what can be checked from the paths alone when made; ``check_all`` then walks
    every input once and refuses the run if any output would be an input or would be
    shared, before anything is written; ``jobs`` walks them again, lazily, checking each.
    """

    def __init__(self, inputs: Sequence[Path], output: Path | None,
                 pattern: str | None = None) -> None:
        self.inputs = list(inputs)
        self.output = output
        self.pattern = pattern
        real = [os.path.realpath(p) for p in self.inputs]
        self._folders = [r for p, r in zip(self.inputs, real, strict=True) if p.is_dir()]
        self._files = {r for p, r in zip(self.inputs, real, strict=True) if not p.is_dir()}
        for i, (item, resolved) in enumerate(zip(self.inputs, real, strict=True)):
            for other, other_real in zip(self.inputs[:i], real[:i], strict=True):
                if resolved == other_real or (other.is_dir() and _inside(resolved, other_real)) \
                        or (item.is_dir() and _inside(other_real, resolved)):
                    raise InputError(f"{item} and {other} overlap (the same file or folder, or "
                                     "one inside the other): give each input once")
        self._real_parents: dict[str, str] = {}
        if output is None:
            self._base = ""
            return
        if output.exists() and not output.is_dir():
            raise InputError(f"-o {output} is an existing file; -o names a folder "
                             "(news-cleaner never writes over an existing file there)")
        out = os.path.realpath(output)
        for item, resolved in zip(self.inputs, real, strict=True):
            if item.is_dir() and _inside(out, resolved):
                raise InputError(f"output folder {output} is inside input folder {item}: "
                                 "news-cleaner never writes into its inputs; choose another -o")
        if len(self.inputs) == 1 and self.inputs[0].is_dir():
            self._base = os.path.abspath(self.inputs[0])
        else:
            self._base = os.path.commonpath([os.path.abspath(p if p.is_dir() else p.parent)
                                             for p in self.inputs])

    def destination(self, path: Path) -> Path | None:
        if self.output is None:
            return None
        relative = Path(os.path.relpath(os.path.abspath(path), self._base))
        return self.output / relative.with_name(output_name(relative.name))

    def refusal(self, source: Path, destination: Path, seen: dict[str, Path]) -> str | None:
        """Why ``destination`` may not be written (``seen``: outputs planned so far), or None."""
        parent = str(destination.parent)
        real_parent = self._real_parents.get(parent)
        if real_parent is None:
            real_parent = self._real_parents[parent] = os.path.realpath(parent)
        # (A link at the destination itself is replaced by the new file, not written through.)
        real = os.path.join(real_parent, destination.name)
        if real in self._files or any(_inside(real, folder) for folder in self._folders):
            return (f"its output {destination} would overwrite an input "
                    "(news-cleaner never writes into its inputs); choose another -o")
        first = seen.setdefault(real, source)
        if first is not source:
            return f"its output {destination} is also the output of {first}"
        return None

    def check_all(self, on_file: Callable[[], None] | None = None) -> int:
        """Refuse the run (``InputError``) if any output would be an input or shared; the
        number of files found."""
        count = 0
        for job in self.jobs(lambda path, why: None):
            count += 1
            if job.refused is not None and job.destination is not None:
                raise InputError(f"{job.name}: {job.refused}")
            if on_file is not None:
                on_file()
        return count

    def jobs(self, on_skip: Callable[[Path, str], None]) -> Iterator[Job]:
        """Every input file, in order, as a job; ``on_skip`` hears of each file left out."""
        seen: dict[str, Path] = {}
        for item in self.inputs:
            if not item.is_dir():
                yield self._job(item, seen)
                continue
            errors: list[OSError] = []
            for root, dirs, files in os.walk(item, onerror=errors.append):
                dirs.sort()
                for name in list(dirs):
                    if os.path.islink(os.path.join(root, name)):
                        dirs.remove(name)
                        on_skip(Path(root) / name, "a link to a folder (not followed)")
                for name in sorted(files):
                    path = Path(root) / name
                    if self._wanted(path):
                        yield self._job(path, seen)
                    else:
                        on_skip(path, "not matching --glob" if self.pattern else
                                f"not a document ({', '.join(DOCUMENT_SUFFIXES)})")
                while errors:  # an unreadable folder fails, counted, and the walk goes on
                    error = errors.pop(0)
                    where = Path(error.filename) if error.filename else item
                    yield Job(where, None, refused=f"cannot list this folder: {error.strerror}")

    def _wanted(self, path: Path) -> bool:
        if self.pattern:
            return path.match(self.pattern)
        return path.name.lower().endswith(DOCUMENT_SUFFIXES)

    def _job(self, path: Path, seen: dict[str, Path]) -> Job:
        destination = self.destination(path)
        refused = None if destination is None else self.refusal(path, destination, seen)
        return Job(path, destination, refused=refused)


# The files a folder run cleans when no --glob is given, and what each holds.
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz")
DOCUMENT_SUFFIXES = (".txt", *HTML_SUFFIXES)


# Files of records (``cleaner.streams`` reads and writes them), by extension; a ``.gz`` or
# ``.zst`` after it is compression.
RECORD_FORMATS = ("jsonl", "parquet", "warc", "wet")
OUTPUT_FORMATS = ("jsonl", "parquet")
_RECORD_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet",
                    ".warc": "warc", ".wet": "wet", ".arc": "warc"}


def record_format(path: Path | str) -> str | None:
    """The record format a file's name says (``None``: not a record file)."""
    name = str(path).lower()
    for packed in (".gz", ".zst"):
        name = name.removesuffix(packed)
    return _RECORD_SUFFIXES.get(os.path.splitext(name)[1])


def document_kind(path: Path | str) -> str:
    """``html`` for an HTML file (by its name), else ``text``."""
    return "html" if str(path).lower().endswith(HTML_SUFFIXES) else "text"


def output_name(name: str) -> str:
    """An output's file name: an HTML page's text is a ``.txt`` file (``a.html.gz`` →
    ``a.txt``); a text file keeps its name."""
    lower = name.lower()
    for suffix in sorted(HTML_SUFFIXES, key=len, reverse=True):
        if lower.endswith(suffix):
            return name[:-len(suffix)] + ".txt"
    return name


# Larger documents fail with a reason (``--max-bytes``): a document's cost grows with its
# size, and no news article comes near this.
DEFAULT_MAX_BYTES = 32 * 1024 * 1024


def read_document(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """Read a regular file (links followed), at most ``max_bytes``: a FIFO, a device, a
    socket or a folder raise ``InputError`` at once instead of blocking or reading for
    ever; a larger file raises ``LimitError``."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        mode = os.stat(path).st_mode  # (a socket cannot be opened: say what it is)
        if not stat.S_ISREG(mode):
            raise InputError(f"{_kind(mode)}, not a regular file: not read")
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{_kind(info.st_mode)}, not a regular file: not read")
        limit = max_bytes if max_bytes else None
        if limit is not None and info.st_size > limit:
            raise LimitError(f"{info.st_size:,} bytes, over the limit of {limit:,} "
                             "(raise it with --max-bytes)")
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if limit is not None and size > limit:  # (it grew while being read)
                raise LimitError(f"over {limit:,} bytes, the limit (raise it with --max-bytes)")
            chunks.append(chunk)
        data = b"".join(chunks)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}") from None
    finally:
        os.close(fd)
    if str(path).lower().endswith(".gz"):
        data = _gunzip(data, limit)
    return data


def _gunzip(data: bytes, limit: int | None) -> bytes:
    """A gzip file's content, at most ``limit`` bytes of it (a small file can unpack to
    gigabytes)."""
    import zlib

    unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = unpacker.decompress(data, (limit + 1) if limit is not None else 0)
    except zlib.error as exc:
        raise InputError(f"not a valid gzip file: {exc}") from None
    if limit is not None and len(out) > limit:
        raise LimitError(f"unpacks to over {limit:,} bytes, the limit (raise it with "
                         "--max-bytes)")
    if not unpacker.eof:
        raise InputError("a gzip file cut short")
    return out
