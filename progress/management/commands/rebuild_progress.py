from django.core.management.base import BaseCommand

from progress.services import rebuild_progress


class Command(BaseCommand):
    help = "Rebuild every learner's progress from the statements in the Learning Record Store."

    def handle(self, *args, **options):
        learners = rebuild_progress()
        self.stdout.write(f"Rebuilt the progress of {learners} learners.")
