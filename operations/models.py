"""What the platform knows of its own running: the background work's heartbeat."""

from django.db import models


class Heartbeat(models.Model):
    """The last time a piece of background work showed it runs (`operations.tasks.heartbeat`, sent
    by beat through the broker and run by a worker: its age tells whether all three work)."""

    name = models.CharField(max_length=60, unique=True)
    beat_at = models.DateTimeField()

    def __str__(self):
        return f"{self.name} {self.beat_at.isoformat()}"
