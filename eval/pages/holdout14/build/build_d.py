from page import *
HOST={'Reuters':'www.reuters.com','AP':'apnews.com','NPR':'www.npr.org','CBS':'www.cbsnews.com','PBS':'www.pbs.org','Guardian':'www.theguardian.com','USA Today':'www.usatoday.com','Al Jazeera':'www.aljazeera.com','DW':'www.dw.com','CBC':'www.cbc.ca'}
def lycos_results(d,specs):
    for h,dt in specs:
        t,p=take(1); d.L(t,*p,f'{h} · {dt}',''); d.A(t,h,dt,None,p)
def run():
    n={}
    # ---------- search-1 Lycos
    d=Dump('search-1','search','Lycos (lycos.com) search results with the "News" tab as widely known: the logo "LYCOS", the query box ("world news"), tabs (Web / Images / Videos / News / Shopping), an "Ads related to world news" block of two ads (title, "Ad · domain", text), then news results each the title, the snippet and the line "domain · Dec 10, 2026", a "Related searches" block, pagination "« Prev  1  2  3  4  Next »"; CRLF, trailing spaces',
      'News results: title, snippet (1 paragraph), "domain · date" (the page prints only a domain: the domain is the outlet, README; the date is published). The two ads ("Ad · domain" lines), the related searches and pagination are not articles. CRLF, trailing spaces.',eol='\r\n')
    d.L('LYCOS','world news','Web   Images   Videos   News   Shopping','','Ads related to world news','Read Any Newspaper — One Subscription','Ad · www.paperstand-reader.example','7,000 titles from 120 countries. Try 30 days free.','Learn a Language Before Your Trip','Ad · www.lingua-now.example','Lessons in 10 minutes a day. Start today.','')
    lycos_results(d,[(HOST['Reuters'],'Dec 10, 2026'),(HOST['AP'],'Dec 10, 2026'),(HOST['NPR'],'Dec 10, 2026'),(HOST['USA Today'],'Dec 9, 2026'),(HOST['CBS'],'Dec 9, 2026'),(HOST['PBS'],'Dec 8, 2026'),(HOST['Guardian'],'Dec 8, 2026'),(HOST['CBC'],'Dec 7, 2026')])
    d.L('Related searches','world news today live','international headlines','news this week','','« Prev  1  2  3  4  Next »','','About Lycos · Privacy · Terms')
    n[d.name]=d.write(trail=3)
    # ---------- search-2 Whoogle
    d=Dump('search-2','search','Whoogle Search (self-hosted, privacy-respecting Google results proxy) results as copied: the logo "Whoogle Search", the query box ("news this week"), tabs (All / Images / Maps / Videos / News), "Config", each result the title, the breadcrumb line "domain › path › …", then the snippet with the date in front joined by " — " on most ("Dec 10, 2026 — …"); no blank lines anywhere; "Next »"; LF, no final newline',
      'Results: title, breadcrumb "domain › path" (the domain part is the outlet, as holdout11 Stract and holdout13 Leta), snippet: where a date is joined by " — " the date is published and the text after the dash is paragraph 1 (README: time before the dash as holdout11 Stract). No blank lines between results. "Config", tabs and "Next »" are chrome. LF, no final newline.',final=False)
    d.L('Whoogle Search','news this week','All   Images   Maps   Videos   News','Config')
    for i,(h,dt) in enumerate([('www.npr.org','Dec 10, 2026'),('apnews.com','Dec 10, 2026'),('www.pbs.org',None),('www.reuters.com','Dec 9, 2026'),('www.cbsnews.com','Dec 9, 2026'),('thehill.com',None),('www.usatoday.com','Dec 8, 2026'),('www.cnbc.com','Dec 8, 2026'),('www.nbcnews.com','Dec 7, 2026')]):
        t,p=take(1); path=['2026 › 12 › 10','article','newshour › politics','world › us','news','policy','story › news › politics','2026 › 12 › 08','politics'][i]
        d.L(t,f'{h} › {path} › …',f'{dt} — {p[0]}' if dt else p[0]); d.A(t,h,dt,None,p,inline=True)
    d.L('Next »','Whoogle Search · Config')
    n[d.name]=d.write()
    # ---------- search-3 Seznam search (translated)
    d=Dump('search-3','search','Seznam search (search.seznam.cz) results as copied after the browser translated them to English: header (Seznam / Search / Email / News / Maps / Log in), the query box ("world news"), tabs (Search / Pictures / Videos / Products / News / Maps), an "Advertisement" result (Sklik ad: title, domain, text), a "News" block of three cards each the title and the line "Source · 2 hours ago", then web results each the title, the full URL line and the snippet; "Next page"; LF, NBSP, curly quotes',
      'News block cards: title, "Source · age" (outlet, published), no snippet (0 paragraphs). Web results: title, full URL (outlet null, as holdout9 Marginalia and holdout12 Mwmbl), snippet (1 paragraph). The Advertisement result, tabs and "Next page" are chrome. NBSP before the ages. Curly quotes in snippets. Czech and international outlets as the translated page prints them. LF, NBSP, curly quotes.')
    d.L('Seznam','Search   Email   News   Maps','Log in','world news','Search   Pictures   Videos   Products   News   Maps','','Advertisement','Winter jackets −40 % — free shipping','www.outdoor-shop.example','Hundreds of models in stock, delivery tomorrow.','','News')
    for o,age in [('Seznam Zprávy','2 hours ago'),('iROZHLAS','3 hours ago'),('ČTK','5 hours ago')]:
        t,_=take(0); d.L(t,f'{o}\u00a0·\u00a0{age}'); d.A(t,o,f'{age}')
    d.L('')
    for h in ['https://www.euronews.com/2026/12/10/','https://www.dw.com/en/','https://www.theguardian.com/world/2026/dec/09/','https://www.politico.eu/article/','https://www.france24.com/en/europe/20261209-','https://www.bbc.com/news/articles/']:
        t,p=take(1); p=[curly(x) for x in p]; d.L(t,h+t.lower().replace(' ','-').replace('’',''),*p,''); d.A(t,None,None,None,p)
    d.L('Next page','','© 1996–2026 Seznam.cz, a.s.')
    n[d.name]=d.write()
    # ---------- mixed-1 Webex + Newsweek
    d=Dump('mixed-1','mixed','Two pastes with two blank lines between: a Webex space fragment (space name "World desk", a sender/time line, link lines "Headline — Outlet", a reply) and then a Newsweek article page (kicker "World", headline, standfirst, "By Name" with the role line, "Published Dec 10, 2026 at 6:30 PM EST", body paragraphs with a "Read more:" link line and "Advertisement", then a "Trending" numbered rail); LF, tabs',
      'Webex: link lines "Headline — Outlet" (outlet taken off the title); sender lines and the reply are chat chrome. Newsweek: headline, standfirst and body paragraphs, byline (role line boilerplate), published the first time line with its label; the "Read more: …" line (its headline not counted) and "Advertisement" are not paragraphs; Trending rows "N. Headline". The two blank lines separate the pastes. LF, tabs.')
    d.L('World desk','Mei Szabo\t7:52 AM','two for the lunch slot:')
    for o in ['Reuters','Sky News','The Irish Times']:
        t,_=take(0); d.L(f'{t} — {o}'); d.A(t,o)
    d.L('Desmond Okafor\t7:58 AM','on it','','','Newsweek','U.S.\tWorld\tPolitics\tHealth\tOpinion','','World')
    t,p=take(5); by=name(); rm,_=take(0)
    d.L(t,p[0],f'By {by}','Weekend Editor','Published Dec 10, 2026 at 6:30 PM EST','',p[1],p[2],f'Read more: {rm}','Advertisement',p[3],p[4],'')
    d.A(t,None,'Published Dec 10, 2026 at 6:30 PM EST',by,p)
    d.L('Trending')
    for r in range(1,4):
        t,_=take(0); d.L(f'{r}. {t}'); d.A(t)
    n[d.name]=d.write()
    # ---------- mixed-2 Democratic Underground + Spectrum + Lycos, no blank lines
    d=Dump('mixed-2','mixed','Three pastes with no blank line between them: a Democratic Underground "Latest Breaking News" fragment (the column header "Title\\tAuthor\\tReplies\\tPosted" and tab-separated thread rows), a Spectrum.net "Top Stories" fragment (headline then "Source | 2 hrs ago", a "Sponsored" card) and a Lycos News results fragment (title, snippet, "domain · Dec 10, 2026"); CRLF, trailing spaces',
      'DU rows: headline, poster (a submitter, not a byline), replies (boilerplate), posted time (published). Spectrum cards: headline, "Outlet | age". The Sponsored card is an ad. Lycos results: title, snippet (1 paragraph), "domain · date" (domain outlet, date published). No blank lines anywhere, even between the pastes. CRLF, trailing spaces.',eol='\r\n')
    d.L('Latest Breaking News','Title\tAuthor\tReplies\tPosted')
    for u,tm in [('PeaceNik88','Thu Dec 10, 2026, 11:42 PM'),('lindysue','Thu Dec 10, 2026, 10:58 PM'),('Celerity_','Thu Dec 10, 2026, 10:17 PM')]:
        t,_=take(0); d.L(f'{t}\t{u}\t{[5,19,2][len(d.arts)%3]}\t{tm}'); d.A(t,None,tm)
    d.L('Top Stories')
    for i,(o,age) in enumerate([('Associated Press','2 hrs ago'),('Spectrum News','3 hrs ago'),('Reuters','4 hrs ago')]):
        t,_=take(0); d.L(t,f'{o} | {age}'); d.A(t,o,age)
        if i==0: d.L('Sponsored','The 5 best credit cards for holiday shopping','CardCompare | Sponsored')
    d.L('LYCOS','news today','Web   Images   Videos   News   Shopping')
    for h,dt in [(HOST['AP'],'Dec 10, 2026'),(HOST['PBS'],'Dec 9, 2026'),(HOST['USA Today'],'Dec 9, 2026')]:
        t,p=take(1); d.L(t,*p,f'{h} · {dt}'); d.A(t,h,dt,None,p)
    n[d.name]=d.write(trail=2)
    # ---------- mixed-3 Chicago Tribune + Fortune CEO Daily + Snopes, "* * *" separators
    d=Dump('mixed-3','mixed','Three pastes separated by lines of "* * *": a Chicago Tribune "Nation & World" fragment (headline, "By Name | The Associated Press", "PUBLISHED: …", excerpt on a wire dateline), a Fortune CEO Daily email fragment ("Top news" items: bold headline, summary, source line) and a Snopes fact-check fragment (headline, claim line, rating label, "By Name · Published Dec. 9, 2026"); LF, no final newline, NBSP',
      'Tribune stories: byline and outlet from "By Name | Outlet", published with its label, excerpt with the dateline kept. CEO Daily items: headline, summary, source line (outlet). Snopes cards: headline, claim line (1 paragraph), rating (boilerplate), byline and "Published …" (published, label kept). The "* * *" lines separate the pastes (chrome). NBSP in the Tribune time lines. LF, no final newline.',final=False)
    d.L('Nation & World','')
    for tm in ['10:05 PM','9:31 PM','8:48 PM']:
        t,p=take(1); by=name(); p=[wire(p[0],'AP')]; pub=f'PUBLISHED: December\u00a010, 2026 at {tm} CST'
        d.L(t,f'By {by} | The Associated Press',pub,*p,''); d.A(t,'The Associated Press',pub,by,p)
    d.L('* * *','','Top news')
    for o in ['Bloomberg','Reuters','Financial Times']:
        t,p=take(1); d.L(t,*p,o,''); d.A(t,o,None,None,p)
    d.L('* * *','')
    for i,r in enumerate(['False','Mostly True','Unproven']):
        t,p=take_q(1) if i==1 else take(1); by=name(); pub='Published Dec. 9, 2026'
        d.L(t,*p,r,f'By {by} · {pub}'); d.A(t,None,pub,by,p)
        if i<2: d.L('')
    n[d.name]=d.write()
    # ---------- seed-layout-1 daily8 000-002
    d=Dump('seed-layout-1','seed-layout','The seeds\' daily8 page layout (../shared/seeds/000-002): blank first line, lead title, lead paragraphs one per line, chrome run (Hashtags / blank / Try Our AI Features / Explore what Daily8 AI can do for you: / Comments / No comments yet... / Related Articles), then related blocks of outlet / age / "- outlet" / title / body lines separated by two blank lines; CRLF, trailing spaces',
      'Lead: title and paragraphs, no outlet or time printed (null). Related blocks: outlet line, age line, "- outlet" line (the same outlet), title, body lines. The chrome run is boilerplate. CRLF, trailing spaces.',eol='\r\n')
    t,p=take(4); d.L('',t,*p,'Hashtags','','Try Our AI Features','Explore what Daily8 AI can do for you:','Comments','No comments yet...','Related Articles','',''); d.A(t,None,None,None,p)
    rel=[('Newsweek','12 minutes ago'),('CNBC','an hour ago'),('Daily Mail','2 hours ago'),('Khaleej Times','3 hours ago'),('Chicago Tribune','5 hours ago'),('Der Spiegel','7 hours ago'),('Fortune','9 hours ago')]
    for i,(o,age) in enumerate(rel):
        t,p=take(2 if i%3==1 else 1); d.L(o,age,'- '+o,t,*p)
        if i<len(rel)-1: d.L('','')
        d.A(t,o,age,None,p)
    n[d.name]=d.write(trail=4)
    # ---------- seed-layout-2 dash listing
    d=Dump('seed-layout-2','seed-layout','The seeds\' "-"-separated listing (../shared/seeds/003): a "-" line before each headline, most headlines bare, a few with one or two body lines; some headlines with a question mark as such listings print them; LF, no final newline',
      'Each "-" line starts an item; the headline follows; body lines after a headline are its paragraphs. No outlets or times printed. LF, no final newline.',final=False)
    for i in range(14):
        k=1 if i in (3,9) else (2 if i==6 else 0)
        t,p=take_q(k) if i in (4,11) else take(k); d.L('-',t,*p); d.A(t,None,None,None,p)
    n[d.name]=d.write()
    # ---------- seed-layout-3 seed 004 shape
    d=Dump('seed-layout-3','seed-layout','The seeds\' daily8 page in the shape of ../shared/seeds/004: no blank first line, lead title, lead paragraphs with an agency-style subheading line inside ("- Talks resume -"), the chrome run, then related blocks of outlet / age / "- outlet" / title / body separated by one blank line, ages "an hour ago" / "3 hours ago" / "Yesterday"; LF, curly quotes',
      'Lead: title and paragraphs (outlet, time null); the "- Talks resume -" line is a subheading inside the body (boilerplate, not a paragraph and not an item). Related blocks: outlet line, age line, "- outlet" line, title, body (1 paragraph). One blank line between blocks. Quotes in the body text are curly. LF.')
    t,p=take(5); p=[curly(x) for x in p]
    d.L(t,p[0],p[1],'- Talks resume -',p[2],p[3],p[4],'Hashtags','','Try Our AI Features','Explore what Daily8 AI can do for you:','Comments','No comments yet...','Related Articles','','')
    d.A(t,None,None,None,p)
    rel=[('The Moscow Times','an hour ago'),('Meduza','3 hours ago'),('Kyiv Post','4 hours ago'),('The Jerusalem Post','6 hours ago'),('Xinhua','8 hours ago'),('Mainichi','Yesterday'),('The Manila Times','Yesterday')]
    for i,(o,age) in enumerate(rel):
        t,p=take(1); p=[curly(x) for x in p]; d.L(o,age,'- '+o,t,*p)
        if i<len(rel)-1: d.L('')
        d.A(t,o,age,None,p)
    n[d.name]=d.write()
    return n
