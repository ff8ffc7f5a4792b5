"""Identifying agents: one string key per Agent or identified Group, for indexes and comparisons.

xAPI-Data 2.4.2.4: an Agent or identified Group is identified by exactly one Inverse Functional
Identifier (mbox, mbox_sha1sum, openid or account); two objects with the same IFI are the same.
"""

IFIS = ("mbox", "mbox_sha1sum", "openid", "account")


def agent_key(agent):
    """`mbox:mailto:a@b`, `account:<homePage> <name>` ...; "" for an anonymous Group."""
    if not isinstance(agent, dict):
        return ""
    if "mbox" in agent:
        return f"mbox:{agent['mbox']}"
    if "mbox_sha1sum" in agent:
        return f"mbox_sha1sum:{agent['mbox_sha1sum'].lower()}"
    if "openid" in agent:
        return f"openid:{agent['openid']}"
    if "account" in agent:
        account = agent["account"]
        return f"account:{account.get('homePage', '')} {account.get('name', '')}"
    return ""


def agent_keys(agent):
    """The keys a statement's agent makes findable: its own and, for a Group, its members'."""
    keys = []
    own = agent_key(agent)
    if own:
        keys.append(own)
    if isinstance(agent, dict) and agent.get("objectType") == "Group":
        keys.extend(key for key in (agent_key(member) for member in agent.get("member", [])) if key)
    return keys


def only_identifier(agent):
    """The Agent or Group reduced to its objectType and IFI (format=ids)."""
    reduced = {key: agent[key] for key in IFIS if key in agent}
    if "objectType" in agent:
        reduced["objectType"] = agent["objectType"]
    if agent.get("objectType") == "Group" and not any(key in agent for key in IFIS):
        reduced["member"] = [only_identifier(member) for member in agent.get("member", [])]
    return reduced
