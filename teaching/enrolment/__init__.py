"""Enrolling learners in a class, one by one or from a CSV file, and their login cards.

A learner gets a user name made from their name (easy to type: lowercase ASCII, `names`) and a
random PIN, kept encrypted so the card can be reprinted (`User.set_card_pin` says why).

A CSV import is all or nothing: the file is read into rows of text (`csv_files.read_learners_csv`),
every row is checked (`csv_files.check_rows`) and shown to the teacher, and `import_learners`
checks them again inside the transaction that creates the learners, so a row that became a
duplicate since the preview stops the whole import.

The services (verbs) are here; what they check is in `checks`, the CSV reading in `csv_files`,
the printed cards in `cards`.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from accounts import throttle
from accounts.models import User
from progress import standing
from teaching import membership
from teaching.access import visible_classes
from teaching.enrolment.cards import login_card
from teaching.enrolment.csv_files import check_rows, parse_learners_csv, read_learners_csv
from teaching.enrolment.names import new_pin, save_with_free_username, split_name
from teaching.models import LearnerClass

__all__ = [
    "ImportHasErrors",
    "check_rows",
    "enrol_learner",
    "import_learners",
    "login_card",
    "parse_learners_csv",
    "read_learners_csv",
    "remove_learner_from_class",
    "reset_pin",
    "update_learner",
]


class ImportHasErrors(Exception):
    """A CSV import refused because some rows have errors; `rows` are all rows, checked."""

    def __init__(self, rows):
        super().__init__("the import has rows with errors")
        self.rows = rows


@transaction.atomic
def enrol_learner(teacher, learner_class, data):
    """Create a learner from a form's or a CSV row's cleaned `data` and add them to the class.

    `data`: name, start_date, language, and optionally email, phone, reference. Returns the
    learner; their new PIN is `learner.card_pin`.
    """
    _check_may_teach(teacher, learner_class)
    return _enrol(learner_class, data, by=teacher)


def _enrol(learner_class, data, *, by):
    first_name, last_name = split_name(data["name"])
    learner = User(
        role=User.Role.LEARNER,
        first_name=first_name,
        last_name=last_name,
        preferred_language=data["language"],
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        external_reference=data.get("reference", ""),
        municipality_id=learner_class.site.municipality_id,
    )
    setattr(learner, standing.start_field(standing.danish_course()), data["start_date"])
    learner.set_card_pin(new_pin())
    save_with_free_username(learner, data["name"])
    membership.join(learner, learner_class, by=by)
    return learner


def import_learners(teacher, learner_class, rows):
    """Enrol every row of a CSV file (raw text rows, as `read_learners_csv` gives them), or none.

    The rows are checked again here, in the transaction, against the class as it is now; with any
    error, `ImportHasErrors` is raised and nothing is created. Returns the new learners.
    """
    with transaction.atomic():
        _check_may_teach(teacher, learner_class)
        # Two teachers importing into one class at once: the second waits and sees the first's rows.
        LearnerClass.objects.select_for_update().filter(pk=learner_class.pk).first()
        checked = check_rows(rows, learner_class)
        if not checked or any(row.errors for row in checked):
            raise ImportHasErrors(checked)
        return [_enrol(learner_class, row.cleaned, by=teacher) for row in checked]


@transaction.atomic
def update_learner(teacher, learner_class, learner, data):
    """Change a learner's name, start date, language and contact details. The user name stays."""
    _check_may_teach(teacher, learner_class)
    learner.first_name, learner.last_name = split_name(data["name"])
    # The date the course's deadline runs from; the learner's other dates stay as they are.
    setattr(learner, standing.start_field(standing.danish_course()), data["start_date"])
    learner.preferred_language = data["language"]
    learner.email = data.get("email", "")
    learner.phone = data.get("phone", "")
    learner.external_reference = data.get("reference", "")
    learner.save()
    return learner


@transaction.atomic
def remove_learner_from_class(teacher, learner_class, learner):
    """Take a learner out of the class. Their account, hours and progress are kept."""
    _check_may_teach(teacher, learner_class)
    membership.take_out(learner, learner_class, by=teacher)


@transaction.atomic
def reset_pin(teacher, learner):
    """Give a learner a new PIN (their old card stops working) and lift any login lock-out."""
    if learner.role != User.Role.LEARNER or not visible_classes(teacher).filter(learners=learner).exists():
        raise PermissionDenied
    learner.set_card_pin(new_pin())
    learner.save(update_fields=["password", "card_pin_encrypted"])
    transaction.on_commit(lambda: throttle.forget_account_failures(learner.get_username()))
    return learner.card_pin


def _check_may_teach(teacher, learner_class):
    if not visible_classes(teacher).filter(pk=learner_class.pk).exists():
        raise PermissionDenied
