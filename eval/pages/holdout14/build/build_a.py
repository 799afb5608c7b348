from page import *
def run():
    n={}
    # ---------- aggregator-1 Daum News (browser-translated)
    d=Dump('aggregator-1','aggregator','Daum News (news.daum.net, Kakao) home page as copied after the browser translated it to English: header (Daum / News / Entertainment / Sports / Log in), section tabs (Home / Society / Politics / Economy / International / Culture / IT), the date line, a "Main news" list with each item the headline, a one-line summary and the line "Press · 12 minutes ago", an "Advertisement" banner, an "Issue" keyword chip row, then a "Ranking" block "Most viewed" with numbered rows "01" (rank, headline, press name on three lines); footer; LF, trailing spaces',
      'Main news: headline, summary (1 paragraph, missing on two items), "Press · age" (outlet and published). Ranking rows: the two-digit rank line is boilerplate, then the headline and the press name on its own line (outlet, no time printed, 0 paragraphs). Keyword chips ("#Budget", …), the Advertisement banner, tabs and footer are chrome. Korean press names as the translated page prints them; the stories are US news (topic misfit, see README). LF, trailing spaces.')
    d.L('Daum','News    Entertainment    Sports','Log in','Home   Society   Politics   Economy   International   Culture   IT','','Friday, December 11, 2026','','Main news','')
    outs=[('Yonhap News','12 minutes ago'),('News1','27 minutes ago'),('Newsis','48 minutes ago'),('Hankook Ilbo','1 hour ago'),('JTBC','1 hour ago'),('Kyunghyang Shinmun','2 hours ago'),('YTN','3 hours ago')]
    for i,(o,age) in enumerate(outs):
        t,p=take(0 if i in (3,6) else 1); d.L(t,*p,f'{o} · {age}',''); d.A(t,o,age,None,p)
        if i==2: d.L('Advertisement','Year-end flight sale to Jeju and Busan — up to 40% off','')
    d.L('Issue','#Budget   #Winter storm   #Election   #Interest rates','','Ranking','Most viewed')
    for r,o in enumerate(['Seoul Shinmun','Yonhap News','Maeil Business Newspaper'],1):
        t,_=take(0); d.L(f'{r:02d}',t,o); d.A(t,o)
    d.L('','Terms of service   Privacy policy   Youth protection policy','© Kakao Corp.')
    n[d.name]=d.write(trail=3)
    # ---------- aggregator-2 Baidu News (browser-translated)
    d=Dump('aggregator-2','aggregator','Baidu News (news.baidu.com) home page as copied after the browser translated it to English: top links (Baidu Home / Settings / Log in), the logo line "Baidu News" with the search box ("Baidu it"), channel tabs (Home / Domestic / International / Military / Finance / Entertainment / Sports / Internet / Technology), a "Hot news" list of bare headlines, an "International news" list of bare headlines, a "Recommended for you" feed with each item the headline, a one-line abstract and the line "Press  2 hours ago" (two spaces), a "Baidu hot search" list with rank, headline and heat count; no blank lines anywhere; CRLF, no final newline',
      'Hot news and International news rows are bare headlines (outlet and time null, 0 paragraphs). Recommended feed: headline, abstract (1 paragraph), "Press  age" (outlet before the run of spaces, published after it). The "Baidu hot search" rows ("1  Headline  4.98M") print a rank and a heat count around a search phrase: trending searches, not news items (chrome, as search suggestion lists). Tabs, search box, "Change batch" and footer are chrome. Chinese press names as the translated page prints them; US stories (topic misfit). No blank lines between any items. CRLF, no final newline.',eol='\r\n',final=False)
    d.L('Baidu Home   Settings   Log in','Baidu News','Baidu it','Home   Domestic   International   Military   Finance   Entertainment   Sports   Internet   Technology','Hot news')
    for i in range(4):
        t,_=take(0); d.L(t); d.A(t)
    d.L('International news')
    for i in range(3):
        t,_=take(0); d.L(t); d.A(t)
    d.L('Recommended for you')
    for o,age in [('Xinhua','1 hour ago'),('China News Service','2 hours ago'),('The Paper','3 hours ago'),('CCTV News','5 hours ago')]:
        t,p=take(1); d.L(t,*p,f'{o}  {age}'); d.A(t,o,age,None,p)
    d.L('Change batch','Baidu hot search','1  winter storm travel warning  4.98M','2  year-end bonus tax  3.71M','3  lunar new year train tickets  2.40M','© 2026 Baidu  Terms of Use  Privacy Policy')
    n[d.name]=d.write()
    # ---------- aggregator-3 Rambler News (browser-translated)
    d=Dump('aggregator-3','aggregator','Rambler News (news.rambler.ru) "Top" page as copied after the browser translated it to English: a cookie notice first ("Rambler uses cookies …" / "OK"), top bar (Rambler / Mail / News / Sport / Finance / Weather / Games / Log in), rubric tabs (Top / Politics / World / Society / Economy / Incidents), the heading "Top news of the day", each story the headline, a summary, and the line "Source\\tToday, 14:20" (tab), some with a "Sources: N" cluster count; an "Advertising" block; "Show more"; LF, tabs, NBSP',
      'Each story: headline, summary (1-2 paragraphs, none on two), then "Press<TAB>time" (outlet before the tab, published after it: "Today, 14:20", "Yesterday, 22:05"). "Sources: 14" cluster counts are boilerplate. The cookie notice, Advertising block, rubric tabs, weather widget line and "Show more" are chrome. Russian press names as the translated page prints them; US stories (topic misfit). NBSP inside the times. LF, tabs.')
    d.L('Rambler uses cookies to improve the site. By continuing to browse, you agree to this.','OK','','Rambler\tMail\tNews\tSport\tFinance\tWeather\tGames','Log in','Top\tPolitics\tWorld\tSociety\tEconomy\tIncidents','','Top news of the day','Moscow  −4°','')
    outs=[('TASS','Today,\u00a014:20',2),('RIA Novosti','Today,\u00a013:58',1),('Interfax','Today,\u00a013:31',0),('Kommersant','Today,\u00a012:47',1),('RBC','Today,\u00a011:05',1),('Izvestia','Today,\u00a009:40',0),('Vedomosti','Yesterday,\u00a022:05',1),('Lenta.ru','Yesterday,\u00a019:12',1)]
    for i,(o,tm,k) in enumerate(outs):
        t,p=take(k); d.L(t,*p,f'{o}\t{tm}')
        if i in (0,3,6): d.L(f'Sources: {[14,9,6][i//3]}')
        d.L(''); d.A(t,o,tm,None,p)
        if i==4: d.L('Advertising','Winter tyres with free fitting — order online','Learn more','')
    d.L('Show more','','Rambler&Co  ·  About  ·  Advertising  ·  Privacy')
    n[d.name]=d.write()
    # ---------- card-portal-1 Spectrum.net
    d=Dump('card-portal-1','card-portal','Spectrum.net (Charter Spectrum customer home page) as widely known: header (Spectrum / Email / Voicemail / My Account / Support / Sign In), a web search box, a lead story card (headline, summary, "Spectrum News · 1 hr ago"), a "Top Stories" row of cards each the headline then the source line "Source | 2 hrs ago", a "Sponsored" card, a "Local News" block of headline / source lines, a weather widget; footer; CRLF, trailing spaces',
      'Lead card: headline, summary (2 paragraphs), "Outlet · age". Top Stories and Local News cards: headline, "Outlet | age" (outlet and published). The "Sponsored" card (an advertiser line under it) is an ad. The account bar, search, weather and footer are chrome. CRLF, trailing spaces.',eol='\r\n')
    d.L('Spectrum','Email   Voicemail   My Account   Support','Sign In','Search the web','')
    t,p=take(2); d.L(t,*p,'Spectrum News · 1 hr ago',''); d.A(t,'Spectrum News','1 hr ago',None,p)
    d.L('Top Stories')
    for i,(o,age) in enumerate([('Associated Press','2 hrs ago'),('Reuters','2 hrs ago'),('USA Today','3 hrs ago'),('Associated Press','4 hrs ago')]):
        t,_=take(0); d.L(t,f'{o} | {age}',''); d.A(t,o,age)
        if i==1: d.L('Sponsored','Seniors are switching to this Medicare plan','HealthPlanDirect | Sponsored','')
    d.L('Local News')
    for o,age in [('Spectrum News 1','35 mins ago'),('Spectrum News NY1','5 hrs ago'),('Bay News 9','6 hrs ago')]:
        t,_=take(0); d.L(t,f'{o} | {age}',''); d.A(t,o,age)
    d.L('Charlotte, NC','48° Partly Cloudy','','Privacy   Terms of Service   Contact Us','© 2026 Charter Communications')
    n[d.name]=d.write(trail=3)
    # ---------- card-portal-2 EarthLink start page
    d=Dump('card-portal-2','card-portal','EarthLink personal start page (start.earthlink.net) as widely known: header (EarthLink / Web Mail / My Account / Help / Sign Out), a search box, module columns: a "Top News" module of headlines each with the source in parentheses on the same line ("Headline (AP)"), a lead with a two-line summary, a "Business" module with headline and summary items, a stock ticker line ("DOW\\t43,210.55\\t+0.4%"), a "Weather" module, a "Horoscope" module; footer; LF, tabs',
      'Top News rows print "Headline (Source)": the source in parentheses is taken off the title and is the outlet (as Google News RSS titles and Skype rows earlier); the lead prints a summary (2 paragraphs) under its row. Business items: headline, summary (1 paragraph), then "Source<TAB>time" (outlet and published). The ticker, weather and horoscope modules, "Customize this page" and footer are chrome. LF, tabs.')
    d.L('EarthLink','Web Mail\tMy Account\tHelp\tSign Out','Search the Web','Customize this page','','Top News')
    t,p=take(2); d.L(f'{t} (AP)',*p); d.A(t,'AP',None,None,p)
    for o in ['Reuters','AP','HealthDay','AP','Reuters']:
        t,_=take(0); d.L(f'{t} ({o})'); d.A(t,o)
    d.L('More Top News »','','Business','DOW\t43,210.55\t+0.4%','NASDAQ\t19,884.02\t+0.7%')
    for o,tm in [('Reuters','9:14 AM ET'),('Associated Press','8:02 AM ET'),('MarketWatch','Dec 10')]:
        t,p=take(1); d.L(t,*p,f'{o}\t{tm}'); d.A(t,o,tm,None,p)
    d.L('','Weather','Atlanta, GA\t52°F\tRain','Horoscope','Leo: Say yes to the small invitation today.','','EarthLink Home  |  Privacy Policy  |  Acceptable Use  |  © 2026 EarthLink, LLC')
    n[d.name]=d.write()
    # ---------- card-portal-3 Mail.ru home (translated)
    d=Dump('card-portal-3','card-portal','Mail.ru home page (mail.ru) as copied after the browser translated it to English: the services bar (Mail / Cloud / Calendar / Games / Search / More), the search box, the mail login box ("Log in to Mail" / "Create mailbox"), a "News" block with tabs (News / Sport / Lady / Auto / Health / Hi-Tech), the lead story (headline and a two-line summary), a list of bare headlines with no blank lines between them, some followed by a source line in the form "Source: RBC", an "Advertising" line, and the weather and currency widgets; footer; LF, no final newline, NBSP, curly quotes',
      'Lead: headline, summary (2 paragraphs). List rows: a bare headline (outlet null), some followed by "Source: X" (outlet with "Source: " dropped, as holdout11 Topix and holdout13 GMX). No times printed. The "Advertising" line, widgets and login box are chrome. Quotation marks in the summaries are curly. No blank lines between list rows. LF, no final newline, NBSP in the widgets.',final=False)
    d.L('Mail\u00a0·\u00a0Cloud\u00a0·\u00a0Calendar\u00a0·\u00a0Games\u00a0·\u00a0Search\u00a0·\u00a0More','Search the Internet','Log in to Mail','Create mailbox','','News   Sport   Lady   Auto   Health   Hi-Tech')
    t,p=take(2); p=[curly(x) for x in p]; d.L(t,*p); d.A(t,None,None,None,p)
    srcs=['RBC',None,'Interfax',None,None,'TASS',None,'Kommersant']
    for i,s in enumerate(srcs):
        t,_=take(0); d.L(t); 
        if s: d.L('Source:\u00a0'+s)
        d.A(t,s)
        if i==3: d.L('Advertising: Order winter tyres with delivery in a day')
    d.L('','Moscow\u00a0−4°\u00a0Cloudy','USD\u00a092.41\u00a0\u00a0EUR\u00a099.87','','© 1998–2026 VK  ·  Mail.ru  ·  About the company  ·  Advertising')
    n[d.name]=d.write()
    # ---------- link-aggregator-1 Free Republic
    d=Dump('link-aggregator-1','link-aggregator','Free Republic (freerepublic.com) "Latest Articles" news forum index as widely known: header (Free Republic / Browse · Search / News/Activism / Topics · Post Article), the "Donate" fundraising bar ("Free Republic 4th Qtr 2026 fundraising target" with a percentage), each posted article the title, the source line "Outlet ^ | 12/11/2026 | Author Name" (author missing on some), "Posted on 12/11/2026 9:14:22 AM PST by username", a one-line excerpt on most, then "42 replies"; the "Skip to comments" / navigation and the disclaimer footer; LF, trailing spaces',
      'Each post: the title; the source line "Outlet ^ | date | Author": outlet (before " ^"), published (the date on it, the first time printed; the "Posted on …" time is the forum post, second, see README), byline the author after the second "|" where printed (the article\'s writer, not the poster); "by username" on the Posted line is the submitter (not a byline, as Hacker News); the excerpt is 1 paragraph; reply counts are boilerplate. The fundraising bar and disclaimer are chrome. LF, trailing spaces.')
    d.L('Free Republic','Browse · Search','News/Activism','Topics · Post Article','','Donate Here By Secure Server','Free Republic 4th Qtr 2026 fundraising target: 63% reached','','Latest Articles','')
    users=['ConservativeInDallas','Rockwell_ridge','mountn_laurel','Jim_from_Ohio','PatriotPen','Bayou_Belle','SonoranSky','old_salt_77','NorthwoodsGuy']
    outs=[('Associated Press',True),('The Hill',True),('Reuters',False),('Washington Examiner',True),('Fox Business',True),('New York Post',True),('Breitbart',False),('The Epoch Times',True),('Newsmax',True)]
    tms=['9:14:22 AM','9:02:51 AM','8:47:10 AM','8:31:44 AM','8:15:03 AM','7:58:37 AM','7:40:19 AM','7:22:08 AM','6:59:45 AM']
    for i,((o,au),u) in enumerate(zip(outs,users)):
        t,p=take(0 if i in (2,6) else 1); by=name() if au else None
        d.L(t,f'{o} ^ | 12/11/2026 | {by}' if by else f'{o} ^ | 12/11/2026 |',f'Posted on 12/11/2026 {tms[i]} PST by {u}',*p,f'{[42,17,88,9,31,56,23,12,70][i]} replies','')
        d.A(t,o,'12/11/2026',by,p)
    d.L('Disclaimer: Opinions posted on Free Republic are those of the individual posters and do not necessarily represent the opinion of Free Republic or its management.','','Free Republic · Privacy Policy · Contact')
    n[d.name]=d.write(trail=4)
    # ---------- link-aggregator-2 Democratic Underground
    d=Dump('link-aggregator-2','link-aggregator','Democratic Underground (democraticunderground.com) "Latest Breaking News" forum as copied (select-all of the thread table): header (Democratic Underground / Latest Greatest / Lobby / Journals / Search / Forums / Help / Log in), the forum heading "Latest Breaking News" with the forum rule note, a "Donate to DU" banner, the column header "Title\\tAuthor\\tReplies\\tPosted", a pinned row "LBN rules and guidelines", then thread rows each one tab-separated line "Headline\\tusername\\t12\\tFri Dec 11, 2026, 09:14 AM"; no blank lines between rows; pagination; CRLF, tabs',
      'Each row: the headline (first cell; the thread title is the article\'s headline as DU\'s LBN forum requires), the author cell is the member who posted it (a submitter, not a byline, as Reddit / Hacker News), the replies count is boilerplate, the last cell is the thread\'s posting time (published). The pinned rules row is not an article (as pinned posts earlier). No outlet printed. No blank lines between rows. The donation banner and pagination are chrome. CRLF, tabs.',eol='\r\n')
    d.L('Democratic Underground','Latest Greatest\tLobby\tJournals\tSearch\tForums\tHelp','Log in','Latest Breaking News','Post the exact headline of the article and no more than four paragraphs.','Donate to DU — keep the site ad-light in 2026','Title\tAuthor\tReplies\tPosted','📌 LBN rules and guidelines\tDU Admin\t0\tSun Jan 4, 2026, 10:00 AM')
    users=['bluewave_mn','Hortensis','ChiTownDem','PeaceNik88','Quixote1818','marble_falls','Celerity_','lindysue','eppur_se_muova','Rhiannon12866']
    times=['Fri Dec 11, 2026, 09:14 AM','Fri Dec 11, 2026, 09:03 AM','Fri Dec 11, 2026, 08:51 AM','Fri Dec 11, 2026, 08:40 AM','Fri Dec 11, 2026, 08:22 AM','Fri Dec 11, 2026, 08:05 AM','Fri Dec 11, 2026, 07:48 AM','Fri Dec 11, 2026, 07:30 AM','Fri Dec 11, 2026, 07:12 AM','Fri Dec 11, 2026, 06:55 AM']
    for i,u in enumerate(users):
        t,_=take(0); d.L(f'{t}\t{u}\t{[12,4,37,0,21,9,15,2,48,6][i]}\t{times[i]}'); d.A(t,None,times[i])
    d.L('Pages: 1 2 3 4 5 … 412 Next »','© Democratic Underground, LLC')
    n[d.name]=d.write()
    # ---------- link-aggregator-3 Pikabu (translated)
    d=Dump('link-aggregator-3','link-aggregator','Pikabu (pikabu.ru) "Hot" feed filtered by the tag "News" as copied after the browser translated it to English: header (Pikabu / Hot / Best / Fresh / Communities / Log in), the tag heading "News" with "Subscribe", each post the author line "username · 3 hours ago", the title, the post text (one or two lines), the tags line ("News  Politics  USA"), then the rating and comment line ("+1\\u00a0234  ·  💬 87  ·  Save"); an "Advertising" post; "Load more posts"; LF, NBSP, curly quotes',
      'Each post: the author line is the poster (a user handle, as Steemit and Squabbles users earlier): not a byline; its age is the post\'s published time. Title, post text (1-2 paragraphs), tags (boilerplate), rating with NBSP thousands separators and comments (boilerplate). The "Advertising" post is an ad. Outlet null. Quotation marks in post text are curly. LF, NBSP.')
    d.L('Pikabu','Hot   Best   Fresh   Communities','Log in','','News','Subscribe','')
    users=[('vasilek_77','3 hours ago'),('Old.Fox','4 hours ago'),('sergey.nsk','5 hours ago'),('RedPanda42','6 hours ago'),('tanya_pro','8 hours ago'),('Kirpich','9 hours ago'),('volnyi_veter','11 hours ago'),('Mikhalych','13 hours ago')]
    tags=['News  Politics  USA','News  USA  Weather','News  Society','News  Politics','News  Economy  USA','News  USA  Incident','News  World','News  Politics  Elections']
    for i,(u,age) in enumerate(users):
        t,p=take(2 if i in (1,5) else 1); p=[curly(x) for x in p]
        d.L(f'{u} · {age}',t,*p,tags[i],'+'+format([1234,2018,876,3402,512,1077,931,145][i],',').replace(',','\u00a0')+f'  ·  💬 {[87,143,54,210,33,96,41,28][i]}  ·  Save','')
        d.A(t,None,age,None,p)
        if i==3: d.L('Advertising','Learn English in 3 months with a personal tutor','Try it free','')
    d.L('Load more posts')
    n[d.name]=d.write()
    return n
