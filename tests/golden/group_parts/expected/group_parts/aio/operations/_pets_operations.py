"""The async pets operations of Pet Shop (reach them as ``client.pets``):
the methods are in parts (``_pets_operations_1.py``...), each imported when one of
them is first used."""

from __future__ import annotations

import typing as _t

from ... import _methods
from ..._operations import ClientConfig
from .._pipeline import AsyncPipeline

if _t.TYPE_CHECKING:
    from ._pets_operations_1 import _PetsOperations1
    from ._pets_operations_2 import _PetsOperations2
    from ._pets_operations_3 import _PetsOperations3
    from ._pets_operations_4 import _PetsOperations4
    from ._pets_operations_5 import _PetsOperations5
    from ._pets_operations_6 import _PetsOperations6

__all__ = ["PetsOperations"]

_PARTS: dict[str, str] = {
    "_pets_operations_1:_PetsOperations1": "get put",
    "_pets_operations_2:_PetsOperations2": "delete exists",
    "_pets_operations_3:_PetsOperations3": "get_photo feed",
    "_pets_operations_4:_PetsOperations4": "search",
    "_pets_operations_5:_PetsOperations5": "list_next",
    "_pets_operations_6:_PetsOperations6": "list",
}
"""The parts of the async pets operations (``module:class``) and their methods: a part is
imported when one of its methods is first read."""

if _t.TYPE_CHECKING:

    class _GroupOperations(
        _PetsOperations1,
        _PetsOperations2,
        _PetsOperations3,
        _PetsOperations4,
        _PetsOperations5,
        _PetsOperations6,
    ):
        """The methods of every part, as type checkers see them."""

else:
    _GroupOperations = _methods.lazy_methods("_GroupOperations", __name__, _PARTS)


class PetsOperations(_GroupOperations):
    """The pets operations. Reach them as ``client.pets``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config
