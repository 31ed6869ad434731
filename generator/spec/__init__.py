"""Stages 1-3: the input alone.

:func:`load_document` (YAML/JSON, safely), :func:`validate_document` (OpenAPI schema,
with JSON pointers), :func:`resolve_refs` (every ``$ref`` checked once: local, relative
files, remote ones through a :class:`Fetcher`), and for several files (a folder, an
AutoRest ``readme.md`` tag) :func:`load_files` / :func:`load_folder`, which run the three
on each and merge the results into one :class:`Spec`.
"""

from generator.spec.load import Document, load_document
from generator.spec.merge import load_files, load_folder, spec_files_in
from generator.spec.remote import Fetcher
from generator.spec.resolve import Location, Spec, SpecRoot, resolve_refs
from generator.spec.validate import ValidationCache, validate_document

__all__ = [
    "Document", "Fetcher", "Location", "Spec", "SpecRoot", "ValidationCache",
    "load_document", "load_files", "load_folder", "resolve_refs", "spec_files_in", "validate_document",
]
