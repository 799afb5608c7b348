import json,glob,re,os
files=glob.glob('/work/main/eval/pages/*/*.truth.json')+glob.glob('/work/main/fixtures/pages/**/*.truth.json',recursive=True)
srcs=[];titles=set()
def fold(t):
    t=t.replace('\u2018',"'").replace('\u2019',"'").replace('\u201c','"').replace('\u201d','"')
    t=re.sub(r'\s+',' ',t).strip().lower()
    return t
for f in files:
    d=json.load(open(f))
    srcs.append(f+'\t'+str(d.get('source','')))
    for a in d.get('articles',[]):
        t=a.get('title')
        if not t: continue
        titles.add(fold(t))
        m=re.match(r'^[^:]{1,40}:\s+(.*)$',t)
        if m: titles.add(fold(m.group(1)))
readmes=glob.glob('/work/main/eval/pages/**/README.md',recursive=True)
txt='\n'.join(srcs)+'\n'+'\n'.join(open(r).read() for r in readmes)
open('used_sources.txt','w').write(txt)
json.dump(sorted(titles),open('excluded_titles.json','w'),indent=0)
print(len(files),len(titles))
