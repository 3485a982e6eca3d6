"""Demo data written in bulk on a server still reaches every offline copy."""

from __future__ import annotations

from desktop.core.demo import generate_demo
from desktop.core.sync.tables import CONTACT
from tests.sync.conftest import Laptop, Server


def feed_rows(server: Server) -> int:
    return int(
        server.store.db.execute_sql("SELECT COUNT(*) FROM sync_change").fetchone()[0]
    )


def test_demo_rows_skip_the_feed_and_laptops_download_them_keeping_their_work(
    server, laptops
):
    a = laptops("a")
    a.sync()
    offline_id = a.new_contact(last_name="Offline", company="Made on the road")
    before = feed_rows(server)

    with server.bound():
        result = generate_demo(server.store, server.clock, 30, operators=3)

    assert feed_rows(server) == before
    report = a.sync()

    assert report.downloaded_rows >= result.contacts
    server_contacts = server.rows()[CONTACT]
    assert offline_id.hex in server_contacts
    assert len(server_contacts) == 31
    assert a.rows() == server.rows()


def test_a_laptop_downloading_for_the_first_time_after_a_demo_gets_it_all(
    server, laptops
):
    with server.bound():
        generate_demo(server.store, server.clock, 20, operators=2)
    b: Laptop = laptops("b")
    b.sync()
    assert len(b.rows()[CONTACT]) == 20
    assert b.rows() == server.rows()
