"""Done: what was checked, when to replace the key, and for a rotation, how to
retire the old key."""

from __future__ import annotations

from wizard.flow import KeyPath, PageId
from wizard.pages.base import WizardContext, WizardPage, text_label, tr


class DonePage(WizardPage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(PageId.DONE, context)
        self.summary = text_label("")
        self.body.addWidget(self.summary)
        self.storage = text_label("")
        self.body.addWidget(self.storage)
        self.rotation_heading = text_label(
            tr("Done", "Now retire the old key on the exchange:"), bold=True
        )
        self.body.addWidget(self.rotation_heading)
        self.rotation_steps = text_label(
            "\n".join(
                (
                    tr("Done", "1. Open API Management on the exchange."),
                    tr("Done", "2. Find the old key by its name or its last four characters."),
                    tr("Done", "3. Delete it. Only the new key will work from now on."),
                )
            )
        )
        self.body.addWidget(self.rotation_steps)
        self.finish_layout()

    def initializePage(self) -> None:
        report = self.context.report
        if report is not None:
            due = report.rotation_due.isoformat() if report.rotation_due else "—"
            self.summary.setText(
                tr(
                    "Done",
                    "The exchange confirmed that this key can only read and trade spot. "
                    "Replace it by {date}.",
                ).format(date=due)
            )
        if self.context.practice is not None:
            self.storage.setText(
                tr(
                    "Done",
                    "Practice: nothing was saved. With a real key, the secret goes into "
                    "your computer's keychain and nowhere else.",
                )
            )
        else:
            self.storage.setText(
                tr(
                    "Done",
                    "This version does not save keys yet. Keep the secret in your "
                    "password manager until it does.",
                )
            )
        rotating = self.state.path is KeyPath.ROTATE
        self.rotation_heading.setVisible(rotating)
        self.rotation_steps.setVisible(rotating)
