from page import *
def run():
    n={}
    # ---------- search-1 Ask.com
    d=Dump('search-1','search','Ask.com (ask.com) results with the "News" tab as widely known: logo "Ask", query box ("world news today"), tabs (Web / Images / Videos / News), a "Sponsored" block of two ads (title, "Ad · domain", text), then news results each the title, the snippet and the source line "Outlet · 2 hours ago", a "People also ask" block of questions, "Related Searches", pagination "1 2 3 4 5 Next »"; CRLF, trailing spaces',
      'Each news result: title, snippet (1 paragraph), "Outlet · age" (outlet, published). Sponsored ads ("Ad · domain"), "People also ask" questions, related searches and pagination are not articles. CRLF, trailing spaces.',eol='\r\n')
    d.L('Ask','world news today','Web    Images    Videos    News','','Sponsored','Breaking News Alerts on Your Phone — Free App','Ad · www.newsalerts-app.example','Get instant alerts for the stories you follow. Download now.','Cheap Flights to Europe','Ad · www.farefinder.example','Compare fares from 500 airlines.','')
    srcs=[('Reuters','2 hours ago'),('NPR','3 hours ago'),('The Guardian','3 hours ago'),('ABC News','4 hours ago'),('Al Jazeera','5 hours ago'),('CBS News','6 hours ago'),('Associated Press','8 hours ago'),('USA Today','11 hours ago')]
    for i,(o,age) in enumerate(srcs):
        t,p=take(1); d.L(t,*p,f'{o} · {age}',''); d.A(t,o,age,None,p)
        if i==3: d.L('People also ask','What is the biggest news story today?','Where can I read world news for free?','')
    d.L('Related Searches','world news today live','international news headlines','breaking news this morning','','1  2  3  4  5  Next »','','About · Privacy · Terms · © 2026 Ask Media Group')
    n[d.name]=d.write(trail=2)
    # ---------- search-2 Mullvad Leta
    d=Dump('search-2','search','Mullvad Leta (leta.mullvad.net, the VPN company\'s privacy search front end) results as widely known: logo "Leta", search box ("news this week"), engine switch ("Brave · Google"), a cache note ("Results may be cached"), each result the title, the breadcrumb line "domain › path", then the snippet, with a relative date joined by " — " in front of most snippets ("2 days ago — …"); no blank lines; "Next page"; LF, no final newline',
      'Each result: title, breadcrumb "domain › path" (the domain is the outlet, as holdout11 Stract), snippet. Where the snippet opens on "age — ", published is the age before the " — " and paragraph 1 is the text after it (as holdout11 Stract, README Techmeme rule). Engine switch, cache note and "Next page" are chrome. No blank lines. LF, no final newline.',final=False)
    d.L('Leta','news this week','Brave · Google','Results may be cached for up to 30 days.')
    res=[('apnews.com › article','1 day ago'),('reuters.com › world','2 days ago'),('npr.org › 2026 › 12 › 07','2 days ago'),('theguardian.com › us-news','3 days ago'),('pbs.org › newshour › politics',None),('cbsnews.com › news','4 days ago'),('aljazeera.com › news','5 days ago'),('latimes.com › california',None),('politico.com › news','6 days ago')]
    for bc,age in res:
        t,p=take(1); dom=bc.split(' › ')[0]
        d.L(t,bc,(f'{age} — {p[0]}' if age else p[0])); d.A(t,dom,age,None,p,inline=True)
    d.L('Next page')
    n[d.name]=d.write()
    # ---------- search-3 ChatGPT search
    d=Dump('search-3','search','ChatGPT search (chatgpt.com, web search answers) as copied from the conversation: the user\'s query line ("what’s the latest world news today"), "Searched 14 sites", a one-line intro with the date, then answer sections each a bolded heading line, a paragraph and a source chip line ("Reuters +2", "AP News"), then a "Recent news" carousel of link cards each the outlet, the headline and the age, a "Sources" button and the disclaimer line; LF, NBSP, curly quotes',
      'Answer sections: the heading is the title, the paragraph under it paragraph 1; the chip line names the first cited source: outlet is that name with the "+N" count of further sources dropped (as counts are chrome, holdout12 RSSOwl). "Recent news" cards: outlet line, headline, age (0 paragraphs). The query, "Searched 14 sites", intro, Sources button and disclaimer are chrome. NBSP before the "+N" counts; curly apostrophes. LF.')
    d.L('what’s the latest world news today','','Searched 14 sites','Here’s a rundown of the main stories as of Wednesday, December 9, 2026:','')
    for o,k in [('Reuters','+2'),('AP News',None),('The Guardian','+1'),('NPR','+3')]:
        t,p=take(1); p=[curly(x) for x in p]
        d.L(t,*p,(f'{o}\u00a0{k}' if k else o),''); d.A(t,o,None,None,p)
    d.L('Recent news')
    for o,age in [('Axios','2 hours ago'),('BBC','4 hours ago'),('Financial Times','6 hours ago'),('Politico','9 hours ago')]:
        t,_=take(0); d.L(o,t,age); d.A(t,o,age)
    d.L('','Sources','Answers may contain mistakes. Check important facts.')
    n[d.name]=d.write()
    # ---------- mixed-1: start.me widget + Washington Post article
    d=Dump('mixed-1','mixed','Two pastes with two blank lines between: a start.me RSS widget fragment (widget heading "Al Jazeera English", rows "Headline<TAB>age") and then a Washington Post article page (kicker, headline, subheadline, "By Name", date "December 8, 2026 at 6:30 p.m. EST", body with a dateline, "Advertisement", a "Read more:" line, "Most Read World" numbered headlines); LF, tabs',
      'start.me part: the widget heading names its one feed (outlet); rows are "Headline<TAB>age" (title, published). Washington Post part: article headline, subheadline and body paragraphs, byline, date as printed, outlet null (publisher\'s page); "Advertisement" and the "Read more:" link line are not paragraphs / articles; "Most Read World" numbered headlines (0 paragraphs). LF, tabs.')
    d.L('Al Jazeera English')
    for age in ['12m','1h','3h','4h']:
        t,_=take(0); d.L(f'{t}\t{age}'); d.A(t,'Al Jazeera English',age)
    d.L('','','World')
    t,p=take(3); b=name(); rm,_=take(0)
    pl=place(p[1]) or 'Washington'; body=[p[0],dl(pl.upper(),None,p[1]),p[2]]
    d.L(t,body[0],'By '+b,'December 8, 2026 at 6:30 p.m. EST','Gift Article · Share','',body[1],'Advertisement',body[2],'Read more: '+rm,'')
    d.A(t,None,'December 8, 2026 at 6:30 p.m. EST',b,body)
    d.L('Most Read World')
    for i in range(4):
        t,_=take(0); d.L(f'{i+1}',t); d.A(t)
    n[d.name]=d.write()
    # ---------- mixed-2: OneNote + Ask.com + Kialo, no blank line between pastes
    d=Dump('mixed-2','mixed','Three pastes with no blank line between them: a OneNote page fragment (title "Links to check", date line, link lines "Headline – Outlet"), an Ask.com News results fragment (the "News" tab line, then title / snippet / "Outlet · age", a "Sponsored" ad result) and a Kialo Explore fragment (thesis questions with background line, tags, counts and "Updated …"); CRLF, trailing spaces',
      'OneNote part: "Headline – Outlet" (outlet taken off the title); the date line is chrome. Ask.com part: title, snippet (1 paragraph), "Outlet · age"; the ad ("Ad · domain") is not an article. Kialo part: thesis question (title), background line (1 paragraph), "Updated …" (published); tags and counts boilerplate. No blank line between the three pastes or between items. CRLF, trailing spaces.',eol='\r\n')
    d.L('Links to check','Wednesday, December 9, 2026   7:48 AM')
    for o in ['Reuters','The Atlantic','NPR']:
        t,_=take(0); d.L(f'{t} – {o}'); d.A(t,o)
    d.L('Web    Images    Videos    News')
    for i,(o,age) in enumerate([('Sky News','1 hour ago'),('NBC News','2 hours ago'),('The Independent','5 hours ago')]):
        t,p=take(1); d.L(t,*p,f'{o} · {age}'); d.A(t,o,age,None,p)
        if i==0: d.L('Home Insurance Quotes in Minutes','Ad · www.quotehub.example','Compare 20 insurers and save.')
    d.L('Trending discussions')
    for i,up in enumerate(['Updated 3 hours ago','Updated 2 days ago']):
        t,p=take_q(1); d.L(t,*p,['#Health','#Environment'][i],f'Pros {[88,41][i]} · Cons {[73,39][i]}',up); d.A(t,None,up,None,p)
    n[d.name]=d.write(trail=2)
    # ---------- mixed-3: International Intrigue fragment + EIN News + GMX
    d=Dump('mixed-3','mixed','Three pastes separated by lines of "———": an International Intrigue email fragment (an "Also happening" list of one-line bold-lead items "• Headline: one sentence."), an EIN News feed fragment (headline / "Outlet · age" / excerpt, no blank lines) and a GMX portal news fragment (headline, teaser, "Source: dpa" credit line); LF, no final newline, NBSP',
      'Intrigue part: "Headline: sentence." lines give the title (before the first ": ") and paragraph 1 (after), outlet null. EIN part: headline, "Outlet · age", excerpt (1 paragraph, missing on one). GMX part: headline, teaser (1 paragraph), "Source: X" gives the outlet with "Source: " dropped. The "———" lines and the "Also happening" heading are chrome. LF, no final newline, NBSP after "Source:".',final=False)
    d.L('Also happening')
    for i in range(3):
        t,p=take(1); d.L(f'• {t}: {p[0]}'); d.A(t,None,None,None,p,inline=True)
    d.L('———','World News Today')
    for i,(o,age) in enumerate([('UPI','35 minutes ago'),('Voice of America','1 hour ago'),('Anadolu Agency','2 hours ago')]):
        t,p=take(0 if i==1 else 1); d.L(t,f'{o} · {age}',*p); d.A(t,o,age,None,p)
    d.L('———','News')
    for cr in ['dpa','AFP']:
        t,p=take(1); d.L(t,*p,'Source:\u00a0'+cr,''); d.A(t,cr,None,None,p)
    d.L('© 2026 GMX')
    n[d.name]=d.write()
    # ---------- seed-layout-1 daily8
    d=Dump('seed-layout-1','seed-layout','The seeds\' daily8 page layout (../shared/seeds/000-002): blank first line, lead title, lead paragraphs one per line, chrome run (Hashtags / blank / Try Our AI Features / Explore what Daily8 AI can do for you: / Comments / No comments yet... / Related Articles), then related blocks of outlet / age / "- outlet" / title / body lines separated by two blank lines; LF, no final newline',
      'Lead: title and paragraphs, no outlet or time printed (null). Related blocks: outlet line, age line, "- outlet" line (the same outlet), title, body lines. The chrome run is boilerplate. LF, no final newline.',final=False)
    t,p=take(5); d.L('',t,*p,'Hashtags','','Try Our AI Features','Explore what Daily8 AI can do for you:','Comments','No comments yet...','Related Articles','',''); d.A(t,None,None,None,p)
    rel=[('ABC News','8 minutes ago'),('Deutsche Welle','an hour ago'),('The Times of India','2 hours ago'),('CBC','3 hours ago'),('Reuters','4 hours ago'),('Euronews','6 hours ago'),('France 24','8 hours ago')]
    for i,(o,age) in enumerate(rel):
        t,p=take(2 if i%3==0 else 1); d.L(o,age,'- '+o,t,*p)
        if i<len(rel)-1: d.L('','')
        d.A(t,o,age,None,p)
    n[d.name]=d.write()
    # ---------- seed-layout-2 dash listing
    d=Dump('seed-layout-2','seed-layout','The seeds\' "-"-separated listing (../shared/seeds/003): a "-" line before each headline, most headlines bare, a few with one or two body lines; some headlines with a colon or a question mark as such listings print them; CRLF, trailing spaces',
      'Each "-" line starts an item; the headline follows; body lines after a headline are its paragraphs. No outlets or times printed. CRLF, trailing spaces.',eol='\r\n')
    for i in range(15):
        k=1 if i in (2,8) else (2 if i==12 else 0)
        t,p=take_q(k) if i in (5,11) else take(k); d.L('-',t,*p); d.A(t,None,None,None,p)
    n[d.name]=d.write(trail=3)
    # ---------- seed-layout-3 seed 004 shape
    d=Dump('seed-layout-3','seed-layout','The seeds\' daily8 page in the shape of ../shared/seeds/004: no blank first line, lead title, lead paragraphs with an agency-style subheading line inside ("- Regional reaction -"), the chrome run, then related blocks of outlet / age / "- outlet" / title / body separated by one blank line, ages "an hour ago" / "2 hours ago" / "Yesterday"; LF, curly quotes',
      'Lead: title and paragraphs (outlet, time null); the "- Regional reaction -" line is a subheading inside the body (boilerplate, not a paragraph and not an item). Related blocks: outlet line, age line, "- outlet" line, title, body (1 paragraph). One blank line between blocks. Quotes in the body text are curly. LF.')
    t,p=take(5); p=[curly(x) for x in p]
    d.L(t,p[0],p[1],p[2],'- Regional reaction -',p[3],p[4],'Hashtags','','Try Our AI Features','Explore what Daily8 AI can do for you:','Comments','No comments yet...','Related Articles','','')
    d.A(t,None,None,None,p)
    rel=[('SBS Australia','an hour ago'),('News.com.au','2 hours ago'),('The Straits Times','3 hours ago'),('RNZ','5 hours ago'),('Reuters','7 hours ago'),('The Guardian','Yesterday'),('Kyodo News','Yesterday')]
    for i,(o,age) in enumerate(rel):
        t,p=take(1); p=[curly(x) for x in p]; d.L(o,age,'- '+o,t,*p)
        if i<len(rel)-1: d.L('')
        d.A(t,o,age,None,p)
    n[d.name]=d.write()
    return n
