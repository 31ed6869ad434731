from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros/requests.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_decode = l_0_encode = l_0_validate = l_0_wire = l_0_text = l_0_argument = l_0_error_model = l_0_error_of = l_0_joined = l_0_styled = l_0_send = l_0_content = l_0_value = l_0_request_options = l_0_url_part = l_0_media_body = l_0_narrowed = l_0_media_branch = l_0_form_body = l_0_xml_table = l_0_read_body = l_0_compiled = l_0_request_functions = l_0_lro_function = missing
    try:
        t_1 = environment.filters['concatenation']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'concatenation' found.")
    try:
        t_2 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_3 = environment.filters['fit']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'fit' found.")
    try:
        t_4 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_6 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_7 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    try:
        t_8 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_9 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    try:
        t_10 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    included_template = environment.get_template('macros/types.jinja', 'macros/requests.jinja')._get_default_module(context)
    l_0_decode = getattr(included_template, 'decode', missing)
    if l_0_decode is missing:
        l_0_decode = undefined(f"the template {included_template.__name__!r} (imported on line 5 in 'macros/requests.jinja') does not export the requested name 'decode'", name='decode')
    l_0_encode = getattr(included_template, 'encode', missing)
    if l_0_encode is missing:
        l_0_encode = undefined(f"the template {included_template.__name__!r} (imported on line 5 in 'macros/requests.jinja') does not export the requested name 'encode'", name='encode')
    l_0_validate = getattr(included_template, 'validate', missing)
    if l_0_validate is missing:
        l_0_validate = undefined(f"the template {included_template.__name__!r} (imported on line 5 in 'macros/requests.jinja') does not export the requested name 'validate'", name='validate')
    l_0_wire = getattr(included_template, 'wire', missing)
    if l_0_wire is missing:
        l_0_wire = undefined(f"the template {included_template.__name__!r} (imported on line 5 in 'macros/requests.jinja') does not export the requested name 'wire'", name='wire')
    context.vars.update({'decode': l_0_decode, 'encode': l_0_encode, 'validate': l_0_validate, 'wire': l_0_wire})
    context.exported_vars.difference_update(('decode', 'encode', 'validate', 'wire'))
    def macro(l_1_p):
        t_11 = []
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        pass
        if (not t_10(environment.getattr(l_1_p, 'constant'))):
            pass
            t_11.extend((
                '_serde.to_wire(',
                str(t_7(environment.getattr(l_1_p, 'constant'))),
                ')',
            ))
        elif environment.getattr(l_1_p, 'json_text'):
            pass
            t_11.append(
                str(context.call((undefined(name='argument') if l_0_argument is missing else l_0_argument), l_1_p)),
            )
        else:
            pass
            t_11.append(
                str(context.call((undefined(name='wire') if l_0_wire is missing else l_0_wire), environment.getattr(l_1_p, 'type'), context.call((undefined(name='value') if l_0_value is missing else l_0_value), l_1_p))),
            )
        return concat(t_11)
    context.exported_vars.add('text')
    context.vars['text'] = l_0_text = Macro(environment, macro, 'text', ('p',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_p):
        t_12 = []
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        pass
        if (not t_10(environment.getattr(l_1_p, 'constant'))):
            pass
            t_12.append(
                str(t_7(environment.getattr(l_1_p, 'constant'))),
            )
        elif environment.getattr(l_1_p, 'json_text'):
            pass
            t_12.extend((
                '_serde.json_text(',
                str(context.call((undefined(name='encode') if l_0_encode is missing else l_0_encode), environment.getattr(l_1_p, 'type'), context.call((undefined(name='value') if l_0_value is missing else l_0_value), l_1_p))),
                ')',
            ))
        else:
            pass
            t_12.append(
                str(context.call((undefined(name='encode') if l_0_encode is missing else l_0_encode), environment.getattr(l_1_p, 'type'), context.call((undefined(name='value') if l_0_value is missing else l_0_value), l_1_p))),
            )
        return concat(t_12)
    context.exported_vars.add('argument')
    context.vars['argument'] = l_0_argument = Macro(environment, macro, 'argument', ('p',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_where):
        t_13 = []
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_where is missing:
            l_1_where = undefined("parameter 'where' was not provided", name='where')
        pass
        if (t_10(l_1_t) or (environment.getattr(l_1_t, 'kind') in ('bytes', 'text', 'stream', 'binary'))):
            pass
        elif (environment.getattr(l_1_t, 'kind') == 'model'):
            pass
            t_13.extend((
                ', ',
                str(environment.getattr(l_1_t, 'name')),
                '.from_dict',
            ))
        else:
            pass
            t_13.extend((
                ', lambda _body: ',
                str(context.call((undefined(name='decode') if l_0_decode is missing else l_0_decode), l_1_t, '_body', l_1_where)),
            ))
        return concat(t_13)
    context.exported_vars.add('error_model')
    context.vars['error_model'] = l_0_error_model = Macro(environment, macro, 'error_model', ('t', 'where'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_xml, l_1_where):
        t_14 = []
        l_1_decoder = missing
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_xml is missing:
            l_1_xml = undefined("parameter 'xml' was not provided", name='xml')
        if l_1_where is missing:
            l_1_where = undefined("parameter 'where' was not provided", name='where')
        pass
        l_1_decoder = context.call((undefined(name='error_model') if l_0_error_model is missing else l_0_error_model), l_1_t, l_1_where)
        if ((not t_10(l_1_xml)) and (undefined(name='decoder') if l_1_decoder is missing else l_1_decoder)):
            pass
            t_14.extend((
                '_xml.error_from_response(response',
                str((undefined(name='decoder') if l_1_decoder is missing else l_1_decoder)),
                ', ',
                str(t_7(environment.getattr(l_1_xml, 'data'))),
                ', _XML_MODELS)',
            ))
        else:
            pass
            t_14.extend((
                '_error_from_response(response',
                str((undefined(name='decoder') if l_1_decoder is missing else l_1_decoder)),
                ')',
            ))
        return concat(t_14)
    context.exported_vars.add('error_of')
    context.vars['error_of'] = l_0_error_of = Macro(environment, macro, 'error_of', ('t', 'xml', 'where'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_p, l_1_v):
        t_15 = []
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        if l_1_v is missing:
            l_1_v = undefined("parameter 'v' was not provided", name='v')
        pass
        t_15.extend((
            str(t_7(environment.getattr(l_1_p, 'separator'))),
            '.join(',
            str(context.call((undefined(name='wire') if l_0_wire is missing else l_0_wire), environment.getattr(environment.getattr(l_1_p, 'type'), 'item'), '_item')),
            ' for _item in ',
            str(l_1_v),
            ')',
        ))
        return concat(t_15)
    context.exported_vars.add('joined')
    context.vars['joined'] = l_0_joined = Macro(environment, macro, 'joined', ('p', 'v'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_p):
        t_16 = []
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        pass
        t_16.extend((
            '_serde.',
            str(environment.getattr(l_1_p, 'location')),
            '_param(',
            str(t_7(environment.getattr(l_1_p, 'wire_name'))),
            ', ',
            str(context.call((undefined(name='argument') if l_0_argument is missing else l_0_argument), l_1_p)),
            ', ',
            str(t_7(environment.getattr(l_1_p, 'style'))),
            ', ',
            str(environment.getattr(l_1_p, 'explode')),
        ))
        if environment.getattr(l_1_p, 'allow_reserved'):
            pass
            t_16.append(
                ', allow_reserved=True',
            )
        if environment.getattr(l_1_p, 'keep_none'):
            pass
            t_16.append(
                ', keep_none=True',
            )
        t_16.append(
            ')',
        )
        return concat(t_16)
    context.exported_vars.add('styled')
    context.vars['styled'] = l_0_styled = Macro(environment, macro, 'styled', ('p',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_p):
        t_17 = []
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        pass
        if (environment.getattr(l_1_p, 'styled') and (environment.getattr(l_1_p, 'location') == 'query')):
            pass
            t_17.extend((
                '_params.extend(',
                str(context.call((undefined(name='styled') if l_0_styled is missing else l_0_styled), l_1_p)),
                ')',
            ))
        elif (environment.getattr(l_1_p, 'location') == 'cookie'):
            pass
            t_17.extend((
                '_cookies.extend(',
                str(context.call((undefined(name='styled') if l_0_styled is missing else l_0_styled), l_1_p)),
                ')',
            ))
        elif environment.getattr(l_1_p, 'styled'):
            pass
            t_17.extend((
                '_headers[',
                str(t_7(environment.getattr(l_1_p, 'wire_name'))),
                '] = ',
                str(context.call((undefined(name='styled') if l_0_styled is missing else l_0_styled), l_1_p)),
            ))
        elif (environment.getattr(l_1_p, 'location') == 'query'):
            pass
            t_17.extend((
                '_params.append((',
                str(t_7(environment.getattr(l_1_p, 'wire_name'))),
                ', ',
            ))
            if environment.getattr(l_1_p, 'skip_url_encoding'):
                pass
                t_17.extend((
                    '_Unencoded(',
                    str(context.call((undefined(name='text') if l_0_text is missing else l_0_text), l_1_p)),
                    ')',
                ))
            else:
                pass
                t_17.append(
                    str(context.call((undefined(name='text') if l_0_text is missing else l_0_text), l_1_p)),
                )
            t_17.append(
                '))',
            )
        else:
            pass
            t_17.extend((
                '_headers[',
                str(t_7(environment.getattr(l_1_p, 'wire_name'))),
                '] = ',
                str(context.call((undefined(name='text') if l_0_text is missing else l_0_text), l_1_p)),
            ))
        return concat(t_17)
    context.exported_vars.add('send')
    context.vars['send'] = l_0_send = Macro(environment, macro, 'send', ('p',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_p, l_1_body):
        t_18 = []
        l_1_t = missing
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        if l_1_body is missing:
            l_1_body = undefined("parameter 'body' was not provided", name='body')
        pass
        l_1_t = environment.getattr(l_1_p, 'type')
        if (not t_10(environment.getattr(l_1_p, 'xml'))):
            pass
            t_18.extend((
                '_xml.dumps(',
                str(context.call((undefined(name='encode') if l_0_encode is missing else l_0_encode), (undefined(name='t') if l_1_t is missing else l_1_t), l_1_body, readonly='True')),
                ', ',
                str(t_7(environment.getattr(environment.getattr(l_1_p, 'xml'), 'data'))),
                ', _XML_MODELS)',
            ))
        elif (environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'kind') in ('bytes', 'binary')):
            pass
            t_18.extend((
                '_serde.binary_content(',
                str(l_1_body),
                ')',
            ))
        elif (environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'kind') == 'text'):
            pass
            t_18.extend((
                str(l_1_body),
                '.encode("utf-8")',
            ))
        else:
            pass
            t_18.extend((
                '_serde.json_bytes(',
                str(context.call((undefined(name='encode') if l_0_encode is missing else l_0_encode), (undefined(name='t') if l_1_t is missing else l_1_t), l_1_body, readonly='True')),
                ')',
            ))
        return concat(t_18)
    context.exported_vars.add('content')
    context.vars['content'] = l_0_content = Macro(environment, macro, 'content', ('p', 'body'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_p):
        t_19 = []
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        pass
        t_19.append(
            str((t_7(environment.getattr(l_1_p, 'constant')) if (not t_10(environment.getattr(l_1_p, 'constant'))) else (str_join(('config.', environment.getattr(l_1_p, 'name'), )) if environment.getattr(l_1_p, 'on_client') else environment.getattr(l_1_p, 'name')))),
        )
        return concat(t_19)
    context.exported_vars.add('value')
    context.vars['value'] = l_0_value = Macro(environment, macro, 'value', ('p',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op):
        t_20 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        pass
        if environment.getattr(l_1_op, 'streams'):
            pass
            t_20.append(
                ', stream=True',
            )
        if environment.getattr(l_1_op, 'security'):
            pass
            t_20.extend((
                ', auth=',
                str(t_7(environment.getattr(l_1_op, 'auth_plan'))),
            ))
        return concat(t_20)
    context.exported_vars.add('request_options')
    context.vars['request_options'] = l_0_request_options = Macro(environment, macro, 'request_options', ('op',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_part):
        t_21 = []
        l_1_p = missing
        if l_1_part is missing:
            l_1_part = undefined("parameter 'part' was not provided", name='part')
        pass
        l_1_p = environment.getattr(l_1_part, 'parameter')
        if t_10((undefined(name='p') if l_1_p is missing else l_1_p)):
            pass
            t_21.append(
                str(t_7(environment.getattr(l_1_part, 'literal'))),
            )
        elif environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'styled'):
            pass
            t_21.append(
                str(context.call((undefined(name='styled') if l_0_styled is missing else l_0_styled), (undefined(name='p') if l_1_p is missing else l_1_p))),
            )
        elif environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'skip_url_encoding'):
            pass
            t_21.append(
                str(context.call((undefined(name='text') if l_0_text is missing else l_0_text), (undefined(name='p') if l_1_p is missing else l_1_p))),
            )
        else:
            pass
            t_21.extend((
                '_serde.path_segment(',
                str(t_7(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'name'))),
                ', ',
                str(context.call((undefined(name='text') if l_0_text is missing else l_0_text), (undefined(name='p') if l_1_p is missing else l_1_p))),
            ))
            if (not t_10(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'constant'))):
                pass
                t_21.append(
                    ', constant=True',
                )
            t_21.append(
                ')',
            )
        return concat(t_21)
    context.exported_vars.add('url_part')
    context.vars['url_part'] = l_0_url_part = Macro(environment, macro, 'url_part', ('part',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op, l_1_body):
        t_22 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_body is missing:
            l_1_body = undefined("parameter 'body' was not provided", name='body')
        pass
        t_22.extend((
            '_headers["Content-Type"], _kind = _validation.check_media(',
            str(t_7(environment.getattr(environment.getattr(l_1_op, 'body'), 'name'))),
            ', ',
            str(l_1_body),
            ', ',
            str(environment.getattr(environment.getattr(l_1_op, 'media_keyword'), 'name')),
            ', (',
        ))
        for l_2_m in environment.getattr(environment.getattr(l_1_op, 'body'), 'media_types'):
            _loop_vars = {}
            pass
            t_22.extend((
                '(',
                str(t_7(environment.getattr(l_2_m, 'media_type'))),
                ', ',
                str(t_7(environment.getattr(l_2_m, 'kind'))),
                '), ',
            ))
        l_2_m = missing
        t_22.append(
            '))',
        )
        l_2_loop = missing
        for l_2_kind, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_op, 'body'), 'media_kinds'), undefined):
            _loop_vars = {}
            pass
            if (t_5(environment.getattr(environment.getattr(l_1_op, 'body'), 'media_kinds')) > 1):
                pass
                t_22.extend((
                    '\n',
                    str(('if' if environment.getattr(l_2_loop, 'first') else ('elif' if (not environment.getattr(l_2_loop, 'last')) else 'else'))),
                ))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_22.extend((
                        ' _kind == ',
                        str(t_7(l_2_kind)),
                    ))
                t_22.append(
                    ':',
                )
            t_22.extend((
                '\n',
                str(t_4(context.call((undefined(name='media_branch') if l_0_media_branch is missing else l_0_media_branch), l_1_op, l_1_body, l_2_kind, _loop_vars=_loop_vars), (4 if (t_5(environment.getattr(environment.getattr(l_1_op, 'body'), 'media_kinds')) > 1) else 0), first=(t_5(environment.getattr(environment.getattr(l_1_op, 'body'), 'media_kinds')) > 1))),
            ))
        l_2_loop = l_2_kind = missing
        return concat(t_22)
    context.exported_vars.add('media_body')
    context.vars['media_body'] = l_0_media_body = Macro(environment, macro, 'media_body', ('op', 'body'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op, l_1_body, l_1_annotation):
        t_23 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_body is missing:
            l_1_body = undefined("parameter 'body' was not provided", name='body')
        if l_1_annotation is missing:
            l_1_annotation = undefined("parameter 'annotation' was not provided", name='annotation')
        pass
        if (l_1_annotation == environment.getattr(environment.getattr(environment.getattr(l_1_op, 'body'), 'type'), 'annotation')):
            pass
            t_23.append(
                str(l_1_body),
            )
        else:
            pass
            t_23.extend((
                '_t.cast(',
                str((l_1_annotation if (l_1_annotation == '_t.Any') else t_7(l_1_annotation))),
                ', ',
                str(l_1_body),
                ')',
            ))
        return concat(t_23)
    context.exported_vars.add('narrowed')
    context.vars['narrowed'] = l_0_narrowed = Macro(environment, macro, 'narrowed', ('op', 'body', 'annotation'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op, l_1_body, l_1_kind):
        t_24 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_body is missing:
            l_1_body = undefined("parameter 'body' was not provided", name='body')
        if l_1_kind is missing:
            l_1_kind = undefined("parameter 'kind' was not provided", name='kind')
        pass
        if (l_1_kind == 'json'):
            pass
            t_24.extend((
                '_json = ',
                str(context.call((undefined(name='narrowed') if l_0_narrowed is missing else l_0_narrowed), l_1_op, l_1_body, environment.getattr(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'body'), 'type'), 'item'), 'annotation'))),
                '\n',
                str(context.call((undefined(name='validate') if l_0_validate is missing else l_0_validate), environment.getattr(environment.getattr(environment.getattr(l_1_op, 'body'), 'type'), 'item'), '_json', environment.getattr(environment.getattr(l_1_op, 'body'), 'name'), True)),
                '\n_content = _serde.json_bytes(',
                str(context.call((undefined(name='encode') if l_0_encode is missing else l_0_encode), environment.getattr(environment.getattr(environment.getattr(l_1_op, 'body'), 'type'), 'item'), '_json', readonly='True')),
                ')',
            ))
        elif (l_1_kind == 'text'):
            pass
            t_24.extend((
                '_content = ',
                str(context.call((undefined(name='narrowed') if l_0_narrowed is missing else l_0_narrowed), l_1_op, l_1_body, 'str')),
                '.encode("utf-8")',
            ))
        else:
            pass
            t_24.extend((
                '_content = _serde.binary_content(',
                str(context.call((undefined(name='narrowed') if l_0_narrowed is missing else l_0_narrowed), l_1_op, l_1_body, 'bytes | _t.IO[bytes]')),
                ')',
            ))
        return concat(t_24)
    context.exported_vars.add('media_branch')
    context.vars['media_branch'] = l_0_media_branch = Macro(environment, macro, 'media_branch', ('op', 'body', 'kind'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op):
        t_25 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        pass
        t_25.extend((
            '\n    _form: list[tuple[str, ',
            str(('str | bytes | _t.IO[bytes]' if environment.getattr(l_1_op, 'multipart') else 'str')),
            ']] = []',
        ))
        for l_2_p in environment.getattr(l_1_op, 'form'):
            l_2_field = resolve('field')
            l_2_v = missing
            _loop_vars = {}
            pass
            l_2_v = context.call((undefined(name='value') if l_0_value is missing else l_0_value), l_2_p, _loop_vars=_loop_vars)
            _loop_vars['v'] = l_2_v
            if ((environment.getattr(environment.getattr(l_2_p, 'type'), 'kind') == 'list') and ((environment.getattr(environment.getattr(environment.getattr(l_2_p, 'type'), 'item'), 'kind') == 'binary') or (environment.getattr(l_2_p, 'collection_format') == 'multi'))):
                pass
                t_25.extend((
                    '\n    for _item in ',
                    str((undefined(name='v') if l_2_v is missing else l_2_v)),
                    ' or ():\n        _form.append((',
                    str(t_7(environment.getattr(l_2_p, 'wire_name'))),
                    ', ',
                    str(('_item' if (environment.getattr(environment.getattr(environment.getattr(l_2_p, 'type'), 'item'), 'kind') == 'binary') else context.call((undefined(name='wire') if l_0_wire is missing else l_0_wire), environment.getattr(environment.getattr(l_2_p, 'type'), 'item'), '_item', _loop_vars=_loop_vars))),
                    '))',
                ))
            else:
                pass
                if (environment.getattr(environment.getattr(l_2_p, 'type'), 'kind') == 'list'):
                    pass
                    l_2_field = context.call((undefined(name='joined') if l_0_joined is missing else l_0_joined), l_2_p, (undefined(name='v') if l_2_v is missing else l_2_v), _loop_vars=_loop_vars)
                    _loop_vars['field'] = l_2_field
                else:
                    pass
                    l_2_field = ((undefined(name='v') if l_2_v is missing else l_2_v) if (environment.getattr(environment.getattr(l_2_p, 'type'), 'kind') == 'binary') else context.call((undefined(name='text') if l_0_text is missing else l_0_text), l_2_p, _loop_vars=_loop_vars))
                    _loop_vars['field'] = l_2_field
                if (environment.getattr(l_2_p, 'required') or (not t_10(environment.getattr(l_2_p, 'constant')))):
                    pass
                    t_25.extend((
                        '\n    _form.append((',
                        str(t_7(environment.getattr(l_2_p, 'wire_name'))),
                        ', ',
                        str((undefined(name='field') if l_2_field is missing else l_2_field)),
                        '))',
                    ))
                else:
                    pass
                    t_25.extend((
                        '\n    if ',
                        str((undefined(name='v') if l_2_v is missing else l_2_v)),
                        ' is not None:\n        _form.append((',
                        str(t_7(environment.getattr(l_2_p, 'wire_name'))),
                        ', ',
                        str((undefined(name='field') if l_2_field is missing else l_2_field)),
                        '))',
                    ))
        l_2_p = l_2_v = l_2_field = missing
        if environment.getattr(l_1_op, 'multipart'):
            pass
            t_25.append(
                '\n    _content, _headers["Content-Type"] = _serde.multipart(_form)',
            )
        else:
            pass
            t_25.append(
                '\n    _headers["Content-Type"] = "application/x-www-form-urlencoded"\n    _content = _serde.form_urlencoded(_form)',
            )
        return concat(t_25)
    context.exported_vars.add('form_body')
    context.vars['form_body'] = l_0_form_body = Macro(environment, macro, 'form_body', ('op',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_module):
        t_26 = []
        if l_1_module is missing:
            l_1_module = undefined("parameter 'module' was not provided", name='module')
        pass
        if t_6(context.eval_ctx, t_8(context, environment.getattr(l_1_module, 'operations'), 'xml')):
            pass
            t_26.append(
                '\n\n\n_XML_MODELS: _xml.Models = {',
            )
            for l_2_m in environment.getattr(l_1_module, 'xml_models'):
                _loop_vars = {}
                pass
                t_26.extend((
                    '\n    ',
                    str(t_7(environment.getattr(l_2_m, 'name'))),
                    ': ',
                    str(t_7(environment.getattr(l_2_m, 'data'))),
                    ',',
                ))
            l_2_m = missing
            t_26.append(
                '\n}',
            )
        return concat(t_26)
    context.exported_vars.add('xml_table')
    context.vars['xml_table'] = l_0_xml_table = Macro(environment, macro, 'xml_table', ('module',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r, l_1_where, l_1_column):
        t_27 = []
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        if l_1_where is missing:
            l_1_where = undefined("parameter 'where' was not provided", name='where')
        if l_1_column is missing:
            l_1_column = undefined("parameter 'column' was not provided", name='column')
        pass
        if (not t_10(environment.getattr(l_1_r, 'xml'))):
            pass
            t_27.append(
                str(t_4(t_3(('_body = _xml.loads(response.content, %s, _XML_MODELS, %s)' % (t_7(environment.getattr(environment.getattr(l_1_r, 'xml'), 'data')), l_1_where)), l_1_column), l_1_column)),
            )
        else:
            pass
            t_27.append(
                str(t_4(t_3(('_body = _serde.json_body(response.content, %s)' % l_1_where), l_1_column), l_1_column)),
            )
        return concat(t_27)
    context.exported_vars.add('read_body')
    context.vars['read_body'] = l_0_read_body = Macro(environment, macro, 'read_body', ('r', 'where', 'column'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_patterns):
        t_28 = []
        if l_1_patterns is missing:
            l_1_patterns = undefined("parameter 'patterns' was not provided", name='patterns')
        pass
        l_2_loop = missing
        for l_2_p, l_2_loop in LoopContext(l_1_patterns, undefined):
            _loop_vars = {}
            pass
            t_28.extend((
                str(('\n\n' if environment.getattr(l_2_loop, 'first') else '\n')),
                str(environment.getattr(l_2_p, 'name')),
                ' = _re.compile(',
                str(t_7(environment.getattr(l_2_p, 'source'))),
                ', _re.ASCII)',
            ))
        l_2_loop = l_2_p = missing
        return concat(t_28)
    context.exported_vars.add('compiled')
    context.vars['compiled'] = l_0_compiled = Macro(environment, macro, 'compiled', ('patterns',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op):
        t_29 = []
        l_1_namespace = resolve('namespace')
        l_1_body = resolve('body')
        l_1_ref = resolve('ref')
        l_1_av = resolve('av')
        l_1_base = resolve('base')
        l_1_url = l_1_pg = missing
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        pass
        t_29.extend((
            '\n\n\ndef ',
            str(environment.getattr(l_1_op, 'builder')),
            '(\n    config: ClientConfig,',
        ))
        def t_30(fiter):
            for l_2_p in fiter:
                if t_10(environment.getattr(l_2_p, 'constant')):
                    yield l_2_p
        for l_2_p in t_30(environment.getattr(l_1_op, 'parameters')):
            _loop_vars = {}
            pass
            t_29.extend((
                '\n    ',
                str(t_4(t_3(('%s: %s%s,' % (environment.getattr(l_2_p, 'name'), environment.getattr(environment.getattr(l_2_p, 'type'), 'annotation'), ('' if environment.getattr(l_2_p, 'required') else ' | None'))), 4, parameter=True), 4)),
            ))
        l_2_p = missing
        t_29.extend((
            '\n) -> _Request:\n    """',
            str(environment.getattr(l_1_op, 'method')),
            ' ',
            str(t_2(environment.getattr(l_1_op, 'path'))),
            '"""',
        ))
        def t_31(fiter):
            for l_2_p in fiter:
                if t_10(environment.getattr(l_2_p, 'constant')):
                    yield l_2_p
        for l_2_p in t_31(environment.getattr(l_1_op, 'parameters')):
            _loop_vars = {}
            pass
            t_29.extend((
                '\n    ',
                str(t_4(context.call((undefined(name='validate') if l_0_validate is missing else l_0_validate), environment.getattr(l_2_p, 'type'), environment.getattr(l_2_p, 'name'), environment.getattr(l_2_p, 'name'), environment.getattr(l_2_p, 'required'), 4, _loop_vars=_loop_vars), 4)),
            ))
        l_2_p = missing
        l_1_url = context.call((undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), parts=([] if environment.getattr(l_1_op, 'host_parts') else ['config.endpoint']))
        for l_2_part in (t_6(context.eval_ctx, environment.getattr(l_1_op, 'host_parts')) + t_6(context.eval_ctx, environment.getattr(l_1_op, 'path_parts'))):
            _loop_vars = {}
            pass
            if not isinstance(l_1_url, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_1_url['parts'] = (environment.getattr((undefined(name='url') if l_1_url is missing else l_1_url), 'parts') + [t_9(context.call((undefined(name='url_part') if l_0_url_part is missing else l_0_url_part), l_2_part, _loop_vars=_loop_vars))])
        l_2_part = missing
        t_29.extend((
            '\n    ',
            str(t_4(t_1(environment.getattr((undefined(name='url') if l_1_url is missing else l_1_url), 'parts'), '_url', 4), 4)),
            '\n    _params: list[tuple[str, str | int | float | bool | None]] = []\n    _headers: dict[str, str] = {}',
        ))
        if environment.getattr(l_1_op, 'cookies'):
            pass
            t_29.append(
                '\n    _cookies: list[tuple[str, str]] = []',
            )
        def t_32(fiter):
            for l_2_p in fiter:
                if (environment.getattr(l_2_p, 'location') in ('query', 'header', 'cookie')):
                    yield l_2_p
        for l_2_p in t_32((t_6(context.eval_ctx, environment.getattr(l_1_op, 'client_parameters')) + t_6(context.eval_ctx, environment.getattr(l_1_op, 'parameters')))):
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_p, 'required') or (not t_10(environment.getattr(l_2_p, 'constant')))):
                pass
                t_29.extend((
                    '\n    ',
                    str(t_4(t_3(context.call((undefined(name='send') if l_0_send is missing else l_0_send), l_2_p, _loop_vars=_loop_vars), 4), 4)),
                ))
            else:
                pass
                t_29.extend((
                    '\n    if ',
                    str(context.call((undefined(name='value') if l_0_value is missing else l_0_value), l_2_p, _loop_vars=_loop_vars)),
                    ' is not None:\n        ',
                    str(t_4(t_3(context.call((undefined(name='send') if l_0_send is missing else l_0_send), l_2_p, _loop_vars=_loop_vars), 8), 8)),
                ))
        l_2_p = missing
        if environment.getattr(l_1_op, 'cookies'):
            pass
            t_29.append(
                '\n    if _cookies:\n        _headers["Cookie"] = _serde.cookie_header(_cookies)',
            )
        if (not t_10(environment.getattr(l_1_op, 'body'))):
            pass
            l_1_body = context.call((undefined(name='value') if l_0_value is missing else l_0_value), environment.getattr(l_1_op, 'body'))
            if environment.getattr(l_1_op, 'body_fields'):
                pass
                t_29.extend((
                    '\n    ',
                    str((undefined(name='body') if l_1_body is missing else l_1_body)),
                    ' = ',
                    str(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'body'), 'type'), 'name')),
                    '(',
                ))
                for l_2_p in environment.getattr(l_1_op, 'body_fields'):
                    _loop_vars = {}
                    pass
                    t_29.extend((
                        '\n        ',
                        str(environment.getattr(l_2_p, 'body_field')),
                        '=',
                        str(environment.getattr(l_2_p, 'name')),
                        ',',
                    ))
                l_2_p = missing
                t_29.append(
                    '\n    )',
                )
            if environment.getattr(environment.getattr(l_1_op, 'body'), 'media_types'):
                pass
                t_29.append(
                    '\n    _content: bytes | None = None',
                )
                if environment.getattr(environment.getattr(l_1_op, 'body'), 'required'):
                    pass
                    t_29.extend((
                        '\n    ',
                        str(t_4(context.call((undefined(name='media_body') if l_0_media_body is missing else l_0_media_body), l_1_op, (undefined(name='body') if l_1_body is missing else l_1_body)), 4)),
                    ))
                else:
                    pass
                    t_29.extend((
                        '\n    if ',
                        str((undefined(name='body') if l_1_body is missing else l_1_body)),
                        ' is not None:\n        ',
                        str(t_4(context.call((undefined(name='media_body') if l_0_media_body is missing else l_0_media_body), l_1_op, (undefined(name='body') if l_1_body is missing else l_1_body)), 8)),
                    ))
            elif ((not t_10(environment.getattr(environment.getattr(l_1_op, 'body'), 'constant'))) or environment.getattr(l_1_op, 'body_fields')):
                pass
                t_29.extend((
                    '\n    _headers["Content-Type"] = ',
                    str(t_7(environment.getattr(environment.getattr(l_1_op, 'body'), 'content_type'))),
                    '\n    _content: bytes | None = ',
                    str(context.call((undefined(name='content') if l_0_content is missing else l_0_content), environment.getattr(l_1_op, 'body'), (undefined(name='body') if l_1_body is missing else l_1_body))),
                ))
            else:
                pass
                t_29.extend((
                    '\n    _content: bytes | None = None\n    if ',
                    str((undefined(name='body') if l_1_body is missing else l_1_body)),
                    ' is not None:\n        _headers["Content-Type"] = ',
                    str(t_7(environment.getattr(environment.getattr(l_1_op, 'body'), 'content_type'))),
                    '\n        _content = ',
                    str(context.call((undefined(name='content') if l_0_content is missing else l_0_content), environment.getattr(l_1_op, 'body'), (undefined(name='body') if l_1_body is missing else l_1_body))),
                ))
            t_29.extend((
                '\n    ',
                str(t_4(t_3(('return _Request(%s, _url, _params, _headers, _content%s)' % (t_7(environment.getattr(l_1_op, 'method')), context.call((undefined(name='request_options') if l_0_request_options is missing else l_0_request_options), l_1_op))), 4), 4)),
            ))
        elif environment.getattr(l_1_op, 'form'):
            pass
            t_29.extend((
                str(context.call((undefined(name='form_body') if l_0_form_body is missing else l_0_form_body), l_1_op)),
                '\n    ',
                str(t_4(t_3(('return _Request(%s, _url, _params, _headers, _content%s)' % (t_7(environment.getattr(l_1_op, 'method')), context.call((undefined(name='request_options') if l_0_request_options is missing else l_0_request_options), l_1_op))), 4), 4)),
            ))
        else:
            pass
            t_29.extend((
                '\n    ',
                str(t_4(t_3(('return _Request(%s, _url, _params, _headers%s)' % (t_7(environment.getattr(l_1_op, 'method')), context.call((undefined(name='request_options') if l_0_request_options is missing else l_0_request_options), l_1_op))), 4), 4)),
            ))
        t_29.extend((
            '\n\n\n',
            str(t_3(('def %s(response: httpx.Response) -> %s:' % (environment.getattr(l_1_op, 'handler'), environment.getattr(l_1_op, 'return_annotation'))), 0)),
            '\n    """The result of ',
            str((t_2(environment.getattr(l_1_op, 'operation_id')) or environment.getattr(l_1_op, 'name'))),
            ', or the error it raises."""\n    _status = response.status_code',
        ))
        l_2_loop = missing
        for l_2_r, l_2_loop in LoopContext(environment.getattr(l_1_op, 'responses'), undefined):
            l_2_where = missing
            _loop_vars = {}
            pass
            l_2_where = t_7(environment.getattr(l_2_r, 'label'))
            _loop_vars['where'] = l_2_where
            t_29.extend((
                '\n    if ',
                str(environment.getattr(l_2_r, 'condition')),
                ':',
            ))
            if (not t_10(environment.getattr(l_2_r, 'result'))):
                pass
                if ((not t_10(environment.getattr(l_2_r, 'type'))) and (environment.getattr(environment.getattr(l_2_r, 'type'), 'kind') not in ('bytes', 'text'))):
                    pass
                    t_29.extend((
                        '\n        ',
                        str(context.call((undefined(name='read_body') if l_0_read_body is missing else l_0_read_body), l_2_r, (undefined(name='where') if l_2_where is missing else l_2_where), 8, _loop_vars=_loop_vars)),
                    ))
                l_3_loop = missing
                for l_3_h, l_3_loop in LoopContext(environment.getattr(environment.getattr(l_2_r, 'result'), 'headers'), undefined):
                    _loop_vars = {}
                    pass
                    t_29.extend((
                        '\n        ',
                        str(t_4(t_3(('_h%d = _serde.header(response.headers, %s, %s, %s)' % (environment.getattr(l_3_loop, 'index0'), t_7(environment.getattr(l_3_h, 'wire_name')), t_7(environment.getattr(l_3_h, 'read_as')), t_7(environment.getattr(l_3_h, 'label')))), 8), 8)),
                    ))
                l_3_loop = l_3_h = missing
                t_29.extend((
                    '\n        return ',
                    str(environment.getattr(environment.getattr(l_2_r, 'result'), 'name')),
                    '(',
                ))
                if t_10(environment.getattr(l_2_r, 'type')):
                    pass
                elif (environment.getattr(environment.getattr(l_2_r, 'type'), 'kind') == 'bytes'):
                    pass
                    t_29.append(
                        '\n            body=response.content,',
                    )
                elif (environment.getattr(environment.getattr(l_2_r, 'type'), 'kind') == 'text'):
                    pass
                    t_29.append(
                        '\n            body=response.text,',
                    )
                elif environment.getattr(l_2_r, 'nullable'):
                    pass
                    t_29.extend((
                        '\n            ',
                        str(t_4(t_3(('body=None if _body is None else %s,' % context.call((undefined(name='decode') if l_0_decode is missing else l_0_decode), environment.getattr(l_2_r, 'type'), '_body', (undefined(name='where') if l_2_where is missing else l_2_where), _loop_vars=_loop_vars)), 12, item=True), 12)),
                    ))
                else:
                    pass
                    t_29.extend((
                        '\n            ',
                        str(t_4(t_3(('body=_serde.empty_body(%s) if _body is None else %s,' % ((undefined(name='where') if l_2_where is missing else l_2_where), context.call((undefined(name='decode') if l_0_decode is missing else l_0_decode), environment.getattr(l_2_r, 'type'), '_body', (undefined(name='where') if l_2_where is missing else l_2_where), _loop_vars=_loop_vars))), 12, item=True), 12)),
                    ))
                l_3_loop = missing
                for l_3_h, l_3_loop in LoopContext(environment.getattr(environment.getattr(l_2_r, 'result'), 'headers'), undefined):
                    _loop_vars = {}
                    pass
                    if ((environment.getattr(environment.getattr(l_3_h, 'type'), 'kind') in ('str', 'bool', 'float')) or ((environment.getattr(environment.getattr(l_3_h, 'type'), 'kind') == 'int') and t_10(environment.getattr(environment.getattr(l_3_h, 'type'), 'decode_check')))):
                        pass
                        t_29.extend((
                            '\n            ',
                            str(environment.getattr(l_3_h, 'name')),
                            '=_h',
                            str(environment.getattr(l_3_loop, 'index0')),
                            ',',
                        ))
                    else:
                        pass
                        t_29.extend((
                            '\n            ',
                            str(t_4(t_3(('%s=None if _h%d is None else %s,' % (environment.getattr(l_3_h, 'name'), environment.getattr(l_3_loop, 'index0'), context.call((undefined(name='decode') if l_0_decode is missing else l_0_decode), environment.getattr(l_3_h, 'type'), ('_h%d' % environment.getattr(l_3_loop, 'index0')), t_7(environment.getattr(l_3_h, 'label')), _loop_vars=_loop_vars))), 12, item=True), 12)),
                        ))
                l_3_loop = l_3_h = missing
                t_29.append(
                    '\n        )',
                )
            elif (not t_10(environment.getattr(l_2_r, 'value'))):
                pass
                t_29.extend((
                    '\n        return ',
                    str(t_7(environment.getattr(l_2_r, 'value'))),
                ))
            elif t_10(environment.getattr(l_2_r, 'type')):
                pass
                t_29.append(
                    '\n        return None',
                )
            elif (environment.getattr(environment.getattr(l_2_r, 'type'), 'kind') == 'stream'):
                pass
                t_29.append(
                    '\n        return ByteStream(response)',
                )
            elif (environment.getattr(environment.getattr(l_2_r, 'type'), 'kind') == 'bytes'):
                pass
                t_29.append(
                    '\n        return response.content',
                )
            elif (environment.getattr(environment.getattr(l_2_r, 'type'), 'kind') == 'text'):
                pass
                t_29.append(
                    '\n        return response.text',
                )
            else:
                pass
                t_29.extend((
                    '\n        ',
                    str(context.call((undefined(name='read_body') if l_0_read_body is missing else l_0_read_body), l_2_r, (undefined(name='where') if l_2_where is missing else l_2_where), 8, _loop_vars=_loop_vars)),
                    '\n        if _body is None:',
                ))
                if environment.getattr(l_2_r, 'nullable'):
                    pass
                    t_29.append(
                        '\n            return None',
                    )
                else:
                    pass
                    t_29.extend((
                        '\n            ',
                        str(t_4(t_3(('return _t.cast(%s, _serde.empty_body(%s))' % (t_7(environment.getattr(environment.getattr(l_2_r, 'type'), 'annotation')), (undefined(name='where') if l_2_where is missing else l_2_where))), 12), 12)),
                    ))
                t_29.extend((
                    '\n        ',
                    str(t_4(t_3(str_join(('return ', context.call((undefined(name='decode') if l_0_decode is missing else l_0_decode), environment.getattr(l_2_r, 'type'), '_body', (undefined(name='where') if l_2_where is missing else l_2_where), _loop_vars=_loop_vars), )), 8), 8)),
                ))
        l_2_loop = l_2_r = l_2_where = missing
        def t_33(fiter):
            for l_2_r in fiter:
                if (environment.getattr(l_2_r, 'type') != environment.getattr(l_1_op, 'error_type')):
                    yield l_2_r
        for l_2_r in t_33(environment.getattr(l_1_op, 'errors')):
            _loop_vars = {}
            pass
            t_29.extend((
                '\n    if ',
                str(environment.getattr(l_2_r, 'condition')),
                ':\n        raise ',
                str(context.call((undefined(name='error_of') if l_0_error_of is missing else l_0_error_of), environment.getattr(l_2_r, 'type'), environment.getattr(l_2_r, 'xml'), t_7(environment.getattr(l_2_r, 'label')), _loop_vars=_loop_vars)),
            ))
        l_2_r = missing
        t_29.extend((
            '\n    raise ',
            str(context.call((undefined(name='error_of') if l_0_error_of is missing else l_0_error_of), environment.getattr(l_1_op, 'error_type'), environment.getattr(l_1_op, 'error_xml'), t_7(environment.getattr(l_1_op, 'error_label')))),
        ))
        l_1_pg = environment.getattr(l_1_op, 'paging')
        if (not t_10((undefined(name='pg') if l_1_pg is missing else l_1_pg))):
            pass
            t_29.extend((
                '\n\n\n',
                str(t_3(('def %s(response: httpx.Response) -> tuple[list[%s], str | None]:' % (environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'page'), environment.getattr(environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'item'), 'annotation'))), 0)),
                '\n    """The items and the next link of a page of ',
                str((t_2(environment.getattr(l_1_op, 'operation_id')) or environment.getattr(l_1_op, 'name'))),
                ', or the error it raises."""',
            ))
            if (not t_10(environment.getattr(l_1_op, 'lro'))):
                pass
                t_29.extend((
                    '\n    _page = ',
                    str(environment.getattr(environment.getattr(l_1_op, 'lro'), 'handler')),
                    '(response)',
                ))
            else:
                pass
                t_29.extend((
                    '\n    _page = ',
                    str(environment.getattr(l_1_op, 'handler')),
                    '(response)',
                    str(('.body' if environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'in_result') else cond_expr_undefined("the inline if-expression on line 309 in 'macros/requests.jinja' evaluated to false and no else section was defined."))),
                ))
            t_29.extend((
                '\n    if _page is None:  # no body, or an empty one tolerated (_serde.empty_body)\n        return [], None\n    return list(_page.',
                str(environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'items')),
                ' or ()), ',
                str((('_page.%s or None' % environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'next_link')) if environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'next_link') else 'None')),
                '\n\n\ndef ',
                str(environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'next_request')),
                '(\n    config: ClientConfig,\n    _first: _Request,\n    _link: str,',
            ))
            def t_34(fiter):
                for l_2_p in fiter:
                    if t_10(environment.getattr(l_2_p, 'constant')):
                        yield l_2_p
            for l_2_p in t_34(environment.getattr(l_1_op, 'parameters')):
                _loop_vars = {}
                pass
                t_29.extend((
                    '\n    ',
                    str(t_4(t_3(('%s: %s%s,' % (environment.getattr(l_2_p, 'name'), environment.getattr(environment.getattr(l_2_p, 'type'), 'annotation'), ('' if environment.getattr(l_2_p, 'required') else ' | None'))), 4, parameter=True), 4)),
                ))
            l_2_p = missing
            t_29.extend((
                '\n) -> _Request:\n    """The request of the page a next link of ',
                str((t_2(environment.getattr(l_1_op, 'operation_id')) or environment.getattr(l_1_op, 'name'))),
                ' names."""',
            ))
            if environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'next_operation'):
                pass
                t_29.extend((
                    '\n    return ',
                    str(context.call((undefined(name='ref') if l_1_ref is missing else l_1_ref), environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'next_operation'))),
                    '(config',
                ))
                for l_2_a in environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'next_arguments'):
                    _loop_vars = {}
                    pass
                    t_29.extend((
                        ', ',
                        str(l_2_a),
                    ))
                l_2_a = missing
                t_29.append(
                    ')',
                )
            else:
                pass
                l_1_av = environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'api_version')
                if environment.getattr(l_1_op, 'host_parts'):
                    pass
                    l_1_base = context.call((undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), parts=[])
                    for l_2_part in environment.getattr(l_1_op, 'host_parts'):
                        _loop_vars = {}
                        pass
                        if not isinstance(l_1_base, Namespace):
                            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                        l_1_base['parts'] = (environment.getattr((undefined(name='base') if l_1_base is missing else l_1_base), 'parts') + [t_9(context.call((undefined(name='url_part') if l_0_url_part is missing else l_0_url_part), l_2_part, _loop_vars=_loop_vars))])
                    l_2_part = missing
                    t_29.extend((
                        '\n    ',
                        str(t_4(t_1(environment.getattr((undefined(name='base') if l_1_base is missing else l_1_base), 'parts'), '_base', 4), 4)),
                    ))
                else:
                    pass
                    t_29.append(
                        '\n    _base = config.endpoint',
                    )
                if t_10((undefined(name='av') if l_1_av is missing else l_1_av)):
                    pass
                    t_29.append(
                        '\n    return _next_page(_first, _link, _base, None)',
                    )
                elif (environment.getattr((undefined(name='av') if l_1_av is missing else l_1_av), 'required') or (not t_10(environment.getattr((undefined(name='av') if l_1_av is missing else l_1_av), 'constant')))):
                    pass
                    t_29.extend((
                        '\n    ',
                        str(t_4(t_3(('return _next_page(_first, _link, _base, (%s, %s))' % (t_7(environment.getattr((undefined(name='av') if l_1_av is missing else l_1_av), 'wire_name')), context.call((undefined(name='text') if l_0_text is missing else l_0_text), (undefined(name='av') if l_1_av is missing else l_1_av)))), 4), 4)),
                    ))
                else:
                    pass
                    t_29.extend((
                        '\n    return _next_page(_first, _link, _base, None if ',
                        str(context.call((undefined(name='value') if l_0_value is missing else l_0_value), (undefined(name='av') if l_1_av is missing else l_1_av))),
                        ' is None else (',
                        str(t_7(environment.getattr((undefined(name='av') if l_1_av is missing else l_1_av), 'wire_name'))),
                        ', ',
                        str(context.call((undefined(name='text') if l_0_text is missing else l_0_text), (undefined(name='av') if l_1_av is missing else l_1_av))),
                        '))',
                    ))
        return concat(t_29)
    context.exported_vars.add('request_functions')
    context.vars['request_functions'] = l_0_request_functions = Macro(environment, macro, 'request_functions', ('op',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op):
        t_35 = []
        l_1_where = l_1_raised = l_1_t = missing
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        pass
        l_1_where = t_7(environment.getattr(environment.getattr(l_1_op, 'lro'), 'label'))
        l_1_raised = context.call((undefined(name='error_of') if l_0_error_of is missing else l_0_error_of), environment.getattr(l_1_op, 'error_type'), environment.getattr(l_1_op, 'error_xml'), t_7(environment.getattr(l_1_op, 'error_label')))
        t_35.extend((
            '\n\n\n',
            str(t_3(('def %s(response: httpx.Response, failed: bool = False) -> %s:' % (environment.getattr(environment.getattr(l_1_op, 'lro'), 'handler'), environment.getattr(environment.getattr(l_1_op, 'lro'), 'annotation'))), 0)),
            '\n    """The result of the long-running ',
            str((t_2(environment.getattr(l_1_op, 'operation_id')) or environment.getattr(l_1_op, 'name'))),
            ' from its final\n    response; or its error (``failed``: the operation ended Failed or Canceled)."""\n    if failed:\n        raise ',
            str((undefined(name='raised') if l_1_raised is missing else l_1_raised)),
            '\n    if not 200 <= response.status_code < 300:\n        ',
            str(environment.getattr(l_1_op, 'handler')),
            '(response)\n        raise ',
            str((undefined(name='raised') if l_1_raised is missing else l_1_raised)),
        ))
        l_1_t = environment.getattr(environment.getattr(l_1_op, 'lro'), 'result')
        if t_10((undefined(name='t') if l_1_t is missing else l_1_t)):
            pass
            t_35.append(
                '\n    return None',
            )
        elif (environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'kind') == 'bytes'):
            pass
            t_35.append(
                '\n    return response.content',
            )
        elif (environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'kind') == 'text'):
            pass
            t_35.append(
                '\n    return response.text',
            )
        else:
            pass
            t_35.extend((
                '\n    ',
                str(context.call((undefined(name='read_body') if l_0_read_body is missing else l_0_read_body), environment.getattr(l_1_op, 'lro'), (undefined(name='where') if l_1_where is missing else l_1_where), 4)),
                '\n    if _body is None:',
            ))
            if environment.getattr(environment.getattr(l_1_op, 'lro'), 'nullable'):
                pass
                t_35.append(
                    '\n        return None',
                )
            else:
                pass
                t_35.extend((
                    '\n        ',
                    str(t_4(t_3(('return _t.cast(%s, _serde.empty_body(%s))' % (t_7(environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'annotation')), (undefined(name='where') if l_1_where is missing else l_1_where))), 8), 8)),
                ))
            t_35.extend((
                '\n    ',
                str(t_4(t_3(str_join(('return ', context.call((undefined(name='decode') if l_0_decode is missing else l_0_decode), (undefined(name='t') if l_1_t is missing else l_1_t), '_body', (undefined(name='where') if l_1_where is missing else l_1_where)), )), 4), 4)),
            ))
        return concat(t_35)
    context.exported_vars.add('lro_function')
    context.vars['lro_function'] = l_0_lro_function = Macro(environment, macro, 'lro_function', ('op',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=72&6=87&7=92&8=99&9=107&13=112&14=117&15=122&16=132&20=137&21=144&22=146&23=157&28=162&29=172&30=173&31=177&33=186&37=192&40=210&41=217&42=227&45=243&46=248&47=252&48=255&49=259&50=262&51=266&52=270&53=274&55=296&59=303&60=311&61=312&62=321&63=328&64=338&67=344&69=355&70=360&71=365&74=374&75=380&76=381&77=384&78=386&79=389&80=391&81=394&84=400&89=415&90=424&91=446&92=449&93=453&95=466&100=472&101=481&102=490&105=498&106=507&107=511&108=513&109=515&110=518&111=522&113=529&117=535&118=542&119=545&120=550&121=552&122=556&123=558&125=565&126=567&128=571&130=573&131=577&133=586&134=588&138=594&147=607&148=612&152=617&153=622&160=634&161=643&162=646&164=651&169=656&170=662&174=676&177=689&179=692&180=701&183=706&184=711&185=720&187=723&188=724&189=733&192=736&195=741&196=748&197=752&199=758&200=760&203=763&207=768&208=770&209=771&210=775&211=780&212=785&216=794&218=799&219=803&221=809&222=811&224=813&225=817&226=819&229=825&230=827&231=829&233=833&234=835&235=838&236=840&238=846&242=850&243=852&245=856&246=860&247=864&248=867&249=869&250=873&252=876&253=881&255=886&256=889&257=891&259=896&261=901&262=905&264=911&266=914&267=917&268=921&270=930&274=936&275=940&276=942&278=947&280=952&282=957&285=966&287=969&290=978&292=982&295=985&296=994&297=996&299=1001&300=1003&301=1004&304=1008&305=1010&306=1013&307=1017&309=1024&313=1030&316=1034&320=1037&321=1046&324=1051&325=1054&326=1058&328=1074&329=1075&330=1077&331=1078&332=1087&336=1094&338=1099&339=1103&341=1109&348=1119&349=1125&350=1126&353=1129&354=1131&357=1133&359=1135&360=1137&361=1139&362=1140&364=1145&366=1150&369=1159&371=1162&374=1171&376=1175'