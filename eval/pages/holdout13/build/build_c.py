from page import *
def run():
    n={}
    # ---------- section-page-1 CBS News World
    d=Dump('section-page-1','section-page','CBS News (cbsnews.com/world/) "World" section page as widely known: header (CBS News / US / World / Politics / Entertainment / HealthWatch / MoneyWatch / Crime / Sports / Live), the section heading "World", a lead (headline, dek, "By Name", time "22M ago"), then a river of items each the headline, the dek and the age ("2H ago", "Dec 8"), video items with a "Video" label line and a duration line ("03:12"), a "Promoted Stories" block, "Load More"; LF, trailing spaces, tabs',
      'Publisher\'s own section: outlet null. Each item: headline, dek (1 paragraph, missing on the video items), age as printed ("22M ago", "5H ago", "Dec 8"). The lead prints "By Name" (byline). "Video" labels and durations ("03:12") are boilerplate, not times. Promoted Stories are ads. LF, trailing spaces, tabs in the nav.')
    d.L('CBS News','US\tWorld\tPolitics\tEntertainment\tHealthWatch\tMoneyWatch\tCrime\tSports\tLive','','World','')
    t,p=take(1); b=name(); d.L(t,*p,'By '+b,'22M ago',''); d.A(t,None,'22M ago',b,p)
    ages=['1H ago','2H ago',None,'3H ago','5H ago',None,'7H ago','Dec 8','Dec 8']
    for i,age in enumerate(ages):
        if age is None:
            t,_=take(0); d.L('Video',t,['03:12','02:47'][i//5],''); d.A(t)
            continue
        t,p=take(1); d.L(t,*p,age,''); d.A(t,None,age,None,p)
        if i==4: d.L('Promoted Stories','Doctors stunned: the one stretch for knee pain','Joint Health Weekly','The SUV deals dealers hope you miss','Auto Savings Today','')
    d.L('Load More','','Copyright ©2026 CBS Interactive Inc. All rights reserved.')
    n[d.name]=d.write(trail=4)
    # ---------- section-page-2 NZ Herald World
    d=Dump('section-page-2','section-page','The New Zealand Herald (nzherald.co.nz/world/) "World" section page as widely known: header (NZ Herald / Latest news / New Zealand / World / Business / Sport / Entertainment / Lifestyle / Opinion / Subscribe), "World" heading, a hero (headline, dek, "By Name"), cards each a label line on some ("Premium", "Analysis"), the headline, a credit line (a staff "By Name", or a wire or syndication credit "AP", "Reuters", "Washington Post"), the dek, wire deks opening on a dateline ("WASHINGTON (AP) —", the place chosen to fit the sentence), then "Latest world news" rows of headline and age ("2h ago") in which the hero is printed again; a privacy notice at the foot; CRLF, no final newline',
      'Publisher\'s own section: outlet null for staff pieces; a wire or syndication credit on its own line ("AP", "Reuters", "Washington Post") gives the outlet (byline null). "By Name" is a byline. Labels ("Premium", "Analysis") are boilerplate. Wire datelines stay in the dek. "Latest world news" rows: headline and age (0 paragraphs). The hero is printed again as the first Latest row: two articles (each printing its own fields). The privacy notice is chrome. CRLF, no final newline.',eol='\r\n',final=False)
    d.L('NZ Herald','Latest news   New Zealand   World   Business   Sport   Entertainment   Lifestyle   Opinion','Subscribe','','World','')
    hero,hp=take(1); b=name(); d.L(hero,*hp,'By '+b,''); d.A(hero,None,None,b,hp)
    cards=[('Premium','by',None),(None,'AP',1),(None,'Reuters',1),('Analysis','by',None),(None,'Washington Post',None),(None,'AP',1)]
    for lab,cr,plc in cards:
        t,p=take(1)
        if lab: d.L(lab)
        if cr=='by':
            b=name(); d.L(t,'By '+b,*p,''); d.A(t,None,None,b,p)
        else:
            if plc and place(p[0]): p=[dl(place(p[0]).upper(),cr,p[0])]
            d.L(t,cr,*p,''); d.A(t,cr,None,None,p)
    d.L('Latest world news',hero,'2h ago'); d.A(hero,None,'2h ago')
    for age in ['3h ago','5h ago']:
        t,_=take(0); d.L(t,age); d.A(t,None,age)
    d.L('','We’ve updated our Privacy Policy. By continuing to use this site you accept it.','Got it')
    n[d.name]=d.write()
    # ---------- section-page-3 Gulf News World
    d=Dump('section-page-3','section-page','Gulf News (gulfnews.com/world) "World" section page as widely known: header (Gulf News / UAE / Gold / Business / World / Sport / Entertainment / Opinion / Tech / Subscribe), "World" heading with sub-sections (Americas / Asia / Europe / Mena), each item the headline, the summary opening on a dateline ("Washington: ", "Kyiv: ", the place chosen to fit the sentence; one without), a credit line ("By Name", "Reuters", "AFP") and the time line "Published: December 09, 2026 09:14", a "Partner content" item, a "Most popular" rail with numbered rows ("01"), "Load more"; LF, tabs',
      'Publisher\'s own section: outlet null unless a wire credit ("Reuters", "AFP") is printed (outlet, byline null); "By Name" a byline. Summary (1 paragraph) keeps its dateline ("Washington: "). "Published: …" kept whole with the label, as "Updated …" is (README). The "Most popular" rail: "01"-style rank lines (boilerplate) and headlines (0 paragraphs). Partner content is an ad. LF, tabs in the nav.')
    d.L('Gulf News','UAE\tGold\tBusiness\tWorld\tSport\tEntertainment\tOpinion\tTech','Subscribe','','World','Americas\tAsia\tEurope\tMena','')
    its=[(1,'Reuters','December 09, 2026 09:14'),(1,'by','December 09, 2026 08:40'),(1,'AFP','December 09, 2026 07:55'),(1,'by','December 08, 2026 22:10'),(1,'AFP','December 08, 2026 19:32'),(1,'Reuters','December 08, 2026 16:05')]
    for i,(plc,cr,tm) in enumerate(its):
        t,p=take(1); pl=place(p[0]); p=[f'{pl}: {p[0]}' if pl else p[0]]; pub='Published: '+tm
        if cr=='by': b=name(); d.L(t,*p,'By '+b,pub,''); d.A(t,None,pub,b,p)
        else: d.L(t,*p,cr,pub,''); d.A(t,cr,pub,None,p)
        if i==2: d.L('Partner content','Own a sea-view apartment from AED 1.2 million','Marina Heights Developments','')
    d.L('Most popular')
    for r in range(1,5):
        t,_=take(0); d.L(f'0{r}',t); d.A(t)
    d.L('','Load more','','© Al Nisr Publishing LLC 2026. All rights reserved.')
    n[d.name]=d.write()
    # ---------- newsletter-1 Platformer
    d=Dump('newsletter-1','newsletter','Platformer (platformer.news, a Ghost-published tech and democracy newsletter) email as text: "View in browser", masthead "Platformer", the issue\'s column headline, its subtitle, the writer line "By Name" and date "Dec 9, 2026", column paragraphs with a subheading, a "SPONSORED" block, then link sections "Governing" and "Industry" with bullets "• Headline (Name / Outlet)" (some "(Outlet)" only), "Those good posts" (social posts, chrome), "Talk to us" and the footer (Unsubscribe / Manage subscription); LF',
      'The column is an article: headline, subtitle and body paragraphs (the subheading is boilerplate), byline the writer, published "Dec 9, 2026", outlet null (the newsletter\'s own piece). Link bullets "Headline (Name / Outlet)": the parenthesised credit is taken off the title and gives byline and outlet (as Techmeme\'s "Name / Outlet:" credit); "(Outlet)" alone gives the outlet. Sponsor block, social posts, "Talk to us" and footer are not articles. LF.')
    d.L('View in browser','','Platformer','')
    t,p=take(4); b=name()
    d.L(t,p[0],'By '+b,'Dec 9, 2026','',p[1],p[2],'Where this leaves us',p[3],'')
    d.A(t,None,'Dec 9, 2026',b,p)
    d.L('SPONSORED','Ship internal tools in days, not months. Teams at 4,000 companies build on Stackform — try it free for 30 days.','','Governing')
    for cr in ['name / Politico','name / The Washington Post','Reuters','name and name / The New York Times']:
        t,_=take(0); c=re.sub(r'\bname\b',lambda m: name(),cr)
        if ' / ' in c: by,o=c.split(' / ')
        else: by,o=None,c
        d.L(f'• {t} ({c})'); d.A(t,o,None,by)
    d.L('','Industry')
    for cr in ['name / The Verge','Bloomberg','name / Axios']:
        t,_=take(0); c=re.sub(r'\bname\b',lambda m: name(),cr)
        if ' / ' in c: by,o=c.split(' / ')
        else: by,o=None,c
        d.L(f'• {t} ({c})'); d.A(t,o,None,by)
    d.L('','Those good posts','“the group chat has decided we’re all moving to the lighthouse”','','Talk to us','Send us tips, comments and questions: just reply to this email.','','Unsubscribe · Manage subscription')
    n[d.name]=d.write()
    # ---------- newsletter-2 International Intrigue
    d=Dump('newsletter-2','newsletter','International Intrigue (a daily global-affairs email briefing) as text: masthead "International Intrigue", date line "Wednesday, 9 December 2026", a greeting line, a "Sponsored by" block, region sections headed with an emoji and capitals ("🌎 AMERICAS", "🌍 EUROPE", "🌏 EURASIA"), each a bolded headline line then labelled paragraphs ("What\'s going on: …", "Intrigue\'s take: …"), an "Also happening" list of one-line bold-lead items ("• Headline: one sentence."), an "Extra Intrigue" list of "Headline (Outlet)" reads, a poll, footer; CRLF, trailing spaces',
      'Region stories: headline line, then paragraphs each opening on a bold label ("What\'s going on: ", "Intrigue\'s take: "): the labels are part of the printed paragraph text (kept, so first starts with the label). "Also happening" items are one line "Headline: one sentence." (bold lead): the title is the part before the first ": " and the sentence after it is paragraph 1 (by analogy with Techmeme\'s "Headline — excerpt" lines, README). "Extra Intrigue": "Headline (Outlet)" (outlet taken off the title). Outlet null on the briefing\'s own items. Sponsor block, greeting, poll and footer are not articles. CRLF, trailing spaces.',eol='\r\n')
    d.L('International Intrigue','Wednesday, 9 December 2026','','Morning, here’s what moved around the world overnight.','','Sponsored by Ledgerly','Cross-border payroll in 90 countries, one invoice. Book a demo.','')
    for hd in ['🌎 AMERICAS','🌍 EUROPE','🌏 EURASIA']:
        t,p=take(2); body=['What’s going on: '+p[0],'Intrigue’s take: '+p[1]]
        d.L(hd,t,*body,''); d.A(t,None,None,None,body)
    d.L('Also happening')
    for i in range(4):
        t,p=take(1); d.L(f'• {t}: {p[0]}'); d.A(t,None,None,None,p,inline=True)
    d.L('','Extra Intrigue')
    for o in ['Foreign Affairs','The Economist']:
        t,_=take(0); d.L(f'{t} ({o})'); d.A(t,o)
    d.L('','Poll: Will the talks produce a deal before January?','Yes · No · Too early to say','','Forward to a friend · Unsubscribe','International Intrigue, 123 Example Street, Sydney')
    n[d.name]=d.write(trail=2)
    # ---------- newsletter-3 The Morning Dispatch
    d=Dump('newsletter-3','newsletter','The Dispatch "The Morning Dispatch" email as text: masthead "The Morning Dispatch", date line "December 9, 2026", the writers line "By Name, Name, and Name" (the email\'s), greeting paragraph, "Quick Hits: Today\'s Top Stories" with each item a bolded headline line then a one-line summary, "Presented by" sponsor block, the lead story (headline, paragraphs, a subheading), "Worth Your Time" items each the headline then a credit line "Name, Outlet", "Toeing the Company Line" list of the site\'s own headlines with "By Name", "Let Us Know" reader question, footer; LF, tabs, no final newline',
      'Quick Hits: headline line and one summary paragraph, outlet null. Lead story: headline and paragraphs (the subheading is boilerplate). The masthead writers line belongs to the email (not a byline of any item). "Worth Your Time": headline with "Name, Outlet" (byline and outlet, README: a byline\'s trailing outlet). "Toeing the Company Line": the site\'s own pieces with "By Name" (byline, outlet null). Sponsor block, greeting, "Let Us Know" and footer are not articles. LF, tabs in the footer, no final newline.',final=False)
    d.L('The Morning Dispatch','December 9, 2026',f'By {name()}, {name()}, and {name()}','','Happy Wednesday! A busy news day, so let’s get right to it.','','Quick Hits: Today’s Top Stories')
    for i in range(4):
        t,p=take(1); d.L(t,*p); d.A(t,None,None,None,p)
    d.L('','Presented by Northwind Analytics','Decisions move faster with data everyone trusts. See how at northwind.example.','')
    t,p=take(3); d.L(t,p[0],p[1],'The view from Capitol Hill',p[2],''); d.A(t,None,None,None,p)
    d.L('Worth Your Time')
    for o in ['The Atlantic','National Review']:
        tt,_=take(0); b=name(); d.L(tt,f'{b}, {o}'); d.A(tt,o,None,b)
    d.L('','Toeing the Company Line')
    for i in range(2):
        tt,_=take(0); b=name(); d.L('• '+tt,'By '+b); d.A(tt,None,None,b)
    d.L('','Let Us Know','Which of these stories will still matter in a year? Reply and tell us.','','The Dispatch\tManage preferences\tUnsubscribe')
    n[d.name]=d.write()
    # ---------- balanced-1 Ad Fontes Media
    d=Dump('balanced-1','balanced','Ad Fontes Media (adfontesmedia.com) source page as widely known: header (Ad Fontes Media / Interactive Media Bias Chart / Methodology / Ratings / Pricing / Log in), breadcrumb "Source Ratings › Associated Press", the source heading with its overall scores ("Reliability: 49.12  Bias: -0.84") and a note on how many pieces were rated, "Recently rated articles" rows each the headline, the date ("Dec 8, 2026") and the row scores line ("Reliability: 51.00 | Bias: -1.33"), a lead row with a one-line excerpt, a "See the full chart" promo; LF, trailing spaces',
      'The source heading names the one source of every rated row: outlet "Associated Press" (README: a heading that names the one source). Each row: headline, date (published), scores line (bias and reliability ratings are labels, boilerplate). The first row prints an excerpt (1 paragraph). The source\'s own overall scores and the chart promo are chrome. LF, trailing spaces.')
    d.L('Ad Fontes Media','Interactive Media Bias Chart   Methodology   Ratings   Pricing','Log in','','Source Ratings › Associated Press','Associated Press','Reliability: 49.12  Bias: -0.84','Overall score based on 412 rated articles and 18 rated episodes','','Recently rated articles','')
    dates=['Dec 8, 2026','Dec 8, 2026','Dec 7, 2026','Dec 7, 2026','Dec 6, 2026','Dec 5, 2026','Dec 5, 2026','Dec 4, 2026']
    sc=[('51.00','-1.33'),('47.67','0.00'),('49.50','-2.17'),('52.33','1.00'),('45.00','-4.50'),('50.17','0.67'),('48.83','-0.50'),('46.00','-3.00')]
    for i,dt in enumerate(dates):
        t,p=take(1 if i==0 else 0); d.L(t,*p,dt,f'Reliability: {sc[i][0]} | Bias: {sc[i][1]}',''); d.A(t,'Associated Press',dt,None,p)
        if i==3: d.L('See the full chart','Explore 2,400 rated sources on the Interactive Media Bias Chart.','')
    d.L('© 2026 Ad Fontes Media, Inc.')
    n[d.name]=d.write(trail=3)
    # ---------- balanced-2 iSideWith
    d=Dump('balanced-2','balanced','iSideWith (isidewith.com) news page as widely known: header (iSideWith / Quiz / Elections / Polls / News / Log in), "News" heading with filter tabs (Trending / Latest / Politics / Economy), each story a category label, the headline, a summary, the lead source line "Outlet · 3 hours ago", a coverage line ("Left 12 · Center 9 · Right 7 sources") and a reader poll line ("Do you support this? 61% Yes · 39% No"); a "Sponsored" story; no blank lines between stories; CRLF, tabs',
      'Each story: category label (boilerplate), headline, summary (1 paragraph), "Outlet · age" (outlet and published). Coverage counts and reader poll lines are labels and counts (boilerplate). The Sponsored story is an ad. No blank lines between stories. CRLF, tabs in the tabs line.',eol='\r\n')
    d.L('iSideWith','Quiz   Elections   Polls   News','Log in','News','Trending\tLatest\tPolitics\tEconomy')
    cats=['Sports','Politics','World','National','Politics','Education','World','National']
    srcs=[('Reuters','3 hours ago'),('The Hill','4 hours ago'),('NPR','5 hours ago'),('Associated Press','6 hours ago'),('CNN','7 hours ago'),('Fox News','8 hours ago'),('Axios','10 hours ago'),('The Washington Times','12 hours ago')]
    for i,cat in enumerate(cats):
        t,p=take(1); o,age=srcs[i]; L,C,R=[(12,9,7),(8,11,10),(15,6,9),(7,12,4),(10,5,13),(6,8,14),(9,9,9),(5,10,11)][i]
        d.L(cat,t,*p,f'{o} · {age}',f'Left {L} · Center {C} · Right {R} sources',f'Do you support this? {[61,48,55,70,42,37,66,51][i]}% Yes · {[39,52,45,30,58,63,34,49][i]}% No')
        d.A(t,o,age,None,p)
        if i==3: d.L('Sponsored','Find out which 2026 candidates side with you on taxes','Take the quiz · Sponsored')
    d.L('Load more stories')
    n[d.name]=d.write()
    # ---------- balanced-3 Kialo
    d=Dump('balanced-3','balanced','Kialo (kialo.com) Explore page of pro/con discussions as widely known: header (Kialo / Explore / Kialo Edu / Create discussion / Log in), "Explore" heading with topic filters (Politics / Society / Ethics / Technology / Science), "Trending discussions", each card the thesis as a question, a background line, a tags line ("#Politics #USA"), a counts line ("Pros 128 · Cons 97 · 4.2k participants") and the time "Updated 2 days ago"; a "Featured" promo card for Kialo Edu; LF, no final newline, NBSP, curly quotes',
      'Each discussion card is an item: the thesis question (title, printed with its question mark), the background line (1 paragraph), "Updated N days ago" kept whole as published (label kept, as "Updated …" elsewhere). Tags and pro/con counts are labels and counts (boilerplate). No outlet. The Kialo Edu promo card is not an article. NBSP in the counts lines; curly quotes in the background text. LF, no final newline.',final=False)
    d.L('Kialo','Explore   Kialo Edu   Create discussion','Log in','','Explore','Politics · Society · Ethics · Technology · Science','','Trending discussions','')
    tags=['#Religion','#Economy','#Environment','#Politics #USA','#World #NATO','#Science','#Society','#World']
    ups=['Updated 2 hours ago','Updated 5 hours ago','Updated 1 day ago','Updated 2 days ago','Updated 3 days ago','Updated 4 days ago','Updated 6 days ago','Updated 1 week ago']
    for i in range(8):
        t,p=take_q(1); p=[curly(x) for x in p]
        d.L(t,*p,tags[i],f'Pros\u00a0{[128,64,211,37,92,58,45,73][i]} · Cons\u00a0{[97,51,180,40,66,49,30,88][i]} · {[4.2,1.8,9.6,0.9,3.1,2.2,1.4,2.7][i]}k participants',ups[i],'')
        d.A(t,None,ups[i],None,p)
        if i==4: d.L('Featured','Bring structured debate to your classroom with Kialo Edu — free for teachers.','Get started','')
    d.L('About · Blog · Privacy · Terms','© Kialo GmbH')
    n[d.name]=d.write()
    return n
