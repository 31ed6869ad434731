from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'aio/_client.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    l_0_api = resolve('api')
    l_0_client_module = missing
    pass
    included_template = environment.get_template('macros/client.jinja', 'aio/_client.py.jinja').make_module(context.get_all(), True, {'client_module': l_0_client_module, 'self': l_0_self})
    l_0_client_module = getattr(included_template, 'client_module', missing)
    if l_0_client_module is missing:
        l_0_client_module = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'aio/_client.py.jinja') does not export the requested name 'client_module'", name='client_module')
    context.vars['client_module'] = l_0_client_module
    context.exported_vars.discard('client_module')
    yield str(context.call((undefined(name='client_module') if l_0_client_module is missing else l_0_client_module), (undefined(name='api') if l_0_api is missing else l_0_api), True, context.call(environment.getattr(l_0_self, 'client_members'))))
    if False:
        pass
        yield from context.blocks['client_members'][0](context)
    yield '\n'

def block_client_members(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'client_members': block_client_members}
debug_info = '1=14&3=20&4=21'