"""Organisations apart: documents, attachments and statement ids belong to an organisation, and a
credential reads every organisation only when it says so.

Existing data keeps working as it did: a credential without an organisation read every
organisation's statements, so it is marked `all_organisations`; an attachment stored for statements
of an organisation is copied to that organisation. Documents stored before carry no record of who
wrote them: they stay with the platform's own organisation (""), where credentials that read every
organisation and had no organisation of their own (all of them, before) find them.
"""

from django.db import migrations, models


def read_every_organisation_as_before(apps, schema_editor):
    credential = apps.get_model("lrs", "Credential")
    credential.objects.filter(organisation="").update(all_organisations=True)


def attachments_to_their_organisations(apps, schema_editor):
    statement = apps.get_model("lrs", "Statement")
    attachment = apps.get_model("lrs", "Attachment")
    wanted = set()
    rows = statement.objects.filter(has_attachments=True).exclude(organisation="")
    for organisation, data in rows.values_list("organisation", "data").iterator():
        for declared in data.get("attachments", []):
            if isinstance(declared, dict) and isinstance(declared.get("sha2"), str):
                wanted.add((declared["sha2"].lower(), organisation))
    for sha2, organisation in sorted(wanted):
        stored = attachment.objects.filter(sha2=sha2, organisation="").first()
        if stored and not attachment.objects.filter(sha2=sha2, organisation=organisation).exists():
            attachment.objects.create(
                sha2=sha2, organisation=organisation, content_type=stored.content_type, content=stored.content
            )


class Migration(migrations.Migration):

    dependencies = [
        ('lrs', '0009_trusted_sources'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='document',
            name='lrs_document_unique_without_registration',
        ),
        migrations.RemoveConstraint(
            model_name='document',
            name='lrs_document_unique',
        ),
        migrations.RemoveIndex(
            model_name='document',
            name='lrs_document_list',
        ),
        migrations.AddField(
            model_name='attachment',
            name='organisation',
            field=models.CharField(blank=True, max_length=160),
        ),
        migrations.AddField(
            model_name='credential',
            name='all_organisations',
            field=models.BooleanField(default=False, help_text="Readers with statements/read see the statements of every organisation, the platform's own included, not only their organisation's. Give this only to the platform's operator.", verbose_name='reads every organisation'),
        ),
        migrations.AddField(
            model_name='document',
            name='organisation',
            field=models.CharField(blank=True, max_length=160),
        ),
        migrations.AlterField(
            model_name='attachment',
            name='sha2',
            field=models.CharField(max_length=128),
        ),
        migrations.AlterField(
            model_name='credential',
            name='organisation',
            field=models.CharField(blank=True, help_text="Whose client this is. Its statements, documents and attachments belong to this organisation, and readers with statements/read see their organisation's statements.", max_length=160, verbose_name='organisation'),
        ),
        migrations.AlterField(
            model_name='statement',
            name='id',
            field=models.UUIDField(),
        ),
        migrations.AddIndex(
            model_name='document',
            index=models.Index(fields=['organisation', 'kind', 'activity_id', 'agent_key', 'updated'], name='lrs_document_list'),
        ),
        migrations.AddConstraint(
            model_name='attachment',
            constraint=models.UniqueConstraint(fields=('sha2', 'organisation'), name='lrs_attachment_per_organisation'),
        ),
        migrations.AddConstraint(
            model_name='document',
            constraint=models.UniqueConstraint(condition=models.Q(('registration__isnull', True)), fields=('organisation', 'kind', 'activity_id', 'agent_key', 'document_id'), name='lrs_document_unique_without_registration'),
        ),
        migrations.AddConstraint(
            model_name='document',
            constraint=models.UniqueConstraint(fields=('organisation', 'kind', 'activity_id', 'agent_key', 'registration', 'document_id'), name='lrs_document_unique'),
        ),
        migrations.AddConstraint(
            model_name='statement',
            constraint=models.UniqueConstraint(fields=('id', 'organisation'), name='lrs_statement_id_per_organisation'),
        ),
        migrations.RunPython(read_every_organisation_as_before, migrations.RunPython.noop),
        migrations.RunPython(attachments_to_their_organisations, migrations.RunPython.noop),
    ]
