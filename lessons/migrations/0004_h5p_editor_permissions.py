"""Let Wagtail's Editors and Moderators groups upload and manage H5P packages."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ACTIONS = ("add", "change", "delete", "view")
CODENAMES = [f"{action}_h5ppackage" for action in ACTIONS]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations ran; create them now to grant them.
    app_config = apps.get_app_config("lessons")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="lessons", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="lessons", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("lessons", "0003_h5ppackage")]

    operations = [migrations.RunPython(grant, revoke)]
