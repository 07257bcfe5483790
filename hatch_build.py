"""Build hook: compile ``cleaner/_kernels.c`` into the wheel (setuptools' ``build_ext``).

The kernels are optional: without a C compiler (or with ``NEWS_CLEANER_PURE_PYTHON=1``)
the build warns and the wheel is pure Python, whose results are the same, only slower.
An editable install (``pip install -e .``) builds the module next to its source, where the
editable package is imported from; a regular one builds it in a temporary folder, puts it
into the wheel and copies it next to the source as well.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCE = "cleaner/_kernels.c"


class KernelsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or os.environ.get("NEWS_CLEANER_PURE_PYTHON"):
            return
        root = Path(self.root)
        editable = version == "editable"
        out = root if editable else Path(tempfile.mkdtemp(prefix="news-cleaner-build-"))
        try:
            built = _compile(root, out)
        except Exception as exc:  # no compiler, no headers: the pure-Python code runs
            print(f"news-cleaner: not compiling {SOURCE} ({type(exc).__name__}: {exc}); "
                  "the pure-Python code will run instead", file=sys.stderr)
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        relative = built.relative_to(out).as_posix()
        if editable:
            build_data["artifacts"].append(relative)
            return
        build_data["force_include"][str(built)] = relative
        # Also next to the source (git ignores it), as an in-place build would: code run from
        # the checkout (`python -m pytest` at its root imports ./cleaner) gets the kernels too.
        try:
            shutil.copyfile(built, root / relative)
        except OSError as exc:
            print(f"news-cleaner: kernels not copied into the source tree ({exc})",
                  file=sys.stderr)


def _compile(root: Path, out: Path) -> Path:
    from setuptools import Distribution, Extension

    posix = os.name != "nt"
    extension = Extension("cleaner._kernels", [str(root / SOURCE)],
                          extra_compile_args=["-O2"] if posix else [],
                          libraries=["m"] if posix else [])  # log1pf
    dist = Distribution({"name": "news-cleaner-kernels", "ext_modules": [extension]})
    command = dist.get_command_obj("build_ext")
    command.build_lib = str(out)  # type: ignore[attr-defined]
    command.build_temp = tempfile.mkdtemp(prefix="news-cleaner-temp-")  # type: ignore[attr-defined]
    command.ensure_finalized()
    command.run()
    return out / command.get_ext_filename("cleaner._kernels")  # type: ignore[attr-defined]
