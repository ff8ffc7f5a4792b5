"""Let Wagtail's Editors and Moderators groups manage the glossary and community resources."""

from django.db import migrations

from lessons.group_permissions import for_editors


class Migration(migrations.Migration):
    dependencies = [
        ("lessons", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(*for_editors("lessons", "glossaryterm", "communityresource"))]
