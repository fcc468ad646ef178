"""The group-to-role map: the first matching rule decides; bad rules are named at start-up."""

from __future__ import annotations

import pytest

from sluice.gateway.identity.access_map import groups_of, parse_rules, resolve
from sluice.gateway.users.roles import Role

RULES = parse_rules([{"group": "sluice-admins", "role": "admin"},
                     {"group": "acme-approvers", "role": "policy_approver", "tenant": "acme"},
                     {"group": "everyone", "role": "viewer"}])


def test_the_first_rule_in_map_order_decides_whatever_the_order_of_the_groups():
    grant = resolve(RULES, ["everyone", "acme-approvers"])
    assert (grant.role, grant.tenant, grant.group) == (Role.POLICY_APPROVER, "acme", "acme-approvers")
    assert resolve(RULES, ["acme-approvers", "sluice-admins"]).role == Role.ADMIN


def test_no_mapped_group_gives_nothing_and_matching_is_exact():
    assert resolve(RULES, []) is None
    assert resolve(RULES, ["Sluice-Admins", "sluice-admins-old"]) is None


def test_a_groups_claim_may_be_one_string_or_a_list():
    assert groups_of("sluice-admins") == ["sluice-admins"]
    assert groups_of(["a", 3, None, "b"]) == ["a", "b"]
    assert groups_of({"not": "a list"}) == []


@pytest.mark.parametrize("raw, message", [
    ({"group": "a"}, "must be a JSON list"),
    ([{"group": "", "role": "admin"}], "rule 1: \"group\" must be a non-empty string"),
    ([{"group": "a", "role": "admin"}, {"group": "b", "role": "root"}], "rule 2: unknown role 'root'"),
    ([{"group": "a", "role": "admin", "tenant": 7}], "rule 1: \"tenant\" must be a tenant's name"),
    (["sluice-admins"], "rule 1: expected an object"),
])
def test_bad_rules_are_named(raw, message):
    with pytest.raises(ValueError, match=message):
        parse_rules(raw)
