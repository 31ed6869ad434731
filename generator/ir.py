"""The intermediate model: what a client is, independent of the spec format.

Frozen dataclasses, nouns only.  :mod:`generator.build` makes every decision (names,
types, Python annotations, wire names, validation rules) while building these, so the
templates only lay code out.  Swagger 2.0 and OpenAPI 3.x land in the same model;
nothing downstream knows which one a spec was.

Every field is documented in ``docs/templates.md`` (a test checks that).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

# The closed sets of values some fields take (docs/templates.md lists what each means);
# mypy --strict checks that the build stage produces no other.
TypeKind = Literal[
    "str", "int", "float", "bool", "datetime", "rfc1123", "unixtime", "date", "time", "duration", "byte", "base64url",
    "enum", "model", "list", "dict", "any", "bytes", "text", "binary", "stream", "media", "union",
]
EnumBase = Literal["str", "int", "float"]
ParameterLocation = Literal["path", "query", "header", "cookie", "body", "form", "group", "content-type"]
MediaKind = Literal["json", "text", "binary"]
HeaderReadAs = Literal["text", "str", "int", "float", "bool"]
SecurityKind = Literal["apiKey", "basic", "bearer", "oauth2"]
CollectionFormat = Literal["csv", "ssv", "tsv", "pipes", "multi"]
XmlKind = Literal["str", "int", "float", "bool", "model", "list", "dict"]
XmlPlace = Literal["attribute", "text", "element"]
# The style of a query, path and header value that is sent as the text of one value.
_PLAIN_STYLES = {"query": "form", "path": "simple", "header": "simple"}


@dataclass(frozen=True)
class Pattern:
    """A regular expression the generated code compiles once, at import."""

    name: str  # module-level constant name in the generated code, e.g. ``_PATTERN_1``
    source: str  # Python ``re`` source, translated from the spec's ECMA-262 pattern
    original: str  # the pattern as the spec wrote it (shown in error messages)


@dataclass(frozen=True)
class Constraints:
    """Validation rules for one value; ``None`` / ``False`` means "no such rule"."""

    min_length: int | None = None
    max_length: int | None = None
    pattern: Pattern | None = None
    format: str | None = None  # formats checked at runtime: "uuid"
    minimum: float | int | None = None
    maximum: float | int | None = None
    exclusive_minimum: bool = False
    exclusive_maximum: bool = False
    multiple_of: float | int | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    allowed: tuple[object, ...] | None = None  # closed set of values (a closed enum)

    @property
    def any(self) -> bool:
        """True when at least one rule is set."""
        return self != _NO_CONSTRAINTS


_NO_CONSTRAINTS = Constraints()


@dataclass(frozen=True)
class TypeRef:
    """The type of a property, parameter or body.

    ``partial`` picks the template partial that decodes and encodes it (``kind`` the checks):
    str, int, float, bool, the codec kinds (datetime, rfc1123, unixtime, date, time,
    duration, byte, base64url), enum, model, list, dict, any, and for bodies bytes (raw),
    text (a text/* response), binary (a request body or form file: bytes or a binary file
    object), stream (a file response, handed over unread) and media (several media types).
    """

    kind: TypeKind
    annotation: str  # the Python annotation, e.g. ``list[RegistrationInfo]``
    name: str | None = None  # class name for kind enum / model
    item: TypeRef | None = None  # element type for list, value type for dict
    constraints: Constraints = _NO_CONSTRAINTS  # rules of the schema itself (items carry their own)
    codec: str | None = None  # for text-encoded values: _serde.parse_<codec> / format_<codec>
    enum_base: EnumBase | None = None  # kind enum: its value type, "str", "int" or "float"
    decode_check: str | None = None  # int32, int64, uuid: _serde.parse_<decode_check> on decoding; sent as is
    nullable: bool = False  # list items and dict values only: None is a value (annotation ``X | None``)
    checker: str = field(kw_only=True)  # the _validation function that checks a value of it, e.g. ``check_str``
    rules: tuple[tuple[str, str], ...] = field(default=(), kw_only=True)  # checker keywords and their Python values, e.g. ``("min_length", "1")``
    partial: str = field(default="plain", kw_only=True)  # its decode / encode partial: templates/macros/type_<partial>.jinja
    variants: tuple[TypeRef, ...] = field(default=(), kw_only=True)  # kind union: its variants, in spec order
    discriminator: str | None = field(default=None, kw_only=True)  # kind union: the JSON property naming the variant
    tags: tuple[tuple[str, int], ...] = field(default=(), kw_only=True)  # kind union: (discriminator value, index in variants)
    required_keys: tuple[str, ...] = field(default=(), kw_only=True)  # a model variant of a union: the keys its schema requires

    @property
    def encodes(self) -> bool:
        """Its value changes when encoded (a codec, a model, a list or dict, a union of
        such): a list or dict of it is encoded item by item, else sent as it is."""
        return self.codec is not None or self.kind in ("model", "list", "dict") or self.converts

    @property
    def converts(self) -> bool:
        """Encoding changes its value (a codec, a model, a list or dict of such, a union
        holding one): a union encodes such variants by their Python class."""
        if self.kind in ("list", "dict"):
            return self.item is not None and self.item.converts
        return self.codec is not None or self.kind == "model" or any(v.converts for v in self.variants)

    @property
    def json_type(self) -> str:
        """The JSON type a value of it is sent as (how a union picks a variant): ``string``,
        ``integer``, ``number``, ``boolean``, ``array``, ``object``, or ``any``."""
        if self.kind == "enum":
            return {"str": "string", "int": "integer"}.get(self.enum_base or "", "number")
        return _JSON_TYPES.get(self.kind, "string" if self.codec is not None else "any")

    @property
    def classes(self) -> tuple[str, ...]:
        """The Python classes a value of it is an instance of (how a union checks and
        encodes a value): builtins and ``_dt`` names, or the model's class name."""
        if self.kind == "model" and self.name is not None:
            return (self.name,)
        if self.kind == "enum":
            return {"str": ("str",), "int": ("int",)}.get(self.enum_base or "", ("float", "int"))
        return _CLASSES.get(self.kind, ("object",))

    def walk(self) -> tuple[TypeRef, ...]:
        """It, and every type inside it (items, values, variants), depth first."""
        inner = (*((self.item,) if self.item is not None else ()), *self.variants)
        return (self, *(t for i in inner for t in i.walk()))

    @property
    def item_required(self) -> bool:
        """For a list or dict: a None item (value) is refused when a model is checked, as
        it could not be sent: not nullable, and a model or a value in a format (codec)."""
        return self.item is not None and not self.item.nullable and (self.item.kind == "model" or self.item.codec is not None)


# The JSON type (TypeRef.json_type) and the Python classes (TypeRef.classes) of the kinds
# a union can hold.
_JSON_TYPES = {
    "str": "string", "int": "integer", "unixtime": "integer", "float": "number", "bool": "boolean",
    "list": "array", "dict": "object", "model": "object",
}
_CLASSES = {
    "str": ("str",), "int": ("int",), "float": ("float", "int"), "bool": ("bool",), "list": ("list", "tuple"),
    "dict": ("dict",), "datetime": ("_dt.datetime",), "rfc1123": ("_dt.datetime",), "unixtime": ("_dt.datetime",),
    "date": ("_dt.date",), "time": ("_dt.time",), "duration": ("_dt.timedelta",), "byte": ("bytes", "bytearray"),
    "base64url": ("bytes", "bytearray"),
}


@dataclass(frozen=True)
class XmlNode:
    """How one value of an XML body travels: an element (or an attribute) and what it holds.
    ``data`` is the tuple the runtime's ``_xml`` functions read."""

    name: str  # the element's (or attribute's) name: xml.name, else the model's xml.name, else the JSON name
    kind: XmlKind  # its text read as str, int, float or bool; or a model, a list, a dict (child elements named by their keys)
    namespace: str | None = None  # xml.namespace: declared on the element (xmlns or xmlns:<prefix>)
    prefix: str | None = None  # xml.prefix: written before the name
    model: str | None = None  # kind model: the class whose XmlModel fields it holds
    item: XmlNode | None = None  # kind list: each item's element; kind dict: each value's
    wrapped: bool = False  # kind list: the items are inside this element (else they repeat in its place)

    @property
    def data(self) -> tuple[object, ...]:
        """``(kind, name, namespace, prefix, detail)``: detail is the model name, a list's
        ``(item data, wrapped)``, a dict's value data, or None."""
        detail: object = None
        if self.kind == "model":
            detail = self.model
        elif self.kind == "list" and self.item is not None:
            detail = (self.item.data, self.wrapped)
        elif self.kind == "dict" and self.item is not None:
            detail = self.item.data
        return (self.kind, self.name, self.namespace, self.prefix, detail)


@dataclass(frozen=True)
class XmlField:
    """One property of a model in XML."""

    key: str  # its key in the model's JSON (Property.wire_name): the runtime maps XML to that JSON and back
    place: XmlPlace  # "attribute" (xml.attribute), "text" (x-ms-text: the element's text) or "element"
    node: XmlNode


@dataclass(frozen=True)
class XmlModel:
    """A model some XML body holds: its fields as the runtime reads them (``_xml.Models``)."""

    name: str  # the model's class name
    fields: tuple[XmlField, ...]  # its properties, in order

    @property
    def data(self) -> tuple[tuple[object, ...], ...]:
        """``((key, place, node data), ...)``."""
        return tuple((f.key, f.place, f.node.data) for f in self.fields)


@dataclass(frozen=True)
class EnumValue:
    name: str  # member name, e.g. ``UPDATE``
    value: str | int  # the value on the wire, e.g. ``"Update"``
    description: str


@dataclass(frozen=True)
class EnumType:
    name: str  # class name
    description: str
    values: tuple[EnumValue, ...]
    base: EnumBase  # the enum's value type
    open: bool  # True: values the spec does not list are accepted (x-ms-enum modelAsString)
    pointer: str  # JSON pointer of the schema in the spec


@dataclass(frozen=True)
class Property:
    name: str  # attribute name, snake_case
    wire_name: str  # JSON name, exactly as the spec spells it
    type: TypeRef
    required: bool
    nullable: bool
    read_only: bool
    secret: bool  # x-ms-secret: never shown by repr
    description: str
    pointer: str = ""  # JSON pointer of the property's schema in the spec
    constant: object | None = None  # a required single-value enum: a class constant, always sent
    inherited: bool = False  # declared by its base classes (Model.bases): not declared again
    wire_path: tuple[str, ...] = ()  # x-ms-client-flatten: the JSON objects it is inside, outermost first
    default: object | None = None  # the field's starting value (the spec's default, a grouped parameter's default); a literal
    default_member: str | None = None  # the enum member holding ``default`` (type.name + "." + it is the field default); None: the literal


@dataclass(frozen=True)
class Model:
    name: str  # class name
    description: str
    properties: tuple[Property, ...]
    pointer: str  # JSON pointer of the schema in the spec
    has_secrets: bool  # at least one property is secret
    additional: Property | None = None  # additionalProperties next to properties: a dict of the other keys
    bases: tuple[str, ...] = ()  # the models it subclasses in Python (its allOf $refs to models), in order
    discriminator: str | None = None  # JSON name of the property whose value names the type
    subtypes: tuple[tuple[str, str], ...] = ()  # (discriminator value, class name) of every descendant
    slots: bool = True  # a slotted dataclass; False for a later base of a model with several bases

    @property
    def base(self) -> str | None:
        """The first of ``bases``, or None."""
        return self.bases[0] if self.bases else None

    @property
    def checked(self) -> tuple[Property, ...]:
        """The properties its ``_validate`` checks (those a request sends): not constants,
        not read-only."""
        return tuple(p for p in self.properties if p.constant is None and not p.read_only)

    @property
    def wire_keys(self) -> tuple[str, ...]:
        """The keys of the JSON object its properties read (a flattened property's outermost
        object), each once, in order: ``from_dict`` leaves them out of ``additional``."""
        return tuple(dict.fromkeys(p.wire_path[0] if p.wire_path else p.wire_name for p in self.properties))


@dataclass(frozen=True)
class PathPart:
    """One piece of a URL path template: literal text, or a parameter's value."""

    literal: str | None
    parameter: Parameter | None


@dataclass(frozen=True)
class MediaType:
    """One media type a body offered in several is sent as (``Parameter.media_types``)."""

    media_type: str  # as the spec writes it, sent as the Content-Type
    kind: MediaKind  # "json" (the body's JSON type, encoded), "text" (a str, UTF-8) or "binary" (bytes or a binary file object)


@dataclass(frozen=True)
class Parameter:
    name: str  # Python name, snake_case
    wire_name: str  # name in the path, query or header
    location: ParameterLocation  # "form": a formData field; "group": a grouping argument; "content-type": a body's media type keyword
    type: TypeRef
    required: bool
    description: str
    on_client: bool  # a client constructor argument rather than a method argument
    constant: object | None  # the only allowed value of a required single-value enum: never asked
    default: object | None  # default value for optional parameters (a literal)
    content_type: str | None  # the media type of a body parameter, of a form field's form, or of an OpenAPI 3 ``content`` parameter
    pointer: str = ""  # JSON pointer of the parameter (the request body for a body) in the spec
    collection_format: CollectionFormat | None = None  # arrays in path/query/header/form: how they travel
    separator: str | None = None  # arrays: the text joining the items' text ("," for csv and for multi where it cannot repeat); a form field's is read by the templates
    skip_url_encoding: bool = False  # x-ms-skip-url-encoding: the value goes into the URL as is
    # path, query, header, cookie: how its value is serialized, an OpenAPI 3 style (Swagger 2.0's
    # collectionFormat mapped onto them, tsv as "tabDelimited"), or one the spec names that the
    # location lacks (the runtime refuses it: build warns unsupported-parameter-style)
    style: str | None = None
    explode: bool = False  # arrays and objects: one piece per item (OpenAPI 3 explode)
    allow_reserved: bool = False  # a query value keeps RFC 3986 reserved characters unencoded (allowReserved)
    keep_none: bool = False  # Swagger 2.0 arrays: a None item is sent as empty text, as AutoRest sends it; else skipped
    secret: bool = False  # a credential (an API key): kept out of repr
    body_field: str | None = None  # a field of a flattened body (x-ms-client-flatten): the body model's attribute it fills
    group: str | None = None  # x-ms-parameter-grouping: the method argument (a group) it is read from, as <group>.<name>
    media_types: tuple[MediaType, ...] = ()  # a body offered in several media types: how each is sent
    xml: XmlNode | None = None  # a body sent as XML (application/xml, text/xml): its root element

    @property
    def styled(self) -> bool:
        """Serialized by its style (``_serde.query_param``, ``path_param``, ``header_param``,
        ``cookie_param``) rather than sent as the text of one value: an array, an object, a
        value of any type, a value in another style than form (query) or simple (path,
        header), an allowReserved value, a cookie."""
        if self.location == "cookie":
            return True
        if self.location not in _PLAIN_STYLES:
            return False
        if self.json_text:  # one text: styled only to be refused (a media type but JSON)
            return self.style not in (None, _PLAIN_STYLES[self.location])
        return (
            self.type.kind in ("list", "dict", "model", "any") or self.style not in (None, _PLAIN_STYLES[self.location]) or self.allow_reserved
        )

    @property
    def json_text(self) -> bool:
        """An OpenAPI 3 parameter given by ``content``: its value is sent as its JSON text
        (``_serde.json_text``), one value in the location's default style."""
        return self.content_type is not None and self.location in ("path", "query", "header", "cookie")

    @property
    def media_kinds(self) -> tuple[MediaKind, ...]:
        """The distinct ``MediaType.kind`` of ``media_types``, in order: one branch each."""
        return tuple(dict.fromkeys(m.kind for m in self.media_types))


@dataclass(frozen=True)
class Header:
    """A header a success response declares: an attribute of its ``Result``."""

    name: str  # attribute of the result class, snake_case
    wire_name: str  # the header's name as the spec spells it
    type: TypeRef  # what the text is decoded to
    read_as: HeaderReadAs  # "text" (a plain string), "str" (text a codec or enum reads), "int", "float" or "bool"
    description: str
    pointer: str = ""  # JSON pointer of the header in the spec
    label: str = ""  # how decoding errors name it: "<operation> response <status> header <wire name>"


@dataclass(frozen=True)
class Result:
    """The class a 2xx response with declared headers returns: its body and headers."""

    name: str  # class name, unique
    description: str  # the response's description
    body: TypeRef | None  # the body's type (attribute ``body``), or None: no body
    nullable: bool  # the body may be None
    headers: tuple[Header, ...]  # one attribute each, in spec order
    pointer: str = ""  # JSON pointer of the response in the spec


@dataclass(frozen=True)
class Response:
    status: str  # "200", "2XX" or "default"
    description: str
    type: TypeRef | None  # None: no body
    is_error: bool
    condition: str  # the Python test of ``_status`` (the status code) that selects it, e.g. ``_status == 200``
    pointer: str = ""  # JSON pointer of the response in the spec
    nullable: bool = False  # the body may be empty or null (x-nullable / nullable): the result may be None
    value: bool | None = None  # a bodiless HEAD response's result: True (2xx, 3xx) or False (a declared 4xx)
    result: Result | None = None  # a 2xx with declared headers returns this class (body and headers)
    label: str = ""  # how decoding errors name it: "<operation> response <status>"
    xml: XmlNode | None = None  # a body read as XML (application/xml, text/xml): its root element


@dataclass(frozen=True)
class Paging:
    """x-ms-pageable: the method returns an iterator over the items of every page."""

    item: TypeRef  # the type of one item (the item list's element type)
    items: str  # attribute of the page model holding the items (itemName, default ``value``)
    next_link: str | None  # attribute of the page model holding the next link; None: one page (nextLinkName null)
    page: str  # function in _operations.py: a response -> (its items, its next link)
    next_request: str  # function in _operations.py: the request of the page a next link names
    next_operation: str | None = None  # operationName: the builder of the operation that requests next pages; None: GET the link
    next_arguments: tuple[str, ...] = ()  # next_operation's builder arguments: this operation's builder parameters, ``_link`` or ``None``
    api_version: Parameter | None = None  # the client's api-version query parameter: it replaces the link's own
    pointer: str = ""  # JSON pointer of the x-ms-pageable extension
    in_result: bool = False  # the response declares headers: the handler returns a Result whose ``body`` is the page
    annotation: str = ""  # what the sync method (or poller) gives: ``ItemPaged[<item>]``
    async_annotation: str = ""  # what the async method (or poller) gives: ``AsyncItemPaged[<item>]``


@dataclass(frozen=True)
class LongRunning:
    """``x-ms-long-running-operation``: the method starts the operation and returns a poller."""

    final_state_via: str  # where the result is read: azure-async-operation, location or original-uri ("" for ARM's default)
    result: TypeRef | None  # the final result's type (the 200 response's, else 201's, else the first success type); None: no body
    nullable: bool  # the final result may be None (an empty body): always but for PUT / PATCH with a result type
    annotation: str  # Python annotation of the poller's result
    handler: str  # name of the function in _operations.py that reads the final response (or raises its error)
    label: str = ""  # how decoding errors name the final response: "<operation> final response"
    xml: XmlNode | None = None  # the final result is read as XML (its response's ``Response.xml``)


@dataclass(frozen=True)
class Operation:
    name: str  # method name, snake_case
    operation_id: str
    method: str  # HTTP method, upper case
    path: str  # the path template as the spec writes it
    path_parts: tuple[PathPart, ...]
    parameters: tuple[Parameter, ...]  # method parameters: required first (spec order), then optional
    client_parameters: tuple[Parameter, ...]  # the client parameters this operation uses
    body: Parameter | None
    responses: tuple[Response, ...]  # success responses, in status order
    error_type: TypeRef | None  # error bodies of a status without a declared error response (the default's), if any
    return_annotation: str  # the Python annotation of the method's result
    summary: str
    description: str
    deprecated: bool
    builder: str  # name of the request-building function in _operations.py
    handler: str  # name of the response-handling function in _operations.py
    pointer: str  # JSON pointer of the operation in the spec
    errors: tuple[Response, ...] = ()  # declared error responses but default, in status order: each decodes its own body
    host_parts: tuple[PathPart, ...] = ()  # x-ms-parameterized-host: the base URL's parts; empty: config.endpoint
    groups: tuple[Parameter, ...] = ()  # x-ms-parameter-grouping: the group arguments (location "group"), in order met
    paging: Paging | None = None  # x-ms-pageable: the method returns ItemPaged / AsyncItemPaged of the items
    lro: LongRunning | None = None  # x-ms-long-running-operation: the method is begin_<name> and returns a poller
    error_xml: XmlNode | None = None  # the error_type body is XML: its root element
    security: tuple[tuple[SecurityUse, ...], ...] = ()  # its security requirement's alternatives (empty: none sent)

    @property
    def auth_plan(self) -> tuple[tuple[tuple[str, str, str, str, tuple[str, ...]], ...], ...]:
        """``security`` as the runtime reads it (``_auth.Plan``)."""
        return tuple(tuple(use.plan for use in alternative) for alternative in self.security)

    @property
    def arguments(self) -> tuple[Parameter, ...]:
        """The method's arguments: its own parameters (not constants, not grouped) and its
        parameter groups, required ones first."""
        own = [p for p in self.parameters if p.constant is None and p.group is None] + list(self.groups)
        return tuple([p for p in own if p.required] + [p for p in own if not p.required])

    @property
    def label(self) -> str:
        """How error messages name it: its operationId, else its method name."""
        return self.operation_id or self.name

    @property
    def error_label(self) -> str:
        """How decoding errors name an error body no declared error response has."""
        return f"{self.label} error"

    @property
    def annotation(self) -> str:
        """What the sync method gives: ``return_annotation``, ``Paging.annotation`` when
        pageable; for a long-running operation, its poller's result (``LongRunning.annotation``
        or the paged one)."""
        if self.paging is not None:
            return self.paging.annotation
        return self.lro.annotation if self.lro is not None else self.return_annotation

    @property
    def async_annotation(self) -> str:
        """What the async method gives (as ``annotation``, ``AsyncItemPaged`` when pageable)."""
        if self.paging is not None:
            return self.paging.async_annotation
        return self.lro.annotation if self.lro is not None else self.return_annotation

    @property
    def media_keyword(self) -> Parameter | None:
        """The ``content_type`` keyword (location ``content-type``) of a body offered in
        several media types, or None."""
        return next((p for p in self.parameters if p.location == "content-type"), None)

    @property
    def form(self) -> tuple[Parameter, ...]:
        """Its form fields (location ``form``): they make one form body."""
        return tuple(p for p in self.parameters if p.location == "form")

    @property
    def multipart(self) -> bool:
        """Its form (``form``) is sent as ``multipart/form-data`` (else url-encoded)."""
        return bool(self.form) and self.form[0].content_type == "multipart/form-data"

    @property
    def body_fields(self) -> tuple[Parameter, ...]:
        """The parameters the flattened body is built from (x-ms-client-flatten), in order."""
        return tuple(p for p in self.parameters if p.body_field is not None)

    @property
    def cookies(self) -> bool:
        """It sends cookie parameters: all in one ``Cookie`` header (``_serde.cookie_header``)."""
        return any(p.location == "cookie" for p in (*self.client_parameters, *self.parameters))

    @property
    def xml(self) -> bool:
        """Its body or a response is XML (``Parameter.xml``, ``Response.xml``, ``error_xml``)."""
        bodies = (self.body.xml if self.body is not None else None, self.error_xml, *(r.xml for r in (*self.responses, *self.errors)))
        return any(node is not None for node in bodies)

    @property
    def streams(self) -> bool:
        """A success response is a stream (kind ``stream``): the body is handed over unread."""
        return any(r.type is not None and r.type.kind == "stream" for r in self.responses)


@dataclass(frozen=True)
class OperationGroup:
    name: str  # attribute of the client, e.g. ``host_pools``
    class_name: str  # e.g. ``HostPoolsOperations``
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class SecurityScheme:
    """A security scheme the client sends: one constructor keyword (``components.securitySchemes``
    / ``securityDefinitions``)."""

    key: str  # the scheme's name in the spec
    keyword: str  # the constructor keyword: the key in snake_case; ``credential`` for Azure's OAuth2
    kind: SecurityKind  # "apiKey", "basic", "bearer" or "oauth2" (OAuth2 and OpenID Connect)
    where: str  # "header", "query" or "cookie" (an API key's ``in``); "header" for the others
    name: str  # the header, query parameter or cookie (``Authorization`` but for API keys)
    description: str
    annotation: str  # the keyword's type (sync client)
    async_annotation: str  # the keyword's type (async client)
    required: bool  # every alternative of the top-level security needs it: the constructor asks it
    alias: str | None = None  # its former name, still taken (deprecated): an API key's header name, ``credential``
    positional: bool = False  # taken first, positionally (Azure's ``credential``, or its deprecated alias)
    pointer: str = ""  # JSON pointer of the scheme in the spec


@dataclass(frozen=True)
class SecurityUse:
    """A scheme an operation's security requirement names (one alternative's member)."""

    keyword: str
    kind: SecurityKind
    where: str
    name: str
    scopes: tuple[str, ...] = ()  # OAuth2: the scopes the token is asked for

    @property
    def plan(self) -> tuple[str, str, str, str, tuple[str, ...]]:
        """As the runtime reads it (``_auth.Scheme``)."""
        return (self.keyword, self.kind, self.where, self.name, self.scopes)


@dataclass(frozen=True)
class Client:
    name: str  # class name, from info.title
    description: str
    parameters: tuple[Parameter, ...]  # constructor parameters besides credential and endpoint
    endpoint: str  # default endpoint (the spec's server)
    scope_suffix: str  # appended to the endpoint to form the token scope, e.g. "/.default"
    host_parts: tuple[PathPart, ...] = ()  # x-ms-parameterized-host without an endpoint argument: the base URL
    scopes: tuple[str, ...] = ()  # the OAuth2 scopes the spec's security requirement names: the default token scopes
    security: tuple[SecurityScheme, ...] = ()  # one constructor keyword each, positional first, then required
    azure_scopes: bool = False  # an Azure spec with OAuth2: a token's default scopes are SCOPES, else <endpoint>/.default

    @property
    def credential(self) -> bool:
        """The client takes a token credential (an OAuth2 scheme) and ``credential_scopes``."""
        return any(s.kind == "oauth2" for s in self.security)

    # An Azure spec (any x-ms-* key, or a server under azure.com): its package follows Azure's
    # conventions (the headers below, ``AzureError``); any other package names nothing of Azure.
    azure: bool = False

    @property
    def request_id_header(self) -> str | None:
        """The header every call sends its client request id in by default (None: only
        when the client is given ``request_id_header``)."""
        return "x-ms-client-request-id" if self.azure else None

    @property
    def response_id_header(self) -> str | None:
        """The response header holding the service's request id (``HttpResponseError.request_id``)."""
        return "x-ms-request-id" if self.azure else None

    @property
    def retry_after_ms_headers(self) -> tuple[str, ...]:
        """The headers asking for a wait in milliseconds, before ``Retry-After``."""
        return ("retry-after-ms", "x-ms-retry-after-ms") if self.azure else ("retry-after-ms",)


@dataclass(frozen=True)
class ExampleCall:
    """One call a project's README shows: ``client.<group>.<method>(<arguments>)``."""

    target: str  # ``client.host_pools.get``
    arguments: tuple[str, ...]  # each argument as code: ``"<host_pool_name>"``, ``count=0``
    group: str = ""  # the operation group's attribute ("": the client's own operation)


@dataclass(frozen=True)
class Project:
    """What ``--project`` writes next to the package (generator/build/project.py): the
    distribution's metadata and the README's examples."""

    name: str  # distribution name: the package's
    version: str  # info.version as PEP 440 (``pep440_version``), else 0.0.0
    description: str  # one line: info.title
    requires_python: str
    dependencies: tuple[str, ...]  # requirement specifiers
    client_arguments: tuple[str, ...]  # the client's construction in the README, each argument as code
    calls: tuple[ExampleCall, ...]  # one per operation group (and one for the client's own operations)


@dataclass(frozen=True)
class Import:
    """One import statement of a generated module."""

    module: str  # as written: ``datetime``, ``httpx``, ``._policy``, ``..`` (relative: the package's own)
    names: tuple[str, ...] = ()  # ``from module import ...``; empty: ``import module``
    alias: str | None = None  # ``as`` name (of the module, or of the one imported name)


@dataclass(frozen=True)
class ModuleImports:
    """What one generated module imports: only what its code uses, sorted as isort (ruff ``I``) sorts."""

    sections: tuple[tuple[Import, ...], ...]  # ``__future__``, standard library, third party, the package's own
    type_checking: tuple[tuple[Import, ...], ...] = ()  # under ``if _t.TYPE_CHECKING:`` (annotations only), by isort section
    lazy: tuple[str, ...] = ()  # sibling modules bound lazily (``_serde.LazyModule``) under the TYPE_CHECKING block's ``else:``
    lazy_elsewhere: tuple[tuple[str, str], ...] = ()  # modules of another package bound so: (name, expression of that package)


@dataclass(frozen=True)
class OperationsPart:
    """One part of the client's own operations, or of a group's, when they are too many for
    one module (generator/build/modules.py): ``_operations_<n>.py`` (a group's:
    ``operations/_<group>_operations_<n>.py``) holds their request builders, response
    handlers and a class of their sync methods, its twin under ``aio/`` the class of their
    async ones.  The client classes (a group's classes) take those methods from the parts,
    each part imported when one of its methods is first read."""

    module: str  # ``_operations_2`` (a group's: ``_pets_operations_2``): its modules' name, next to the client's (the group's) modules
    class_name: str  # ``_Operations2`` (a group's: ``_PetsOperations2``): the class of its methods, in both modules
    methods: tuple[str, ...]  # its methods' names, in ``Api.operations`` (``OperationGroup.operations``) order

    @property
    def reference(self) -> str:
        """``_operations_2:_Operations2``: its class, as the client's ``_PARTS`` names it."""
        return f"{self.module}:{self.class_name}"


@dataclass(frozen=True)
class PackageModule:
    """One templated module of the package: its path, the template rendering it and what it
    holds (a template may render several modules: one per operation group, one per part of
    the models)."""

    path: str  # inside the package: ``models/_models_2.py``
    template: str  # ``models/_models.py.jinja``
    group: OperationGroup | None = None  # operations/_<group>_operations.py: its group
    operations: tuple[Operation, ...] = ()  # the operations whose request builders and handlers it defines
    models: tuple[Model, ...] = ()  # models/_models_<n>.py: its models, each base before its subclasses
    results: tuple[Result, ...] = ()  # models/_models_<n>.py: its result classes
    enums: tuple[EnumType, ...] = ()  # models/_enums_<n>.py: its enums
    patterns: tuple[Pattern, ...] = ()  # the patterns its code checks (it compiles those)
    refs: Mapping[str, str] = field(default_factory=dict)  # models another part defines, used at call time: name -> ``_models_3.Name``
    exports: Mapping[str, str] = field(default_factory=dict)  # a lazy package (``models/__init__.py``): name -> submodule defining it
    xml_models: tuple[XmlModel, ...] = ()  # the models its operations' XML bodies hold (its ``_XML_MODELS`` table)
    parts: tuple[OperationsPart, ...] = ()  # (aio/)_client.py, a group's modules: the parts of their operations (none: not cut); a part's modules: its own


@dataclass(frozen=True)
class Api:
    package: str  # the generated package's import name
    title: str
    version: str  # info.version (for Azure specs, the api-version)
    client: Client
    groups: tuple[OperationGroup, ...]
    operations: tuple[Operation, ...]  # operations without a group: methods of the client itself
    models: tuple[Model, ...]
    enums: tuple[EnumType, ...]
    patterns: tuple[Pattern, ...]
    spec_files: tuple[str, ...]  # the input files, relative to the root spec's folder
    spec_sha256: str  # hash of the input files' bytes
    generator_version: str
    # The runtime modules (generator/runtime/, copied byte for byte) this package ships,
    # as paths inside it: ``_lro.py`` only with long-running operations, ``_paging.py``
    # only with pageable ones.
    runtime_modules: tuple[str, ...] = ()
    # The imports of each templated module, by its path in the package (``models/_models_1.py``,
    # ``aio/_client.py``...): computed from what the module uses (generator/build/imports.py).
    imports: Mapping[str, ModuleImports] = field(default_factory=dict)
    model_patterns: tuple[Pattern, ...] = ()  # the patterns the models check
    # Every templated module of the package, in output order (generator/build/modules.py).
    modules: tuple[PackageModule, ...] = ()
    # What --project writes next to the package (pyproject.toml, README.md): generator/build/project.py.
    project: Project | None = None
    xml_models: tuple[XmlModel, ...] = ()  # every model an XML body holds, in the order met

    def module(self, path: str) -> PackageModule:
        """The templated module at ``path`` (``models/__init__.py``)."""
        return next(m for m in self.modules if m.path == path)

    @property
    def all_operations(self) -> tuple[Operation, ...]:
        """Every operation: those of each group, in group order, then the client's own."""
        return tuple(op for group in self.groups for op in group.operations) + self.operations

    @property
    def results(self) -> tuple[Result, ...]:
        """The result class of every response that declares headers (models.py defines them)."""
        return tuple(r.result for op in self.all_operations for r in op.responses if r.result is not None)

    @property
    def unencoded_query(self) -> bool:
        """A query parameter of some operation skips URL encoding (``_operations.py`` imports ``Unencoded``)."""
        return any(
            p.skip_url_encoding and p.location == "query" and not p.styled for op in self.all_operations for p in (*op.client_parameters, *op.parameters)
        )

    @property
    def pageable(self) -> bool:
        """At least one operation is pageable (the package then defines and exports ``ItemPaged``)."""
        return any(op.paging is not None for op in self.all_operations)

    @property
    def lros(self) -> bool:
        """At least one operation is long-running (the clients import ``_lro``, the config holds ``polling_interval``)."""
        return any(op.lro is not None for op in self.all_operations)

    @property
    def streams(self) -> bool:
        """At least one operation returns a stream (the package then exports ``ByteStream``)."""
        return any(op.streams for op in self.all_operations)

    @property
    def xml(self) -> bool:
        """At least one operation sends or reads an XML body (the package ships ``_xml.py``)."""
        return any(op.xml for op in self.all_operations)
