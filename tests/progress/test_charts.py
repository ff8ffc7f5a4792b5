"""The dashboard's charts: hours against the deadline, and statuses over twelve weeks, as SVG."""

import datetime
import re

import pytest
import time_machine

from accounts.models import User
from progress import charts
from progress.models import StatusChange
from progress.standing import Row
from tests.teaching.test_class_dashboard import TODAY, enrol

DAY = TODAY.date()
START, DEADLINE = datetime.date(2026, 3, 1), datetime.date(2026, 9, 1)


def row(name, hours, status="on_track", start=START, deadline=DEADLINE, required=20):
    learner = User(username=name.lower(), first_name=name, programme_start=start)
    return Row(
        learner=learner,
        hours=hours,
        required_hours=required,
        percent=min(100, round(100 * hours / required)),
        mandatory_done=0,
        mandatory_total=9,
        deadline=deadline,
        days_left=(deadline - DAY).days if deadline else None,
        last_activity=None,
        status=status,
        status_label=status,
        weekly_pace_needed=None,
        start=start,
    )


def test_expected_hours_grow_evenly_from_programme_start_to_deadline():
    assert charts.expected_hours(20, START, DEADLINE, DAY) == pytest.approx(10.0)
    assert charts.expected_hours(20, START, DEADLINE, START - datetime.timedelta(days=3)) == 0
    assert charts.expected_hours(20, START, DEADLINE, DEADLINE + datetime.timedelta(days=3)) == 20
    assert charts.expected_hours(20, None, None, DAY) is None
    assert charts.expected_hours(20, DEADLINE, DEADLINE, DAY) == 0


def test_the_hours_chart_scales_bars_to_the_most_hours_and_marks_pace_and_requirement():
    chart = charts.hours_chart(
        [row("Amal", 10), row("Ewa", 25, "completed"), row("Dawit", 0, start=None)], DAY
    )

    amal, ewa, dawit = chart.bars
    assert chart.scale_hours == 25
    assert (amal.bar_x, amal.bar_width, amal.marker_x) == ("0.00%", "40.00%", "40.00%")
    assert (ewa.bar_width, ewa.colour) == ("100.00%", charts.STATUS_COLOURS["completed"])
    assert (dawit.bar_width, dawit.marker_x, dawit.expected) == ("0.00%", None, None)
    assert chart.required_x == "80.00%"
    assert [bar.bar_y for bar in chart.bars] == [24, 60, 96]
    assert chart.height == 6 + 3 * 36 + 26


def test_the_hours_chart_is_mirrored_for_right_to_left_languages():
    chart = charts.hours_chart([row("أمل", 10), row("Ewa", 25)], DAY, rtl=True)

    amal = chart.bars[0]
    assert (amal.bar_x, amal.bar_width, amal.marker_x) == ("60.00%", "40.00%", "60.00%")
    assert chart.required_x == "20.00%"
    assert (chart.name_x, chart.value_x) == ("100.00%", "0.00%")


def test_the_hours_chart_of_no_learners_is_none():
    assert charts.hours_chart([], DAY) is None


def test_a_long_name_is_shortened_in_the_chart_but_whole_in_its_table():
    [bar] = charts.hours_chart([row("Maria Fernanda Rodrigues de Oliveira Santos", 3)], DAY).bars

    assert bar.short_name == "Maria Fernanda Rodrigues de O…"
    assert bar.name == "Maria Fernanda Rodrigues de Oliveira Santos"


def test_the_status_chart_stacks_the_statuses_needing_attention_at_the_bottom():
    points = [
        (DAY - datetime.timedelta(weeks=1), {"overdue": 1, "on_track": 3}),
        (DAY, {"overdue": 2, "at_risk": 1, "completed": 1}),
    ]

    chart = charts.status_chart(points)

    last = chart.columns[-1]
    assert [(segment.status, segment.count) for segment in last.segments] == [
        ("overdue", 2),
        ("at_risk", 1),
        ("completed", 1),
    ]
    assert [segment.height for segment in last.segments] == [75, 38, 38]  # of 150 px for 4 learners
    assert last.segments[0].y + last.segments[0].height == chart.baseline
    assert (last.total, chart.columns[0].total) == (4, 4)
    assert last.counts == [2, 1, 0, 0, 1]
    assert [column.x for column in chart.columns] == ["9.00%", "59.00%"]
    assert chart.has_history
    assert [(status, count) for status, _label, _colour, count in chart.legend] == [
        ("overdue", 2),
        ("at_risk", 1),
        ("not_started", 0),
        ("on_track", 0),
        ("completed", 1),
    ]


def test_the_status_chart_runs_right_to_left_and_labels_every_third_week_back_from_today():
    points = [
        (day, {"on_track": 1}) for day in [DAY - datetime.timedelta(weeks=n) for n in range(11, -1, -1)]
    ]

    chart = charts.status_chart(points, rtl=True)

    assert (chart.columns[0].x, chart.columns[-1].x) == ("93.17%", "1.50%")
    assert [column.labelled for column in chart.columns].count(True) == 4
    assert chart.columns[-1].labelled and chart.columns[-4].labelled and not chart.columns[-2].labelled


def test_today_in_the_status_chart_is_the_live_count():
    points = [(DAY - datetime.timedelta(weeks=1), {"on_track": 2}), (DAY, {"on_track": 2})]

    replaced = charts.with_today(points, {"on_track": 1, "at_risk": 1})

    assert replaced[0] == points[0]
    assert replaced[1][1]["at_risk"] == 1 and replaced[1][1]["on_track"] == 1
    assert not charts.status_chart([(DAY, {"on_track": 1})]).has_history


@pytest.fixture
def charted_class(learner_class, course):
    """Five learners with hours and deadlines, and a status history of four weeks."""
    early, recent = datetime.date(2025, 11, 1), datetime.date(2026, 3, 1)
    amal = enrol(learner_class, course, "Amal", start=recent, hours=12, last_active_days_ago=1)
    bohdan = enrol(learner_class, course, "Bohdan", start=recent, hours=1, last_active_days_ago=20)
    enrol(learner_class, course, "Chiara", start=early, hours=5, last_active_days_ago=40)
    enrol(learner_class, course, "Dawit", start=recent)
    enrol(learner_class, course, "Ewa", start=early, hours=21, last_active_days_ago=50, satisfied=True)
    four_weeks_ago = DAY - datetime.timedelta(weeks=4)
    StatusChange.objects.create(learner=amal, date=four_weeks_ago, status="not_started")
    StatusChange.objects.create(
        learner=amal, date=four_weeks_ago + datetime.timedelta(days=2), status="on_track"
    )
    StatusChange.objects.create(learner=bohdan, date=four_weeks_ago, status="on_track")
    return learner_class


def figures(body, caption):
    """The rows of the chart's data table under `caption`, as lists of cell texts."""
    figure = body[body.index(f">{caption}</figcaption>") :]
    table = figure[figure.index("<tbody>") : figure.index("</tbody>")]
    return [re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", line, re.S) for line in table.split("<tr>")[1:]]


@time_machine.travel(TODAY)
def test_the_dashboard_draws_both_charts_as_accessible_svg(client, teacher, charted_class):
    client.force_login(teacher)

    response = client.get(f"/en/teach/classes/{charted_class.pk}/")

    body = response.content.decode()
    assert body.count('role="img"') == 2
    assert '<title id="chart-statuses-title">Statuses over the last 12 weeks</title>' in body
    assert '<title id="chart-hours-title">Hours against the deadline</title>' in body
    assert 'aria-labelledby="chart-hours-title chart-hours-desc"' in body
    assert "The dashed line marks the 20 hours required." in body
    hours = {
        cells[0]: [cell.strip() for cell in cells[1:]]
        for cells in figures(body, "Hours against the deadline")
    }
    assert hours["Amal"] == ["12.0", "10.0", "20", "09/01/2026", "On track"]
    assert hours["Dawit"][:2] == ["0.0", "10.0"]
    assert hours["Ewa"][1] == "20.0"
    statuses = figures(body, "Statuses over the last 12 weeks")
    assert len(statuses) == 12
    # Overdue, at risk, not started, on track, completed, total.
    assert [cell.strip() for cell in statuses[-5][1:]] == ["0", "0", "1", "1", "0", "2"]
    assert [cell.strip() for cell in statuses[-4][1:]] == ["0", "0", "0", "2", "0", "2"]
    assert [cell.strip() for cell in statuses[-1][1:]] == ["1", "1", "1", "1", "1", "5"]
    chart = response.context["hours_chart"]
    amal = next(bar for bar in chart.bars if bar.name == "Amal")
    assert f'width="{amal.bar_width}"' in body and amal.bar_width == "57.14%"  # 12 of the most, 21


@time_machine.travel(TODAY)
def test_the_hours_chart_follows_the_status_filter_but_the_history_shows_the_whole_class(
    client, teacher, charted_class
):
    client.force_login(teacher)

    response = client.get(f"/en/teach/classes/{charted_class.pk}/?status=at_risk")

    assert [bar.name for bar in response.context["hours_chart"].bars] == ["Bohdan"]
    assert response.context["status_chart"].columns[-1].total == 5


@time_machine.travel(TODAY)
def test_the_charts_are_mirrored_in_arabic(client, teacher, charted_class):
    client.force_login(teacher)

    body = client.get(f"/ar/teach/classes/{charted_class.pk}/").content.decode()

    assert body.count('direction="rtl"') == 2
    assert re.search(r'class="chart-bar" x="42\.86%" y="\d+" width="57\.14%"', body)


def test_an_empty_class_has_no_charts(client, teacher, learner_class):
    client.force_login(teacher)

    response = client.get(f"/en/teach/classes/{learner_class.pk}/")

    assert response.status_code == 200
    assert response.context["hours_chart"] is None
    assert response.context["status_chart"] is None
    assert 'role="img"' not in response.content.decode()
