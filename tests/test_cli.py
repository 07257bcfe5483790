from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cleaner.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _seed_text(name: str) -> str:
    from cleaner.corpus import read_doc

    return read_doc(ROOT / "corpus" / "seeds" / f"{name}.tsv").text


def _run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cleaner.cli", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=120)


def test_python_dash_m_cleaner_is_the_clean_command() -> None:
    text = _seed_text("003").encode()
    proc = subprocess.run([sys.executable, "-m", "cleaner"], input=text, capture_output=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0
    assert proc.stdout == _run([], text).stdout


def test_stdin_to_stdout() -> None:
    proc = _run([], _seed_text("003").encode())
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert out.startswith("Putin Speaks to Netanyahu")
    assert "Support The Moscow Times" not in out


def test_explain_shows_a_reason_for_every_dropped_line() -> None:
    from cleaner import Cleaner

    text = _seed_text("000")
    proc = _run(["--explain"], text.encode())
    rows = proc.stdout.decode().split("\n")
    drops = [r for r in rows if r[6:10] == "drop"]
    assert drops and len(drops) == len(Cleaner().clean(text).dropped)
    assert all(("rule:" in r or "score:" in r or "lexicon:" in r or "smooth:" in r) for r in drops)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(_seed_text("000"), encoding="utf-8")
    (src / "sub" / "b.txt").write_text(_seed_text("001"), encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "bad.txt").write_bytes(b"caf\xe9\n")
    (src / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (src / "notes.md").write_text("not matched by --glob", encoding="utf-8")
    return src


def test_folder_mirrors_tree_and_accounts_for_every_file(
        folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    code = main([str(folder), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1  # two inputs failed
    assert (out / "sub" / "b.txt").read_text("utf-8") == _seed_text("001")
    assert "Subscribe now" not in (out / "a.txt").read_text("utf-8")
    assert (out / "empty.txt").read_text("utf-8") == ""
    assert not (out / "bad.txt").exists() and not (out / "bin.txt").exists()
    assert "documents: 3 cleaned, 2 failed, 1 skipped" in err
    assert "invalid UTF-8 at byte 3" in err and "binary" in err
    assert "subscription" in err
    assert not list(out.rglob("*.tmp"))
    assert before == {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_jobs_two_gives_the_same_output(folder: Path, tmp_path: Path) -> None:
    main([str(folder), "-o", str(tmp_path / "one"), "--quiet"])
    main([str(folder), "-o", str(tmp_path / "two"), "--jobs", "2", "--quiet"])
    one, two = ({p.relative_to(tmp_path / name): p.read_bytes()
                 for p in (tmp_path / name).rglob("*.txt")} for name in ("one", "two"))
    assert one == two and len(one) == 3


def test_refuses_output_inside_input(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(folder), "-o", str(folder / "cleaned")]) == 1
    assert "never writes into its inputs" in capsys.readouterr().err
    assert not (folder / "cleaned").exists()


def test_refuses_to_overwrite_a_single_input(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Subscribe now\nText of the article here.", encoding="utf-8")
    assert main([str(path), "-o", str(tmp_path)]) == 1
    assert path.read_text("utf-8").startswith("Subscribe now")


def test_folder_needs_output(folder: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main([str(folder)])
    assert info.value.code == 2


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main([str(tmp_path / "nope.txt")])
    assert info.value.code == 2


def test_invalid_stdin_is_a_clear_error() -> None:
    proc = _run([], b"ok \xff bad")
    assert proc.returncode == 1 and b"invalid UTF-8" in proc.stderr


def test_malformed_rule_folder_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "x.com.yaml").write_text("publisher: X\nrules: [\n", encoding="utf-8")
    proc = _run(["--rules", str(tmp_path)], b"text")
    assert proc.returncode == 1
    assert b"x.com.yaml:" in proc.stderr and b"not valid YAML" in proc.stderr


def test_body_format(tmp_path: Path) -> None:
    proc = _run(["--format", "body"], _seed_text("004").encode())
    assert proc.stdout.decode().startswith("Israel has expressed its dissatisfaction")


def test_corpus_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", str(ROOT / "corpus" / "seeds")]) == 0
    out = capsys.readouterr().out
    assert "keep P" in out and "seeds" in out


def test_reports_add_up_in_place() -> None:
    from collections import Counter

    from cleaner.batch import Report

    total = Report()
    first = Report(documents=1, lines=3, lines_removed=Counter(navigation=2),
                   chars_removed=Counter(navigation=9), publishers=Counter({"(generic)": 1}))
    second = Report(failed=1, errors=["b.txt: invalid UTF-8"], skipped=Counter(glob=2),
                    lines_removed=Counter(navigation=1, comments=4))
    for report in (first, second):
        total += report
    assert (total.documents, total.failed, total.skipped, total.lines) == (1, 1, {"glob": 2}, 3)
    assert total.lines_removed == Counter(navigation=3, comments=4)
    assert total.chars_removed == Counter(navigation=9)
    assert total.publishers == Counter({"(generic)": 1})
    assert total.errors == ["b.txt: invalid UTF-8"]
    assert first.lines_removed == Counter(navigation=2)  # (the parts are left as they were)
