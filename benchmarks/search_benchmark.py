"""French search latency on a generated corpus, against Datasette's table search, same run.

    .venv/bin/python benchmarks/search_benchmark.py            # 100,000 documents
    .venv/bin/python benchmarks/search_benchmark.py --docs 10000 --keep /tmp/bench

Generates N French documents (vocabulary: the replica sites' prose plus topic word families,
Zipf-distributed, so a typical two- or three-word query matches 1 to 10% of the documents and
`politique de la ville` most of them), one in ten with a PDF of several pages, builds the corpus
with the real db/ code (db.build.save_document, save_file_text, db.search.rebuild), starts the
real server (jobs.serve.datasette_command), and measures over HTTP:
- /recherche?q=...: ranked French search with snippets, PDF pages and facet counts (HTML page);
- /corpus/documents.json?_search=...: Datasette's default table search on the same database;
- with --baseline REV: /recherche again, served by the code of that git revision (exported with
  `git archive`) on the same database, in the same run: before and after a change.
Two documents in 25 are copies of another (another source, the same text), grouped as the
enrichment groups duplicates, so that the search collapses them. Acronym queries (QPV...) are
measured apart: they expand to their written-out forms (reference/acronymes.yml).
Goals: typical queries p95 < 100 ms, broad ones p95 < 300 ms. Not part of the test suite.
"""

import argparse
import json
import os
import random
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlite_utils  # noqa: E402

import paths  # noqa: E402
from jobs.serve import datasette_command  # noqa: E402
from db import build, search  # noqa: E402
from db.schema import migrate  # noqa: E402
from extract import french  # noqa: E402

FUNCTION = ("de la le les des et à en du une un pour dans sur par avec qui que est au aux plus "
            "ce cette son sa ses leur leurs il elle ils sont ont été a ne pas se d l qu").split()
CORE = ("politique ville quartier quartiers habitants projet territoire prioritaires acteurs "
        "collectivités contrat communes action dispositif").split()
TOPICS = {
    "commerce": "commerce commerces commerçant commerçants boutique boutiques vitrine vitrines "
                "artisanat artisans centre-ville locaux vacance magasin clientèle marché",
    "emploi": "emploi emplois insertion chômage demandeurs recrutement employeurs formation "
              "formations qualification apprentissage alternance embauche",
    "jeunesse": "jeunes jeunesse adolescents lycéens étudiants mineurs éducateurs prévention "
                "décrochage scolaire",
    "entrepreneuriat": "entrepreneuriat entreprendre créateurs création entreprise entreprises "
                       "couveuse incubateur microcrédit porteurs accompagnement",
    "ess": "coopérative coopératives solidaire solidaires associatif associative mutuelle "
           "recyclerie réemploi utilité",
    "immobilier": "immobilier foncier foncière bureaux ateliers hôtel pépinière loyer loyers "
                  "bailleur bailleurs murs",
    "renouvellement": "renouvellement rénovation démolition reconstruction relogement anru "
                      "aménagement copropriétés réhabilitation",
    "sante": "santé soins médecin médecins prévention dépistage hôpital infirmiers "
             "pharmacie accès",
    "education": "école écoles collège collèges éducation enseignants réussite parents "
                 "périscolaire cité éducative",
    "mobilite": "mobilité mobilités transport transports bus tramway vélo déplacement "
                "permis covoiturage",
    "culture": "culture culturel culturelle artistes résidence spectacle bibliothèque "
               "médiathèque patrimoine mémoire",
    "numerique": "numérique numériques inclusion médiation ordinateurs internet démarches "
                 "dématérialisation tablettes",
    "participation": "participation citoyenne conseils citoyens concertation démocratie "
                     "habitants assemblée débat",
    "securite": "sécurité tranquillité délinquance médiation police justice prévention "
                "violences",
    "logement": "logement logements social sociaux hlm locataires attribution mixité "
                "peuplement",
    "egalite": "égalité femmes hommes discriminations discrimination stéréotypes "
               "laïcité citoyenneté",
    "sport": "sport sportif sportive clubs équipements stade gymnase pratique licenciés",
    "environnement": "environnement transition écologique énergie climat nature jardins "
                     "biodiversité chaleur",
    "alimentation": "alimentation alimentaire épicerie circuits courts agriculture urbaine "
                    "cantine restauration",
    "evaluation": "évaluation évaluer indicateurs observation diagnostic données statistiques "
                  "méthode",
}
BROAD = ["politique de la ville", "quartiers prioritaires", "habitants du quartier",
         "projet de territoire", "acteurs de la politique de la ville"]
# QPV expands to "quartier(s) prioritaire(s)": a broad query here (both are core words).
ACRONYMS = ["QPV", "ESS", "QPV commerce", "ANRU emploi", "économie sociale et solidaire"]
COPIES_EVERY = 25  # documents i+1 and i+2 copy document i when i is a multiple of this
TYPES = ["étude", "fiche expérience", "actualité", "publication", "vidéo", "guide"]
SOURCES = [("irev", "Hauts-de-France"), ("labo-cites", "Auvergne-Rhône-Alpes"),
           ("villes-au-carre", "Centre-Val de Loire"), ("profession-banlieue", "Île-de-France"),
           ("resovilles", "Bretagne"), ("pqn-a", "Nouvelle-Aquitaine")]


def replica_vocabulary() -> list[str]:
    """Every word of the replica sites' pages: real French prose, offline."""
    text = " ".join(p.read_text(errors="ignore") for p in (ROOT / "tests" / "sites").rglob("*.html"))
    text = re.sub(r"<[^>]+>|&\w+;", " ", text)
    words = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", text)}
    # Topic words (and their word families) only come with their topic.
    topical = {s for w in " ".join(TOPICS.values()).split() for s in french.stem_forms(w).split()}
    return sorted(w for w in words - set(FUNCTION) - set(CORE)
                  if topical.isdisjoint(french.stem_forms(w).split()))


class Writer:
    """Random French-looking text: function words, domain words, topic words, Zipf tail."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        tail = replica_vocabulary()
        self.rng.shuffle(tail)
        self.tail, self.tail_weights = tail, [1 / (i + 10) for i in range(len(tail))]
        self.topics = {k: v.split() for k, v in TOPICS.items()}

    def words(self, n: int, topics: list[str]) -> list[str]:
        r = self.rng
        k_topic, k_core, k_func = n // 12, n // 14, n * 4 // 10
        k_topic = k_topic if topics else 0
        out = (r.choices(FUNCTION, k=k_func) + r.choices(CORE, k=k_core)
               + [w for t in topics for w in r.choices(self.topics[t], k=k_topic // len(topics))]
               + r.choices(self.tail, self.tail_weights, k=n - k_func - k_core - k_topic))
        r.shuffle(out)
        return out

    def text(self, n: int, topics: list[str]) -> str:
        words = self.words(n, topics)
        sentences = [" ".join(words[i:i + 18]).capitalize() + "." for i in range(0, len(words), 18)]
        return "\n".join(" ".join(sentences[i:i + 6]) for i in range(0, len(sentences), 6))


def generate(db_path: Path, n_docs: int, words: int, seed: int = 1) -> None:
    writer, rng = Writer(seed), random.Random(seed)
    db = sqlite_utils.Database(db_path)
    migrate(db)
    build.save_sources(db, [{"slug": s, "name": s.upper(), "region": r} for s, r in SOURCES])
    # Each topic is in 1% to 9.5% of the documents; a third of them have none.
    shares = {t: 0.01 + 0.085 * k / (len(TOPICS) - 1) for k, t in enumerate(TOPICS)}
    groups: list[tuple[int, int]] = []  # (document id, group id)
    with db.atomic():
        for i in range(n_docs):
            k = i % COPIES_EVERY
            if k in (1, 2):  # a copy of the last original, at another source
                groups.append(_copy(db, original, i))
                continue
            topics = [t for t, p in shares.items() if rng.random() < p]
            original = _document(db, writer, rng, i, topics, words)
            if i % 10_000 == 9_999:
                print(f"  generated {i + 1} documents", flush=True)
        # Groups as db/enrich.py saves them (the group id: its smallest document id).
        group_ids = {}
        for doc_id, original_id in groups:
            group_ids.setdefault(original_id, set()).update({doc_id, original_id})
        db["document_enrichment"].insert_all(
            ({"document_id": d, "duplicate_group": min(members)}
             for members in group_ids.values() for d in members), pk="document_id", replace=True)
    t = time.perf_counter()
    search.rebuild(db)
    print(f"  search.rebuild: {time.perf_counter() - t:.0f} s", flush=True)
    db.execute("ANALYZE")
    db.close()


def _copy(db, original: dict, i: int) -> tuple[int, int]:
    """Document i: the original republished by another source; (its id, the original's id)."""
    source = SOURCES[i % len(SOURCES)][0]
    item = {**original, "url": f"https://{source}.example.org/doc/{i}", "source": source}
    item.pop("attachments", None)
    item.pop("files", None)
    build.save_document(db, item, "2024-06-02T00:00:00+00:00")
    return build.document_id(item["url"]), build.document_id(original["url"])


def _document(db, writer, rng, i, topics, words) -> dict:
    source = SOURCES[i % len(SOURCES)][0]
    year = rng.randint(2005, 2024)
    item = {
        "url": f"https://{source}.example.org/doc/{i}", "source": source,
        "title": writer.text(rng.randint(5, 10), topics).rstrip("."),
        "doc_type": rng.choice(TYPES), "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "summary": writer.text(30, topics), "body": writer.text(rng.randint(words // 2, words * 3 // 2), topics),
        "tags": [], "field_sources": {},
    }
    if i % 10 == 0:  # one in ten has a PDF
        sha = f"{i:064x}"
        url = f"https://{source}.example.org/files/{i}.pdf"
        item["attachments"] = [{"url": url, "label": "Le rapport (PDF)"}]
        item["files"] = [{"url": url, "sha256": sha, "path": f"{sha[:2]}/{sha}.pdf"}]
        build.save_document(db, item, "2024-06-01T00:00:00+00:00")
        pages = [{"page": p + 1, "text": writer.text(400, topics)} for p in range(rng.randint(4, 16))]
        build.save_file_text(db, sha, {"pages": pages, "media_type": "application/pdf",
                                       "extracted_at": "2024-06-01"}, None)
    else:
        build.save_document(db, item, "2024-06-01T00:00:00+00:00")
    return item


def typical_queries(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        words = TOPICS[rng.choice(list(TOPICS))].split()
        out.append(" ".join(rng.sample(words, rng.choice([2, 3]))))
    return out


# ---------- serving and measuring ----------
def serve(db_path: Path, port: int, code: Path | None = None) -> subprocess.Popen:
    """Datasette on db_path, with this checkout's code or with the code exported in `code`
    (its plugins, templates and packages first on the path)."""
    command = datasette_command(port)
    command[command.index(str(paths.db_path()))] = str(db_path)
    env = None
    if code:
        command = command[:1] + [c.replace(str(paths.ROOT), str(code)) for c in command[1:]]
        env = {**os.environ, "PYTHONPATH": str(code)}
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=env, cwd=code)
    for _ in range(300):
        if proc.poll() is not None:  # e.g. the port was taken: never measure another server
            raise RuntimeError(f"datasette exited ({proc.returncode}) before answering on {port}")
        try:
            OPENER.open(f"http://127.0.0.1:{port}/-/versions.json", timeout=2).read()
            return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("datasette did not start")


OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port() -> int:
    """A port no server listens on (a fixed range met other jobs' servers on a shared machine)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed_get(url: str) -> float:
    start = time.perf_counter()
    with OPENER.open(url, timeout=60) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url}: HTTP {response.status}")
    return (time.perf_counter() - start) * 1000


def export_revision(revision: str, folder: Path) -> Path:
    """The code of a git revision, exported (git archive) into folder/code."""
    code = folder / "code"
    shutil.rmtree(code, ignore_errors=True)
    code.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
    return code


def measure(bases: dict[str, str], queries: list[str], repeats: int) -> dict[str, list[float]]:
    """Times of each query on each server, the servers taking turns query by query (so that
    the load of a shared machine weighs on all of them alike)."""
    times: dict[str, list[float]] = {kind: [] for kind in bases}
    for q in queries:
        urls = {kind: f"{base}/recherche?{urllib.parse.urlencode({'q': q})}" if kind != "datasette"
                else f"{base}/corpus/documents.json?{urllib.parse.urlencode({'_search': q})}"
                for kind, base in bases.items()}
        for url in urls.values():
            timed_get(url)  # warm: the first call of a query pays the disk cache
        for _ in range(repeats):
            for kind, url in urls.items():
                times[kind].append(timed_get(url))
    return times


def match_share(db_path: Path, queries: list[str], n_docs: int) -> tuple[float, float]:
    conn = sqlite3.connect(db_path)
    search.register_functions(conn)
    shares = [conn.execute("select count(*) from documents_search where documents_search match "
                           "crpv_match(?)", [q]).fetchone()[0] / n_docs for q in queries]
    return min(shares), statistics.median(shares)


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def report(bases: dict[str, str], labels: dict[str, str], typical: list[str], repeats: int) -> None:
    """p50 and p95 of each query set on each server, one table."""
    print(f"\n{'queries':<10}{'server':<44}{'p50 ms':>9}{'p95 ms':>9}{'goal p95':>10}", flush=True)
    for name, qs, goal in (("typical", typical, 100), ("broad", BROAD * 4, 300),
                           ("acronyms", ACRONYMS * 2, 300)):
        times = measure(bases, qs, repeats)
        for kind in [k for k in ("ours", "baseline", "datasette") if k in bases]:
            print(f"{name:<10}{labels[kind]:<44}{pct(times[kind], 50):>9.1f}{pct(times[kind], 95):>9.1f}"
                  f"{(f'< {goal}' if kind == 'ours' else ''):>10}", flush=True)


def generated_corpus(keep: Path | None, docs: int, words: int, reindex: bool = False) -> Path:
    """The generated corpus's database, built once in `keep` (reused by later runs with the same
    size) or in a new temporary folder; `reindex` rebuilds the search index of a kept one."""
    folder = keep or Path(tempfile.mkdtemp(prefix="crpv-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db_path, marker = folder / "corpus.db", folder / f"built-{docs}-{words}"
    if marker.exists() and reindex:
        t = time.perf_counter()
        db = sqlite_utils.Database(db_path)
        search.rebuild(db)
        db.close()
        print(f"search.rebuild: {time.perf_counter() - t:.0f} s", flush=True)
    if not marker.exists():
        db_path.unlink(missing_ok=True)
        t = time.perf_counter()
        print(f"generating and building {docs} documents in {db_path} ...", flush=True)
        generate(db_path, docs, words)
        marker.touch()
        print(f"built in {time.perf_counter() - t:.0f} s, {db_path.stat().st_size / 1e9:.1f} GB", flush=True)
    return db_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=2000, help="average words per document body")
    parser.add_argument("--queries", type=int, default=40, help="typical queries")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the database in")
    parser.add_argument("--reindex", action="store_true", help="with --keep: rebuild the search index")
    parser.add_argument("--baseline", metavar="REV",
                        help="also measure /recherche served by this git revision's code (e.g. main)")
    parser.add_argument("--without-datasette", action="store_true",
                        help="leave out Datasette's own search (seconds a broad query)")
    args = parser.parse_args()
    db_path = generated_corpus(args.keep, args.docs, args.words, reindex=args.reindex)
    typical = typical_queries(random.Random(7), args.queries)
    for name, qs in (("typical", typical), ("broad", BROAD), ("acronyms", ACRONYMS)):
        low, median = match_share(db_path, qs, args.docs)
        print(f"{name} queries match {low:.1%} (least) to a median of {median:.1%} of the documents")
    servers = {"ours": serve(db_path, port := free_port())}
    bases = {"ours": f"http://127.0.0.1:{port}"}
    if not args.without_datasette:
        bases["datasette"] = bases["ours"]
    labels = {"ours": "/recherche (stems, bm25, snippets, facets)",
              "baseline": f"/recherche, code of {args.baseline}",
              "datasette": "/corpus/documents.json?_search="}
    try:
        if args.baseline:
            servers["baseline"] = serve(db_path, other := free_port(), export_revision(args.baseline, db_path.parent))
            bases["baseline"] = f"http://127.0.0.1:{other}"
        report(bases, labels, typical, args.repeats)
    finally:
        for proc in servers.values():
            proc.terminate()
            proc.wait(10)
        if not args.keep:
            shutil.rmtree(db_path.parent)


if __name__ == "__main__":
    main()
