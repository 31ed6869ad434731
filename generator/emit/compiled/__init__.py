"""The built-in templates compiled by Jinja2 (generator/emit/precompiled.py): written by
``python -m tests.golden.update``; do not edit."""

JINJA2 = '3.1.6'
INDEX = {
    '__init__.py.jinja': 'b240fc16bfb4bd3fc3a3b0837cb012f0dd7f0ae0706cd4c3a59710a920c20746',  # t_b06eea778ccaf8bd
    '_client.py.jinja': 'e191bd2662ab1e29194bf18160d699c0db1f277dfcae7ec1c130055bea3f217d',  # t_1d800030eac744d8
    '_config.py.jinja': '3f24718c161e7537e7e298f3fa201f7c154a9a1bbc88f0903ab7941858cf2b6a',  # t_2a3baacf33567bb4
    '_meta.py.jinja': 'edea05163445f1032b830f563b54bd5243bc52d722394403fa2a2e45993a7bba',  # t_e8835a4737e6b924
    '_operations.py.jinja': '3bdb982b772500afaeb565257ea18767dabd05d48e834d0be5cdb70f77b729a9',  # t_733f286c74c0e0b6
    '_operations_part.py.jinja': 'd1ba5c2e6c89507aca80140fe1d1fd872bba3062373b38fa9db72ec0ebf3b0eb',  # t_8141101d20ceaad6
    'aio/__init__.py.jinja': '92f6d9ceb4036531299df60ac7470d0c92e98dd88c71c8cfc29ea87d3e4bfa74',  # t_a26f9bf36eadb277
    'aio/_client.py.jinja': '8b3e7c97e8cbae5a7d3e47a1efa3040c33c1fd5ce24fc9cf6e16dba411d8ba1e',  # t_8aecf9a9ac4f80a1
    'aio/_operations_part.py.jinja': '01fa95f961220e271b3d6d1c853a1ec12c9c27029f042a5dcbc00f597a716253',  # t_c66d30500edb8b64
    'aio/operations/__init__.py.jinja': '15ce2e974198a6574ee933ad12d36282758d7176a56d3ffdcfe695229fbd2ad5',  # t_feedf56eceb4f47e
    'aio/operations/_group_operations.py.jinja': 'd80ce6fefc116b3b3b0a81dbe99c6a94ae51e5f4882c437850b3d30336a72b59',  # t_bc09a37cbc241cc0
    'macros/client.jinja': 'a3c048e7731bfa670673762da41672943ad7d7afd9c564ba5313809708297637',  # t_711711ae0cb9198b
    'macros/docs.jinja': 'e15b6ef31e2eab0db4d1a196ea4815693c5c0f5decf280aeca51c6d4aab51d8b',  # t_78848f17fa6b699c
    'macros/imports.jinja': 'b31e0cd88f6775566cf2e31ea18caa5e6445dca886bd1236db76844563b03804',  # t_0620fec68977fcd8
    'macros/lazy.jinja': 'dcd316d6f03b44cd280afec30bd3bd6e0f0b6d9de79001a3be8e1b8c565058a6',  # t_59b79eb6a00b346a
    'macros/lro.jinja': '87a6dad029a2c5fbc1079a7c57ee101dd13db9f1a94b496343d1bbbe31c9359b',  # t_5fd76f8bb343b6ef
    'macros/operation.jinja': '78fa792061cd151aca0df7ecf023111bba574086378562362d31d371735bbe78',  # t_3ea3baaf9fc96247
    'macros/requests.jinja': '91831ecbbd3a4d740fee75e2022b0a3ca7f0723f49d4c067cf4b0c3cd20b4255',  # t_e9269a6844a90c63
    'macros/type_bool.jinja': '8dabc0e83b129aa471bad38fb0df55e877adfcdfc525d9f7d4f2cca79cd8bd57',  # t_f39a33966aaccb81
    'macros/type_checked.jinja': '8d77cab5c39567f0a383cbc1ba670f123e3f8c1e1643a25396243df33b7b05b8',  # t_9bbd8d42788de38b
    'macros/type_codec.jinja': '1360a2faff2055cae167b36fa549c2ad3c895822ae8994d41207f3f1bdd866ba',  # t_690af50531e58e0d
    'macros/type_dict.jinja': '8b46f7c7a7ad50950a2f3ed3c481e0dffb167b5e5822a47b8c267182deacd99e',  # t_f9a7549996e7ebca
    'macros/type_enum.jinja': '8a60beb9f0642076f3b0a4722538f9ac659e18ce515d79a21a53a630f2d5363b',  # t_5c6fa6a9a89a040c
    'macros/type_float.jinja': '6e7874a9f4b636516ca43322df81e8c27431518f1ddcebc59092278804c6afbf',  # t_2a6d214bb9dd38b7
    'macros/type_int.jinja': '892146bf03174b4e57699e846b9f8c0981f7cfc576077e0ab4c04315e3b075a1',  # t_ad9634ef5604f250
    'macros/type_list.jinja': '78aa3432a642c0cf424dae750db3d68b8946581b1ccd44288bb8a9324e9b4d6d',  # t_eab89124c86a79be
    'macros/type_model.jinja': '0d521fc01c39c2fc26ad60576712a1736cd92cd13b71b62c03f1917ecf791665',  # t_2602b81edc1a66ce
    'macros/type_plain.jinja': '49460118272ab0749e031fc1566cff0a37225ecc62d26184bc8a70bde47fe1da',  # t_aa1c2b4dc84ba710
    'macros/type_str.jinja': '2981c0fa74c344c73b55268e89f5d682e2c1391ce9a012ac34cc27ed4536a15f',  # t_90ba710fee6c6159
    'macros/type_union.jinja': 'd9d1dd21ffadaa9bc481dccba1f6d70b58cfb505523a2ad3d383dc3ec108d394',  # t_8e790ccdad0b6898
    'macros/types.jinja': '3c76f4ec4f3cdf6864d18e4c78ff6aba7674576d5434cb2b236a52dfa6808dab',  # t_3501af8aef1cb708
    'models/__init__.py.jinja': '9e5a9869a3cc97d3499e73f0d6130ed36e12e82f0e51c2087e3f85de053c82a9',  # t_d1df46c2d31605b0
    'models/_enums.py.jinja': '61520f822e3c635b1fa07e7ce3aa9dd64b3f00327c51134102efdaf301540860',  # t_0c5cb9b4419a43da
    'models/_models.py.jinja': 'f8426ec6d140d91ef37019e8ed7e986f768715cf7eb2f7b15d47ac547383d011',  # t_afc337f3ead2089f
    'operations/__init__.py.jinja': 'de49284afb38e00b970612125e7bc0ed4ade25b2545ac427d4726908258e7422',  # t_f47d76d42016c4df
    'operations/_group_operations.py.jinja': 'ce567311a3fab2e56379eebb112754fee96c44e30ab6497d7be06b2778043418',  # t_e1d33b8f38aad1e8
    'project/README.md.jinja': 'e8b2bce624479b4e0751e1fa1496dab2812ed7218dacf63b13e3106662bfd039',  # t_615a7547ff50fc07
    'project/pyproject.toml.jinja': '45070b1ea6b1eb6010981a34ffba9cd3a5403703157632c1c24f6fdc96228fc0',  # t_20e3edf7ae6850be
    'py.typed.jinja': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',  # t_dc8151564e904237
}
