"""URLs of the teachers' pages: reports."""

urlpatterns = []
