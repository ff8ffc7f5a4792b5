import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()

# Import every view now rather than on a worker's first request, which otherwise waited a second or
# more for the PDF and font libraries. `make serve` loads this module once before forking its workers
# (gunicorn --preload), so they all start ready and share those modules' memory.
get_resolver().url_patterns  # noqa: B018
