"""`{% h5p_player_url package as url %}`: where a lesson page's frame loads an activity from
(lessons.player_origin), in the page's language."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.translation import get_language

from lessons import player_origin

register = template.Library()


@register.simple_tag(takes_context=True)
def h5p_player_url(context, package):
    query = {"lang": get_language()}
    separate = player_origin.player_origin()
    request = context.get("request")
    if separate and request is not None:
        query["parent"] = player_origin.request_origin(request)
    return f"{separate}{reverse('h5p_player', args=[package.uuid])}?{urlencode(query)}"


@register.simple_tag
def h5p_frame_sandbox():
    return player_origin.frame_sandbox()
