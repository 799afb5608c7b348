import json,glob
rows=[];tot=0
for f in sorted(glob.glob('/work/pages/holdout14/*.truth.json')):
    d=json.load(open(f)); nm=f.split('/')[-1][:-11]
    t=open(f'/work/pages/holdout14/{nm}.txt',newline='').read()
    forms=['CRLF' if '\r\n' in t else 'LF']
    if not t.endswith('\n'): forms.append('no final newline')
    if any(l.endswith(' ') for l in t.replace('\r\n','\n').split('\n')): forms.append('trailing spaces')
    if '\t' in t: forms.append('tabs')
    if '\u00a0' in t: forms.append('NBSP')
    if '\u201c' in t or '\u2019' in t: forms.append('curly quotes')
    n=len(d['articles']); tot+=n
    src=d['source'].replace('|','\\|'); fm=', '.join(forms)
    rows.append(f"| `{nm}` | {n} | {fm} | {src} |")
print('\n'.join(rows)); print('TOTAL',tot)
