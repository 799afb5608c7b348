# make the text-form tail of each truth `source` match the dump as written (run after build.py, before mark_hand.py)
import json,glob,re
for f in sorted(glob.glob('/work/pages/holdout14/*.truth.json')):
    d=json.load(open(f)); t=open(f.replace('.truth.json','.txt'),newline='').read()
    forms=['CRLF' if '\r\n' in t else 'LF']
    if not t.endswith('\n'): forms.append('no final newline')
    if any(l.endswith(' ') for l in t.replace('\r\n','\n').split('\n')): forms.append('trailing spaces')
    if '\t' in t: forms.append('tabs')
    if '\u00a0' in t: forms.append('NBSP')
    if '\u201c' in t or '\u2019' in t or '\u2018' in t: forms.append('curly quotes')
    s=d['source']; i=s.rfind('; ')
    assert re.match(r'^(LF|CRLF)',s[i+2:]),(f,s[i+2:])
    d['source']=s[:i+2]+', '.join(forms)
    open(f,'w').write(json.dumps(d,ensure_ascii=False,indent=1))
