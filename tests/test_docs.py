"""The README and the --help texts stay in step with the command line."""

import re

import pytest
from click.testing import CliRunner

from pipeline import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()
COMMANDS = sorted(cli.commands)


def test_readme_starts_with_the_two_setup_commands():
    first_block = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    assert "make run" in first_block and "make test" in first_block
    assert "make test" in (ROOT / ".ci" / "run").read_text()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented_with_an_example(command):
    assert f"`crpv {command}" in README, f"README does not document `crpv {command}`"
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"crpv {command}" in result.output


def test_every_source_is_in_the_readme():
    from crawlers.registry import spider_classes
    for slug in spider_classes():
        assert f"`{slug}`" in README
