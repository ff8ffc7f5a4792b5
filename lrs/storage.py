"""Fast inserts for the ingestion path: PostgreSQL COPY, Django's bulk_create elsewhere.

Django's bulk_create on PostgreSQL sends rows as arrays that psycopg escapes in Python, character
by character, which made the statement JSON the most expensive part of storing a batch. COPY takes
each table's rows as one text in COPY's own format, built here with a few string operations a row
(psycopg's `write_row` cost more than the rest of storing a statement). Statement primary keys are
reserved first with one `nextval` query, so the index rows can point at them in the same round.
"""

import datetime
import functools
import re

from django.db import connection
from django.db.models import Q

from lrs import jsonio
from lrs.models import Statement

# Each id is looked up on its own (LATERAL, with LIMIT so that PostgreSQL cannot fold the lookups
# into one scan), through the unique (id, organisation) index. Ids are unique per organisation, not
# on their own, so without statistics (a young table, or autovacuum off) PostgreSQL no longer knew
# that `id = ANY(...)` finds a row per id, and read the whole table for every batch: ingestion fell
# from 2,400 to 620 statements/s within two minutes. A statement has few voiding statements; the
# first 50 are read.
_COLUMNS = "s.id, s.data, s.object_statement_id, s.is_voiding, s.credential_id, s.from_platform"
_STORED_OR_VOIDED = f"""
SELECT {_COLUMNS} FROM unnest(%(ids)s::uuid[]) AS wanted(id)
CROSS JOIN LATERAL (
    SELECT * FROM {Statement._meta.db_table}
    WHERE id = wanted.id AND organisation = %(organisation)s LIMIT 1
) AS s
UNION ALL
SELECT {_COLUMNS} FROM unnest(%(ids)s::uuid[]) AS wanted(id)
CROSS JOIN LATERAL (
    SELECT * FROM {Statement._meta.db_table}
    WHERE object_statement_id = wanted.id AND object_statement_id IS NOT NULL AND is_voiding
    AND organisation = %(organisation)s LIMIT 50
) AS s
"""


def stored_or_voided(ids, organisation):
    """(id, data, object_statement_id, is_voiding, credential_id, from_platform) of the statements
    `organisation` stored with these ids and of its voiding statements that target them."""
    ids = list(ids)
    if connection.vendor != "postgresql":
        found = Statement.objects.filter(
            Q(id__in=ids) | Q(object_statement_id__in=ids, is_voiding=True), organisation=organisation
        )
        return list(
            found.values_list(
                "id", "data", "object_statement_id", "is_voiding", "credential_id", "from_platform"
            )
        )
    with connection.cursor() as cursor:
        cursor.execute(_STORED_OR_VOIDED, {"ids": ids, "organisation": organisation})
        rows = cursor.fetchall()
    return [(id_, jsonio.loads(data), *rest) for id_, data, *rest in rows]


def reserve_statement_keys(rows):
    """Give Statement rows their primary keys before they are inserted (PostgreSQL)."""
    if connection.vendor != "postgresql" or not rows:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'seq')) FROM generate_series(1, %s)",
            [Statement._meta.db_table, len(rows)],
        )
        for row, (seq,) in zip(rows, cursor.fetchall(), strict=True):
            row.seq = seq


def insert_values(model, fields, values):
    """Insert rows given as tuples of `fields` values (no model instances on PostgreSQL)."""
    values = list(values)
    if not values:
        return
    if connection.vendor != "postgresql":
        model.objects.bulk_create(model(**dict(zip(fields, row, strict=True))) for row in values)
        return
    _copy(model, fields, ("\t".join(map(copy_text, row)) for row in values))


def insert(model, objects, fields):
    """Insert model instances (primary keys already set where `fields` names them)."""
    objects = list(objects)
    if not objects:
        return
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objects)
        return
    attnames = [model._meta.get_field(name).attname for name in fields]
    json_fields = {
        model._meta.get_field(name).attname
        for name in fields
        if model._meta.get_field(name).get_internal_type() == "JSONField"
    }
    cells = [(name, name in json_fields) for name in attnames]
    _copy(
        model,
        fields,
        (
            "\t".join(
                json_text(getattr(instance, name)) if is_json else copy_text(getattr(instance, name))
                for name, is_json in cells
            )
            for instance in objects
        ),
    )


# COPY's text format: a tab between columns, a newline after a row, \N for NULL, and a backslash,
# tab, newline or carriage return inside a value escaped with a backslash.
ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


SPECIAL = re.compile(r"[\\\t\n\r]")


def copy_text(value):
    """A value as a column of COPY's text format (the common types first: this runs 30 times a
    statement)."""
    kind = type(value)
    if kind is str:
        return value.translate(ESCAPES) if SPECIAL.search(value) else value
    if value is None:
        return "\\N"
    if kind is bool:
        return "t" if value else "f"
    if kind is datetime.datetime:
        return _isoformat(value)
    return str(value)


@functools.lru_cache(maxsize=16)
def _isoformat(moment):
    # A batch's statements and index rows share one `stored` instant: format it once.
    return moment.isoformat()


def json_text(value):
    """A JSON column: orjson's output has no raw tab, newline or carriage return, only backslashes."""
    return jsonio.dumps(value).decode().replace("\\", "\\\\")


def _copy(model, fields, lines):
    """COPY the text `lines` (one a row, columns as `fields`) into `model`'s table in one write."""
    columns = ", ".join(connection.ops.quote_name(model._meta.get_field(name).column) for name in fields)
    text = "\n".join(lines) + "\n"
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(
            f"COPY {connection.ops.quote_name(model._meta.db_table)} ({columns}) FROM STDIN"
        ) as copy,
    ):
        copy.write(text)
