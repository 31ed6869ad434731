from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros/operation.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_operation_doc = l_0_argument = l_0_method = missing
    try:
        t_1 = environment.filters['fit']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'fit' found.")
    try:
        t_2 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_3 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    included_template = environment.get_template('macros/docs.jinja', 'macros/operation.jinja').make_module(context.get_all(), True, {'argument': l_0_argument, 'method': l_0_method, 'operation_doc': l_0_operation_doc})
    l_0_operation_doc = getattr(included_template, 'operation_doc', missing)
    if l_0_operation_doc is missing:
        l_0_operation_doc = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'macros/operation.jinja') does not export the requested name 'operation_doc'", name='operation_doc')
    context.vars['operation_doc'] = l_0_operation_doc
    context.exported_vars.discard('operation_doc')
    def macro(l_1_p):
        t_5 = []
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        pass
        t_5.append(
            str((environment.getattr(l_1_p, 'name') if t_4(environment.getattr(l_1_p, 'group')) else ('None if %s is None else %s.%s' % (environment.getattr(l_1_p, 'group'), environment.getattr(l_1_p, 'group'), environment.getattr(l_1_p, 'name'))))),
        )
        return concat(t_5)
    context.exported_vars.add('argument')
    context.vars['argument'] = l_0_argument = Macro(environment, macro, 'argument', ('p',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op, l_1_is_async, l_1_ops):
        t_6 = []
        l_1_pg = l_1_rtype = missing
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        if l_1_ops is missing:
            l_1_ops = '_operations.'
        pass
        l_1_pg = environment.getattr(l_1_op, 'paging')
        l_1_rtype = (environment.getattr(l_1_op, 'async_annotation') if l_1_is_async else environment.getattr(l_1_op, 'annotation'))
        t_6.extend((
            str(('async ' if (l_1_is_async and t_4((undefined(name='pg') if l_1_pg is missing else l_1_pg))) else cond_expr_undefined("the inline if-expression on line 11 in 'macros/operation.jinja' evaluated to false and no else section was defined."))),
            'def ',
            str(environment.getattr(l_1_op, 'name')),
            '(\n    self,',
        ))
        def t_7(fiter):
            for l_2_p in fiter:
                if environment.getattr(l_2_p, 'required'):
                    yield l_2_p
        for l_2_p in t_7(environment.getattr(l_1_op, 'arguments')):
            _loop_vars = {}
            pass
            t_6.extend((
                '\n    ',
                str(t_2(t_1(('%s: %s,' % (environment.getattr(l_2_p, 'name'), environment.getattr(environment.getattr(l_2_p, 'type'), 'annotation'))), 8, parameter=True), 4)),
            ))
        l_2_p = missing
        t_6.append(
            '\n    *,',
        )
        def t_8(fiter):
            for l_2_p in fiter:
                if (not environment.getattr(l_2_p, 'required')):
                    yield l_2_p
        for l_2_p in t_8(environment.getattr(l_1_op, 'arguments')):
            _loop_vars = {}
            pass
            t_6.extend((
                '\n    ',
                str(t_2(t_1(('%s: %s | None = %s,' % (environment.getattr(l_2_p, 'name'), environment.getattr(environment.getattr(l_2_p, 'type'), 'annotation'), t_3(environment.getattr(l_2_p, 'default')))), 8, parameter=True), 4)),
            ))
        l_2_p = missing
        t_6.extend((
            '\n    timeout: TimeoutTypes | None = None,\n    deadline: float | None = None,\n    retries: int | None = None,\n    client_request_id: str | None = None,\n) -> ',
            str((undefined(name='rtype') if l_1_rtype is missing else l_1_rtype)),
            ':\n    ',
            str(t_2(context.call((undefined(name='operation_doc') if l_0_operation_doc is missing else l_0_operation_doc), l_1_op, (undefined(name='rtype') if l_1_rtype is missing else l_1_rtype)), 4)),
            '\n    ',
            str(('_first' if (not t_4((undefined(name='pg') if l_1_pg is missing else l_1_pg))) else '_request')),
            ' = ',
            str(l_1_ops),
            str(environment.getattr(l_1_op, 'builder')),
            '(\n        self._config,',
        ))
        def t_9(fiter):
            for l_2_p in fiter:
                if t_4(environment.getattr(l_2_p, 'constant')):
                    yield l_2_p
        for l_2_p in t_9(environment.getattr(l_1_op, 'parameters')):
            _loop_vars = {}
            pass
            t_6.extend((
                '\n        ',
                str(t_2(t_1(str_join((context.call((undefined(name='argument') if l_0_argument is missing else l_0_argument), l_2_p, _loop_vars=_loop_vars), ',', )), 12, item=True), 8)),
            ))
        l_2_p = missing
        t_6.append(
            '\n    )',
        )
        if t_4((undefined(name='pg') if l_1_pg is missing else l_1_pg)):
            pass
            t_6.extend((
                '\n    _response = ',
                str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 33 in 'macros/operation.jinja' evaluated to false and no else section was defined."))),
                'self._pipeline.send(\n        _request,\n        timeout=timeout,\n        deadline=deadline,\n        retries=retries,\n        client_request_id=client_request_id,\n    )\n    if self._pipeline.strict_responses:\n        ',
                str(t_2(t_1(('return _serde.strictly(%s%s, _response)' % (l_1_ops, environment.getattr(l_1_op, 'handler'))), 12), 8)),
                '\n    ',
                str(t_2(t_1(('return %s%s(_response)' % (l_1_ops, environment.getattr(l_1_op, 'handler'))), 8), 4)),
            ))
        else:
            pass
            t_6.extend((
                '\n\n    ',
                str(t_2(t_1(('%sdef _page(_link: str | None) -> tuple[list[%s], str | None]:' % (('async ' if l_1_is_async else ''), environment.getattr(environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'item'), 'annotation'))), 8), 4)),
                '\n        if _link is None:\n            _request = _first\n        else:\n            _request = ',
                str(l_1_ops),
                str(environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'next_request')),
                '(\n                self._config,\n                _first,\n                _link,',
            ))
            def t_10(fiter):
                for l_2_p in fiter:
                    if t_4(environment.getattr(l_2_p, 'constant')):
                        yield l_2_p
            for l_2_p in t_10(environment.getattr(l_1_op, 'parameters')):
                _loop_vars = {}
                pass
                t_6.extend((
                    '\n                ',
                    str(t_2(t_1(str_join((context.call((undefined(name='argument') if l_0_argument is missing else l_0_argument), l_2_p, _loop_vars=_loop_vars), ',', )), 20, item=True), 16)),
                ))
            l_2_p = missing
            t_6.extend((
                '\n            )\n        _response = ',
                str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 57 in 'macros/operation.jinja' evaluated to false and no else section was defined."))),
                'self._pipeline.send(\n            _request,\n            timeout=timeout,\n            deadline=deadline,\n            retries=retries,\n            client_request_id=client_request_id,\n        )\n        if self._pipeline.strict_responses:\n            ',
                str(t_2(t_1(('return _serde.strictly(%s%s, _response)' % (l_1_ops, environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'page'))), 16), 12)),
                '\n        ',
                str(t_2(t_1(('return %s%s(_response)' % (l_1_ops, environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'page'))), 12), 8)),
                '\n\n    return ',
                str(('AsyncItemPaged' if l_1_is_async else 'ItemPaged')),
                '(_page)',
            ))
        return concat(t_6)
    context.exported_vars.add('method')
    context.vars['method'] = l_0_method = Macro(environment, macro, 'method', ('op', 'is_async', 'ops'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'

blocks = {}
debug_info = '3=36&4=42&5=48&8=53&9=63&10=64&11=66&13=71&14=80&17=86&18=95&24=100&25=102&26=104&28=110&29=119&32=125&33=129&41=131&42=133&45=139&49=141&53=145&54=154&57=159&65=161&66=163&68=165'