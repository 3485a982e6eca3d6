"""Render Contatti's main screens on a demo database into ``docs/screenshots/``.

    python docs/make_screenshots.py            # every screen at 100%
    python docs/make_screenshots.py --scale 2  # main, contact, My activities at 200%

Screens are drawn offscreen, so this runs on a build machine without a display.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"

FIRST_NAMES = [
    "Giulia",
    "Marco",
    "Francesca",
    "Luca",
    "Chiara",
    "Paolo",
    "Elena",
    "Davide",
    "Sara",
    "Andrea",
    "Valentina",
    "Matteo",
    "Federica",
    "Stefano",
]
LAST_NAMES = [
    "Rossi",
    "Bianchi",
    "Ferrari",
    "Esposito",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Mancini",
]
COMPANIES = [
    "Arredamenti Rossi Srl",
    "Edilnord SpA",
    "Tessiture Riunite",
    "Studio Conti",
    "Ferramenta Gallo",
    "Officine Marino",
    "Caseificio Greco",
    "Vetreria Bruno",
    "Logistica Adriatica",
    "Cantine Colombo",
]
CITIES = [
    "Bologna",
    "Milano",
    "Torino",
    "Verona",
    "Padova",
    "Modena",
    "Parma",
    "Firenze",
]
START = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


def build_demo(url: str) -> None:
    """Fill a new database with contacts, activities, tasks and stage changes."""
    from desktop.core.bootstrap import open_store, sign_in
    from desktop.core.clock import ManualClock
    from desktop.core.contacts import ContactService, EntryDraft
    from desktop.core.workflow import load_rules

    clock = ManualClock(START - timedelta(days=20))
    store = open_store(url, clock)
    anna = sign_in(store, clock, "anna")
    anna.user.full_name = "Anna Moretti"
    anna.user.save()
    bruno = sign_in(store, clock, "bruno")
    bruno.user.full_name = "Bruno Galli"
    bruno.user.save()
    rules = load_rules(store)
    types = {t.code: t.id for t in rules.activity_types}
    stages = {s.code: s.id for s in rules.stages.values()}
    path = ["QUALIFICATION", "OPPORTUNITY", "WON"]
    rng = random.Random(7)
    for i in range(60):
        session = anna if i % 3 else bruno
        service = ContactService(session)
        draft = service.new_draft(rules)
        draft.first_name = FIRST_NAMES[i % len(FIRST_NAMES)]
        draft.last_name = LAST_NAMES[(i * 5) % len(LAST_NAMES)]
        draft.company = COMPANIES[i % len(COMPANIES)]
        slug = draft.company.split()[0].lower()
        draft.email = f"{draft.first_name.lower()}.{draft.last_name.lower()}@{slug}.it"
        draft.email = draft.email.replace(" ", "")
        draft.phone = f"+39 0{rng.randint(10, 99)} {rng.randint(100000, 999999)}"
        draft.city = CITIES[i % len(CITIES)]
        draft.country = "Italia"
        draft.entries.append(
            EntryDraft(
                done_type_id=types["INTRO_CALL"],
                done_description="First call: interested in the new catalogue.",
                pending_type_id=types["EMAIL"],
                pending_description="Send the catalogue and price list",
                pending_due_date=clock.now() + timedelta(days=2),
                pending_operator_id=session.user.id,
                create_task=i % 4 == 0,
            )
        )
        saved = service.save(draft)
        for step in path[: i % 4]:
            clock.advance(timedelta(hours=rng.randint(2, 30)))
            saved.new_stage_id = stages[step]
            saved = service.save(saved)
        clock.advance(timedelta(minutes=rng.randint(5, 90)))
    # A contact worked on recently, with tasks around "now" for Anna.
    service = ContactService(anna)
    clock.set(START - timedelta(days=3))
    draft = service.new_draft(rules)
    draft.first_name, draft.last_name = "Martina", "Ferri"
    draft.company, draft.city, draft.country = "Ferri Impianti Srl", "Bologna", "Italia"
    draft.email, draft.phone = "martina.ferri@ferri-impianti.it", "+39 051 6402218"
    draft.notes = "Decides with her partner; prefers calls after 15:00."
    draft.entries.append(
        EntryDraft(
            done_type_id=types["INTRO_CALL"],
            done_description="Introductory call: needs 40 workstations by June.",
            pending_type_id=types["EMAIL"],
            pending_description="Send references of similar offices",
            pending_due_date=START - timedelta(days=1),
            pending_operator_id=anna.user.id,
            create_task=True,
        )
    )
    saved = service.save(draft)
    clock.advance(timedelta(days=1, hours=2))
    saved.new_stage_id = stages["QUALIFICATION"]
    saved.entries.insert(
        0,
        EntryDraft(
            done_type_id=types["EMAIL"],
            done_description="Sent our references; she wants to meet at her office.",
            pending_type_id=types["MEETING"],
            pending_description="Present the layout proposal",
            pending_due_date=START + timedelta(hours=5),
            pending_operator_id=anna.user.id,
            reminder_start=START + timedelta(hours=3),
            reminder_end=START + timedelta(hours=6),
            create_task=True,
        ),
    )
    saved = service.save(saved)
    clock.advance(timedelta(days=1))
    saved.new_stage_id = stages["OPPORTUNITY"]
    saved.entries.insert(
        0,
        EntryDraft(
            done_type_id=types["CALL"],
            done_description="Agreed the budget range.",
            pending_type_id=types["QUOTE"],
            pending_description="Quote for 40 workstations with installation",
            pending_due_date=START + timedelta(days=4),
            pending_operator_id=anna.user.id,
            create_task=True,
        ),
    )
    service.save(saved)
    store.close()


def render(scale: int, url: str) -> list[Path]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.core.clock import ManualClock
    from desktop.core.models import Contact
    from desktop.gui.application import build_main_window
    from desktop.gui.settings import Settings

    # Dates as an Italian office reads them, whatever the build machine's locale.
    QLocale.setDefault(QLocale("it_IT"))
    settings_file = Path(tempfile.mkdtemp()) / "settings.ini"
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    clock = ManualClock(START)
    window = build_main_window(url, "anna", clock=clock, settings=settings)
    suffix = "" if scale == 1 else f"@{scale}x"
    written: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        path = OUT / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        written.append(path)

    window.resize(1180, 640)
    window.show()
    shoot(window, "main_window")
    ferri = Contact.get(Contact.last_name == "Ferri")
    contact = window.open_contact(ferri.id)
    assert contact is not None
    contact.resize(1060, 720)
    contact.select_entry(0)
    shoot(contact, "contact_activities")
    if scale == 1:
        contact.ui.contact_tabs.setCurrentWidget(contact.ui.log_tab)
        shoot(contact, "contact_log")
        contact.ui.contact_tabs.setCurrentWidget(contact.ui.activities_tab)
        contact.ui.email.setText("martina at ferri")
        contact.ui.last_name.setText("")
        contact.save()
        shoot(contact, "contact_errors")
        contact.discard_and_close()
        tasks = window.show_my_activities()
        tasks.resize(980, 420)
        shoot(tasks, "my_activities")
        try:
            from desktop.gui.admin_window import AdminWindow
        except ImportError:
            AdminWindow = None
        if AdminWindow is not None:
            admin = AdminWindow(window.session, window.operations)
            admin.resize(1000, 640)
            admin.show()
            shoot(admin, "admin_window")
            admin.close()
    else:
        contact.discard_and_close()
        tasks = window.show_my_activities()
        tasks.resize(980, 420)
        shoot(tasks, "my_activities")
    window.close()
    window.session.store.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=0, help="only this scale")
    parser.add_argument("--database", help="existing demo database to reuse")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    OUT.mkdir(parents=True, exist_ok=True)
    url = args.database
    if url is None:
        path = Path(tempfile.mkdtemp()) / "demo.db"
        url = f"sqlite:///{path.as_posix()}"
        build_demo(url)
    if args.scale:
        for path in render(args.scale, url):
            print(path.relative_to(ROOT))
        return 0
    # Each scale needs its own process: Qt reads QT_SCALE_FACTOR once, at start.
    for scale in (1, 2):
        subprocess.run(
            [sys.executable, __file__, "--scale", str(scale), "--database", url],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
