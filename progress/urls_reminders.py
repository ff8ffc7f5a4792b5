"""URLs of the teachers' pages: reminders."""

urlpatterns = []
