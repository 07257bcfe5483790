"""Publisher CSS rules (a rule file's ``html`` section; cleaner/html/css_rules.py), and
the HTML fixtures that rule files name in their tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cleaner import Cleaner
from cleaner.data import rules_dir
from cleaner.errors import RuleError
from cleaner.html.css_rules import css_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "tests" / "data" / "html" / "rules"


def html_tests() -> list[tuple[Path, dict[str, object]]]:
    """Every ``html.tests`` case of the packaged rule files and of the test rule folder."""
    cases = []
    for folder in (rules_dir() / "publishers", RULES):
        for path in sorted(folder.glob("*.yaml")):
            data = yaml.safe_load(path.read_text("utf-8"))
            for case in (data.get("html") or {}).get("tests", []):
                cases.append((path, case))
    return cases


@pytest.mark.parametrize("path,case", html_tests(),
                         ids=[f"{p.stem}:{c['page']}" for p, c in html_tests()])
def test_rule_file_html_fixtures(path: Path, case: dict[str, object]) -> None:
    cleaner = Cleaner([path.parent])
    page = (ROOT / str(case["page"])).read_bytes()
    result = cleaner.clean(page, url=str(case.get("url") or "") or None, format="html")
    assert result.publisher == path.stem
    kept = [line.text for line in result.lines if line.label.value == "keep"]
    dropped = [line.text for line in result.lines if line.label.value == "drop"]
    for text in case.get("keeps", []):  # type: ignore[attr-defined]
        assert any(text in k for k in kept), f"{text!r} should be kept"
    for text in case.get("drops", []):  # type: ignore[attr-defined]
        assert any(text in d for d in dropped), f"{text!r} should be dropped"


def test_css_rules_decide_the_lines_they_name() -> None:
    page = (ROOT / "tests/data/html/publishers/example.com.html").read_bytes()
    without = Cleaner().clean(page, format="html")
    assert "Also worth reading" in without.text  # (generic evidence keeps it)
    result = Cleaner([RULES]).clean(page, url="https://example.com/news/bridge")
    reasons = {line.text: [r.code for r in line.reasons] for line in result.lines}
    assert "rule:example.com/css.drop" in reasons["Also worth reading"]
    assert "rule:example.com/css.keep" in reasons["Update: Most popular"]
    assert result.lines[[line.text for line in result.lines].index(
        "Also worth reading")].category.value == "related"


def test_the_publisher_is_recognised_from_og_site_name_without_a_url() -> None:
    page = (ROOT / "tests/data/html/publishers/example.com.html").read_bytes()
    assert Cleaner([RULES]).clean(page).publisher == "example.com"


def test_a_bad_selector_names_its_file_and_key(tmp_path: Path) -> None:
    text = (RULES / "example.com.yaml").read_text("utf-8")
    bad = tmp_path / "example.org.yaml"
    bad.write_text(text.replace('container: "div.story"', 'container: "div >> p"'), "utf-8")
    with pytest.raises(RuleError, match=r"html\.container.*not a CSS selector"):
        css_rules("example.org", str(bad))


def test_an_unknown_html_key_is_refused_at_load(tmp_path: Path) -> None:
    text = (RULES / "example.com.yaml").read_text("utf-8")
    (tmp_path / "example.org.yaml").write_text(text.replace("keep_css:", "keep_cs:"), "utf-8")
    with pytest.raises(RuleError, match="unknown key 'keep_cs'"):
        Cleaner([tmp_path])
