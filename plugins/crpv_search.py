"""The French search page of the corpus: /recherche, and its feeds /recherche.json, /recherche.atom.

Datasette's table search knows neither stems nor relevance; this page asks db/search.py (stems,
bm25, facets, PDF pages) and renders templates/recherche.html. The SQL functions crpv_stem and
crpv_match are registered on every connection, so Datasette's own views and exports can use the
same search (the export links of the page do).
"""

import json
import re
import sqlite3
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import sqlite_timelimit
from datasette.utils.asgi import Response

from db import feeds, record, search

PER_PAGE = 20
FEED_SIZE = 50
MAX_PAGE = 500
MAX_QUERY = 2000  # characters of a query read (french.parse reads its first 32 words)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
FILTERS = ("source", "region", "theme", "type", "annee")


@hookimpl
def prepare_connection(conn):
    search.register_functions(conn)


@hookimpl
def register_routes():
    return [(r"^/recherche(?P<format>\.json|\.atom)?$", recherche)]


@hookimpl
def extra_template_vars():
    return {"date_fr": date_fr}


async def recherche(datasette, request):
    args = _arguments(request)
    fmt = request.url_vars.get("format")
    db = datasette.get_database("corpus") if "corpus" in datasette.databases else datasette.get_database()
    limit_ms = datasette.setting("sql_time_limit_ms")
    as_feed = fmt in (".json", ".atom")

    def run(conn):
        with sqlite_timelimit(conn, limit_ms):
            results = search.find(conn, args["q"], args["filters"], 1 if as_feed else args["page"],
                                  FEED_SIZE if as_feed else PER_PAGE, with_facets=not as_feed,
                                  newest_first=as_feed or args["tri"] == "date",
                                  with_snippets=not as_feed)
            extra = (_feed_items(conn, results.hits) if as_feed else search.facet_labels(conn))
        return results, extra

    try:
        results, extra = await db.execute_fn(run)
    except sqlite3.OperationalError as exc:
        if "interrupted" not in str(exc):
            raise
        return await _render(datasette, request, args, None, {}, status=503)
    if as_feed:
        return _feed_response(datasette, request, args, extra, fmt, results)
    return await _render(datasette, request, args, results, extra)


def _feed_items(conn, hits) -> list[dict]:
    """Feed items of some hits; a publication several centres publish names the others."""
    items = feeds.feed_items(conn, search.hits_as_documents(conn, hits))
    for item, hit in zip(items, hits):
        if hit.also:
            item.setdefault("_crpv", {})["aussi_publie_par"] = [a["source_name"] for a in hit.also]
    return items


def _arguments(request) -> dict:
    get = request.args.get
    filters = {k: (get(k) or "").strip() for k in FILTERS}
    if not filters["annee"].isdigit():
        filters["annee"] = ""
    return {"q": _CONTROL.sub(" ", get("q") or "")[:MAX_QUERY].strip(),
            "filters": {k: v for k, v in filters.items() if v},
            "page": _page(get("page")),
            "tri": "date" if get("tri") == "date" else ""}


_PAGE = re.compile(r"0*([1-9][0-9]{0,5})")  # ASCII digits only: str.isdigit() also takes ², ①


def _page(value: str | None) -> int:
    """A plain positive integer is that page (MAX_PAGE at most); anything else (`²`, `-1`,
    `abc`, a number of more than six digits) is page 1."""
    m = _PAGE.fullmatch(value or "")
    return min(int(m.group(1)), MAX_PAGE) if m else 1


def _url(args: dict, suffix: str = "", **changes) -> str:
    """/recherche URL of the current search with some parameters changed (None removes)."""
    params = {"q": args["q"], **args["filters"], "tri": args["tri"], "page": args["page"], **changes}
    if "page" not in changes or params["page"] == 1:
        params.pop("page")
    return "/recherche" + suffix + ("?" + urlencode({k: v for k, v in params.items() if v})
                                    if any(params.values()) else "")


WHY = {"orthographe": "avec l'orthographe des documents", "sans guillemets": "sans les guillemets",
       "un des mots": "l'un ou l'autre des mots", "sans filtres": "sans les filtres"}

def suggestions(args: dict, results) -> list[dict]:
    """The suggestions of a search that found nothing, with their /recherche URLs: the other
    queries to try, with what they find (shown in templates/recherche.html)."""
    out = []
    for s in results.suggestions if results else []:
        changes = {"q": s.q, "page": 1} if s.filters else {k: None for k in args["filters"]}
        out.append({"q": s.q, "total": s.total, "why": WHY[s.why], "url": _url(args, **changes),
                    "label": f"« {s.q} »" if s.filters else "la même recherche"})
    return out


def expansions(results) -> list[dict]:
    """What the acronym list added to a search: `QPV : recherché aussi comme « … »`."""
    return [{"typed": typed, "forms": forms} for typed, forms in (results.expansions if results else [])]


def _document_url(doc_id: int, q: str) -> str:
    """The record page of a document (/document/<id>), with the query to highlight there."""
    return f"/document/{doc_id}" + (f"?{urlencode({'q': q})}" if q else "")


async def _render(datasette, request, args, results, labels, status=200):
    pages = -(-results.total // PER_PAGE) if results else 0
    context = {
        "metadata": datasette.metadata(),  # the footer's rights and source lines
        "q": args["q"], "args": args, "results": results, "labels": labels,
        "page": args["page"], "pages": pages, "tri": args["tri"],
        "url": lambda **changes: _url(args, **changes),
        "feed_json": _url(args, ".json", page=1, tri=None),
        "feed_atom": _url(args, ".atom", page=1, tri=None),
        "export": lambda fmt: _export_url(args, fmt),
        "facet_titles": {"source": "Source", "region": "Région", "theme": "Thème",
                         "type": "Type de document", "annee": "Année"},
        "active": [(k, labels.get(v, v) if k == "source" else v) for k, v in args["filters"].items()],
        "timed_out": results is None,
        "suggestions": suggestions(args, results),
        "expansions": expansions(results),
        "acronyms_version": search.acronyms().version,
        "document_url": lambda doc_id: _document_url(doc_id, args["q"]),
        "past_last": bool(pages) and args["page"] > pages,
        "last_page_url": _url(args, page=pages) if pages else "",
    }
    html = await datasette.render_template("recherche.html", context, request=request)
    return Response.html(html, status=status)


def _export_url(args: dict, fmt: str) -> str:
    """The same documents through Datasette's table view, for its CSV and JSON exports."""
    params: list[tuple[str, str]] = []
    quoted = args["q"].replace("'", "''")
    if search.match_expression(args["q"]):
        params.append(("_where", "id in (select rowid from documents_search where "
                                 f"documents_search match crpv_match('{quoted}'))"))
    elif search.exclude_expression(args["q"]):
        params.append(("_where", "id not in (select rowid from documents_search where "
                                 f"documents_search match crpv_exclude('{quoted}'))"))
    columns = {"source": "source", "type": "doc_type", "annee": "year"}
    for key, value in args["filters"].items():
        quoted = value.replace("'", "''")
        if key in columns:
            params.append((columns[key], value))
        elif key == "region":
            params.append(("_where", f"source in (select slug from sources where region = '{quoted}')"))
        elif key == "theme":
            params.append(("_where", "id in (select document_id from document_themes "
                                     f"where theme = '{quoted}')"))
    params += [("_sort_desc", "date")] + ([("_stream", "on")] if fmt == "csv" else [])
    return f"/corpus/documents{'.' + fmt if fmt else ''}?{urlencode(params)}"


def _feed_response(datasette, request, args, items, fmt, results):
    described = args["q"] and f"« {args['q']} »"
    filters = ", ".join(f"{k} : {v}" for k, v in args["filters"].items())
    what = " ; ".join(x for x in (described, filters) if x) or "tout le corpus"
    feed = feeds.json_feed(
        title=f"crpv-corpus : {what}",
        description=(f"Les dernières publications des centres de ressources politique de la ville "
                     f"pour la recherche {what}, les plus récentes d'abord."),
        items=items,
        feed_url=datasette.absolute_url(request, _url(args, fmt, page=1, tri=None)),
        home_page_url=datasette.absolute_url(request, _url(args, page=1, tri=None)))
    if fmt == ".atom":
        return Response(feeds.atom(feed), content_type="application/atom+xml; charset=utf-8")
    # JSON Feed extension: what the results page says above its list (count, suggestions).
    feed["_crpv"] = {"total": results.total, "suggestions": [
        {**s, "url": datasette.absolute_url(request, s["url"])} for s in suggestions(args, results)],
        "sigles": {"version": search.acronyms().version, "developpes": expansions(results)}}
    return Response(json.dumps(feed, ensure_ascii=False), content_type="application/feed+json; charset=utf-8")


# '2021-03-15' -> '15 mars 2021', '2020-03' -> 'mars 2020', '2019' -> '2019' (db/record.py's).
date_fr = record.french_date
