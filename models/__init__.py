"""The data: SQLAlchemy tables, plain domain types and migrations.

Tables are re-exported here (`from models import Contact`); domain types live in
`models.domain`.
"""

from models.absences import Absence
from models.accounts import Account
from models.agents import AGENT_LEVELS, Agent
from models.audit import AuditEvent
from models.base import Base, utc_now
from models.checks import Check, FindingRow
from models.contacts import Contact, StageChange, Suppression
from models.content import ContentAsset
from models.inbound import GraphSubscription, InboundMessage, MailboxWatermark
from models.integrations import FALLBACK_MODES, Integration, OutboxEvent, Revision
from models.keys import ROLES, ApiKey
from models.learned import LearnedModel
from models.privacy import ErasedAddress
from models.reviews import REVIEW_STATUSES, ReviewItem
from models.sign_in import SignInFailure
from models.teams import Sender, Team, User
from models.touches import Touch

__all__ = [
    "AGENT_LEVELS",
    "FALLBACK_MODES",
    "REVIEW_STATUSES",
    "ROLES",
    "Absence",
    "Account",
    "Agent",
    "ApiKey",
    "AuditEvent",
    "Base",
    "Check",
    "Contact",
    "ContentAsset",
    "ErasedAddress",
    "FindingRow",
    "GraphSubscription",
    "InboundMessage",
    "Integration",
    "LearnedModel",
    "MailboxWatermark",
    "OutboxEvent",
    "ReviewItem",
    "Revision",
    "Sender",
    "SignInFailure",
    "StageChange",
    "Suppression",
    "Team",
    "Touch",
    "User",
    "utc_now",
]
