from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from accounts.models import LearningSite, Municipality, User


@admin.register(User)
class SamfundUserAdmin(UserAdmin):
    fieldsets = (
        *UserAdmin.fieldsets,
        (_("Samfund"), {"fields": ("role", "preferred_language", "municipality", "sites")}),
    )
    list_display = ("username", "role", "municipality", "is_staff")
    list_filter = ("role", "municipality", *UserAdmin.list_filter)


admin.site.register(Municipality)
admin.site.register(LearningSite)
