"""ISO 8601 durations (xAPI `result.duration`) to seconds and back."""

import re

_DURATION = re.compile(
    r"P(?:(?P<years>\d+(?:\.\d+)?)Y)?(?:(?P<months>\d+(?:\.\d+)?)M)?(?:(?P<weeks>\d+(?:\.\d+)?)W)?"
    r"(?:(?P<days>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?"
)
# Years and months have no fixed length; for study time these are what a reader would assume.
_SECONDS = {
    "years": 365 * 86400,
    "months": 30 * 86400,
    "weeks": 7 * 86400,
    "days": 86400,
    "hours": 3600,
    "minutes": 60,
    "seconds": 1,
}


def seconds(duration):
    """Whole seconds in an ISO 8601 duration, or 0 when it is missing or not a duration."""
    match = _DURATION.fullmatch(duration or "") if isinstance(duration, str) else None
    if match is None or duration in ("P", "PT"):
        return 0
    return int(sum(float(value) * _SECONDS[name] for name, value in match.groupdict().items() if value))


def iso(total_seconds):
    """Seconds as an ISO 8601 duration, e.g. 3725 -> PT1H2M5S."""
    total_seconds = max(0, int(total_seconds))
    hours, rest = divmod(total_seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return text + (f"{secs}S" if secs or text == "PT" else "")
