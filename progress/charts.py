"""Charts for the teachers' pages, drawn on the server as inline SVG: no JavaScript library.

Pure functions: they take figures and return what the `progress/chart_*.html` templates draw,
with every position already worked out as a string, so a template does no arithmetic and a Danish
decimal comma never lands in an SVG attribute. Horizontal positions are percentages of the chart's
width and vertical ones pixels: the chart fills a 360 px phone or a wide screen while its text keeps
its size. Positions are worked out in reading order and mirrored for right-to-left languages, where
bars grow from the right and time runs leftwards.
"""

from dataclasses import dataclass, field

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from progress.standing import STATUS_ORDER, Status

# Distinguishable for most colour vision, and every one named in a legend and a table as well.
STATUS_COLOURS = {
    Status.COMPLETED: "#2e7d32",
    Status.ON_TRACK: "#0b5cad",
    Status.AT_RISK: "#c27c0e",
    Status.OVERDUE: "#b3261e",
    Status.NOT_STARTED: "#8a949e",
}
# Stacked from the bottom: the statuses that need the teacher first, on the baseline.
STACK_ORDER = STATUS_ORDER

BAND = 36  # px per learner in the hours chart: a line of text above a bar
NAME_LENGTH = 30  # characters of a name in a chart; the table below it has the whole name
BAR_TOP, BAR_HEIGHT = 18, 12
TOP, AXIS = 6, 26
PLOT = 150  # px of the statuses chart's columns


def one_decimal(value):
    """A number as the `floatformat:1` filter writes it, in the active language's format."""
    return number_format(round(value, 1), 1)


def percent(value):
    return f"{value:.2f}%"


def mirrored(start, width, rtl):
    """The left edge (in % of the width) of a span that starts `start` % in from the reading start."""
    return 100 - start - width if rtl else start


def expected_hours(required, start, deadline, today):
    """The hours a learner should have by `today` at an even pace from `start` to `deadline`."""
    if start is None or deadline is None:
        return None
    span = (deadline - start).days
    if span <= 0:
        return float(required) if today >= deadline else 0.0
    return required * min(1.0, max(0.0, (today - start).days / span))


@dataclass
class HoursBar:
    name: str
    short_name: str
    status: str
    status_label: str
    hours: float
    expected: float | None
    required: int
    deadline: object
    text_y: int
    bar_y: int
    bar_x: str
    bar_width: str
    colour: str
    marker_x: str | None
    marker_top: int
    marker_bottom: int
    required_top: int
    required_bottom: int
    # The texts, translated once here: a {% blocktranslate %} per bar made up half a dashboard's time.
    hours_text: str = ""
    title_text: str = ""
    marker_text: str = ""


@dataclass
class HoursChart:
    bars: list
    height: int
    required: int
    required_x: str
    required_label_anchor: str
    required_label_x: str
    axis_y: int
    start_x: str
    end_x: str
    scale_hours: float
    rtl: bool
    name_x: str = field(default="0%")
    value_x: str = field(default="100%")


def hours_chart(rows, today, rtl=False):
    """Per learner (a `standing.Row`) a bar of hours credited, a mark where an even pace
    from programme start to deadline would have them today, and the required hours as a line."""
    if not rows:
        return None
    required = max(row.required_hours for row in rows)
    scale = max([float(required), 1.0] + [row.hours for row in rows])
    bars = []
    for number, row in enumerate(rows):
        top = TOP + number * BAND
        width = 100 * min(row.hours, scale) / scale
        expected = expected_hours(row.required_hours, row.start, row.deadline, today)
        bars.append(
            HoursBar(
                name=row.learner.get_full_name() or row.learner.username,
                short_name=_shortened(row.learner.get_full_name() or row.learner.username),
                status=row.status,
                status_label=row.status_label,
                hours=row.hours,
                expected=expected,
                required=row.required_hours,
                deadline=row.deadline,
                text_y=top + 13,
                bar_y=top + BAR_TOP,
                bar_x=percent(mirrored(0, width, rtl)),
                bar_width=percent(width),
                colour=STATUS_COLOURS.get(row.status, "#4a5560"),
                marker_x=percent(mirrored(100 * expected / scale, 0, rtl)) if expected is not None else None,
                # Marks stand out of the bar a little, clear of the line of text above it.
                marker_top=top + BAR_TOP - 3,
                marker_bottom=top + BAR_TOP + BAR_HEIGHT + 3,
                required_top=top + BAR_TOP - 2,
                required_bottom=top + BAR_TOP + BAR_HEIGHT + 6,
                hours_text=_("%(hours)s h") % {"hours": one_decimal(row.hours)},
                title_text=_("%(hours)s of %(required)s hours")
                % {"hours": one_decimal(row.hours), "required": row.required_hours},
                marker_text=(
                    _("Expected by today: %(hours)s hours") % {"hours": one_decimal(expected)}
                    if expected is not None
                    else ""
                ),
            )
        )
    bottom = TOP + len(rows) * BAND
    at = 100 * required / scale
    near_end = at > 85
    return HoursChart(
        bars=bars,
        height=bottom + AXIS,
        required=required,
        required_x=percent(mirrored(at, 0, rtl)),
        # Near the end a centred label would be cut off: it ends at the line instead.
        required_label_anchor="end" if near_end else "middle",
        required_label_x=percent(mirrored(at, 0, rtl)),
        axis_y=bottom + 18,
        start_x=percent(mirrored(0, 0, rtl)),
        end_x=percent(mirrored(100, 0, rtl)),
        scale_hours=scale,
        rtl=rtl,
        name_x=percent(mirrored(0, 0, rtl)),
        value_x=percent(mirrored(100, 0, rtl)),
    )


@dataclass
class Segment:
    status: str
    label: str
    count: int
    y: int
    height: int
    colour: str


@dataclass
class Column:
    day: object
    x: str
    width: str
    centre: str
    total: int
    total_y: int
    segments: list
    counts: list
    labelled: bool
    day_text: str = ""


@dataclass
class StatusChart:
    columns: list
    height: int
    axis_y: int
    baseline: int
    legend: list
    has_history: bool
    rtl: bool


def with_today(points, counts):
    """The distribution with its last point (today) replaced by the live `counts`, so the chart
    agrees with the dashboard even before the daily task has recorded today's changes."""
    if not points:
        return points
    return [*points[:-1], (points[-1][0], {status: counts.get(status, 0) for status in Status.values})]


def status_chart(points, labels=None, rtl=False):
    """Stacked columns of learners per status for each day of `points` ([(day, {status: n})])."""
    if not points:
        return None
    labels = labels or dict(Status.choices)
    tallest = max([_total(counts) for _day, counts in points] + [1])
    slot = 100 / len(points)
    columns = []
    for number, (day, counts) in enumerate(points):
        columns.append(_column(number, day, counts, slot, tallest, labels, rtl, len(points)))
    baseline = TOP + 14 + PLOT
    latest = points[-1][1]
    return StatusChart(
        columns=columns,
        height=baseline + AXIS,
        axis_y=baseline + 18,
        baseline=baseline,
        legend=[
            (status, labels[status], STATUS_COLOURS[status], latest.get(status, 0)) for status in STACK_ORDER
        ],
        has_history=any(_total(counts) for _day, counts in points[:-1]),
        rtl=rtl,
    )


def _column(number, day, counts, slot, tallest, labels, rtl, how_many):
    width = slot * 0.64
    start = number * slot + (slot - width) / 2
    bottom = TOP + 14 + PLOT
    segments = []
    for status in STACK_ORDER:
        count = counts.get(status, 0)
        if not count:
            continue
        height = round(PLOT * count / tallest)
        bottom -= height
        segments.append(Segment(status, labels[status], count, bottom, height, STATUS_COLOURS[status]))
    return Column(
        day=day,
        x=percent(mirrored(start, width, rtl)),
        width=percent(width),
        centre=percent(mirrored(start + width / 2, 0, rtl)),
        total=_total(counts),
        total_y=bottom - 4,
        segments=segments,
        counts=[counts.get(status, 0) for status in STACK_ORDER],
        # A date under every third column, counted back from today's, so labels never collide.
        labelled=(how_many - 1 - number) % 3 == 0,
        day_text=date_format(day, "DATE_FORMAT"),
    )


def _total(counts):
    return sum(counts.get(status, 0) for status in STACK_ORDER)


def _shortened(name):
    return name if len(name) <= NAME_LENGTH else name[: NAME_LENGTH - 1].rstrip() + "…"


# The overview's sparklines: small, one per row.
SPARK_WIDTH = 120
SPARK_HEIGHT = 32
SPARK_MARGIN = 3


def percent_text(value):
    """A share for people to read, rounded to whole percent: "12 %"; a dash when there is none."""
    if value is None:
        return "–"
    return _("%(percent)s %%") % {"percent": number_format(round(value))}


def sparkline(trend):
    """A group's trend (points with `learners`, `behind_percent`, `completed_percent`) as
    polylines (at risk or overdue; completed), and as text that says the same."""
    known = [(number, point) for number, point in enumerate(trend) if point.learners]
    if not known:
        return {"points": None, "text": _("No status history yet.")}
    step = (SPARK_WIDTH - 2 * SPARK_MARGIN) / max(len(trend) - 1, 1)
    rise = (SPARK_HEIGHT - 2 * SPARK_MARGIN) / 100

    def position(number, percent):
        return SPARK_MARGIN + number * step, SPARK_MARGIN + (100 - percent) * rise

    def points(attribute):
        return " ".join(
            "{:.1f},{:.1f}".format(*position(number, getattr(point, attribute))) for number, point in known
        )

    (_first_number, first), (last_number, last) = known[0], known[-1]
    behind = {"first": percent_text(first.behind_percent), "last": percent_text(last.behind_percent)}
    completed = {"first": percent_text(first.completed_percent), "last": percent_text(last.completed_percent)}
    last_x, last_y = position(last_number, last.behind_percent)
    return {
        "width": SPARK_WIDTH,
        "height": SPARK_HEIGHT,
        "points": points("behind_percent"),
        "completed_points": points("completed_percent"),
        "last_x": f"{last_x:.1f}",
        "last_y": f"{last_y:.1f}",
        "short": _("%(first)s → %(last)s") % behind,
        "text": _("At risk or overdue: %(first)s → %(last)s.") % behind
        + " "
        + _("Completed: %(first)s → %(last)s.") % completed,
    }
