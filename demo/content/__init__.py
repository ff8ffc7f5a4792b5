"""The demo course as data: see FORMAT.md. Loaded by `python manage.py load_demo`."""
