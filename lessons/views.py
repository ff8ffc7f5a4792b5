"""Serving extracted H5P packages to the player, from default storage.

Through a view rather than MEDIA_URL: the files come from the site's own origin, with the headers
the sandboxed player needs (it reads them with fetch from an opaque origin: CORS).
Single byte ranges are answered, so that videos in packages (Interactive Video) can be seeked.
"""

import mimetypes
import re

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from lessons import h5p, player_origin, reference
from lessons.models import H5PPackage

# Types mimetypes may not know, or knows differently on other systems.
CONTENT_TYPES = {
    "js": "text/javascript; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "json": "application/json",
    "svg": "image/svg+xml",
    "vtt": "text/vtt; charset=utf-8",
    "webvtt": "text/vtt; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "textile": "text/plain; charset=utf-8",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "m4a": "audio/mp4",
}
# Opened directly, these could run script in the site's origin; a sandboxed document cannot.
SANDBOXED = {"svg", "xml"}
BYTE_RANGE = re.compile(r"bytes=(\d*)-(\d*)")
# Text files sent compressed to browsers that accept it (the web server in front may not know to).
COMPRESSIBLE = {"js", "css", "json", "svg", "html", "htm", "txt", "vtt", "webvtt", "md", "xml", "csv"}
MAX_COMPRESSED_BYTES = 8 * 1024 * 1024
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
CHUNK_BYTES = 64 * 1024


# The player's document: sandboxed (lessons.player_origin: an opaque origin, or the player's own
# origin; either way no cookies, no session, nothing of the platform's pages can be read or asked for
# as the learner), scripts only from where the player is served (the player and the package's
# libraries), nothing sent anywhere but to the page that framed it.
PLAYER_POLICY = [
    "default-src 'self'",
    # H5P's libraries build some of their code at run time (jQuery, some content types).
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
]


def player_policy(request, parent):
    ancestors = parent if player_origin.is_player_request(request) else "'self'"
    return "; ".join(
        [f"sandbox {player_origin.document_sandbox(request)}", *PLAYER_POLICY, f"frame-ancestors {ancestors}"]
    )


@require_safe
@xframe_options_exempt
def h5p_player(request, package_uuid):
    """The document one H5P activity plays in, inside a sandboxed frame of the lesson page
    (templates/blocks/h5p.html). It tells the page what the activity reports (xAPI statements, its
    height) with postMessage; the page relays the statements to the platform.

    On the player's own origin (lessons.player_origin) `parent` names the page's origin, one of the
    platform's: the only page that may frame the player and hear from it."""
    package = H5PPackage.objects.filter(uuid=package_uuid, status=H5PPackage.Status.READY).first()
    if package is None:
        raise Http404
    parent = ""
    if player_origin.is_player_request(request):
        parent = request.GET.get("parent", "")
        if parent not in player_origin.page_origins():
            raise Http404
    language = request.GET.get("lang", "")
    response = render(
        request,
        "lessons/h5p_player.html",
        {
            "package": package,
            "language": language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE,
            "parent_origin": parent,
        },
    )
    # On the player's own origin, frame-ancestors alone says who may frame it (X-Frame-Options
    # cannot name another origin).
    response["Content-Security-Policy"] = player_policy(request, parent)
    if not parent:
        response["X-Frame-Options"] = "SAMEORIGIN"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_safe
def h5p_file(request, package_uuid, path):
    """One file of a ready package: h5p.json, content/… or a library's file."""
    if not h5p.is_safe_path(path) or h5p.is_skipped(path):
        raise Http404
    package = H5PPackage.objects.filter(uuid=package_uuid, status=H5PPackage.Status.READY).first()
    if package is None:
        raise Http404
    return _serve(request, f"{package.folder}/{path}", path)


@require_safe
def h5p_library_file(request, folder, path):
    """A file of a library version that packages share (`lessons.h5p.share_libraries`)."""
    name = f"{folder}/{path}"
    if not h5p.LIBRARY_FOLDER.fullmatch(folder) or not h5p.is_safe_path(name) or h5p.is_skipped(name):
        raise Http404
    return _serve(request, f"{h5p.SHARED_LIBRARIES}/{name}", path)


def _serve(request, name, path):
    if not default_storage.exists(name):
        raise Http404
    try:
        handle = default_storage.open(name, "rb")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise Http404 from None
    extension = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    if extension in COMPRESSIBLE and _accepts_gzip(request) and handle.size <= MAX_COMPRESSED_BYTES:
        response = _gzipped(handle, content_type(extension))
    else:
        response = file_response(handle, content_type(extension), request.headers.get("Range"))
    # A new file for a package gets a new folder; a shared library changes only to a newer patch
    # of the same version, which H5P keeps compatible: a day's caching is safe.
    response["Cache-Control"] = "public, max-age=86400"
    response["Accept-Ranges"] = "bytes"
    # The player runs sandboxed, in an opaque ("null") origin: it may read the package's files
    # (public, asked for without credentials), as any origin may.
    response["Access-Control-Allow-Origin"] = "*"
    if extension in SANDBOXED:
        response["Content-Security-Policy"] = "sandbox"
    return response


def _accepts_gzip(request):
    accepted = request.headers.get("Accept-Encoding", "")
    return not request.headers.get("Range") and ACCEPTS_GZIP.search(accepted) is not None


def _gzipped(handle, content_type):
    """A text file compressed (a library's scripts and styles are most of a lesson's weight, and
    shrink to a quarter); a range is answered from the file as it is."""
    with handle:
        data = compress_string(handle.read())
    response = HttpResponse(data, content_type=content_type)
    response["Content-Encoding"] = "gzip"
    response["Content-Length"] = str(len(data))
    patch_vary_headers(response, ["Accept-Encoding"])
    return response


def content_type(extension):
    if extension in CONTENT_TYPES:
        return CONTENT_TYPES[extension]
    guessed, _encoding = mimetypes.guess_type(f"file.{extension}")
    return guessed or "application/octet-stream"


def file_response(handle, content_type, range_header):
    """The whole file, or the single byte range asked for (206), or 416 for one past the end."""
    match = BYTE_RANGE.fullmatch(range_header.strip()) if range_header else None
    if not match or match.groups() == ("", ""):
        return FileResponse(handle, content_type=content_type)
    size = handle.size
    first, last = match.groups()
    if first:
        start, end = int(first), min(int(last), size - 1) if last else size - 1
    else:  # "bytes=-N": the last N bytes
        start, end = max(size - int(last), 0), size - 1
    if start >= size or start > end:
        handle.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    response = StreamingHttpResponse(read_range(handle, start, end), status=206, content_type=content_type)
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Length"] = str(end - start + 1)
    return response


def read_range(handle, start, end):
    try:
        handle.seek(start)
        remaining = end - start + 1
        while remaining > 0:
            chunk = handle.read(min(CHUNK_BYTES, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
    finally:
        handle.close()


def glossary_page(request):
    """Every word to know, in the learner's language, searchable (in their language or Danish)."""
    query = request.GET.get("q", "").strip()[:100]
    return render(request, "lessons/glossary.html", {"terms": reference.glossary(query), "query": query})


def resource_directory(request):
    """Where to get help: by what it is about and by city, searchable, in the learner's language."""
    form, local, national = reference.directory(request.GET or None)
    return render(
        request,
        "lessons/resource_directory.html",
        {
            "form": form,
            "local": local,
            "national": national,
            "city": form.cleaned_data.get("city", "") if form.is_valid() else "",
            "national_only": reference.NATIONAL,
        },
    )
