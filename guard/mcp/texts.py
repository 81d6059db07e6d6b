"""What each tool tells an agent: what it does and what to do with its answer."""

from __future__ import annotations

CHECK_SEND = """\
Call this BEFORE every message you send to a buyer (email, LinkedIn, call, SMS).
Pass the planned send exactly as you would send it, with sender.kind "agent" and your
sender.agent_id. It answers a verdict; do exactly what the verdict says:
- allow: send the message as it is, at planned_at.
- warn: read every finding's message first. Send only if the warning does not apply;
  otherwise change the message and check again.
- rewrite: do NOT send your text. Send the text in `rewrite` instead (you may fill in
  details, never add back a bump or the removed ask), or check a new draft again.
- defer: do not send now. Send at `deliver_after` or later, not before; check again
  then, because the situation may have changed.
- block: STOP. Do not send this message, and do not retry it with reworded text: the
  reason is the contact's situation, not your wording. If `review_id` is set, a sales
  manager decides; wait for them.
If `held_for_review` is true, your trust level sends this decision to a manager: do not
send until a manager approves it (you then receive an override token).
`suggestions` are assets that fit the buyer's stage and role: prefer offering one of
them to a generic follow-up. By default this is a dry run that records nothing; set
`record: true` when you are about to send, so the send is counted and reviewed.
"""

NEXT_ALLOWED = """\
When may this contact be contacted next? Give the contact's e-mail address (or CRM
id). Answers their absence (out of office, with the return date), how much of the
cadence limits is used, and per channel the earliest allowed time with the reasons.
Plan your next message for `next_allowed.<channel>.at` or later; an `at` of null means
no time helps (the contact is blocked, e.g. opted out): do not contact them.
"""

SUGGEST = """\
Content to offer this contact next, best first: assets matched to their journey stage,
persona and buying-group role, never one already sent to them. Each comes with `why`
it fits. Build your next message around one of these instead of a bare follow-up.
"""

EXPLAIN = """\
Explain a rule by its id (as in a finding's `rule`, e.g. ooo.pressed): what it checks,
its parameters in the active policy (and the stricter ones for agents), and how often
managers overrode it. Use it to understand a verdict, not to argue with it.
"""
