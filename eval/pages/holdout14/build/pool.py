import json,re,random,collections
STOP=set("""a an the of to in on at for from by with and or but as is are was were be been being it its this that these those after before over under into about against amid says say said new not no will would can could may might has have had do does did than then so up out off down what why how who when where which while more most after until also just his her their our your my he she they we you i him them us than all any some one two three four five six seven eight nine ten via vs per""".split())
BADEND=set("to of since the a an in on at for from by with and or but as is are was were be than into about against amid over under after before until vs via that which who its their his her our your my this these those".split())
JUNK=set("orig cnntv vpx intl hnk spc trnd rmd cnn npr cbs usa abc politico pkg nws hp cprog wknd sotu scli lon ctw ebof ac dupe video videos photos photo gallery podcast live updates opinion analysis".split())
CONTR={'dont':'don’t','cant':'can’t','wont':'won’t','isnt':'isn’t','doesnt':'doesn’t','didnt':'didn’t','arent':'aren’t','wasnt':'wasn’t','couldnt':'couldn’t','shouldnt':'shouldn’t','wouldnt':'wouldn’t','hasnt':'hasn’t','havent':'haven’t','youre':'you’re','theyre':'they’re','weve':'we’ve','ive':'I’ve','im':'I’m'}
FIX={w:w.upper() for w in 'epa pm fbi cia nato gop nfl nba mlb nhl ufc ai uk eu irs fda cdc doj ftc dhs tsa faa nasa ntsb usps gdp ceo lgbtq cfpb rnc dnc fema atf dea imf opec wnba ncaa ev evs'.split()}
FIX.update({'evs':'EVs','desantis':'DeSantis','mccarthy':'McCarthy','mcconnell':'McConnell','jpmorgan':'JPMorgan','spacex':'SpaceX','tiktok':'TikTok','iphone':'iPhone','openai':'OpenAI','youtube':'YouTube','chatgpt':'ChatGPT'})
def toks(s): return re.findall(r"[A-Za-z][A-Za-z'\-]*|\d+",s)
def build(seed=14):
    wiki=[json.loads(l) for l in open('/work/shared/corpora/wikipedia-current-events-2015-2025.jsonl')]
    uni=collections.defaultdict(collections.Counter); bi=collections.defaultdict(collections.Counter); freq=collections.Counter()
    for w in wiki:
        t=re.findall(r"[A-Za-z][A-Za-z\-]*",w['text'])
        for i,x in enumerate(t):
            freq[x.lower()]+=1
            if i>0: uni[x.lower()][x]+=1
            if i>0 and i+1<len(t): bi[(x.lower(),t[i+1].lower())][(x,t[i+1])]+=1
    def surf(w):
        c=uni.get(w)
        if not c: return w
        tot=sum(c.values()); low=c.get(w,0)
        if low>=0.25*tot: return w
        return c.most_common(1)[0][0]
    excl=set(json.load(open('excluded_titles.json')))
    def fold(t):
        t=t.replace('\u2018',"'").replace('\u2019',"'").replace('\u201c','"').replace('\u201d','"')
        return re.sub(r'\s+',' ',t).strip().lower()
    # index wiki sentences by content words
    sents=[]
    for w in wiki:
        s=w['text'].strip()
        if len(s)<60 or len(s)>330 or not s.endswith('.') or '\n' in s: continue
        sents.append(s)
    inv=collections.defaultdict(list)
    swords=[]
    for i,s in enumerate(sents):
        ws=set(x.lower() for x in re.findall(r"[A-Za-z]+",s) if x.lower() not in STOP and len(x)>2)
        swords.append(ws)
        for x in ws: inv[x].append(i)
    slugs=[json.loads(l) for l in open('/work/shared/corpora/us-headline-slugs-2022-2026.jsonl')]
    rnd=random.Random(seed); rnd.shuffle(slugs)
    seen=set(); out=[]
    for sl in slugs:
        words=sl['text'].split()
        if not (5<=len(words)<=13): continue
        if len(set(words))!=len(words): continue
        if any(w in JUNK for w in words): continue
        if any(re.fullmatch(r'\d{3,}',w) for w in words): continue
        if any(not re.fullmatch(r'[a-z]+|\d{1,2}',w) for w in words): continue
        if any(len(w)==1 and w not in ('a',) for w in words): continue
        if words[-1] in BADEND or words[-1] in STOP: continue
        if any(freq.get(w,0)<3 and w not in CONTR for w in words): continue
        key=' '.join(words)
        if key in seen: continue
        seen.add(key)
        # casing
        res=[]
        for i,w in enumerate(words):
            if w in CONTR: res.append(CONTR[w]); continue
            s=surf(w)
            if w in FIX: res.append(FIX[w]); continue
            # bigram check
            for pair,pos in (((words[i-1],w),1) if i>0 else (None,0), ((w,words[i+1]),0) if i+1<len(words) else (None,0)):
                if pair is None: continue
                c=bi.get(pair)
                if c and sum(c.values())>=4:
                    p2=c.most_common(1)[0][0]; s2=p2[pos]
                    if p2[0][0].isupper() and p2[1][0].isupper() and c.most_common(1)[0][1]>=0.6*sum(c.values()): s=s2
            res.append(s)
        if res[0][0].islower(): res[0]=res[0][0].upper()+res[0][1:]
        title=' '.join(res)
        if fold(title) in excl: continue
        cw=[w for w in words if w not in STOP and len(w)>2]
        cand=collections.Counter()
        for w in set(cw):
            lst=inv.get(w,[])
            if len(lst)>3000: continue
            for j in lst: cand[j]+=1
        bodies=[j for j,n in cand.most_common(40) if n>=3]
        out.append(dict(title=title,slug=key,site=sl['site'],year=sl['year'],bodies=bodies))
    return out,sents
if __name__=='__main__':
    out,sents=build()
    json.dump(dict(stories=out,sents=sents),open('pool_cache.json','w'))
    print(len(out), sum(1 for o in out if o['bodies']), sum(1 for o in out if len(o['bodies'])>=3))
    for o in out[:60]: print(o['title'],'|',len(o['bodies']), '|', sents[o['bodies'][0]][:80] if o['bodies'] else '')
