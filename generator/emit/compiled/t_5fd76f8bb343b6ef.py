from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros/lro.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_request_id_doc = l_0_summary = l_0_lro_doc = l_0_lro_result = l_0_lro_method = missing
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['fit']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'fit' found.")
    try:
        t_3 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_4 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    try:
        t_5 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    included_template = environment.get_template('macros/docs.jinja', 'macros/lro.jinja').make_module(context.get_all(), True, {'lro_doc': l_0_lro_doc, 'lro_method': l_0_lro_method, 'lro_result': l_0_lro_result, 'request_id_doc': l_0_request_id_doc, 'summary': l_0_summary})
    l_0_request_id_doc = getattr(included_template, 'request_id_doc', missing)
    if l_0_request_id_doc is missing:
        l_0_request_id_doc = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'macros/lro.jinja') does not export the requested name 'request_id_doc'", name='request_id_doc')
    l_0_summary = getattr(included_template, 'summary', missing)
    if l_0_summary is missing:
        l_0_summary = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'macros/lro.jinja') does not export the requested name 'summary'", name='summary')
    context.vars.update({'request_id_doc': l_0_request_id_doc, 'summary': l_0_summary})
    context.exported_vars.difference_update(('request_id_doc', 'summary'))
    def macro(l_1_op, l_1_is_async):
        t_7 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        t_7.extend((
            '"""',
            str(context.call((undefined(name='summary') if l_0_summary is missing else l_0_summary), (environment.getattr(l_1_op, 'summary') or environment.getattr(l_1_op, 'description')), (environment.getattr(l_1_op, 'operation_id') or environment.getattr(l_1_op, 'name')))),
        ))
        if ((environment.getattr(l_1_op, 'description') and environment.getattr(l_1_op, 'summary')) and (environment.getattr(l_1_op, 'description') != environment.getattr(l_1_op, 'summary'))):
            pass
            t_7.extend((
                '\n\n',
                str(t_1(environment.getattr(l_1_op, 'description'))),
            ))
        if environment.getattr(l_1_op, 'deprecated'):
            pass
            t_7.append(
                '\n\n.. deprecated:: the service marks this operation deprecated.',
            )
        t_7.extend((
            '\n\nA long-running operation: this sends its first request and returns a poller;\n``',
            str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 16 in 'macros/lro.jinja' evaluated to false and no else section was defined."))),
            'poller.result()`` waits for the operation to end and returns its result.\n',
        ))
        for l_2_p in environment.getattr(l_1_op, 'arguments'):
            _loop_vars = {}
            pass
            t_7.append(
                '\n',
            )
            t_8 = []
            pass
            t_8.extend((
                ':param ',
                str(environment.getattr(l_2_p, 'name')),
                ': ',
                str(t_1(environment.getattr(l_2_p, 'description'))),
            ))
            if (not environment.getattr(l_2_p, 'required')):
                pass
                t_8.append(
                    ' Optional.',
                )
            t_7.append(t_5(concat(t_8), ' '))
            t_7.extend((
                '\n:type ',
                str(environment.getattr(l_2_p, 'name')),
                ': ',
                str(t_1(environment.getattr(environment.getattr(l_2_p, 'type'), 'annotation'))),
            ))
        l_2_p = missing
        t_7.extend((
            "\n:keyword polling_interval: Seconds between two polls when the service sends no ``Retry-After`` (default: the client's).\n:keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of each request.\n:keyword deadline: Seconds for each request, retries and waits included.\n:keyword retries: Retry budget for each request, instead of the client's.\n:keyword client_request_id: ",
            str(context.call((undefined(name='request_id_doc') if l_0_request_id_doc is missing else l_0_request_id_doc))),
            ' The first request and every poll carry it.',
        ))
        if t_6(environment.getattr(l_1_op, 'paging')):
            pass
            t_7.append(
                '\n:return: A poller whose result is ',
            )
            def t_9(fiter):
                for l_2_r in fiter:
                    if context.call(environment.getattr(environment.getattr(l_2_r, 'status'), 'startswith'), '2'):
                        yield l_2_r
            l_2_loop = missing
            t_10 = 1
            for l_2_r, l_2_loop in LoopContext(t_9(environment.getattr(l_1_op, 'responses')), undefined):
                _loop_vars = {}
                pass
                t_7.append(
                    str(t_1(environment.getattr(l_2_r, 'description'))),
                )
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_7.append(
                        ' / ',
                    )
                t_10 = 0
            l_2_loop = l_2_r = missing
            if t_10:
                pass
                t_7.append(
                    'None',
                )
        else:
            pass
            t_7.append(
                "\n:return: A poller whose result is an iterator over the items of every page: the first page\n    is the operation's final response, each next one is requested when iteration reaches it.",
            )
        t_7.extend((
            '\n:rtype: ',
            str(('AsyncLROPoller' if l_1_is_async else 'LROPoller')),
            '[',
            str(t_1(context.call((undefined(name='lro_result') if l_0_lro_result is missing else l_0_lro_result), l_1_op, l_1_is_async))),
            ']\n:raises HttpResponseError: the service answered with an error status (the poller\'s\n    ``result()`` too, and when the operation ends Failed or Canceled).\n:raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.\n"""',
        ))
        return concat(t_7)
    context.exported_vars.add('lro_doc')
    context.vars['lro_doc'] = l_0_lro_doc = Macro(environment, macro, 'lro_doc', ('op', 'is_async'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op, l_1_is_async):
        t_11 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        t_11.append(
            str((environment.getattr(l_1_op, 'async_annotation') if l_1_is_async else environment.getattr(l_1_op, 'annotation'))),
        )
        return concat(t_11)
    context.exported_vars.add('lro_result')
    context.vars['lro_result'] = l_0_lro_result = Macro(environment, macro, 'lro_result', ('op', 'is_async'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op, l_1_is_async, l_1_ops):
        t_12 = []
        l_1_poller = l_1_pg = missing
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        if l_1_ops is missing:
            l_1_ops = '_operations.'
        pass
        l_1_poller = ('AsyncLROPoller' if l_1_is_async else 'LROPoller')
        l_1_pg = environment.getattr(l_1_op, 'paging')
        t_12.extend((
            str(('async ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 45 in 'macros/lro.jinja' evaluated to false and no else section was defined."))),
            'def ',
            str(environment.getattr(l_1_op, 'name')),
            '(\n    self,',
        ))
        def t_13(fiter):
            for l_2_p in fiter:
                if environment.getattr(l_2_p, 'required'):
                    yield l_2_p
        for l_2_p in t_13(environment.getattr(l_1_op, 'arguments')):
            _loop_vars = {}
            pass
            t_12.extend((
                '\n    ',
                str(t_3(t_2(('%s: %s,' % (environment.getattr(l_2_p, 'name'), environment.getattr(environment.getattr(l_2_p, 'type'), 'annotation'))), 8, parameter=True), 4)),
            ))
        l_2_p = missing
        t_12.append(
            '\n    *,',
        )
        def t_14(fiter):
            for l_2_p in fiter:
                if (not environment.getattr(l_2_p, 'required')):
                    yield l_2_p
        for l_2_p in t_14(environment.getattr(l_1_op, 'arguments')):
            _loop_vars = {}
            pass
            t_12.extend((
                '\n    ',
                str(t_3(t_2(('%s: %s | None = %s,' % (environment.getattr(l_2_p, 'name'), environment.getattr(environment.getattr(l_2_p, 'type'), 'annotation'), t_4(environment.getattr(l_2_p, 'default')))), 8, parameter=True), 4)),
            ))
        l_2_p = missing
        t_12.extend((
            '\n    polling_interval: float | None = None,\n    timeout: TimeoutTypes | None = None,\n    deadline: float | None = None,\n    retries: int | None = None,\n    client_request_id: str | None = None,\n) -> _lro.',
            str((undefined(name='poller') if l_1_poller is missing else l_1_poller)),
            '[',
            str(context.call((undefined(name='lro_result') if l_0_lro_result is missing else l_0_lro_result), l_1_op, l_1_is_async)),
            ']:\n    ',
            str(t_3(context.call((undefined(name='lro_doc') if l_0_lro_doc is missing else l_0_lro_doc), l_1_op, l_1_is_async), 4)),
            '\n    _request = ',
            str(l_1_ops),
            str(environment.getattr(l_1_op, 'builder')),
            '(\n        self._config,',
        ))
        def t_15(fiter):
            for l_2_p in fiter:
                if t_6(environment.getattr(l_2_p, 'constant')):
                    yield l_2_p
        for l_2_p in t_15(environment.getattr(l_1_op, 'parameters')):
            _loop_vars = {}
            pass
            if t_6(environment.getattr(l_2_p, 'group')):
                pass
                t_12.extend((
                    '\n        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ',',
                ))
            else:
                pass
                t_12.extend((
                    '\n        ',
                    str(t_3(t_2(('None if %s is None else %s.%s,' % (environment.getattr(l_2_p, 'group'), environment.getattr(l_2_p, 'group'), environment.getattr(l_2_p, 'name'))), 12, item=True), 8)),
                ))
        l_2_p = missing
        t_12.extend((
            '\n    )\n    _response = ',
            str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 71 in 'macros/lro.jinja' evaluated to false and no else section was defined."))),
            'self._pipeline.send(\n        _request,\n        timeout=timeout,\n        deadline=deadline,\n        retries=retries,\n        client_request_id=client_request_id,\n    )',
        ))
        if (not t_6((undefined(name='pg') if l_1_pg is missing else l_1_pg))):
            pass
            t_12.extend((
                '\n\n    ',
                str(t_3(t_2(('def _pages(_final: httpx.Response, failed: bool) -> %s:' % context.call((undefined(name='lro_result') if l_0_lro_result is missing else l_0_lro_result), l_1_op, l_1_is_async)), 8), 4)),
                '\n        if failed or not 200 <= _final.status_code < 300:\n            ',
                str(l_1_ops),
                str(environment.getattr(environment.getattr(l_1_op, 'lro'), 'handler')),
                '(_final, failed)\n\n        ',
                str(t_3(t_2(('%sdef _page(_link: str | None) -> tuple[list[%s], str | None]:' % (('async ' if l_1_is_async else ''), environment.getattr(environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'item'), 'annotation'))), 12), 8)),
                '\n            if _link is None:\n                _response = _final\n            else:\n                _next = ',
                str(l_1_ops),
                str(environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'next_request')),
                '(\n                    self._config,\n                    _request,\n                    _link,',
            ))
            def t_16(fiter):
                for l_2_p in fiter:
                    if t_6(environment.getattr(l_2_p, 'constant')):
                        yield l_2_p
            for l_2_p in t_16(environment.getattr(l_1_op, 'parameters')):
                _loop_vars = {}
                pass
                if t_6(environment.getattr(l_2_p, 'group')):
                    pass
                    t_12.extend((
                        '\n                    ',
                        str(environment.getattr(l_2_p, 'name')),
                        ',',
                    ))
                else:
                    pass
                    t_12.extend((
                        '\n                    ',
                        str(t_3(t_2(('None if %s is None else %s.%s,' % (environment.getattr(l_2_p, 'group'), environment.getattr(l_2_p, 'group'), environment.getattr(l_2_p, 'name'))), 24, item=True), 20)),
                    ))
            l_2_p = missing
            t_12.extend((
                '\n                )\n                _response = ',
                str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 100 in 'macros/lro.jinja' evaluated to false and no else section was defined."))),
                'self._pipeline.send(\n                    _next,\n                    timeout=timeout,\n                    deadline=deadline,\n                    retries=retries,\n                    client_request_id=client_request_id,\n                )\n            if self._pipeline.strict_responses:\n                ',
                str(t_3(t_2(('return _serde.strictly(%s%s, _response)' % (l_1_ops, environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'page'))), 20), 16)),
                '\n            ',
                str(t_3(t_2(('return %s%s(_response)' % (l_1_ops, environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'page'))), 16), 12)),
                '\n\n        return ',
                str(('AsyncItemPaged' if l_1_is_async else 'ItemPaged')),
                '(_page)\n',
            ))
        t_12.extend((
            '\n    _polling = _lro.Polling(\n        _request,\n        _response,\n        ',
            str(('_pages' if (not t_6((undefined(name='pg') if l_1_pg is missing else l_1_pg))) else str_join((l_1_ops, environment.getattr(environment.getattr(l_1_op, 'lro'), 'handler'), )))),
            ',\n        final_state_via=',
            str(t_4(environment.getattr(environment.getattr(l_1_op, 'lro'), 'final_state_via'))),
            ',\n        interval=(\n            self._config.polling_interval if polling_interval is None else polling_interval\n        ),\n    )\n    ',
            str(t_3(t_2(('return _lro.%s(self._pipeline, _polling, timeout=timeout, deadline=deadline, retries=retries)' % (undefined(name='poller') if l_1_poller is missing else l_1_poller)), 8), 4)),
        ))
        return concat(t_12)
    context.exported_vars.add('lro_method')
    context.vars['lro_method'] = l_0_lro_method = Macro(environment, macro, 'lro_method', ('op', 'is_async', 'ops'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'

blocks = {}
debug_info = '3=48&4=57&5=66&6=68&8=72&10=74&16=81&17=84&18=94&19=106&25=113&26=116&27=121&32=152&38=160&39=168&42=173&43=183&44=184&45=186&47=191&48=200&51=206&52=215&59=220&60=224&61=226&63=230&64=237&65=241&67=248&71=253&78=256&80=260&82=262&84=265&88=267&92=271&93=278&94=282&96=289&100=294&108=296&109=298&111=300&116=305&117=307&120=309'