"""URLs of the teachers' pages: certificate."""

urlpatterns = []
