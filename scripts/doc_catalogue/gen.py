# Regenerates crates/mla-core/src/document/catalogue/*.json: the letter-only
# wording from own_*.py plus labels reused from the UI locales (reuse.py).
# Usage: python3 scripts/doc_catalogue/gen.py crates/mla-core/src/document/catalogue
import json, sys, re
import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from own_a import EN, FR, ES, PT
from own_b import RU, AR, FA
from own_c import HR, BS, CNR, SR_LAT
from reuse import REUSE
def cyr(s):
    out=[];i=0
    pairs={'lj':'љ','Lj':'Љ','LJ':'Љ','nj':'њ','Nj':'Њ','NJ':'Њ','dž':'џ','Dž':'Џ','DŽ':'Џ'}
    single=dict(zip("abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ","абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ"))
    # keep {placeholders} untouched
    parts=re.split(r'(\{[a-z]+\})',s)
    for p in parts:
        if p.startswith('{'): out.append(p); continue
        i=0
        while i<len(p):
            two=p[i:i+2]
            if two in pairs: out.append(pairs[two]); i+=2; continue
            out.append(single.get(p[i],p[i])); i+=1
    return ''.join(out)
SR={k:cyr(v) for k,v in SR_LAT.items()}
import unicodedata
MARKS=set(chr(c) for c in list(range(0x064B,0x0653))+[0x0654,0x0670])
def plain(d): return {k:''.join(ch for ch in v if ch not in MARKS) for k,v in d.items()}
AR=plain(AR); FA=plain(FA)
own={'en':EN,'fr':FR,'es':ES,'pt':PT,'ru':RU,'ar':AR,'fa':FA,'hr':HR,'bs':BS,'cnr':CNR,'sr':SR}
out=sys.argv[1]
for lang,d in own.items():
    ui=json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'locales', f'{lang}.json')))
    cat=dict(d)
    for k,u in REUSE.items(): cat[k]=ui[u]
    if lang in ('ar','fa'): cat=plain(cat)
    json.dump(dict(sorted(cat.items())),open(f'{out}/{lang}.json','w'),ensure_ascii=False,indent=1)
    open(f'{out}/{lang}.json','a').write('\n')
