from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros/docs.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_summary = l_0_request_id_doc = l_0_operation_doc = missing
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_text, l_1_fallback):
        t_4 = []
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        if l_1_fallback is missing:
            l_1_fallback = undefined("parameter 'fallback' was not provided", name='fallback')
        pass
        t_4.append(
            str(t_1((l_1_text or l_1_fallback))),
        )
        return concat(t_4)
    context.exported_vars.add('summary')
    context.vars['summary'] = l_0_summary = Macro(environment, macro, 'summary', ('text', 'fallback'), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_5 = []
        l_1_api = resolve('api')
        pass
        if (not t_3(environment.getattr(environment.getattr((undefined(name='api') if l_1_api is missing else l_1_api), 'client'), 'request_id_header'))):
            pass
            t_5.extend((
                'Sent as ``',
                str(environment.getattr(environment.getattr((undefined(name='api') if l_1_api is missing else l_1_api), 'client'), 'request_id_header')),
                '`` (default: a new UUID; none if the client has ``auto_request_id=False``).',
            ))
        else:
            pass
            t_5.append(
                "Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.",
            )
        return concat(t_5)
    context.exported_vars.add('request_id_doc')
    context.vars['request_id_doc'] = l_0_request_id_doc = Macro(environment, macro, 'request_id_doc', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op, l_1_rtype):
        t_6 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_rtype is missing:
            l_1_rtype = undefined("parameter 'rtype' was not provided", name='rtype')
        pass
        t_6.extend((
            '"""',
            str(context.call((undefined(name='summary') if l_0_summary is missing else l_0_summary), (environment.getattr(l_1_op, 'summary') or environment.getattr(l_1_op, 'description')), (environment.getattr(l_1_op, 'operation_id') or environment.getattr(l_1_op, 'name')))),
        ))
        if ((environment.getattr(l_1_op, 'description') and environment.getattr(l_1_op, 'summary')) and (environment.getattr(l_1_op, 'description') != environment.getattr(l_1_op, 'summary'))):
            pass
            t_6.extend((
                '\n\n',
                str(t_1(environment.getattr(l_1_op, 'description'))),
            ))
        if environment.getattr(l_1_op, 'deprecated'):
            pass
            t_6.append(
                '\n\n.. deprecated:: the service marks this operation deprecated.',
            )
        t_6.append(
            '\n',
        )
        for l_2_p in environment.getattr(l_1_op, 'arguments'):
            _loop_vars = {}
            pass
            t_6.append(
                '\n',
            )
            t_7 = []
            pass
            t_7.extend((
                ':param ',
                str(environment.getattr(l_2_p, 'name')),
                ': ',
                str(t_1(environment.getattr(l_2_p, 'description'))),
            ))
            if (not environment.getattr(l_2_p, 'required')):
                pass
                t_7.append(
                    ' Optional.',
                )
            t_6.append(t_2(concat(t_7), ' '))
            t_6.extend((
                '\n:type ',
                str(environment.getattr(l_2_p, 'name')),
                ': ',
                str(t_1(environment.getattr(environment.getattr(l_2_p, 'type'), 'annotation'))),
            ))
        l_2_p = missing
        t_6.extend((
            "\n:keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.\n:keyword deadline: Seconds for the whole call, retries and waits included.\n:keyword retries: Retry budget for this call, instead of the client's.\n:keyword client_request_id: ",
            str(context.call((undefined(name='request_id_doc') if l_0_request_id_doc is missing else l_0_request_id_doc))),
            '\n',
        ))
        t_8 = []
        pass
        t_8.append(
            ':return: ',
        )
        if (not t_3(environment.getattr(l_1_op, 'paging'))):
            pass
            t_8.append(
                'An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: ',
            )
        l_3_loop = missing
        t_9 = 1
        for l_3_r, l_3_loop in LoopContext(environment.getattr(l_1_op, 'responses'), undefined):
            _loop_vars = {}
            pass
            t_8.append(
                str(t_1(environment.getattr(l_3_r, 'description'))),
            )
            if (not environment.getattr(l_3_loop, 'last')):
                pass
                t_8.append(
                    ' / ',
                )
            t_9 = 0
        l_3_loop = l_3_r = missing
        if t_9:
            pass
            t_8.append(
                'None',
            )
        t_6.append(t_2(concat(t_8), ' '))
        t_6.extend((
            '\n:rtype: ',
            str(t_1(l_1_rtype)),
            '\n:raises HttpResponseError: the service answered with an error status.\n:raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.\n"""',
        ))
        return concat(t_6)
    context.exported_vars.add('operation_doc')
    context.vars['operation_doc'] = l_0_operation_doc = Macro(environment, macro, 'operation_doc', ('op', 'rtype'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'

blocks = {}
debug_info = '3=30&4=38&8=43&9=47&10=51&16=62&17=71&18=73&20=77&22=79&26=87&27=97&28=109&33=116&34=124&35=152'