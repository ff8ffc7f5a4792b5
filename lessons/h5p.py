"""H5P packages: the checks an upload must pass, its extraction into storage, and its life cycle.

The checks are pure functions over a zip archive. Each refusal is an `H5PPackageError`, a Django
ValidationError with a code and a reason in the active (the editor's) language, so the admin form
shows it as a field error. They follow H5P core's own package validation (H5PValidator in
h5p.classes.php): its file-type whitelist, files and folders starting with "." or "_" skipped,
h5p.json and content/content.json required, and every library the content needs present in a
folder named `Machine.Name-MAJOR.MINOR`. On top of that come the limits that protect the server:
upload size, unpacked size, number of entries, compression ratio (zip bombs), and names that would
escape the package's folder once written (zip slip) or that are links.

Only `preloadedDependencies` must be present, recursively: they are what the player loads. Editor
dependencies are for H5P's editor, which this platform does not run, and exports often omit them.
"""

import contextlib
import json
import logging
import os
import re
import stat
import uuid
import zipfile
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from lessons import h5p_filter, tasks
from lessons.models import H5PPackage
from lessons.signals import package_changed

# H5P core's default whitelist, as it writes it (H5PCore::$defaultContentWhitelist); library
# folders may also hold code and styles (H5PCore::$defaultLibraryWhitelistExtras).
H5P_CONTENT_WHITELIST = (
    "json png jpg jpeg gif bmp tif tiff svg eot ttf woff woff2 otf webm mp4 ogg mp3 m4a wav txt pdf "
    "rtf doc docx xls xlsx ppt pptx odt ods odp xml csv diff patch swf md textile vtt webvtt"
)
CONTENT_EXTENSIONS = frozenset(H5P_CONTENT_WHITELIST.split())
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css"}
MAX_ENTRIES = 10_000
# Text and code compress about 10:1 and media hardly at all; a far higher ratio on a sizeable entry
# is what a zip bomb looks like. Small entries are exempt: a short run of spaces is no threat.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM_BYTES = 1024 * 1024
MAX_NAME_BYTES = 255
logger = logging.getLogger(__name__)

# Each library version's files, stored once for every package that uses it (`share_libraries`).
SHARED_LIBRARIES = "h5p-libraries"
LIBRARY_FOLDER = re.compile(r"[\w.-]{1,200}-\d{1,5}\.\d{1,5}", re.ASCII)
ZIP_MAGIC = b"PK\x03\x04"
MACHINE_NAME = re.compile(r"[\w.-]{1,255}", re.ASCII)
WINDOWS_DRIVE = re.compile(r"[A-Za-z]:")

MESSAGES = {
    "too_large": _("The file is %(size)s; an H5P package may be at most %(limit)s."),
    "not_zip": _("This is not an H5P package: an .h5p file is a zip archive."),
    "damaged": _(
        "The zip archive is damaged or uses a compression H5P does not. "
        "Export the package again and upload the new file."
    ),
    "too_many_entries": _("The package holds %(count)s files; at most %(limit)s are allowed."),
    "too_large_unpacked": _("Unpacked, the package would take %(size)s; at most %(limit)s are allowed."),
    "zip_bomb": _("%(name)s is compressed %(ratio)s to 1, as zip bombs are; the package was not unpacked."),
    "zip_bomb_total": _(
        "The package's files together are compressed %(ratio)s to 1, as zip bombs are; it was not unpacked."
    ),
    "name_too_long": _(
        "The file name “%(name)s” is too long: each part of a name may be at most %(limit)s bytes."
    ),
    "unsafe_name": _("The file name “%(name)s” could point outside the package's folder."),
    "not_plain_file": _("“%(name)s” is a link or a special file; an H5P package holds only plain files."),
    "encrypted": _("“%(name)s” is encrypted; an H5P package cannot hold encrypted files."),
    "duplicate": _("The package holds “%(name)s” twice."),
    "file_type": _("H5P does not allow files like “%(name)s”. Allowed are: %(allowed)s."),
    "missing_file": _("The package has no %(name)s."),
    "bad_json": _("%(name)s is not valid JSON."),
    "missing_field": _("%(name)s has no valid “%(field)s”."),
    "main_library_not_listed": _(
        "h5p.json names %(library)s as its main library but does not list it in preloadedDependencies."
    ),
    "missing_library": _("The package lacks the library %(library)s, which %(needed_by)s needs."),
    "wrong_library": _("The folder %(folder)s holds %(found)s instead of %(library)s."),
    "missing_library_file": _("The library %(library)s needs “%(name)s”, which is not in the package."),
    "storage": _("The package could not be stored. Try uploading it again."),
}


class H5PPackageError(ValidationError):
    """Why a file is not a usable H5P package (a ValidationError, so forms show it on the field)."""

    @property
    def reason(self):
        return " ".join(self.messages)


def fail(code, **params):
    raise H5PPackageError(MESSAGES[code], code=code, params=params)


@dataclass(frozen=True)
class Library:
    machine_name: str
    major: int
    minor: int

    @property
    def folder(self):
        return f"{self.machine_name}-{self.major}.{self.minor}"

    def __str__(self):
        return f"{self.machine_name} {self.major}.{self.minor}"


@dataclass(frozen=True)
class CheckedPackage:
    """What the checks found: the package's title and main library, and the files to extract."""

    title: str
    main_library: Library
    files: tuple[zipfile.ZipInfo, ...]
    # Every library the content needs (the main one and its dependencies, recursively).
    libraries: frozenset = frozenset()


# --- Checks -----------------------------------------------------------------------------------


def check_upload(upload):
    """Check an uploaded .h5p file (a Django File) completely; return what extraction needs."""
    limit = settings.H5P_MAX_UPLOAD_BYTES
    if upload.size > limit:
        fail("too_large", size=filesizeformat(upload.size), limit=filesizeformat(limit))
    upload.seek(0)
    # The magic first: is_zipfile alone also accepts a zip glued to the end of another file.
    if upload.read(len(ZIP_MAGIC)) != ZIP_MAGIC or not zipfile.is_zipfile(upload):
        fail("not_zip")
    upload.seek(0)
    try:
        with open_archive(upload) as archive:
            return check_archive(archive)
    finally:
        upload.seek(0)


@contextmanager
def open_archive(file):
    """A ZipFile whose reading errors (a truncated file, an unknown compression) are refusals."""
    try:
        with zipfile.ZipFile(file) as archive:
            yield archive
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as error:
        raise H5PPackageError(MESSAGES["damaged"], code="damaged") from error


def check_archive(archive):
    files = check_entries(archive.infolist())
    title, main_library, dependencies = check_manifest(read_json(archive, files, "h5p.json"))
    read_json(archive, files, "content/content.json")
    libraries = check_libraries(archive, files, dependencies)
    return CheckedPackage(
        title=title, main_library=main_library, files=tuple(files.values()), libraries=frozenset(libraries)
    )


def check_entries(entries):
    """Check every entry's name, kind and size; return the files to extract, by name."""
    if len(entries) > MAX_ENTRIES:
        fail("too_many_entries", count=len(entries), limit=MAX_ENTRIES)
    unpacked, limit = sum(entry.file_size for entry in entries), settings.H5P_MAX_EXTRACTED_BYTES
    if unpacked > limit:
        fail("too_large_unpacked", size=filesizeformat(unpacked), limit=filesizeformat(limit))
    files = {}
    for entry in entries:
        check_entry(entry)
        if entry.is_dir() or is_skipped(entry.filename):
            continue
        check_file_type(entry.filename)
        if entry.filename in files:
            fail("duplicate", name=entry.filename)
        files[entry.filename] = entry
    # Many entries, each too small for the ratio check, can add up to a bomb of their own.
    packed = sum(entry.compress_size for entry in entries)
    if unpacked >= RATIO_CHECKED_FROM_BYTES and unpacked / max(packed, 1) > MAX_COMPRESSION_RATIO:
        fail("zip_bomb_total", ratio=int(unpacked / max(packed, 1)))
    return files


def check_entry(entry):
    name = entry.filename
    if not is_safe_path(name.removesuffix("/")):
        fail("unsafe_name", name=name)
    # What file systems allow: a name of at most 255 bytes in each folder, 4096 for the whole path.
    parts = name.removesuffix("/").split("/")
    if len(name.encode()) > 4000 or any(len(part.encode()) > MAX_NAME_BYTES for part in parts):
        fail("name_too_long", name=name[:80] + "…", limit=MAX_NAME_BYTES)
    # Unix zips keep the file's mode in the high bits: a link written out could point anywhere.
    file_type = stat.S_IFMT(entry.external_attr >> 16)
    if file_type not in (0, stat.S_IFREG, stat.S_IFDIR):
        fail("not_plain_file", name=name)
    if entry.flag_bits & 0x1:
        fail("encrypted", name=name)
    ratio = entry.file_size / max(entry.compress_size, 1)
    if entry.file_size >= RATIO_CHECKED_FROM_BYTES and ratio > MAX_COMPRESSION_RATIO:
        fail("zip_bomb", name=name, ratio=int(ratio))


def is_safe_path(path):
    """True for a relative path that stays inside the folder it is joined to, on any system."""
    parts = path.split("/")
    return not (
        not path
        or path.startswith("/")
        or "\\" in path
        or WINDOWS_DRIVE.match(path)
        or any(ord(character) < 32 for character in path)
        or any(part in ("", ".", "..") for part in parts)
    )


def is_skipped(name):
    """Entries H5P core neither checks nor extracts: hidden ("." or "_") and stray top-level files."""
    parts = name.split("/")
    return any(part.startswith((".", "_")) for part in parts) or (len(parts) == 1 and name != "h5p.json")


def check_file_type(name):
    allowed = CONTENT_EXTENSIONS if name.startswith("content/") or "/" not in name else LIBRARY_EXTENSIONS
    if PurePosixPath(name).suffix.lower().removeprefix(".") not in allowed:
        fail("file_type", name=name, allowed=" ".join(sorted(allowed)))


def read_json(archive, files, name):
    if name not in files:
        fail("missing_file", name=name)
    try:
        return json.loads(archive.read(files[name]).decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        fail("bad_json", name=name)


def check_manifest(manifest):
    """h5p.json: a title, a main library, and the dependencies, among them the main library."""
    if not isinstance(manifest, dict):
        fail("missing_field", name="h5p.json", field="title")
    title = manifest.get("title")
    if not isinstance(title, str) or not title.strip():
        fail("missing_field", name="h5p.json", field="title")
    main_name = manifest.get("mainLibrary")
    if not isinstance(main_name, str) or not main_name:
        fail("missing_field", name="h5p.json", field="mainLibrary")
    dependencies = dependency_list(manifest, "h5p.json")
    main_library = next((library for library in dependencies if library.machine_name == main_name), None)
    if main_library is None:
        fail("main_library_not_listed", library=main_name)
    return title.strip(), main_library, dependencies


def dependency_list(data, name):
    dependencies = data.get("preloadedDependencies", [])
    if not isinstance(dependencies, list):
        fail("missing_field", name=name, field="preloadedDependencies")
    return [parse_library(item, name, "preloadedDependencies") for item in dependencies]


def parse_library(data, name, field):
    """A library reference or description. Versions may be numbers or, as in exports, digit strings."""
    if not isinstance(data, dict):
        fail("missing_field", name=name, field=field)
    machine_name, major, minor = (data.get(key) for key in ("machineName", "majorVersion", "minorVersion"))
    if not (
        isinstance(machine_name, str)
        and MACHINE_NAME.fullmatch(machine_name)
        and all(isinstance(v, int | str) and str(v).isdecimal() for v in (major, minor))
    ):
        fail("missing_field", name=name, field=field)
    return Library(machine_name, int(major), int(minor))


def check_libraries(archive, files, dependencies):
    """Every library the content needs must be in the package, and everything those need, too."""
    seen = set()
    pending = [(library, "h5p.json") for library in dependencies]
    while pending:
        library, needed_by = pending.pop()
        if library in seen:
            continue
        seen.add(library)
        pending.extend(
            (dependency, str(library)) for dependency in check_library(archive, files, library, needed_by)
        )
    return seen


def check_library(archive, files, library, needed_by):
    """One library folder: its library.json describes it, and names files that exist."""
    name = f"{library.folder}/library.json"
    if name not in files:
        fail("missing_library", library=str(library), needed_by=needed_by)
    description = read_json(archive, files, name)
    found = parse_library(description, name, "machineName")
    if found != library:
        fail("wrong_library", folder=library.folder, found=str(found), library=str(library))
    for key in ("preloadedJs", "preloadedCss"):
        assets = description.get(key, [])
        for asset in assets if isinstance(assets, list) else [None]:
            path = asset.get("path") if isinstance(asset, dict) else None
            if not isinstance(path, str) or f"{library.folder}/{path}" not in files:
                fail("missing_library_file", library=str(library), name=str(path))
    return dependency_list(description, name)


# --- Storage ----------------------------------------------------------------------------------


def extract_files(archive_file, folder, storage, *, share=False):
    """Check the archive again and write its files under `folder`; return what the check found.
    With `share`, the libraries go to the shared folder instead (`share_libraries`), and `folder`
    gets h5p.json and the content.

    Writing needs no size limit of its own: zipfile never yields more than an entry's declared
    size (it stops there and checks the CRC), and the declared sizes were checked.
    """
    with open_archive(archive_file) as archive:
        checked = check_archive(archive)
        content = filtered_content(archive, checked)
        for entry in checked.files:
            # Shared, the package's own folder keeps h5p.json and content/ (and libraries it does
            # not need, editor-only ones, are not stored at all).
            own = not share or entry.filename == "h5p.json" or entry.filename.startswith("content/")
            if entry.filename == "content/content.json":
                save_bytes(storage, f"{folder}/{entry.filename}", content)
            elif own:
                write_file(archive, entry, folder, storage)
        if share:
            share_libraries(archive, checked, storage)
    return checked


def share_libraries(archive, checked, storage):
    """Store each library version the package needs once, for every package: a version already
    stored is kept unless this package brings a newer patch of it (H5P's rule: the same major and
    minor version, the highest patch). A library's library.json is written last, so a library
    whose writing stopped half-way counts as not stored and is written again next time."""
    entries = defaultdict(list)
    for entry in checked.files:
        entries[entry.filename.split("/", 1)[0]].append(entry)
    for library in checked.libraries:
        description = f"{library.folder}/library.json"
        target = f"{SHARED_LIBRARIES}/{library.folder}"
        stored = _patch_version(_read_stored(storage, f"{target}/library.json"))
        if stored is not None and stored >= _patch_version(archive.read(description)):
            continue
        if stored is not None:
            remove_files(storage, target)
        files = sorted(entries[library.folder], key=lambda entry: entry.filename == description)
        for entry in files:
            write_file(archive, entry, SHARED_LIBRARIES, storage)


def _read_stored(storage, name):
    try:
        with storage.open(name, "rb") as stored:
            return stored.read()
    except (FileNotFoundError, OSError):
        return None


def _patch_version(data):
    """A library.json's patchVersion (0 when it has none); None for no file or not JSON."""
    if data is None:
        return None
    try:
        patch = json.loads(data.decode("utf-8-sig")).get("patchVersion", 0)
    except (UnicodeDecodeError, ValueError, AttributeError):
        return None
    return int(patch) if str(patch).isdecimal() else 0


def filtered_content(archive, checked):
    """content/content.json as H5P core would have saved it (`lessons.h5p_filter`), as bytes."""
    files = {entry.filename: entry for entry in checked.files}

    def read(name):
        return archive.read(files[name]) if name in files else None

    params = read_json(archive, files, "content/content.json")
    semantics = h5p_filter.read_semantics(read, checked.libraries)
    filtered = h5p_filter.filter_content(params, semantics, str(checked.main_library))
    return json.dumps(filtered, ensure_ascii=False).encode()


def save_bytes(storage, target, data):
    storage.delete(target)
    storage.save(target, ContentFile(data, name=PurePosixPath(target).name))


def write_file(archive, entry, folder, storage):
    # Checked once more right where it matters: a name that escaped here would write anywhere.
    if not is_safe_path(entry.filename):
        fail("unsafe_name", name=entry.filename)
    target = f"{folder}/{entry.filename}"
    # A re-run replaces the file instead of saving a renamed copy next to it.
    storage.delete(target)
    with archive.open(entry) as source:
        content = File(source, name=PurePosixPath(entry.filename).name)
        content.size = entry.file_size
        storage.save(target, content)


def remove_files(storage, folder, upload_name=""):
    """Delete an extracted folder (recursively, files and folders) and the uploaded zip; missing
    files are fine. Also what a failed extraction wrote: nothing of it is left behind."""
    try:
        directories, files = storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        directories, files = [], []
    for name in files:
        storage.delete(f"{folder}/{name}")
    for name in directories:
        remove_files(storage, f"{folder}/{name}")
    _remove_empty_folder(storage, folder)
    if upload_name:
        storage.delete(upload_name)


def _remove_empty_folder(storage, folder):
    # Object stores have no folders; a file system keeps empty ones unless they are removed.
    try:
        path = storage.path(folder)
    except NotImplementedError:
        return
    # Not there, or not empty (a file written meanwhile): nothing to do.
    with contextlib.suppress(OSError):
        os.rmdir(path)


# --- The package's life -------------------------------------------------------------------------


@transaction.atomic
def accept_upload(package, checked, user):
    """Save a checked upload (a new package, or a new file for one) and have it extracted.

    A new file gets a new folder, so learners never see a half-replaced package and the old
    folder can be removed once the change is committed.
    """
    previous = H5PPackage.objects.filter(pk=package.pk).values("uuid", "file").first() if package.pk else None
    package.uuid = uuid.uuid4()
    package.status = H5PPackage.Status.PROCESSING
    package.failure_reason = ""
    package.main_library = str(checked.main_library)
    package.uploaded_by = user
    package.title = package.title or checked.title
    package.save()
    transaction.on_commit(partial(tasks.extract_h5p_package.delay, package.pk))
    if previous:
        folder = H5PPackage(uuid=previous["uuid"]).folder
        transaction.on_commit(partial(tasks.remove_h5p_files.delay, folder, previous["file"]))
    return package


def extract_package(package_id):
    """Unpack a processing package into storage; mark it ready, or failed with the reason.

    Idempotent: a package already ready or failed, or deleted meanwhile, is left alone, and the
    outcome is recorded only for the file (folder) that was extracted.
    """
    package = H5PPackage.objects.filter(pk=package_id, status=H5PPackage.Status.PROCESSING).first()
    if package is None:
        return
    try:
        with package.file.open("rb") as archive_file:
            checked = extract_files(archive_file, package.folder, default_storage, share=True)
    except H5PPackageError as error:
        remove_files(default_storage, package.folder)
        record_outcome(package, H5PPackage.Status.FAILED, failure_reason=error.reason)
    except OSError:
        # A full disk or an unreachable bucket: the editor sees the package failed and can retry;
        # raising would only turn the (eager) upload request into an error page.
        logger.exception("Storing H5P package %s failed", package.pk)
        remove_files(default_storage, package.folder)
        record_outcome(package, H5PPackage.Status.FAILED, failure_reason=str(MESSAGES["storage"]))
    else:
        record_outcome(
            package, H5PPackage.Status.READY, main_library=str(checked.main_library), libraries_shared=True
        )


def record_outcome(package, status, **fields):
    # Conditional, so that a late duplicate run, or the run for a file since replaced, changes nothing.
    changed = H5PPackage.objects.filter(
        pk=package.pk, uuid=package.uuid, status=H5PPackage.Status.PROCESSING
    ).update(status=status, **fields)
    if changed:
        package_changed.send(sender=H5PPackage, package_id=package.pk)
