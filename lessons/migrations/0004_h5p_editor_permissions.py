"""Let Wagtail's Editors and Moderators groups upload and manage H5P packages."""

from django.db import migrations

from lessons.group_permissions import for_editors


class Migration(migrations.Migration):
    dependencies = [("lessons", "0003_h5ppackage")]

    operations = [migrations.RunPython(*for_editors("lessons", "h5ppackage"))]
