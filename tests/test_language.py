from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from cleaner import language
from cleaner.language import (
    _TABLES,
    _cached_tables,
    _load_identifier,
    _store_tables,
    detect_language,
)
from cleaner.lexicons import available_languages

SAMPLES = {
    "en": "The council voted on Tuesday to close the library for repairs over the winter.",
    "de": "Der Gemeinderat hat am Dienstag beschlossen, die Bibliothek im Winter zu schließen.",
    "fr": "Le conseil municipal a voté mardi la fermeture de la bibliothèque pour travaux.",
    "ru": "В четверг городской совет проголосовал за закрытие библиотеки на ремонт.",
    "ja": "市議会は火曜日、冬の間図書館を修理のため閉鎖することを決めた。",
}


def test_detects_the_language_of_the_longest_lines() -> None:
    for expected, text in SAMPLES.items():
        lines = ["Home", "Menu", text, "Sign in"]
        assert detect_language(lines, available_languages()) == expected
    assert detect_language(["", ""], available_languages()) is None


def test_model_cache_gives_the_packaged_model(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    monkeypatch.setenv("NEWS_CLEANER_CACHE", str(tmp_path))
    packaged = LanguageIdentifier.from_model_file(MODEL_FILE)
    first = _load_identifier()  # unpacks the model and writes the cache
    [cached] = tmp_path.glob("langid-*")
    assert sorted(p.name for p in cached.iterdir()) == sorted(
        [*(f"{t}.npy" for t in _TABLES), "tables.json"])
    stamp = (cached / "nextmove.npy").stat().st_mtime_ns
    second = _load_identifier()  # maps the cached tables
    assert (cached / "nextmove.npy").stat().st_mtime_ns == stamp
    for text in SAMPLES.values():
        assert first.rank(text) == second.rank(text) == packaged.rank(text)
    (cached / "nextmove.npy").write_bytes(b"damaged")  # a damaged cache is rebuilt
    assert _load_identifier().rank(SAMPLES["en"]) == packaged.rank(SAMPLES["en"])
    assert (cached / "nextmove.npy").stat().st_size > 1_000_000
    stale = tmp_path / "langid-0.0.1-1-1"  # another version's copy goes
    stale.mkdir()
    (cached / "row.npy").unlink()
    _load_identifier()
    assert [p.name for p in tmp_path.glob("langid-*")] == [cached.name]
    assert (cached / "row.npy").exists()
    # Another process's copy already in place is kept, and no temporary folder is left.
    stamp = (cached / "nextmove.npy").stat().st_mtime_ns
    _store_tables(cached, {name: np.asarray(values) for name, values in
                           _cached_tables(cached).items()})
    assert (cached / "nextmove.npy").stat().st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir()) == [cached.name]


def test_model_without_a_writable_cache(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEWS_CLEANER_CACHE", str(blocker / "cache"))
    packaged = LanguageIdentifier.from_model_file(MODEL_FILE)
    assert _load_identifier().rank(SAMPLES["de"]) == packaged.rank(SAMPLES["de"])


def test_a_model_cache_write_that_fails_leaves_nothing(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:

    calls = []

    def failing_save(path: Path, values: object, **_: object) -> None:
        calls.append(path)
        if len(calls) > 1:
            raise OSError("No space left on device")
        Path(path).write_bytes(b"partial")

    monkeypatch.setattr(np, "save", failing_save)
    _store_tables(tmp_path / "langid-x", {"ptc": np.zeros(2), "pc": np.zeros(2)})
    assert len(calls) == 2
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(language.dfa_scores is None and not os.environ.get(
    "NEWS_CLEANER_REQUIRE_KERNELS"), reason="kernels not compiled (no C compiler at install)")
def test_a_process_with_the_model_cached_imports_neither_numpy_nor_py3langid(
        tmp_path: Path) -> None:
    """Once the cache holds the model, cleaning decides the language from the mapped tables:
    a new process is ready without importing NumPy (a quarter of a start-up)."""
    script = ("import sys; from cleaner import clean; "
              "assert str(clean('The council voted on Tuesday to close the library.')); "
              "print(sorted(m for m in ('numpy', 'py3langid') if m in sys.modules))")
    env = {**os.environ, "NEWS_CLEANER_CACHE": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                           text=True, check=True)
    assert first.stdout.split() == ["['numpy',", "'py3langid']"]  # (writes the cache)
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, check=True)
    assert second.stdout.strip() == "[]"


def test_kernel_tables_are_rebuilt_when_damaged(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The tables the kernels decide from (read without NumPy): a damaged or truncated file
    is rewritten, and the decisions stay py3langid's."""
    from cleaner.language import _Identifier, _kernel_tables, _npy

    monkeypatch.setenv("NEWS_CLEANER_CACHE", str(tmp_path))
    tables = _kernel_tables()
    assert isinstance(tables["nextmove"], memoryview)  # (mapped, not NumPy's)
    [cached] = tmp_path.glob("langid-*")
    languages = tuple(sorted({"en", "de", "fr", "ru", "ja"}))
    expected = [_Identifier(tables, languages).decide(t) for t in SAMPLES.values()]
    assert expected == list(SAMPLES)
    for damage in (b"damaged", (cached / "rowbase.npy").read_bytes()[:-8]):
        (cached / "rowbase.npy").write_bytes(damage)
        assert _npy(cached / "rowbase.npy") is None
        again = _kernel_tables()
        assert isinstance(again["nextmove"], memoryview)
        assert [_Identifier(again, languages).decide(t) for t in SAMPLES.values()] == expected


@pytest.mark.parametrize("cache", ["", "blocked"])
def test_the_kernels_decide_without_a_cache(cache: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """With the cache turned off, or not writable, the kernels still decide (over NumPy's
    arrays), and the model is unpacked once."""
    from cleaner.language import _Identifier, _kernel_tables

    if cache == "blocked":
        (tmp_path / "file").write_text("not a folder")
        cache = str(tmp_path / "file" / "cache")
    monkeypatch.setenv("NEWS_CLEANER_CACHE", cache)
    unpacked = []
    real = language._model_tables

    def counting() -> dict[str, object]:
        unpacked.append(1)
        return real()

    monkeypatch.setattr(language, "_model_tables", counting)
    tables = _kernel_tables()
    assert len(unpacked) == 1
    assert not isinstance(tables["nextmove"], memoryview)
    languages = tuple(sorted({"en", "de", "fr", "ru", "ja"}))
    assert [_Identifier(tables, languages).decide(t) for t in SAMPLES.values()] == list(SAMPLES)



ROOT = Path(__file__).resolve().parents[1]
_DETECT = ("import sys; from cleaner.language import detect_language; "
           "print(*(detect_language([t], ['en', 'de', 'fr', 'ru']) for t in sys.argv[1:]), "
           "'numpy' in sys.modules)")


def _detect_in_a_new_process(cache: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", _DETECT, *SAMPLES.values()],
                          env={**os.environ, "NEWS_CLEANER_CACHE": str(cache)},
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.split()


@pytest.fixture(scope="module")
def whole_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cache = tmp_path_factory.mktemp("whole-cache")
    _detect_in_a_new_process(cache)  # (unpacks the model into the cache)
    return cache


@pytest.mark.parametrize(("damage", "table"), [
    ("truncated", "ptc"), ("garbage", "nextmove"), ("empty", "classes"),
    ("another size", "output"), ("no manifest", None), ("scrambled", "nextmove")])
def test_a_damaged_model_cache_is_repaired_by_the_next_run(
        damage: str, table: str | None, whole_cache: Path, tmp_path: Path) -> None:
    """A table of the cached model damaged: the next process still decides (as py3langid
    does) and leaves the cache whole, so that the one after maps it without NumPy."""
    shutil.copytree(whole_cache, tmp_path / "cache")
    [cached] = (tmp_path / "cache").glob("langid-*")
    path = cached / (f"{table}.npy" if table else "tables.json")
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(bytes(range(256)) * (len(data) // 256 + 1))
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "another size":
        np.save(path, np.load(path, allow_pickle=False)[:7], allow_pickle=False)
    elif damage == "no manifest":
        path.unlink()
    else:  # the same size and header, the values out of the tables' range
        path.write_bytes(data[:128] + b"\xff" * (len(data) - 128))
    expected = [*SAMPLES, "False"]
    assert _detect_in_a_new_process(tmp_path / "cache")[:-1] == expected[:-1]
    assert _detect_in_a_new_process(tmp_path / "cache") == expected  # (mapped: no NumPy)
