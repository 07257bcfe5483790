"""Build hook: compile the Rust core (``core/``, cargo) and ``cleaner/_kernels.c``
(setuptools' ``build_ext``) into the wheel.

The core is required: without cargo the build fails, saying so. ``python hatch_build.py``
builds both next to the source, for a checkout run in place (``python -m pytest``).

The kernels are optional: without a C compiler (or with ``NEWS_CLEANER_PURE_PYTHON=1``)
the build warns and the wheel is pure Python, whose results are the same, only slower.
An editable install (``pip install -e .``) builds the module next to its source, where the
editable package is imported from; a regular one builds it in a temporary folder, puts it
into the wheel and copies it next to the source as well.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # run as a script (`python hatch_build.py`), outside a build
    if __name__ != "__main__":
        raise
    BuildHookInterface = object

SOURCE = "cleaner/_kernels.c"


class KernelsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or os.environ.get("NEWS_CLEANER_PURE_PYTHON"):
            return
        root = Path(self.root)
        editable = version == "editable"
        out = root if editable else Path(tempfile.mkdtemp(prefix="news-cleaner-build-"))
        core = build_core(root, out)
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if editable:
            build_data["artifacts"].append(core.relative_to(out).as_posix())
        else:
            build_data["force_include"][str(core)] = core.relative_to(out).as_posix()
            _copy_beside_source(core, root / core.relative_to(out))
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
        _copy_beside_source(built, root / relative)


def _copy_beside_source(built: Path, target: Path) -> None:
    """Also next to the source (git ignores it), as an in-place build would: code run from
    the checkout (`python -m pytest` at its root imports ./cleaner) gets it too."""
    try:
        shutil.copyfile(built, target)
    except OSError as exc:
        print(f"news-cleaner: {built.name} not copied into the source tree ({exc})",
              file=sys.stderr)


def build_core(root: Path, out: Path) -> Path:
    """``cargo build --release`` of ``core/``; the library, as ``out/cleaner/_core<suffix>``."""
    cargo = shutil.which("cargo")
    if cargo is None:
        raise RuntimeError("news-cleaner needs Rust's cargo to build its core "
                           "(https://rustup.rs), and found none on PATH")
    manifest = root / "core" / "Cargo.toml"
    subprocess.run([cargo, "build", "--release", "--manifest-path", str(manifest)], check=True)
    names = {"linux": "lib_core.so", "darwin": "lib_core.dylib", "win32": "_core.dll"}
    built = root / "core" / "target" / "release" / names.get(sys.platform, "lib_core.so")
    target = out / "cleaner" / f"_core{sysconfig.get_config_var('EXT_SUFFIX')}"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(built, target)
    return target


def _compile(root: Path, out: Path) -> Path:
    from setuptools import Distribution, Extension

    posix = os.name != "nt"
    extension = Extension("cleaner._kernels", [str(root / SOURCE)],
                          extra_compile_args=["-O2"] if posix else [])
    dist = Distribution({"name": "news-cleaner-kernels", "ext_modules": [extension]})
    command = dist.get_command_obj("build_ext")
    command.build_lib = str(out)  # type: ignore[attr-defined]
    command.build_temp = tempfile.mkdtemp(prefix="news-cleaner-temp-")  # type: ignore[attr-defined]
    command.ensure_finalized()
    command.run()
    return out / command.get_ext_filename("cleaner._kernels")  # type: ignore[attr-defined]


if __name__ == "__main__":  # build both next to the source, for a checkout run in place
    here = Path(__file__).resolve().parent
    print(build_core(here, here))
    print(_compile(here, here))
