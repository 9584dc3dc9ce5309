"""The minutes as PDF, drawn by Qt: Windows office PCs have no LibreOffice to convert the .docx.

Qt needs a ``QGuiApplication`` for fonts: the GUI has one; the command line creates one with
the ``offscreen`` platform before exporting; the tests use pytest-qt's ``qapp``. The same
``paint_document`` prints to a ``QPrinter`` for the print preview.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from commission.documents.minutes import MinutesContext
from commission.exports.blocks import DocumentBlocks
from commission.exports.html_render import render_html
from commission.exports.minutes_layout import minutes_blocks
from commission.exports.page import (
    FONT_FALLBACKS,
    FONT_SIZE_PT,
    MARGIN_BOTTOM_MM,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    MARGIN_TOP_MM,
)
from commission.exports.wording import Wording

# Text in a PDF is vector; the resolution only sets the grid glyphs are placed on.
PDF_RESOLUTION = 600


def page_layout() -> QPageLayout:
    margins = QMarginsF(MARGIN_LEFT_MM, MARGIN_TOP_MM, MARGIN_RIGHT_MM, MARGIN_BOTTOM_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def _layout_dpi() -> float:
    """The resolution QTextDocument lays out at without a paint device (Qt's qt_defaultDpi)."""
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 96.0


def _document_font() -> QFont:
    font = QFont()
    font.setFamilies(list(FONT_FALLBACKS))
    font.setPointSizeF(FONT_SIZE_PT)
    return font


def text_document(doc: DocumentBlocks, layout: QPageLayout) -> QTextDocument:
    """The blocks laid out on ``layout``'s text area.

    The document is laid out at the screen's resolution and scaled onto the device when painted,
    as ``QTextDocument.print`` does: laid out directly on a 600 dpi device, Qt scales some lengths
    (vertical margins, cell padding) to the device and not others (indents).
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("PDF and print output need a QGuiApplication (fonts come from it)")
    dpi = _layout_dpi()
    document = QTextDocument()
    document.setUseDesignMetrics(True)  # the printer's metrics, not the screen's hinted ones
    document.setDefaultFont(_document_font())
    document.setDocumentMargin(0)
    document.setHtml(render_html(doc, dpi))
    text_area = layout.paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(text_area.width() * dpi / 72, text_area.height() * dpi / 72))
    return document


def paint_document(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Page by page, with the page number centred above the text from page 2 on."""
    scale_x = device.logicalDpiX() / _layout_dpi()
    scale_y = device.logicalDpiY() / _layout_dpi()
    layout = device.pageLayout()
    top_margin = layout.marginsPixels(device.logicalDpiY()).top()
    width, height = document.pageSize().width(), document.pageSize().height()
    painter = QPainter(device)
    painter.setFont(_document_font())
    try:
        for index in range(document.pageCount()):
            if index:
                device.newPage()
                number_box = QRectF(0, -top_margin, width * scale_x, top_margin * 0.8)
                painter.drawText(number_box, int(Qt.AlignmentFlag.AlignCenter), str(index + 1))
            painter.save()
            painter.scale(scale_x, scale_y)
            painter.translate(0, -index * height)
            document.drawContents(painter, QRectF(0, index * height, width, height))
            painter.restore()
    finally:
        painter.end()


def render_pdf(doc: DocumentBlocks) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout())
    writer.setTitle(doc.title)
    writer.setCreator("Commission")
    paint_document(text_document(doc, writer.pageLayout()), writer)
    buffer.close()
    return bytes(data.data())


def minutes_pdf(ctx: MinutesContext, language: str) -> bytes:
    """The minutes as PDF bytes; needs a QGuiApplication (see the module's note)."""
    return render_pdf(minutes_blocks(ctx, Wording(language)))


def print_minutes(ctx: MinutesContext, language: str, device: QPagedPaintDevice) -> None:
    """For ``QPrintPreviewDialog.paintRequested``: the same pages on the user's printer."""
    device.setPageLayout(page_layout())
    blocks = minutes_blocks(ctx, Wording(language))
    paint_document(text_document(blocks, device.pageLayout()), device)
