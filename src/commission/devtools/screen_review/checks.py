"""What a secretary sees as unfinished, found on a live widget tree: a text cut at its edge, a
column title cut, a column users scan pushed out of sight, a window wider than the screen.

Each check takes the top-level widget as it is shown (after its layouts ran) and returns the
findings; :func:`review` runs them all. Only widgets the user can see are looked at: a hidden
tab's contents are reviewed when the walk shows that tab.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

from commission.devtools.screen_review.priority import priority_titles

# A pixel or two is anti-aliasing and rounding, not a cut a reader notices.
SLACK = 2
# A widget may set this property to say its text is shortened on purpose (its tooltip has all).
ELIDED_PROPERTY = "elided"
# What the main window's navigation and margins take beside an area.
NAVIGATION = 300
# Values up to this wide (a date, a term, a state, a name) are read whole; longer ones (a
# decision's text) are elided on purpose, their tooltip has them.
SHORT_VALUE = 220


@dataclass(frozen=True)
class Finding:
    """One thing a reader would call unfinished on one screen."""

    screen: str  # the walk's name of the screen: "secretary/meetings/agenda"
    kind: str  # clipped-text, narrow-header, priority-column, too-wide, sideways-scroll
    widget: str  # which widget: its owner's class and its text or title
    detail: str

    def line(self) -> str:
        return f"{self.screen}: {self.kind}: {self.widget}: {self.detail}"


def review(window: QWidget, screen: str, width: int | None = None) -> list[Finding]:
    """Every check on ``window``; ``width``: the screen's width the window must fit in."""
    found: list[Finding] = []
    found += clipped_texts(window, screen)
    found += narrow_headers(window, screen)
    found += hidden_priority_columns(window, screen)
    found += too_wide(window, screen, width)
    found += sideways_scrolling(window, screen)
    return found


# --- the widget tree ------------------------------------------------------------------------


def shown_widgets(root: QWidget) -> Iterator[QWidget]:
    """``root`` and its descendants the user can see now (inside the window's own area)."""
    yield root
    for child in root.findChildren(QWidget):
        shown = child.isVisible() and not child.isWindow() and child.width() > 0
        if shown and child.window() is root.window() and _inside_visible_ancestors(child):
            yield child


def _inside_visible_ancestors(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if not parent.isVisible():
            return False
        parent = parent.parentWidget()
    return True


def describe(widget: QWidget, text: str = "") -> str:
    """A name a developer finds the widget by: the nearest named class above it, its own class
    and the text it shows."""
    owner = widget.parentWidget()
    while owner is not None and type(owner).__module__.startswith("PySide6"):
        owner = owner.parentWidget()
    where = type(owner).__name__ if owner is not None else ""
    name = widget.objectName() or type(widget).__name__
    shown = text.replace("\n", " ")
    if len(shown) > 60:
        shown = shown[:57] + "…"
    return f"{where}.{name} «{shown}»" if shown else f"{where}.{name}"


def _in_scrolled_viewport(widget: QWidget) -> bool:
    """Inside a scroll area's viewport: what sticks out is reached by scrolling."""
    parent = widget.parentWidget()
    while parent is not None:
        owner = parent.parentWidget()
        if isinstance(owner, QAbstractScrollArea) and owner.viewport() is parent:
            return True
        parent = owner
    return False


# --- (a) texts that do not fit ---------------------------------------------------------------


def _plain(text: str, rich: bool) -> str:
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _label_is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText:
        return True
    return fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())


def _label_clipped(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or not label.pixmap().isNull():
        return None
    rect = label.contentsRect()
    margin = label.margin() * 2 + max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        return None
    rich = _label_is_rich(label)
    metrics = label.fontMetrics()
    lines = _plain(text, rich).replace("&&", "\0").split("\n")
    widest = max(
        metrics.horizontalAdvance(line.replace("&", "").replace("\0", "&")) for line in lines
    )
    if widest + margin > rect.width() + SLACK:
        return f"needs {widest + margin} px, has {rect.width()}"
    return None


def _button_clipped(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip() or isinstance(button, QToolButton):
        return None
    style = button.style()
    metrics = button.fontMetrics()
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    if isinstance(button, QCheckBox):
        option = QStyleOptionButton()
        option.initFrom(button)
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, button)
        gap = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, button)
        needed = box + gap + icon + metrics.horizontalAdvance(text)
    else:  # the text and the frame's padding; a style's least width (80 px) is not a cut
        needed = icon + metrics.horizontalAdvance(text) + 12
    if needed > button.width() + SLACK:
        return f"needs {needed} px, has {button.width()}"
    return None


def _group_clipped(box: QGroupBox) -> str | None:
    title = box.title().replace("&", "")
    if not title:
        return None
    needed = box.fontMetrics().horizontalAdvance(title) + 16
    if needed > box.width() + SLACK:
        return f"title needs {needed} px, has {box.width()}"
    return None


def _combo_clipped(combo: QComboBox) -> str | None:
    """The chosen item of a drop-down cut (an agency's name read as «ГУ …»)."""
    text = combo.currentText()
    if combo.isEditable() or not text:
        return None
    room = combo.width() - 28  # the arrow and the frame
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > room + SLACK and not combo.toolTip():
        return f"«{text}» needs {needed} px, has {room}"
    return None


def clipped_texts(window: QWidget, screen: str) -> list[Finding]:
    found: list[Finding] = []
    for widget in shown_widgets(window):
        if widget.property(ELIDED_PROPERTY) or isinstance(widget.parentWidget(), QTabBar):
            continue
        problem: str | None = None
        text = ""
        if isinstance(widget, QLabel):
            problem, text = _label_clipped(widget), _plain(widget.text(), _label_is_rich(widget))
        elif isinstance(widget, QAbstractButton):
            problem, text = _button_clipped(widget), widget.text()
        elif isinstance(widget, QGroupBox):
            problem, text = _group_clipped(widget), widget.title()
        elif isinstance(widget, QComboBox):
            problem, text = _combo_clipped(widget), widget.currentText()
        if problem is not None:
            found.append(Finding(screen, "clipped-text", describe(widget, text), problem))
    return found


# --- (b) column titles narrower than their text ---------------------------------------------


def _long_columns(view: QAbstractItemView, header: QHeaderView) -> set[int]:
    """The columns that take what the others leave (a name, a question): elided on purpose."""
    long = {
        c
        for c in range(header.count())
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
    }
    if header.stretchLastSection():
        shown = [header.logicalIndex(v) for v in range(header.count())]
        shown = [c for c in shown if not header.isSectionHidden(c)]
        if shown:
            long.add(shown[-1])
    declared = view.property("longColumns")
    if isinstance(declared, (list, tuple)):
        long.update(int(c) for c in declared)
    return long


def _title(view: QAbstractItemView, column: int) -> str:
    model = view.model()
    return str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def _title_width(header: QHeaderView, title: str) -> int:
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    widest = max(header.fontMetrics().horizontalAdvance(line) for line in title.split("\n"))
    return widest + 2 * margin


def _table_views(window: QWidget) -> Iterator[QTableView]:
    for widget in shown_widgets(window):
        if isinstance(widget, QTableView) and widget.horizontalHeader().isVisible():
            yield widget


def narrow_headers(window: QWidget, screen: str) -> list[Finding]:
    found: list[Finding] = []
    for view in _table_views(window):
        header = view.horizontalHeader()
        long = _long_columns(view, header)
        for column in range(header.count()):
            if header.isSectionHidden(column) or column in long:
                continue
            title = _title(view, column)
            needed = _title_width(header, title)
            if title and header.sectionSize(column) + SLACK < needed:
                found.append(
                    Finding(
                        screen,
                        "narrow-header",
                        describe(view, title),
                        f"column {header.sectionSize(column)} px, its title {needed} px",
                    )
                )
    return found


# --- (c) the columns users scan, out of sight -----------------------------------------------


def priority_columns(view: QTableView) -> set[int]:
    """The key columns of ``view``: its own ``priorityColumns`` property, else the titles the
    registry names for its model or the screen that holds it."""
    declared = view.property("priorityColumns")
    if isinstance(declared, (list, tuple)):
        return {int(c) for c in declared}
    model = view.model()
    source = getattr(model, "sourceModel", lambda: None)() or model
    owners = [type(source).__name__]
    parent = view.parentWidget()
    while parent is not None:
        owners.append(type(parent).__name__)
        parent = parent.parentWidget()
    for owner in owners:
        titles = priority_titles(owner)
        if titles:
            wanted = {QCoreApplication.translate(owner, t) for t in titles}
            return {c for c in range(model.columnCount()) if _title(view, c) in wanted}
    return set()


def hidden_priority_columns(window: QWidget, screen: str) -> list[Finding]:
    found: list[Finding] = []
    for view in _table_views(window):
        header = view.horizontalHeader()
        width = view.viewport().width()
        long = _long_columns(view, header)
        for column in sorted(priority_columns(view)):
            title = _title(view, column)
            where = describe(view, title)
            if header.isSectionHidden(column):
                found.append(Finding(screen, "priority-column", where, "hidden"))
                continue
            # Where it would be with the list scrolled to its start.
            start = header.sectionPosition(column)
            size = header.sectionSize(column)
            if start + min(size, _title_width(header, title)) > width + SLACK:
                found.append(
                    Finding(screen, "priority-column", where, f"starts at {start} of {width} px")
                )
                continue
            if column in long or view.model().rowCount() == 0:
                continue
            content = view.sizeHintForColumn(column)
            if size + SLACK < min(content, SHORT_VALUE):
                found.append(
                    Finding(
                        screen,
                        "priority-column",
                        where,
                        f"column {size} px, its values need {content} px",
                    )
                )
    return found


# --- (d) wider than the window -----------------------------------------------------------------


def too_wide(window: QWidget, screen: str, width: int | None = None) -> list[Finding]:
    """The window widening itself past ``width``, or a widget sticking out of its parent
    (a half-hidden button) where no scroll bar can bring it back."""
    found: list[Finding] = []
    if width is not None:
        least = window.minimumSizeHint().width()
        if window.width() > width or least > width:
            culprit = widest_part(window, least)
            found.append(
                Finding(
                    screen,
                    "too-wide",
                    describe(culprit, _text_of(culprit)),
                    f"the window {window.width()} px, at least {least} px "
                    f"({culprit.minimumSizeHint().width()} px here) on a {width} px screen",
                )
            )
    for widget in shown_widgets(window):
        parent = widget.parentWidget()
        if parent is None or widget is window or _in_scrolled_viewport(widget):
            continue
        if isinstance(parent, (QTabBar, QHeaderView, QAbstractScrollArea)):
            continue
        geometry = widget.geometry()
        if geometry.right() > parent.width() + SLACK or geometry.left() < -SLACK:
            found.append(
                Finding(
                    screen,
                    "too-wide",
                    describe(widget, _text_of(widget)),
                    f"spans {geometry.left()}..{geometry.right()} in a {parent.width()} px parent",
                )
            )
    return found


def widest_part(window: QWidget, least: int) -> QWidget:
    """The deepest widget that by itself asks for nearly all of the window's least width: the
    one to make narrower (the navigation and margins take the rest)."""
    part = window
    while True:
        children = [
            c
            for c in part.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if not c.isWindow()
            and (not c.isHidden() or isinstance(c.parentWidget(), QStackedWidget))
        ]
        wide = [c for c in children if _least_width(c) >= least - NAVIGATION]
        if not wide:
            return part
        part = max(wide, key=_least_width)


def _least_width(widget: QWidget) -> int:
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def sideways_scrolling(window: QWidget, screen: str) -> list[Finding]:
    """A form (not a list) that scrolls sideways: its fields do not fit the width."""
    found: list[Finding] = []
    for widget in shown_widgets(window):
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            inner = widget.widget()
            need = inner.minimumSizeHint().width() if inner is not None else 0
            found.append(
                Finding(
                    screen,
                    "sideways-scroll",
                    describe(widget),
                    f"content needs {need} px, shows {widget.viewport().width()}",
                )
            )
    return found
