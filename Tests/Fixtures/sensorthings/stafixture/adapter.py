"""Work-around for django-ogc-sensorthings 1.2.0: `$orderby=phenomenonTime` answers HTTP 500.

The stock DjangoBaseBackendAdapter.build_orderby_arg turns `phenomenonTime` into F("phenomenon_time"), but the
models store phenomenonTime as phenomenon_time_begin/_end, so Django raises FieldError ("Cannot resolve keyword
'phenomenon_time'") and the view maps it to 500. The `$filter` visitor (ODataToDjangoQVisitor) already renames
through ODATA_FIELD_REMAP (phenomenon_time -> phenomenon_time_begin, valid_time -> valid_time_begin); this subclass
applies the same renaming to every segment of an `$orderby` path. Everything else is the package's adapter.
"""
from django.db.models import F
from pydantic.alias_generators import to_snake
from sensorthings.types import OrderByDirection
from sensorthings.versions.v1_1.backends.django.adapter import ODATA_FIELD_REMAP, DjangoBackendAdapter


class FixtureBackendAdapter(DjangoBackendAdapter):

    @staticmethod
    def build_orderby_arg(orderby=None):
        expressions = []
        for field in orderby or []:
            name = "__".join(ODATA_FIELD_REMAP.get(to_snake(p), to_snake(p)) for p in field.path)
            expressions.append(F(name).asc() if field.direction == OrderByDirection.ASC else F(name).desc())
        return expressions
