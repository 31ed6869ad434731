"""generator.emit.layout.fit: a long statement laid out as black lays it out, or left to
black on one line; never a change of what the code means."""

from __future__ import annotations

import black
import pytest

from generator.emit import format as fmt
from generator.emit.layout import concatenation, docstring_literal, fit


def _in_function(statement: str, indent: int) -> str:
    """``statement`` at column ``indent`` (4, 8 or 12) of a module black accepts."""
    heads = ["class C:\n", "    def f(self):\n", "        if self:\n"]
    body = "\n" + " " * (indent + 4) + "pass" if statement.startswith("def ") else ""
    return "".join(heads[: indent // 4]) + " " * indent + statement.replace("\n", "\n" + " " * indent) + body + "\n"


def _in_call(item: str, indent: int) -> str:
    item = item.replace("\n", "\n" + " " * indent)
    return "class C:\n    def f(self):\n        return cls(\n" + " " * indent + item + "\n        )\n"


NAME = "VirtualMachineScaleSetVMInstanceView"
LONG = "virtual_machine_scale_set_extension_profile_properties"
STATEMENTS = [
    (0, f"_{NAME}Actions_MEMBERS: dict[str, {NAME}Actions] = {{_m.value: _m for _m in {NAME}Actions}}"),
    (0, f"_{NAME}{NAME}_MEMBERS: dict[str, {NAME}{NAME}] = {{_m.value: _m for _m in {NAME}{NAME}}}"),
    (8, '_params.append(("searchCriteria[filterGroups][0][filters][0][field]", _serde.to_wire(search_criteria_filter_groups_0_filters_0_field)))'),
    (8, '_headers["X-Amz-Target"] = _serde.to_wire("ComprehendMedical_20181030.DescribeEntitiesDetectionV2Job")'),
    (8, f'return _body if type(_body) is bool else _serde.wrong_type(_body, "{LONG} response 200", "true or false")'),
    (8, f'return _body if type(_body) is bool else _serde.wrong_type(_body, "{NAME} 200", "true or false")'),
    (8, f'x = _body if type(_body) is bool else _serde.wrong_type(_body, "{LONG}{LONG} response 200", "true or false")'),
    (8, f'_validation.check_model(path + ".{LONG}", self.{LONG}, required=False, model={NAME})'),
    (8, '_validation.check_str(path + ".x", self.x, required=True, min_length=1, max_length=80, pattern=_PATTERN_1, fmt="uuid")'),
    (8, f"_validation.check_secret(_validation.check_str, path + \".{LONG}\", self.{LONG}, required=False)"),
    (12, f'_validation.check_model(path + ".{LONG}" + f"[{{_n0_1}}]", _i0_1, required=True, model={NAME})'),
    (8, f'_get = (data if type(data) is dict else _serde.not_object(data, "{NAME}{NAME}")).get'),
    (8, f'_get = (data if type(data) is dict else _serde.not_object(data, "{NAME}")).get'),
    (4, f"def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> {NAME}{NAME}:"),
    (4, f"def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> {NAME}:"),
    (4, "def virtual_machine_scale_set_rolling_upgrades(self) -> VirtualMachineScaleSetRollingUpgradesOperations:"),
    (0, "def handle_virtual_machine_scale_sets_force_recovery_service_fabric_platform_update_domain_walk_response(response: httpx.Response) -> RecoveryWalkResponse:"),
    (8, f"return _serde.strictly(_operations.handle_{LONG}_response, _response)"),
    (8, f'return _t.cast("{NAME}", _serde.empty(_response, "{LONG}", "{LONG}"))'),
    (8, f"x = {NAME}.from_dict(_v, {LONG}, {LONG})"),
    (12, f'_result["{LONG}"] = [_i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.{LONG}]'),
    (12, '_result["storageProfileOfTheMachine"] = self.storage_profile_of_the_machine.to_dict(exclude_readonly=exclude_readonly)'),
    (12, '_result["isCustomerInitiatedMaintenanceAllowed"] = self.is_customer_initiated_maintenance_allowed'),
    (8, f"{LONG} = self.{LONG}"),
    (12, f'_result["{LONG}"] = self.{LONG}.to_dict(exclude_readonly=exclude_readonly)'),
    (12, '_result["additionalAuthenticationProviders"] = self.additional_authentication_providers.to_dict(exclude_readonly=exclude_readonly)'),
    (8, "return _virtual_machine_scale_set_rolling_upgrades_operations.VirtualMachineScaleSetRollingUpgradesOperations(self._pipeline, self._config)"),
    (8, "return _operations.handle_virtual_machine_scale_set_v_ms_get_instance_view_response_long(_response)"),
    (12, "return _serde.strictly(_operations.handle_virtual_machine_scale_sets_convert_to_single_placement_group_response, _response)"),
    (4, "user_assigned_identities: dict[str, VirtualMachineIdentityUserAssignedIdentitiesValue] | None = None"),
    (4, "public_ip_address_configuration: VirtualMachineScaleSetPublicIPAddressConfiguration | None = None"),
    # A display black has to split goes one item a line, though its items would fit on one.
    (8, '_validation.check_str(path + ".type", self.type, required=True, allowed=("API_KEY", "AWS_IAM", "AMAZON_COGNITO_USER_POOLS", "OPENID_CONNECT"))'),
    (8, '_DAYS: tuple[str, ...] = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Holiday")'),
    (8, '_KEYS = ["virtual_machine_scale_set", "virtual_machine_scale_set_vm", "virtual_machine_extension", "x"]'),
    # A call's arguments (and a subscript's) stay on one line when they fit there.
    (8, f'_result = _serde.request("virtual_machine_scale_set", "virtual_machine_scale_set_vm", "{LONG}")'),
]
ITEMS = [
    (12, f"None if {LONG}_options is None else {LONG}_options.client_request_id,"),
    (12, f'{LONG}=(None if (_v := _get("{LONG}")) is None else {NAME}{NAME}{NAME}.from_dict(_v)),'),
    (12, f'{LONG}=(None if (_v := _get("{LONG}")) is None else {NAME}.from_dict(_v)),'),
    (12, f'code=(None if (_v := _get("code")) is None else _v if type(_v) is str else _serde.wrong_type(_v, "{NAME}.code", "a string")),'),
    (12, 'op=(None if (_v := _get("registrationTokenOperation")) is None else _Op_MEMBERS.get(_v, _v) if type(_v) is str else _serde.as_enum(RegistrationTokenOperation, _v, "RegistrationInfo.registrationTokenOperation")),'),
    (12, f'items=(None if (_v := _get("items")) is None else [{NAME}.from_dict(_i0) for _i0 in _serde.as_list(_v, "{NAME}.items")]),'),
    (12, f'items=(None if (_v := _get("items")) is None else [_i0 if type(_i0) is str else _serde.wrong_type(_i0, "{NAME}.items", "a string") for _i0 in _serde.as_list(_v, "{NAME}.items")]),'),
    (12, f'when=(_serde.missing("{NAME}.when") if (_v := _get("when")) is None else _serde.parse_datetime(_v, "{NAME}.when")),'),
    (12, 'network_interface_configurations=(None if (_v := _get("networkInterfaceConfigurations")) is None else [VirtualMachineScaleSetNetworkConfiguration.from_dict(_i0) for _i0 in _serde.as_list(_v, "VirtualMachineScaleSetNetworkProfile.networkInterfaceConfigurations")]),'),
    (12, f'tags=(None if (_v := _get("tags")) is None else {{_k0: _v0 if type(_v0) is str else _serde.wrong_type(_v0, "{NAME}.tags", "a string") for _k0, _v0 in _serde.as_dict(_v, "{NAME}.tags").items()}}),'),
    (12, 'enable_accelerated_networking=(None if (_v := _get("enableAcceleratedNetworking")) is None else _v if type(_v) is bool else _serde.wrong_type(_v, "VirtualMachineScaleSetNetworkConfigurationProperties.enableAcceleratedNetworking", "true or false")),'),
    (12, 'message=(None if (_v := _get("message")) is None else _v if type(_v) is str else _serde.wrong_type(_v, "ApiError.message", "a string")),'),
    (12, 'protected_settings=(None if (_v := _get("protectedSettings")) is None else {_k0: _v0 for _k0, _v0 in _serde.as_dict(_v, "VirtualMachineExtensionProperties.protectedSettings").items()}),'),
    (12, 'allowed=("letter", "legal", "tabloid", "ledger", "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"),'),
    (12, 'additional_properties={_k: _x for _k, _x in data.items() if _k not in ["@search.text", "@search.score"]},'),
    (12, f'additional_properties={{_k: {NAME}.from_dict(_x) for _k, _x in data.items() if _k not in ["@search.text", "@search.score"]}},'),
]


@pytest.mark.parametrize(("indent", "statement"), STATEMENTS)
def test_a_statement_is_laid_out_as_black_does(indent: int, statement: str) -> None:
    flat = _in_function(statement, indent)
    laid_out = _in_function(fit(statement, indent), indent)
    formatted = black.format_str(flat, mode=fmt.mode())
    assert black.format_str(laid_out, mode=fmt.mode()) == formatted  # the same output
    assert laid_out == formatted  # and black has nothing to do


@pytest.mark.parametrize(("indent", "item"), ITEMS)
def test_an_item_is_laid_out_as_black_does(indent: int, item: str) -> None:
    flat = _in_call(item, indent)
    laid_out = _in_call(fit(item, indent, item=True), indent)
    formatted = black.format_str(flat, mode=fmt.mode())
    assert black.format_str(laid_out, mode=fmt.mode()) == formatted
    assert laid_out == formatted


@pytest.mark.parametrize(
    "statement",
    [
        "x = a_long_name + another_long_name(argument_one, argument_two, argument_three, argument_four)",
        "_result['key'] = _other['key'] = [item.to_dict(exclude_readonly=True) for item in self.some_long_list_name]",
        f'_result.setdefault("properties", {{}})["{LONG}"] = self.{LONG}.to_dict(exclude_readonly=exclude_readonly)',
        '_result.setdefault("properties", {})["rampUpCapacityThresholdPct"] = self.ramp_up_capacity_threshold_pct',
        "x = f(lambda value_one, value_two: value_one + value_two, some_long_argument_name, another_long_argument)",
        "def g(x): return x + very_long_name_number_one + very_long_name_number_two + very_long_name_number_three",
    ],
)
def test_what_it_does_not_know_stays_on_one_line(statement: str) -> None:
    assert fit(statement, 8) == statement


def test_a_short_statement_is_left_as_it_is() -> None:
    assert fit("_validation.check_str(path, self.x, required=False)", 8) == "_validation.check_str(path, self.x, required=False)"


@pytest.mark.parametrize(
    "operands",
    [
        ["config.endpoint", '"/items"'],
        ["config.endpoint", '"/subscriptions/"', '_serde.path_segment("subscription_id", _serde.to_wire(config.subscription_id))'],
        ["config.endpoint", '"/subscriptions/"', "_serde.to_wire(subscription_id)", '"/providers/Microsoft.Compute/availabilitySets"'],
        [
            "config.endpoint",
            '"/subscriptions/"',
            '_serde.path_segment("subscription_id", _serde.to_wire(config.subscription_id))',
            '"/resourceGroups/"',
            '_serde.path_segment("proximity_placement_group_name", _serde.to_wire(proximity_placement_group_name))',
        ],
    ],
)
def test_a_sum_is_laid_out_as_black_does(operands: list[str]) -> None:
    flat = _in_function("_url = " + " + ".join(operands), 4)
    laid_out = _in_function(concatenation(operands, "_url", 4), 4)
    formatted = black.format_str(flat, mode=fmt.mode())
    assert black.format_str(laid_out, mode=fmt.mode()) == formatted
    assert laid_out == formatted


@pytest.mark.parametrize(
    "docstring",
    [
        '"""Model.\n\n    """',
        '"""Model.\n\n    :ivar a: Reference.\nMaximum length: 80.\n    :vartype a: str\n    """',
        '"""Values:\n\n* **a**\n\t* **b**  \n\n    """',
        '"""A quote at the end: \\"\n    more"""',
        '"""' + "word " * 19 + "\n    " + "last " * 19 + 'end"""',
        '"""One line, ended by spaces.   """',
    ],
)
def test_a_docstring_is_written_as_black_does(docstring: str) -> None:
    def in_class(literal: str) -> str:
        return "class C:\n    " + literal + "\n\n    x = 1\n"

    formatted = black.format_str(in_class(docstring), mode=fmt.mode())
    assert in_class(docstring_literal(docstring, 4)) == formatted


@pytest.mark.parametrize(
    ("indent", "parameter"),
    [
        (8, f"job_list_preparation_and_release_task_status_options: {NAME}{NAME} | None = None,"),
        (8, f"job_list_preparation_and_release_task_status_options: {NAME} | None = None,"),
        (4, f"job_list_preparation_and_release_task_status_options: {NAME}{NAME} | {NAME} | None,"),
        (4, f'options: {NAME}{NAME} | None = "default value",'),
    ],
)
def test_a_parameter_is_laid_out_as_black_does(indent: int, parameter: str) -> None:
    def in_def(text: str) -> str:
        heads = "class C:\n    def f(\n" if indent == 8 else "def f(\n"
        return heads + " " * indent + text.replace("\n", "\n" + " " * indent) + "\n" + " " * (indent - 4) + "):\n" + " " * indent + "pass\n"

    formatted = black.format_str(in_def(parameter), mode=fmt.mode())
    assert in_def(fit(parameter, indent, parameter=True)) == formatted


@pytest.mark.parametrize(
    ("code", "laid_out", "same"),
    [
        ("f(a, b)", "f(\n    a,\n    b,\n)", True),
        ("def f(a: int)", "def f(\n    a: int,\n)", True),
        ('f("a b", c)', 'f(\n    "a b",\n    c,\n)', True),
        ("x = (a, b)", "x = (\n    a,\n    b,\n)", True),
        ("f((a))", "f((a,))", False),  # a tuple made of one item
        ("x[a]", "x[\n    a,\n]", False),
        ("not x", "notx", False),  # words run together
        ('f("a,)")', 'f("a)")', False),  # a string changed
        ("f(a)", "f(a, b)", False),
    ],
)
def test_the_quick_check_of_a_layout_passes_only_whitespace_and_trailing_commas(code: str, laid_out: str, same: bool) -> None:
    """What the quick check does not pass goes to the syntax trees' comparison."""
    from generator.emit.layout import _same_text

    assert _same_text(code, laid_out) is same
