from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros/lazy.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lazy_exports = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    pass
    def macro(l_1_module):
        t_3 = []
        l_1_parts = missing
        if l_1_module is missing:
            l_1_module = undefined("parameter 'module' was not provided", name='module')
        pass
        l_1_parts = {}
        for (l_2_name, l_2_submodule) in context.call(environment.getattr(environment.getattr(l_1_module, 'exports'), 'items')):
            l_2__ = missing
            _loop_vars = {}
            pass
            l_2__ = context.call(environment.getattr(context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'setdefault'), l_2_submodule, [], _loop_vars=_loop_vars), 'append'), l_2_name, _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_name = l_2_submodule = l_2__ = missing
        t_3.append(
            '_PARTS: dict[str, str] = {',
        )
        for (l_2_submodule, l_2_names) in context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'items')):
            _loop_vars = {}
            pass
            t_3.extend((
                '\n    ',
                str(t_2(l_2_submodule)),
                ': ',
                str(t_2(t_1(context.eval_ctx, l_2_names, ' '))),
                ',',
            ))
        l_2_submodule = l_2_names = missing
        t_3.extend((
            str(('\n' if (undefined(name='parts') if l_1_parts is missing else l_1_parts) else cond_expr_undefined("the inline if-expression on line 12 in 'macros/lazy.jinja' evaluated to false and no else section was defined."))),
            '}\n"""The names each submodule defines: it is imported when one of them is first read."""\n\n_MODULES = {name: submodule for submodule, names in _PARTS.items() for name in names.split()}\n__all__ = list(_MODULES)\n\n\ndef __getattr__(name: str) -> object:\n    submodule = _MODULES.get(name)\n    if submodule is None:\n        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n    value = getattr(_importlib.import_module(f"{__name__}.{submodule}"), name)\n    globals()[name] = value\n    return value\n\n\ndef __dir__() -> list[str]:\n    return sorted({*globals(), *__all__})',
        ))
        return concat(t_3)
    context.exported_vars.add('lazy_exports')
    context.vars['lazy_exports'] = l_0_lazy_exports = Macro(environment, macro, 'lazy_exports', ('module',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '4=24&5=30&6=31&7=35&10=41&11=46&12=53'