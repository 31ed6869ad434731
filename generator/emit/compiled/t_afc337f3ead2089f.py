from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models/_models.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_module = resolve('module')
    l_0_check = l_0_decode = l_0_encode = l_0_imports = l_0_compiled = l_0_subtypes_table = missing
    try:
        t_1 = environment.filters['docrepr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docrepr' found.")
    try:
        t_2 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_3 = environment.filters['docstring_literal']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'docstring_literal' found.")
    try:
        t_4 = environment.filters['fit']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'fit' found.")
    try:
        t_5 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_6 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_7 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_8 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_9 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    try:
        t_10 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_11 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_12 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_13 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    try:
        t_14 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    included_template = environment.get_template('macros/types.jinja', 'models/_models.py.jinja')._get_default_module(context)
    l_0_check = getattr(included_template, 'check', missing)
    if l_0_check is missing:
        l_0_check = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'models/_models.py.jinja') does not export the requested name 'check'", name='check')
    l_0_decode = getattr(included_template, 'decode', missing)
    if l_0_decode is missing:
        l_0_decode = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'models/_models.py.jinja') does not export the requested name 'decode'", name='decode')
    l_0_encode = getattr(included_template, 'encode', missing)
    if l_0_encode is missing:
        l_0_encode = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'models/_models.py.jinja') does not export the requested name 'encode'", name='encode')
    context.vars.update({'check': l_0_check, 'decode': l_0_decode, 'encode': l_0_encode})
    context.exported_vars.difference_update(('check', 'decode', 'encode'))
    included_template = environment.get_template('macros/imports.jinja', 'models/_models.py.jinja')._get_default_module(context)
    l_0_imports = getattr(included_template, 'imports', missing)
    if l_0_imports is missing:
        l_0_imports = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'models/_models.py.jinja') does not export the requested name 'imports'", name='imports')
    context.vars['imports'] = l_0_imports
    context.exported_vars.discard('imports')
    included_template = environment.get_template('macros/requests.jinja', 'models/_models.py.jinja')._get_default_module(context)
    l_0_compiled = getattr(included_template, 'compiled', missing)
    if l_0_compiled is missing:
        l_0_compiled = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'models/_models.py.jinja') does not export the requested name 'compiled'", name='compiled')
    context.vars['compiled'] = l_0_compiled
    context.exported_vars.discard('compiled')
    def macro(l_1_m):
        t_15 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        if t_7(context.eval_ctx, t_11(context, t_8(context, environment.getattr(l_1_m, 'subtypes'), attribute=1), 'in', environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'refs'))):
            pass
            t_15.extend((
                '(_SUBTYPES_',
                str(environment.getattr(l_1_m, 'name')),
                ' or _subtypes_',
                str(environment.getattr(l_1_m, 'name')),
                '())',
            ))
        else:
            pass
            t_15.extend((
                '_SUBTYPES_',
                str(environment.getattr(l_1_m, 'name')),
            ))
        return concat(t_15)
    context.exported_vars.add('subtypes_table')
    context.vars['subtypes_table'] = l_0_subtypes_table = Macro(environment, macro, 'subtypes_table', ('m',), False, False, False, context.eval_ctx.autoescape)
    yield '"""Models of '
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' (a part of ``models``: import them from there;\nits docstring says how they read and write JSON)."""\n\n'
    yield str(context.call((undefined(name='imports') if l_0_imports is missing else l_0_imports), environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'path'))))
    yield str(('\n' if (environment.getattr(environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'path')), 'type_checking') and (not environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'patterns'))) else cond_expr_undefined("the inline if-expression on line 19 in 'models/_models.py.jinja' evaluated to false and no else section was defined.")))
    yield str(context.call((undefined(name='compiled') if l_0_compiled is missing else l_0_compiled), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'patterns')))
    yield '\n\n__all__ = ['
    for l_1_m in environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'models'):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(t_9(environment.getattr(l_1_m, 'name')))
        yield ','
    l_1_m = missing
    for l_1_res in environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'results'):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(t_9(environment.getattr(l_1_res, 'name')))
        yield ','
    l_1_res = missing
    yield '\n]'
    l_1_loop = missing
    for l_1_m, l_1_loop in LoopContext(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'models'), undefined):
        l_1_at = resolve('at')
        l_1_extra = resolve('extra')
        l_1_own = missing
        _loop_vars = {}
        pass
        yield str(context.call((undefined(name='at') if l_1_at is missing else l_1_at), l_1_m, _loop_vars=_loop_vars))
        yield '\n\n\n@_dc.dataclass(slots='
        yield str(environment.getattr(l_1_m, 'slots'))
        yield ', kw_only=True'
        yield str((', repr=False' if environment.getattr(l_1_m, 'has_secrets') else cond_expr_undefined("the inline if-expression on line 33 in 'models/_models.py.jinja' evaluated to false and no else section was defined.")))
        yield ')\nclass '
        yield str(environment.getattr(l_1_m, 'name'))
        if environment.getattr(l_1_m, 'bases'):
            pass
            yield '('
            yield str(t_6(context.eval_ctx, environment.getattr(l_1_m, 'bases'), ', '))
            yield ')'
        yield ':\n    '
        t_16 = []
        pass
        t_16.extend((
            '"""',
            str((t_2(environment.getattr(l_1_m, 'description')) or str_join((environment.getattr(l_1_m, 'name'), '.', )))),
            '\n',
        ))
        for l_3_p in environment.getattr(l_1_m, 'properties'):
            _loop_vars = {}
            pass
            t_16.append(
                '\n    ',
            )
            t_17 = []
            pass
            t_17.extend((
                ':ivar ',
                str(environment.getattr(l_3_p, 'name')),
                ': ',
                str(t_2(environment.getattr(l_3_p, 'description'))),
            ))
            if environment.getattr(l_3_p, 'read_only'):
                pass
                t_17.append(
                    ' Read-only: set by the service.',
                )
            if environment.getattr(l_3_p, 'secret'):
                pass
                t_17.append(
                    ' Secret: never shown by ``repr``.',
                )
            if ((not t_14(environment.getattr(l_3_p, 'default'))) and t_14(environment.getattr(l_3_p, 'constant'))):
                pass
                t_17.extend((
                    ' Default: ``',
                    str((str_join((environment.getattr(environment.getattr(l_3_p, 'type'), 'name'), '.', environment.getattr(l_3_p, 'default_member'), )) if environment.getattr(l_3_p, 'default_member') else t_2(t_1(environment.getattr(l_3_p, 'default'))))),
                    '``.',
                ))
            t_16.append(t_13(concat(t_17), ' '))
            t_16.extend((
                '\n    :vartype ',
                str(environment.getattr(l_3_p, 'name')),
                ': ',
                str(t_2(environment.getattr(environment.getattr(l_3_p, 'type'), 'annotation'))),
            ))
        l_3_p = missing
        if (not t_14(environment.getattr(l_1_m, 'additional'))):
            pass
            t_16.append(
                '\n    ',
            )
            t_18 = []
            pass
            t_18.extend((
                ':ivar ',
                str(environment.getattr(environment.getattr(l_1_m, 'additional'), 'name')),
                ': ',
                str(t_2(environment.getattr(environment.getattr(l_1_m, 'additional'), 'description'))),
            ))
            t_16.append(t_13(concat(t_18), ' '))
            t_16.extend((
                '\n    :vartype ',
                str(environment.getattr(environment.getattr(l_1_m, 'additional'), 'name')),
                ': ',
                str(t_2(environment.getattr(environment.getattr(environment.getattr(l_1_m, 'additional'), 'type'), 'annotation'))),
            ))
        t_16.append(
            '\n    """',
        )
        yield t_3(concat(t_16), 4)
        l_1_own = t_7(context.eval_ctx, t_10(context, environment.getattr(l_1_m, 'properties'), 'inherited'))
        _loop_vars['own'] = l_1_own
        if (((undefined(name='own') if l_1_own is missing else l_1_own) or ((not t_14(environment.getattr(l_1_m, 'additional'))) and (not environment.getattr(environment.getattr(l_1_m, 'additional'), 'inherited')))) or (not environment.getattr(l_1_m, 'properties'))):
            pass
            yield '\n'
        for l_2_p in (undefined(name='own') if l_1_own is missing else l_1_own):
            _loop_vars = {}
            pass
            if (not t_14(environment.getattr(l_2_p, 'constant'))):
                pass
                yield '\n    '
                t_19 = []
                pass
                t_19.extend((
                    str(environment.getattr(l_2_p, 'name')),
                    ': _t.ClassVar[',
                    str(environment.getattr(environment.getattr(l_2_p, 'type'), 'annotation')),
                    '] = ',
                    str(t_9(environment.getattr(l_2_p, 'constant'))),
                ))
                yield t_5(t_4(concat(t_19), 4), 4)
            else:
                pass
                yield '\n    '
                t_20 = []
                pass
                t_20.extend((
                    str(environment.getattr(l_2_p, 'name')),
                    ': ',
                    str(environment.getattr(environment.getattr(l_2_p, 'type'), 'annotation')),
                ))
                if (environment.getattr(l_2_p, 'nullable') or (not environment.getattr(l_2_p, 'required'))):
                    pass
                    t_20.append(
                        ' | None',
                    )
                if ((environment.getattr(l_2_p, 'nullable') or (not environment.getattr(l_2_p, 'required'))) or (not t_14(environment.getattr(l_2_p, 'default')))):
                    pass
                    t_20.extend((
                        ' = ',
                        str((str_join((environment.getattr(environment.getattr(l_2_p, 'type'), 'name'), '.', environment.getattr(l_2_p, 'default_member'), )) if environment.getattr(l_2_p, 'default_member') else t_9(environment.getattr(l_2_p, 'default')))),
                    ))
                yield t_5(t_4(concat(t_20), 4), 4)
        l_2_p = missing
        if ((not t_14(environment.getattr(l_1_m, 'additional'))) and (not environment.getattr(environment.getattr(l_1_m, 'additional'), 'inherited'))):
            pass
            yield '\n    '
            yield str(environment.getattr(environment.getattr(l_1_m, 'additional'), 'name'))
            yield ': '
            yield str(environment.getattr(environment.getattr(environment.getattr(l_1_m, 'additional'), 'type'), 'annotation'))
            yield ' = _dc.field(default_factory=dict)'
        elif (not environment.getattr(l_1_m, 'properties')):
            pass
            yield '\n    pass'
        yield '\n\n    @classmethod\n    '
        yield str(t_5(t_4(('def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> %s:' % environment.getattr(l_1_m, 'name')), 4), 4))
        yield '\n        """Build from the JSON object the service sends'
        if environment.getattr(l_1_m, 'subtypes'):
            pass
            yield ': the subclass its '
            yield str(t_2(t_1(environment.getattr(l_1_m, 'discriminator'))))
            yield ' names, if any'
        yield '.\n\n        ``strict=True``: a required field absent or null, or a value outside its format,\n        raises DeserializationError instead of being tolerated (see the module\'s docstring).\n        """\n        if strict:\n            return _serde.strictly(cls.from_dict, data)\n        '
        yield str(t_5(t_4(('_get = (data if type(data) is dict else _serde.not_object(data, %s)).get' % t_9(environment.getattr(l_1_m, 'name'))), 8), 8))
        if environment.getattr(l_1_m, 'subtypes'):
            pass
            yield '\n        _kind = _get('
            yield str(t_9(environment.getattr(l_1_m, 'discriminator')))
            yield ')\n        if type(_kind) is str and (_subtype := '
            yield str(context.call((undefined(name='subtypes_table') if l_0_subtypes_table is missing else l_0_subtypes_table), l_1_m, _loop_vars=_loop_vars))
            yield '.get(_kind)) is not None:\n            return _subtype.from_dict(data)'
        if (t_14(environment.getattr(l_1_m, 'additional')) and (not t_7(context.eval_ctx, t_12(context, environment.getattr(l_1_m, 'properties'), 'constant', 'none')))):
            pass
            yield '\n        return cls()'
        else:
            pass
            yield '\n        return cls('
            def t_21(fiter):
                for l_2_p in fiter:
                    if t_14(environment.getattr(l_2_p, 'constant')):
                        yield l_2_p
            for l_2_p in t_21(environment.getattr(l_1_m, 'properties')):
                l_2_where = l_2_field = missing
                _loop_vars = {}
                pass
                l_2_where = t_9(str_join((environment.getattr(l_1_m, 'name'), '.', environment.getattr(l_2_p, 'wire_name'), )))
                _loop_vars['where'] = l_2_where
                t_22 = []
                pass
                t_22.extend((
                    str(environment.getattr(l_2_p, 'name')),
                    '=(',
                ))
                if (environment.getattr(l_2_p, 'required') and (not environment.getattr(l_2_p, 'nullable'))):
                    pass
                    t_22.extend((
                        '_serde.missing(',
                        str((undefined(name='where') if l_2_where is missing else l_2_where)),
                        ')',
                    ))
                else:
                    pass
                    t_22.append(
                        'None',
                    )
                t_22.append(
                    ' if (_v := ',
                )
                if environment.getattr(l_2_p, 'wire_path'):
                    pass
                    t_22.extend((
                        '_serde.nested(data, ',
                        str(t_9((environment.getattr(l_2_p, 'wire_path') + (environment.getattr(l_2_p, 'wire_name'),)))),
                        ', ',
                        str((undefined(name='where') if l_2_where is missing else l_2_where)),
                        ')',
                    ))
                else:
                    pass
                    t_22.extend((
                        '_get(',
                        str(t_9(environment.getattr(l_2_p, 'wire_name'))),
                        ')',
                    ))
                t_22.extend((
                    ') is None else ',
                    str(context.call((undefined(name='decode') if l_0_decode is missing else l_0_decode), environment.getattr(l_2_p, 'type'), '_v', (undefined(name='where') if l_2_where is missing else l_2_where))),
                    '),',
                ))
                l_2_field = (Markup if context.eval_ctx.autoescape else identity)(concat(t_22))
                _loop_vars['field'] = l_2_field
                yield '\n            '
                yield str(t_5(t_4((undefined(name='field') if l_2_field is missing else l_2_field), 12, item=True), 12))
            l_2_p = l_2_where = l_2_field = missing
            if (not t_14(environment.getattr(l_1_m, 'additional'))):
                pass
                t_23 = []
                pass
                t_23.extend((
                    str(environment.getattr(environment.getattr(l_1_m, 'additional'), 'name')),
                    '={_k: ',
                    str(context.call((undefined(name='decode') if l_0_decode is missing else l_0_decode), environment.getattr(environment.getattr(environment.getattr(l_1_m, 'additional'), 'type'), 'item'), '_x', t_9(str_join((environment.getattr(l_1_m, 'name'), '.*', ))), 1)),
                    ' for _k, _x in data.items() if _k not in ',
                    str(t_9(t_7(context.eval_ctx, environment.getattr(l_1_m, 'wire_keys')))),
                    '},',
                ))
                l_1_extra = (Markup if context.eval_ctx.autoescape else identity)(concat(t_23))
                _loop_vars['extra'] = l_1_extra
                yield '\n            '
                yield str(t_5(t_4((undefined(name='extra') if l_1_extra is missing else l_1_extra), 12, item=True), 12))
            yield '\n        )'
        yield '\n\n    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:\n        """The JSON object for this model, with the service\'s names; ``exclude_readonly``\n        leaves out the read-only properties, here and in nested models (a request body)."""\n        _result: dict[str, _t.Any] = {}'
        for l_2_p in environment.getattr(l_1_m, 'properties'):
            l_2_value = l_2_target = l_2_assignment = missing
            _loop_vars = {}
            pass
            l_2_value = context.call((undefined(name='encode') if l_0_encode is missing else l_0_encode), environment.getattr(l_2_p, 'type'), str_join(('self.', environment.getattr(l_2_p, 'name'), )), readonly='exclude_readonly', _loop_vars=_loop_vars)
            _loop_vars['value'] = l_2_value
            t_24 = []
            pass
            t_24.append(
                '_result',
            )
            for l_4_key in environment.getattr(l_2_p, 'wire_path'):
                _loop_vars = {}
                pass
                t_24.extend((
                    '.setdefault(',
                    str(t_9(l_4_key)),
                    ', {})',
                ))
            l_4_key = missing
            l_2_target = (Markup if context.eval_ctx.autoescape else identity)(concat(t_24))
            _loop_vars['target'] = l_2_target
            l_2_assignment = ('%s[%s] = %s' % ((undefined(name='target') if l_2_target is missing else l_2_target), t_9(environment.getattr(l_2_p, 'wire_name')), (undefined(name='value') if l_2_value is missing else l_2_value)))
            _loop_vars['assignment'] = l_2_assignment
            if ((environment.getattr(l_2_p, 'required') and (not environment.getattr(l_2_p, 'nullable'))) and (not environment.getattr(l_2_p, 'read_only'))):
                pass
                yield '\n        '
                yield str(t_5(t_4((undefined(name='assignment') if l_2_assignment is missing else l_2_assignment), 8), 8))
            elif (environment.getattr(l_2_p, 'required') and (not environment.getattr(l_2_p, 'nullable'))):
                pass
                yield '\n        if not exclude_readonly:\n            '
                yield str(t_5(t_4((undefined(name='assignment') if l_2_assignment is missing else l_2_assignment), 12), 12))
            else:
                pass
                yield '\n        if self.'
                yield str(environment.getattr(l_2_p, 'name'))
                yield ' is not None'
                if environment.getattr(l_2_p, 'read_only'):
                    pass
                    yield ' and not exclude_readonly'
                yield ':\n            '
                yield str(t_5(t_4((undefined(name='assignment') if l_2_assignment is missing else l_2_assignment), 12), 12))
        l_2_p = l_2_value = l_2_target = l_2_assignment = missing
        if (not t_14(environment.getattr(l_1_m, 'additional'))):
            pass
            yield '\n        for _k, _x in self.'
            yield str(environment.getattr(environment.getattr(l_1_m, 'additional'), 'name'))
            yield '.items():\n            _result.setdefault(_k, '
            yield str(context.call((undefined(name='encode') if l_0_encode is missing else l_0_encode), environment.getattr(environment.getattr(environment.getattr(l_1_m, 'additional'), 'type'), 'item'), '_x', 1, 'exclude_readonly', _loop_vars=_loop_vars))
            yield ')'
        yield '\n        return _result\n\n    def _validate(self, path: str) -> None:\n        """Raise ParameterValidationError when a field breaks the spec\'s rules (the\n        fields a request sends: not read-only ones); ``path`` names this model."""'
        l_2_loop = missing
        for l_2_p, l_2_loop in LoopContext(environment.getattr(l_1_m, 'checked'), undefined):
            _loop_vars = {}
            pass
            yield '\n        '
            yield str(t_5(context.call((undefined(name='check') if l_0_check is missing else l_0_check), environment.getattr(l_2_p, 'type'), str_join(('self.', environment.getattr(l_2_p, 'name'), )), str_join(('path + ', t_9(str_join(('.', environment.getattr(l_2_p, 'name'), ))), )), (environment.getattr(l_2_p, 'required') and (not environment.getattr(l_2_p, 'nullable'))), environment.getattr(l_2_p, 'secret'), ('_%d' % environment.getattr(l_2_loop, 'index')), _loop_vars=_loop_vars), 8))
        l_2_loop = l_2_p = missing
        if (not t_14(environment.getattr(l_1_m, 'additional'))):
            pass
            yield '\n        '
            yield str(t_5(context.call((undefined(name='check') if l_0_check is missing else l_0_check), environment.getattr(environment.getattr(l_1_m, 'additional'), 'type'), str_join(('self.', environment.getattr(environment.getattr(l_1_m, 'additional'), 'name'), )), str_join(('path + ', t_9(str_join(('.', environment.getattr(environment.getattr(l_1_m, 'additional'), 'name'), ))), )), True, _loop_vars=_loop_vars), 8))
        elif (not environment.getattr(l_1_m, 'checked')):
            pass
            yield '\n        return None'
        if environment.getattr(l_1_m, 'has_secrets'):
            pass
            yield '\n\n    def __repr__(self) -> str:\n        _fields = ['
            for l_2_p in environment.getattr(l_1_m, 'properties'):
                _loop_vars = {}
                pass
                if environment.getattr(l_2_p, 'secret'):
                    pass
                    yield '\n            "'
                    yield str(environment.getattr(l_2_p, 'name'))
                    yield '=" + ("None" if self.'
                    yield str(environment.getattr(l_2_p, 'name'))
                    yield ' is None else "\'***\'"),'
                else:
                    pass
                    yield '\n            "'
                    yield str(environment.getattr(l_2_p, 'name'))
                    yield '=" + repr(self.'
                    yield str(environment.getattr(l_2_p, 'name'))
                    yield '),'
            l_2_p = missing
            if (not t_14(environment.getattr(l_1_m, 'additional'))):
                pass
                yield '\n            "'
                yield str(environment.getattr(environment.getattr(l_1_m, 'additional'), 'name'))
                yield '=" + repr(self.'
                yield str(environment.getattr(environment.getattr(l_1_m, 'additional'), 'name'))
                yield '),'
            yield '\n        ]\n        return '
            yield str(t_9(str_join((environment.getattr(l_1_m, 'name'), '(', ))))
            yield ' + ", ".join(_fields) + ")"'
        yield from context.blocks['model_members'][0](context.derived({'extra': l_1_extra, 'loop': l_1_loop, 'm': l_1_m, 'own': l_1_own, 'check': l_0_check, 'compiled': l_0_compiled, 'decode': l_0_decode, 'encode': l_0_encode, 'imports': l_0_imports, 'subtypes_table': l_0_subtypes_table}))
    l_1_loop = l_1_m = l_1_at = l_1_own = l_1_extra = missing
    def t_25(fiter):
        for l_1_m in fiter:
            if environment.getattr(l_1_m, 'subtypes'):
                yield l_1_m
    l_1_loop = missing
    for l_1_m, l_1_loop in LoopContext(t_25(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'models')), undefined):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_loop, 'first'):
            pass
            yield '\n\n'
        if t_7(context.eval_ctx, t_11(context, t_8(context, environment.getattr(l_1_m, 'subtypes'), attribute=1), 'in', environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'refs'))):
            pass
            yield '\n_SUBTYPES_'
            yield str(environment.getattr(l_1_m, 'name'))
            yield ': dict[str, type['
            yield str(environment.getattr(l_1_m, 'name'))
            yield ']] = {}\n"""The subclasses of '
            yield str(environment.getattr(l_1_m, 'name'))
            yield ' by the value of '
            yield str(t_2(t_1(environment.getattr(l_1_m, 'discriminator'))))
            yield ': filled on first\nuse (some are in other parts)."""\n\n\ndef _subtypes_'
            yield str(environment.getattr(l_1_m, 'name'))
            yield '() -> dict[str, type['
            yield str(environment.getattr(l_1_m, 'name'))
            yield ']]:\n    _SUBTYPES_'
            yield str(environment.getattr(l_1_m, 'name'))
            yield '.update(\n        {'
            for (l_2_value, l_2_subtype) in environment.getattr(l_1_m, 'subtypes'):
                l_2_ref = resolve('ref')
                _loop_vars = {}
                pass
                yield '\n            '
                yield str(t_9(l_2_value))
                yield ': '
                yield str(context.call((undefined(name='ref') if l_2_ref is missing else l_2_ref), l_2_subtype, _loop_vars=_loop_vars))
                yield ','
            l_2_value = l_2_subtype = l_2_ref = missing
            yield '\n        }\n    )\n    return _SUBTYPES_'
            yield str(environment.getattr(l_1_m, 'name'))
        else:
            pass
            yield '\n_SUBTYPES_'
            yield str(environment.getattr(l_1_m, 'name'))
            yield ': dict[str, type['
            yield str(environment.getattr(l_1_m, 'name'))
            yield ']] = {'
            for (l_2_value, l_2_subtype) in environment.getattr(l_1_m, 'subtypes'):
                _loop_vars = {}
                pass
                yield '\n    '
                yield str(t_9(l_2_value))
                yield ': '
                yield str(l_2_subtype)
                yield ','
            l_2_value = l_2_subtype = missing
            yield '\n}\n"""The subclasses of '
            yield str(environment.getattr(l_1_m, 'name'))
            yield ' by the value of '
            yield str(t_2(t_1(environment.getattr(l_1_m, 'discriminator'))))
            yield '."""'
    l_1_loop = l_1_m = missing
    for l_1_res in environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'results'):
        l_1_at = resolve('at')
        _loop_vars = {}
        pass
        yield str(context.call((undefined(name='at') if l_1_at is missing else l_1_at), l_1_res, _loop_vars=_loop_vars))
        yield '\n\n\n@_dc.dataclass(frozen=True, slots=True, kw_only=True)\nclass '
        yield str(environment.getattr(l_1_res, 'name'))
        yield ':\n    """'
        yield str((t_2(environment.getattr(l_1_res, 'description')) or str_join((environment.getattr(l_1_res, 'name'), '.', ))))
        yield '\n\n    What the call returns for this response: '
        yield str(('its body and ' if (not t_14(environment.getattr(l_1_res, 'body'))) else cond_expr_undefined("the inline if-expression on line 193 in 'models/_models.py.jinja' evaluated to false and no else section was defined.")))
        yield 'its headers\n    (None when absent).\n'
        if (not t_14(environment.getattr(l_1_res, 'body'))):
            pass
            yield '\n    :ivar body: The response body.\n    :vartype body: '
            yield str(t_2(environment.getattr(environment.getattr(l_1_res, 'body'), 'annotation')))
            yield str((' | None' if environment.getattr(l_1_res, 'nullable') else cond_expr_undefined("the inline if-expression on line 197 in 'models/_models.py.jinja' evaluated to false and no else section was defined.")))
        for l_2_h in environment.getattr(l_1_res, 'headers'):
            _loop_vars = {}
            pass
            yield '\n    '
            t_26 = []
            pass
            t_26.extend((
                ':ivar ',
                str(environment.getattr(l_2_h, 'name')),
                ': ',
            ))
            if environment.getattr(l_2_h, 'description'):
                pass
                t_26.extend((
                    str(t_2(environment.getattr(l_2_h, 'description'))),
                    ' (header ``',
                    str(t_2(environment.getattr(l_2_h, 'wire_name'))),
                    '``)',
                ))
            else:
                pass
                t_26.extend((
                    'The ``',
                    str(t_2(environment.getattr(l_2_h, 'wire_name'))),
                    '`` header.',
                ))
            yield t_13(concat(t_26), ' ')
            yield '\n    :vartype '
            yield str(environment.getattr(l_2_h, 'name'))
            yield ': '
            yield str(t_2(environment.getattr(environment.getattr(l_2_h, 'type'), 'annotation')))
            yield ' | None'
        l_2_h = missing
        yield '\n    """\n'
        if (not t_14(environment.getattr(l_1_res, 'body'))):
            pass
            yield '\n    body: '
            yield str(environment.getattr(environment.getattr(l_1_res, 'body'), 'annotation'))
            yield str((' | None' if environment.getattr(l_1_res, 'nullable') else cond_expr_undefined("the inline if-expression on line 205 in 'models/_models.py.jinja' evaluated to false and no else section was defined.")))
        for l_2_h in environment.getattr(l_1_res, 'headers'):
            _loop_vars = {}
            pass
            yield '\n    '
            yield str(environment.getattr(l_2_h, 'name'))
            yield ': '
            yield str(environment.getattr(environment.getattr(l_2_h, 'type'), 'annotation'))
            yield ' | None = None'
        l_2_h = missing
        if (t_14(environment.getattr(l_1_res, 'body')) and (not environment.getattr(l_1_res, 'headers'))):
            pass
            yield '\n    pass'
    l_1_res = l_1_at = missing
    yield '\n'

def block_model_members(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'model_members': block_model_members}
debug_info = '1=98&2=110&3=116&6=122&7=127&8=131&10=140&16=146&19=148&22=152&23=156&25=159&26=163&29=168&30=174&33=176&34=180&36=191&37=194&38=204&39=228&41=233&42=242&43=249&35=256&47=257&48=259&50=262&51=265&52=271&54=284&57=301&58=304&59=308&66=312&67=314&74=320&75=321&76=324&77=326&80=328&84=334&85=342&87=347&86=386&89=389&91=391&93=396&92=403&95=406&104=409&105=413&107=420&108=431&109=433&110=436&111=437&113=440&115=444&116=450&119=452&120=455&121=457&128=461&129=465&131=467&132=470&133=471&136=474&140=477&141=480&142=483&144=490&147=495&148=498&151=503&154=505&156=507&157=515&160=518&161=521&162=525&166=529&167=533&169=535&170=540&174=546&176=550&177=554&178=558&181=564&185=569&186=573&190=575&191=577&193=579&195=581&197=584&199=586&200=594&201=614&204=620&205=623&207=625&208=629&210=634&154=640'