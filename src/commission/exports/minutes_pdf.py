"""The minutes as PDF, drawn by Qt: Windows office PCs have no LibreOffice to convert the .docx.

Qt needs a ``QGuiApplication`` for fonts: the GUI has one; the command line creates one with
the ``offscreen`` platform before exporting; the tests use pytest-qt's ``qapp``. The same
``paint_document`` prints to a ``QPrinter`` for the print preview.

The page set-up is the office one (``page.OFFICE_PAGE``) or, when the akimat has its own Word
template, that template's paper and margins, so the PDF and the .docx agree. The page number
and the draft mark are painted in the top margin, at the distance Word puts a header.
"""

from __future__ import annotations

import math

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
from commission.exports.html_render import Breaks, render_html
from commission.exports.minutes_layout import minutes_blocks
from commission.exports.page import FONT_FALLBACKS, FONT_SIZE_PT, OFFICE_PAGE, PageSetup
from commission.exports.qt_pages import SplitBlock, content_pages, paginate, split_blocks
from commission.exports.templates import TemplateSource, page_setup
from commission.exports.wording import Wording

# Text in a PDF is vector; the resolution only sets the grid glyphs are placed on.
PDF_RESOLUTION = 600
_MM_PER_INCH = 25.4


def page_layout(page: PageSetup = OFFICE_PAGE) -> QPageLayout:
    margins = QMarginsF(page.left, page.top, page.right, page.bottom)
    size = QPageSize(QSizeF(page.width, page.height), QPageSize.Unit.Millimeter)
    if size.isEquivalentTo(QPageSize(QPageSize.PageSizeId.A4)):
        size = QPageSize(QPageSize.PageSizeId.A4)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def _layout_dpi() -> float:
    """The resolution QTextDocument lays out at without a paint device (Qt's qt_defaultDpi)."""
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 96.0


def _document_font(bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(list(FONT_FALLBACKS))
    font.setPointSizeF(FONT_SIZE_PT)
    font.setBold(bold)
    return font


def text_document(
    doc: DocumentBlocks, layout: QPageLayout, page: PageSetup = OFFICE_PAGE
) -> QTextDocument:
    """The blocks laid out on ``layout``'s text area, paged so that they hold together.

    The document is laid out at the screen's resolution and scaled onto the device when painted,
    as ``QTextDocument.print`` does: laid out directly on a 600 dpi device, Qt scales some lengths
    (vertical margins, cell padding) to the device and not others (indents).
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("PDF and print output need a QGuiApplication (fonts come from it)")
    dpi = _layout_dpi()
    text_area = layout.paintRect(QPageLayout.Unit.Point)
    # Whole pixels: Qt keeps page boundaries in 1/64 px, and a fraction left over drifts the
    # pages it counts away from those the painter cuts (half a line by page 37).
    size = QSizeF(text_area.width() * dpi / 72, math.floor(text_area.height() * dpi / 72))

    cache: dict[tuple[int, int, int, bool], str] = {}

    def build(breaks: Breaks) -> QTextDocument:
        document = QTextDocument()
        document.setUseDesignMetrics(True)  # the printer's metrics, not the screen's hinted ones
        document.setDefaultFont(_document_font())
        document.setDocumentMargin(0)
        document.setHtml(render_html(doc, dpi, breaks, page, cache))
        document.setPageSize(size)
        return document

    return paginate(doc, build)


def paint_document(
    document: QTextDocument,
    device: QPagedPaintDevice,
    mark: str = "",
    page: PageSetup = OFFICE_PAGE,
) -> None:
    """The pages that hold text, numbered from page 2 on, ``mark`` at the top of every page."""
    scale_x = device.logicalDpiX() / _layout_dpi()
    scale_y = device.logicalDpiY() / _layout_dpi()
    layout = device.pageLayout()
    top_margin = layout.marginsPixels(device.logicalDpiY()).top()
    # The painter's origin is the text area's corner: the header band lies above it.
    header_y = page.header * device.logicalDpiY() / _MM_PER_INCH - top_margin
    header_box = QRectF(0, header_y, document.pageSize().width() * scale_x, -header_y)
    width, height = document.pageSize().width(), document.pageSize().height()
    split = split_blocks(document)
    painter = QPainter(device)
    try:
        for number, index in enumerate(content_pages(document) or [0], start=1):
            if number > 1:
                device.newPage()
                painter.setFont(_document_font())
                top_centre = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
                painter.drawText(header_box, int(top_centre), str(number))
            if mark:
                painter.setFont(_document_font(bold=True))
                top_right = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
                painter.drawText(header_box, int(top_right), mark)
            painter.save()
            painter.scale(scale_x, scale_y)
            painter.translate(0, -index * height)
            # A hair inside the page: Qt draws a line that touches the clip's edge, and a PDF
            # keeps clipped text, which readers and copy-paste then find in the margin.
            clip = QRectF(0, index * height + 0.5, width, height - 1)
            _draw_page(painter, document, clip, split.get(index, []))
            painter.restore()
    finally:
        painter.end()


def _draw_page(
    painter: QPainter, document: QTextDocument, clip: QRectF, split: list[SplitBlock]
) -> None:
    """The page's part of the document; paragraphs cut by the page's edges line by line."""
    for part in split:
        part.block.setVisible(False)  # the layout stays; only drawing skips the block
    try:
        document.drawContents(painter, clip)
    finally:
        for part in split:
            part.block.setVisible(True)
    painter.save()
    painter.setClipRect(clip)
    for part in split:
        text_layout = part.block.layout()
        for line in part.lines:
            text_layout.lineAt(line).draw(painter, part.origin)
    painter.restore()


def render_pdf(doc: DocumentBlocks, page: PageSetup = OFFICE_PAGE) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(page))
    writer.setTitle(doc.title)
    writer.setCreator("Commission")
    paint_document(text_document(doc, writer.pageLayout(), page), writer, doc.mark, page)
    buffer.close()
    return bytes(data.data())


def minutes_pdf(ctx: MinutesContext, language: str, template: TemplateSource = None) -> bytes:
    """The minutes as PDF bytes; needs a QGuiApplication (see the module's note).

    ``template`` is the akimat's own Word template (settings): its paper and margins are used.
    """
    page = page_setup(template) if template is not None else OFFICE_PAGE
    return render_pdf(minutes_blocks(ctx, Wording(language)), page)


def print_minutes(
    ctx: MinutesContext, language: str, device: QPagedPaintDevice, template: TemplateSource = None
) -> None:
    """For ``QPrintPreviewDialog.paintRequested``: the same pages on the user's printer."""
    page = page_setup(template) if template is not None else OFFICE_PAGE
    device.setPageLayout(page_layout(page))
    blocks = minutes_blocks(ctx, Wording(language))
    paint_document(text_document(blocks, device.pageLayout(), page), device, blocks.mark, page)
