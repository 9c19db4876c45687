"""Schema, migrations and writes: the only package that imports sqlite-utils."""
