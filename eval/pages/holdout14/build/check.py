import json,glob,re,collections,sys
sys.path.insert(0,'.')
from page import fold,u16
EX=set(json.load(open('excluded_titles.json')))
KEYS=['family','source','checked','articles','notes']; AK=['title','outlet','published','byline','paragraphs','first']
tot=0; alltitles=collections.Counter(); bad=0
for f in sorted(glob.glob('/work/pages/holdout14/*.truth.json')):
    raw=open(f).read(); d=json.loads(raw)
    assert not raw.endswith('\n'),f
    assert list(d)==KEYS,(f,list(d))
    txt=open(f.replace('.truth.json','.txt'),newline='').read()
    fam=f.split('/')[-1].rsplit('-',1)[0]; assert d['family']==fam
    assert 6<=len(d['articles'])<=20 or f.endswith('article-page-2.truth.json')
    for a in d['articles']:
        assert list(a)==AK,(f,a)
        assert (a['paragraphs']==0)==(a['first'] is None),(f,a['title'])
        if a['first'] is not None:
            assert len(a['first'].encode('utf-16-le'))//2<=40 and a['first']==a['first'].strip()
            assert a['first'] in txt
        for k in ('title','outlet','published','byline'):
            if a[k] is not None: assert a[k] in txt and a[k]==a[k].strip(),(f,k,a[k])
        if a['byline']: assert not a['byline'].lower().startswith('by '),(f,a['byline'])
        t=fold(a['title']); m=re.match(r'^[^:]{1,40}:\s+(.*)$',a['title'])
        if t in EX or (m and fold(m.group(1)) in EX): print('EXCLUDED',f,a['title']); bad+=1
        alltitles[t]+=1
    tot+=len(d['articles'])
rep=[t for t,c in alltitles.items() if c>1]
TWICE=set(rep) if len(rep)==1 else {'?'}
assert set(rep)==TWICE,rep
print('articles',tot,'repeated',rep,'bad',bad)
