"""Datasette's own pages (tables, rows, canned queries) read by people: columns under their
French labels, JSON lists as plain lists, crawl times in French local time.

The labels and the columns never offered as facets are data, in metadata.yml
(`plugins: crpv-colonnes:`); templates reach them through the `libelle` filter and the
`facette_proposee` test registered here. French times come from Babel (CLDR's French), also
offered to templates as the `heure_fr` and `il_y_a` filters (the home page's freshness).
"""

import json
import re
from datetime import datetime, timezone

from babel.dates import format_datetime, format_timedelta, get_timezone
from datasette import hookimpl
from jinja2 import pass_context
from markupsafe import Markup

PARIS = get_timezone("Europe/Paris")
CONFIG = "crpv-colonnes"
# What the pipeline writes: datetime.isoformat() in UTC ("2026-12-08T02:57:38+00:00").
UTC_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|\+00:00)$")


def _utc(value) -> datetime | None:
    if not isinstance(value, str) or not UTC_TIME.match(value):
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def heure_fr(value) -> str:
    """'2026-12-08T02:57:38+00:00' -> '8 décembre 2026 à 03:57' (Paris time); anything else
    is returned as it is."""
    moment = _utc(value)
    if moment is None:
        return "" if value is None else str(value)
    text = format_datetime(moment, "d MMMM y 'à' HH:mm", tzinfo=PARIS, locale="fr")
    return "1er" + text[1:] if text.startswith("1 ") else text


def il_y_a(value, now: datetime | None = None) -> str:
    """'il y a 2 jours', 'il y a 3 heures' (empty when the value is no UTC time)."""
    moment = _utc(value)
    if moment is None:
        return ""
    elapsed = (now or datetime.now(timezone.utc)) - moment
    if elapsed.total_seconds() < 60:
        return "à l'instant"
    return format_timedelta(-elapsed, add_direction=True, locale="fr")


# Link columns (canned queries, the map's `fiche`) whose full URLs would crowd out the text
# they point to: a short label instead, the URL in the link's title.
LINK_LABELS = {"lien_vers_la_page": "PDF, page {page}", "page_du_document": "page d'origine",
               "fiche": "fiche"}


def short_link(column: str, value) -> Markup | None:
    if column not in LINK_LABELS or not isinstance(value, str) or not value.startswith(("http", "/")):
        return None
    label = LINK_LABELS[column].format(page=value.rpartition("#page=")[2])
    return Markup('<a href="{0}" title="{0}">{1}</a>').format(value, label)


def json_list(value) -> list | None:
    """The items of a JSON list of plain values ('["a", "b"]', '[]'), else None."""
    if not isinstance(value, str) or not value.startswith("["):
        return None
    try:
        items = json.loads(value)
    except ValueError:
        return None
    if isinstance(items, list) and all(isinstance(i, (str, int, float)) for i in items):
        return items
    return None


@hookimpl
def render_cell(value, column, table):
    """A JSON list reads as 'a, b' (nothing for []); in query results (canned queries such as
    "État des sources"), a UTC time reads in French, in Paris time; a link to a PDF page reads
    "PDF, page 2", a record's "fiche". The JSON and CSV exports keep the stored values."""
    items = json_list(value)
    if items:
        return ", ".join(str(i) for i in items)
    if items == []:  # Datasette's table view ignores a falsy "": an empty element instead
        return Markup('<span class="liste-vide"></span>')
    if table is None and _utc(value):
        return heure_fr(value)
    return short_link(column, value)


@hookimpl
def prepare_jinja2_environment(env, datasette):
    def config() -> dict:
        return datasette.plugin_config(CONFIG) or {}

    @pass_context
    def libelle(context, column, table=None):
        """A column's French label: 'table.column' in metadata.yml, else 'column', else the
        column's own name."""
        labels = config().get("libelles") or {}
        table = table or context.get("table")
        return labels.get(f"{table}.{column}") or labels.get(column) or column

    def proposable(facet) -> bool:
        """Only the columns a reader filters by are suggested: never provenance, hashes,
        timestamps, counts or long texts."""
        return facet["name"] in (config().get("facettes") or [])

    env.filters.update(libelle=libelle, heure_fr=heure_fr, il_y_a=il_y_a)
    env.tests["facette_proposee"] = proposable
