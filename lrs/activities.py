"""The LRS's canonical Activity definitions, kept from the statements it stores (xAPI-Data 2.4.4.1).

Language maps (name, description) merge across statements, so a definition sent in English and
later in French is known in both; other properties take the latest value. Most batches repeat
definitions the LRS already has: a per-process memory of known definitions lets those batches skip
the database entirely.
"""

from django.utils import timezone

from lrs.models import Activity

LANGUAGE_MAPS = ("name", "description")
_known = {}
_KNOWN_LIMIT = 50_000


def forget():
    """Forget what this process remembers (tests roll back what it remembered)."""
    _known.clear()


def merged(current, new):
    result = dict(current)
    for key, value in new.items():
        if key in (*LANGUAGE_MAPS, "extensions") and isinstance(value, dict):
            result[key] = {**result.get(key, {}), **value}
        else:
            result[key] = value
    return result


def reserved(activity_id):
    """Whether the activity is the platform's own (under `XAPI_ACTIVITY_BASE`): only the platform
    defines those, whatever scopes a client has."""
    from django.conf import settings

    base = getattr(settings, "XAPI_ACTIVITY_BASE", "")
    return bool(base) and activity_id.startswith(base.rstrip("/") + "/")


def remember_definitions(statements, *, platform=False):
    """Merge the definitions of the activities in `statements` into the stored ones. The caller has
    checked that their source may define activities (the define scope); the platform's own
    activities are changed by the platform alone (`platform`)."""
    found = {}
    for statement in statements:
        for activity, _direct in activities_in(statement):
            if activity.get("definition") and (platform or not reserved(activity["id"])):
                found[activity["id"]] = merged(found.get(activity["id"], {}), activity["definition"])
    unknown = {
        activity_id: definition
        for activity_id, definition in found.items()
        if merged(_known.get(activity_id, {}), definition) != _known.get(activity_id)
    }
    if not unknown:
        return
    stored = dict(Activity.objects.filter(activity_id__in=unknown).values_list("activity_id", "definition"))
    now = timezone.now()
    changed = []
    # In id order: concurrent batches then lock the same rows in the same order and never deadlock.
    for activity_id, definition in sorted(unknown.items()):
        result = merged(stored.get(activity_id, {}), definition)
        if result != stored.get(activity_id):
            changed.append(Activity(activity_id=activity_id, definition=result, updated=now))
        if len(_known) > _KNOWN_LIMIT:
            _known.clear()
        _known[activity_id] = result
    if changed:
        Activity.objects.bulk_create(
            changed,
            update_conflicts=True,
            unique_fields=["activity_id"],
            update_fields=["definition", "updated"],
        )


def activities_in(statement):
    """(activity object, direct) for every activity a statement names: its object directly; context
    activities and a sub-statement's activities as related (xAPI-Communication 2.1.3 related_activities).
    """
    statement_object = statement["object"]
    if statement_object.get("objectType", "Activity") == "Activity":
        yield statement_object, True
    contexts = [statement.get("context", {})]
    if statement_object.get("objectType") == "SubStatement":
        inner = statement_object["object"]
        if inner.get("objectType", "Activity") == "Activity":
            yield inner, False
        contexts.append(statement_object.get("context", {}))
    for context in contexts:
        for listed in context.get("contextActivities", {}).values():
            for activity in listed if isinstance(listed, list) else [listed]:
                yield activity, False
