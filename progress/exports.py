"""Tables as downloads: CSV (UTF-8 with a BOM, so Excel shows æøå and Arabic) or XLSX.

Every export of the teachers' pages goes through `table_response`, so they all share one format,
one guard against formula injection, and one file naming rule.
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

    Cells may be str, int, float, date, datetime or None. Numbers and dates stay numbers and dates
    in XLSX; text that a spreadsheet would run as a formula is prefixed with an apostrophe.
    """
    filename = f"{slugify(name) or 'export'}.{fmt}"
    if fmt == "csv":
        body = _csv(headers, rows)
    elif fmt == "xlsx":
        body = _xlsx(name, headers, rows)
    else:
        raise ValueError(fmt)
    response = HttpResponse(body, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, int):
        return str(value)
    return safe_text(value)


def _csv(headers, rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe_text(header) for header in headers])
    for row in rows:
        writer.writerow([_cell_text(value) for value in row])
    return "\ufeff" + out.getvalue()


def _xlsx(name, headers, rows):
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "constant_memory": True, "remove_timezone": True})
    sheet = book.add_worksheet(_sheet_title(name))
    bold = book.add_format({"bold": True})
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    time_format = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    number_format = book.add_format({"num_format": "0.00"})
    for column, header in enumerate(headers):
        sheet.write_string(0, column, str(header), bold)
    for line, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, datetime.datetime):
                sheet.write_datetime(line, column, value, time_format)
            elif isinstance(value, datetime.date):
                sheet.write_datetime(line, column, value, date_format)
            elif isinstance(value, bool):
                sheet.write_boolean(line, column, value)
            elif isinstance(value, int):
                sheet.write_number(line, column, value)
            elif isinstance(value, float):
                sheet.write_number(line, column, value, number_format)
            else:
                sheet.write_string(line, column, safe_text(value))
    sheet.freeze_panes(1, 0)
    book.close()
    return out.getvalue()


def _sheet_title(name):
    # Excel: at most 31 characters, none of []:*?/\
    title = "".join("-" if char in "[]:*?/\\" else char for char in str(name))[:31]
    return title or "Export"
