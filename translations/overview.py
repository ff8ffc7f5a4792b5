"""Per language: how much of the Danish course is translated, and the language's review state."""

from django.db.models import Count, Sum
from wagtail.models import Locale, Page

from lessons.models import LessonPage
from translations.models import LanguageReview


def language_rows():
    """One row per configured language other than the source: its locale, review (or None), live
    pages and lessons translated, the lessons' estimated minutes, and the source's totals."""
    source = Locale.get_default()
    pages = _per_locale(Page.objects.live().exclude(depth=1), pages=Count("id"))
    lessons = _per_locale(LessonPage.objects.live(), lessons=Count("id"), minutes=Sum("estimated_minutes"))
    reviews = {review.locale_id: review for review in LanguageReview.objects.all()}
    empty = {"pages": 0, "lessons": 0, "minutes": 0}
    total = {**empty, **pages.get(source.pk, {}), **lessons.get(source.pk, {})}
    rows = [
        {
            "locale": locale,
            "review": reviews.get(locale.pk),
            **empty,
            **pages.get(locale.pk, {}),
            **lessons.get(locale.pk, {}),
            "source": total,
        }
        for locale in Locale.objects.exclude(pk=source.pk).order_by("language_code")
    ]
    for row in (total, *rows):
        row["hours"] = row["minutes"] / 60
    return rows


def _per_locale(queryset, **aggregates):
    rows = queryset.order_by().values("locale_id").annotate(**aggregates)
    return {row.pop("locale_id"): {k: v or 0 for k, v in row.items()} for row in rows}
