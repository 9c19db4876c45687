"""The run summary as Markdown, for `crpv run --report FILE` and the nightly job."""

from datetime import datetime, timezone

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
