"""What the operator gets wrong, said in one line: the command group that turns a full disk, a
read-only or missing data folder into a sentence and a non-zero exit instead of a traceback,
and the --since date type."""

import errno
import re
from datetime import date, datetime, timedelta, timezone

import click

import paths
from db.health import storage_problem
from jobs.preflight import require_data_dir

CREATE_THE_DATA_DIR = {"run", "demo"}  # the only commands that may start a new data folder
FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}


class StageCommand(click.Command):
    def invoke(self, ctx):
        if self.name not in CREATE_THE_DATA_DIR:
            require_data_dir()
        return super().invoke(ctx)


class CrpvGroup(click.Group):
    command_class = StageCommand

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            message = operator_error(exc)
            if message is None:
                raise
            raise click.ClickException(message) from None


def operator_error(exc: BaseException) -> str | None:
    """The sentence for a failure of the machine rather than of the code, or None."""
    kind = storage_problem(exc) or (isinstance(exc, OSError) and exc.errno)
    where = getattr(exc, "filename", None) or paths.data_dir()
    if kind in FULL or kind == "full":
        return (f"no space left on the device of {where}: free some space and run the command "
                "again (the last good corpus is still the one published)")
    if kind in NOT_WRITABLE or kind == "read-only":
        return (f"cannot write {where} ({getattr(exc, 'strerror', None) or exc}): the data folder "
                f"{paths.data_dir()} must be writable (set CRPV_DATA_DIR to use another one)")
    return None


class SinceDate(click.ParamType):
    """A calendar date (2026-11-01), an ISO time (2026-11-01T03:00:00+00:00, kept in UTC) or a
    number of days ago (7d); the store's dates compare as text, so other shapes are refused."""
    name = "date"
    SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?")

    def convert(self, value, param, ctx):
        value = value.strip()
        days = re.fullmatch(r"(\d{1,5})d", value)
        if days:
            return (date.today() - timedelta(days=int(days[1]))).isoformat()
        try:
            if not self.SHAPE.fullmatch(value):
                raise ValueError
            if len(value) == 10:
                return date.fromisoformat(value).isoformat()
            moment = datetime.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date: give YYYY-MM-DD (2026-11-01), an ISO time "
                      "(2026-11-01T08:00:00+01:00) or a number of days ago (30d)", param, ctx)
        return (moment.astimezone(timezone.utc) if moment.tzinfo else moment).isoformat()
