"""The sign-in dialog for a server database: user name, password, remember it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.gui import credentials
from desktop.gui.forms.ui_sign_in_dialog import Ui_SignInDialog


class SignInDialog(QDialog):
    """Asks who is signing in to the server at ``url_display``.

    OK stays disabled until a user name is typed. The caller checks the password
    and, if it is wrong, may show the dialog again with :meth:`show_error`; what was
    typed is kept.
    """

    def __init__(
        self, url_display: str, username: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.ui.database_label.setText(
            self.tr("Database: {url}").format(url=url_display)
        )
        self.ui.username.setText(username)
        self.ui.error_label.hide()
        if not credentials.store_available():
            self.ui.remember_password.setEnabled(False)
            self.ui.remember_password.setToolTip(
                self.tr(
                    "This computer has no credential store, so the password cannot "
                    "be remembered: Contatti asks for it at every start."
                )
            )
        self.ui.username.textChanged.connect(self._update_ok)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._update_ok()
        (self.ui.password if username else self.ui.username).setFocus()

    def credentials(self) -> tuple[str, str]:
        """The user name (trimmed) and the password as typed."""
        return self.ui.username.text().strip(), self.ui.password.text()

    def remember(self) -> bool:
        """Whether the password should go to the credential store."""
        box = self.ui.remember_password
        return box.isEnabled() and box.isChecked()

    def set_password(self, password: str, remember: bool = True) -> None:
        """Fill in a password the credential store remembered."""
        self.ui.password.setText(password)
        self.ui.remember_password.setChecked(remember)

    def show_error(self, message: str) -> None:
        """Show why the last attempt failed, above the buttons; the fields stay."""
        self.ui.error_label.setText(message)
        self.ui.error_label.setVisible(bool(message))
        self.ui.password.setFocus()
        self.ui.password.selectAll()

    def _update_ok(self) -> None:
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.ui.username.text().strip()))
