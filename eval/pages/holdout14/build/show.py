import json,sys
for nm in sys.argv[1:]:
    txt=open(f'/work/pages/holdout14/{nm}.txt',newline='').read()
    print('=====',nm, 'CRLF' if '\r\n' in txt else 'LF','final-nl' if txt.endswith('\n') else 'no-final')
    for i,l in enumerate(txt.replace('\r\n','\n').split('\n')): print(f'{i+1:3}|{l[:150]}')
    d=json.load(open(f'/work/pages/holdout14/{nm}.truth.json'))
    for a in d['articles']: print('  >',a['title'],'|',a['outlet'],'|',a['published'],'|',a['byline'],'|',a['paragraphs'],'|',a['first'])
