"""Celery tasks for H5P packages: extracting an upload, and removing the files of a package that
was replaced or deleted. Both take plain values and are idempotent (see `lessons.h5p`)."""

from celery import shared_task
from django.core.files.storage import default_storage


@shared_task(acks_late=True, ignore_result=True)
def extract_h5p_package(package_id):
    # Imported here: lessons.h5p enqueues these tasks, so it imports this module.
    from lessons import h5p

    h5p.extract_package(package_id)


@shared_task(acks_late=True, ignore_result=True)
def remove_h5p_files(folder, upload_name=""):
    from lessons import h5p

    h5p.remove_files(default_storage, folder, upload_name)
