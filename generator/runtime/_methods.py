"""Methods imported on first use: the client's own operations, or a group's, when they are
too many for one module, are cut into parts (``_operations_<n>.py``,
``operations/_<group>_operations_<n>.py``, their async twins under ``aio/``).

The client classes (the group's classes) inherit, at run time, a class made by
:func:`lazy_methods`: one :class:`LazyMethod` per method, so ``dir()``, ``hasattr`` and
attribute reads see every method and an unknown name raises the usual ``AttributeError``,
while importing the package (or reaching the group) imports no part.  Type checkers see
the parts' classes instead (the ``TYPE_CHECKING`` branch of the client's or the group's
module), with every signature and docstring.

Only packages whose operations are cut into parts have this module; the other runtime
modules never import it.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _t


class LazyMethod:
    """A method defined by a class of another module, imported when first read.

    The first read imports the module and puts the function on the class holding this
    descriptor in its place, so later reads are plain attribute reads.  Two threads reading
    it first both import the module (once: the import system locks) and put the same
    function.
    """

    __slots__ = ("_module", "_class", "_home", "_name")

    def __init__(self, module: str, class_name: str) -> None:
        self._module = module
        self._class = class_name
        self._home: type | None = None
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._home = owner
        self._name = name

    def __get__(self, instance: object, owner: type | None = None) -> _t.Any:
        function = vars(getattr(_importlib.import_module(self._module), self._class))[self._name]
        setattr(self._home, self._name, function)
        return function if instance is None else function.__get__(instance, owner)

    def __repr__(self) -> str:
        return f"<LazyMethod {self._module}.{self._class}.{self._name}>"


def lazy_methods(name: str, module: str, parts: _t.Mapping[str, str]) -> type:
    """A class named ``name`` (of the module ``module``) with a :class:`LazyMethod` for each
    method of ``parts``: ``{"<part module>:<class>": "<method> <method>..."}``, the part
    modules being siblings of ``module``."""
    package = module.rpartition(".")[0]
    namespace: dict[str, object] = {"__module__": module, "__qualname__": name, "__slots__": ()}
    for part, methods in parts.items():
        part_module, _, class_name = part.partition(":")
        for method in methods.split():
            namespace[method] = LazyMethod(f"{package}.{part_module}", class_name)
    return type(name, (), namespace)
