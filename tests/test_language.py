"""Language identification (``cleaner.language.detect_language``, made by the core's
``LanguageIdentifier`` with py3langid's embedded model): what it decides, on texts written
for these tests."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from cleaner import _core, language
from cleaner.language import EXTRA_LANGUAGES, SAMPLE_CHARS, detect_language
from cleaner.lexicons import available_languages

ROOT = Path(__file__).resolve().parents[1]

SAMPLES = {
    "en": "The council voted on Tuesday to close the library for repairs over the winter.",
    "de": "Der Gemeinderat hat am Dienstag beschlossen, die Bibliothek im Winter zu schließen.",
    "fr": "Le conseil municipal a voté mardi la fermeture de la bibliothèque pour travaux.",
    "ru": "В четверг городской совет проголосовал за закрытие библиотеки на ремонт.",
    "ja": "市議会は火曜日、冬の間図書館を修理のため閉鎖することを決めた。",
}
CANDIDATES = ("de", "en", "fr", "ru")
# py3langid's score of a language no feature spoke for: float32's lowest
RAW_FLOOR = -3.4028234663852886e38


def test_detects_the_language_of_the_longest_lines() -> None:
    for expected, text in SAMPLES.items():
        lines = ["Home", "Menu", text, "Sign in"]
        assert detect_language(lines, available_languages()) == expected


def test_no_text_is_no_language() -> None:
    assert detect_language([], CANDIDATES) is None
    assert detect_language(["", ""], CANDIDATES) is None
    # no text: the candidates are not even looked at
    assert detect_language([""], ["xx"]) is None


def test_the_extra_languages_may_win_over_the_candidates() -> None:
    assert "ja" in EXTRA_LANGUAGES and "ja" not in CANDIDATES
    assert detect_language([SAMPLES["ja"]], CANDIDATES) == "ja"
    assert detect_language([SAMPLES["ja"]], []) == "ja"
    # a language neither a candidate nor an extra is never the answer
    assert detect_language([SAMPLES["fr"]], ["en"]) != "fr"
    assert detect_language([SAMPLES["fr"]], ["en"]) in {"en", *EXTRA_LANGUAGES}


def test_an_unknown_candidate_is_an_error() -> None:
    with pytest.raises(ValueError, match="Unknown language code"):
        detect_language([SAMPLES["en"]], ["en", "xx"])


def test_only_the_longest_lines_are_sampled() -> None:
    # twelve long English lines outweigh any number of short German ones
    english = [f"{SAMPLES['en']} ({i})" for i in range(12)]
    german = ["Der Rat hat beschlossen."] * 50
    assert detect_language(german + english, CANDIDATES) == "en"
    # the sample: the longest lines, longest first, joined by spaces, until SAMPLE_CHARS
    ident, languages = _core.LanguageIdentifier(), sorted({*CANDIDATES, *EXTRA_LANGUAGES})
    long_line = " ".join([SAMPLES["de"]] * (SAMPLE_CHARS // len(SAMPLES["de"]) + 1))
    assert len(long_line) >= SAMPLE_CHARS
    lines = ["Menu", SAMPLES["en"], long_line, SAMPLES["fr"]]
    assert detect_language(lines, CANDIDATES) == ident.classify(long_line, languages)
    lines = ["Menu", SAMPLES["ru"], "Home", SAMPLES["en"], SAMPLES["fr"]]
    sample = " ".join([SAMPLES["fr"], SAMPLES["en"], SAMPLES["ru"], "Menu", "Home"])
    assert len(SAMPLES["fr"]) > len(SAMPLES["en"]) > len(SAMPLES["ru"])
    assert detect_language(lines, CANDIDATES) == ident.classify(sample, languages)
    assert ident.scores(sample, languages) != ident.scores(SAMPLES["fr"], languages)


def test_case_and_normalisation_do_not_change_the_decision() -> None:
    for expected in ("en", "de", "fr", "ru"):
        text = SAMPLES[expected]
        assert detect_language([text.upper()], CANDIDATES) == expected  # (lowered)
        assert detect_language([unicodedata.normalize("NFD", text)], CANDIDATES) == expected


def test_odd_texts_are_decided_without_error() -> None:
    for texts in (["12345"], ["!!!"], ["\ud800 lone surrogate \udfff"], ["\x00\x01"],
                  ["😀 🎉"], ["x" * 10_000], ["a b"] * 1000):
        assert detect_language(texts, CANDIDATES) in {*CANDIDATES, *EXTRA_LANGUAGES}
    with pytest.raises(TypeError):
        detect_language([b"bytes"], CANDIDATES)  # type: ignore[list-item]


def test_the_identifier_is_thread_safe() -> None:
    texts = [[text, "Home"] for text in SAMPLES.values()] * 40
    expected = [detect_language(t, CANDIDATES) for t in texts]
    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(lambda t: detect_language(t, CANDIDATES), texts)) == expected


def test_scores_and_labels_behind_a_decision() -> None:
    ident = _core.LanguageIdentifier()
    assert ident.SAMPLE_CHARS == SAMPLE_CHARS
    assert tuple(ident.EXTRA_LANGUAGES) == EXTRA_LANGUAGES
    labels, scores = ident.scores(SAMPLES["de"], ["en", "de", "fr"])
    assert sorted(labels) == ["de", "en", "fr"] and len(scores) == 3
    assert labels[scores.index(max(scores))] == "de"
    assert ident.classify(SAMPLES["de"], ["en", "de", "fr"]) == "de"
    # no feature at all: every score is the floor, and the first column wins
    labels, scores = ident.scores("", ["en", "de"])
    assert scores == [RAW_FLOOR, RAW_FLOOR]
    assert ident.classify("", ["en", "de"]) == labels[0]


def test_a_label_in_two_columns_keeps_one_score() -> None:
    """py3langid's model has labels in two columns (script aliases): restricted to every
    label, the second column of each scores the floor, the first the larger of the two."""
    ident = _core.LanguageIdentifier()
    classes = list(ident.classes)
    twice = {c for c in classes if classes.count(c) > 1}
    assert twice
    labels, scores = ident.scores("Ђорђе живи у Србији и ради у Београду.", classes)
    seen: set[str] = set()
    for label, score in zip(labels, scores, strict=True):
        if label in twice and label in seen:
            assert score == RAW_FLOOR
        seen.add(label)


def test_decisions_equal_py3langids_own() -> None:
    """Against py3langid itself where it is installed (it sums in float32, the core
    exactly: the scores agree to float32's precision, the decisions on these texts)."""
    langid = pytest.importorskip("py3langid.langid")
    if importlib.metadata.version("py3langid") != "0.4.0":
        pytest.skip("the core embeds py3langid 0.4.0's model")
    np = pytest.importorskip("numpy")
    reference = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)
    ident = _core.LanguageIdentifier()
    assert list(ident.classes) == list(reference.nb_classes)
    languages = sorted({*available_languages(), *EXTRA_LANGUAGES})
    reference.set_languages(languages)
    for text in [*SAMPLES.values(), *(t.upper() for t in SAMPLES.values()), "Haus", "12"]:
        assert ident.classify(text, languages) == reference.classify(text)[0], text
        labels, scores = ident.scores(text, languages)
        assert labels == list(reference.nb_classes)
        expected = reference._decide(text)
        assert np.allclose(np.array(scores, dtype=np.float32), expected, rtol=1e-5, atol=1e-4)


def test_a_new_process_is_ready_at_once_and_writes_no_cache(tmp_path: Path) -> None:
    """The model is embedded in the core: a process imports neither NumPy nor py3langid,
    reads and writes no model file, and its identifier is ready in milliseconds."""
    script = ("import sys, time; from cleaner import language; "
              "t = time.perf_counter(); language._core.LanguageIdentifier(); "
              "built = time.perf_counter() - t; "
              "assert language.detect_language(sys.argv[1:], ['en', 'de']) == 'de'; "
              "print(built < 0.05, sorted(m for m in ('numpy', 'py3langid') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script, SAMPLES["de"]], cwd=ROOT,
                          env={**os.environ, "NEWS_CLEANER_CACHE": str(tmp_path)},
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "[]"]
    assert list(tmp_path.iterdir()) == []


def test_the_module_keeps_one_identifier() -> None:
    assert isinstance(language._IDENTIFIER, _core.LanguageIdentifier)


def test_a_core_document_is_sampled_as_its_lines_texts_are() -> None:
    """``detect_language`` of the core's document (what ``Cleaner.clean`` asks) samples the
    same 12 longest lines (in code points; of equal lengths, the first) as of its texts."""
    lines = [SAMPLES["fr"][:n] for n in (5, 40, 40, 12, 60, 40, 3, 40, 40, 7, 40, 40, 40, 40)]
    lines += ["é" * 41, "", "x" * 40, SAMPLES["de"]]
    core, _ = _core.split_document("\n".join(lines))
    texts = core.texts()
    longest = sorted(sorted(range(len(texts)), key=lambda i: -len(texts[i]))[:12])
    assert detect_language(core, CANDIDATES) == detect_language(texts, CANDIDATES) == (
        detect_language([texts[i] for i in longest], CANDIDATES))
    short, _ = _core.split_document("one\n\ntwo lines")
    assert detect_language(short, CANDIDATES) == detect_language(short.texts(), CANDIDATES)
    assert detect_language(_core.split_document("\n\n")[0], CANDIDATES) is None
