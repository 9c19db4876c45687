"""Reading order of PDF pages laid out in columns (extract.layout): sentences come out whole.

Phrase search needs each sentence contiguous in the text, which pdfplumber's extract_text()
breaks on any page with columns (it reads rows straight across them). Texts are compared with
all whitespace collapsed, since a sentence may run over a line or a column break.
"""

import io
import json
import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pdfplumber
import pytest
from fpdf import FPDF

from extract import layout
from extract.clean import collapse_ws
from tests.replica.pdfgen import make_pdf

SITES = Path(__file__).parent / "sites"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
MIN_INTACT = 0.95  # share of a document's sentences that must come out whole

PARAGRAPHS = [
    "Les quartiers prioritaires de la politique de la ville concentrent des difficultés sociales "
    "et économiques anciennes. Le taux de chômage y reste deux fois plus élevé que dans le reste "
    "des agglomérations. Pourtant, les initiatives des habitants y sont nombreuses et souvent "
    "méconnues des institutions.",
    "Le centre de ressources a choisi d’observer ces initiatives au plus près du terrain. Une "
    "équipe de trois chargés de mission a rencontré une quarantaine de porteurs de projet entre "
    "janvier et juin. Chaque entretien a duré près de deux heures, au domicile ou sur le lieu "
    "d’activité de la personne.",
    "Les activités repérées relèvent surtout du commerce de proximité, de la restauration et des "
    "services à la personne. Une part importante s’exerce encore de manière informelle, faute de "
    "statut adapté. Les femmes y sont majoritaires, en particulier dans la couture et la cuisine.",
    "Les porteurs de projet décrivent des obstacles très concrets : l’accès à un local, le coût "
    "d’une assurance professionnelle, la complexité des démarches en ligne. Aucun d’eux ne cite "
    "le manque d’idées ou de motivation. La plupart regrettent de ne pas connaître les "
    "dispositifs d’accompagnement existants.",
    "Les boutiques à l’essai, les couveuses et les coopératives d’activité et d’emploi apportent "
    "des réponses complémentaires. Elles permettent de tester une activité sans risquer ses droits "
    "sociaux. Leur implantation au cœur des quartiers reste toutefois inégale selon les "
    "territoires de la région.",
    "Les élus rencontrés soulignent le rôle des bailleurs sociaux, propriétaires de nombreux "
    "locaux en pied d’immeuble. Plusieurs d’entre eux ont accepté des loyers progressifs pendant "
    "les deux premières années. Cette souplesse a permis l’ouverture d’une dizaine de commerces "
    "depuis la rentrée.",
    "Le centre de ressources recommande de mieux coordonner les acteurs de l’accompagnement. Un "
    "guichet unique, tenu à tour de rôle par les partenaires, éviterait aux habitants de frapper à "
    "plusieurs portes. Une journée d’échanges réunira les professionnels concernés au printemps "
    "prochain à Saint-Nazaire.",
    "Les résultats complets de l’enquête seront publiés à l’automne dans un cahier thématique. "
    "Ils seront présentés aux délégués du préfet et aux chefs de projet de la politique de la "
    "ville. Les habitants interrogés recevront une synthèse rédigée dans un langage simple.",
    "À Roubaix, une ancienne usine textile accueille désormais un atelier partagé de confection. "
    "Douze couturières y louent une machine à la demi-journée pour une somme modique. Les "
    "commandes viennent d’abord du voisinage, puis de créateurs de mode de la métropole.",
    "À Vaulx-en-Velin, une épicerie solidaire a ouvert ses portes au pied d’une tour du Mas du "
    "Taureau. Elle emploie quatre salariés en insertion et vend des produits locaux à prix "
    "réduit. Son conseil d’administration compte autant d’habitants que de partenaires.",
    "À Grenoble, le quartier de la Villeneuve expérimente une monnaie locale adossée aux commerces "
    "de la galerie. Chaque achat réalisé dans la monnaie ouvre droit à une remise de cinq pour "
    "cent. Les premiers bilans montrent une hausse sensible de la fréquentation le samedi.",
    "À Saint-Denis, une coopérative de livreurs à vélo s’est constituée après la fermeture d’une "
    "plateforme numérique. Ses membres fixent ensemble leurs tarifs et leurs horaires. Ils ont "
    "obtenu un local auprès de l’office public de l’habitat pour entreposer les vélos.",
    "Ces exemples ont en commun une gouvernance partagée et un ancrage fort dans le quartier. Ils "
    "reposent aussi sur quelques personnes très investies, ce qui les rend fragiles. La question "
    "de la relève se pose dès la troisième année d’activité.",
    "Les financeurs publics hésitent encore à soutenir des structures aussi petites. Les montants "
    "demandés sont faibles, mais les dossiers exigent le même travail que pour un grand projet. "
    "Un fonds d’amorçage régional simplifié permettrait de lever une partie de ces freins.",
    "Les banques, de leur côté, ont multiplié les partenariats avec les réseaux de microcrédit. "
    "Un prêt d’honneur sans garantie personnelle facilite souvent l’obtention d’un crédit "
    "bancaire classique. Encore faut-il que les créateurs sachent vers qui se tourner.",
    "Le centre de ressources publiera chaque trimestre une lettre consacrée à ces initiatives. "
    "Chaque numéro présentera un projet, un dispositif et le témoignage d’un professionnel. Les "
    "lecteurs sont invités à signaler les expériences dont ils ont connaissance.",
]
HEADINGS = ["Un constat partagé", "La méthode", "Des activités variées", "Les obstacles",
            "Des outils existants", "Le rôle des bailleurs", "Recommandations", "Et ensuite ?",
            "Roubaix", "Vaulx-en-Velin", "Grenoble", "Saint-Denis", "Points communs",
            "Les financeurs publics", "Les banques", "Une lettre trimestrielle"]
SPEC = {
    "title": "Entreprendre dans les quartiers : ce que disent les habitants",
    "author": "Centre de ressources Example", "creation_date": "2021-05-04",
    "header": "Example – Les cahiers du développement économique – n°4",
    "footer": "Centre de ressources Example",
    "blocks": [block for heading, text in zip(HEADINGS, PARAGRAPHS, strict=True)
               for block in ({"heading": heading}, {"text": text})],
}


def squash(text: str) -> str:
    return collapse_ws(text)


def sentences(spec: dict) -> list[str]:
    """The sentences of the spec's paragraphs (not its headings)."""
    return [s for block in spec.get("blocks", []) if "text" in block
            for s in re.split(r"(?<=[.!?…])\s+", squash(block["text"])) if s]


def page_texts(data: bytes, reader=layout.page_text) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [reader(page) for page in pdf.pages]


def intact(spec: dict, text: str) -> float:
    """Share of the spec's sentences found whole in the text."""
    wanted = sentences(spec)
    text = squash(text)
    return sum(s in text for s in wanted) / len(wanted)


def without_running_lines(spec: dict, pages: list[str]) -> str:
    """The pages' text without the running header and footer, which sit between the end of
    one page's last column and the start of the next page's first column."""
    running = re.compile(r".*\bpage \d+ / \d+$")
    header = squash(spec.get("header", ""))
    return "\n".join(line for page in pages for line in page.split("\n")
                     if squash(line) != header and not running.match(line))


# Columns from the replica PDF generator ---------------------------------------------------------

@pytest.mark.parametrize("columns", [1, 2, 3])
def test_sentences_whole_in_columns(columns):
    spec = {**SPEC, "columns": columns}
    pages = page_texts(make_pdf(spec))
    assert len(pages) >= 2, "the text should run over a page break"
    share = intact(spec, " ".join(pages))
    assert share >= MIN_INTACT, f"{columns} column(s): {share:.0%} of sentences whole"
    # Every break left is a page break, where the running header and footer intervene.
    assert intact(spec, without_running_lines(spec, pages)) == 1.0


@pytest.mark.parametrize("columns", [2, 3])
def test_reading_rows_across_columns_breaks_sentences(columns):
    """What the layout analysis fixes: the same check fails on extract_text()."""
    spec = {**SPEC, "columns": columns}
    plain = " ".join(page_texts(make_pdf(spec), lambda page: page.extract_text()))
    assert intact(spec, plain) < 0.5


def test_column_order_on_the_page():
    """Header, title, then the first column top to bottom, then the second, then the footer."""
    spec = {**SPEC, "columns": 2}
    first = squash(page_texts(make_pdf(spec))[0])
    assert first.startswith(squash(f"{SPEC['header']} {SPEC['title']} {HEADINGS[0]} {PARAGRAPHS[0]}"))
    assert first.endswith("Centre de ressources Example – page 1 / 2")


@cache
def replica_specs() -> tuple[Path, ...]:
    """The replica sites' PDF specs that make a readable PDF with paragraphs."""
    specs = []
    for path in sorted(SITES.rglob("*.pdf.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        if not spec.get("corrupt") and not spec.get("encrypted") and sentences(spec):
            specs.append(path)
    return tuple(specs)


@cache
def replica_text(path: Path) -> str:
    return "\n\n".join(page_texts(make_pdf(json.loads(path.read_text(encoding="utf-8")))))


@pytest.mark.parametrize("path", replica_specs(), ids=lambda p: str(p.relative_to(SITES)))
def test_replica_pdf_sentences_whole(path):
    spec = json.loads(path.read_text(encoding="utf-8"))
    share = intact(spec, replica_text(path))
    assert share >= MIN_INTACT, f"{share:.0%} of sentences whole"


# pdf_phrases of the replica sites' expected documents -----------------------------------------

def expected_documents(host: Path) -> list[dict]:
    expected = json.loads((host / "_expected.json").read_text(encoding="utf-8"))
    return expected["documents"] if isinstance(expected, dict) else expected


def site_config(host: Path) -> dict:
    site = host / "_site.json"
    return json.loads(site.read_text(encoding="utf-8")) if site.exists() else {}


def host_dir(netloc: str) -> Path:
    for host in SITES.iterdir():
        if host.name == netloc or netloc in site_config(host).get("aliases", []):
            return host
    return SITES / netloc


def spec_of(url: str) -> Path | None:
    """The PDF spec a replica site serves at `url` (see docs/replicas.md): by path, through a
    file or redirect route, or else by file name anywhere on the host."""
    parts = urlsplit(url)
    host = host_dir(parts.netloc)
    path = f"{parts.path}?{parts.query}".rstrip("?")
    route = site_config(host).get("routes", {}).get(path, {})
    target = route.get("file") or route.get("redirect") or path
    name = unquote(target).lstrip("/").replace("?", "@")
    spec = host / f"{name}.json"
    if spec.exists():
        return spec
    return next(host.rglob(f"{Path(name).name}.json"), None)


def phrase_cases() -> list[tuple[str, str, tuple[str, ...]]]:
    cases = []
    for expected in sorted(SITES.glob("*/_expected.json")):
        host = expected.parent
        for doc in expected_documents(host):
            specs = [spec for spec in map(spec_of, doc.get("attachment_urls", []))
                     if spec and spec.name.endswith(".pdf.json")]
            specs = specs or [p for p in replica_specs() if host in p.parents]
            cases += [(host.name, phrase, tuple(map(str, specs))) for phrase in doc.get("pdf_phrases", [])]
    return cases


def as_searched(text: str) -> str:
    # Full-text search ignores case and splits words at ’ and ' alike; phrases use either.
    return squash(text).casefold().replace("’", "'")


@pytest.mark.parametrize("host, phrase, specs", phrase_cases(), ids=lambda v: v if isinstance(v, str) else "")
def test_expected_pdf_phrases_are_found(host, phrase, specs):
    assert as_searched(phrase) in as_searched(" ".join(replica_text(Path(s)) for s in specs))


# Reading order comes from positions, not from the content stream --------------------------------

def wrapped(pdf: FPDF, text: str, width: float) -> list[str]:
    return pdf.multi_cell(width, 5, text, dry_run=True, output="LINES")


@pytest.mark.parametrize("order", ["alternate", "right column first, bottom up"])
def test_content_stream_order_is_ignored(order):
    """Lines drawn one by one, the two columns' lines in turn: still read column by column."""
    pdf = FPDF(format="A4")
    pdf.add_font("Serif", "", SERIF)
    pdf.set_font("Serif", size=10)
    pdf.add_page()
    left, right = " ".join(PARAGRAPHS[:3]), " ".join(PARAGRAPHS[3:6])
    columns = [(15, wrapped(pdf, left, 85)), (110, wrapped(pdf, right, 85))]
    draws = []
    for i in range(max(len(lines) for _, lines in columns)):
        draws += [(x, 30 + 5 * i, lines[i]) for x, lines in columns if i < len(lines)]
    if order != "alternate":
        draws = sorted(draws, key=lambda d: (-d[0], -d[1]))
    for x, y, line in draws:
        pdf.text(x, y, line)
    text = squash(page_texts(bytes(pdf.output()))[0])
    assert text == squash(f"{left} {right}")


def build_sections(align: str, gutter: float) -> bytes:
    """One page: a full-width title and paragraph, a 2-column section, a subheading under
    it (too short to cross its gutter), a 3-column section (fpdf balances the columns of
    each section)."""
    pdf = FPDF(format="A4")
    pdf.add_font("Serif", "", SERIF)
    pdf.add_page()
    pdf.set_font("Serif", size=18)
    pdf.multi_cell(0, 9, SPEC["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", size=10)
    pdf.multi_cell(0, 5, PARAGRAPHS[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for ncols, paragraphs, heading in ((2, PARAGRAPHS[1:4], "Ce que proposent les partenaires"),
                                       (3, PARAGRAPHS[4:8], None)):
        with pdf.text_columns(ncols=ncols, gutter=gutter, balance=True, text_align=align) as cols:
            for paragraph in paragraphs:
                cols.write(paragraph)
                cols.ln()
        if heading:
            pdf.ln(4)
            pdf.set_font("Serif", size=14)
            pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            pdf.set_font("Serif", size=10)
    return bytes(pdf.output())


@pytest.mark.parametrize("align", ["J", "L"])
@pytest.mark.parametrize("gutter", [4, 8])
def test_sections_with_different_column_counts(align, gutter):
    pages = page_texts(build_sections(align, gutter))
    assert len(pages) == 1
    text = squash(pages[0])
    for paragraph in PARAGRAPHS[:8]:
        assert squash(paragraph) in text
    # Title, intro, then the sections in order, the subheading between them.
    order = [SPEC["title"], *PARAGRAPHS[:4], "Ce que proposent les partenaires", *PARAGRAPHS[4:8]]
    positions = [text.index(squash(part)) for part in order]
    assert positions == sorted(positions)


# Pages without a flow ---------------------------------------------------------------------------

class FakePage:
    """What page_text needs from a pdfplumber page."""

    def __init__(self, words: list[dict]):
        self.words = words

    def extract_words(self):
        return self.words


def word(text: str, x0: float, top: float, size: float = 10, upright: bool = True) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 0.5 * size * len(text), "top": top,
            "bottom": top + size, "upright": upright}


def test_empty_page():
    assert layout.page_text(FakePage([])) == ""


def test_rotated_text_comes_last():
    words = [word("Bonjour", 50, 100), word("Brouillon", 20, 400, upright=False)]
    assert layout.page_text(FakePage(words)) == "Bonjour\n\nBrouillon"


def test_two_word_lines_that_only_look_like_columns():
    """A short label and value on a few rows are one column read row by row."""
    rows = [("Date :", "12 mars 2019"), ("Lieu :", "Saint-Nazaire"), ("Public :", "habitants")]
    words = [w for i, (label, value) in enumerate(rows)
             for w in (word(label, 50, 100 + 14 * i), word(value, 120, 100 + 14 * i))]
    expected = "Date : 12 mars 2019\nLieu : Saint-Nazaire\nPublic : habitants"
    assert layout.page_text(FakePage(words)) == expected


def test_superscript_joins_its_word():
    words = [word("le", 50, 100), word("1", 64, 100), word("er", 69.2, 97, size=6), word("mars", 78, 100)]
    assert layout.page_text(FakePage(words)) == "le 1er mars"
