from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros/types.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_decode = l_0_decode_element = l_0_encode = l_0_encode_element = l_0_wire = l_0_rules = l_0_validate = l_0_check = missing
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
        t_4 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_t, l_1_expr, l_1_where, l_1_depth):
        t_6 = []
        l_1_kind = missing
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_expr is missing:
            l_1_expr = undefined("parameter 'expr' was not provided", name='expr')
        if l_1_where is missing:
            l_1_where = undefined("parameter 'where' was not provided", name='where')
        if l_1_depth is missing:
            l_1_depth = 0
        pass
        l_1_kind = environment.get_template(str_join(('macros/type_', environment.getattr(l_1_t, 'partial'), '.jinja', )), 'macros/types.jinja')._get_default_module(context)
        t_6.append(
            str(context.call(environment.getattr((undefined(name='kind') if l_1_kind is missing else l_1_kind), 'decode'), l_1_t, l_1_expr, l_1_where, l_1_depth, (undefined(name='decode_element') if l_0_decode_element is missing else l_0_decode_element))),
        )
        return concat(t_6)
    context.exported_vars.add('decode')
    context.vars['decode'] = l_0_decode = Macro(environment, macro, 'decode', ('t', 'expr', 'where', 'depth'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_expr, l_1_where, l_1_depth):
        t_7 = []
        l_1_value = missing
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_expr is missing:
            l_1_expr = undefined("parameter 'expr' was not provided", name='expr')
        if l_1_where is missing:
            l_1_where = undefined("parameter 'where' was not provided", name='where')
        if l_1_depth is missing:
            l_1_depth = undefined("parameter 'depth' was not provided", name='depth')
        pass
        l_1_value = context.call((undefined(name='decode') if l_0_decode is missing else l_0_decode), l_1_t, l_1_expr, l_1_where, l_1_depth)
        if environment.getattr(l_1_t, 'nullable'):
            pass
            t_7.extend((
                'None if ',
                str(l_1_expr),
                ' is None else ',
                str((('(%s)' if (' if ' in (undefined(name='value') if l_1_value is missing else l_1_value)) else '%s') % (undefined(name='value') if l_1_value is missing else l_1_value))),
            ))
        else:
            pass
            t_7.append(
                str((undefined(name='value') if l_1_value is missing else l_1_value)),
            )
        return concat(t_7)
    context.exported_vars.add('decode_element')
    context.vars['decode_element'] = l_0_decode_element = Macro(environment, macro, 'decode_element', ('t', 'expr', 'where', 'depth'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_expr, l_1_depth, l_1_readonly):
        t_8 = []
        l_1_kind = missing
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_expr is missing:
            l_1_expr = undefined("parameter 'expr' was not provided", name='expr')
        if l_1_depth is missing:
            l_1_depth = 0
        if l_1_readonly is missing:
            l_1_readonly = None
        pass
        l_1_kind = environment.get_template(str_join(('macros/type_', environment.getattr(l_1_t, 'partial'), '.jinja', )), 'macros/types.jinja')._get_default_module(context)
        t_8.append(
            str(context.call(environment.getattr((undefined(name='kind') if l_1_kind is missing else l_1_kind), 'encode'), l_1_t, l_1_expr, l_1_depth, l_1_readonly, (undefined(name='encode_element') if l_0_encode_element is missing else l_0_encode_element))),
        )
        return concat(t_8)
    context.exported_vars.add('encode')
    context.vars['encode'] = l_0_encode = Macro(environment, macro, 'encode', ('t', 'expr', 'depth', 'readonly'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_expr, l_1_depth, l_1_readonly):
        t_9 = []
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_expr is missing:
            l_1_expr = undefined("parameter 'expr' was not provided", name='expr')
        if l_1_depth is missing:
            l_1_depth = undefined("parameter 'depth' was not provided", name='depth')
        if l_1_readonly is missing:
            l_1_readonly = undefined("parameter 'readonly' was not provided", name='readonly')
        pass
        if environment.getattr(l_1_t, 'nullable'):
            pass
            t_9.extend((
                'None if ',
                str(l_1_expr),
                ' is None else ',
                str(context.call((undefined(name='encode') if l_0_encode is missing else l_0_encode), l_1_t, l_1_expr, l_1_depth, l_1_readonly)),
            ))
        else:
            pass
            t_9.append(
                str(context.call((undefined(name='encode') if l_0_encode is missing else l_0_encode), l_1_t, l_1_expr, l_1_depth, l_1_readonly)),
            )
        return concat(t_9)
    context.exported_vars.add('encode_element')
    context.vars['encode_element'] = l_0_encode_element = Macro(environment, macro, 'encode_element', ('t', 'expr', 'depth', 'readonly'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_expr):
        t_10 = []
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_expr is missing:
            l_1_expr = undefined("parameter 'expr' was not provided", name='expr')
        pass
        if environment.getattr(l_1_t, 'nullable'):
            pass
            t_10.extend((
                '"" if ',
                str(l_1_expr),
                ' is None else ',
            ))
        if environment.getattr(l_1_t, 'codec'):
            pass
            t_10.extend((
                '_serde.to_wire(_serde.format_',
                str(environment.getattr(l_1_t, 'codec')),
                '(',
                str(l_1_expr),
                '))',
            ))
        else:
            pass
            t_10.extend((
                '_serde.to_wire(',
                str(l_1_expr),
                ')',
            ))
        return concat(t_10)
    context.exported_vars.add('wire')
    context.vars['wire'] = l_0_wire = Macro(environment, macro, 'wire', ('t', 'expr'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t):
        t_11 = []
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        pass
        for (l_2_name, l_2_value) in environment.getattr(l_1_t, 'rules'):
            l_2_ref = resolve('ref')
            _loop_vars = {}
            pass
            t_11.extend((
                ', ',
                str(l_2_name),
                '=',
                str((context.call((undefined(name='ref') if l_2_ref is missing else l_2_ref), l_2_value, _loop_vars=_loop_vars) if (l_2_name == 'model') else l_2_value)),
            ))
        l_2_name = l_2_value = l_2_ref = missing
        if (environment.getattr(l_1_t, 'kind') == 'union'):
            pass
            t_11.append(
                ', variants=(',
            )
            l_2_loop = missing
            for l_2_v, l_2_loop in LoopContext(environment.getattr(l_1_t, 'variants'), undefined):
                _loop_vars = {}
                pass
                t_11.append(
                    '((',
                )
                l_3_loop = missing
                for l_3_c, l_3_loop in LoopContext(environment.getattr(l_2_v, 'classes'), undefined):
                    l_3_ref = resolve('ref')
                    _loop_vars = {}
                    pass
                    t_11.extend((
                        str(context.call((undefined(name='ref') if l_3_ref is missing else l_3_ref), l_3_c, _loop_vars=_loop_vars)),
                        str((', ' if (not environment.getattr(l_3_loop, 'last')) else (',' if (environment.getattr(l_3_loop, 'length') == 1) else cond_expr_undefined("the inline if-expression on line 47 in 'macros/types.jinja' evaluated to false and no else section was defined.")))),
                    ))
                l_3_loop = l_3_c = l_3_ref = missing
                t_11.extend((
                    '), lambda _n, _x: _validation.',
                    str(environment.getattr(l_2_v, 'checker')),
                    '(_n, _x, required=True',
                    str(context.call((undefined(name='rules') if l_0_rules is missing else l_0_rules), l_2_v, _loop_vars=_loop_vars)),
                    ')), ',
                ))
            l_2_loop = l_2_v = missing
            t_11.append(
                ')',
            )
        return concat(t_11)
    context.exported_vars.add('rules')
    context.vars['rules'] = l_0_rules = Macro(environment, macro, 'rules', ('t',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_expr, l_1_label, l_1_required, l_1_column):
        t_12 = []
        l_1_item = l_1_call = missing
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_expr is missing:
            l_1_expr = undefined("parameter 'expr' was not provided", name='expr')
        if l_1_label is missing:
            l_1_label = undefined("parameter 'label' was not provided", name='label')
        if l_1_required is missing:
            l_1_required = undefined("parameter 'required' was not provided", name='required')
        if l_1_column is missing:
            l_1_column = None
        pass
        l_1_item = ('_%s_item' % t_4(context.eval_ctx, l_1_label, '[]', '_item'))
        l_1_call = ('_validation.%s(%s, %s, required=%s%s)' % (environment.getattr(l_1_t, 'checker'), t_3(l_1_label), l_1_expr, l_1_required, context.call((undefined(name='rules') if l_0_rules is missing else l_0_rules), l_1_t)))
        t_12.append(
            str(((undefined(name='call') if l_1_call is missing else l_1_call) if t_5(l_1_column) else t_1((undefined(name='call') if l_1_call is missing else l_1_call), l_1_column))),
        )
        if ((environment.getattr(l_1_t, 'kind') == 'list') and (environment.getattr(environment.getattr(environment.getattr(l_1_t, 'item'), 'constraints'), 'any') or (environment.getattr(environment.getattr(l_1_t, 'item'), 'kind') in ('binary', 'model', 'union')))):
            pass
            t_12.extend((
                '\nfor ',
                str((undefined(name='item') if l_1_item is missing else l_1_item)),
                ' in ',
                str(l_1_expr),
                ' or ():\n    ',
                str(t_2(context.call((undefined(name='validate') if l_0_validate is missing else l_0_validate), environment.getattr(l_1_t, 'item'), (undefined(name='item') if l_1_item is missing else l_1_item), str_join((l_1_label, '[]', )), (not environment.getattr(environment.getattr(l_1_t, 'item'), 'nullable')), (None if t_5(l_1_column) else (l_1_column + 4))), 4)),
            ))
        elif ((environment.getattr(l_1_t, 'kind') == 'dict') and (environment.getattr(environment.getattr(l_1_t, 'item'), 'kind') == 'model')):
            pass
            t_12.extend((
                '\nfor ',
                str((undefined(name='item') if l_1_item is missing else l_1_item)),
                ' in (',
                str(l_1_expr),
                ' or {}).values():\n    ',
                str(t_2(context.call((undefined(name='validate') if l_0_validate is missing else l_0_validate), environment.getattr(l_1_t, 'item'), (undefined(name='item') if l_1_item is missing else l_1_item), str_join((l_1_label, '[]', )), (not environment.getattr(environment.getattr(l_1_t, 'item'), 'nullable')), (None if t_5(l_1_column) else (l_1_column + 4))), 4)),
            ))
        return concat(t_12)
    context.exported_vars.add('validate')
    context.vars['validate'] = l_0_validate = Macro(environment, macro, 'validate', ('t', 'expr', 'label', 'required', 'column'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_expr, l_1_where, l_1_required, l_1_secret, l_1_tag, l_1_depth):
        t_13 = []
        l_1_n = resolve('n')
        l_1_i = resolve('i')
        l_1_args = missing
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_expr is missing:
            l_1_expr = undefined("parameter 'expr' was not provided", name='expr')
        if l_1_where is missing:
            l_1_where = undefined("parameter 'where' was not provided", name='where')
        if l_1_required is missing:
            l_1_required = undefined("parameter 'required' was not provided", name='required')
        if l_1_secret is missing:
            l_1_secret = False
        if l_1_tag is missing:
            l_1_tag = ''
        if l_1_depth is missing:
            l_1_depth = 0
        pass
        l_1_args = ('%s, %s, required=%s%s' % (l_1_where, l_1_expr, l_1_required, context.call((undefined(name='rules') if l_0_rules is missing else l_0_rules), l_1_t)))
        if l_1_secret:
            pass
            t_13.append(
                str(t_1(('_validation.check_secret(_validation.%s, %s)' % (environment.getattr(l_1_t, 'checker'), (undefined(name='args') if l_1_args is missing else l_1_args))), (8 + (4 * l_1_depth)))),
            )
        else:
            pass
            t_13.append(
                str(t_1(('_validation.%s(%s)' % (environment.getattr(l_1_t, 'checker'), (undefined(name='args') if l_1_args is missing else l_1_args))), (8 + (4 * l_1_depth)))),
            )
        if ((environment.getattr(l_1_t, 'kind') in ('list', 'dict')) and (environment.getattr(environment.getattr(l_1_t, 'item'), 'kind') != 'any')):
            pass
            (l_1_n, l_1_i) = (('_n%d%s' % (l_1_depth, l_1_tag)), ('_i%d%s' % (l_1_depth, l_1_tag)))
            if (environment.getattr(l_1_t, 'kind') == 'list'):
                pass
                t_13.extend((
                    '\nfor ',
                    str((undefined(name='n') if l_1_n is missing else l_1_n)),
                    ', ',
                    str((undefined(name='i') if l_1_i is missing else l_1_i)),
                    ' in enumerate(',
                    str(l_1_expr),
                    ' or ()):\n    ',
                    str(t_2(context.call((undefined(name='check') if l_0_check is missing else l_0_check), environment.getattr(l_1_t, 'item'), (undefined(name='i') if l_1_i is missing else l_1_i), ('%s + f"[{%s}]"' % (l_1_where, (undefined(name='n') if l_1_n is missing else l_1_n))), environment.getattr(l_1_t, 'item_required'), l_1_secret, l_1_tag, (l_1_depth + 1)), 4)),
                ))
            else:
                pass
                t_13.extend((
                    '\nfor ',
                    str((undefined(name='n') if l_1_n is missing else l_1_n)),
                    ', ',
                    str((undefined(name='i') if l_1_i is missing else l_1_i)),
                    ' in (',
                    str(l_1_expr),
                    ' or {}).items():\n    ',
                    str(t_2(context.call((undefined(name='check') if l_0_check is missing else l_0_check), environment.getattr(l_1_t, 'item'), (undefined(name='i') if l_1_i is missing else l_1_i), ('%s + f"[{%s!r}]"' % (l_1_where, (undefined(name='n') if l_1_n is missing else l_1_n))), environment.getattr(l_1_t, 'item_required'), l_1_secret, l_1_tag, (l_1_depth + 1)), 4)),
                ))
        return concat(t_13)
    context.exported_vars.add('check')
    context.vars['check'] = l_0_check = Macro(environment, macro, 'check', ('t', 'expr', 'where', 'required', 'secret', 'tag', 'depth'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'

blocks = {}
debug_info = '5=42&7=54&8=56&12=61&13=73&14=74&15=85&21=90&22=102&23=104&27=109&28=120&29=131&34=136&35=143&36=150&37=163&44=169&45=174&46=185&47=191&55=221&56=235&57=236&58=238&59=240&60=244&61=248&62=250&63=254&64=258&75=263&76=283&77=284&78=287&80=292&82=294&83=296&84=297&85=301&86=307&88=313&89=319'