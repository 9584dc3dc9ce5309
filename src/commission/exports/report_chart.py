"""Bar charts of the reports, painted with QtGui: the same drawing on the Reports area and, as
a PNG, in the .docx.

The exports already paint with QtGui (``minutes_pdf``), so no chart library is added: QtCharts
is not in PySide6-Essentials, and a few grouped bars need no more than a ``QPainter``. Like the
PDF, painting text needs a ``QGuiApplication`` (the command line makes an offscreen one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from commission.exports.page import FONT_FALLBACKS

# The period, the one before, a year earlier: dark to light, readable printed in grey too.
SERIES_COLOURS = ("#1f4e79", "#5b9bd5", "#bdd7ee")


@dataclass(frozen=True)
class BarChart:
    """Grouped bars: one group per label, one bar per series (a period)."""

    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]  # (name, one value per label)

    @property
    def empty(self) -> bool:
        return not any(v for _name, values in self.series for v in values)


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(list(FONT_FALLBACKS))
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def paint_chart(painter: QPainter, area: QRectF, chart: BarChart) -> None:
    """Draw ``chart`` into ``area`` (title, legend, bars with their values, labels)."""
    unit = max(8.0, area.height() / 28)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#000000"))
    painter.setFont(_font(unit * 1.1, bold=True))
    title = QRectF(area.left(), area.top(), area.width(), unit * 2)
    painter.drawText(title, Qt.AlignmentFlag.AlignCenter, chart.title)
    legend_top = title.bottom()
    painter.setFont(_font(unit * 0.9))
    x = area.left() + unit
    for index, (name, _values) in enumerate(chart.series):
        painter.fillRect(QRectF(x, legend_top + unit * 0.3, unit, unit), _colour(index))
        width = painter.fontMetrics().horizontalAdvance(name) + unit * 2.5
        painter.drawText(QRectF(x + unit * 1.4, legend_top, width, unit * 1.6), name)
        x += width
    plot = QRectF(
        area.left() + unit,
        legend_top + unit * 2,
        area.width() - unit * 2,
        area.height() - (legend_top - area.top()) - unit * 8,
    )
    painter.setPen(QPen(QColor("#808080"), 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    top = max((v for _name, values in chart.series for v in values), default=0) or 1
    groups = max(1, len(chart.labels))
    group_width = plot.width() / groups
    bars = max(1, len(chart.series))
    bar_width = group_width * 0.8 / bars
    label_font = _fitting_font(painter, chart.labels, unit * 0.75, group_width * 0.8)
    for g, label in enumerate(chart.labels):
        left = plot.left() + g * group_width + group_width * 0.1
        for s, (_name, values) in enumerate(chart.series):
            value = values[g] if g < len(values) else 0
            height = (plot.height() - unit * 1.5) * value / top
            bar = QRectF(left + s * bar_width, plot.bottom() - height, bar_width * 0.92, height)
            painter.fillRect(bar, _colour(s))
            painter.setPen(QColor("#000000"))
            painter.setFont(_font(unit * 0.8))
            above = QRectF(bar.left() - unit, bar.top() - unit * 1.4, bar.width() + 2 * unit, unit)
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(value))
        text = QRectF(left, plot.bottom() + unit * 0.3, group_width * 0.8, unit * 5.6)
        painter.setFont(label_font)
        painter.drawText(text, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, label)
    painter.restore()


def _fitting_font(painter: QPainter, labels: Sequence[str], pixels: float, width: float) -> QFont:
    """One font for the labels, smaller when their longest word would not fit a group's
    width (ten kinds of help side by side): a word is never cut."""
    font = _font(pixels)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    words = [word for label in labels for word in label.split()]
    longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
    if longest > width > 0:
        font = _font(pixels * width / longest * 0.95)
    return font


def _colour(index: int) -> QColor:
    return QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])


def chart_png(chart: BarChart, width: int = 1600, height: int = 900) -> bytes:
    """The chart as PNG bytes, for a Word picture 16 cm wide."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        paint_chart(painter, QRectF(0, 0, width, height), chart)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt wants str
    buffer.close()
    return bytes(data.data())


def section_chart(
    title: str,
    labels: Sequence[str],
    values: Sequence[tuple[int, int, int]],
    periods: Sequence[str],
) -> BarChart:
    """A chart of a section's lines: one group per line, the three periods as bars."""
    series = tuple((periods[i], tuple(v[i] for v in values)) for i in range(min(3, len(periods))))
    return BarChart(title, tuple(labels), series)
