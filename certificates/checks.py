"""System checks: a certificate without its fonts shows at start-up, not at the first download."""

from django.conf import settings
from django.core.checks import Error, register


@register()
def certificate_fonts(app_configs, **kwargs):
    from certificates.pdf import FONT_FILES

    missing = [name for name in FONT_FILES.values() if not (settings.CERTIFICATE_FONT_DIR / name).is_file()]
    if not missing:
        return []
    return [
        Error(
            f"The certificate fonts are missing from {settings.CERTIFICATE_FONT_DIR}: {', '.join(missing)}.",
            hint=(
                "Install the npm packages (`make run` and `make test` do; or `npm ci --ignore-scripts`), "
                "or set CERTIFICATE_FONT_DIR."
            ),
            id="certificates.E001",
        )
    ]
