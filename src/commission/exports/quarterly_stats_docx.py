"""The quarterly (annual) statistics as a Word file, ru or kk, with bar charts.

The tables are the blocks of ``report_layout`` rendered on the commission's template; the
charts, which the blocks do not know, are added after them as pictures 16 cm wide.
"""

from __future__ import annotations

import io

import docx
from docx.shared import Cm

from commission.documents.reports import QuarterlyStats
from commission.exports.docx_render import render_docx
from commission.exports.report_chart import chart_png
from commission.exports.report_layout import stats_blocks, stats_charts
from commission.exports.templates import TemplateSource
from commission.exports.wording import Wording

CHART_WIDTH = Cm(16)


def quarterly_stats_docx(
    stats: QuarterlyStats, language: str, template: TemplateSource = None
) -> bytes:
    """The .docx bytes; needs a QGuiApplication for the charts' text (see ``report_chart``)."""
    w = Wording(language)
    document = docx.Document(io.BytesIO(render_docx(stats_blocks(stats, w), template)))
    for chart in stats_charts(stats, w):
        document.add_picture(io.BytesIO(chart_png(chart)), width=CHART_WIDTH)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
