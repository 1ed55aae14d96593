"""Every Madoguchi table, one module per area, all on `Base.metadata`.

The modules below are the one registration list: importing this package imports each of them, so every
table is on `Base.metadata` (Alembic's autogenerate in storage/migrations and the tests' create_all rely on
it). A model module imports only `storage.models.base`, `storage.types` and `storage.clock`; models in other
modules are named by string in `relationship("Name")`. Import models from here: `from storage.models import X`.
"""
from storage.models.base import Base
from storage.models.booking import Booking, Slot, SlotPattern  # accompanied visits
from storage.models.console import ApiToken, AuditEntry, Claim, LoginThrottle, Note, Staff  # console tables
from storage.models.core import Conversation, InboundEvent, Message, OutboxMessage, Resident, ScheduledJob
from storage.models.editor import DialogDraft, DialogVersion  # dialog editor versions and drafts
from storage.models.i18n import RichMenu  # rich menus per language
from storage.models.kiosk import KioskCounter, KioskDevice, KioskVisit  # reception kiosk
from storage.models.media import Attachment  # pictures and files residents sent
from storage.models.places import Place, Referral, Resource, UnmetNeed  # places, referrals, unmet needs
from storage.models.privacy import Consent, DataRequest, SpentEvent  # consents and data requests

__all__ = [
    "Base",
    "Conversation", "InboundEvent", "Message", "OutboxMessage", "Resident", "ScheduledJob",
    "Booking", "Slot", "SlotPattern",
    "ApiToken", "AuditEntry", "Claim", "LoginThrottle", "Note", "Staff",
    "RichMenu",
    "KioskCounter", "KioskDevice", "KioskVisit",
    "Place", "Referral", "Resource", "UnmetNeed",
    "DialogDraft", "DialogVersion",
    "Consent", "DataRequest", "SpentEvent",
    "Attachment",
]
