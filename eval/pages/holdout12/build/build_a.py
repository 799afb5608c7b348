from page import *
def run():
    n={}
    # ---------- aggregator-1 Nuzzel
    d=Dump('aggregator-1','aggregator','Nuzzel (nuzzel.com, 2012-2021) "News from your friends" feed as widely known: header (Nuzzel / Feed / Newsletters / Search / Sign in), heading and time-window tabs (Last 8 hours / Last 24 hours / Last 48 hours / Last week), each story the title, a one-line excerpt on most, a line "domain · 3h", then "Shared by N friends"; a "Sponsored" story; a newsletter prompt in the middle; footer; LF, trailing spaces',
      'Domains are the outlets ("nytimes.com · 3h" gives outlet nytimes.com, published 3h). "Shared by N friends" is a count (boilerplate), the friends are not bylines. The Sponsored story and the newsletter prompt are not articles. LF, trailing spaces.')
    d.L('Nuzzel','Feed   Newsletters   Search','Sign in','','News from your friends','Last 8 hours   Last 24 hours   Last 48 hours   Last week','')
    doms=[('nytimes.com','2h'),('washingtonpost.com','3h'),('theguardian.com','3h'),('reuters.com','4h'),('npr.org','5h'),('politico.com','6h'),('latimes.com','7h'),('apnews.com','9h'),('bloomberg.com','11h')]
    for i,(dom,age) in enumerate(doms):
        t,p=take(1 if i not in (3,7) else 0)
        d.L(t,*p,f'{dom} · {age}',f'Shared by {[14,9,22,6,31,5,8,12,4][i]} friends','')
        d.A(t,dom,age,None,p)
        if i==3:
            d.L('Sponsored','Five habits of teams that ship on time','Try it free at planwell.io','planwell.io · Promoted','')
        if i==5:
            d.L('Get the top stories your friends shared, in one email each morning.','Subscribe to the daily','')
    d.L('About · Blog · Privacy · Terms','© 2020 Nuzzel')
    n[d.name]=d.write(trail=3)
    # ---------- aggregator-2 News360
    d=Dump('aggregator-2','aggregator','News360 (news360.com, 2010-2019) topic page as widely known: header (News360 / Home / Explore / Sources / Sign in), topic heading "World" with "Follow" and "142 sources", related topic chips, each card the headline, a summary line, then a meta line "Outlet  ·  2 hours ago", then "Save  ·  Share"; a "Sponsored" card; "Load more stories"; CRLF, no final newline',
      'Each card: headline, summary (1 paragraph, missing on some), meta line "Outlet  ·  2 hours ago" gives outlet and published. "Save · Share", topic chips, the Follow/sources line and the Sponsored card are not articles. CRLF, no final newline.',eol='\r\n',final=False)
    d.L('News360','Home    Explore    Sources','Sign in','','World','Follow  ·  142 sources','Related topics: Europe · Middle East · Asia · United Nations','')
    outs=[('Reuters','12 minutes ago'),('Associated Press','40 minutes ago'),('The Guardian','1 hour ago'),('CBS News','2 hours ago'),('Al Jazeera','2 hours ago'),('Financial Times','3 hours ago'),('NBC News','4 hours ago'),('The Hill','5 hours ago'),('Sky News','6 hours ago'),('ABC News','Yesterday')]
    for i,(o,age) in enumerate(outs):
        t,p=take(0 if i in (4,8) else 1)
        d.L(t,*p,f'{o}  ·  {age}','Save  ·  Share','')
        d.A(t,o,age,None,p)
        if i==5: d.L('Sponsored','This retirement calculator is surprisingly accurate','Northgate Advisors  ·  Sponsored','')
    d.L('Load more stories')
    n[d.name]=d.write()
    # ---------- aggregator-3 NewsPicks
    d=Dump('aggregator-3','aggregator','NewsPicks (newspicks.com, US edition 2017-2019) "Top Picks" feed as copied: header (NewsPicks / Top / Tech / Business / Politics / Sign up), each pick the headline, a line "Outlet | 3 hours ago", a count line "128 Picks", then the top comment: the commenter line "Name\\tRole at Firm" and the comment text; no blank lines between picks; a promoted pick; LF, tabs',
      'Each pick: headline, "Outlet | age" (outlet and published), "N Picks" count (boilerplate), then a reader comment: the commenter line and the comment are discussion, not the article: no paragraph and the commenter is not a byline (as submitters on link aggregators). Items with no comment print "Be the first to comment". The "Promoted" pick is an ad. No blank lines between picks. LF, tabs.')
    d.L('NewsPicks','Top\tTech\tBusiness\tPolitics','Sign up','Top Picks')
    outs=[('Bloomberg','1 hour ago'),('The Wall Street Journal','2 hours ago'),('Reuters','2 hours ago'),('CNBC','3 hours ago'),('Axios','4 hours ago'),('The Verge','5 hours ago'),('Financial Times','6 hours ago'),('Fortune','8 hours ago'),('MarketWatch','10 hours ago')]
    roles=['Economist at Harbor Analytics','Partner, Pinecrest Ventures','Professor of Public Policy','Senior Analyst at Ardent Research','Journalist','Founder and CEO, Loomwork']
    comments=['Worth reading for the numbers alone; the second half is where it gets interesting.','I would wait for the second quarter before drawing any conclusions here.','This is the part nobody in the industry wants to talk about.','Good context, though the headline oversells it a bit.','Expect the policy response to matter more than the event itself.','The long-term picture is different from what the first reports suggested.']
    c=0
    for i,(o,age) in enumerate(outs):
        t,_=take(0)
        d.L(t,f'{o} | {age}',f'{[128,64,211,37,92,18,45,73,26][i]} Picks')
        if i in (2,6,8): d.L('Be the first to comment')
        else: d.L(f'{name()}\t{roles[c%6]}',comments[c%6]); c+=1
        d.A(t,o,age,None,[])
        if i==4: d.L('Promoted','How finance teams close the books in three days','Ledgerline | Promoted')
    d.L('See more picks','About NewsPicks · Terms · Privacy')
    n[d.name]=d.write()
    # ---------- card-portal-1 Netvibes
    d=Dump('card-portal-1','card-portal','Netvibes (netvibes.com) dashboard as copied: dashboard bar (Netvibes / Add content / Settings / Sign in), tabs (General / News / Tech), widgets each headed by the feed name with "Refresh · Edit · Close" controls: a list-view widget of bare headline lines, a magazine-view widget (headline, snippet, "2 hours ago"), a weather widget and a to-do widget; LF, tabs',
      'Each widget heading names the one feed of the items under it: that is their outlet (README: a heading that names the one source). List-view rows are bare headlines (0 paragraphs, no time); magazine-view rows print a snippet and an age. Weather and to-do widgets, tabs and widget controls are chrome. LF, tabs.')
    d.L('Netvibes','Add content\tSettings\tSign in','General\tNews\tTech','','Weather — Dublin','9°C  Light rain','Thu 11°  Fri 8°  Sat 7°','')
    d.L('Al Jazeera English','Refresh · Edit · Close')
    for i in range(4):
        t,_=take(0); d.L(t); d.A(t,'Al Jazeera English')
    d.L('','NPR News','Refresh · Edit · Close')
    for i,age in enumerate(['1 hour ago','2 hours ago','4 hours ago']):
        t,p=take(1); d.L(t,*p,age); d.A(t,'NPR News',age,None,p)
    d.L('','To do','☐ renew passport','☐ call the plumber','','The Verge','Refresh · Edit · Close')
    for i in range(3):
        t,_=take(0); d.L(t); d.A(t,'The Verge')
    d.L('','Netvibes · Help · Privacy')
    n[d.name]=d.write()
    # ---------- card-portal-2 Rediff
    d=Dump('card-portal-2','card-portal','Rediff.com home page (rediff.com) as widely known: top bar (Rediffmail / Money / Shopping / Cricket / Movies / Sign in), a date line, "Top Stories" lead block (headline, summary, wire credit "PTI" or "Reuters" on its own line), a "News" list of bare headlines, a "Business" block with headline / summary and a credit line, a "Rediff Deals" promo box; footer; CRLF, trailing spaces',
      'Portal own page: outlet null unless a wire credit line (PTI, Reuters) is printed under the item (README: wire credit gives the outlet). Bare headline lists are teasers (0 paragraphs). "Rediff Deals" promo and the sign-in / mail controls are not articles. CRLF, trailing spaces.',eol='\r\n')
    d.L('rediff.com','Rediffmail   Money   Shopping   Cricket   Movies','Sign in','Wednesday, December 02, 2026','','Top Stories')
    for cr in ['PTI','Reuters']:
        t,p=take(2); d.L(t,*p,cr,''); d.A(t,cr,None,None,p)
    d.L('News')
    for i in range(5):
        t,_=take(0); d.L(t); d.A(t)
    d.L('','Rediff Deals','Winter sale: up to 60% off on jackets','Shop now','','Business')
    for cr in ['PTI',None]:
        t,p=take(1); d.L(t,*p); 
        if cr: d.L(cr)
        d.L(''); d.A(t,cr,None,None,p)
    d.L('Rediffmail · Rediff Money · Rediff Shopping · About us','© 2026 Rediff.com')
    n[d.name]=d.write(trail=2)
    # ---------- card-portal-3 iGoogle
    d=Dump('card-portal-3','card-portal','iGoogle (google.com/ig, 2005-2013) personalised home page as widely known: tabs (Home / News / Fun), "Add stuff »", a Top Stories news gadget with each story the headline, the source line "Outlet\\u00a0-\\u00a01 hour ago" and a "Related articles »" link, a feed gadget headed "BBC News | World" of bare headlines, a Date & Time gadget and a Weather gadget; LF, no final newline, NBSP',
      'Top Stories gadget: headline then "Outlet - age" (with non-breaking spaces around the hyphen; outlet and published). "Related articles »" is boilerplate. The "BBC News | World" gadget heading names the one feed: its items have outlet "BBC News | World" as printed. Date & Time and Weather gadgets, "Add stuff »", tabs are chrome. LF, no final newline, NBSP.',final=False)
    d.L('iGoogle','Home   News   Fun','Add stuff »   Change theme','','Date & Time','Wednesday, December 2','9:14 AM','','Top Stories','edit  ·  minimise  ·  delete')
    outs=[('Reuters','1 hour ago'),('The Washington Post','2 hours ago'),('CNN','3 hours ago'),('Los Angeles Times','5 hours ago'),('USA Today','6 hours ago')]
    for i,(o,age) in enumerate(outs):
        t,_=take(0); d.L(t,f'{o}\u00a0-\u00a0{age}','Related articles »'); d.A(t,o,age)
    d.L('','BBC News | World','edit  ·  minimise  ·  delete')
    for i in range(4):
        t,_=take(0); d.L(t); d.A(t,'BBC News | World')
    d.L('','Weather','New York, NY','41°F  Clear','Wind: N at 9 mph; Humidity: 52%','','iGoogle Home · Privacy · Classic Home')
    n[d.name]=d.write()
    # ---------- link-aggregator-1 Voat
    d=Dump('link-aggregator-1','link-aggregator','Voat (voat.co, 2014-2020) subverse v/news as widely known: top bar (Voat / subverses / search / login or register), subverse header "v/news" with subscriber count, sort tabs (hot / new / top / controversial), each submission a rank line, a score line, the title with the domain in parentheses on the same line ("Title (domain)"), then "submitted 3 hours ago by user", then "42 comments share save hide report"; a stickied moderator post; no blank lines between submissions; "next ›"; LF',
      'Title ends before the trailing " (domain)"; the domain is the outlet; "submitted … by user": published is the age, the submitter is not a byline. Rank and score lines and the action line are boilerplate. The stickied "[Announcement]" moderator self-post is not a news item. No blank lines between submissions. LF.')
    d.L('Voat','subverses  search','login or register','v/news','24,817 subscribers','hot  new  top  controversial')
    d.L('announcement','[Announcement] New rules for link titles (self.news)','submitted 2 days ago by news_mod','12 comments share save hide report')
    doms=['apnews.com','reuters.com','theguardian.com','nbcnews.com','foxnews.com','bbc.com','nypost.com','thehill.com','cbsnews.com','washingtontimes.com']
    for i,dom in enumerate(doms):
        t,_=take(0)
        age=['1 hour ago','2 hours ago','2 hours ago','3 hours ago','4 hours ago','5 hours ago','6 hours ago','7 hours ago','9 hours ago','11 hours ago'][i]
        d.L(str(i+1),str([412,238,197,150,121,96,77,58,41,33][i]),f'{t} ({dom})',f'submitted {age} by {["Fenwick","oldtimer77","quietriver","moss_and_stone","drydock","Halvard","pinecone_j","lowtide","Kestrel9","brambles"][i]}',f'{[88,41,37,29,16,12,9,7,4,2][i]} comments share save hide report')
        d.A(t,dom,age)
    d.L('next ›','voat · about · privacy · contact')
    n[d.name]=d.write()
    # ---------- link-aggregator-2 SaidIt
    d=Dump('link-aggregator-2','link-aggregator','SaidIt (saidit.net, a Reddit-code forum) s/news listing as widely known: header (SaidIt / subs / all / login), sub title "s/news", sort tabs (hot / new / rising / top), each post the two vote lines ("insightful 34" / "fun 2"), the title with the domain in parentheses ("Title (domain)"), "submitted 5 hours ago by user to s/news", then "12 comments source share save"; a text post ("self.news"); sidebar rules; CRLF',
      'Title ends before the trailing " (domain)"; outlet the domain; published the age in the "submitted" line; submitter not a byline. Vote lines and the action line are boilerplate. The "self.news" discussion post is not a news item (no outlet; a question to readers). CRLF, blank lines between posts.',eol='\r\n')
    d.L('SaidIt','subs   all   random','login','s/news','hot   new   rising   top','')
    doms=['npr.org','latimes.com','axios.com','abcnews.go.com','independent.co.uk','aljazeera.com','usatoday.com','politico.com','time.com']
    for i,dom in enumerate(doms):
        t,_=take(0); age=f'{i+2} hours ago'
        d.L(f'insightful {[34,27,22,19,15,11,9,6,3][i]}',f'fun {[2,0,5,1,0,3,0,1,0][i]}',f'{t} ({dom})',f'submitted {age} by {["yarrow","pelican_brief","m_oyelaran","northbound","catkin","tesseract_ed","hollis","juniperx","rookery"][i]} to s/news',f'{[12,8,30,4,6,2,9,1,0][i]} comments source share save','')
        d.A(t,dom,age)
        if i==4: d.L('insightful 7','fun 1','What are you following this week? (self.news)','submitted 6 hours ago by catkin to s/news','21 comments source share save','')
    d.L('rules: 1. link to the source  2. no paywall dodging  3. be civil','SaidIt · about · help · privacy')
    n[d.name]=d.write()
    # ---------- link-aggregator-3 CryptoPanic
    d=Dump('link-aggregator-3','link-aggregator','CryptoPanic (cryptopanic.com) news feed as copied: header (CryptoPanic / News / Media / Portfolio / Login), filter tabs (All / Rising / Hot / Bullish / Bearish / Important), each row tab-separated: age ("7m", "2h"), the title, the source domain, and a currency tag ("BTC", "ETH") on some rows, with a vote line under some ("▲ 12  ▼ 3"); a "Sponsored" row; "Load more"; LF, tabs, trailing spaces',
      'Rows "age<TAB>title<TAB>domain<TAB>tag": published the age, outlet the domain, the currency tag a label (boilerplate), vote lines boilerplate. The Sponsored row is an ad. No blank lines between rows. LF, tabs, trailing spaces.')
    d.L('CryptoPanic','News\tMedia\tPortfolio\tLogin','All\tRising\tHot\tBullish\tBearish\tImportant','')
    rows=[('7m','coindesk.com','BTC'),('18m','reuters.com',''),('34m','theblock.co','ETH'),('1h','decrypt.co','BTC'),('1h','bloomberg.com',''),('2h','cointelegraph.com','SOL'),('3h','cnbc.com',''),('4h','ft.com','BTC'),('5h','forbes.com','ETH'),('6h','wsj.com','')]
    for i,(age,dom,tag) in enumerate(rows):
        t,_=take(0)
        d.L(f'{age}\t{t}\t{dom}'+(f'\t{tag}' if tag else ''))
        if i%3==0: d.L(f'▲ {[12,5,9,3][i//3]}  ▼ {[3,1,0,2][i//3]}')
        d.A(t,dom,age)
        if i==3: d.L('Sponsored\tTrade with zero fees this month\tcoinvault.example\tAd')
    d.L('','Load more')
    n[d.name]=d.write(trail=2)
    return n
