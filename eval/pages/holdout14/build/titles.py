import json,glob,sys
seen=set(open('seen_titles.txt').read().split('\n')) if len(sys.argv)>1 else set()
out=[]
for f in sorted(glob.glob('/work/pages/holdout14/*.truth.json')):
    d=json.load(open(f))
    for a in d['articles']:
        out.append(a['title'])
        if a['title'] not in seen: print(f.split('/')[-1][:-11][:14].ljust(14),'|',a['title'])
open('seen_titles.txt','a').write('\n'.join(out)+'\n')
