from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.language import _load_identifier, detect_language
from cleaner.lexicons import available_languages

SAMPLES = {
    "en": "The council voted on Tuesday to close the library for repairs over the winter.",
    "de": "Der Gemeinderat hat am Dienstag beschlossen, die Bibliothek im Winter zu schließen.",
    "fr": "Le conseil municipal a voté mardi la fermeture de la bibliothèque pour travaux.",
    "ru": "В четверг городской совет проголосовал за закрытие библиотеки на ремонт.",
    "ja": "市議会は火曜日、冬の間図書館を修理のため閉鎖することを決めた。",
}


def test_detects_the_language_of_the_longest_lines() -> None:
    for language, text in SAMPLES.items():
        lines = ["Home", "Menu", text, "Sign in"]
        assert detect_language(lines, available_languages()) == language
    assert detect_language(["", ""], available_languages()) is None


def test_model_cache_gives_the_packaged_model(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    monkeypatch.setenv("NEWS_CLEANER_CACHE", str(tmp_path))
    packaged = LanguageIdentifier.from_model_file(MODEL_FILE)
    first = _load_identifier()  # unpacks the model and writes the cache
    [cached] = tmp_path.glob("langid-*.npz")
    stamp = cached.stat().st_mtime_ns
    second = _load_identifier()  # reads the cache
    assert cached.stat().st_mtime_ns == stamp
    for text in SAMPLES.values():
        assert first.rank(text) == second.rank(text) == packaged.rank(text)
    cached.write_bytes(b"damaged")
    assert _load_identifier().rank(SAMPLES["en"]) == packaged.rank(SAMPLES["en"])
