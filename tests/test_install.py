"""Installs are reproducible: `make` installs the versions of constraints.txt, which satisfy
pyproject.toml and are the ones these tests run with; apt brings no recommended extras."""

import subprocess
import tomllib
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

UPDATE = "run `make constraints`, then `make test`, and commit constraints.txt"
NOT_PINNED = {"pip", "setuptools", "wheel", "crpv-corpus"}  # the installer, and the project itself


def pins() -> dict[str, str]:
    lines = (ROOT / "constraints.txt").read_text().splitlines()
    pairs = [line.split("==") for line in lines if line and not line.startswith("#")]
    return {canonicalize_name(name): version for name, version in pairs}


def requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = [r for group in project["optional-dependencies"].values() for r in group]
    return [Requirement(r) for r in project["dependencies"] + extras]


def test_every_requirement_is_pinned_within_its_range():
    pinned = pins()
    for req in requirements():
        name = canonicalize_name(req.name)
        assert name in pinned, f"{req.name} is not in constraints.txt: {UPDATE}"
        assert req.specifier.contains(pinned[name], prereleases=True), \
            f"constraints.txt pins {req.name}=={pinned[name]}, outside {req}: {UPDATE}"


def test_the_tests_run_with_the_pinned_versions():
    pinned = pins()
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in metadata.distributions()}
    differ = {name: (version, pinned.get(name)) for name, version in installed.items()
              if name not in NOT_PINNED and pinned.get(name) != version}
    assert not differ, f"installed and pinned versions differ {differ}: {UPDATE}"


def make_dry_run(*targets: str) -> str:
    """What make would run, without running it (-B: as on a fresh clone)."""
    return subprocess.run(["make", "-n", "-B", *targets, "VENV=/nonexistent-venv"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout


def test_make_installs_the_pinned_versions_and_no_recommended_packages():
    assert "pip install -q -c constraints.txt -e '.[dev]'" in make_dry_run("/nonexistent-venv/.installed")
    apt = make_dry_run("system-deps")
    assert "apt-get install -y -qq --no-install-recommends" in apt
    for package in ("chromium", "chromium-driver", "tesseract-ocr-fra", "wfrench", "fonts-dejavu-core"):
        assert f" {package}" in apt
