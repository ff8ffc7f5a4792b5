"""Copy each statement's `stored` onto its agent index rows, so an agent's timeline is one index;
drop the verb's own indexes, which (verb, stored) covers."""

from django.db import migrations, models

BACKFILL = """
UPDATE lrs_statementagent
SET stored = (SELECT stored FROM lrs_statement WHERE lrs_statement.seq = lrs_statementagent.statement_id)
"""


class Migration(migrations.Migration):
    dependencies = [
        ("lrs", "0005_leaner_statement_indexes"),
    ]

    operations = [
        migrations.AlterField(model_name="statement", name="verb_id", field=models.CharField(max_length=512)),
        migrations.RemoveIndex(model_name="statementagent", name="lrs_agent_lookup"),
        migrations.AddField(model_name="statementagent", name="stored", field=models.DateTimeField(null=True)),
        migrations.RunSQL(BACKFILL, migrations.RunSQL.noop),
        migrations.AlterField(model_name="statementagent", name="stored", field=models.DateTimeField()),
        migrations.AddIndex(
            model_name="statementagent",
            index=models.Index(fields=["agent_key", "direct", "stored", "statement"], name="lrs_agent_timeline"),
        ),
    ]
