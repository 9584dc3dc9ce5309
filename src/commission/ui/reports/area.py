"""The Reports area: a quarter's or a year's statistics on the screen, and the files.

The figures are read off the GUI thread (``BackgroundRead``) and shown as one table —
indicator, the period, the one before, a year earlier — beside two bar charts. The exports
run in the export thread, and their writers (python-docx, openpyxl) are imported on use only.
The lines are named in the documents' words: the same names the printed statistics use.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.documents.reports import PublicReport, QuarterlyStats, ReportPeriod
from commission.domain.enums import Language
from commission.exports import report_words as words
from commission.exports.report_layout import period_names, stats_charts
from commission.exports.wording import Wording
from commission.services import police_report, reports
from commission.template_choice import template_for
from commission.ui.background_read import BackgroundRead, after_first_paint
from commission.ui.commission_scope import CommissionScopeCombo
from commission.ui.context import AppContext
from commission.ui.export_worker import ExportWorker
from commission.ui.labels import interface_language
from commission.ui.reports.charts import ChartView

if TYPE_CHECKING:
    from commission.exports.templates import TemplateSource

PUBLIC_FORMATS = ("pdf", "docx", "csv", "json")


def two_lines(title: str) -> str:
    """``title`` broken at the space nearest its middle."""
    spaces = [i for i, c in enumerate(title) if c == " "]
    if not spaces:
        return title
    middle = min(spaces, key=lambda i: abs(len(title) - 2 * i))
    return f"{title[:middle]}\n{title[middle + 1 :]}"


class ReportsArea(QWidget):
    """Choose a period, read its figures, save the statistics or the public report."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock
        self.stats: QuarterlyStats | None = None
        self.workers: list[ExportWorker] = []
        self.last_path: Path | None = None
        today = clock()

        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.quarter = QComboBox()
        self.quarter.addItem(self.tr("Whole year"), 0)
        for n, name in enumerate(
            (
                self.tr("Quarter I"),
                self.tr("Quarter II"),
                self.tr("Quarter III"),
                self.tr("Quarter IV"),
            ),
            start=1,
        ):
            self.quarter.addItem(name, n)
        self.quarter.setCurrentIndex(self.quarter.findData((today.month - 1) // 3 + 1))
        self.language = QComboBox()
        self.language.addItem(self.tr("Russian"), "ru")
        self.language.addItem(self.tr("Kazakh"), "kk")
        # The interface's language first, as the other documents' (not the account's).
        self.language.setCurrentIndex(1 if interface_language() is Language.KK else 0)
        self.scope_combo = CommissionScopeCombo(ctx)
        self.scope_combo.hide()

        year_caption = QLabel(self.tr("&Year:"))
        year_caption.setBuddy(self.year)
        period_caption = QLabel(self.tr("&Period:"))
        period_caption.setBuddy(self.quarter)
        language_caption = QLabel(self.tr("&Document language:"))
        language_caption.setBuddy(self.language)

        self.xlsx_button = QPushButton(self.tr("Statistics to E&xcel…"))
        self.docx_button = QPushButton(self.tr("Statistics to &Word…"))
        self.public_button = QPushButton(self.tr("P&ublic report"))
        menu = QMenu(self.public_button)
        for fmt in PUBLIC_FORMATS:
            action = menu.addAction(self.tr("Public report as .{format}…").format(format=fmt))
            action.triggered.connect(partial(self.export_public, fmt))
        self.public_button.setMenu(menu)
        self.xlsx_button.clicked.connect(lambda: self.export_stats(".xlsx"))
        self.docx_button.clicked.connect(lambda: self.export_stats(".docx"))

        controls = QHBoxLayout()
        for widget in (
            year_caption,
            self.year,
            period_caption,
            self.quarter,
            self.scope_combo,
            language_caption,
            self.language,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        # A long title (the oblast's commission, a Kazakh period) wraps, and the documents'
        # buttons go beside it: in one row with the choices they, or an unwrapped title, set the
        # area's least width and widened the oblast's window to 1313 px.
        self.title.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        for button in (self.xlsx_button, self.docx_button, self.public_button):
            heading.addWidget(button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status.linkActivated.connect(self._open_link)

        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Key figures"))
        self.charts = [ChartView(), ChartView()]
        chart_panel = QWidget()
        chart_layout = QVBoxLayout(chart_panel)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        for chart in self.charts:
            chart_layout.addWidget(chart)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(chart_panel)
        splitter.setSizes([720, 540])  # the lines' names are long; the charts keep their shape

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.read = BackgroundRead(self)
        self.read.sig_result.connect(self._arrived)
        self.read.sig_failed.connect(self._failed)
        self.year.valueChanged.connect(self.refresh)
        self.quarter.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self._show)
        self.scope_combo.currentIndexChanged.connect(self.refresh)
        after_first_paint(self, self._first_read)

    # --- reading --------------------------------------------------------------------------

    def _first_read(self) -> None:
        self.scope_combo.load()
        self.scope_combo.setVisible(self.scope_combo.offered)
        self.refresh()

    def period(self) -> ReportPeriod:
        quarter = int(self.quarter.currentData() or 0)
        return ReportPeriod(self.year.value(), quarter or None)

    def wording(self) -> Wording:
        return Wording(str(self.language.currentData()))

    def refresh(self) -> None:
        """Read the chosen period's figures (off the GUI thread)."""
        db, actor, today = self.ctx.db, self.ctx.actor, self._clock()
        period, scope = self.period(), self.scope_combo.commission_ids()
        self.status.setText(self.tr("Reading the figures…"))
        self.read.start(
            lambda: reports.quarterly_stats(db, actor, period, today, commission_ids=scope)
        )

    def _arrived(self, stats: object) -> None:
        assert isinstance(stats, QuarterlyStats)
        self.stats = stats
        self.status.clear()
        self._show()

    def _failed(self, exc: object) -> None:
        self.stats = None
        self.status.clear()
        if isinstance(exc, BaseException):
            self.ctx.report(self, exc)
        self._show()

    def _show(self) -> None:
        stats = self.stats
        self.table.setRowCount(0)
        if stats is None:
            self.title.clear()
            for chart in self.charts:
                chart.set_chart(None)
            return
        w = self.wording()
        period = w.text(words.FOR_PERIOD, period=words.period_text(stats.period, w))
        self.title.setText(f"{w.text(words.STATS_TITLE)} {period}")
        names = period_names(stats.period, w)
        self.table.setColumnCount(1 + len(names))
        # The periods' titles on two lines: on one («2026 жылғы IV тоқсан») the three columns of
        # small numbers took the width and left the indicators' names a few letters.
        self.table.setHorizontalHeaderLabels(
            [w.text(words.COL_INDICATOR), *(two_lines(n) for n in names)]
        )
        for section in (*stats.sections, *stats.probation):
            if not section.figures:
                continue
            self._add_row([words.section_title(section.key, w)], heading=True)
            for figure in section.figures:
                label = words.figure_label(section.key, figure, w)
                if words.is_part(section.key, figure):
                    label = f"    {label}"
                self._add_row([label, *map(str, figure.values[: len(names)])])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        charts = stats_charts(stats, w)
        for index, view in enumerate(self.charts):
            view.set_chart(charts[index] if index < len(charts) else None)

    def _add_row(self, texts: list[str], heading: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setToolTip(text.strip())  # a long line's name is elided in the column
            if heading:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            elif column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, item)
        if heading:
            self.table.setSpan(row, 0, 1, self.table.columnCount())

    # --- files ----------------------------------------------------------------------------

    def _target(self, suffix: str, name: str, path: Path | None) -> Path | None:
        if path is not None:
            return path
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as"),
            f"{name}-{self.period()}-{self.language.currentData()}{suffix}",
            f"*{suffix}",
        )
        if not chosen:
            return None
        target = Path(chosen)
        return target if target.suffix.lower() == suffix else target.with_suffix(suffix)

    def export_stats(self, suffix: str, path: Path | None = None) -> ExportWorker | None:
        """The statistics shown, as .xlsx or .docx; without ``path`` the user chooses."""
        stats, lang = self.stats, str(self.language.currentData())
        if stats is None:
            return None
        target = self._target(suffix, "statistics", path)
        if target is None:
            return None
        if suffix == ".xlsx":
            from commission.exports.quarterly_stats_xlsx import quarterly_stats_xlsx

            return self._start(target, lambda: quarterly_stats_xlsx(stats, lang))
        found = self.ctx.run(self, lambda: (template_for(self.ctx.db, self.ctx.actor),))
        if found is None:
            return None
        template = found[0]
        from commission.exports.quarterly_stats_docx import quarterly_stats_docx

        return self._start(target, lambda: quarterly_stats_docx(stats, lang, template))

    def export_public(self, fmt: str, path: Path | None = None) -> ExportWorker | None:
        """The public report of the chosen period, in ``fmt`` (pdf, docx, csv, json)."""
        db, actor, today = self.ctx.db, self.ctx.actor, self._clock()
        period, lang = self.period(), str(self.language.currentData())
        scope = self.scope_combo.commission_ids()
        target = self._target(f".{fmt}", "public-report", path)
        if target is None:
            return None
        from commission.exports.police_table import public_figures

        def read() -> tuple[PublicReport, TemplateSource]:
            # The police chief's figures heard for the quarter, when the secretary recorded them.
            heard = (
                police_report.quarter_figures(db, actor, period.year, period.quarter)
                if period.quarter is not None
                else None
            )
            police = public_figures(heard.figures) if heard is not None else ()
            report = reports.public_report(
                db, actor, period, today, police_figures=police, commission_ids=scope
            )
            return report, template_for(db, actor)

        found = self.ctx.run(self, read)
        if found is None:
            return None
        report, template = found
        from commission.exports import public_report as writers

        build: Callable[[], bytes] = {
            "pdf": lambda: writers.public_report_pdf(report, lang, template),
            "docx": lambda: writers.public_report_docx(report, lang, template),
            "csv": lambda: writers.public_report_csv(report, lang),
            "json": lambda: writers.public_report_json(report, lang),
        }[fmt]
        return self._start(target, build)

    def _start(self, path: Path, build: Callable[[], bytes]) -> ExportWorker:
        worker = ExportWorker(self.ctx, self, self.tr("Writing the report…"), build, path)
        worker.sig_finished.connect(lambda written: self._finished(worker, written))
        self.workers.append(worker)
        worker.start()
        return worker

    def _finished(self, worker: ExportWorker, written: bool) -> None:
        if worker in self.workers:
            self.workers.remove(worker)
        worker.deleteLater()
        if not written or worker.path is None:
            return
        self.last_path = worker.path
        name = worker.path.name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self.status.setText(
            self.tr(
                'Saved: {name}. <a href="open">Open</a> &nbsp; <a href="folder">Show folder</a>'
            ).format(name=name)
        )

    def _open_link(self, link: str) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.last_path is None:
            return
        target = self.last_path if link == "open" else self.last_path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
