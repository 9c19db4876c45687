"""Replica variants the spiders were not written against (tests/mutations.py), crawled for real:
per platform, every markup mutation at once (feeds and sitemaps under wrong Content-Types with an
empty link, classes and ids renamed, wrappers, download buttons under the title, another
pagination parameter, a section only in the menu, bare and www hosts redirecting the other way),
then one channel broken while the canonical host is down. What the baseline crawl of the
unchanged replica found must be recovered: 95% of documents, bodies and files, 90% with a channel
broken. `python -m benchmarks.mutations` prints the same shares for each mutation alone."""

import json

import pytest

from tests.mutations import PLATFORMS, VARIANTS, copy_sites, crawl, make_variant, recovered

GOALS = {"all": 0.95, "broken_channel": 0.90}


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("mutations")


@pytest.fixture(scope="module")
def baselines(work):
    return {}


def baseline(baselines, work, name):
    if name not in baselines:
        platform = PLATFORMS[name]
        baselines[name] = crawl(platform, copy_sites(work / name / "baseline" / "sites"),
                                work / name / "baseline", work / "cache")
        assert baselines[name].items, f"the baseline crawl of {platform.slug} found nothing"
    return baselines[name]


@pytest.mark.parametrize("variant", list(GOALS))
@pytest.mark.parametrize("name", list(PLATFORMS))
def test_a_variant_of_the_replica_loses_almost_nothing(baselines, work, name, variant):
    platform, base = PLATFORMS[name], baseline(baselines, work, name)
    root, added = make_variant(platform, VARIANTS[variant], base, work / name / variant / "sites", work / "cache")
    result = recovered(base, crawl(platform, root, work / name / variant, work / "cache"), added)
    goal = GOALS[variant]
    assert result["documents"] >= goal and result["bodies"] >= goal and result["files"] >= goal, result
    if "menu_section" in VARIANTS[variant] and platform.section:
        assert added and result["found"] == result["expected"], "the section only in the menu was missed"


def test_the_mutations_really_change_what_the_spiders_were_written_against(work, baselines):
    """Each markup mutation shows in the variant's answers: the spiders' selectors no longer
    match, the feed is served as HTML with an empty link, the old pagination URLs are gone."""
    platform = PLATFORMS["spip"]
    base = baseline(baselines, work, "spip")
    root, _ = make_variant(platform, VARIANTS["all"], base, work / "check" / "sites", work / "cache")
    site = root / platform.alias  # hosts swapped: the www host redirects to the bare one
    routes = json.loads((site / "_site.json").read_text())["routes"]
    feed = routes["/spip.php?page=backend"]
    assert feed["headers"]["Content-Type"].startswith("text/html")
    assert b"<link></link>" in (site / feed["file"]).read_bytes()
    article = (site / routes["/Aubervilliers-une-couveuse-pour-les-createurs-des-quartiers"]["file"]).read_bytes()
    assert b'class="chapo"' not in article and b'class="texte"' not in article
    assert b'class="actions"' in article and "Télécharger".encode("latin-1") in article
    assert routes["/Les-fiches-experience?debut_autres_articles=3"] == {"status": 404}
    assert "/Les-fiches-experience?debut_liste=3" in routes and "/Etudes-de-cas" in routes
