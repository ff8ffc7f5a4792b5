"""Fast inserts for the ingestion path: PostgreSQL COPY, Django's bulk_create elsewhere.

Django's bulk_create on PostgreSQL sends rows as arrays that psycopg escapes in Python, character
by character, which made the statement JSON the most expensive part of storing a batch. COPY rows
are written by psycopg's C extension. Statement primary keys are reserved first with one
`nextval` query, so the index rows can point at them within the same COPY round.
"""

from django.db import connection
from psycopg.types.json import Jsonb

from lrs.models import Statement


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
    columns = ", ".join(connection.ops.quote_name(model._meta.get_field(name).column) for name in fields)
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(
            f"COPY {connection.ops.quote_name(model._meta.db_table)} ({columns}) FROM STDIN"
        ) as copy,
    ):
        for row in values:
            copy.write_row(row)


def insert(model, objects, fields):
    """Insert model instances (primary keys already set where `fields` names them)."""
    objects = list(objects)
    if not objects:
        return
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objects)
        return
    model_fields = [model._meta.get_field(name) for name in fields]
    columns = ", ".join(connection.ops.quote_name(field.column) for field in model_fields)
    json_fields = {field.attname for field in model_fields if field.get_internal_type() == "JSONField"}
    attnames = [field.attname for field in model_fields]
    with connection.cursor() as cursor:
        raw = cursor.cursor
        with raw.copy(
            f"COPY {connection.ops.quote_name(model._meta.db_table)} ({columns}) FROM STDIN"
        ) as copy:
            for instance in objects:
                copy.write_row(
                    [
                        Jsonb(getattr(instance, name)) if name in json_fields else getattr(instance, name)
                        for name in attnames
                    ]
                )
