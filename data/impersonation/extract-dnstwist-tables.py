#!/usr/bin/env python3
"""Extracts dnstwist's fuzzer tables (keyboards, glyphs) into dnstwist-tables.json.

Run with the two dnstwist versions we stay compatible with:
  python3 extract-dnstwist-tables.py /usr/lib/python3/dist-packages/dnstwist.py OLD_PATH_OR_SAME
The first argument is Debian 12's dnstwist 20221213, the second upstream 20250130
(elceef/dnstwist commit 341395377f40761fe4152f43fd18eea757b6069a). dnstwist is Apache-2.0.
"""
import importlib.util, json, sys

def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

old = load(sys.argv[1], 'dnstwist_old')
new = load(sys.argv[2], 'dnstwist_new')
fo = old.Fuzzer('example.com')
fn = new.Fuzzer
out = {
    'keyboards': {'qwerty': fo.qwerty, 'qwertz': fo.qwertz, 'azerty': fo.azerty},
    'glyphs2022': fo.glyphs,
    'latinToCyrillic': fo.latin_to_cyrillic,
    'glyphsAscii': {k: list(v) for k, v in fn.glyphs_ascii.items()},
    'glyphsUnicode': {k: list(v) for k, v in fn.glyphs_unicode.items()},
    'glyphsIdnByTld': {t: {k: list(v) for k, v in m.items()} for t, m in fn.glyphs_idn_by_tld.items()},
}
json.dump(out, open('dnstwist-tables.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1, sort_keys=True)
