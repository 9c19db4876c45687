"""What the operator gets wrong, said in one line: the command group that turns a full disk, a
read-only or missing data folder into a sentence and a non-zero exit instead of a traceback,
and the --since date type."""

import errno
import re
from datetime import date, datetime, timedelta

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
    """A calendar date (YYYY-MM-DD) or a number of days ago (7d), as YYYY-MM-DD."""
    name = "date"

    def convert(self, value, param, ctx):
        days = re.fullmatch(r"(\d{1,5})d", value.strip())
        if days:
            return (date.today() - timedelta(days=int(days[1]))).isoformat()
        try:
            return datetime.strptime(value.strip(), "%Y-%m-%d").date().isoformat()
        except ValueError:
            self.fail(f"{value!r} is not a date: give YYYY-MM-DD (2026-11-01) or a number of "
                      "days ago (30d)", param, ctx)
