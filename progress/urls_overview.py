"""URLs of the teachers' pages: overview."""

urlpatterns = []
