"""The state of one build: the spec, the diagnostics, and every name and type decided so far.

Each step of :mod:`generator.build` is a function of a :class:`BuildContext`: the schema
steps fill its models, enums and patterns (cached by location, so a shared schema is
built once), the operation steps its client parameters, API keys and host template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import Diagnostic, Level
from generator.ir import EnumType, Model, Parameter, Pattern, SecurityScheme, TypeRef, XmlModel
from generator.names import NameRegistry
from generator.spec import Location, Spec

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keyword-only options every generated operation method takes (see the runtime templates).
CALL_OPTIONS = frozenset({"timeout", "deadline", "retries", "client_request_id"})
CLIENT_OPTIONS = frozenset(
    {"credential", "endpoint", "http_client", "timeout", "deadline", "retries", "user_agent", "credential_scopes", "log_bodies", "auto_request_id", "request_id_header", "close", "config"}
)
CLIENT_PARAMETER_NAMES = frozenset({"subscriptionId", "api-version"})
PATH_PARAM = re.compile(r"\{([^{}]+)\}")
# Class-like names the runtime modules define or import next to the models (models are
# imported into _operations.py and _client.py): a model or enum never takes one.
RUNTIME_NAMES = frozenset(
    {
        "AccessToken", "AsyncItemPaged", "AsyncPipeline", "AsyncTokenCredential", "ByteStream", "Call", "ClientConfig", "ItemPaged", "Pipeline", "Request",
        "RetryPolicy", "TimeoutTypes", "TokenCredential", "TracebackType", "AzureError", "ClientAuthenticationError", "ClientError",
        "DeserializationError", "HttpResponseError", "ParameterValidationError", "ResourceExistsError",
        "ResourceNotFoundError", "ServiceRequestError",
    }
)
# Names the client's constructor uses besides its options.
_CLIENT_LOCALS = frozenset({"self", "scopes_for", "httpx"})


def text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True)
class EnumOccurrence:
    """One schema with an ``x-ms-enum`` name, or the merged enum of all those of one name."""

    location: Location
    base: str  # "str", "int" or "float"
    values: tuple[Any, ...]  # in spec order, each once
    descriptions: dict[Any, str]  # x-ms-enum values[].description by value
    value_names: dict[Any, str]  # x-ms-enum values[].name by value
    open: bool  # modelAsString
    description: str


@dataclass
class BuildContext:
    spec: Spec
    file: str
    warnings: list[Diagnostic] = field(default_factory=list)
    errors: list[Diagnostic] = field(default_factory=list)
    classes: NameRegistry = field(default_factory=lambda: NameRegistry(RUNTIME_NAMES))
    # -- schemas (generator.build.schemas, enums, patterns, inheritance) -----------
    models: dict[Location, Model | None] = field(default_factory=dict)
    model_order: list[Location] = field(default_factory=list)
    enums: dict[Location, EnumType] = field(default_factory=dict)
    enums_by_name: dict[str, EnumType] = field(default_factory=dict)  # the same enums by class name (each claimed once)
    types: dict[Location, TypeRef] = field(default_factory=dict)
    building: set[Location] = field(default_factory=set)  # schemas whose type is being built (a cycle without a model)
    patterns: dict[str, Pattern] = field(default_factory=dict)
    schema_names: dict[Location, str] = field(default_factory=dict)
    named_enums: dict[tuple[Any, ...], TypeRef] = field(default_factory=dict)
    # x-ms-enum names: every occurrence met (in build order), and, on a second build, the
    # merged enum of each name and value type (see generator.build.enums.merge_enums).
    enum_occurrences: dict[str, list[EnumOccurrence]] = field(default_factory=dict)
    merged_enums: dict[tuple[str, str], EnumOccurrence] = field(default_factory=dict)
    # The clean class names of the spec's named schemas: an inline schema's derived name
    # (``<Holder><Property>``) never takes one, whichever is built first.
    named_classes: frozenset[str] = frozenset()
    warned: set[Diagnostic] = field(default_factory=set)
    model_nodes: dict[Location, dict[str, Any]] = field(default_factory=dict)
    parents: dict[Location, list[Location]] = field(default_factory=dict)  # allOf $refs to models, in order
    # -- operations (generator.build.operations, parameters, host, security...) ----
    client_params: dict[str, Parameter] = field(default_factory=dict)  # by wire name + location
    client_names: NameRegistry = field(default_factory=lambda: NameRegistry(CLIENT_OPTIONS | _CLIENT_LOCALS))
    functions: NameRegistry = field(default_factory=NameRegistry)
    security: dict[str, SecurityScheme] = field(default_factory=dict)  # the client keywords, by security scheme name
    azure_auth: bool = False  # an Azure spec: OAuth2 is ``credential``, its default scope <endpoint>/.default
    # x-ms-parameterized-host: the base URL template as (literal, parameter name) pairs,
    # its operation-level parameters (by name) and where they go in each method.
    host_template: list[tuple[str | None, str | None]] = field(default_factory=list)
    host_method: dict[str, tuple[dict[str, Any], Location]] = field(default_factory=dict)
    host_first: bool = False
    host_endpoint: Parameter | None = None  # a leading {endpoint}: the client's endpoint argument
    group_models: dict[str, Model] = field(default_factory=dict)  # x-ms-parameter-grouping classes, by group name
    xml_models: dict[str, XmlModel] = field(default_factory=dict)  # the models XML bodies hold, by class name (build/xml.py)

    @property
    def v2(self) -> bool:
        return self.spec.version == "2.0"

    # -- diagnostics ---------------------------------------------------------
    def warn(self, code: str, message: str, location: Location) -> None:
        warning = Diagnostic(Level.WARNING, code, message, self.file_of(location), location.pointer)
        if warning not in self.warned:  # a shared component (a $ref'd response, say) warns once
            self.warned.add(warning)
            self.warnings.append(warning)

    def fail(self, code: str, message: str, location: Location) -> None:
        self.errors.append(Diagnostic(Level.ERROR, code, message, self.file_of(location), location.pointer))

    def file_of(self, location: Location) -> str:
        """The file a diagnostic names: the spec as the user gave it, else the file itself."""
        location = self.spec.origin(location)
        if location.file == self.spec.root.path:
            return self.file
        return str(location.file)
