"""User-facing messages raised below the UI, translated where they are shown.

The domain and the services have no Qt, yet their messages must reach the user in Russian or
Kazakh. They carry the English source text (marked for ``pyside6-lupdate`` with
``QT_TRANSLATE_NOOP``) and named parameters; the UI or the command line translates the text with
Qt's translator and only then fills the parameters in.
"""

from __future__ import annotations

from typing import Any

ERRORS_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction into the translation files; return it unchanged."""
    del context
    return text


class UserError(Exception):
    """An error whose message is meant for the user, in the user's language.

    Attributes:
        text: English source text with ``{name}`` placeholders, the key in the translation files.
        params: values for the placeholders; never personal data such as an IIN.
    """

    def __init__(self, text: str, **params: Any) -> None:
        super().__init__(text.format(**params) if params else text)
        self.text = text
        self.params = params

    def render(self, translate: Any = None) -> str:
        """The message in the user's language; ``translate(context, text)`` comes from Qt."""
        source = translate(ERRORS_CONTEXT, self.text) if translate else self.text
        try:
            return str(source).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**self.params)
