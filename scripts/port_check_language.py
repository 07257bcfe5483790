"""The port's equivalence check for language identification: ``cleaner._core``'s
``LanguageIdentifier.decide(texts, candidates)`` (core/src/language.rs) against the Python
``cleaner.language.detect_language(texts, candidates)``, on

- every development document (``documents()`` of scripts/evidence_digest.py: the
  benchmarks' text pages, their HTML pages, the corpus): the texts are caught where the
  pipeline hands them to ``detect_language`` (``Cleaner.clean``, text or HTML mode, after
  the publisher's CSS marks and second walk, as it passes them); a document whose language
  is given (the corpus's, a ruleset's) is detected here all the same, from its lines
  (``split_document``, or the HTML page's first walk);
- each of those again with other candidate sets (none, English alone, every language of
  the model);
- synthetic texts in more than 15 languages and edge cases (empty, digits only, one word,
  mixed scripts, all uppercase, decomposed accents, lone surrogates, ties in length);
- random strings of assigned code points (Unicode 14.0, Python 3.11's).

    python scripts/port_check_language.py                # everything
    python scripts/port_check_language.py --mode text --limit 50
    python scripts/port_check_language.py --timing       # load and per-document times
    python scripts/port_check_language.py --py3langid    # also count py3langid's own
                                                         # decisions (NumPy float32 sums)

Exit status 1 when a decision differs anywhere.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import unicodedata
from array import array
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evidence_digest import BENCHMARKS, documents  # noqa: E402

import cleaner.api as api  # noqa: E402
import cleaner.language as language  # noqa: E402
from cleaner import Cleaner  # noqa: E402
from cleaner._core import LanguageIdentifier  # noqa: E402
from cleaner.lines import split_document  # noqa: E402

# Sentences written for this check (no benchmark text), one or two per language.
SYNTHETIC = {
    "en": "The council approved the new budget on Tuesday after a long debate about schools.",
    "de": "Der Stadtrat hat am Dienstag nach langer Debatte über die Schulen den Haushalt beschlossen.",
    "fr": "Le conseil municipal a adopté mardi le nouveau budget après un long débat sur les écoles.",
    "es": "El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate sobre las escuelas.",
    "it": "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito sulle scuole.",
    "nl": "De gemeenteraad keurde dinsdag na een lang debat over de scholen de nieuwe begroting goed.",
    "pl": "Rada miasta przyjęła we wtorek nowy budżet po długiej debacie o szkołach.",
    "pt": "A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo debate sobre as escolas.",
    "ru": "Городской совет во вторник утвердил новый бюджет после долгих споров о школах.",
    "uk": "Міська рада у вівторок ухвалила новий бюджет після довгої дискусії про школи.",
    "ar": "وافق المجلس البلدي يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل حول المدارس.",
    "zh": "市议会周二在就学校问题进行长时间辩论后批准了新的预算。",
    "ja": "市議会は火曜日、学校についての長い議論の末に新しい予算を承認した。",
    "ko": "시의회는 화요일 학교에 관한 긴 토론 끝에 새 예산을 승인했다.",
    "tr": "Belediye meclisi salı günü okullar hakkındaki uzun bir tartışmanın ardından yeni bütçeyi onayladı.",
    "sv": "Kommunfullmäktige godkände på tisdagen den nya budgeten efter en lång debatt om skolorna.",
    "da": "Byrådet vedtog tirsdag det nye budget efter en lang debat om skolerne.",
    "no": "Bystyret vedtok tirsdag det nye budsjettet etter en lang debatt om skolene.",
    "fi": "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion pitkän koulukeskustelun jälkeen.",
    "cs": "Městské zastupitelstvo v úterý po dlouhé debatě o školách schválilo nový rozpočet.",
    "id": "Dewan kota menyetujui anggaran baru pada hari Selasa setelah perdebatan panjang tentang sekolah.",
    "hi": "नगर परिषद ने मंगलवार को स्कूलों पर लंबी बहस के बाद नया बजट मंज़ूर किया।",
    "el": "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον νέο προϋπολογισμό μετά από μακρά συζήτηση.",
    "hu": "A városi tanács kedden hosszú vita után elfogadta az új költségvetést az iskolákról.",
    "ro": "Consiliul local a aprobat marți noul buget după o dezbatere lungă despre școli.",
}

EDGE_CASES: list[list[str]] = [
    [], [""], ["", "", ""], [" "], ["   ", "\t"],
    ["12345"], ["2024-05-01 12:30"], ["0" * 700],
    ["Haus"], ["the"], ["Zürich"], ["été"], ["!!!"], ["— · —"],
    ["Hello Привет 你好 مرحبا नमस्ते"], ["Berlin Берлин 柏林 برلين"],
    ["DAS IST EIN GANZ NORMALER SATZ IN GROSSBUCHSTABEN"], ["THE COUNCIL APPROVED THE BUDGET"],
    ["ΟΔΟΣ ΚΑΙ ΣΟΦΙΑ ΣΤΗΝ ΑΘΗΝΑ"], ["ΑΣ. ΣΑΣ'Σ ΣΑ"], ["İSTANBUL BÜYÜKŞEHİR BELEDİYESİ"],
    ["ǅemal je došao kući"], ["ᾈ ΑΘΗΝΑ"],
    ["cafe\u0301 cre\u0300me bru\u0302le\u0301e a\u0308rger"], ["Ａｂｃ ｔｅｓｔ ﬁne"],
    ["abc\ud800def and more words here"], ["\udc80\udcff"], ["ПРИВЕТ\ud83dМИР"],
    ["x" * 600, "y" * 600], ["a b"] * 30, [f"line {i:02d}" for i in range(40)],
    ["short", "a much longer line of words", "mid line", "a much longer line of w0rds"],
    ["😀 🎉 👍"], ["\u200b\u200c\u200d"], ["\x00\x01\x02"], ["\ufeffBOM start"],
]


def compare(ident: Any, texts: list[str], candidates: tuple[str, ...]) -> tuple[Any, Any]:
    """(Python's decision, Rust's): a result, or the error's type."""
    def run(fn: Any) -> Any:
        try:
            return fn(texts, candidates)
        except ValueError as exc:
            return ("ValueError", str(exc) if "Unknown" not in str(exc) else "unknown")
    return run(language.detect_language), run(ident.decide)


def sample_of(texts: list[str]) -> str:
    """detect_language's sample (its code, step by step)."""
    longest = sorted(texts, key=len, reverse=True)[:12]
    sample, size = [], 0
    for text in longest:
        sample.append(text)
        size += len(text)
        if size >= language.SAMPLE_CHARS:
            break
    return " ".join(sample)


def raw_scores(ident: Any, texts: list[str], candidates: tuple[str, ...]) -> tuple[Any, Any]:
    """The float32 scores behind the decision: the kernels' (as ``_Identifier.decide``
    computes them) and Rust's, with the columns' labels, to compare bit for bit."""
    languages = tuple(sorted({*candidates, *language.EXTRA_LANGUAGES}))
    text = sample_of(texts)
    kernel = language._identifier(languages)
    if text.isupper():
        text = text.lower()
    data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
    scores = array("f", bytes(4 * len(kernel.classes)))
    if not language.dfa_scores(data, *kernel.walk, kernel.table, kernel.prior, scores):
        scores = array("f", [language.RAW_FLOOR] * len(kernel.classes))
    for i, j in kernel.aliases:
        scores[i] = max(scores[i], scores[j])
        scores[j] = language.RAW_FLOOR
    labels, rust = ident.scores(sample_of(texts), list(languages))
    return (kernel.classes, scores.tolist()), (labels, rust)


class Caught(Exception):
    """Raised by the recorder: the pipeline has handed over its texts, stop there."""


def pipeline_texts(cleaner: Cleaner, doc: str | bytes, url: str | None) -> list[list[str]]:
    """The texts the pipeline hands to detect_language for a document (its one call), or
    the document's lines where the language is decided without it."""
    calls: list[list[str]] = []

    def recorder(texts: Any, candidates: Any) -> Any:
        calls.append(list(texts))
        raise Caught

    original = api.detect_language
    api.detect_language = recorder
    try:
        cleaner.clean(doc, url=url, format="html" if isinstance(doc, bytes) else "text")
    except Caught:
        pass
    finally:
        api.detect_language = original
    if calls:
        return calls
    if isinstance(doc, bytes):
        from cleaner.html.page import page_lines, parse_page
        return [[line.text for line in page_lines(parse_page(doc))]]
    return [[line.text for line in split_document(doc)[0]]]


def random_texts(rng: random.Random, count: int) -> list[list[str]]:
    """Strings of assigned code points (Python's Unicode 14.0) with spaces and case."""
    pools = [range(0x20, 0x250), range(0x370, 0x530), range(0x590, 0x700), range(0x900, 0xD80),
             range(0x1E00, 0x2000), range(0x3040, 0x3100), range(0x4E00, 0x4F00),
             range(0xAC00, 0xAD00), range(0x300, 0x370)]
    out = []
    for _ in range(count):
        lines = []
        for _ in range(rng.randint(1, 15)):
            pool = rng.choice(pools)
            chars = [chr(rng.choice(pool)) for _ in range(rng.randint(0, 120))]
            chars = [c for c in chars if unicodedata.category(c) not in ("Cn", "Cs")]
            text = "".join(c if rng.random() > 0.15 else " " for c in chars)
            lines.append(text.upper() if rng.random() < 0.2 else text)
        out.append(lines)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--benchmarks", type=Path, default=BENCHMARKS)
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both")
    parser.add_argument("--limit", type=int, default=0, help="at most this many documents")
    parser.add_argument("--random", type=int, default=2000, help="random texts to compare")
    parser.add_argument("--timing", action="store_true",
                        help="only time loading and deciding (scrapinghub text pages)")
    parser.add_argument("--py3langid", action="store_true",
                        help="also count where py3langid itself decides otherwise")
    args = parser.parse_args(argv)
    if args.timing:
        return timing(args.benchmarks)

    assert LanguageIdentifier.SAMPLE_CHARS == language.SAMPLE_CHARS
    assert tuple(LanguageIdentifier.EXTRA_LANGUAGES) == language.EXTRA_LANGUAGES
    started = time.perf_counter()
    ident = LanguageIdentifier()
    print(f"model ready in {(time.perf_counter() - started) * 1e3:.2f} ms (embedded)")
    cleaner = Cleaner()
    own = tuple(cleaner._languages)
    every = tuple(dict.fromkeys(ident.classes))
    others = ((), ("en",), every)
    checked: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    differing: list[str] = []
    py3: Any = None
    if args.py3langid:
        from py3langid.langid import LanguageIdentifier as Py3

        py3 = Py3.from_model_file("data/model.npz.xz")
    py3_differ: Counter[str] = Counter()
    decisions: Counter[str] = Counter()

    def check(kind: str, name: str, texts: list[str], candidates: tuple[str, ...]) -> None:
        expected, got = compare(ident, texts, candidates)
        checked[kind] += 1
        if kind == "document":
            decisions[str(expected)] += 1
        if isinstance(expected, str):
            kernel, rust = raw_scores(ident, texts, candidates)
            if kernel != rust:
                differing.append(f"{kind} {name}: scores differ")
            scored[kind] += 1
        if expected != got:
            differing.append(f"{kind} {name} {candidates if len(candidates) < 20 else '(all)'}: "
                             f"python {expected!r}, rust {got!r}")
        if py3 is not None and isinstance(expected, str):
            languages = tuple(sorted({*candidates, *language.EXTRA_LANGUAGES}))
            py3.set_languages(list(languages))
            if py3.classify(sample_of(texts))[0] != expected:
                py3_differ[kind] += 1

    count = 0
    for set_name, page, doc, url, _ in documents(args.benchmarks, args.mode):
        if args.limit and count >= args.limit:
            break
        count += 1
        for texts in pipeline_texts(cleaner, doc, url):
            check("document", f"{set_name}/{page}", texts, own)
            for candidates in others:
                check("document, other candidates", f"{set_name}/{page}", texts, candidates)
    for code, sentence in SYNTHETIC.items():
        for texts in ([sentence], [sentence.upper()], [sentence.lower()], sentence.split(),
                      [sentence, SYNTHETIC["en"]], [sentence[: len(sentence) // 3]]):
            for candidates in (own, ()):
                check("synthetic", code, texts, candidates)
    for i, texts in enumerate(EDGE_CASES):
        for candidates in (own, (), ("en", "en"), every):
            check("edge case", f"#{i}", texts, candidates)
    check("edge case", "unknown code", ["Some words"], ("xx",))
    check("edge case", "unknown code, no text", [""], ("xx",))
    for i, texts in enumerate(random_texts(random.Random(17), args.random)):
        check("random", f"#{i}", texts, own)

    for kind, n in checked.items():
        print(f"{kind:<28} {n:>6} decisions compared, {scored[kind]:>6} score vectors")
    print("documents' decisions (python):",
          ", ".join(f"{k} {v}" for k, v in decisions.most_common()))
    if py3 is not None:
        print("py3langid itself decides otherwise:",
              dict(py3_differ) or "nowhere", "(informational: the reference is detect_language)")
    for line in differing[:50]:
        print("DIFFERS:", line)
    print(f"{len(differing)} decision(s) differ" if differing else
          f"identical: {sum(checked.values())} decisions")
    return 1 if differing else 0


def timing(benchmarks: Path) -> int:
    """Load times, and per-document times of the Python/C path and of Rust, over the
    scrapinghub text pages (their lines as split_document gives them)."""
    pages = [[line.text for line in split_document(doc)[0]]
             for name, _, doc, _, _ in documents(benchmarks, "text") if name == "scrapinghub"]
    candidates = Cleaner()._languages
    started = time.perf_counter()
    language.detect_language(["warm up"], candidates)  # (the model's tables, mapped or read)
    python_load = time.perf_counter() - started
    started = time.perf_counter()
    ident = LanguageIdentifier()
    rust_load = time.perf_counter() - started
    ident.decide(["warm up"], candidates)
    results = {}
    for name, fn in (("python/C", language.detect_language), ("rust", ident.decide)):
        best = float("inf")
        for _ in range(5):
            started = time.perf_counter()
            out = [fn(texts, candidates) for texts in pages]
            best = min(best, time.perf_counter() - started)
        results[name] = (best, out)
    assert results["python/C"][1] == results["rust"][1]
    chars = sum(len(t) for texts in pages for t in texts)
    print(f"{len(pages)} scrapinghub text pages, {chars / 1e6:.1f} M characters")
    print(f"load: python/C {python_load * 1e3:.1f} ms (first call, {language._cache_folder()}),"
          f" rust {rust_load * 1e3:.1f} ms (embedded model)")
    for name, (best, _) in results.items():
        print(f"{name:<9} {best * 1e3:8.1f} ms in all, {best / len(pages) * 1e6:7.1f} µs per "
              "document (best of 5)")
    print(f"ratio python/C : rust = {results['python/C'][0] / results['rust'][0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
