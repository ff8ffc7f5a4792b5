"""User names a teacher can read out and a learner can type, and PINs."""

import secrets
import unicodedata

from django.db import IntegrityError, transaction

from accounts.models import User

PIN_DIGITS = 6
# When nothing of a name can be written in Latin letters (Arabic script, say): elev1, elev2...
FALLBACK_USERNAME = "elev"

# Ukrainian's official romanisation (2010), with the Russian letters it lacks.
CYRILLIC = {
    **dict(zip("абвгґдезиіїйклмнопрстуфёыэ", "abvhgdezyiiiklmnoprstufeye", strict=True)),
    **{"є": "ie", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "iu", "я": "ia"},
    **{"ь": "", "ъ": ""},
}
# At the start of a word these letters are written differently: Юлія → Yuliia, Євген → Yevhen.
CYRILLIC_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
LATIN_LETTERS = {
    "æ": "ae",
    "ø": "oe",
    "å": "aa",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "œ": "oe",
    "ı": "i",
}


def username_base(name):
    """The user name a name suggests: `Amal Hassan` → `amal.hassan`, `Олена Коваль` → `olena.koval`.

    First and last word, in lowercase ASCII; "" when nothing can be written in Latin letters.
    """
    words = [_latin(word) for word in name.split()]
    # Short enough for a login card and for a learner to type.
    words = [word[:15] for word in words if word]
    if not words:
        return ""
    return words[0] if len(words) == 1 else f"{words[0]}.{words[-1]}"


def free_username(name):
    """`username_base(name)`, or it with the lowest number that makes it unused (`amal.hassan2`)."""
    base = username_base(name)
    prefix = base or FALLBACK_USERNAME
    taken = {
        username.lower()
        for username in User.objects.filter(username__istartswith=prefix).values_list("username", flat=True)
    }
    if base and base not in taken:
        return base
    number = 2 if base else 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def new_pin():
    """A random PIN of `PIN_DIGITS` digits, never an obvious one such as 111111 or 123456."""
    while True:
        pin = f"{secrets.randbelow(10**PIN_DIGITS):0{PIN_DIGITS}d}"
        if len(set(pin)) > 2 and pin not in "01234567890" and pin not in "09876543210":
            return pin


def _latin(word):
    letters = []
    for index, character in enumerate(word.casefold()):
        if index == 0 and character in CYRILLIC_INITIAL:
            letters.append(CYRILLIC_INITIAL[character])
        elif character in LATIN_LETTERS:
            letters.append(LATIN_LETTERS[character])
        elif character in CYRILLIC:
            letters.append(CYRILLIC[character])
        else:
            decomposed = unicodedata.normalize("NFKD", character)
            letters.append("".join(c for c in decomposed if c.isascii() and c.isalnum()))
    return "".join(letters)


def save_with_free_username(learner, name):
    # Another teacher may take the same name at the same moment: then the next number is free.
    for _attempt in range(5):
        learner.username = free_username(name)
        try:
            with transaction.atomic():
                learner.save()
            return
        except IntegrityError:
            continue
    raise IntegrityError("no free user name found")


def split_name(name):
    first, _space, last = name.rpartition(" ")
    return (first, last) if first else (last, "")
