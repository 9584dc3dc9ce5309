"""What users read for the values of the client card and the client import, in their language.

One function per enumeration, each with one literal English string per value, so that
``pyside6-lupdate`` finds them all under the ``ClientLabels`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from commission.domain.enums import DeregistrationReason
from commission.domain.iin import Sex
from commission.services.client_import import ClientField, RowOutcome
from commission.services.measure_import_headers import MeasureField


def sex_label(sex: Sex) -> str:
    labels = {
        Sex.MALE: QCoreApplication.translate("ClientLabels", "Male"),
        Sex.FEMALE: QCoreApplication.translate("ClientLabels", "Female"),
    }
    return labels[sex]


def deregistration_reason_label(reason: DeregistrationReason) -> str:
    labels = {
        DeregistrationReason.TERM_END: QCoreApplication.translate(
            "ClientLabels", "End of the probation term"
        ),
        DeregistrationReason.SENTENCE_SERVED: QCoreApplication.translate(
            "ClientLabels", "Sentence served"
        ),
        DeregistrationReason.REVOKED: QCoreApplication.translate(
            "ClientLabels", "Conditional sentence revoked by a court"
        ),
        DeregistrationReason.EARLY_CANCELLATION: QCoreApplication.translate(
            "ClientLabels", "Early cancellation, criminal record removed"
        ),
        DeregistrationReason.AMNESTY: QCoreApplication.translate(
            "ClientLabels", "Amnesty or pardon"
        ),
        DeregistrationReason.MOVED: QCoreApplication.translate(
            "ClientLabels", "Moved to another district"
        ),
        DeregistrationReason.DEATH: QCoreApplication.translate("ClientLabels", "Death"),
        DeregistrationReason.REFUSAL: QCoreApplication.translate(
            "ClientLabels", "Own refusal (post-penitentiary)"
        ),
    }
    return labels[reason]


def client_field_label(field: ClientField) -> str:
    labels = {
        ClientField.FULL_NAME: QCoreApplication.translate("ClientLabels", "Full name"),
        ClientField.SURNAME: QCoreApplication.translate("ClientLabels", "Surname"),
        ClientField.GIVEN_NAME: QCoreApplication.translate("ClientLabels", "Name"),
        ClientField.PATRONYMIC: QCoreApplication.translate("ClientLabels", "Patronymic"),
        ClientField.IIN: QCoreApplication.translate("ClientLabels", "IIN"),
        ClientField.BIRTH_DATE: QCoreApplication.translate("ClientLabels", "Birth date"),
        ClientField.CATEGORY: QCoreApplication.translate("ClientLabels", "Register category"),
        ClientField.ARTICLES: QCoreApplication.translate("ClientLabels", "Criminal Code articles"),
        ClientField.SENTENCE_START: QCoreApplication.translate("ClientLabels", "Sentence start"),
        ClientField.SENTENCE_END: QCoreApplication.translate("ClientLabels", "Sentence end"),
        ClientField.REGISTERED_ON: QCoreApplication.translate("ClientLabels", "Registered on"),
        ClientField.REGISTERED_ADDRESS: QCoreApplication.translate(
            "ClientLabels", "Registered address"
        ),
        ClientField.ACTUAL_ADDRESS: QCoreApplication.translate("ClientLabels", "Actual address"),
        ClientField.PHONE: QCoreApplication.translate("ClientLabels", "Phone"),
        ClientField.DISTRICT: QCoreApplication.translate("ClientLabels", "District"),
        ClientField.OFFICER: QCoreApplication.translate("ClientLabels", "Probation officer"),
        ClientField.ROW_NUMBER: QCoreApplication.translate("ClientLabels", "Row number"),
        ClientField.DEREGISTERED_ON: QCoreApplication.translate(
            "ClientLabels", "Removed from the register on"
        ),
        ClientField.CASE_COUNT: QCoreApplication.translate("ClientLabels", "Number of cases"),
    }
    return labels[field]


def measure_field_label(field: MeasureField) -> str:
    labels = {
        MeasureField.IIN: QCoreApplication.translate("ClientLabels", "Client's IIN"),
        MeasureField.CASE_NUMBER: QCoreApplication.translate("ClientLabels", "Case No."),
        MeasureField.OPENED_ON: QCoreApplication.translate("ClientLabels", "Case opened on"),
        MeasureField.NEED_KIND: QCoreApplication.translate("ClientLabels", "Kind of need"),
        MeasureField.ACTION: QCoreApplication.translate("ClientLabels", "Measure"),
        MeasureField.AGENCY: QCoreApplication.translate("ClientLabels", "Agency responsible"),
        MeasureField.DEADLINE: QCoreApplication.translate("ClientLabels", "Deadline"),
        MeasureField.STATE: QCoreApplication.translate("ClientLabels", "State of the measure"),
        MeasureField.OUTCOME: QCoreApplication.translate("ClientLabels", "Outcome"),
        MeasureField.COMPLETED_ON: QCoreApplication.translate("ClientLabels", "Completed on"),
        MeasureField.ROW_NUMBER: QCoreApplication.translate("ClientLabels", "Row number"),
        MeasureField.CLIENT: QCoreApplication.translate("ClientLabels", "Client"),
        MeasureField.DISTRICT: QCoreApplication.translate("ClientLabels", "District"),
        MeasureField.OFFICER: QCoreApplication.translate("ClientLabels", "Probation officer"),
        MeasureField.PROGRAMME_STATE: QCoreApplication.translate(
            "ClientLabels", "State of the programme"
        ),
        MeasureField.MEASURES_OPEN: QCoreApplication.translate("ClientLabels", "Open measures"),
        MeasureField.MEASURES_OVERDUE: QCoreApplication.translate(
            "ClientLabels", "Overdue measures"
        ),
    }
    return labels[field]


def row_outcome_label(outcome: RowOutcome) -> str:
    labels = {
        RowOutcome.CREATED: QCoreApplication.translate("ClientLabels", "created"),
        RowOutcome.UPDATED: QCoreApplication.translate("ClientLabels", "updated"),
        RowOutcome.UNCHANGED: QCoreApplication.translate("ClientLabels", "unchanged"),
        RowOutcome.REJECTED: QCoreApplication.translate("ClientLabels", "rejected"),
    }
    return labels[outcome]
