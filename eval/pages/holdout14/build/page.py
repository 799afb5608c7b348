import json,re,random,os
from fixes import SKIP,fix
OUT='/work/pages/holdout14'
C=json.load(open(os.path.join(os.path.dirname(__file__),'pool_cache.json')))
STORIES=C['stories']; SENTS=C['sents']
EXCL=set(json.load(open(os.path.join(os.path.dirname(__file__),'excluded_titles.json'))))
def fold(t):
    t=t.replace('\u2018',"'").replace('\u2019',"'").replace('\u201c','"').replace('\u201d','"')
    return re.sub(r'\s+',' ',t).strip().lower()
def u16(s,n=40):
    b=s.encode('utf-16-le')[:2*n]
    return b.decode('utf-16-le',errors='ignore')
TAILBAD={'age','aged','old','says','said','amid','near','like','ahead','more','new','first','last','being'}
class Pool:
    def __init__(self):
        self.i=0; self.used_t=set(); self.used_s=set()
    def take(self,n=0,maxw=12):
        while True:
            st=dict(STORIES[self.i]); self.i+=1
            if st['title'].lower() in SKIP or fix(st['title']).lower().rstrip('?') in SKIP: continue
            st['title']=fix(st['title'])
            f=fold(st['title'])
            if f in self.used_t or f in EXCL or st['title'].split()[-1].lower() in TAILBAD: continue
            if len(st['title'].split())>maxw: continue
            bs=[b for b in st['bodies'] if b not in self.used_s]
            if len(bs)<n: continue
            self.used_t.add(f)
            ch=bs[:n]
            for b in ch: self.used_s.add(b)
            return st['title'],[SENTS[b] for b in ch]
POOL=Pool()
def take(n=0,maxw=12): return POOL.take(n,maxw)
BUL=re.compile(r'^(?:[•*–\-]|\d+\.)\s+')
class Dump:
    def __init__(self,name,family,source,notes='',eol='\n',final=True,minart=6):
        self.minart=minart;self.name=name;self.family=family;self.source=source;self.notes=notes
        self.eol=eol;self.final=final;self.lines=[];self.arts=[]
    def L(self,*ls):
        for l in ls: self.lines.extend(l.split('\n')) if '\n' in l else self.lines.append(l)
    def A(self,title,outlet=None,published=None,byline=None,paras=(),inline=False):
        self.arts.append(dict(title=title,outlet=outlet,published=published,byline=byline,paras=list(paras),inline=inline))
    def write(self,trail=None):
        lines=list(self.lines)
        if trail:
            lines=[l+' ' if (l.strip() and i%trail==0) else l for i,l in enumerate(lines)]
        text=self.eol.join(lines)+(self.eol if self.final else '')
        if self.eol=='\r\n': assert '\r\n' in text
        stripped=[l.strip() for l in lines]
        debul=[BUL.sub('',s) for s in stripped]
        last=-1; out=[]
        for a in self.arts:
            idx=[i for i,l in enumerate(lines) if a['title'] in l and i>last]
            assert idx,(self.name,'title',a['title'])
            last=idx[0]
            for k in ('outlet','published','byline'):
                if a[k] is not None: assert a[k] in text and a[k]==a[k].strip(),(self.name,k,a[k])
            for p in a['paras']:
                if a['inline']: assert p in text,(self.name,'para',p)
                else: assert p in stripped or p in debul,(self.name,'para',p)
            first=u16(a['paras'][0].strip()).strip() if a['paras'] else None
            out.append(dict(title=a['title'],outlet=a['outlet'],published=a['published'],byline=a['byline'],paragraphs=len(a['paras']),first=first))
        assert self.minart<=len(out)<=20,(self.name,len(out))
        open(f'{OUT}/{self.name}.txt','w',newline='').write(text)
        truth=dict(family=self.family,source=self.source,checked='built',articles=out,notes=self.notes)
        open(f'{OUT}/{self.name}.truth.json','w').write(json.dumps(truth,ensure_ascii=False,indent=1))
        return len(out)
FIRST=['Elif','Connor','Mei','Tobias','Anouk','Desmond','Marta','Daniel','Aisha','Tomás','Priya','Oliver','Hannah','Kenji','Lucía','Samuel','Nadia','Ewan','Chloé','Rafael','Ingrid','Yusuf','Megan','Arjun','Sofia','Patrick','Leila','Jonah','Beatriz','Callum','Fatima','Niall','Grace','Hugo','Amara','Ravi']
LAST=['Vasquez','Oyelaran','Lindahl','Brannigan','Szabo','Kowalczyk','Brennan','Okafor','Lindqvist','Haddad','Moreno','Castellanos','Whitfield','Nakamura','Osei','Fairbanks','Delacroix','Sørensen','McAllister','Varga','Ibarra','Thornton','Achebe','Rinaldi','Halvorsen','Quinlan','Mbeki','Petrakis','Ferreira','Doyle','Saetang','Ashworth','Kapoor','Lindgren','Abubakar']
_r=random.Random(1414)
def name():
    return _r.choice(FIRST)+' '+_r.choice(LAST)

QW={'will','can','is','should','does','could','are','did','has','do'}
def take_q(n=0):
    """a slug that reads as a question: printed with a question mark"""
    P=POOL
    for j in range(P.i,len(STORIES)):
        st=dict(STORIES[j])
        if st['title'].lower() in SKIP or fix(st['title']).lower().rstrip('?') in SKIP: continue
        st['title']=fix(st['title']); f=fold(st['title'])
        w=st['title'].split()
        if w[-1].lower() in TAILBAD: continue
        if w[0].lower() not in QW or len(w)>11 or f in P.used_t or f in EXCL or fold(st['title']+'?') in EXCL: continue
        bs=[b for b in st['bodies'] if b not in P.used_s]
        if len(bs)<n: continue
        P.used_t.add(f); ch=bs[:n]
        for b in ch: P.used_s.add(b)
        return st['title']+'?',[SENTS[b] for b in ch]

def curly(s):
    out=[];o=True
    for ch in s:
        if ch=='"': out.append('\u201c' if o else '\u201d'); o=not o
        elif ch=="'": out.append('\u2019')
        else: out.append(ch)
    return ''.join(out)
def dl(place,agency,s):
    """wire dateline at a paragraph start"""
    return f'{place} ({agency}) — {s}' if agency else f'{place} — {s}'
PLACES=[('Barcelona','Barcelona'),('Spanish','Madrid'),('Spain','Madrid'),('Senate','Washington'),('Denver','Denver'),('Montreal','Montreal'),('Toronto','Toronto'),('Ottawa','Ottawa'),('Canada','Ottawa'),('New Mexico','Albuquerque'),('Mexico City','Mexico City'),('Mexico','Mexico City'),('New York','New York'),('Los Angeles','Los Angeles'),('California','Los Angeles'),('Chicago','Chicago'),('Texas','Houston'),('Florida','Miami'),('Atlanta','Atlanta'),('Georgia','Atlanta'),('Kyiv','Kyiv'),('Ukraine','Kyiv'),('Moscow','Moscow'),('Russia','Moscow'),('Jerusalem','Jerusalem'),('Israel','Jerusalem'),('Gaza','Jerusalem'),('London','London'),('United Kingdom','London'),('British','London'),('Paris','Paris'),('France','Paris'),('French','Paris'),('Berlin','Berlin'),('Germany','Berlin'),('Tokyo','Tokyo'),('Japan','Tokyo'),('Beijing','Beijing'),('China','Beijing'),('Myanmar','Yangon'),('Jakarta','Jakarta'),('Indonesia','Jakarta'),('Australia','Sydney'),('New Zealand','Wellington'),('Pakistan','Islamabad'),('India','New Delhi'),('Afghan','Kabul'),('Syria','Beirut'),('Iran','Dubai'),('Saudi','Riyadh'),('Egypt','Cairo'),('Sudan','Khartoum'),('Brazil','Sao Paulo'),('Peru','Lima'),('Philippine','Manila'),('Washington','Washington'),('Supreme Court','Washington'),('Congress','Washington'),('United States','Washington'),('U.S.','Washington')]
def place(s):
    for k,v in PLACES:
        if k in s: return v
    return None
def wire(s,style='AP',default='Washington',day='Dec 10'):
    """dateline at a paragraph start, place chosen from the sentence"""
    pl=place(s) or default
    if style=='AP': return f'{pl.upper()} (AP) — {s}'
    if style=='Reuters': return f'{pl.upper()}, {day} (Reuters) - {s}'
    if style=='AFP': return f'{pl} (AFP) - {s}'
    if style=='colon': return f'{pl}: {s}'
    if style=='plain': return f'{pl.upper()} — {s}'
    raise ValueError(style)
