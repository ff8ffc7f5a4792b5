"""The LRS's one hook for the rest of the platform.

`statements_stored` is sent with `statements` (the stored `lrs.models.Statement` rows, their JSON in
`.data`) inside the transaction that stores them, so a receiver's own writes (progress projections)
commit or roll back together with the statements: a projection is never ahead of or behind its
statements. Work that must wait for the commit (Celery tasks) belongs in `transaction.on_commit`.
"""

from django.dispatch import Signal

statements_stored = Signal()
