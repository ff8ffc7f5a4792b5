"""Granting Wagtail's Editors and Moderators groups a model's permissions, from a data migration."""

from django.contrib.auth.management import create_permissions

ACTIONS = ("add", "change", "delete", "view")
GROUPS = ("Editors", "Moderators")


def for_editors(app_label, *models):
    """(grant, revoke) functions for `RunPython`: the groups may add, change, delete and view `models`."""
    codenames = [f"{action}_{model}" for action in ACTIONS for model in models]

    def permissions(apps):
        Permission = apps.get_model("auth", "Permission")
        return Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)

    def grant(apps, schema_editor):
        # Permissions are normally created after all migrations ran; create them now to grant them.
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
        for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
            group.permissions.add(*permissions(apps))

    def revoke(apps, schema_editor):
        for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
            group.permissions.remove(*permissions(apps))

    return grant, revoke
