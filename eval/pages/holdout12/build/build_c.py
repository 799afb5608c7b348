from page import *
def run():
    n={}
    # ---------- section-page-1 Haaretz
    d=Dump('section-page-1','section-page','Haaretz (haaretz.com) "World News" section page as widely known: header (Haaretz / Israel News / Middle East / U.S. News / World / Opinion / Subscribe), subscription strip, section heading, a lead story (kicker "Analysis" on its own line, headline, standfirst, byline line "Name | Dec 2, 2026"), then a list in which the lead is printed again as the first row, each row the headline, the standfirst and the line "Name | Dec 2, 2026" or a wire credit "Reuters | Dec 2, 2026"; "Load more"; LF, trailing spaces',
      'Publisher\'s own section: outlet null except wire rows ("Reuters | date", "AP | date": outlet the agency, byline null). "Name | date" rows: byline the name, published the date. The "Analysis" kicker on its own line is boilerplate. The lead is printed again as the first list row (printed twice on purpose: two articles). Subscription strip and "Load more" are chrome. LF, trailing spaces.')
    d.L('Haaretz','Israel News   Middle East   U.S. News   World   Opinion','Subscribe','Subscribe for full access: $1 for the first month','','World News','','Analysis')
    t,p=take(1); by=name()
    d.L(t,p[0],f'{by} | Dec 2, 2026','','Latest','')
    d.A(t,None,'Dec 2, 2026',by,p)
    d.L(t,p[0],f'{by} | Dec 2, 2026','')
    d.A(t,None,'Dec 2, 2026',by,p)
    rows=['n','Reuters','n','AP','q','n','Reuters','n']
    for i,r in enumerate(rows):
        if r=='q': t,p=take_q(1)
        else: t,p=take(1 if i!=5 else 0)
        dt='Dec 2, 2026' if i<5 else 'Dec 1, 2026'
        if r in ('Reuters','AP'): d.L(t,*p,f'{r} | {dt}',''); d.A(t,r,dt,None,p)
        else:
            by=name(); d.L(t,*p,f'{by} | {dt}',''); d.A(t,None,dt,by,p)
    d.L('Load more','','© Haaretz Daily Newspaper Ltd. All rights reserved')
    n[d.name]=d.write(trail=2)
    # ---------- section-page-2 The National
    d=Dump('section-page-2','section-page','The National (thenationalnews.com, Abu Dhabi) "World" section page as widely known: header (The National / UAE / World / Business / Opinion / Weekend / Sport / Podcasts), "World" heading with sub-sections (Europe / US / Asia / Africa), cards each the headline, a standfirst, then an author line ("Name" or "By Name and Name") and the date "Dec 02, 2026" on its own line, or a wire credit ("Reuters", "AP") with the standfirst opening on a dateline; a "Partner content" card; pagination "Previous 1 2 3 Next"; cookie notice at the end; CRLF, no final newline',
      'Publisher\'s own section: outlet null except wire cards (credit line "Reuters" / "AP": outlet, byline null). Author lines give the byline ("By A and B" gives "A and B"). The dateline "KYIV, Ukraine (AP) —" stays in the standfirst paragraph. "Partner content" card is an ad; pagination and cookie notice chrome. CRLF, no final newline.',eol='\r\n',final=False)
    d.L('The National','UAE   World   Business   Opinion   Weekend   Sport   Podcasts','','World','Europe   US   Asia   Africa','')
    kinds=['n','Reuters','2','AP','n','n','Reuters','n','2']
    for i,k in enumerate(kinds):
        t,p=take(1 if i!=7 else 0)
        dt='Dec 02, 2026' if i<6 else 'Dec 01, 2026'
        if k=='AP': p=['KYIV, Ukraine (AP) — '+p[0]]
        if k=='Reuters' and i==1: p=['WASHINGTON (Reuters) — '+p[0]]
        if k in ('Reuters','AP'): d.L(t,*p,k,dt,''); d.A(t,k,dt,None,p)
        else:
            by=name() if k=='n' else f'{name()} and {name()}'
            d.L(t,*p,(by if k=='n' else 'By '+by),dt,''); d.A(t,None,dt,by,p)
        if i==4: d.L('Partner content','How Gulf investors are rethinking property in 2027','Presented by Meridian Capital','')
    d.L('Previous   1   2   3   Next','','This website uses cookies to improve your experience. Accept')
    n[d.name]=d.write()
    # ---------- section-page-3 Premium Times
    d=Dump('section-page-3','section-page','Premium Times (premiumtimesng.com, Nigeria) "Foreign" category archive as widely known: top bar (Premium Times / News / Top News / Foreign / Business / Investigations / Opinion), breadcrumb "Home » News » Foreign", each post the headline, a byline in capitals "JANE DOE" or a wire credit "NAN" / "Reuters", the date "December 2, 2026", the excerpt, then "Read More »"; a "Sponsored" post; pagination "1 2 3 … Next »"; LF, tabs',
      'Byline lines in capitals kept as printed ("JANE DOE"). Wire credit lines ("NAN" for the News Agency of Nigeria, "Reuters") give the outlet, byline null. "Read More »" and the breadcrumb are boilerplate; the Sponsored post is an ad. LF, tabs in the top bar.')
    d.L('Premium Times','News\tTop News\tForeign\tBusiness\tInvestigations\tOpinion','Home » News » Foreign','','Foreign','')
    kinds=['n','NAN','n','Reuters','n','NAN','n','n']
    for i,k in enumerate(kinds):
        t,p=take(1 if i!=6 else 0)
        dt=f'December {2 if i<5 else 1}, 2026'
        if k=='n':
            by=name().upper(); d.L(t,by,dt,*p,'Read More »',''); d.A(t,None,dt,by,p)
        else:
            d.L(t,k,dt,*p,'Read More »',''); d.A(t,k,dt,None,p)
        if i==3: d.L('Sponsored','Open a dollar account in five minutes','Read More »','')
    d.L('1\t2\t3\t…\tNext »','','© 2026 Premium Times Services Limited')
    n[d.name]=d.write()
    # ---------- newsletter-1 The Atlantic Daily
    d=Dump('newsletter-1','newsletter','The Atlantic Daily email as text: "View in browser", masthead "The Atlantic Daily", date, writer line "By Name", greeting paragraph, "First, here are three new stories from The Atlantic:" with bullets "• Headline", the day\'s essay (its headline as a section heading, paragraphs), a "Related:" line with two headlines, "Evening Read" (headline, "By Name", paragraphs), "More From The Atlantic" bullets, "Culture Break", footer ("Explore all of our newsletters", unsubscribe); LF',
      'Newsletter items: outlet null (the magazine\'s own stories). The masthead writer and date belong to the email; the Evening Read prints its own "By Name" (byline). The greeting and "Culture Break" recommendations are not items. The "Related: A; B" line is a link line (not articles). Bullet "• " removed. LF.')
    wr=name()
    d.L('View in browser','','The Atlantic Daily','December 2, 2026',f'By {wr}','','Good afternoon. Today we look at what changed this week, and what did not.','','First, here are three new stories from The Atlantic:','')
    for i in range(3):
        t,_=take(0); d.L('• '+t); d.A(t)
    t,p=take(3); d.L('',t,'',p[0],'',p[1],'',p[2],'')
    d.A(t,None,None,None,p)
    r1,_=take(0); r2,_=take(0)
    d.L(f'Related: {r1}; {r2}','','Evening Read','')
    t,p=take(2); by=name(); d.L(t,f'By {by}','',p[0],'',p[1],'','More From The Atlantic','')
    d.A(t,None,None,by,p)
    for i in range(3):
        t,_=take(0); d.L('• '+t); d.A(t)
    d.L('','Culture Break','Read. A slim novel about a lighthouse keeper, perfect for a long train ride.','Watch. The new season of a quiet detective series, streaming now.','',f'— {wr}','','Explore all of our newsletters.','Unsubscribe · Manage preferences')
    n[d.name]=d.write()
    # ---------- newsletter-2 NBC News Morning Rundown
    d=Dump('newsletter-2','newsletter','NBC News "Morning Rundown" email as text: "NBC News", masthead "Morning Rundown", greeting line, "In today\'s newsletter:" teaser line, story sections each a headline line then paragraphs and "Read the full story here." link, a "Politics in brief" bulleted list of headlines ("• Headline"), "Staff Pick" (label, headline, "By Name", paragraph), a "Sponsored" block, sign-off with the compiler credit, footer; CRLF, no final newline, trailing spaces',
      'Story sections: headline line, then 2-3 paragraphs; "Read the full story here." is a link line (boilerplate). Politics in brief bullets are headline-only items. "Staff Pick" label boilerplate; its "By Name" is the item\'s byline. The Sponsored block is an ad; greeting, teaser line and compiler credit are not items. CRLF, no final newline, trailing spaces.',eol='\r\n',final=False)
    d.L('NBC News','Morning Rundown','','Good morning, and happy Wednesday. Here is what we are watching today.','In today\'s newsletter: a court fight, a storm, and a late-night deal.','')
    for k in (3,2,2):
        t,p=take(k); d.L(t,'');
        for x in p: d.L(x,'')
        d.L('Read the full story here.',''); d.A(t,None,None,None,p)
    d.L('Politics in brief','')
    for i in range(4):
        t,_=take(0); d.L('• '+t); d.A(t)
    d.L('','Sponsored','Get 20% off your first box of fresh meals. Use code MORNING at checkout.','','Staff Pick')
    t,p=take(1); by=name(); d.L(t,f'By {by}',p[0],''); d.A(t,None,None,by,p)
    d.L(f'Thanks for reading today\'s Morning Rundown. Today\'s newsletter was compiled by {name()}.','','Unsubscribe  |  Privacy policy')
    n[d.name]=d.write(trail=2)
    # ---------- newsletter-3 WSJ The 10-Point
    d=Dump('newsletter-3','newsletter','The Wall Street Journal "The 10-Point" morning email as text: masthead "The 10-Point.", date line "Wednesday, December 2, 2026", editor greeting, story blocks each a bolded headline line then one or two paragraphs, a "A message from our sponsor" block, a "Quick hits" list of "* Headline" bullets, "Today\'s question" poll, sign-off by the editor with title line, footer; LF, tabs in the footer',
      'Story blocks: headline line then paragraphs; outlet, byline, published null (the email\'s own stories; masthead date and editor belong to the email). The sponsor block is an ad; "Today\'s question" is a poll, not an item. "* " bullets removed. LF, tabs.')
    ed=name()
    d.L('The 10-Point.','Wednesday, December 2, 2026','',f'Good morning. {ed.split()[0]} here with the news you need to start your day.','')
    for i,k in enumerate([2,1,2,1,1]):
        t,p=(take_q(k) if i==3 else take(k)); d.L(t,*p,''); d.A(t,None,None,None,p)
        if i==2: d.L('A message from our sponsor','Plan the year ahead with a free portfolio review from Halden Wealth.','')
    d.L('Quick hits')
    for i in range(4):
        t,_=take(0); d.L('* '+t); d.A(t)
    d.L('','Today\'s question','Will you travel over the holidays? Reply yes or no.','',ed,'Editor, The 10-Point','','Manage subscriptions\tPrivacy\tUnsubscribe')
    n[d.name]=d.write()
    # ---------- balanced-1 The Bipartisan Press
    d=Dump('balanced-1','balanced','The Bipartisan Press (thebipartisanpress.com) rated-news page as widely known: header (The Bipartisan Press / News / Bias Ratings / Methodology / Donate), "Latest rated articles" heading, each row the headline, a line "Outlet · Dec 2, 2026", a bias rating line ("Bias: -6.2 (Lean Left)", "Bias: 0.8 (Center)"), an excerpt on most rows; a "How we rate bias" promo; LF, trailing spaces',
      'Each row: "Outlet · date" gives outlet and published; the bias rating line is a label (boilerplate). Excerpts are paragraph 1. The methodology promo is not an article. LF, trailing spaces.')
    d.L('The Bipartisan Press','News   Bias Ratings   Methodology   Donate','','Latest rated articles','')
    rows=[('CNN','Bias: -6.2 (Lean Left)'),('Fox News','Bias: 9.4 (Right)'),('Reuters','Bias: 0.8 (Center)'),('The Washington Post','Bias: -4.7 (Lean Left)'),('Washington Examiner','Bias: 7.1 (Lean Right)'),('NPR','Bias: -3.3 (Lean Left)'),('The Wall Street Journal','Bias: 2.9 (Center)'),('HuffPost','Bias: -11.5 (Left)'),('New York Post','Bias: 8.8 (Right)')]
    for i,(o,b) in enumerate(rows):
        t,p=take(0 if i in (2,6) else 1); dt='Dec 2, 2026' if i<6 else 'Dec 1, 2026'
        d.L(t,f'{o} · {dt}',b,*p,''); d.A(t,o,dt,None,p)
        if i==4: d.L('How we rate bias','Our scores run from -42 (left) to 42 (right). Learn more','')
    d.L('© 2026 The Bipartisan Press')
    n[d.name]=d.write(trail=3)
    # ---------- balanced-2 ProCon
    d=Dump('balanced-2','balanced','ProCon.org (Britannica ProCon) debate topic page as widely known: header (ProCon.org / Debate Topics / Teachers\' Corner / About), the topic question as the page headline with an intro paragraph and "Last updated on: 12/2/2026", then "Pro 1" / "Con 1" / "Pro 2" / "Con 2" sections each with an argument headline and paragraphs, then "In the News" with headline rows and "Outlet | Dec 2, 2026" lines; "Cite this page" block; CRLF',
      'The page\'s own question headline with its intro is an article (outlet null; "Last updated on: 12/2/2026" is its time as printed, label kept like "Updated"). Each Pro/Con section prints its own argument headline and paragraphs: articles (as holdout11\'s Perspective sides); the "Pro 1" / "Con 1" labels are boilerplate. "In the News" rows: headline and "Outlet | date". "Cite this page" is chrome. CRLF.',eol='\r\n')
    d.L('ProCon.org','Debate Topics   Teachers\' Corner   About','')
    t,p=take_q(1); d.L(t,p[0],'Last updated on: 12/2/2026',''); d.A(t,None,'Last updated on: 12/2/2026',None,p)
    for lab in ['Pro 1','Con 1','Pro 2','Con 2']:
        t,p=take(2); d.L(lab,t,*p,''); d.A(t,None,None,None,p)
    d.L('In the News','')
    for o,dt in [('Associated Press','Dec 2, 2026'),('The New York Times','Dec 1, 2026'),('Politico','Nov 30, 2026'),('NPR','Nov 28, 2026')]:
        t,_=take(0); d.L(t,f'{o} | {dt}',''); d.A(t,o,dt)
    d.L('Cite this page','ProCon.org. "Debate topic." Britannica ProCon, 2 Dec. 2026.')
    n[d.name]=d.write()
    # ---------- balanced-3 Countable
    d=Dump('balanced-3','balanced','Countable (countable.us) news feed as copied from the app: tabs (Top / Bills / Following), each card a category label in capitals ("POLITICS", "ECONOMY"), the headline (some phrased as a question), a summary paragraph, a coverage line "Coverage: Left 12 · Center 8 · Right 5", then "Take action · Share"; a "Sponsored" card; no blank lines between cards; LF, no final newline, NBSP',
      'Category labels, coverage-count lines and the action line are boilerplate (the coverage line counts outlets, names none: outlet null). Each card has 1 summary paragraph (the last has none). The Sponsored card is an ad. No blank lines between cards. LF, no final newline, NBSP in the coverage lines.',final=False)
    d.L('Countable','Top\u00a0\u00a0Bills\u00a0\u00a0Following')
    cats=['POLITICS','ECONOMY','WORLD','POLITICS','HEALTH','COURTS','CLIMATE','WORLD']
    for i,c in enumerate(cats):
        t,p=(take_q(1) if i in (1,5) else take(1 if i!=7 else 0))
        d.L(c,t,*p,f'Coverage: Left {12-i}\u00a0·\u00a0Center {8-i//2}\u00a0·\u00a0Right {5+i%3}','Take action · Share'); d.A(t,None,None,None,p)
        if i==3: d.L('Sponsored','Your vote, your voice: register in two minutes','Civic Tools Inc.')
    d.L('You\'re all caught up')
    n[d.name]=d.write()
    return n
