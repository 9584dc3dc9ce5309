"""A bar chart on the screen: the same drawing the .docx gets as a picture."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from commission.exports.report_chart import BarChart, paint_chart


class ChartView(QWidget):
    """Paints one ``BarChart``; empty until ``set_chart``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: BarChart | None = None
        self.setMinimumSize(360, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(560, 320)

    def set_chart(self, chart: BarChart | None) -> None:
        self.chart = chart
        self.setAccessibleName(chart.title if chart is not None else "")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("#ffffff"))
            if self.chart is not None:
                paint_chart(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self.chart)
        finally:
            painter.end()
