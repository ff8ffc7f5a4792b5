"""URLs of the teachers' pages: enrolment."""

urlpatterns = []
