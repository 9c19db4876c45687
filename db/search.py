"""Full-text search: documents (with the text of their files) and PDF pages.

`unicode61 remove_diacritics 2` folds case and accents, so `economie` finds `Économie`.
The documents index is rebuilt whole at every build: its rowid is documents.id, and one row
holds the title, summary, body and the text of every attached file, so a word found only
inside a PDF finds its document (Datasette: `fts_table: documents_fts` in metadata.yml).
"""

TOKENIZE = "unicode61 remove_diacritics 2"

DOCUMENTS_FTS = f"""
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, summary, body, attachments, tokenize='{TOKENIZE}'
)
"""

FILL_DOCUMENTS_FTS = """
INSERT INTO documents_fts (rowid, title, summary, body, attachments)
SELECT d.id, d.title, d.summary, d.body,
       (SELECT group_concat(p.text, char(10))
          FROM document_files df JOIN pages p ON p.sha256 = df.sha256
         WHERE df.document_id = d.id)
  FROM documents d
"""


def rebuild(db) -> None:
    db.execute("DROP TABLE IF EXISTS documents_fts")
    db.execute(DOCUMENTS_FTS)
    db.execute(FILL_DOCUMENTS_FTS)
    db["pages"].enable_fts(["text"], tokenize=TOKENIZE, replace=True)
    db["pages"].rebuild_fts()
    db.conn.commit()
