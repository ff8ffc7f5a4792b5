"""Statement validation against xAPI 1.0.3 and xAPI 2.0.0 (IEEE 9274.1.1).

Each test starts from a valid statement (tests/lrs/builders.py), breaks one field and names the rule in
its docstring: "xAPI-Data 2.4.2.1" is the 1.0.3 Data part, "2.0.0 4.2.x" the 2.0.0 LRS requirements.
"""

import json
import math

import pytest

from lrs.xapi import SUPPORTED_VERSIONS, XAPIValidationError, negotiate_version, validate_statement
from tests.lrs.builders import (
    INTERACTION_DEFINITIONS,
    REMOVE,
    SHA1,
    STATEMENT_ID,
    VOIDED,
    account_agent,
    activity,
    anonymous_group,
    attachment,
    context_activity,
    identified_group,
    interaction_activity,
    mbox_agent,
    minimal_statement,
    statement_ref,
    sub_statement,
    valid_statement,
    with_value,
)

V1 = "1.0.3"
V2 = "2.0.0"
both_versions = pytest.mark.parametrize("version", SUPPORTED_VERSIONS)


def assert_valid(statement: dict, version: str = V1) -> None:
    assert validate_statement(statement, version) == statement


def assert_rejected(statement: dict, location: str, fragment: str, version: str = V1) -> XAPIValidationError:
    with pytest.raises(XAPIValidationError) as caught:
        validate_statement(statement, version)
    assert caught.value.location == location, str(caught.value)
    assert fragment in caught.value.message, str(caught.value)
    return caught.value


# The public API


@both_versions
def test_it_accepts_a_realistic_statement(version):
    """xAPI-Data 2.4: a statement with actor, verb, object, result, context, timestamp and id."""
    assert_valid(valid_statement(), version)


@both_versions
def test_it_accepts_the_simplest_possible_statement(version):
    """xAPI-Data 2.4.s2: "An example of the simplest possible Statement using all properties that MUST
    or SHOULD be used"."""
    assert_valid(minimal_statement(), version)


def test_it_returns_the_statement_as_received_in_a_top_level_copy():
    """xAPI-Data 2.2.s2.b5: "The LRS MUST NOT return a different serialisation of any properties" -- the
    statement is stored as received, so the validator returns it unchanged, in a copy of its top level
    that the LRS can complete (id, stored, authority) without changing the caller's statement."""
    statement = valid_statement(context={"contextActivities": {"parent": context_activity("module/1")}})
    returned = validate_statement(statement, V1)
    assert returned == statement
    assert list(returned) == list(statement)
    assert returned is not statement
    returned["stored"] = "2026-11-22T08:00:00.000Z"
    assert "stored" not in statement
    assert returned["context"]["contextActivities"]["parent"] == context_activity("module/1")


@pytest.mark.parametrize("data", [[], "statement", None, 42])
def test_it_rejects_a_statement_that_is_not_a_json_object(data):
    """xAPI-Data 2.4: a Statement is a JSON object."""
    error = assert_rejected(data, "$", "must be a JSON object")
    assert str(error) == "$: a statement must be a JSON object"


def test_it_formats_the_error_as_location_then_message():
    """The error names where and which rule, e.g. "actor.mbox: mbox must be a mailto IRI ..."."""
    error = assert_rejected(
        valid_statement(actor=mbox_agent("x") | {"mbox": "x@example.com"}), "actor.mbox", ""
    )
    assert str(error) == "actor.mbox: mbox must be a mailto IRI of the form mailto:name@example.com"


def test_it_refuses_a_version_it_does_not_support():
    """xAPI-Communication 3.3: the caller negotiates the version before validating."""
    with pytest.raises(ValueError, match="unsupported xAPI version"):
        validate_statement(valid_statement(), "0.95")


@pytest.mark.parametrize(
    ("header", "rules"),
    [("1.0", V1), ("1.0.0", V1), ("1.0.1", V1), ("1.0.3", V1), ("2.0", V2), ("2.0.0", V2), ("2.1.0", None)],
)
def test_it_maps_version_headers_to_the_rules_that_apply(header, rules):
    """xAPI-Communication 3.3 (1.0.3): "accept requests with a version header of 1.0 as if the version
    header was 1.0.0"; 2.0.0 4.1.7: the same for 2.0, and "reject requests with a version header of 2.1.0
    or greater"."""
    assert negotiate_version(header) == rules


# Formatting requirements (xAPI-Data 2.2, 2.0.0 4.2.1)


@pytest.mark.parametrize("prop", ["actor", "verb", "object"])
def test_it_rejects_a_statement_without_a_required_property(prop):
    """xAPI-Data 2.2.s2.b3: "A Statement MUST use 'actor', 'verb', and 'object'"."""
    assert_rejected(valid_statement(**{prop: REMOVE}), prop, f"{prop} is required")


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("extra", "extra"),
        ("actor.nickname", "actor.nickname"),
        ("verb.description", "verb.description"),
        ("object.definition.title", "object.definition.title"),
        ("result.score.percent", "result.score.percent"),
        ("context.contextActivities.parents", "context.contextActivities.parents"),
        ("context.contextActivities.parent[0].url", "context.contextActivities.parent[0].url"),
    ],
)
def test_it_rejects_properties_the_specification_does_not_define(path, location):
    """xAPI-Data 2.2.s4.b1.b7: "The LRS MUST reject Statements ... where a key or value is not allowed
    by this specification"; 2.0.0 4.2.1 "reject a Statement with additional properties"."""
    statement = with_value(valid_statement(), path, "x")
    assert_rejected(statement, location, "is not a property the xAPI specification defines")


@pytest.mark.parametrize("wrong_case", ["timeStamp", "iD", "RESULT", "conText"])
def test_it_rejects_property_names_in_the_wrong_case(wrong_case):
    """xAPI-Data 2.2.s4.b1.b5: reject statements "where the case of a key does not match the case
    specified in this specification"."""
    statement = valid_statement()
    statement[wrong_case] = statement.pop(wrong_case.lower())
    error = assert_rejected(statement, wrong_case, "case-sensitive")
    assert "not a property" in error.message


def test_it_reports_a_required_property_in_the_wrong_case_as_missing():
    """xAPI-Data 2.2.s4.b1.b5 and 2.2.s2.b3: "Actor" is not "actor", so the statement has no actor."""
    statement = valid_statement()
    statement["Actor"] = statement.pop("actor")
    assert_rejected(statement, "actor", "actor is required")


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("actor.account.name", "actor.account.name"),
        ("verb.display.en-US", 'verb.display["en-US"]'),
        ("context.registration", "context.registration"),
        ("object.definition.moreInfo", "object.definition.moreInfo"),
        ("result", "result"),
    ],
)
def test_it_rejects_null_values(path, location):
    """xAPI-Data 2.2.s4.b1.b1: "The LRS MUST reject Statements with any null values (except inside
    extensions)"."""
    assert_rejected(with_value(valid_statement(), path, None), location, "must not be null")


@pytest.mark.parametrize("path", ["result.extensions", "context.extensions", "object.definition.extensions"])
def test_it_accepts_null_and_any_json_inside_extensions(path):
    """xAPI-Data 4.1.s3.b2: "An LRS MUST NOT reject a Statement based on the values of the extensions
    map"; the conformance suite sends {"http://example.com/null": null}."""
    extensions = {
        "http://example.com/null": None,
        "http://example.com/any": {"deep": [1, "two", {"3": False}]},
    }
    assert_valid(with_value(valid_statement(), path, extensions))


def test_it_rejects_a_string_where_a_number_is_required_even_if_it_holds_a_number():
    """xAPI-Data 2.2.s4.b1.b2: reject statements "with strings where numbers are required, even if those
    strings contain numbers"."""
    assert_rejected(
        with_value(valid_statement(), "result.score.max", "10"), "result.score.max", "must be a number"
    )


def test_it_rejects_a_string_where_a_boolean_is_required_even_if_it_holds_a_boolean():
    """xAPI-Data 2.2.s4.b1.b3: reject statements "with strings where booleans are required, even if
    those strings contain booleans"."""
    assert_rejected(
        with_value(valid_statement(), "result.completion", "false"), "result.completion", "must be a boolean"
    )


def test_it_rejects_a_boolean_where_a_number_is_required():
    """xAPI-Data 2.4.5.1: raw is a "Decimal number"; JSON true is not a number (no coercion)."""
    assert_rejected(
        with_value(valid_statement(), "result.score.raw", True), "result.score.raw", "must be a number"
    )


@pytest.mark.parametrize(
    "path", ["result.response", "context.revision", "actor.account.name", "context.platform", "actor.name"]
)
def test_it_rejects_a_number_where_a_string_is_required(path):
    """xAPI-Data 2.4.6 and 2.4.2.4: these properties are Strings; a number is the wrong data type."""
    assert_rejected(with_value(valid_statement(), path, 12345), path, "must be a string")


def test_it_rejects_a_number_where_an_object_is_required():
    """xAPI-Data 2.4.5: "result" is an Object."""
    assert_rejected(valid_statement(result=12345), "result", "must be a JSON object")


# Statement id (xAPI-Data 2.4.1, 4.4)


@pytest.mark.parametrize(
    "statement_id",
    [
        "AA97B177-9383-4934-8543-0F91A7A028368",
        "MA97B177-9383-4934-8543-0F91A7A02836",
        "",
        "fd41c918b88b4b20a0a5a4c3",
    ],
)
def test_it_rejects_a_statement_id_that_is_not_a_uuid(statement_id):
    """xAPI-Data 2.4.1.s1: "the UUID MUST be in standard string form"."""
    assert_rejected(valid_statement(id=statement_id), "id", "must be a UUID in standard string form")


def test_it_rejects_a_numeric_statement_id():
    """xAPI-Data 2.2.s4.b1.b4: a UUID is a string in a particular format."""
    assert_rejected(valid_statement(id=12345), "id", "must be a string")


def test_it_accepts_an_uppercase_uuid():
    """xAPI-Data 4.4: UUIDs in standard string form; RFC 4122 hex digits are case-insensitive on input."""
    assert_valid(valid_statement(id=STATEMENT_ID.upper()))


# Actor: Agents (xAPI-Data 2.4.2.1, 2.4.2.3, 2.4.2.4)


@pytest.mark.parametrize(
    "identifier",
    [
        {"mbox": "mailto:learner@example.com"},
        {"mbox_sha1sum": SHA1},
        {"openid": "http://toby.openid.example.org/"},
        {"account": {"homePage": "http://www.example.com", "name": "1625378"}},
    ],
)
def test_it_accepts_each_inverse_functional_identifier(identifier):
    """xAPI-Data 2.4.2.3: mbox, mbox_sha1sum, openid and account are the four IFIs."""
    assert_valid(valid_statement(actor={"name": "Learner", **identifier}))


def test_it_rejects_an_agent_without_an_identifier():
    """xAPI-Data 2.4.2.1.s2.b1: "An Agent MUST be identified by one (1) of the four types of Inverse
    Functional Identifiers"."""
    assert_rejected(
        valid_statement(actor={"objectType": "Agent", "name": "Nobody"}), "actor", "MUST be identified"
    )


@pytest.mark.parametrize(
    ("extra", "location"),
    [
        ({"account": {"homePage": "http://www.example.com", "name": "xAPI account name"}}, "actor.account"),
        ({"mbox_sha1sum": SHA1}, "actor.mbox_sha1sum"),
        ({"openid": "http://openid.example.org/12345"}, "actor.openid"),
    ],
)
def test_it_rejects_an_agent_with_more_than_one_identifier(extra, location):
    """xAPI-Data 2.4.2.1.s2.b2: "An Agent MUST NOT include more than one (1) Inverse Functional
    Identifier"; 2.0.0 4.2.4.2 "reject Statements if the Actor object contains more than one IFI"."""
    assert_rejected(valid_statement(actor=mbox_agent() | extra), location, "MUST NOT include more than one")


@pytest.mark.parametrize(
    "mbox", ["http://should.fail.com", "mailto:should.fail.com", "learner@example.com", ""]
)
def test_it_rejects_an_mbox_that_is_not_a_mailto_iri(mbox):
    """xAPI-Data 2.4.2.3.s3: mbox is a "mailto IRI": "The required format is 'mailto:email address'"."""
    assert_rejected(valid_statement(actor={"mbox": mbox}), "actor.mbox", "must be a mailto IRI")


@pytest.mark.parametrize(
    "digest", ["ebd31e95054c018b10727ccffd2ef2ec3a016ee", "zbd31e95054c018b10727ccffd2ef2ec3a016ee9"]
)
def test_it_rejects_an_mbox_sha1sum_that_is_not_a_hex_sha1(digest):
    """xAPI-Data 2.4.2.3.s3: "The hex-encoded SHA1 hash of a mailto IRI"."""
    assert_rejected(valid_statement(actor={"mbox_sha1sum": digest}), "actor.mbox_sha1sum", "hex-encoded SHA1")


def test_it_rejects_an_openid_that_is_not_a_uri():
    """xAPI-Data 2.4.2.3.s3: openid is a URI."""
    assert_rejected(
        valid_statement(actor={"openid": "ab=c://should.fail.com"}), "actor.openid", "must be an absolute URI"
    )


@pytest.mark.parametrize("prop", ["homePage", "name"])
def test_it_rejects_an_account_without_a_required_property(prop):
    """xAPI-Data 2.4.2.4.s2: homePage and name are both Required."""
    statement = with_value(valid_statement(), f"actor.account.{prop}", REMOVE)
    assert_rejected(statement, f"actor.account.{prop}", f"{prop} is required")


@pytest.mark.parametrize("home_page", ["ab=c://should.fail.com", "www.example.com", "/relative/path", ""])
def test_it_rejects_an_account_home_page_that_is_not_an_irl(home_page):
    """xAPI-Data 2.4.2.4.s2: homePage is an IRL; 2.2.s4.b1.b8 reject "IRL or IRI values without a scheme"."""
    statement = with_value(valid_statement(), "actor.account.homePage", home_page)
    assert_rejected(statement, "actor.account.homePage", "must be an absolute IRL")


@pytest.mark.parametrize("object_type", ["agent", "Person"])
def test_it_rejects_an_agent_object_type_other_than_agent(object_type):
    """xAPI-Data 2.4.2.1: objectType is "Agent"; 2.2.s4.b1.b6 reject enumerated values in the wrong case."""
    statement = valid_statement(actor=account_agent(objectType=object_type))
    assert_rejected(statement, "actor.objectType", "must be exactly 'Agent'")


def test_it_accepts_an_agent_without_object_type():
    """xAPI-Data 2.4.2.1.s2: objectType "is optional except when the Agent is used as a Statement's
    object"."""
    assert_valid(valid_statement(actor={"account": {"homePage": "https://example.com", "name": "42"}}))


# Actor: Groups (xAPI-Data 2.4.2.2)


@both_versions
def test_it_accepts_an_anonymous_group(version):
    """xAPI-Data 2.4.2.2.s2: an Anonymous Group has objectType Group and member, no IFI."""
    assert_valid(valid_statement(actor=anonymous_group()), version)


def test_it_accepts_an_identified_group_without_members():
    """xAPI-Data 2.4.2.2.s5.b4: "An Identified Group MAY include a 'member' property"."""
    assert_valid(valid_statement(actor=identified_group()))


def test_it_accepts_an_identified_group_with_members():
    """xAPI-Data Appendix B: an Identified Group with members."""
    assert_valid(valid_statement(actor=identified_group(member=[mbox_agent(), account_agent()])))


def test_it_rejects_an_anonymous_group_without_members():
    """xAPI-Data 2.4.2.2.s4.b1: "An Anonymous Group MUST include a 'member' property listing constituent
    Agents"."""
    assert_rejected(
        valid_statement(actor={"objectType": "Group", "name": "Hold 3"}), "actor.member", "MUST include"
    )


def test_it_rejects_an_anonymous_group_with_an_empty_member_list():
    """xAPI-Data 2.4.2.2.s4.b1: the member property lists the constituent Agents, so it cannot be empty."""
    assert_rejected(valid_statement(actor=anonymous_group(member=[])), "actor.member", "Anonymous Group")


def test_it_rejects_an_identified_group_with_two_identifiers():
    """xAPI-Data 2.4.2.2.s5.b1: "An Identified Group MUST include exactly one (1) Inverse Functional
    Identifier"."""
    statement = valid_statement(actor=identified_group(openid="http://openid.example.org/hold3"))
    assert_rejected(statement, "actor.openid", "exactly one inverse functional identifier")


def test_it_rejects_a_group_inside_a_group():
    """xAPI-Data 2.4.2.2.s4.b2 and s5.b2: a Group "MUST NOT contain Group Objects in the 'member'
    property"; 2.0.0 4.2.4.2 "reject Statements which use ... 'Group' within the member property"."""
    statement = valid_statement(actor=anonymous_group(mbox_agent(), identified_group()))
    assert_rejected(statement, "actor.member[1].objectType", "MUST NOT contain Group Objects")


def test_it_rejects_a_member_that_is_not_a_valid_agent():
    """xAPI-Data 2.4.2.2: member is an "Array of Agent Objects", each identified by one IFI."""
    statement = valid_statement(actor=anonymous_group(mbox_agent(), {"name": "No identifier"}))
    assert_rejected(statement, "actor.member[1]", "MUST be identified")


def test_it_rejects_a_group_without_object_type():
    """xAPI-Data 2.4.2.2.s2: a Group's objectType "Group" is Required."""
    statement = valid_statement(actor={"member": [mbox_agent()]})
    assert_rejected(statement, "actor.objectType", '"objectType": "Group"')


# Verb (xAPI-Data 2.4.3)


def test_it_rejects_a_verb_without_an_id():
    """xAPI-Data 2.4.3.s3: the Verb id is Required."""
    assert_rejected(valid_statement(verb={"display": {"en-US": "did"}}), "verb.id", "id is required")


@pytest.mark.parametrize(
    "iri",
    [
        "not an iri",
        "/relative/verb",
        "",
        "ab=c://should.fail.com",
        "http://exa mple.com/v",
        "http://x.com/%zz",
    ],
)
def test_it_rejects_a_verb_id_that_is_not_an_iri(iri):
    """xAPI-Data 2.2.s4.b1.b4 and b8: reject a non-format-following value "including the empty string"
    where an IRI is required, and IRIs "without a scheme"."""
    assert_rejected(valid_statement(verb={"id": iri}), "verb.id", "must be an absolute IRI with a scheme")


@pytest.mark.parametrize(
    "iri", ["urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "http://example.com/فعل/خواندن"]
)
def test_it_accepts_iris_of_any_scheme_and_non_ascii_characters(iri):
    """xAPI-Data 2.4.3.1: "the Verb IRI http://example.com/فعل/خواندن might denote the action of reading
    a book"; IRIs (not only URIs) are allowed so that non-ASCII characters can be used (4.3)."""
    assert_valid(valid_statement(verb={"id": iri}))


def test_it_accepts_a_verb_without_display():
    """xAPI-Data 2.4.3.s3: display is Recommended, not Required."""
    assert_valid(valid_statement(verb={"id": "http://adlnet.gov/expapi/verbs/completed"}))


def test_it_rejects_an_empty_language_map():
    """xAPI-Data 4.2 and conformance XAPI-00121: a Language Map has at least one entry."""
    assert_rejected(with_value(valid_statement(), "verb.display", {}), "verb.display", "at least one entry")


def test_it_rejects_a_display_that_is_not_a_language_map():
    """xAPI-Data 2.4.3.s3: display is a Language Map, a JSON object."""
    assert_rejected(with_value(valid_statement(), "verb.display", "completed"), "verb.display", "JSON object")


# Language maps and tags (xAPI-Data 4.2, 2.2.s4.b2; 2.0.0 4.2.7)


@pytest.mark.parametrize(
    "tag",
    [
        "en_US",
        "",
        "something",
        "a12345",
        "zh-z-aaa-z-bbb-c-ccc",
        "de-1901-1901",
        "en-",
        "-en",
        "123",
        "en US",
        "test",
        "abcd-DK",
    ],
)
def test_it_rejects_a_language_map_key_that_is_not_an_rfc5646_tag(tag):
    """xAPI-Data 2.2.s4.b2: "The LRS MUST at least validate that the sequence of token lengths for
    language map keys matches the RFC 5646 standard"; RFC 5646 2.2.9 makes repeated singletons and
    variants invalid."""
    statement = with_value(valid_statement(), "object.definition.name", {"en": "Lesson", tag: "x"})
    error = assert_rejected(statement, "object.definition.name", "must be an RFC 5646 language tag")
    assert error.message.startswith(f"key {json.dumps(tag)} of name")


@pytest.mark.parametrize(
    "tag",
    [
        "en", "da", "en-US", "zh-Hant-TW", "sr-Latn-RS", "es-419", "cmn", "ase", "de-CH-1901", "x-private",
        "i-klingon", "en-a-bbb-x-a-ccc", "EN-us",
    ],
)  # fmt: skip
def test_it_accepts_rfc5646_language_tags(tag):
    """xAPI-Data 4.2: keys are RFC 5646 Language Tags (language, script, region, variant, extension and
    private-use subtags; grandfathered tags; case-insensitive)."""
    assert_valid(with_value(valid_statement(), "verb.display", {tag: "completed"}))


@both_versions
@pytest.mark.parametrize("component_list", ["choices", "scale"])
def test_it_rejects_an_interaction_component_description_keyed_by_a_reserved_language_subtag(
    component_list, version
):
    """RFC 5646 2.2.1 rule 4: four-letter language subtags are reserved for future standardization,
    so no valid tag has one (the conformance suite sends {"test": "value"} as a description)."""
    interaction = {"choices": "choice", "scale": "likert"}[component_list]
    components = [{"id": "valid", "description": {"test": "value"}}]
    statement = valid_statement(object=interaction_activity(interaction, **{component_list: components}))
    assert_rejected(
        statement, f"object.definition.{component_list}[0].description", "RFC 5646 language tag", version
    )


def statement_with_empty_definition(path):
    if path == "object.definition":
        return with_value(valid_statement(), path, {})
    substatement = {
        "objectType": "SubStatement",
        "actor": valid_statement()["actor"],
        "verb": valid_statement()["verb"],
        "object": {"objectType": "Activity", "id": "http://example.com/activity", "definition": {}},
    }
    return valid_statement(object=substatement)


@both_versions
@pytest.mark.parametrize("path", ["object.definition", "object.object.definition"])
def test_it_accepts_an_empty_activity_definition(path, version):
    """Every property of an Activity Definition is optional; ADL's suites (both versions) store a
    statement with "definition": {} (an older 1.0.3 revision refused it; upstream issue #130)."""
    assert_valid(statement_with_empty_definition(path), version)


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("object.definition.description", "object.definition.description"),
        ("context.language", "context.language"),
    ],
)
def test_it_rejects_invalid_language_tags_wherever_they_are_used(path, location):
    """xAPI-Data 2.4.6.s3: context.language is "as defined in RFC 5646"; descriptions are language maps."""
    value = "a12345" if path == "context.language" else {"a12345": "should fail"}
    assert_rejected(with_value(valid_statement(), path, value), location, "RFC 5646 language tag")


# Object: Activities (xAPI-Data 2.4.4.1)


def test_it_accepts_an_activity_without_object_type():
    """xAPI-Data 2.4.4.s2: "If not specified, the objectType is assumed to be Activity"."""
    assert_valid(valid_statement(object={"id": "http://example.com/activity"}))


def test_it_rejects_an_object_type_in_the_wrong_case():
    """xAPI-Data 2.4.4.1.s1: objectType "MUST be Activity when present"; 2.2.s4.b1.b6 enumerated values
    are case-sensitive."""
    statement = valid_statement(object=activity(objectType="activity"))
    assert_rejected(statement, "object.objectType", "must be one of Activity, Agent, Group")


@pytest.mark.parametrize("object_type", ["Person", 5, None])
def test_it_rejects_an_unknown_object_type(object_type):
    """xAPI-Data 2.4.4.s2: valid objectTypes are Activity, Agent, Group, SubStatement and StatementRef."""
    statement = valid_statement(object=activity(objectType=object_type))
    assert_rejected(statement, "object.objectType", "must be one of Activity")


def test_it_rejects_an_activity_without_an_id():
    """xAPI-Data 2.4.4.1.s1: an Activity's id is Required."""
    assert_rejected(with_value(valid_statement(), "object.id", REMOVE), "object.id", "id is required")


def test_it_rejects_an_activity_id_that_is_not_an_iri():
    """xAPI-Data 2.4.4.1.s1: id is an IRI (conformance XAPI-00047)."""
    statement = with_value(valid_statement(), "object.id", "ab=c://should.fail.com")
    assert_rejected(statement, "object.id", "must be an absolute IRI")


def test_it_rejects_a_definition_that_is_not_an_object():
    """xAPI-Data 2.4.4.1.s1: definition is an Object (conformance XAPI-00048)."""
    assert_rejected(
        with_value(valid_statement(), "object.definition", "x"), "object.definition", "JSON object"
    )


def test_it_rejects_an_activity_type_that_is_not_an_iri():
    """xAPI-Data 2.4.4.1.s2: type is an IRI (conformance XAPI-00060)."""
    statement = with_value(valid_statement(), "object.definition.type", "lesson")
    assert_rejected(statement, "object.definition.type", "must be an absolute IRI")


@pytest.mark.parametrize("more_info", ["should error", "urn:isbn:0451450523"])
def test_it_rejects_more_info_that_is_not_an_irl(more_info):
    """xAPI-Data 2.4.4.1.s2: moreInfo is an IRL that "Resolves to a document" (conformance XAPI-00061)."""
    statement = with_value(valid_statement(), "object.definition.moreInfo", more_info)
    assert_rejected(statement, "object.definition.moreInfo", "must be an absolute IRL")


# Interaction activities (xAPI-Data 2.4.4.1.s6-s16)


@pytest.mark.parametrize("interaction_type", sorted(INTERACTION_DEFINITIONS))
@both_versions
def test_it_accepts_every_interaction_type(interaction_type, version):
    """xAPI-Data 2.4.4.1.s8 and Appendix C: the ten interactionTypes with their component lists."""
    assert_valid(valid_statement(object=interaction_activity(interaction_type)), version)


@pytest.mark.parametrize("interaction_type", ["true-faLse", "Other", "essay", 3])
def test_it_rejects_an_interaction_type_that_is_not_one_of_the_ten(interaction_type):
    """xAPI-Data 2.4.4.1.s13.b1: "Interaction Activities MUST have a valid interactionType"; 2.2.s4.b1.b6
    enumerated values must match exactly."""
    statement = valid_statement(object=interaction_activity("other", interactionType=interaction_type))
    assert_rejected(statement, "object.definition.interactionType", "must be exactly")


@pytest.mark.parametrize(
    ("interaction_type", "component_list"),
    [
        ("true-false", "choices"),
        ("choice", "scale"),
        ("likert", "choices"),
        ("matching", "steps"),
        ("fill-in", "source"),
    ],
)
def test_it_rejects_a_component_list_the_interaction_type_does_not_support(interaction_type, component_list):
    """xAPI-Data 2.4.4.1.s15 table 2: each interactionType supports only its component lists (2.4.4.1.s13.b3:
    the LRS "MAY return 400 Bad Request if the remaining properties are not valid")."""
    statement = valid_statement(
        object=interaction_activity(interaction_type, **{component_list: [{"id": "a"}]})
    )
    assert_rejected(statement, f"object.definition.{component_list}", "is not an interaction component list")


@pytest.mark.parametrize("prop", ["correctResponsesPattern", "choices"])
def test_it_rejects_interaction_properties_without_an_interaction_type(prop):
    """xAPI-Data 2.4.4.1.s13.b1: "Interaction Activities MUST have a valid interactionType"."""
    definition = interaction_activity("choice")["definition"]
    del definition["interactionType"]
    definition.pop("correctResponsesPattern" if prop == "choices" else "choices")
    statement = with_value(valid_statement(), "object.definition", definition)
    assert_rejected(statement, "object.definition.interactionType", "MUST have an interactionType")


def test_it_rejects_repeated_interaction_component_ids():
    """xAPI-Data 2.4.4.1.s16.b1: "Within an array of interaction components, all id values MUST be
    distinct"."""
    statement = valid_statement(
        object=interaction_activity("sequencing", choices=[{"id": "tim"}, {"id": "tim"}])
    )
    assert_rejected(statement, "object.definition.choices[1].id", "MUST be distinct")


def test_it_rejects_an_interaction_component_without_an_id():
    """xAPI-Data 2.4.4.1.s15: an interaction component's id is Required."""
    statement = valid_statement(object=interaction_activity("likert", scale=[{"description": {"en": "OK"}}]))
    assert_rejected(statement, "object.definition.scale[0].id", "id is required")


def test_it_rejects_a_correct_responses_pattern_that_is_not_an_array_of_strings():
    """xAPI-Data 2.4.4.1.s8: correctResponsesPattern is an "Array of Strings"."""
    statement = valid_statement(object=interaction_activity("numeric", correctResponsesPattern=[4]))
    assert_rejected(statement, "object.definition.correctResponsesPattern[0]", "must be a string")


def test_it_accepts_an_empty_correct_responses_pattern():
    """xAPI-Data 2.4.4.1.s11: "Where the Correct Response Pattern contains an empty array, the meaning of
    this is that there is no correct answer"."""
    assert_valid(valid_statement(object=interaction_activity("true-false", correctResponsesPattern=[])))


# Extensions (xAPI-Data 4.1)


@pytest.mark.parametrize("path", ["object.definition.extensions", "result.extensions", "context.extensions"])
def test_it_rejects_an_extension_key_that_is_not_an_iri(path):
    """xAPI-Data 4.1.s3.b1: "The keys of an extensions map MUST be IRIs"."""
    statement = with_value(valid_statement(), path, {"http://example.com/ok": 1, "room": "Kilby"})
    error = assert_rejected(statement, path, "must be an absolute IRI")
    assert error.message.startswith('key "room" of extensions')


def test_it_rejects_extensions_that_are_not_an_object():
    """xAPI-Data 4.1.s2: "Extensions are defined by a map"."""
    assert_rejected(
        with_value(valid_statement(), "result.extensions", "x"), "result.extensions", "JSON object"
    )


# Object: Agents, Groups and Statement References (xAPI-Data 2.4.4.2, 2.4.4.3)


@pytest.mark.parametrize("actor", [mbox_agent(), identified_group(), anonymous_group()])
def test_it_accepts_an_agent_or_group_as_object(actor):
    """xAPI-Data 2.4.4.s1.b2: "The Object is an Agent: 'Nellie interviewed Jeff.'"."""
    assert_valid(valid_statement(object=actor, context=REMOVE, result=REMOVE))


def test_it_rejects_an_agent_as_object_without_object_type():
    """xAPI-Data 2.4.4.2.s1.b1: "Statements that specify an Agent or Group as an Object MUST specify an
    'objectType' property"."""
    statement = valid_statement(object={"mbox": "mailto:nellie@example.com"})
    assert_rejected(statement, "object.objectType", "MUST specify objectType")


def test_it_accepts_a_statement_reference():
    """xAPI-Data 2.4.4.3.s5: commenting on a previous Statement through a Statement Reference."""
    assert_valid(valid_statement(object=statement_ref(), context=REMOVE))


@pytest.mark.parametrize("statement_id", ["AA97B177-9383-4934-8543-0F91A7A028368", "not-a-uuid", 12345])
def test_it_rejects_a_statement_reference_without_a_uuid(statement_id):
    """xAPI-Data 2.4.4.3.s4.b2: "A Statement Reference MUST set the 'id' property to the UUID of a
    Statement"."""
    statement = valid_statement(object=statement_ref(statement_id), context=REMOVE)
    assert_rejected(statement, "object.id", "must be a")


def test_it_rejects_a_statement_reference_with_a_definition():
    """xAPI-Data 2.4.4.3.s4: a Statement Reference has only objectType and id."""
    statement = valid_statement(object=statement_ref() | {"definition": {}}, context=REMOVE)
    assert_rejected(statement, "object.definition", "not a property")


# Object: SubStatements (xAPI-Data 2.4.4.3)


@both_versions
def test_it_accepts_a_sub_statement(version):
    """xAPI-Data 2.4.4.3.s9: "I planned to visit 'Some Awesome Website'"."""
    assert_valid(valid_statement(object=sub_statement(), context=REMOVE), version)


def test_it_accepts_a_sub_statement_whose_object_is_a_statement_reference():
    """xAPI-Data Appendix B: "a SubStatement Object whose Object is a Statement Reference"."""
    assert_valid(valid_statement(object=sub_statement(object=statement_ref()), context=REMOVE))


@pytest.mark.parametrize(
    ("prop", "value"),
    [
        ("id", STATEMENT_ID),
        ("stored", "2013-05-18T05:32:34.804Z"),
        ("version", "1.0.0"),
        ("authority", mbox_agent()),
    ],
)
def test_it_rejects_a_sub_statement_with_a_statement_only_property(prop, value):
    """xAPI-Data 2.4.4.3.s8.b3: "A SubStatement MUST NOT have the 'id', 'stored', 'version' or
    'authority' properties"."""
    statement = valid_statement(object=sub_statement(**{prop: value}), context=REMOVE)
    assert_rejected(statement, f"object.{prop}", f"MUST NOT have the {prop} property")


@both_versions
def test_it_rejects_a_sub_statement_inside_a_sub_statement(version):
    """xAPI-Data 2.4.4.3.s8.b4: "A SubStatement MUST NOT contain a SubStatement of its own, i.e., cannot
    be nested"."""
    statement = valid_statement(object=sub_statement(object=sub_statement()), context=REMOVE)
    assert_rejected(statement, "object.object.objectType", "MUST NOT contain a SubStatement", version)


def test_it_validates_a_sub_statement_as_a_statement():
    """xAPI-Data 2.4.4.3.s8.b2: "A SubStatement MUST be validated as a Statement"."""
    statement = valid_statement(object=sub_statement(actor={"mbox": "sub@example.com"}), context=REMOVE)
    assert_rejected(statement, "object.actor.mbox", "must be a mailto IRI")


@pytest.mark.parametrize("prop", ["actor", "verb", "object"])
def test_it_rejects_a_sub_statement_without_a_required_property(prop):
    """xAPI-Data 2.4.4.3.s8.b2 with 2.2.s2.b3: a SubStatement needs actor, verb and object."""
    statement = valid_statement(object=sub_statement(), context=REMOVE)
    del statement["object"][prop]
    assert_rejected(statement, f"object.{prop}", "is required")


def test_it_rejects_a_sub_statement_object_type_in_the_wrong_case():
    """xAPI-Data 2.4.4.3.s8.b1: "A SubStatement MUST specify an 'objectType' property with the value
    SubStatement"."""
    statement = valid_statement(object=sub_statement(objectType="substatement"), context=REMOVE)
    assert_rejected(statement, "object.objectType", "must be one of")


# Result (xAPI-Data 2.4.5)


@pytest.mark.parametrize(
    "score",
    [
        {"scaled": -1},
        {"scaled": 1.0},
        {"raw": 0, "min": 0, "max": 10},
        {"raw": 10, "min": 0, "max": 10},
        {"raw": -5.5},
    ],
)
def test_it_accepts_scores_within_their_bounds(score):
    """xAPI-Data 2.4.5.1.s2: scaled between -1 and 1 inclusive; raw between min and max inclusive, or
    unrestricted without them."""
    assert_valid(with_value(valid_statement(), "result.score", score))


@pytest.mark.parametrize("scaled", [1.01, -1.00001, 95])
def test_it_rejects_a_scaled_score_outside_minus_one_to_one(scaled):
    """xAPI-Data 2.4.5.1.s2: scaled is a "Decimal number between -1 and 1, inclusive"."""
    statement = with_value(valid_statement(), "result.score", {"scaled": scaled})
    assert_rejected(statement, "result.score.scaled", "between -1 and 1 inclusive")


@pytest.mark.parametrize(("raw", "fragment"), [(-1, "less than min"), (11, "greater than max")])
def test_it_rejects_a_raw_score_outside_min_and_max(raw, fragment):
    """xAPI-Data 2.4.5.1.s2: raw is a "Decimal number between min and max (if present ...), inclusive"."""
    statement = with_value(valid_statement(), "result.score.raw", raw)
    assert_rejected(statement, "result.score.raw", fragment)


@pytest.mark.parametrize(("low", "high"), [(10, 0), (5, 5)])
def test_it_rejects_a_min_that_is_not_less_than_max(low, high):
    """xAPI-Data 2.4.5.1.s2: min is a "Decimal number less than max (if present)"."""
    statement = with_value(valid_statement(), "result.score", {"min": low, "max": high})
    assert_rejected(statement, "result.score.min", "min must be less than max")


def test_it_rejects_a_score_that_is_not_an_object():
    """xAPI-Data 2.4.5.s2: score is an Object (conformance XAPI-00079)."""
    assert_rejected(with_value(valid_statement(), "result.score", 12345), "result.score", "JSON object")


def test_it_rejects_a_score_that_is_not_a_finite_number():
    """xAPI-Data 2.4.5.1: scores are decimal numbers; Python's JSON parser reads NaN, JSON has no NaN."""
    statement = with_value(valid_statement(), "result.score.raw", math.nan)
    assert_rejected(statement, "result.score.raw", "finite number")


@pytest.mark.parametrize(
    "duration",
    ["PT1H0M0.1S", "PT4H35M59.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "PT16559.14S", "PT0.5H", "P1DT2H"],
)
def test_it_accepts_iso8601_durations(duration):
    """xAPI-Data 4.6.s2: example Durations; ISO 8601:2004(E) 4.4.3.2 allows a fraction on the lowest-order
    component."""
    assert_valid(with_value(valid_statement(), "result.duration", duration))


@pytest.mark.parametrize(
    "duration",
    [
        "PA1H0M0S",
        "P4W1D",
        "P",
        "PT",
        "P1DT",
        "should fail",
        "P0003-01-29T04:35:59",
        "PT1.5H30M",
        "-PT1S",
        "p1d",
    ],
)
def test_it_rejects_a_duration_that_is_not_iso8601(duration):
    """xAPI-Data 4.6.s1.b1: "A Duration MUST be expressed using the format for Duration in ISO
    8601:2004(E) section 4.4.3.2. The alternative format ... MUST NOT be used"; "P4W1D is not valid"."""
    statement = with_value(valid_statement(), "result.duration", duration)
    assert_rejected(statement, "result.duration", "must be an ISO 8601 duration")


def test_it_rejects_a_numeric_duration():
    """xAPI-Data 4.6: a Duration is a string (conformance XAPI-00124)."""
    assert_rejected(
        with_value(valid_statement(), "result.duration", 12345), "result.duration", "must be a string"
    )


# Context (xAPI-Data 2.4.6)


@pytest.mark.parametrize("kind", ["parent", "grouping", "category", "other"])
@both_versions
def test_it_accepts_a_single_context_activity_object(kind, version):
    """xAPI-Data 2.4.6.2.s4.b2: "Every value in the contextActivities Object MUST be either a single
    Activity Object or an array of Activity Objects" ("so that 0.95 Statements will be compatible")."""
    statement = with_value(
        valid_statement(), "context.contextActivities", {kind: context_activity("course/1")}
    )
    assert_valid(statement, version)


def test_it_accepts_context_activities_with_definitions_and_without_object_type():
    """xAPI-Data Appendix A: context activities are full Activity Objects."""
    category = {
        "id": "https://w3id.org/xapi/cmi5/context/categories/cmi5",
        "definition": {"name": {"en": "cmi5"}},
    }
    assert_valid(with_value(valid_statement(), "context.contextActivities.category", [category]))


def test_it_rejects_a_context_activities_key_that_is_not_one_of_the_four():
    """xAPI-Data 2.4.6.2.s4.b1: "Every key in the contextActivities Object MUST be one of parent, grouping,
    category, or other"."""
    statement = with_value(
        valid_statement(), "context.contextActivities.course", [context_activity("course/1")]
    )
    assert_rejected(statement, "context.contextActivities.course", "not a property")


def test_it_rejects_empty_context_activities():
    """xAPI-Data 2.4.6.2 and conformance "A 'contextActivities' property contains one or more key/value
    pairs"."""
    statement = with_value(valid_statement(), "context.contextActivities", {})
    assert_rejected(statement, "context.contextActivities", "at least one of parent")


@pytest.mark.parametrize(
    ("value", "location", "fragment"),
    [
        ([{"id": "not an iri"}], "context.contextActivities.parent[0].id", "must be an absolute IRI"),
        ({"id": "not an iri"}, "context.contextActivities.parent.id", "must be an absolute IRI"),
        (
            [context_activity("a"), mbox_agent()],
            "context.contextActivities.parent[1].objectType",
            "'Activity'",
        ),
        ("http://example.com/course", "context.contextActivities.parent", "JSON object"),
    ],
)
def test_it_rejects_a_context_activity_that_is_not_an_activity(value, location, fragment):
    """xAPI-Data 2.4.6.2.s4.b2: values are Activity Objects; the error names the offending element."""
    statement = with_value(valid_statement(), "context.contextActivities.parent", value)
    assert_rejected(statement, location, fragment)


def test_it_rejects_a_registration_that_is_not_a_uuid():
    """xAPI-Data 2.4.6.s3: registration is a UUID."""
    statement = with_value(valid_statement(), "context.registration", "should fail")
    assert_rejected(statement, "context.registration", "must be a UUID")


@pytest.mark.parametrize("instructor", [mbox_agent("teacher@example.com"), anonymous_group()])
def test_it_accepts_an_agent_or_group_as_instructor(instructor):
    """xAPI-Data 2.4.6.s3: instructor is an "Agent (MAY be a Group)"."""
    assert_valid(with_value(valid_statement(), "context.instructor", instructor))


def test_it_rejects_an_agent_as_team():
    """xAPI-Data 2.4.6.s3: team is a Group (conformance "An 'team' property is a Group")."""
    statement = with_value(valid_statement(), "context.team", mbox_agent())
    assert_rejected(statement, "context.team.objectType", "must be exactly 'Group'")


@pytest.mark.parametrize("prop", ["revision", "platform"])
@pytest.mark.parametrize(
    "statement_object",
    [mbox_agent(), identified_group(), statement_ref(), sub_statement()],
    ids=["agent", "group", "statement-ref", "sub-statement"],
)
@both_versions
def test_it_rejects_revision_and_platform_unless_the_object_is_an_activity(prop, statement_object, version):
    """xAPI-Data 2.4.6.s4.b1-b2: "The 'revision' [and 'platform'] property MUST only be used if the
    Statement's Object is an Activity"."""
    statement = valid_statement(object=statement_object, context={prop: "1.2"})
    assert_rejected(statement, f"context.{prop}", "MUST only be used", version)


def test_it_rejects_revision_in_a_sub_statement_whose_object_is_an_agent():
    """xAPI-Data 2.4.6.s4.b1 within a SubStatement (validated as a Statement, 2.4.4.3.s8.b2)."""
    inner = sub_statement(object=mbox_agent(), context={"revision": "2"})
    assert_rejected(
        valid_statement(object=inner, context=REMOVE), "object.context.revision", "MUST only be used"
    )


def test_it_accepts_revision_and_platform_when_the_object_is_an_activity_without_object_type():
    """xAPI-Data 2.4.4.s2: an object without objectType is an Activity, so revision and platform apply."""
    statement = valid_statement(
        object={"id": "http://example.com/a"}, context={"revision": "2", "platform": "web"}
    )
    assert_valid(statement)


@pytest.mark.parametrize(
    ("reference", "location", "fragment"),
    [
        ({"objectType": "statementref", "id": STATEMENT_ID}, "objectType", "must be exactly 'StatementRef'"),
        ({"objectType": "StatementRef", "id": "should fail"}, "id", "must be a UUID"),
        ({"id": STATEMENT_ID}, "objectType", "objectType is required"),
    ],
)
def test_it_rejects_a_context_statement_that_is_not_a_statement_reference(reference, location, fragment):
    """xAPI-Data 2.4.6.s3: context.statement is a Statement Reference (conformance XAPI-00092), which
    "MUST specify an 'objectType' property with the value StatementRef" (2.4.4.3.s4.b1)."""
    statement = with_value(valid_statement(), "context.statement", reference)
    assert_rejected(statement, f"context.statement.{location}", fragment)


# contextAgents and contextGroups (xAPI 2.0.0 4.2.2.5)


def context_agents_and_groups() -> dict:
    return {
        "contextAgents": [
            {
                "objectType": "contextAgent",
                "agent": mbox_agent("player-1@example.com"),
                "relevantTypes": ["https://example.com/xapi/activity-types/personnel/player"],
            }
        ],
        "contextGroups": [
            {
                "objectType": "contextGroup",
                "group": identified_group(member=[mbox_agent("player-2@example.com")]),
                "relevantTypes": ["https://example.com/xapi/activity-types/team/a"],
            },
            {"objectType": "contextGroup", "group": anonymous_group()},
        ],
    }


def test_it_accepts_context_agents_and_groups_in_2_0():
    """2.0.0 4.2.2.5: contextAgents and contextGroups are arrays of contextAgent and contextGroup Objects."""
    assert_valid(valid_statement(context=context_agents_and_groups()), V2)


def test_it_accepts_context_agents_in_a_2_0_sub_statement():
    """2.0.0 4.2.2.3: a Sub-Statement has a context like any Statement."""
    inner = sub_statement(context=context_agents_and_groups())
    assert_valid(valid_statement(object=inner, context=REMOVE), V2)


@pytest.mark.parametrize("prop", ["contextAgents", "contextGroups"])
def test_it_rejects_context_agents_and_groups_in_1_0_3(prop):
    """xAPI-Data 2.4.6.s3 (1.0.3) defines no contextAgents or contextGroups; 2.2.s4.b1.b7 rejects keys
    the specification does not allow."""
    statement = valid_statement(context={prop: context_agents_and_groups()[prop]})
    assert_rejected(statement, f"context.{prop}", "only defined from xAPI 2.0.0")


@pytest.mark.parametrize(
    ("path", "value", "location", "fragment"),
    [
        ("context.contextAgents[0].objectType", "Should fail", "objectType", "'contextAgent'"),
        ("context.contextAgents[0].objectType", REMOVE, "objectType", "is required"),
        ("context.contextAgents[0].agent", {"key": "Should fail"}, "agent.key", "not a property"),
        ("context.contextAgents[0].agent", identified_group(), "agent.objectType", "'Agent'"),
        ("context.contextAgents[0].relevantTypes", [], "relevantTypes", "at least one item"),
        ("context.contextAgents[0].relevantTypes", ["abc"], "relevantTypes[0]", "must be an absolute IRI"),
    ],
)
def test_it_rejects_an_invalid_context_agent(path, value, location, fragment):
    """2.0.0 Context Agents Table: objectType "contextAgent" and a valid Agent are required; relevantTypes
    is "A collection of 1 or more Relevant Type(s)" (IRIs); conformance contextagents.js."""
    statement = with_value(valid_statement(context=context_agents_and_groups()), path, value)
    assert_rejected(statement, f"context.contextAgents[0].{location}", fragment, V2)


@pytest.mark.parametrize(
    ("path", "value", "location", "fragment"),
    [
        ("context.contextGroups[0].objectType", "Should fail", "objectType", "'contextGroup'"),
        ("context.contextGroups[0].group", {"key": "Should fail"}, "group.objectType", "is required"),
        ("context.contextGroups[0].group", mbox_agent(), "group.objectType", "'Group'"),
        ("context.contextGroups[0].relevantTypes", [], "relevantTypes", "at least one item"),
        ("context.contextGroups[0].member", [mbox_agent()], "member", "not a property"),
    ],
)
def test_it_rejects_an_invalid_context_group(path, value, location, fragment):
    """2.0.0 Context Group Table: objectType "contextGroup" and a valid Group are required; conformance
    contextgroups.js."""
    statement = with_value(valid_statement(context=context_agents_and_groups()), path, value)
    assert_rejected(statement, f"context.contextGroups[0].{location}", fragment, V2)


# Timestamps (xAPI-Data 2.4.7, 4.5; 2.0.0 4.2.7)


@pytest.mark.parametrize(
    "timestamp",
    [
        "2013-05-18T05:32:34.804Z",
        "2015-11-18T12:17:00+00:00",
        "2008-09-15 15:53:00.601+00:00",
        "2013-05-18T05:32:34-05:30",
        "2016-12-31T23:59:60Z",
        "2024-02-29T00:00:00Z",
        "2013-05-18T05:32:34.123456789+14:00",
    ],
)
@both_versions
def test_it_accepts_rfc3339_timestamps(timestamp, version):
    """xAPI-Data 4.5.s1.b2: "A Timestamp SHOULD* be expressed using the format described in RFC 3339";
    the 2.0.0 conformance suite accepts "2008-09-15 15:53:00.601+00:00"."""
    assert_valid(valid_statement(timestamp=timestamp), version)


@pytest.mark.parametrize("timestamp", ["2013-05-18T05:32:34", "20130518T053234Z", "2013-05-18T05:32Z"])
def test_it_accepts_other_iso8601_timestamps_in_1_0_3(timestamp):
    """xAPI-Data 4.5.s1.b1: "A Timestamp MUST be formatted according to ISO 8601"; the time zone is a
    SHOULD* (4.5.s1.b4) and conformance XAPI-00123 accepts ISO 8601 Extended or Basic."""
    assert_valid(valid_statement(timestamp=timestamp), V1)


@pytest.mark.parametrize("timestamp", ["2013-05-18T05:32:34", "20130518T053234Z", "2013-05-18T05:32Z"])
def test_it_rejects_timestamps_without_a_time_zone_or_seconds_in_2_0(timestamp):
    """2.0.0 4.2.7: timestamps are RFC 3339 date-times with an offset ("An LRS shall convert Timestamps to
    UTC")."""
    assert_rejected(
        valid_statement(timestamp=timestamp), "timestamp", "RFC 3339 timestamp with a time zone", V2
    )


@pytest.mark.parametrize(
    "timestamp",
    [
        "01/011/2015",
        "should fail",
        "2008-09-15T15:53:00.601-00",
        "2008-09-15T15:53:00.601-0000",
        "2008-09-15T15:53:00.601-00:00",
        "2013-02-29T00:00:00Z",
        "2013-05-18T25:00:00Z",
        "2013-05-18",
        "2013-05-18T05:32:34+0100",
    ],
)
@both_versions
def test_it_rejects_timestamps_that_are_not_iso8601_instants(timestamp, version):
    """xAPI-Data 4.5.s1.b1: "A Timestamp MUST be formatted according to ISO 8601"; the conformance suite
    rejects the -00, -0000 and -00:00 offsets (RFC 3339 4.3 "unknown local offset")."""
    assert_rejected(valid_statement(timestamp=timestamp), "timestamp", "timestamp", version)


@both_versions
def test_it_validates_stored_even_though_the_lrs_overwrites_it(version):
    """xAPI-Data 2.4.8.s3.b2: "An LRS SHOULD validate and then MUST overwrite any value currently in the
    'stored' property"."""
    assert_valid(valid_statement(stored="2013-05-18T05:32:34.804+00:00"), version)
    assert_rejected(valid_statement(stored="yesterday"), "stored", "timestamp", version)


# Version (xAPI-Data 2.4.10; 2.0.0 4.2.4)


@pytest.mark.parametrize("statement_version", ["1.0", "1.0.0", "1.0.3", "1.0.9"])
def test_it_accepts_1_0_versions_in_1_0_3(statement_version):
    """xAPI-Data 2.4.10.s3.b1: "An LRS MUST accept all Statements where their version starts with 1.0.
    if they otherwise validate" (conformance accepts "1.0" and "1.0.9")."""
    assert_valid(valid_statement(version=statement_version), V1)


@pytest.mark.parametrize("statement_version", ["2.0.0", "1.1.0", "0.9.9", "should fail", "1.0.x", ""])
def test_it_rejects_other_versions_in_1_0_3(statement_version):
    """xAPI-Data 2.4.10.s3.b2: "An LRS MUST reject all Statements with a version specified that does not
    start with 1.0."."""
    assert_rejected(valid_statement(version=statement_version), "version", "start with 1.0.", V1)


@pytest.mark.parametrize("statement_version", ["2.0.0", "2.0", "1.0.0"])
def test_it_accepts_2_0_and_1_0_versions_in_2_0(statement_version):
    """2.0.0 4.2.4.2: "An LRS should not reject a Statement that is otherwise valid except the version";
    the statement version "is always 2.0.0 for all 2.0.x versions" (4.1.7)."""
    assert_valid(valid_statement(version=statement_version), V2)


@pytest.mark.parametrize("statement_version", ["2.1.0", "3.0.0", "two"])
def test_it_rejects_versions_that_are_not_1_0_or_2_0_in_2_0(statement_version):
    """2.0.0 4.2.2: version is "formatted according to Semantic Versioning 1.0.0"; 2.1 and later are a
    different data model (4.1.7)."""
    assert_rejected(valid_statement(version=statement_version), "version", "2.0.x or 1.0.x", V2)


# Authority (xAPI-Data 2.4.9)


def test_it_accepts_an_agent_as_authority():
    """xAPI-Data 2.4.9.s3.b1: "Authority MUST be an Agent, except in 3-legged OAuth"."""
    assert_valid(valid_statement(authority=account_agent("lrs-client")))


@both_versions
def test_it_accepts_an_oauth_group_of_two_agents_as_authority(version):
    """xAPI-Data 2.4.9.s8: "The pairing of an OAuth consumer and a user"."""
    oauth = anonymous_group(
        {"account": {"homePage": "http://example.com/xAPI/OAuth/Token", "name": "oauth_consumer_x75db"}},
        {"mbox": "mailto:bob@example.com"},
    )
    assert_valid(valid_statement(authority=oauth), version)


@pytest.mark.parametrize("count", [1, 3])
def test_it_rejects_an_authority_group_without_exactly_two_agents(count):
    """xAPI-Data 2.4.9.s3.b1: "... where it MUST be a Group with two Agents" (conformance XAPI-00098)."""
    members = [mbox_agent(f"member{n}@example.com") for n in range(count)]
    statement = valid_statement(authority=anonymous_group(*members))
    assert_rejected(statement, "authority.member", "exactly two Agents")


def test_it_rejects_an_identified_group_as_authority():
    """xAPI-Data 2.4.9.s3.b1; conformance "Statement authority shall only be an anonymous group with two
    members"."""
    statement = valid_statement(authority=anonymous_group() | {"openid": "http://openid.example.org/12345"})
    assert_rejected(statement, "authority.openid", "anonymous Group of two Agents")


def test_it_rejects_an_authority_that_is_not_an_agent():
    """xAPI-Data 2.4.9: authority is an Agent or Group, identified like any Agent."""
    assert_rejected(valid_statement(authority={"name": "LRS"}), "authority", "MUST be identified")


# Voiding (xAPI-Data 2.3.2; 2.0.0 4.2.5)


def test_it_accepts_a_voiding_statement():
    """xAPI-Data 2.3.2.s3: the example voiding Statement."""
    voiding = minimal_statement(verb={"id": VOIDED, "display": {"en-US": "voided"}}, object=statement_ref())
    assert_valid(voiding)


@both_versions
def test_it_rejects_a_voiding_statement_whose_object_is_not_a_statement_reference(version):
    """xAPI-Data 2.3.2.s2.b1: "the Object of that voiding Statement MUST have the 'objectType' property set
    to StatementRef"; 2.0.0 4.2.5 "The LRS shall reject Statements with the verb .../voided when the
    objectType property is not StatementRef"."""
    statement = valid_statement(verb={"id": VOIDED})
    assert_rejected(statement, "object.objectType", "MUST be a StatementRef", version)


# Attachments (xAPI-Data 2.4.11)


@both_versions
def test_it_accepts_an_attachment(version):
    """xAPI-Data 2.4.11.s2: an Attachment with every property."""
    assert_valid(valid_statement(attachments=[attachment()]), version)


def test_it_accepts_an_attachment_without_optional_properties():
    """xAPI-Data 2.4.11.s2: description and fileUrl are Optional."""
    assert_valid(valid_statement(attachments=[attachment(description=REMOVE, fileUrl=REMOVE)]))


@pytest.mark.parametrize("prop", ["usageType", "display", "contentType", "length", "sha2"])
def test_it_rejects_an_attachment_without_a_required_property(prop):
    """xAPI-Data 2.4.11.s2: usageType, display, contentType, length and sha2 are Required; sha2 "is always
    required, even if fileURL is also specified"."""
    statement = with_value(valid_statement(attachments=[attachment()]), f"attachments[0].{prop}", REMOVE)
    assert_rejected(statement, f"attachments[0].{prop}", "is required")


@pytest.mark.parametrize(
    ("length", "fragment"),
    [
        (27.5, "must be an integer"),
        ("27", "must be an integer"),
        (True, "must be an integer"),
        (-1, "greater than"),
    ],
)
def test_it_rejects_an_attachment_length_that_is_not_a_non_negative_integer(length, fragment):
    """xAPI-Data 2.4.11.s2: length is an Integer, "The length of the Attachment data in octets"."""
    statement = valid_statement(attachments=[attachment(length=length)])
    assert_rejected(statement, "attachments[0].length", fragment)


@pytest.mark.parametrize(
    ("prop", "value", "fragment"),
    [
        ("usageType", "signature", "must be an absolute IRI"),
        ("fileUrl", "file.txt", "must be an absolute IRL"),
        ("sha2", "not-a-hash", "SHA-2 hash"),
        ("contentType", "plain text", "Internet Media Type"),
        ("display", {"something": "x"}, "RFC 5646"),
    ],
)
def test_it_rejects_an_attachment_property_in_the_wrong_format(prop, value, fragment):
    """xAPI-Data 2.4.11.s2: usageType is an IRI, fileUrl an IRL, sha2 the SHA-2 of the data, contentType
    an Internet Media Type, display a Language Map."""
    statement = valid_statement(attachments=[attachment(**{prop: value})])
    assert_rejected(statement, f"attachments[0].{prop}", fragment)


def test_it_rejects_attachments_that_are_not_an_array():
    """xAPI-Data 2.4.s1: attachments is an "Ordered array of Attachment Objects"."""
    assert_rejected(valid_statement(attachments=attachment()), "attachments", "must be an array")
