"""An area's main commands for the main window's toolbar, made from the area's own buttons.

An area offers them through one method, ``toolbar_actions() -> list[QAction]`` (the protocol
:class:`HasToolbarActions`). Each action is a :class:`ButtonAction`: triggering it clicks its
button, so the toolbar runs exactly what the button runs, and it is shown, enabled and named
as the button is — a role the area hides a button from (the member cannot create a meeting)
does not find it in the toolbar either. The button gets the action's icon, so a command looks
the same in both places.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from commission.ui.icon import icon


@runtime_checkable
class HasToolbarActions(Protocol):
    def toolbar_actions(self) -> list[QAction]: ...


def short_text(text: str) -> str:
    """A button's text as a toolbar shows it: no mnemonic, no «…»."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


class ButtonAction(QAction):
    """A toolbar action standing for ``button``: it clicks the button and follows its state."""

    def __init__(self, button: QAbstractButton, icon_name: str, parent: QObject) -> None:
        super().__init__(icon(icon_name), button.text(), parent)
        self.button = button
        button.setIcon(self.icon())
        self.setObjectName(f"toolbar_{icon_name}")
        self.triggered.connect(self._click)
        button.installEventFilter(self)
        self._follow()

    def _click(self) -> None:
        if self.button.isEnabled():
            self.button.click()

    def _follow(self) -> None:
        button = self.button
        text = short_text(button.text())
        self.setText(text)
        self.setIconText(text)
        tip = button.toolTip() or text
        self.setToolTip(tip)
        self.setEnabled(button.isEnabled())
        # Hidden on purpose (the role may not), not merely off screen with its page or not yet
        # placed in its layout: every widget starts hidden, only an explicit hide() counts.
        hidden = button.testAttribute(Qt.WidgetAttribute.WA_WState_Hidden)
        explicit = button.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        self.setVisible(not (hidden and explicit))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.button and event.type() in (
            QEvent.Type.EnabledChange,
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
            QEvent.Type.ToolTipChange,
        ):
            self._follow()
        return False


def button_actions(owner: QObject, *buttons: tuple[QAbstractButton, str]) -> list[QAction]:
    """One :class:`ButtonAction` per ``(button, icon name)``, owned by ``owner``."""
    return [ButtonAction(button, name, owner) for button, name in buttons]
