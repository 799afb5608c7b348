from page import *
def run():
    n={}
    # ---------- section-page-1 Chicago Tribune Nation & World
    d=Dump('section-page-1','section-page','Chicago Tribune (chicagotribune.com/news/nation-world/) "Nation & World" section page as widely known: header (Chicago Tribune / News / Sports / Business / Opinion / Politics / Entertainment / Obituaries / Subscribe / Log in), the heading "Nation & World", each story the headline, the byline "By Name | The Associated Press" (wire) or "By Name | Chicago Tribune" (staff), the time line "PUBLISHED: December 11, 2026 at 9:14 AM CST", the excerpt opening on a wire dateline ("WASHINGTON (AP) —", the place chosen to fit the sentence); a "Sponsored Content" item; a "Trending Nationally" rail of bare headlines; "Load More"; LF, trailing spaces',
      'Stories: headline, "By Name | Outlet" (byline the name, outlet the part after " | ", README "Jane Doe | Reuters": "The Associated Press", "Chicago Tribune"), the time line kept with its label in capitals ("PUBLISHED: …", README), the excerpt (1 paragraph) with the dateline kept in the text. Trending Nationally rows: bare headlines (0 paragraphs, no fields). The Sponsored Content item and "Load More" are not articles. LF, trailing spaces.')
    d.L('Chicago Tribune','News   Sports   Business   Opinion   Politics   Entertainment   Obituaries','Subscribe','Log in','','Nation & World','')
    specs=[('The Associated Press','9:14 AM'),('The Associated Press','8:52 AM'),('Chicago Tribune','8:30 AM'),('The Associated Press','7:41 AM'),('The Associated Press','6:58 AM'),('Chicago Tribune','6:15 AM'),('The Associated Press','5:47 AM')]
    for i,(o,tm) in enumerate(specs):
        t,p=take(1); by=name()
        if o!='Chicago Tribune': p=[wire(p[0],'AP')]
        pub=f'PUBLISHED: December 11, 2026 at {tm} CST'
        d.L(t,f'By {by} | {o}',pub,*p,''); d.A(t,o,pub,by,p)
        if i==3: d.L('Sponsored Content','Retire in style: 7 Midwest towns with low property taxes','By Retirement Living','')
    d.L('Trending Nationally')
    for i in range(4):
        t,_=take(0); d.L(t); d.A(t)
    d.L('','Load More','','Copyright © 2026 Chicago Tribune')
    n[d.name]=d.write(trail=4)
    # ---------- section-page-2 DER SPIEGEL International
    d=Dump('section-page-2','section-page','DER SPIEGEL International (spiegel.de/international/world/) "World" section page as widely known: a consent wall line first ("Use of cookies and tracking" reworded / "Accept and continue" / "Subscribe to SPIEGEL+"), the header (DER SPIEGEL / International / Germany / Europe / World / Business / Zeitgeist / Newsletter / Log in), the heading "World", each teaser a kicker line above the headline (a short topic line ending in a colon on some: "Analysis:"), a "SPIEGEL+" label on some, the headline, the teaser, the byline line "By Name and Name" on most, then the date line "11 December 2026, 09.14 a.m."; a "Most Read" numbered rail; "More articles"; CRLF, no final newline, curly quotes',
      'Teasers: the kicker line above the headline ("Trans-Atlantic Ties", "Analysis:") and the "SPIEGEL+" label are boilerplate (README: kickers on their own line are not part of the title); headline, teaser (1 paragraph), byline "By A and B" (A and B) where printed, the date line as printed (published). Most Read rows: rank marker "1." and bare headline. The consent wall and footer are chrome. CRLF, no final newline, curly quotes.',eol='\r\n',final=False)
    d.L('Use of cookies and tracking','We use cookies and similar technologies to fund our journalism. You can agree or read SPIEGEL+ ad-free.','Accept and continue','Subscribe to SPIEGEL+','','DER SPIEGEL','International   Germany   Europe   World   Business   Zeitgeist   Newsletter','Log in','','World','')
    kick=['Trans-Atlantic Ties','Analysis:','The Global Economy','A Country Divided','Interview','Opinion:','Across the Atlantic']
    for i,k in enumerate(kick):
        t,p=take(1); p=[curly(x) for x in p]
        by=None if i in (4,) else (f'{name()} and {name()}' if i%2==0 else name())
        tm=f'{11 if i<4 else 10} December 2026, {["09.14 a.m.","08.02 a.m.","07.30 a.m.","06.45 a.m.","06.10 p.m.","04.25 p.m.","11.05 a.m."][i]}'
        d.L(k)
        if i in (0,3,5): d.L('SPIEGEL+')
        d.L(t,*p)
        if by: d.L(f'By {by}')
        d.L(tm,''); d.A(t,None,tm,by,p)
    d.L('Most Read')
    for r in range(1,4):
        t,_=take(0); d.L(f'{r}. {t}'); d.A(t)
    d.L('','More articles','','© DER SPIEGEL 2026 · Imprint · Privacy')
    n[d.name]=d.write()
    # ---------- section-page-3 Khaleej Times World
    d=Dump('section-page-3','section-page','Khaleej Times (khaleejtimes.com/world) "World" section page as widely known: header (Khaleej Times / UAE / Business / World / Sports / Entertainment / Lifestyle / Tech / KT+ / Subscribe), the heading "World" with region chips (Americas / Asia / Europe / Africa / Mena), a hero (headline, summary, the credit line "AFP" and the time line "Published: Fri 11 Dec 2026, 9:14 AM"), then story cards each the headline, the summary, a credit line (a wire "Reuters" / "AFP" / "AP", or a staff "Name"), and "Published: …" or "Last updated: …"; a "Sponsored" card; "Top Stories" numbered rail; "Load more"; LF, tabs, NBSP',
      'Hero and cards: headline, summary (1 paragraph), a credit line: a wire name gives the outlet (byline null, as holdout13 Gulf News), a person\'s name on the credit line gives the byline (outlet null: the site is Khaleej Times); the time line is kept with its label ("Published: Fri 11 Dec 2026, 9:14 AM", "Last updated: Thu 10 Dec 2026, 11:40 PM"). NBSP between the date parts. Top Stories rows: rank and headline. The Sponsored card, region chips and "Load more" are chrome. LF, tabs, NBSP.')
    d.L('Khaleej Times','UAE\tBusiness\tWorld\tSports\tEntertainment\tLifestyle\tTech\tKT+','Subscribe','','World','Americas\tAsia\tEurope\tAfrica\tMena','')
    cards=[('AFP','Published: Fri 11\u00a0Dec\u00a02026, 9:14 AM'),('Reuters','Published: Fri 11\u00a0Dec\u00a02026, 8:40 AM'),(None,'Published: Fri 11\u00a0Dec\u00a02026, 8:05 AM'),('AP','Last updated: Fri 11\u00a0Dec\u00a02026, 7:22 AM'),('Reuters','Published: Fri 11\u00a0Dec\u00a02026, 6:50 AM'),('AFP','Published: Thu 10\u00a0Dec\u00a02026, 11:40 PM'),(None,'Last updated: Thu 10\u00a0Dec\u00a02026, 9:15 PM')]
    for i,(w,tm) in enumerate(cards):
        t,p=take(1); by=None if w else name()
        d.L(t,*p,w or by,tm,''); d.A(t,w,tm,by,p)
        if i==4: d.L('Sponsored','Own a beachfront home in Ras Al Khaimah from Dh1.2 million','Sponsored by Coastline Properties','')
    d.L('Top Stories')
    for r in range(1,4):
        t,_=take(0); d.L(f'{r}\t{t}'); d.A(t)
    d.L('','Load more','','Copyright © 2026 Khaleej Times. All rights reserved.')
    n[d.name]=d.write()
    # ---------- newsletter-1 Fortune CEO Daily
    d=Dump('newsletter-1','newsletter','Fortune "CEO Daily" email as text: "View in browser", the masthead "Fortune CEO Daily", the date line "Friday, December 11, 2026", a greeting ("Good morning."), the editor\'s opening essay (two paragraphs, signed "Name" with the role line "Editor, Fortune"), a "Presented by" sponsor block, a "Top news" section with each item a bold headline line, a one-paragraph summary and the source on its own line ("Reuters", "Bloomberg"), a "Markets update" block of index lines, an "Around the watercooler" section in the same shape, the curation credit line ("This edition of CEO Daily was curated by Name."), and the footer; CRLF, trailing spaces',
      'Top news and Around the watercooler items: headline line, summary (1 paragraph), the source line under it (outlet). The opening essay has no headline of its own (a greeting and a signed note): not an item. The sponsor block, Markets update index lines, curation credit, signature and footer are chrome. CRLF, trailing spaces.',eol='\r\n')
    d.L('View in browser','Fortune CEO Daily','Friday, December 11, 2026','','Good morning.','Boards spent this year arguing about costs; next year they will argue about who pays for them. Here is what I am watching as the year closes.','Send me your thoughts — I read every reply.','Tobias Halvorsen','Editor, Fortune','','Presented by Northgate Bank','Treasury management built for mid-market companies. See how.','','Top news')
    for o in ['Reuters','Bloomberg','The Wall Street Journal','Financial Times','Reuters']:
        t,p=take(1); d.L(t,*p,o,''); d.A(t,o,None,None,p)
    d.L('Markets update','S&P 500 futures +0.3%','Stoxx Europe 600 −0.1%','Brent crude $71.20','','Around the watercooler')
    for o in ['CNBC','Axios','The Verge']:
        t,p=take(1); d.L(t,*p,o,''); d.A(t,o,None,None,p)
    d.L('This edition of CEO Daily was curated by '+name()+'.','','Unsubscribe  |  Manage preferences  |  Privacy','Fortune Media IP Limited, New York, NY')
    n[d.name]=d.write(trail=2)
    # ---------- newsletter-2 Insider Today
    d=Dump('newsletter-2','newsletter','Business Insider "Insider Today" email as text: masthead "Insider Today", the date line "Dec 11, 2026", the greeting paragraph ("Hi, I\'m Name, …"), a "What\'s on deck" line list (Markets: / Tech: / Business: teasers), numbered stories "1. Headline" each with one or two paragraphs and a "Read the full story." link line, a "3 things in the news" list of "1. Headline." one-liners with a one-line summary under each, a "What\'s happening today" agenda, the team credit line ("The Insider Today team: Name, …"), and the footer; LF, no final newline, curly quotes',
      'Numbered stories: the "1." marker is removed from the title; paragraphs 1-2; "Read the full story." is a link line (chrome). "3 things in the news" items print the headline line (marker removed) and one summary line (1 paragraph). The greeting, "What\'s on deck" teasers (they point to the stories below), agenda, team credits and footer are not articles. Outlet null (the newsletter\'s own stories). LF, no final newline, curly quotes.',final=False)
    ed=name()
    d.L('Insider Today','Dec 11, 2026','',f'Hi, I’m {ed}, filling in today. It’s the last full week before the holidays, and the news is not slowing down.','',"What’s on deck",'Markets: Why traders are watching the bond market.','Tech: The chip race heads into the new year.','Business: Retailers count their December sales.','')
    for i in range(4):
        t,p=take(2 if i<2 else 1); p=[curly(x) for x in p]
        d.L(f'{i+1}. {t}',*p,'Read the full story.',''); d.A(t,None,None,None,p)
    d.L('3 things in the news')
    for i in range(3):
        t,p=take(1); p=[curly(x) for x in p]; d.L(f'{i+1}. {t}.',*p); d.A(t+'.',None,None,None,p)
    d.L('',"What’s happening today",'Jobless claims at 8:30 a.m. ET.','Earnings: two retailers report before the bell.','',f'The Insider Today team: {ed}, editor in New York. {name()}, deputy editor in London.','','Unsubscribe · Update preferences','Insider Inc., New York, NY')
    n[d.name]=d.write()
    # ---------- newsletter-3 The New Yorker Daily
    d=Dump('newsletter-3','newsletter','The New Yorker "The Daily" email as text: "View in browser", the masthead "The New Yorker" with "The Daily" and the date line "December 11, 2026", the lead story (a label line "Today’s pick", the headline, the dek, "By Name"), sections divided by "* * *" lines ("News & Politics", "Dispatch", "Also in the magazine"), each item the headline, the dek and the byline "By Name" (a few without a dek), a "Daily Cartoon" block with its caption and credit, a "Crossword" prompt, and the footer; LF, NBSP, curly quotes',
      'Items: headline, dek (1 paragraph, missing on some), "By Name" (byline). The "* * *" lines and section labels separate groups (chrome); "Today’s pick" is a kicker line (boilerplate). The Daily Cartoon caption and "Cartoon by Name" credit, the crossword prompt and the footer are not articles. Outlet null (the magazine\'s own pieces). LF, NBSP, curly quotes.')
    d.L('View in browser','The New Yorker','The Daily','December 11, 2026','','Today’s pick')
    t,p=take(1); p=[curly(x) for x in p]; by=name(); d.L(t,*p,f'By\u00a0{by}',''); d.A(t,None,None,by,p)
    for sec,k in [('News & Politics',[1,1,0]),('Dispatch',[1,1]),('Also in the magazine',[0,1,0])]:
        d.L('* * *','',sec)
        for kk in k:
            t,p=take(kk); p=[curly(x) for x in p]; by=name(); d.L(t,*p,f'By {by}',''); d.A(t,None,None,by,p)
    d.L('* * *','','Daily Cartoon','“I said I wanted a quiet December, not a silent one.”','Cartoon by Elif Ferreira','','Play today’s crossword »','','Unsubscribe\u00a0|\u00a0Manage newsletters\u00a0|\u00a0Privacy','Condé Nast, One World Trade Center, New York, NY')
    n[d.name]=d.write()
    # ---------- balanced-1 PolitiFact
    d=Dump('balanced-1','balanced','PolitiFact (politifact.com) "Latest fact-checks and articles" page as widely known: header (PolitiFact / Latest / Truth-O-Meter / Promises / Personalities / Issues / Donate), a donation prompt ("Support independent fact-checking"), fact-check cards each the speaker line ("Viral image", "Name"), the stated line ("stated on December 9, 2026 in a Facebook post:"), the statement as the card\'s headline in curly quotes, the rating label ("Half True", "Pants on Fire!"), and the line "By Name • December 10, 2026"; then "Articles" cards each the headline, a summary and "By Name • December 10, 2026"; pagination; LF, trailing spaces, curly quotes',
      'Fact-check cards: the quoted statement is the item\'s headline, printed with its curly quotes (title kept as printed; the statements are Wikipedia Current-events sentences, so they read as plain reports); the speaker and "stated on …" lines are labels (boilerplate, the statement date is not the item\'s time); the rating label is a rating (boilerplate, as bias labels); "By Name • date" gives byline and published. Article cards: headline, summary (1 paragraph), "By Name • date". Outlet null (the site\'s own items). Donation prompt and pagination are chrome. LF, trailing spaces, curly quotes.')
    d.L('PolitiFact','Latest   Truth-O-Meter   Promises   Personalities   Issues','Donate','Support independent fact-checking. Become a member.','','Latest fact-checks')
    spk=[('Viral image','in a Facebook post','False'),('Instagram posts','in an Instagram post','Pants on Fire!'),('State senator','in a speech','Half True'),('TikTok posts','in a video','Mostly False'),('Governor','in an interview','Mostly True')]
    for i,(s,where,r) in enumerate(spk):
        while True:
            _,p=take(1)
            if len(p[0])<=150 and '"' not in p[0]: break
        q='“'+curly(p[0][:-1])+'”'; by=name(); pub=f'December {10 if i<3 else 9}, 2026'
        d.L(s,f'stated on December {8 if i<3 else 7}, 2026 {where}:',q,r,f'By {by} • {pub}',''); d.A(q,None,pub,by)
    d.L('Articles')
    for i in range(4):
        t,p=take(1); p=[curly(x) for x in p]; by=name(); pub=f'December {10-i//2}, 2026'
        d.L(t,*p,f'By {by} • {pub}',''); d.A(t,None,pub,by,p)
    d.L('« Previous   1   2   3   Next »','','The Poynter Institute · Contact · Corrections')
    n[d.name]=d.write(trail=3)
    # ---------- balanced-2 Ballotpedia News
    d=Dump('balanced-2','balanced','Ballotpedia News (news.ballotpedia.org) home page as widely known: header (Ballotpedia News / Ballotpedia / Elections / Ballot measures / Daily Brew / Donate), a "Subscribe to The Daily Brew" prompt, each post the headline, the byline line "By Name", the date line "December 10, 2026", the excerpt, the category line ("Posted in: Elections, State legislatures") and "Read more"; a "Featured" donation card; "Older posts"; CRLF, tabs',
      'Posts: headline, byline line, date line (published), excerpt (1 paragraph), category line (labels, boilerplate) and "Read more" (chrome). Ballotpedia writes nonpartisan coverage; no outlet printed (the site\'s own posts). The Daily Brew prompt, the Featured donation card and "Older posts" are not articles. CRLF, tabs.',eol='\r\n')
    d.L('Ballotpedia News','Ballotpedia\tElections\tBallot measures\tDaily Brew\tDonate','Subscribe to The Daily Brew — the day’s election news in five minutes.','')
    cats=['Elections, State legislatures','Ballot measures','Congress','Elections, Mayors','State executives','Federal courts','Elections','Ballot measures, Recalls']
    for i,c in enumerate(cats):
        t,p=take(1); by=name(); pub=f'December {11 if i<3 else 10}, 2026'
        d.L(t,f'By {by}',pub,*p,f'Posted in:\t{c}','Read more','')
        d.A(t,None,pub,by,p)
        if i==4: d.L('Featured','Ballotpedia is nonprofit. Help keep election information free.','Donate today','')
    d.L('Older posts','','Ballotpedia · The Encyclopedia of American Politics')
    n[d.name]=d.write()
    # ---------- balanced-3 Snopes
    d=Dump('balanced-3','balanced','Snopes (snopes.com) "Latest fact checks" page as widely known: header (Snopes / Latest / Fact Checks / News / Top Rumors / Quizzes / Sign in / Join), a membership prompt, each card the headline (many as a question), the claim line under it, the rating label ("False", "Mixture", "Correct Attribution"), and the line "By Name · Published Dec. 10, 2026"; an "Advertisement" slot; "Load More"; LF, no final newline, curly quotes',
      'Cards: headline (question marks as Snopes prints them), the claim line (1 paragraph: the item\'s own text, printed in its card), the rating label (boilerplate, as bias ratings), "By Name · Published date" (byline, published with its label kept). Outlet null. The membership prompt, Advertisement slot and "Load More" are chrome. LF, no final newline, curly quotes.',final=False)
    d.L('Snopes','Latest   Fact Checks   News   Top Rumors   Quizzes','Sign in   Join','Snopes members see fewer ads. Join today.','','Latest fact checks','')
    rates=['False','Mixture','Correct Attribution','Miscaptioned','True','Unproven','False','Outdated']
    for i,r in enumerate(rates):
        t,p=take_q(1) if i in (0,2,4,6) else take(1); p=[curly(x) for x in p]; by=name(); pub=f'Published Dec. {11 if i<3 else 10}, 2026'
        d.L(t,*p,r,f'By {by} · {pub}',''); d.A(t,None,pub,by,p)
        if i==3: d.L('Advertisement','')
    d.L('Load More')
    n[d.name]=d.write()
    return n
