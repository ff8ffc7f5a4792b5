"""What the lessons app tells others: an H5P package's status changed (ready, failed, or a new file
being unpacked), which changes what lessons can require (`progress.structure`)."""

from django.dispatch import Signal

package_changed = Signal()
