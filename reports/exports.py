"""Tables as downloads: CSV (UTF-8 with a BOM, so Excel shows æøå and Arabic) or XLSX.

Every export of the teachers' pages goes through `table_response` (one table) or
`sections_response` (several: one sheet each in XLSX; in CSV one after another, each under a
heading row and separated by an empty row), so they all share one format, one guard against
formula injection, and one file naming rule.
"""

import csv
import datetime
import io

import xlsxwriter
from django.http import HttpResponse
from django.utils.text import slugify

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# A cell starting with one of these is a formula to a spreadsheet: a learner's name must not be one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def table_response(name, headers, rows, fmt):
    """A download of `rows` under `headers` as `fmt` ("csv" or "xlsx"), named after `name`.

    Cells may be str, int, float, bool, date, datetime or None. Numbers and dates stay numbers and
    dates in XLSX; text that a spreadsheet would run as a formula is prefixed with an apostrophe.
    """
    if fmt == "csv":
        body = _csv(headers, rows)
    elif fmt == "xlsx":
        body = _xlsx([(name, headers, rows)])
    else:
        raise ValueError(fmt)
    return _download(name, body, fmt)


def sections_response(name, sections, fmt):
    """A download of several tables, `sections` being [(title, headers, rows)].

    XLSX: one sheet per section, named after its title. CSV: the sections one after another, each
    starting with a row holding only its title, then its header row, and an empty row between them.
    """
    if fmt == "csv":
        parts = [
            _csv(headers, rows, heading=title, bom=number == 0)
            for number, (title, headers, rows) in enumerate(sections)
        ]
        body = "\r\n".join(parts)
    elif fmt == "xlsx":
        body = _xlsx(sections)
    else:
        raise ValueError(fmt)
    return _download(name, body, fmt)


def _download(name, body, fmt):
    filename = f"{slugify(name) or 'export'}.{fmt}"
    response = HttpResponse(body, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, int):
        return str(value)
    return safe_text(value)


def _csv(headers, rows, heading=None, bom=True):
    out = io.StringIO()
    writer = csv.writer(out)
    if heading is not None:
        writer.writerow([safe_text(heading)])
    writer.writerow([safe_text(header) for header in headers])
    for row in rows:
        writer.writerow([_cell_text(value) for value in row])
    return ("\ufeff" if bom else "") + out.getvalue()


def _xlsx(sections):
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "constant_memory": True, "remove_timezone": True})
    formats = {
        "bold": book.add_format({"bold": True}),
        "date": book.add_format({"num_format": "yyyy-mm-dd"}),
        "time": book.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
        "number": book.add_format({"num_format": "0.00"}),
    }
    used = set()
    for title, headers, rows in sections:
        # constant_memory writes row by row: each sheet is finished before the next is begun.
        _sheet(book.add_worksheet(_sheet_title(title, used)), headers, rows, formats)
    book.close()
    return out.getvalue()


def _sheet(sheet, headers, rows, formats):
    for column, header in enumerate(headers):
        sheet.write_string(0, column, str(header), formats["bold"])
    for line, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, datetime.datetime):
                sheet.write_datetime(line, column, value, formats["time"])
            elif isinstance(value, datetime.date):
                sheet.write_datetime(line, column, value, formats["date"])
            elif isinstance(value, bool):
                sheet.write_boolean(line, column, value)
            elif isinstance(value, int):
                sheet.write_number(line, column, value)
            elif isinstance(value, float):
                sheet.write_number(line, column, value, formats["number"])
            else:
                sheet.write_string(line, column, safe_text(value))
    sheet.freeze_panes(1, 0)


def _sheet_title(name, used=None):
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\, not starting or ending
    with an apostrophe, and (case-insensitively) unlike the workbook's other sheets."""
    title = "".join("-" if char in "[]:*?/\\" else char for char in str(name))[:31].strip("'") or "Export"
    used = set() if used is None else used
    candidate, number = title, 1
    while candidate.lower() in used:
        number += 1
        suffix = f" ({number})"
        candidate = title[: 31 - len(suffix)] + suffix
    used.add(candidate.lower())
    return candidate
