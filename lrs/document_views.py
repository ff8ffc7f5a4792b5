"""The document resources: State, Activity Profile, Agent Profile; and Activities and Agents.

The three document resources differ only in which parameters address a document, so one view
serves them, configured by a `DocumentResource` (xAPI-Communication 2.3 to 2.6).
"""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Subquery
from django.http import HttpResponse
from django.utils.http import http_date

from lrs import documents, jsonio, queries
from lrs.agents import agent_key
from lrs.errors import LRSError
from lrs.http import json_response, read_body, xapi_resource
from lrs.models import Activity, Document, Statement, StatementAgent


@dataclass(frozen=True)
class DocumentResource:
    kind: str
    id_parameter: str
    uses_activity: bool
    uses_agent: bool
    uses_registration: bool
    # Replacing a State document without If-Match is a conflict only in xAPI 2.0; 1.0.3 clients
    # (the tincan library among them) replace state freely. Profiles always need it.
    precondition_required_to_replace_in_1_0_3: bool = True
    # A profile is created with If-None-Match: * (ADL's conformance suite, XAPI-00273, and its
    # reference LRS refuse a profile PUT with neither header); State needs no header to be created.
    precondition_required_to_create: bool = True

    @property
    def parameters(self):
        names = {self.id_parameter, "since"}
        if self.uses_activity:
            names.add("activityId")
        if self.uses_agent:
            names.add("agent")
        if self.uses_registration:
            names.add("registration")
        return names


STATE = DocumentResource(Document.Kind.STATE, "stateId", True, True, True, False, False)
ACTIVITY_PROFILE = DocumentResource(Document.Kind.ACTIVITY_PROFILE, "profileId", True, False, False)
AGENT_PROFILE = DocumentResource(Document.Kind.AGENT_PROFILE, "profileId", False, True, False)


def _document_view(resource, scope):
    @xapi_resource({"GET": (scope,), "HEAD": (scope,), "PUT": (scope,), "POST": (scope,), "DELETE": (scope,)})
    def view(request, xapi):
        params = request.GET.dict()
        unknown = set(params) - resource.parameters
        if unknown:
            name = sorted(unknown)[0]
            raise LRSError(400, f"unknown parameter {name!r}", name)
        address = _address(resource, params, xapi)
        document_id = params.get(resource.id_parameter)
        if document_id is not None:
            queries.bounded(document_id, resource.id_parameter)
        if "since" in params and (request.method != "GET" or document_id is not None):
            raise LRSError(400, "since is only for listing documents", "since")
        if request.method in ("GET", "HEAD"):
            return _get(request, address, document_id, params)
        if request.method == "DELETE":
            if document_id is None and resource.kind != Document.Kind.STATE:
                raise LRSError(400, f"DELETE needs {resource.id_parameter}", resource.id_parameter)
            documents.delete_documents(address, document_id, **_preconditions(request))
            return HttpResponse(status=204)
        if document_id is None:
            raise LRSError(400, f"{request.method} needs {resource.id_parameter}", resource.id_parameter)
        content = read_body(request)
        content_type = queries.bounded(
            request.META.get("CONTENT_TYPE") or "application/octet-stream", "Content-Type", 255
        )
        if request.method == "PUT":
            preconditions = _preconditions(request)
            required = resource.precondition_required_to_replace_in_1_0_3 or xapi.version == "2.0.0"
            document = documents.put_document(
                address,
                document_id,
                content,
                content_type,
                required=required,
                required_to_create=resource.precondition_required_to_create,
                **preconditions,
            )
        else:
            document = documents.post_document(
                address, document_id, content, content_type, **_preconditions(request)
            )
        return HttpResponse(status=204, headers={"ETag": f'"{document.etag}"'})

    return view


def _address(resource, params, xapi):
    activity_id = agent = registration = ""
    if resource.uses_activity:
        if "activityId" not in params:
            raise LRSError(400, "activityId is required", "activityId")
        activity_id = queries._iri(params["activityId"], "activityId")
    if resource.uses_agent:
        if "agent" not in params:
            raise LRSError(400, "agent is required", "agent")
        agent = queries.parse_agent(params["agent"], xapi.version)
        if xapi.session_actor is not None and agent != xapi.session_actor_key:
            raise LRSError(403, "a learner's session can only use that learner's documents", "agent")
    elif xapi.session_actor is not None:
        raise LRSError(403, "a learner's session cannot use this resource")
    if resource.uses_registration and "registration" in params:
        registration = queries._uuid(params["registration"], "registration")
    organisation = xapi.credential.organisation if xapi.credential is not None else ""
    return documents.address_of(resource.kind, activity_id, agent, registration or None, organisation)


def _preconditions(request):
    return {
        "if_match": request.headers.get("If-Match"),
        "if_none_match": request.headers.get("If-None-Match"),
    }


def _get(request, address, document_id, params):
    if document_id is None:
        since = queries.parse_timestamp(params["since"], "since") if "since" in params else None
        response = json_response(documents.list_ids(address, since))
    else:
        document = documents.find(address, document_id)
        if document is None:
            raise LRSError(404, "no such document")
        response = HttpResponse(bytes(document.content), content_type=document.content_type)
        response["ETag"] = f'"{document.etag}"'
        response["Last-Modified"] = http_date(document.updated.timestamp())
    if request.method == "HEAD":
        response.content = b""
    return response


state = _document_view(STATE, "state")
activity_profile = _document_view(ACTIVITY_PROFILE, "profile")
agent_profile = _document_view(AGENT_PROFILE, "profile")

DEFINE = ("define", "profile", "state", "statements/read", "statements/read/mine", "statements/write")


@xapi_resource({"GET": DEFINE, "HEAD": DEFINE})
def activities(request, xapi):
    """GET /xapi/activities?activityId=: the LRS's canonical definition of an activity."""
    if set(request.GET) != {"activityId"}:
        raise LRSError(400, "activities takes exactly the activityId parameter", "activityId")
    activity_id = queries._iri(request.GET["activityId"], "activityId")
    known = Activity.objects.filter(activity_id=activity_id).first()
    body = {"objectType": "Activity", "id": activity_id}
    if known and known.definition:
        body["definition"] = known.definition
    response = json_response(body)
    if request.method == "HEAD":
        response.content = b""
    return response


@xapi_resource({"GET": DEFINE, "HEAD": DEFINE})
def agents(request, xapi):
    """GET /xapi/agents?agent=: the Person the LRS knows for an agent (xAPI-Communication 2.6):
    the requested identifier, and the names its stored statements used for it.
    """
    if set(request.GET) != {"agent"}:
        raise LRSError(400, "agents takes exactly the agent parameter", "agent")
    key = queries.parse_agent(request.GET["agent"], xapi.version)
    if xapi.session_actor is not None and key != xapi.session_actor_key:
        raise LRSError(403, "a learner's session can only look up that learner", "agent")
    agent = _agent_object(request.GET["agent"])
    person = {"objectType": "Person"}
    visible = queries.visible_to(xapi.credential, xapi.session_actor_key)
    names = _names_of(key, visible) or ([agent["name"]] if "name" in agent else [])
    if names:
        person["name"] = names
    for identifier in ("mbox", "mbox_sha1sum", "openid", "account"):
        if identifier in agent:
            person[identifier] = [agent[identifier]]
    response = json_response(person)
    if request.method == "HEAD":
        response.content = b""
    return response


def _names_of(key, visible, recent=20):
    """The names an agent carried as actor or object in its most recent statements the caller may
    see (`visible`): another organisation's statements tell nothing of it."""
    rows = StatementAgent.objects.filter(agent_key=key, direct=True)
    if visible:
        seen = Statement.objects.filter(visible, seq=OuterRef("statement_id"))
        rows = rows.filter(Exists(seen))
    seqs = rows.order_by("-stored", "-statement_id")[:recent]
    names = []
    for data in Statement.objects.filter(seq__in=Subquery(seqs.values("statement_id"))).values_list(
        "data", flat=True
    ):
        for agent in (data.get("actor"), data.get("object")):
            if (
                isinstance(agent, dict)
                and agent_key(agent) == key
                and agent.get("name") not in (None, *names)
            ):
                names.append(agent["name"])
    return names


def _agent_object(raw):
    try:
        value = jsonio.read(raw)
    except ValueError:
        raise LRSError(400, "agent must be a JSON Agent", "agent") from None
    if not isinstance(value, dict):
        raise LRSError(400, "agent must be a JSON Agent", "agent")
    return value
