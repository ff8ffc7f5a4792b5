"""Illustrations for the demo, drawn with Pillow so no third-party picture is shipped."""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

PALETTE = ["#0b5cad", "#2e7d32", "#6a3d9a", "#b3541e", "#00796b", "#8e244d", "#37474f", "#1565c0"]


def _colours(seed):
    digest = hashlib.sha256(seed.encode()).digest()
    return PALETTE[digest[0] % len(PALETTE)], PALETTE[digest[1] % len(PALETTE)], digest


def _save(title, picture):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    image = Image(title=title, file=ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.png"))
    image.save()
    return image


def cover(slug):
    """An abstract banner for a module: overlapping circles in two colours."""
    background, accent, digest = _colours(slug)
    picture = PillowImage.new("RGB", (1200, 400), background)
    draw = ImageDraw.Draw(picture)
    for index in range(6):
        x = 150 + digest[2 + index] * 4
        y = 60 + digest[8 + index]
        radius = 60 + digest[14 + index] // 3
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=accent, width=14)
    return _save(f"Demo cover {slug}", picture)


def portrait(slug, name):
    """A portrait placeholder for an illustrative person: their initial on a coloured disc."""
    background, _accent, _digest = _colours(slug)
    picture = PillowImage.new("RGB", (480, 480), "#f3f6f8")
    draw = ImageDraw.Draw(picture)
    draw.ellipse((20, 20, 460, 460), fill=background)
    font = ImageFont.load_default(size=220)
    draw.text((240, 240), name[:1].upper(), fill="white", font=font, anchor="mm")
    return _save(f"Demo portrait {slug}", picture)
