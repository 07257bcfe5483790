"""The package type-checks under mypy's strict mode (pyproject.toml's ``[tool.mypy]``;
the kernels' types are in ``cleaner/_kernels.pyi``)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_package_type_checks(tmp_path: Path) -> None:
    mypy = pytest.importorskip("mypy.api", reason="mypy not installed: pip install '.[test]'")
    out, err, status = mypy.run([str(ROOT / "cleaner"), "--config-file",
                                 str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path)])
    assert status == 0, out + err
