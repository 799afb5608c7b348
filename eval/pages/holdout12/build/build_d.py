from page import *
def curly(s):
    out=[];o=True
    for ch in s:
        if ch=='"': out.append('\u201c' if o else '\u201d'); o=not o
        elif ch=="'": out.append('\u2019')
        else: out.append(ch)
    return ''.join(out)
def run():
    n={}
    # ---------- search-1 Yep
    d=Dump('search-1','search','Yep (yep.com, Ahrefs search engine) results with the "News" tab as widely known: logo "yep", query box ("latest world news"), tabs (All / News / Images / Videos), "About 2,140 results", each result the title, the domain line ("apnews.com"), the snippet, then the age line ("2 hours ago"); a "Related searches" chips block; pagination "1 2 3 Next"; CRLF, trailing spaces',
      'Bare domain line under each title is the outlet (holdout8/9 precedent: a printed domain is the outlet); age line the published; snippet paragraph 1 (two results print no snippet). The query box, tabs, result count, related-search chips and pagination are chrome. CRLF, trailing spaces, blank lines between results.',eol='\r\n')
    d.L('yep','latest world news','All   News   Images   Videos','About 2,140 results','')
    rows=[('apnews.com','1 hour ago'),('reuters.com','2 hours ago'),('theguardian.com','2 hours ago'),('npr.org','3 hours ago'),('cbsnews.com','5 hours ago'),('aljazeera.com','6 hours ago'),('nbcnews.com','8 hours ago'),('usatoday.com','Yesterday')]
    for i,(dom,age) in enumerate(rows):
        t,p=take(0 if i in (3,6) else 1); d.L(t,dom,*p,age,''); d.A(t,dom,age,None,p)
        if i==4: d.L('Related searches','world news today   breaking news europe   news this week','')
    d.L('1   2   3   Next')
    n[d.name]=d.write(trail=2)
    # ---------- search-2 Mwmbl
    d=Dump('search-2','search','Mwmbl (mwmbl.org, open-source non-profit search engine) results as widely known: logo "mwmbl", search box ("news this week"), "Login / Register" links, each result the title, the full URL line ("https://www.reuters.com/world/…"), the snippet, then the curation controls ("✓  ✗  ↑  ↓"); a "Add a result" control at the foot; no blank lines; LF, no final newline',
      'Each result: title, full URL line, snippet (paragraph 1; missing on two results). The URL line prints a full address, not a bare domain: outlet null (as holdout9 Marginalia). No times printed. Curation controls and "Add a result" are chrome. No blank lines. LF, no final newline.',final=False)
    d.L('mwmbl','news this week','Login   Register')
    hosts=['www.reuters.com/world','www.theguardian.com/world/2026/dec/02','apnews.com/article','www.npr.org/2026/12/02','www.bbc.com/news/articles','www.politico.com/news/2026/12/02','www.latimes.com/world-nation/story','www.cnbc.com/2026/12/02','www.pbs.org/newshour/world']
    for i,h in enumerate(hosts):
        t,p=take(0 if i in (2,7) else 1)
        slug='-'.join(t.lower().replace('?','').split()[:6])
        d.L(t,f'https://{h}/{slug}',*p,'✓  ✗  ↑  ↓'); d.A(t,None,None,None,p)
    d.L('Add a result')
    n[d.name]=d.write()
    # ---------- search-3 Dogpile
    d=Dump('search-3','search','Dogpile (dogpile.com, metasearch) News results as widely known: logo "Dogpile", query box ("world news"), tabs (Web / Images / Video / News / Shopping), "Ads related to: world news" block with two ad results (title, "Ad · domain", text), then news results each the title, the snippet, then a line "Outlet\\t·\\t2 hours ago"; pagination "Previous  1  2  3  Next »"; LF, tabs',
      'News results: title, snippet (paragraph 1), then "Outlet · age" (tab-separated; outlet and published). The two "Ad · domain" results are ads, not articles. Query box, tabs and pagination are chrome. LF, tabs.')
    d.L('Dogpile','world news','Web\tImages\tVideo\tNews\tShopping','','Ads related to: world news','Breaking news alerts on your phone','Ad · alerts.example.com','Get free real-time alerts. Download today.','Compare news subscriptions','Ad · subscriptions.example.net','Digital news bundles from $4 a month.','')
    rows=[('The Guardian','1 hour ago'),('Reuters','2 hours ago'),('CNN','3 hours ago'),('Fox News','3 hours ago'),('The Independent','4 hours ago'),('NBC News','5 hours ago'),('Al Jazeera','7 hours ago'),('Sky News','Yesterday'),('CBS News','Yesterday')]
    for i,(o,age) in enumerate(rows):
        t,p=take(1); d.L(t,*p,f'{o}\t·\t{age}',''); d.A(t,o,age,None,p)
    d.L('Previous  1  2  3  Next »')
    n[d.name]=d.write()
    # ---------- mixed-1 CryptoPanic + Haaretz
    d=Dump('mixed-1','mixed','Two pastes with two blank lines between: a CryptoPanic feed fragment (tab-separated "age / title / domain / tag" rows and vote lines) and then a Haaretz "World News" list (headline / standfirst / "Name | date" or "Reuters | date"); LF, tabs',
      'CryptoPanic rows: published the age, outlet the domain, tag boilerplate. Haaretz rows: "Name | date" byline and published, outlet null; "Reuters | date" outlet Reuters. LF, tabs.')
    d.L('All\tRising\tHot\tBullish\tBearish')
    for i,(age,dom,tag) in enumerate([('4m','coindesk.com','BTC'),('22m','theblock.co',''),('1h','decrypt.co','ETH'),('2h','reuters.com','')]):
        t,_=take(0); d.L(f'{age}\t{t}\t{dom}'+(f'\t{tag}' if tag else ''))
        if i==1: d.L('▲ 7  ▼ 1')
        d.A(t,dom,age)
    d.L('','','World News','')
    for i,k in enumerate(['n','Reuters','n','n','Reuters']):
        t,p=take(1)
        if k=='n': by=name(); d.L(t,*p,f'{by} | Dec 2, 2026',''); d.A(t,None,'Dec 2, 2026',by,p)
        else: d.L(t,*p,'Reuters | Dec 2, 2026',''); d.A(t,'Reuters','Dec 2, 2026',None,p)
    d.L('Load more')
    n[d.name]=d.write()
    # ---------- mixed-2 Trello + Dogpile
    d=Dump('mixed-2','mixed','Two pastes with no blank line between: a Trello list fragment ("To read" list, cards "Headline | Outlet" with label and initials lines, "+ Add a card") and then a Dogpile News results fragment (title / snippet / "Outlet\\t·\\tage"); CRLF, trailing spaces',
      'Trello cards: title before " | ", outlet after; labels and initials chrome. Dogpile results: title, snippet, "Outlet · age". CRLF, trailing spaces; no blank line between the two pastes.',eol='\r\n')
    d.L('To read')
    for i,o in enumerate(['Reuters','NPR','Politico','The Guardian']):
        t,_=take(0); d.L(f'{t} | {o}')
        if i%2==0: d.L(['World','Politics'][i//2])
        d.A(t,o)
    d.L('+ Add a card','News','')
    for o,age in [('ABC News','1 hour ago'),('The Times','2 hours ago'),('Bloomberg','4 hours ago'),('Reuters','6 hours ago'),('CBS News','Yesterday')]:
        t,p=take(1); d.L(t,*p,f'{o}\t·\t{age}',''); d.A(t,o,age,None,p)
    d.L('Previous  1  2  Next »')
    n[d.name]=d.write(trail=2)
    # ---------- mixed-3 NewsPicks + Jakarta Post article
    d=Dump('mixed-3','mixed','Two pastes with a line of "———" between: a NewsPicks feed fragment (headline / "Outlet | age" / "N Picks" / commenter line and comment, no blank lines) and then a Jakarta Post article page (kicker, headline, standfirst, "Name, Reuters" byline, place and date line, body with a "Read also:" line, "Related Articles" headlines); LF, no final newline',
      'NewsPicks picks: outlet and published from "Outlet | age"; the comment and commenter are discussion, not paragraphs or bylines. Jakarta Post: byline "Name, AFP" gives byline and outlet AFP; standfirst paragraph 1; "Read also: …" a link line; Related Articles teasers. LF, no final newline.',final=False)
    for i,(o,age) in enumerate([('Reuters','1 hour ago'),('Bloomberg','3 hours ago'),('CNBC','4 hours ago')]):
        t,_=take(0); d.L(t,f'{o} | {age}',f'{[56,31,12][i]} Picks')
        if i<2: d.L(f'{name()}\t{["Economist at Harbor Analytics","Professor of Public Policy"][i]}',['Good context, but the second half matters more.','I would wait for the full figures.'][i])
        else: d.L('Be the first to comment')
        d.A(t,o,age)
    d.L('———','World')
    t,p=take(4); by=name()
    ra,_=take(0)
    d.L(t,p[0],f'{by}, AFP','Paris\u00a0\u00a0●\u00a0\u00a0Tue, December 1, 2026','',p[1],'',f'Read also: {ra}','',p[2],'',p[3],'','Related Articles')
    d.A(t,'AFP','Tue, December 1, 2026',by,p)
    for i in range(3):
        t,_=take(0); d.L(t); d.A(t)
    n[d.name]=d.write()
    # ---------- seed-layout-1 daily8
    d=Dump('seed-layout-1','seed-layout','The seeds\' daily8 page layout (../shared/seeds/000-002): blank first line, lead title, lead paragraphs one per line, chrome run (Hashtags / Try Our AI Features / Explore what Daily8 AI can do for you: / Comments / No comments yet... / Related Articles), then related blocks of outlet / age / "- outlet" / title / body lines separated by two blank lines; LF, no final newline',
      'Lead: title and paragraphs, no outlet or time printed (null). Related blocks: outlet line, age line, "- outlet" line (the same outlet), title, body lines. The chrome run is boilerplate. LF, no final newline.',final=False)
    t,p=take(4); d.L('',t,*p,'Hashtags','','Try Our AI Features','Explore what Daily8 AI can do for you:','Comments','No comments yet...','Related Articles','',''); d.A(t,None,None,None,p)
    rel=[('Reuters','6 minutes ago'),('The Guardian','25 minutes ago'),('Times','1 hour ago'),('Bangkok Post','2 hours ago'),('Stat News','3 hours ago'),('Reuters','5 hours ago'),('Sky News','7 hours ago'),('The Independent','9 hours ago')]
    for i,(o,age) in enumerate(rel):
        t,p=take(1 if i%3 else 2); d.L(o,age,'- '+o,t,*p)
        if i<len(rel)-1: d.L('','')
        d.A(t,o,age,None,p)
    n[d.name]=d.write()
    # ---------- seed-layout-2 dash listing
    d=Dump('seed-layout-2','seed-layout','The seeds\' "-"-separated listing (../shared/seeds/003): a "-" line before each headline, most headlines bare, a few with one or two body lines; CRLF, trailing spaces',
      'Each "-" line starts an item; the headline follows; body lines after a headline are its paragraphs. No outlets or times printed. CRLF, trailing spaces.',eol='\r\n')
    for i in range(16):
        t,p=take(1 if i in (3,9) else (2 if i==13 else 0)); d.L('-',t,*p); d.A(t,None,None,None,p)
    n[d.name]=d.write(trail=3)
    # ---------- seed-layout-3 daily8 variant
    d=Dump('seed-layout-3','seed-layout','daily8 page with related-block header shapes mixed (outlet / age / "- outlet"; outlet / "- outlet" with no age line; age / "- outlet" with no outlet line; outlet / age / outlet), ages in other forms ("3h", "Yesterday", "Dec 1"), one blank line between blocks; LF, curly quotes, NBSP in the chrome',
      'Lead: title and paragraphs (outlet, time null). Related blocks: the outlet from the outlet line or the "- outlet" line, the age as printed ("3h", "Yesterday", "Dec 1"); where only "- outlet" and no age is printed, published null. Quotes in the body text are curly. One blank line between blocks. LF, NBSP in the chrome lines.')
    t,p=take(3); p=[curly(x) for x in p]
    d.L('',t,*p,'Hashtags','','Try\u00a0Our AI Features','Explore what Daily8\u00a0AI can do for you:','Comments','No comments yet...','Related Articles','')
    d.A(t,None,None,None,p)
    shapes=[('a','Reuters','3h'),('b','The Guardian',None),('c',None,'Yesterday'),('d','Al Jazeera','5h'),('a','Sky News','Dec 1'),('c',None,'2h'),('b','Times',None),('a','Bangkok Post','Yesterday')]
    outs_c=['Reuters','The Independent']
    k=0
    for s,o,age in shapes:
        t,p=take(1); p=[curly(x) for x in p]
        if s=='a': d.L(o,age,'- '+o); out=o
        elif s=='b': d.L(o,'- '+o); out=o
        elif s=='c': out=outs_c[k]; k+=1; d.L(age,'- '+out)
        else: d.L(o,age,o); out=o
        d.L(t,*p,''); d.A(t,out,age,None,p)
    n[d.name]=d.write()
    return n
