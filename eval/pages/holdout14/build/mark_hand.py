import json,glob
for f in glob.glob('/work/pages/holdout14/*.truth.json'):
    d=json.load(open(f)); d['checked']='hand'
    open(f,'w').write(json.dumps(d,ensure_ascii=False,indent=1))
