"""What the corpus says about its runs: the Markdown summary of `crpv run --report FILE` and
the nightly job, and what `crpv sources` shows of each source."""

from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

HEADERS = ["source", "état", "trouvés", "nouveaux", "modifiés", "inchangés", "disparus",
           "fichiers", "erreurs", "remarque"]


def markdown_report(summary, problems: list[str]) -> str:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"# crpv-corpus : collecte du {now}", ""]
    if problems:
        lines += [f"**À vérifier :** {', '.join(problems)} (échec ou résultat suspect ; "
                  "rien de ces sources n'a été marqué disparu).", ""]
    else:
        lines += ["Toutes les sources ont été collectées normalement.", ""]
    lines += ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    for slug, s in sorted(summary.sources.items()):
        cells = [slug, s.status, s.found, s.new, s.changed, s.unchanged, s.gone, s.files,
                 s.errors, s.message.replace("|", "/")]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    lines += ["", f"Corpus : {summary.documents} documents, {summary.files} fichiers, "
              f"{summary.pages} pages de PDF.", ""]
    return "\n".join(lines)


def sources_held(db_path: Path) -> dict:
    """Source -> (documents held, last successful crawl), from the corpus when it exists."""
    if not db_path.exists():
        return {}
    db = sqlite_utils.Database(db_path)
    try:
        if "last_success" not in db["sources"].columns_dict:
            return {}
        return {r["slug"]: (r["documents"], r["last_success"])
                for r in db.query("select slug, documents, last_success from sources")}
    finally:
        db.close()
