"""Let Wagtail's Editors and Moderators groups manage the glossary and community resources."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ("glossaryterm", "communityresource")
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations ran; create them now to grant them.
    app_config = apps.get_app_config("lessons")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="lessons",
        codename__in=[f"{action}_{model}" for action in ACTIONS for model in MODELS],
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="lessons", codename__endswith=MODELS)
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("lessons", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
