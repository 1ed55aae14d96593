"""/console/kiosks — staff enroll reception tablets with a one-time code, see them, and revoke them."""
from flask import abort, flash, g, redirect, render_template, request, session, url_for

from bot.app.current import current_runtime
from bot.console.views import WORKERS, bp
from bot.kiosk import devices as kiosk_devices
from bot.staff import security

STATUS_NAMES = {"pending": "登録待ち", "enrolled": "使用中", "expired": "コード期限切れ", "revoked": "停止"}


def _db():
    return current_runtime().db


@bp.get("/kiosks")
@security.login_required(*WORKERS)
def kiosks():
    """The reception tablets and the form for a new one-time code (a code just made is shown this once)."""
    made = session.pop("kiosk_code", None)
    return render_template("console/kiosks.html", devices=kiosk_devices.listing(_db()), STATUS_NAMES=STATUS_NAMES,
                           new_code=made and made["code"], new_device=made and {"name": made["name"]})


@bp.post("/kiosks")
@security.login_required(*WORKERS)
def new_kiosk():
    """A one-time code for a new tablet (valid 15 minutes), shown once on the page this redirects to: reloading
    that page makes no second code (the form is not sent again)."""
    try:
        device, code = kiosk_devices.create(_db(), request.form.get("name", ""), g.staff.name)
    except ValueError as exc:
        flash(str(exc), "error")
        return redirect(url_for("console.kiosks"))
    session["kiosk_code"] = {"code": code, "name": device.name}
    return redirect(url_for("console.kiosks"))


@bp.post("/kiosks/<int:device_id>/revoke")
@security.login_required(*WORKERS)
def revoke_kiosk(device_id: int):
    """Stop a tablet: its cookie and any unused code stop working at once."""
    if not kiosk_devices.revoke(_db(), device_id, g.staff.name):
        abort(404, description="その端末は見つかりません。")
    flash("端末を停止しました。", "ok")
    return redirect(url_for("console.kiosks"))
