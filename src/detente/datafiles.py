"""Reading detente's tab-separated data files: numbered lines, comments, headers, field counts.

Every packaged table (CAMEO codes, actors, GDELT columns, brief kinds…) shares these rules, so
their loaders report a malformed line the same way: ``file:line: what is wrong``.
"""

from __future__ import annotations

from collections.abc import Iterator

from detente.errors import DataFileError


def data_lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(line_number, line)`` for every line that is neither blank nor a ``#`` comment."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield number, line


def tsv_rows(text: str, origin: str, columns: int, *, header: bool = True) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line_number, fields)`` of a table with exactly ``columns`` tab-separated fields.

    Args:
        text: The file's text.
        origin: The file name used in error messages.
        columns: Required number of fields on every row.
        header: Skip the first data line (the column names).

    Raises:
        DataFileError: A row has another number of fields.
    """
    lines = data_lines(text)
    if header:
        next(lines, None)
    for number, line in lines:
        fields = line.split("\t")
        if len(fields) != columns:
            raise DataFileError(origin, number, f"expected {columns} tab-separated fields, found {len(fields)}")
        yield number, [field.strip() for field in fields]
