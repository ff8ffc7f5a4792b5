"""Login cards: what a learner needs to log in, printed, with a QR code of their login link."""

from dataclasses import dataclass

import segno
from django.conf import settings
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info, gettext

from accounts.links import login_link
from accounts.models import User


@dataclass(frozen=True)
class CardText:
    """A card's words in one language, with the direction it is written in."""

    language: str
    direction: str
    user_name: str
    pin: str
    instruction: str


@dataclass(frozen=True)
class LoginCard:
    """One learner's card: user name, PIN, login address and its QR code, words in two languages."""

    learner: User
    name: str
    pin: str
    address: str
    qr_svg: str
    texts: tuple


def login_card(learner):
    """What a learner's printed login card shows: in their language, and in Danish beside it."""
    language = learner.preferred_language
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    address = settings.SITE_BASE_URL + login_link(learner, language)
    languages = [language] + [
        code for code in ("da",) if code != language and code in dict(settings.LANGUAGES)
    ]
    return LoginCard(
        learner=learner,
        name=learner.get_full_name() or learner.get_username(),
        pin=learner.card_pin,
        address=address,
        qr_svg=qr_svg(address),
        texts=tuple(_card_text(code) for code in languages),
    )


def qr_svg(address):
    """The login address as an inline SVG QR code, sized by the page's CSS."""
    code = segno.make_qr(address, error="m")
    # Safe: segno writes the SVG itself and escapes the one text in it, the title.
    return mark_safe(code.svg_inline(scale=1, border=2, omitsize=True, svgclass="qr-code", title=address))


def _card_text(language):
    with translation.override(language):
        return CardText(
            language=language,
            direction="rtl" if get_language_info(language)["bidi"] else "ltr",
            user_name=gettext("User name"),
            pin=gettext("PIN"),
            instruction=gettext("Scan the code with your phone, or type the address. Then type your PIN."),
        )
