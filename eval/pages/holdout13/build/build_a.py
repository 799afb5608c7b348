from page import *
def run():
    n={}
    # ---------- aggregator-1 Naver News (browser-translated)
    d=Dump('aggregator-1','aggregator','Naver News (news.naver.com) "Headline news" page as copied after the browser translated it to English: header (NAVER / News / Entertainment / Sports / Sign in), section tabs (Politics / Economy / Society / Life/Culture / IT/Science / World), "Headline news" heading with the algorithm note, clusters each a lead item (headline, a summary line, the press name, "N minutes ago"), two related headlines each followed by its press name, and "View N related articles"; an "AD" banner; then "Most viewed by press" with a press name heading and numbered headlines ("1" on its own line); LF, trailing spaces',
      'Clusters: the lead prints headline, summary (1 paragraph), press name (outlet) and age; the two related rows under it print headline and press name (0 paragraphs, no time). "View N related articles" is a link (boilerplate). In "Most viewed by press" the press name heading names the one source of the numbered rows under it (outlet); the rank lines are boilerplate. The AD banner, tabs and algorithm note are chrome. Outlets are Korean press names as the translated page prints them; the stories are US news (topic misfit, see README). LF, trailing spaces.')
    d.L('NAVER','News    Entertainment    Sports','Sign in','Politics   Economy   Society   Life/Culture   IT/Science   World','','Headline news','Articles in this area are selected automatically by an algorithm.','')
    cl=[('Yonhap News','14 minutes ago',['JoongAng Ilbo','Newsis'],31),('The Chosun Ilbo','38 minutes ago',['KBS','Hankyoreh'],18),('Maeil Business Newspaper','1 hour ago',['News1','Money Today'],12),('MBC','2 hours ago',['SBS','Yonhap News'],9)]
    for i,(o,age,rel,k) in enumerate(cl):
        t,p=take(1); d.L(t,*p,o,age); d.A(t,o,age,None,p)
        for r in rel:
            t,_=take(0); d.L(t,r); d.A(t,r)
        d.L(f'View {k} related articles','')
        if i==1: d.L('AD','Winter travel deals to Jeju — book by Friday','')
    d.L('Most viewed by press','Yonhap News')
    for r in range(1,4):
        t,_=take(0); d.L(str(r),t); d.A(t,'Yonhap News')
    d.L('','Terms of Use   Privacy Policy   News Help','© NAVER Corp.')
    n[d.name]=d.write(trail=4)
    # ---------- aggregator-2 World News Network
    d=Dump('aggregator-2','aggregator','World News Network (wn.com) topic page "World News" as widely known: a cookie notice at the top ("This site uses cookies …" / "OK"), top bar (WN / Network / Video / News / Business / Sports / Live), topic heading with "Follow" and the date line, each item the headline, the outlet and date on one line separated by spaces ("Al Jazeera   09 Dec 2026"), then a snippet ending in " ..."; a "Related News" block of bare headlines with outlets in parentheses on the same line; a "Sponsored" item; pagination "1 2 3 4 5 Next"; CRLF, no final newline',
      'Main list: headline, "Outlet   09 Dec 2026" (outlet and published, the run of spaces is a separator), snippet (1 paragraph, the trailing " ..." is part of the printed line). "Related News" rows print "Headline (Outlet)": the outlet in parentheses is taken off the title (README). The cookie notice, Sponsored item and pagination are not articles. CRLF, no final newline.',eol='\r\n',final=False)
    d.L('This site uses cookies to remember your settings and to show you relevant ads. By continuing you agree to this.','OK','','WN','Network   Video   News   Business   Sports   Live','','World News','Follow','Wednesday, 9 December 2026','')
    outs=[('Al Jazeera','09 Dec 2026'),('The Guardian','09 Dec 2026'),('Deutsche Welle','09 Dec 2026'),('Sky News','08 Dec 2026'),('NPR','08 Dec 2026'),('Euronews','08 Dec 2026'),('The Hill','07 Dec 2026')]
    for i,(o,dt) in enumerate(outs):
        t,p=take(1); p=[p[0][:-1]+' ...' if i%2==0 else p[0]]
        d.L(t,f'{o}   {dt}',*p,''); d.A(t,o,dt,None,p)
        if i==3: d.L('Sponsored','The smarter way to send money abroad','Remitly   Sponsored','')
    d.L('Related News')
    for o in ['Reuters','ABC News','France 24']:
        t,_=take(0); d.L(f'{t} ({o})'); d.A(t,o)
    d.L('','1   2   3   4   5   Next','','About WN · Contact · Privacy · Terms','© 2026 WN Network')
    n[d.name]=d.write()
    # ---------- aggregator-3 EIN News
    d=Dump('aggregator-3','aggregator','EIN News (einnews.com) topic feed "World News Today" as widely known: header (EIN News / Newsfeeds / Press Releases / Subscribe / Sign in), the feed heading with "Add to my feeds" and "RSS", a "Subscribe to this newsfeed by email" prompt, each item the headline, a line "Source · 22 minutes ago", then the excerpt; a "Featured" advert; no blank lines between items; "Load more news"; LF, tabs',
      'Each item: headline, "Outlet · age" (outlet, published), excerpt (1 paragraph, missing on some). The email prompt, "Featured" advert, feed controls and "Load more news" are chrome. No blank lines anywhere between items. LF, tabs in the header.')
    d.L('EIN News','Newsfeeds\tPress Releases\tSubscribe\tSign in','World News Today','Add to my feeds\tRSS','Subscribe to this newsfeed by email — free, cancel anytime.')
    outs=[('Reuters','22 minutes ago'),('Associated Press','41 minutes ago'),('UPI','1 hour ago'),('BBC News','1 hour ago'),('Voice of America','2 hours ago'),('The Independent','3 hours ago'),('CBS News','4 hours ago'),('Anadolu Agency','5 hours ago'),('NBC News','6 hours ago')]
    for i,(o,age) in enumerate(outs):
        t,p=take(0 if i in (2,6) else 1); d.L(t,f'{o} · {age}',*p); d.A(t,o,age,None,p)
        if i==4: d.L('Featured','Distribute your press release to 10,000+ newsrooms','Learn more')
    d.L('Load more news','EIN Presswire · About · Privacy · Contact')
    n[d.name]=d.write()
    # ---------- card-portal-1 Excite
    d=Dump('card-portal-1','card-portal','Excite (excite.com) portal home page as widely known: logo "excite", web search box ("Search the Web"), nav (Email / News / Weather / Horoscopes / Games / Entertainment), a "Top News" module with each story the headline then "Outlet - 41 mins ago", a lead with a two-line summary, a "Sponsored Links" block, a "U.S. News" module in the same shape, weather and horoscope widgets; footer; CRLF, trailing spaces',
      'Top News and U.S. News modules: headline, then "Outlet - age" on its own line (outlet and published); the lead prints a summary of two paragraphs. Sponsored Links, weather and horoscope widgets, nav and footer are chrome. CRLF, trailing spaces.',eol='\r\n')
    d.L('excite','Search the Web','Email   News   Weather   Horoscopes   Games   Entertainment','','Top News')
    t,p=take(2); d.L(t,*p,'AP - 12 mins ago',''); d.A(t,'AP','12 mins ago',None,p)
    for o,age in [('Reuters','41 mins ago'),('CNN','1 hour ago'),('USA Today','2 hours ago'),('AP','3 hours ago')]:
        t,_=take(0); d.L(t,f'{o} - {age}'); d.A(t,o,age)
    d.L('More News »','','Sponsored Links','Compare Medicare plans in your area','medicare-plans-guide.com','','Boston, MA','41°F  Cloudy','5-day forecast »','','U.S. News')
    for o,age in [('NBC News','2 hours ago'),('The Hill','3 hours ago'),('CBS News','5 hours ago')]:
        t,_=take(0); d.L(t,f'{o} - {age}'); d.A(t,o,age)
    d.L('','Daily Horoscope','Sagittarius: Plans made today hold up better than you expect.','','About Excite   Privacy   Terms of Service','© 2026 Excite')
    n[d.name]=d.write(trail=3)
    # ---------- card-portal-2 start.me
    d=Dump('card-portal-2','card-portal','start.me personal start page as copied: top bar (start.me / page name "Home" / + Add widget / Settings), a search box, a bookmarks widget of site names, RSS widgets each headed by the feed name: list-mode widgets with each row "Headline<TAB>age" on one line ("2h", "5h", "1d"), a magazine-mode widget with headline, snippet and age lines, a notes widget; LF, tabs',
      'Each RSS widget heading names its one feed: the outlet of its rows (README: heading naming one source). List-mode rows print the headline and the age on one line joined by a tab: title before the tab, published after it. Magazine rows print headline, snippet (1 paragraph) and age. The bookmarks widget (site names), notes widget and top bar are chrome. LF, tabs.')
    d.L('start.me','Home\t+ Add widget\tSettings','Search with Google','','Bookmarks','Gmail','Calendar','Drive','Weather','','Reuters World News')
    for age in ['18m','2h','3h','5h']:
        t,_=take(0); d.L(f'{t}\t{age}'); d.A(t,'Reuters World News',age)
    d.L('','NPR News')
    for age in ['1h','4h','1d']:
        t,_=take(0); d.L(f'{t}\t{age}'); d.A(t,'NPR News',age)
    d.L('','Notes','dentist thu 4pm','renew parking permit','','The Guardian World')
    for age in ['35m','2h','6h']:
        t,p=take(1); d.L(t,*p,age); d.A(t,'The Guardian World',age,None,p)
    d.L('','start.me · Help · Privacy')
    n[d.name]=d.write()
    # ---------- card-portal-3 GMX
    d=Dump('card-portal-3','card-portal','GMX (gmx.com) portal home page as widely known: header (GMX / E-mail / Cloud / News / Log in / Sign up), "News" section with a lead card (headline, teaser, credit "Source: AFP", time "Updated 12/09/2026, 9:14 AM"), a row of cards each the headline, a teaser on some and a credit line "Source: Reuters", an "Advertisement" card, "More news" and "World" blocks of bare headlines; footer; LF, no final newline, NBSP',
      'Portal cards: headline, teaser (1 paragraph, missing on some), "Source: X" credit line gives the outlet with "Source: " dropped (as holdout11 Topix and Glance). The lead prints "Updated 12/09/2026, 9:14 AM" (published, label kept). Bare headline blocks: outlet and time null. The Advertisement card, log-in and footer are chrome. NBSP after "Source:" and in the nav. LF, no final newline.',final=False)
    d.L('GMX','E-mail\u00a0\u00a0Cloud\u00a0\u00a0News','Log in','Sign up','','News')
    t,p=take(1); d.L(t,*p,'Source:\u00a0AFP','Updated 12/09/2026, 9:14 AM',''); d.A(t,'AFP','Updated 12/09/2026, 9:14 AM',None,p)
    for i,cr in enumerate(['Reuters','dpa','AP','Reuters']):
        t,p=take(1 if i in (0,2) else 0); d.L(t,*p,'Source:\u00a0'+cr,''); d.A(t,cr,None,None,p)
        if i==1: d.L('Advertisement','Get 10 GB of free cloud storage with your GMX account','Activate now','')
    d.L('More news')
    for i in range(2):
        t,_=take(0); d.L(t); d.A(t)
    d.L('','World')
    for i in range(2):
        t,_=take(0); d.L(t); d.A(t)
    d.L('','Imprint   Privacy Policy   Terms and Conditions   Cookie Settings','© 2026 GMX')
    n[d.name]=d.write()
    # ---------- link-aggregator-1 Steemit
    d=Dump('link-aggregator-1','link-aggregator','Steemit (steemit.com/trending/news) tag page as widely known: header (steemit / Posts / Proposals / Witnesses / Log in / Sign up), sort tabs (Trending / Hot / New / Promoted), tag "#news", each post the author line "user (62) in #news • 5 hours ago", the title, an excerpt, then the payout and counts line ("$12.41  ▲ 84  💬 12  Resteem"); a "Promoted" post; LF, no blank lines between some posts',
      'Each post: the author line is the poster (a handle with reputation score, as Squabbles @user and Stacker News earlier): not a byline; the age on it is the post time (published "5 hours ago"). Title, excerpt (1 paragraph). Payout, vote and comment counts are boilerplate. The "Promoted" post is an ad. Outlet null (no source printed). LF.')
    d.L('steemit','Posts   Proposals   Witnesses','Log in   Sign up','Trending   Hot   New   Promoted','#news','')
    users=[('newsdesk-eu','64','3 hours ago'),('civicwatch','58','5 hours ago'),('globalbrief','61','6 hours ago'),('dailyledger','55','8 hours ago'),('stormtracker','49','9 hours ago'),('policypad','67','11 hours ago'),('fieldnotes','52','14 hours ago'),('wirewatcher','60','20 hours ago')]
    for i,(u,r,age) in enumerate(users):
        t,p=take(1); d.L(f'{u} ({r}) in #news • {age}',t,*p,f'${[12.41,8.02,21.77,3.15,0.96,14.30,5.48,2.07][i]:.2f}  ▲ {[84,51,133,22,9,97,40,17][i]}  💬 {[12,7,31,3,1,18,6,2][i]}  Resteem')
        d.A(t,None,age,None,p)
        if i%2==1: d.L('')
        if i==2: d.L('Promoted','cryptobuilder (70) in #steem • 1 day ago','Earn rewards for your posts this week','Promoted  $45.10  ▲ 210','')
    d.L('','Load more...')
    n[d.name]=d.write()
    # ---------- link-aggregator-2 Delicious
    d=Dump('link-aggregator-2','link-aggregator','Delicious (del.icio.us/popular, 2005-2010 classic design) popular bookmarks page as widely known: header (del.icio.us / your bookmarks / your network / post / popular / recent), "popular" heading with the tag "news", each bookmark the title, the full URL on the next line, then the tags line "to  news  politics  world …" ending "… saved by 1432 other people"; a "popular tags" sidebar at the end; CRLF, trailing spaces',
      'Each bookmark: title; the URL line is the link (full URL: outlet null, as holdout9 Marginalia / holdout12 Mwmbl); the tags and "saved by N other people" line is labels and a count (boilerplate), naming no time and no author. No snippets (0 paragraphs). The sidebar tag cloud is chrome. CRLF, trailing spaces.',eol='\r\n')
    d.L('del.icio.us','your bookmarks | your network | post | popular | recent','login | register','','popular » news','')
    hosts=['www.npr.org/2026/12/09/','apnews.com/article/','www.theguardian.com/world/2026/dec/09/','www.reuters.com/world/','www.cbsnews.com/news/','www.latimes.com/world-nation/story/2026-12-08/','www.pbs.org/newshour/world/','www.axios.com/2026/12/08/','www.aljazeera.com/news/2026/12/8/']
    tags=['news politics us','news world','news climate environment','news world europe','news health','news california','news world policy','news tech','news world middleeast']
    for i,h in enumerate(hosts):
        t,_=take(0)
        slug=t.lower().replace(' ','-').replace('?','').replace('’','').replace(':','')
        d.L(t,'https://'+h+slug,f'to  {tags[i]}  … saved by {[1432,988,2104,650,431,377,812,295,540][i]} other people','')
        d.A(t)
    d.L('popular tags','news  politics  world  election  climate  science  tech  health  economy')
    n[d.name]=d.write(trail=2)
    # ---------- link-aggregator-3 PieFed
    d=Dump('link-aggregator-3','link-aggregator','PieFed (piefed.social, a Lemmy-compatible threadiverse forum) community page c/news as copied: header (PieFed / Communities / Topics / Explore / Log in), community header "News" with "news@piefed.social" and member count, sort tabs (Hot / Top / New / Active), a pinned moderator post ("Community rules"), each post the score line, the title, the domain line, "by user 3 hours ago", then "42 comments · share · save"; LF, trailing spaces, tabs',
      'Each post: score (boilerplate), title, a bare domain line (the outlet, as holdout11 Squabbles link cards), "by user 3 hours ago": the user is the submitter (not a byline), the age is the post\'s published time. Comment/share line is boilerplate. The pinned moderator post (rules) is not an article (as pinned posts in holdout8/9/11/12). LF, trailing spaces, tabs in the sort tabs.')
    d.L('PieFed','Communities   Topics   Explore','Log in','','News','news@piefed.social · 18.4k members','Hot\tTop\tNew\tActive','','📌 Pinned','Community rules — read before posting','by news_mods 3 months ago','4 comments · share · save','')
    posts=[('apnews.com','3 hours ago','mireille'),('reuters.com','4 hours ago','tarn_owl'),('theguardian.com','5 hours ago','quietriver'),('npr.org','6 hours ago','basalt'),('bbc.com','7 hours ago','hollow_pine'),('aljazeera.com','9 hours ago','kestrel22'),('pbs.org','10 hours ago','lowtide'),('cbc.ca','12 hours ago','marrow'),('dw.com','14 hours ago','fennel')]
    for i,(dom,age,u) in enumerate(posts):
        t,_=take(0); d.L(str([412,388,265,240,199,150,122,98,61][i]),t,dom,f'by {u} {age}',f'{[88,142,37,54,29,73,12,45,8][i]} comments · share · save','')
        d.A(t,dom,age)
    d.L('Next page →')
    n[d.name]=d.write(trail=3)
    return n
