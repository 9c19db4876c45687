"""Language of a text, offline, with py3langid.

py3langid (BSD, 4.6 MB with its model, numpy only) is langid.py's naive Bayes model on byte
n-grams, modernised: deterministic (langdetect is random unless seeded), about 0.1 ms for a
page here, and restricted below to the languages a French corpus can hold, which makes short
French titles reliable. Its model takes about a second to load, so it loads only when some text
needs it. Fewer than MIN_LETTERS letters (a page number, a caption) give no language.
"""

import re
from functools import lru_cache
from importlib.metadata import version

LANGUAGES = ["fr", "en", "de", "es", "it", "pt", "nl", "ar", "tr", "ro", "pl", "ru", "zh"]
MIN_LETTERS = 20
SAMPLE_CHARS = 1000  # what the model reads (1 ms): more costs time and changes nothing
RULE = f"py3langid {version('py3langid')}"
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(LANGUAGES)
    return identifier


def enough_text(text: str | None) -> bool:
    return len(_LETTER.findall((text or "")[:2000])) >= MIN_LETTERS


def detect(text: str | None) -> tuple[str | None, float | None]:
    """(ISO 639-1 code, probability), or (None, None) when the text is too short to tell."""
    if not enough_text(text):
        return None, None
    lang, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return lang, round(float(probability), 3)
