"""A kiosk tablet in tests: enrolled with a one-time code, starting visits and acting in them."""
from bot.kiosk import devices as kiosk_devices

KIOSK = {"X-Kiosk": "1"}


def enrolled(app, runtime):
    """A test client that is an enrolled kiosk tablet."""
    _device, code = kiosk_devices.create(runtime.db, "受付1", "sato")
    tablet = app.test_client()
    assert tablet.post("/kiosk/enroll", data={"code": code}).status_code == 302
    return tablet


def start(tablet, lang="en"):
    resp = tablet.post("/kiosk/api/visits", json={"lang": lang}, headers=KIOSK)
    assert resp.status_code == 201, resp.get_json()
    return resp.get_json()


def act(tablet, token, **payload):
    return tablet.post("/kiosk/api/visit/act", json=payload, headers={**KIOSK, "X-Kiosk-Visit": token})
