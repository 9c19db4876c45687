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


def section(title: str) -> str:
    return README.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_centres_to_verify_live_are_exactly_the_disabled_spiders():
    from crawlers.registry import spider_classes
    from crawlers.unconfirmed import CENTRES
    text = section("Centres to verify live")
    listed = set(re.findall(r"^\| `([\w-]+)` \|", text, re.M))
    assert listed == {slug for slug, cls in spider_classes().items() if not cls.enabled}
    assert all(not spider_classes()[slug].address_confirmed for slug in listed)
    assert all(centre["name"] in " ".join(text.split()) for centre in CENTRES)
    assert "crpv probe" in text and "--saved" in text


def test_the_new_centre_example_is_a_working_spider():
    code = re.search(r"```python\n(.*?)```", section("Adding a centre"), re.S).group(1)
    namespace: dict = {}
    exec(code, namespace)
    spider = namespace["CrpvExempleSpider"]()
    assert spider.name == "crpv-exemple" and spider.enabled
    urls = [r.url for r in spider.entry_requests()]
    assert urls and all(u.startswith("https://www.crpv-exemple.fr/wp-json/wp/v2/") for u in urls)
