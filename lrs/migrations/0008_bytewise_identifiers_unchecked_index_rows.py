"""Identifier columns compare bytes ("binary", SQLite's own name, created here on PostgreSQL as the
C locale); the statement's index rows and credential are no longer checked by the database (see
lrs.models). Both make storing a statement cheaper; neither changes what is stored."""

import django.db.models.deletion
from django.contrib.postgres.operations import CreateCollation
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("lrs", "0007_outbox_delivered_index"),
    ]

    operations = [
        CreateCollation("binary", provider="libc", locale="C"),
        migrations.AlterField(
            model_name="statement",
            name="credential",
            field=models.ForeignKey(
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="lrs.credential",
            ),
        ),
        migrations.AlterField(
            model_name="statement",
            name="object_activity_id",
            field=models.CharField(blank=True, db_collation="binary", max_length=512),
        ),
        migrations.AlterField(
            model_name="statement",
            name="verb_id",
            field=models.CharField(db_collation="binary", max_length=512),
        ),
        migrations.AlterField(
            model_name="statementactivity",
            name="activity_id",
            field=models.CharField(db_collation="binary", max_length=512),
        ),
        migrations.AlterField(
            model_name="statementactivity",
            name="statement",
            field=models.ForeignKey(
                db_constraint=False,
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="activities",
                to="lrs.statement",
            ),
        ),
        migrations.AlterField(
            model_name="statementagent",
            name="agent_key",
            field=models.CharField(db_collation="binary", max_length=512),
        ),
        migrations.AlterField(
            model_name="statementagent",
            name="statement",
            field=models.ForeignKey(
                db_constraint=False,
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="agents",
                to="lrs.statement",
            ),
        ),
    ]
