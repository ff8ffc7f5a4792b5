"""The learner's own pages: "My course" and the tracking endpoint their lessons report to."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render


@login_required
def learner_home(request):
    return render(request, "progress/learner_home.html", {})
