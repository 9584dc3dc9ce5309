"""The first-run wizard: shown instead of the log-in when the database has no users yet."""

from commission.ui.first_run.wizard import FirstRunWizard

__all__ = ["FirstRunWizard"]
