"""Execution discipline per lead agency: control points executed on time, late, overdue.

One horizontal stacked bar per agency for the chosen quarter of the year (or the whole
year), so that the agency names stay readable however many there are.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from commission.domain.discipline import DisciplineCounts, discipline_score
from commission.services.control_registers import DisciplineRow

__all__ = ["WHOLE_YEAR", "DisciplineChart"]

WHOLE_YEAR = 0
ON_TIME_COLOUR = QColor("#2e7d32")
LATE_COLOUR = QColor("#b26a00")
OVERDUE_COLOUR = QColor("#c62828")


class DisciplineChart(QWidget):
    """The chart with a quarter selector; ``set_rows`` gives it the year's figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DisciplineRow] = []
        self.year: int | None = None

        self.quarter_combo = QComboBox()
        self.quarter_combo.addItem(self.tr("Whole year"), WHOLE_YEAR)
        for quarter in range(1, 5):
            self.quarter_combo.addItem(self.tr("Quarter {n}").format(n=quarter), quarter)
        self.quarter_combo.currentIndexChanged.connect(self._redraw)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.quarter_combo)

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        # Every pixel of height goes to the agencies: Qt hides category labels that do not fit.
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(4, 2, 8, 2))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.empty_label = QLabel(self.tr("No control points fall due in this period."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.quarter_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)

    def set_rows(self, rows: Sequence[DisciplineRow], year: int) -> None:
        self.rows = list(rows)
        self.year = year
        self._redraw()

    def quarter(self) -> int:
        return int(self.quarter_combo.currentData() or WHOLE_YEAR)

    def set_quarter(self, quarter: int) -> None:
        index = self.quarter_combo.findData(quarter)
        if index >= 0:
            self.quarter_combo.setCurrentIndex(index)

    def totals(self) -> dict[str, tuple[int, int, int]]:
        """Per agency (in the service's order): on time, late, overdue in the chosen period."""
        quarter = self.quarter()
        result: dict[str, list[int]] = {}
        for row in self.rows:
            if quarter != WHOLE_YEAR and row.quarter != quarter:
                continue
            entry = result.setdefault(row.agency, [0, 0, 0])
            entry[0] += row.on_time
            entry[1] += row.late
            entry[2] += row.overdue
        return {name: (a, b, c) for name, (a, b, c) in result.items() if a or b or c}

    def scores(self) -> dict[str, int | None]:
        """Per agency: the discipline score 0–100 of the chosen period (domain.discipline),
        from the counts of its quarters summed."""
        quarter = self.quarter()
        summed: dict[str, list[int]] = {}
        for row in self.rows:
            if quarter != WHOLE_YEAR and row.quarter != quarter:
                continue
            c = row.counts()
            entry = summed.setdefault(row.agency, [0, 0, 0, 0, 0])
            for i, value in enumerate((c.on_time, c.late, c.partial, c.overdue, c.formal)):
                entry[i] += value
        return {name: discipline_score(DisciplineCounts(*entry)) for name, entry in summed.items()}

    def _label(self, name: str, score: int | None) -> str:
        return (
            name
            if score is None
            else self.tr("{agency} — {score}").format(agency=name, score=score)
        )

    def _explain(self, scores: dict[str, int | None]) -> str:
        lines = [
            self.tr(
                "Discipline score 0–100 = 100 × (F + ½·L + ½·P − ¼·R) / N: F executed in full "
                "on time, L executed in full late, P executed in part, R answers graded "
                "«formal reply», N the points closed or overdue."
            )
        ]
        lines += [
            f"{name}: {score if score is not None else '—'}" for name, score in scores.items()
        ]
        return "\n".join(lines)

    def _redraw(self) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        quarter = self.quarter()
        year = self.year or 0
        if quarter == WHOLE_YEAR:
            title = self.tr("Execution discipline of lead agencies, {year}").format(year=year)
        else:
            title = self.tr("Execution discipline of lead agencies, quarter {n} of {year}").format(
                n=quarter, year=year
            )
        chart.setTitle(title)
        totals = self.totals()
        scores = self.scores()
        self.view.setToolTip(self._explain(scores))
        self.empty_label.setVisible(not totals)
        if not totals:
            return
        # A horizontal bar chart draws its first category at the bottom: reverse the
        # alphabetical order so that it reads top-down.
        names = list(reversed(list(totals)))
        series = QHorizontalStackedBarSeries()
        for index, (label, colour) in enumerate(
            (
                (self.tr("Executed on time"), ON_TIME_COLOUR),
                (self.tr("Executed late"), LATE_COLOUR),
                (self.tr("Overdue"), OVERDUE_COLOUR),
            )
        ):
            bar_set = QBarSet(label)
            bar_set.setColor(colour)
            bar_set.append([float(totals[name][index]) for name in names])
            series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([self._label(name, scores.get(name)) for name in names])
        categories.setTruncateLabels(False)  # an agency's name cut to «…» says nothing
        font = QFont(categories.labelsFont())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        categories.setLabelsFont(font)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setMin(0)
        values.setMax(max(sum(v) for v in totals.values()))
        values.applyNiceNumbers()
        values.setTitleText(self.tr("Control points due"))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)

    def series(self) -> QHorizontalStackedBarSeries | None:
        for series in self.chart.series():
            if isinstance(series, QHorizontalStackedBarSeries):
                return series
        return None
