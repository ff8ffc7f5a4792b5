"""Uploading H5P packages in the Wagtail admin: checked at once, extracted after commit, refused
with a reason, and only for editors."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from lessons import h5p
from lessons.models import H5PPackage
from tests.fixtures.h5p import build_h5p, h5p_upload, lesson_with_h5p, package_files, ready_package

pytestmark = pytest.mark.django_db

ADD_URL = reverse("wagtailsnippets_lessons_h5ppackage:add")
LIST_URL = reverse("wagtailsnippets_lessons_h5ppackage:list")


def edit_url(package):
    return reverse("wagtailsnippets_lessons_h5ppackage:edit", args=[package.pk])


def upload(client, data=None, title="", url=ADD_URL, capture=None):
    post = {"title": title, "file": h5p_upload(data)}
    if capture is None:
        return client.post(url, post)
    with capture(execute=True):
        return client.post(url, post)


def without_score_library():
    return build_h5p({name: data for name, data in package_files().items() if "SamfundScore" not in name})


def test_an_editor_sees_the_upload_form(client, editor):
    client.force_login(editor)

    response = client.get(ADD_URL)

    assert response.status_code == 200
    assert 'accept=".h5p"' in response.content.decode()


def test_an_uploaded_package_is_extracted_after_commit_and_ready(
    client, editor, django_capture_on_commit_callbacks
):
    client.force_login(editor)

    response = upload(client, capture=django_capture_on_commit_callbacks)

    assert response.status_code == 302
    package = H5PPackage.objects.get()
    assert package.status == H5PPackage.Status.READY
    assert package.title == "Samfund check"  # taken from h5p.json when left empty
    assert package.main_library == "H5P.SamfundCheck 1.0"
    assert package.uploaded_by == editor
    assert package.libraries_shared
    for name in package_files():
        # h5p.json and the content in the package's folder; each library once, for every package.
        own = name == "h5p.json" or name.startswith("content/")
        assert default_storage.exists(f"h5p/{package.uuid}/{name}" if own else f"h5p-libraries/{name}")
        assert default_storage.exists(f"h5p/{package.uuid}/{name}") == own


def test_the_editor_may_give_the_package_another_title(client, editor, django_capture_on_commit_callbacks):
    client.force_login(editor)

    upload(client, title="Folketinget", capture=django_capture_on_commit_callbacks)

    assert H5PPackage.objects.get().title == "Folketinget"


def test_the_package_waits_for_the_commit_before_it_is_extracted(client, editor):
    client.force_login(editor)

    upload(client)  # no commit inside the test's transaction: the task was not enqueued yet

    package = H5PPackage.objects.get()
    assert package.status == H5PPackage.Status.PROCESSING
    assert not default_storage.exists(f"h5p/{package.uuid}/h5p.json")


def test_a_broken_package_is_refused_with_the_reason_in_the_editors_language(client, editor):
    client.force_login(editor)

    response = upload(client, without_score_library())

    assert response.status_code == 200
    with translation.override("da"):  # the admin speaks the default language to this editor
        with pytest.raises(h5p.H5PPackageError) as refusal:
            h5p.check_upload(h5p_upload(without_score_library()))
        reason = refusal.value.reason
    assert escape(reason) in response.content.decode()
    assert not H5PPackage.objects.exists()


def test_a_file_that_is_not_a_zip_is_refused_without_an_error_page(client, editor):
    client.force_login(editor)

    response = client.post(ADD_URL, {"title": "", "file": h5p_upload(b"<?php echo 'hi'; ?>", name="x.h5p")})

    assert response.status_code == 200
    assert not H5PPackage.objects.exists()


def test_an_emptied_title_keeps_the_one_the_package_had(client, editor):
    package = ready_package(title="Folketinget", user=editor)
    client.force_login(editor)

    response = client.post(edit_url(package), {"title": ""})

    assert response.status_code == 302
    assert H5PPackage.objects.get().title == "Folketinget"


def test_editing_the_title_keeps_the_extracted_package(client, editor):
    package = ready_package(user=editor)
    client.force_login(editor)

    response = client.post(edit_url(package), {"title": "Nyt navn"})

    assert response.status_code == 302
    package_after = H5PPackage.objects.get()
    assert (package_after.title, package_after.uuid, package_after.status) == (
        "Nyt navn",
        package.uuid,
        "ready",
    )


def test_a_new_file_gets_a_new_folder_and_the_old_one_is_removed(
    client, editor, django_capture_on_commit_callbacks
):
    package = ready_package(user=editor)
    client.force_login(editor)

    response = upload(
        client, title="Ny version", url=edit_url(package), capture=django_capture_on_commit_callbacks
    )

    assert response.status_code == 302
    replaced = H5PPackage.objects.get()
    assert replaced.uuid != package.uuid
    assert replaced.status == H5PPackage.Status.READY
    assert default_storage.exists(f"h5p/{replaced.uuid}/h5p.json")
    assert not default_storage.exists(f"h5p/{package.uuid}/h5p.json")
    assert not default_storage.exists(package.file.name)


def test_deleting_a_package_removes_its_files(client, editor, django_capture_on_commit_callbacks):
    package = ready_package(user=editor)
    client.force_login(editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailsnippets_lessons_h5ppackage:delete", args=[package.pk]))

    assert response.status_code == 302
    assert not H5PPackage.objects.exists()
    assert not default_storage.exists(f"h5p/{package.uuid}/h5p.json")
    assert not default_storage.exists(package.file.name)


def test_the_list_shows_status_and_reason(client, editor):
    H5PPackage.objects.create(
        title="Ødelagt",
        file="h5p-uploads/x.h5p",
        status=H5PPackage.Status.FAILED,
        failure_reason="Disken er fuld.",
    )
    ready_package(title="Fungerer")
    client.force_login(editor)

    response = client.get(LIST_URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Ødelagt" in html and "Disken er fuld." in html
    assert "Fungerer" in html and "H5P.SamfundCheck 1.0" in html


def test_a_failed_extraction_is_recorded_with_its_reason(editor):
    upload_file = h5p_upload()
    package = h5p.accept_upload(H5PPackage(file=upload_file), h5p.check_upload(upload_file), editor)
    # The stored file changed between the check and the task: the task checks it again.
    with default_storage.open(package.file.name, "wb") as stored:
        stored.write(without_score_library())

    h5p.extract_package(package.pk)

    package.refresh_from_db()
    assert package.status == H5PPackage.Status.FAILED
    assert "H5P.SamfundScore 1.0" in package.failure_reason
    assert not default_storage.exists(f"h5p/{package.uuid}/h5p.json")


def test_a_storage_failure_marks_the_package_failed(editor, monkeypatch):
    upload_file = h5p_upload()
    package = h5p.accept_upload(H5PPackage(file=upload_file), h5p.check_upload(upload_file), editor)

    real_save = default_storage.save
    saved = []

    def disk_full_after_one_file(name, content, **kwargs):
        if len(saved) == 1:
            raise OSError("No space left on device")
        saved.append(name)
        return real_save(name, content, **kwargs)

    monkeypatch.setattr(default_storage, "save", disk_full_after_one_file)
    h5p.extract_package(package.pk)

    package.refresh_from_db()
    assert package.status == H5PPackage.Status.FAILED
    assert package.failure_reason
    # Nothing of the half-written package is left: no file, no empty folder.
    assert len(saved) == 1 and not any(default_storage.exists(name) for name in saved)
    assert not default_storage.exists(package.folder)


def test_extraction_runs_once(editor):
    package = ready_package(user=editor)
    default_storage.delete(f"h5p/{package.uuid}/h5p.json")

    h5p.extract_package(package.pk)  # a duplicate delivery of the task

    assert not default_storage.exists(f"h5p/{package.uuid}/h5p.json")


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_may_manage_packages(group):
    codenames = set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))

    assert {"add_h5ppackage", "change_h5ppackage", "delete_h5ppackage", "view_h5ppackage"} <= codenames


@pytest.mark.parametrize("persona", ["learner", "teacher", "coordinator"])
def test_people_who_are_not_editors_cannot_upload(client, request, persona):
    client.force_login(request.getfixturevalue(persona))

    opened = client.get(ADD_URL)
    posted = upload(client)

    assert opened.status_code in (302, 403) and posted.status_code in (302, 403)
    if posted.status_code == 302:
        assert "login" in posted["Location"]
    assert not H5PPackage.objects.exists()


def test_an_anonymous_visitor_is_sent_to_log_in(client):
    response = upload(client)

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert not H5PPackage.objects.exists()


def test_an_editor_can_edit_a_lesson_with_an_h5p_block_and_choose_a_package(client, editor):
    package = ready_package(title="Folketinget")
    lesson = lesson_with_h5p(package)
    client.force_login(editor)

    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    chooser = client.get(reverse("wagtailsnippetchoosers_lessons_h5ppackage:choose"))

    assert editor_page.status_code == 200
    assert chooser.status_code == 200
    assert "Folketinget" in chooser.content.decode()


def test_the_list_can_be_searched_by_title(client, editor):
    ready_package(title="Folketinget")
    ready_package(title="Kommunen")
    client.force_login(editor)

    html = client.get(LIST_URL, {"q": "Folke"}).content.decode()

    assert "Folketinget" in html and "Kommunen" not in html


def test_the_lesson_editors_chooser_searches_packages_and_tells_same_titles_apart(client, editor):
    first = ready_package(title="Folketinget")
    second = ready_package(title="Folketinget")
    ready_package(title="Kommunen")
    H5PPackage.objects.filter(pk=second.pk).update(main_library="H5P.MultiChoice 1.16")
    client.force_login(editor)

    response = client.get("/admin/snippets/choose/lessons/h5ppackage/", {"q": "Folke"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Kommunen" not in html
    assert "Folketinget (SamfundCheck, " in html and "Folketinget (MultiChoice, " in html
    assert first.pk != second.pk
