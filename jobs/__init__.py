"""The work behind each `crpv` command: stages run with progress and a summary, the run lock,
the whole job, serving. pipeline.py only parses options and calls these.

They print through click and stop with click.ClickException, so messages and exit codes are
the command line's own wherever a job is called from.
"""
