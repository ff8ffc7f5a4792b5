"""Reading a class's learners from a CSV file, as Excel or another program writes it, or from an
Excel workbook (.xlsx, its first sheet)."""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext, ngettext

from teaching.enrolment.checks import CLEANERS, class_index, name_key, person_key

MAX_CSV_BYTES = 1024 * 1024
MAX_CSV_ROWS = 500
# The start of an old Excel workbook (.xls, an OLE2 compound file).
OLD_EXCEL = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
FIELDS = ("name", "start_date", "language", "email", "phone", "reference")

# Normalised column titles (see `name_key`) in English and Danish, and what they hold.
COLUMN_TITLES = {
    "name": ("name", "navn", "full name", "fulde navn", "fuldt navn", "kursist", "elev", "learner"),
    "first_name": ("first name", "fornavn", "given name", "fornavne"),
    "last_name": ("last name", "efternavn", "surname", "family name"),
    "start_date": (
        "start date",
        "startdato",
        "start dato",
        "start",
        "programme start",
        "program start",
        "programme start date",
        "date",
        "dato",
    ),
    "language": ("language", "sprog", "preferred language", "foretrukket sprog", "lang"),
    "email": ("email", "e mail", "mail", "email address", "e mail address", "e mail adresse", "mailadresse"),
    "phone": ("phone", "telefon", "tlf", "tlf nr", "telefonnummer", "mobile", "mobil", "phone number"),
    "reference": ("reference", "ref", "external reference", "ekstern reference", "referencenummer"),
}
COLUMN_BY_TITLE = {title: column for column, titles in COLUMN_TITLES.items() for title in titles}
REQUIRED_COLUMNS = ("name", "start_date", "language")


@dataclass
class ImportRow:
    """One learner of a file: the text as written, what it means, and what is wrong with it."""

    line: int
    values: dict
    cleaned: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)


@dataclass
class ReadFile:
    """A CSV file read into rows of text, or the one reason it could not be (`error`)."""

    rows: list = field(default_factory=list)
    error: str = ""
    ignored_columns: list = field(default_factory=list)


def parse_learners_csv(uploaded_bytes, learner_class):
    """Read and check a CSV file: (`ReadFile`, checked rows). The rows are empty on a file error."""
    read = read_learners_csv(uploaded_bytes)
    return read, ([] if read.error else check_rows(read.rows, learner_class))


def read_learners_csv(uploaded_bytes):
    """The file's learners as rows of text (`{"line": 2, "name": ..., ...}`), without checking them:
    a CSV file, or the first sheet of an Excel workbook (.xlsx)."""
    if len(uploaded_bytes) > MAX_CSV_BYTES:
        return ReadFile(
            error=gettext("The file is larger than %(size)d MB. Split it into smaller files.")
            % {"size": MAX_CSV_BYTES // (1024 * 1024)}
        )
    if uploaded_bytes.startswith(b"PK\x03\x04"):
        return _read_workbook(uploaded_bytes)
    if uploaded_bytes.startswith(OLD_EXCEL):
        return ReadFile(error=_unreadable_message(uploaded_bytes))
    text = _decode(uploaded_bytes)
    if text is None:
        return ReadFile(error=_unreadable_message(uploaded_bytes))
    lines = text.splitlines()
    header_index = next((index for index, line in enumerate(lines) if line.strip()), None)
    if header_index is None:
        return ReadFile(error=gettext("The file is empty."))
    delimiter = _delimiter(lines[header_index])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        return _read_rows(reader)
    except csv.Error:
        return ReadFile(error=_open_quote_message(reader.line_num))


def _read_rows(reader):
    header = next((row for row in reader if any(cell.strip() for cell in row)), None)
    if header is None:
        return ReadFile(error=gettext("The file is empty."))
    columns, error, ignored = _columns(header)
    if error:
        return ReadFile(error=error)
    rows = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            return ReadFile(error=_open_quote_message(line))
        if not any(cell.strip() for cell in cells):
            continue
        # A quotation mark left open swallows the following lines into one cell.
        if any("\n" in cell or "\r" in cell for cell in cells):
            return ReadFile(error=_open_quote_message(line))
        if len(rows) == MAX_CSV_ROWS:
            return ReadFile(error=_too_many_rows_message(rows, reader))
        rows.append(_row_values(line, cells, columns, len(header)))
    if not rows:
        return ReadFile(error=gettext("The file has no learners: only the line with the column names."))
    return ReadFile(rows=rows, ignored_columns=ignored)


class _SheetReader:
    """The first sheet's rows as lists of text, like a csv reader (with `line_num`, the row)."""

    def __init__(self, sheet):
        self.rows = sheet.iter_rows(values_only=True)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        row = next(self.rows)
        self.line_num += 1
        return [_cell_text(value) for value in row]


def _cell_text(value):
    """A cell as the text a CSV file would hold: dates as 2026-03-01, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_workbook(data):
    """The learners of a workbook's first sheet; a clear reason when it cannot be read."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 (a damaged or foreign zip file: any failure means the same)
        return ReadFile(
            error=gettext(
                "The file cannot be read as an Excel workbook. Save it again as .xlsx or as "
                "“CSV UTF-8”, and upload that file."
            )
        )
    try:
        return _read_rows(_SheetReader(book.worksheets[0]))
    finally:
        book.close()


def _row_values(line, cells, columns, width):
    """The text of one line, JSON-ready (it waits in the session between preview and import)."""
    values = {"line": line} | dict.fromkeys(FIELDS, "")
    for index, column in columns.items():
        values[column] = cells[index].strip() if index < len(cells) else ""
    parts = (values.pop("first_name", ""), values.pop("last_name", ""))
    if not values["name"]:
        values["name"] = " ".join(part for part in parts if part)
    # Usually a comma in a name in a comma-separated file, without quotation marks.
    values["extra_cells"] = any(cell.strip() for cell in cells[width:])
    return values


def _columns(header):
    """Which cell holds which column; an error naming missing or repeated columns; ignored titles."""
    columns, ignored = {}, []
    for index, title in enumerate(header):
        column = COLUMN_BY_TITLE.get(name_key(title))
        if column is None:
            if title.strip():
                ignored.append(title.strip())
            continue
        if column in columns.values():
            return {}, gettext("The column “%(title)s” is in the first line twice.") % {"title": title}, []
        columns[index] = column
    found = set(columns.values())
    if "name" not in found and "first_name" in found:
        found.add("name")
    missing = [column for column in REQUIRED_COLUMNS if column not in found]
    if missing:
        return {}, _missing_columns_message(missing, header), []
    return columns, "", ignored


def _missing_columns_message(missing, header):
    titles = ", ".join(f"“{COLUMN_TITLES[column][0]}” ({COLUMN_TITLES[column][1]})" for column in missing)
    found = ", ".join(f"“{title.strip()}”" for title in header if title.strip()) or "—"
    return ngettext(
        "The file has no column %(columns)s. The first line must name the columns: "
        "name, start date, language (optional: email, phone, reference). The first line has %(found)s.",
        "The file has no columns %(columns)s. The first line must name the columns: "
        "name, start date, language (optional: email, phone, reference). The first line has %(found)s.",
        len(missing),
    ) % {"columns": titles, "found": found}


def _open_quote_message(line):
    return gettext(
        'Line %(line)d cannot be read: a quotation mark (") is not closed, or text follows a closing one.'
    ) % {"line": line}


def _too_many_rows_message(rows, reader):
    count = len(rows) + 1 + sum(1 for cells in reader if any(cell.strip() for cell in cells))
    return gettext(
        "The file has %(count)d learners; at most %(limit)d can be imported at once. "
        "Split it into smaller files."
    ) % {"count": count, "limit": MAX_CSV_ROWS}


def _decode(data):
    """The text of a file from Excel or elsewhere: UTF-8 (BOM or not), UTF-16 with BOM, or cp1252."""
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    encodings = ("utf-16",) if utf16 else ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    return None


def _unreadable_message(data):
    if data.startswith(OLD_EXCEL):
        return gettext(
            "This is an old Excel workbook (.xls). In Excel choose “Save as” and the type "
            "“Excel workbook (.xlsx)” or “CSV UTF-8”, then upload that file."
        )
    return gettext("The file is not a text file. Save it as “CSV UTF-8” and upload it again.")


def _delimiter(header_line):
    counts = {delimiter: header_line.count(delimiter) for delimiter in (";", "\t", ",")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def check_rows(rows, learner_class):
    """Check every row's values, and for duplicates within the file and against the class."""
    checked = [_check_values(values) for values in rows]
    in_class = class_index(learner_class)
    seen_people, seen_references = {}, {}
    for row in checked:
        if "name" not in row.cleaned or "start_date" not in row.cleaned:
            continue
        person = (person_key(row.cleaned["name"]), row.cleaned["start_date"])
        reference = row.cleaned.get("reference", "").casefold()
        if reference and reference in seen_references:
            row.errors.append(
                gettext("The reference “%(reference)s” is also on line %(line)d.")
                % {"reference": row.cleaned["reference"], "line": seen_references[reference]}
            )
        elif person in seen_people:
            row.errors.append(
                gettext("The same learner is also on line %(line)d (same name and start date).")
                % {"line": seen_people[person]}
            )
        elif message := in_class.get(("reference", reference)) or in_class.get(("person", person)):
            row.errors.append(message)
        seen_people.setdefault(person, row.line)
        if reference:
            seen_references.setdefault(reference, row.line)
    return checked


def _check_values(values):
    row = ImportRow(line=values["line"], values=values)
    if values.get("extra_cells"):
        row.errors.append(
            gettext(
                "This line has more cells than the first line has columns. If a name has a comma "
                "or a semicolon in it, put the name in quotation marks."
            )
        )
    for name, clean in CLEANERS.items():
        try:
            row.cleaned[name] = clean(values.get(name, ""))
        except ValidationError as error:
            row.errors.extend(error.messages)
    return row
