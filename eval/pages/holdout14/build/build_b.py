from page import *
def run():
    n={}
    # ---------- feed-reader-1 RSS Guard
    d=Dump('feed-reader-1','feed-reader','RSS Guard (open-source Qt desktop feed reader) as copied: the menu line (File / Articles / Feeds / Tools / Help), the toolbar (Update all items / Mark all as read / Search), the feed tree (Unread articles (37), Important, Labels, the "World" category with feeds and counts), the selected feed "NPR World", the article list with the column header "Title\\tAuthor\\tDate" and one tab-separated row per article (author empty on some, date "12/11/2026 09:14"), then the article preview of the selected (third) row: title, "Author: Name" and "Date: 12/11/2026 09:14" lines, "URL:" line, body paragraphs; CRLF, tabs',
      'The selected feed in the tree and the list pane is "NPR World": the one source of every row (outlet, README: a heading naming one source). Rows: title, author cell (byline where filled), date cell (published). The preview prints the third row again (title, "Author: " and "Date: " labels taken off the values, the URL line is chrome, 2 body paragraphs): printed twice on purpose, each printing an article with its own fields (README). Counts in the tree are chrome. CRLF, tabs.',eol='\r\n')
    d.L('File\tArticles\tFeeds\tTools\tHelp','Update all items\tMark all as read\tSearch','Unread articles (37)','Important','Labels','World (37)','\tAl Jazeera English (11)','\tNPR World (9)','\tDeutsche Welle (17)','','NPR World','Title\tAuthor\tDate')
    rows=[]
    for i,tm in enumerate(['12/11/2026 09:14','12/11/2026 08:52','12/11/2026 08:30','12/11/2026 07:45','12/11/2026 06:58','12/10/2026 22:17','12/10/2026 20:41','12/10/2026 18:03']):
        au=name() if i in (0,2,3,6) else None
        k=2 if i==2 else 0
        t,p=take(k); rows.append((t,au,tm,p))
        d.L(f'{t}\t{au or ""}\t{tm}'); d.A(t,'NPR World',tm,au,[])
    t,au,tm,p=rows[2]
    d.L('',t,f'Author: {au}',f'Date: {tm}','URL: https://www.npr.org/2026/12/11/nx-s1-world',*p)
    d.A(t,'NPR World',tm,au,p)
    n[d.name]=d.write()
    # ---------- feed-reader-2 Vienna
    d=Dump('feed-reader-2','feed-reader','Vienna (open-source macOS feed reader) in the unified layout as copied: the window title "Vienna — News", the folder list (Unread Articles (24), Today\'s Articles, Marked Articles, the "News" group with subscriptions and counts), the filter line ("Filter: All Articles"), then each article the title, the feed and date line "Feed — Friday, December 11, 2026 at 9:14 AM", one or two summary paragraphs (wire copy opening with a Reuters dateline "CITY, Dec 10 (Reuters) - "), and a blank line; CRLF, no final newline',
      'Unified layout entries: title, "Feed — date" (outlet the feed name before " — ", published the date after it), summary paragraphs (1-2). The news group mixes feeds, so each entry\'s own feed line gives its outlet. Reuters datelines stay in the paragraph text. Folder counts and the filter line are chrome. CRLF, no final newline.',eol='\r\n',final=False)
    d.L('Vienna — News','Unread Articles (24)','Today\'s Articles','Marked Articles','News','   Reuters World News (8)','   France 24 English (6)','   The Globe and Mail World (5)','   CBC World (5)','Filter: All Articles','')
    ents=[('Reuters World News','Friday, December 11, 2026 at 9:14 AM',2,'Reuters'),('France 24 English','Friday, December 11, 2026 at 8:57 AM',1,None),('Reuters World News','Friday, December 11, 2026 at 8:20 AM',1,'Reuters'),('CBC World','Friday, December 11, 2026 at 7:42 AM',2,None),('The Globe and Mail World','Friday, December 11, 2026 at 6:05 AM',1,None),('Reuters World News','Thursday, December 10, 2026 at 11:48 PM',1,'Reuters'),('France 24 English','Thursday, December 10, 2026 at 9:30 PM',1,None),('CBC World','Thursday, December 10, 2026 at 7:12 PM',1,None)]
    for o,tm,k,w in ents:
        t,p=take(k)
        if w: p=[wire(p[0],'Reuters',day='Dec 11' if 'December 11' in tm else 'Dec 10')]+p[1:]
        d.L(t,f'{o} — {tm}',*p,''); d.A(t,o,tm,None,p)
    d.lines.pop()
    n[d.name]=d.write()
    # ---------- feed-reader-3 ReadKit
    d=Dump('feed-reader-3','feed-reader','ReadKit (macOS and iOS read-later and feed reader) article list as copied: the sidebar (Inbox, Starred, Unread, Today, feeds under "Feeds" with counts), the list heading "Today" with "Mark all as read", each item the title, the line "Feed name · 2h", a two-line-clamped summary on one line, with no blank lines inside an item and one between items; the "Show read items" toggle; LF, NBSP',
      'Each item: title, "Feed · age" (outlet and published; NBSP around the dot on some), summary (1 paragraph; none on two items). The list "Today" is a smart folder of several feeds, so each item\'s own feed line gives the outlet. Sidebar counts and the toggle are chrome. LF, NBSP.')
    d.L('Inbox','Starred','Unread  42','Today  12','Feeds','Euronews  6','The Independent  9','ABC News  11','Sky News  8','','Today','Mark all as read','')
    for i,(o,age) in enumerate([('Sky News','18m'),('ABC News','41m'),('Euronews','1h'),('The Independent','2h'),('ABC News','3h'),('Sky News','4h'),('Euronews','6h'),('The Independent','9h'),('ABC News','11h')]):
        t,p=take(0 if i in (4,7) else 1); sep='\u00a0·\u00a0' if i%2 else ' · '
        d.L(t,f'{o}{sep}{age}',*p,''); d.A(t,o,age,None,p)
    d.L('Show read items')
    n[d.name]=d.write()
    # ---------- link-list-1 Webex space
    d=Dump('link-list-1','link-list','Webex (Cisco Webex App) space "World desk" copied from the desktop app: space header (name, "12 people", Messages / Files / Whiteboards / + tabs), a date divider "Today", each message the sender name and time on one line ("Anouk Lindahl  8:04 AM"), messages posting links as "Headline — Outlet" lines (em dash), a message with a bulleted list "- Headline (Outlet)", a link preview card under one link (the headline again with a description line and the domain), chat replies between ("👍", "taking this one"), a "Edited" marker; LF, curly quotes',
      'Link lines "Headline — Outlet" and "- Headline (Outlet)": title with the trailing outlet part taken off, outlet the part taken off (README). The link preview card under one message prints the same story\'s headline, a description and the domain: a preview of the link just posted, not a separate item, so it is not counted again (the description is that article\'s paragraph). Sender names and times are chat chrome (not bylines, not item times, as holdout11 Zulip and holdout13 Skype). Replies and the "Edited" marker are chrome. LF, curly quotes.')
    d.L('World desk','12 people','Messages   Files   Whiteboards   +','','Today','')
    def msg(who,tm): d.L(f'{who}  {tm}')
    msg('Anouk Lindahl','8:04 AM'); d.L('morning all — overnight reads:')
    for o in ['Reuters','Associated Press']:
        t,_=take(0); d.L(f'{t} — {o}'); d.A(t,o)
    t,p=take(1); d.L(f'{t} — Al Jazeera',t,*p,'aljazeera.com'); d.A(t,'Al Jazeera',None,None,p)
    d.L('')
    msg('Desmond Okafor','8:11 AM'); d.L('👍','taking the first one','')
    msg('Mei Szabo','8:26 AM'); d.L('for the 10 o’clock list:')
    for o in ['The Guardian','BBC News','NPR']:
        t,_=take(0); d.L(f'- {t} ({o})'); d.A(t,o)
    d.L('Edited','')
    msg('Connor Brannigan','8:39 AM')
    t,_=take(0); d.L(f'{t} — Politico Europe'); d.A(t,'Politico Europe')
    d.L('can someone check the figures in that one?','')
    msg('Anouk Lindahl','8:47 AM')
    t,_=take(0); d.L(f'{t} — Financial Times'); d.A(t,'Financial Times')
    d.L('paywalled, I’ll paste the gist later')
    n[d.name]=d.write()
    # ---------- link-list-2 Workflowy
    d=Dump('link-list-2','link-list','Workflowy outline copied as plain text: the top node "Reading list", child nodes "Today", "Follow up" and "Done" as "- " bullets with two-space indents, each link node one line "Headline - Outlet" under them, notes under some nodes on their own line in double quotes ("\\"check the casualty figure\\""), a completed node marked "[x]" (still a link), a plain to-do node ("- ask Mei about the map"); no blank lines; LF, no final newline',
      'Link nodes: "- Headline - Outlet" with the "- " bullet and the trailing " - Outlet" taken off (title), outlet the part taken off. Notes in quotes under a node are the user\'s remarks (not paragraphs, as holdout11 Apple Notes and holdout12 Evernote remarks). The "[x]" completion mark is boilerplate; the node is still an item. The section nodes and the to-do node are not articles. No blank lines anywhere. LF, no final newline.',final=False)
    d.L('- Reading list','  - Today')
    for i,o in enumerate(['Reuters','The Washington Post','Deutsche Welle','CBC News']):
        t,_=take(0); d.L(f'    - {t} - {o}'); d.A(t,o)
        if i==1: d.L('      "check the casualty figure"')
    d.L('    - ask Mei about the map','  - Follow up')
    for i,o in enumerate(['The Atlantic','NPR','Los Angeles Times']):
        t,_=take(0); d.L(f'    - {t} - {o}'); d.A(t,o)
        if i==2: d.L('      "compare with yesterday’s version"')
    d.L('  - Done')
    for o in ['Associated Press','The Economist']:
        t,_=take(0); d.L(f'    - [x] {t} - {o}'); d.A(t,o)
    n[d.name]=d.write()
    # ---------- link-list-3 Simplenote
    d=Dump('link-list-3','link-list','Simplenote note "Clips for Friday" copied as plain text: the first line is the note title, then clipped links separated by "---" lines, each clip the headline, a source line "Outlet, Dec 10", a pasted excerpt line, and the URL; one clip without an excerpt; a "todo" line at the end; tags line "#clips #world" at the foot; CRLF, trailing spaces',
      'Each clip between "---" lines: headline (title), "Outlet, date" (outlet before the comma, published after it), excerpt (1 paragraph: a snippet pasted with the item), URL (the link, chrome). The note title, todo line and tag line are not articles. CRLF, trailing spaces.',eol='\r\n')
    d.L('Clips for Friday','')
    clips=[('Reuters','Dec 10',1),('The Independent','Dec 10',1),('Associated Press','Dec 9',0),('The Times','Dec 9',1),('Euronews','Dec 9',1),('CBS News','Dec 8',1),('The Guardian','Dec 8',1)]
    hosts={'Reuters':'www.reuters.com/world/','The Independent':'www.independent.co.uk/news/world/','Associated Press':'apnews.com/article/','The Times':'www.thetimes.com/world/','Euronews':'www.euronews.com/2026/12/09/','CBS News':'www.cbsnews.com/news/','The Guardian':'www.theguardian.com/world/2026/dec/08/'}
    for i,(o,dt,k) in enumerate(clips):
        t,p=take(k); d.L('---',t,f'{o}, {dt}',*p,'https://'+hosts[o]+t.lower().replace(' ','-').replace('’',''))
        d.A(t,o,dt,None,p)
    d.L('---','todo: send these to Tobias before 5','','#clips #world')
    n[d.name]=d.write(trail=3)
    # ---------- article-page-1 Daily Mail
    d=Dump('article-page-1','article-page','Daily Mail US (dailymail.co.uk/news, DailyMail.com) article page as widely known: a consent banner first ("We value your privacy" style, reworded: "Your choices on this site" / "Accept" / "More options"), the channel bar (Home / U.K. / News / U.S. / Sport / TV / Showbiz / Femail / Health / Science / Money / Travel), the headline, three summary bullets ("• point"), the byline "By NAME FOR DAILYMAIL.COM" in capitals, the date line "Published: 09:14 EST, 11 December 2026 | Updated: 10:02 EST, 11 December 2026", share counts, body paragraphs with an image caption, an inline "READ MORE: Headline" box and a video label, then "Share or comment on this article:", a "MORE TOP STORIES" rail of bare headlines and a "Sponsored" "Around the web" block; LF, trailing spaces, curly quotes',
      'Main article: headline, three summary bullets and the body are its paragraphs (a summary printed with the item is a paragraph, README; bullets removed for first), byline from "By NAME FOR DAILYMAIL.COM": the name as printed in capitals, and the trailing "FOR DAILYMAIL.COM" is a byline\'s outlet part (README: "Jane Doe for The Guardian"), so outlet "DAILYMAIL.COM". Published: the first time printed with its label ("Published: 09:14 EST, 11 December 2026"; the Updated time is second). Image caption, share counts, "READ MORE: …" box (its headline is not counted, README) and video label are not paragraphs. MORE TOP STORIES rows are bare headlines (0 paragraphs). The consent banner and "Around the web" Sponsored block are not articles. LF, trailing spaces, curly quotes.')
    d.L('Your choices on this site','We and our partners use cookies to personalise content and ads and to measure how the site is used.','Accept','More options','','Home   U.K.   News   U.S.   Sport   TV   Showbiz   Femail   Health   Science   Money   Travel','')
    t,p=take(7); p=[curly(x) for x in p]; by=name().upper()
    bul=['• '+x for x in p[:3]]
    rm,_=take(0)
    d.L(t,*bul,f'By {by} FOR DAILYMAIL.COM','Published: 09:14 EST, 11 December 2026 | Updated: 10:02 EST, 11 December 2026','','Share','214 shares','',p[3],p[4],'The scene on Thursday afternoon, as seen from a neighbour’s window (file image)',f'READ MORE: {rm}','',p[5],'Video: What we know so far',p[6],'','Share or comment on this article:','')
    d.A(t,'DAILYMAIL.COM','Published: 09:14 EST, 11 December 2026',by,p)
    d.L('MORE TOP STORIES')
    for i in range(6):
        t,_=take(0); d.L(t); d.A(t)
    d.L('','Around the web','Sponsored','The most comfortable walking shoes of 2026 are finally on sale','Doctors stunned: this simple habit lowers blood pressure','','Published by Associated Newspapers Ltd','Part of the Daily Mail, The Mail on Sunday & Metro Media Group')
    n[d.name]=d.write(trail=2)
    # ---------- article-page-2 CNBC single article, no rails
    d=Dump('article-page-2','article-page','CNBC (cnbc.com) politics article page as widely known, copied alone with no related rails: the header (CNBC / Markets / Business / Investing / Tech / Politics / Video / Watchlist / Investing Club / PRO / Livestream / Sign In), the kicker "POLITICS", the headline, the time lines "Published Fri, Dec 11 2026 9:14 AM EST" and "Updated Fri, Dec 11 2026 10:41 AM EST", the author name alone on a line with the handle "@handle" under it, "Share" controls, a "Key Points" heading with three bullets, body paragraphs (the first on a dateline "WASHINGTON —"), a video label with its duration, a subheading, the contributor line at the end ("— CNBC\'s Name contributed to this report."), then only the footer (subscribe prompt, links, copyright); a single article; LF, tabs, no final newline',
      'The one article of the page (no rails, no related items: a single-article page, so 1 article, below the set\'s usual 6). Byline: the author name printed alone under the time lines (the @handle under it is chrome). Published: the first time printed ("Published Fri, Dec 11 2026 9:14 AM EST", label kept); the Updated line is second. Outlet null: the item prints no source of its own (CNBC is the site). Paragraphs: the three Key Points bullets (a summary printed with the item) and the body; the "Key Points" heading and the body subheading are boilerplate; the video label and duration, Share controls, contributor credit and footer are not paragraphs. LF, tabs, no final newline.',final=False,minart=1)
    d.L('CNBC\tMarkets\tBusiness\tInvesting\tTech\tPolitics\tVideo\tWatchlist\tInvesting Club\tPRO\tLivestream','Sign In','','POLITICS')
    t,p=take(7); by=name()
    p[3]=wire(p[3],'plain')
    d.L(t,'Published Fri, Dec 11 2026 9:14 AM EST','Updated Fri, Dec 11 2026 10:41 AM EST',by,'@'+by.split()[0][0].lower()+by.split()[1].lower().replace('ø','o'),'Share\tShare Article via Facebook\tShare Article via X\tShare Article via LinkedIn\tShare Article via Email','Key Points','• '+p[0],'• '+p[1],'• '+p[2],'',p[3],p[4],'watch now','VIDEO02:14','What comes next','',p[5],p[6],'','— CNBC’s '+name()+' contributed to this report.','','Subscribe to CNBC PRO','Licensing & Reprints\tPrivacy Policy\tTerms of Service\tHelp','© 2026 CNBC LLC. All Rights Reserved. A Division of NBCUniversal')
    d.A(t,None,'Published Fri, Dec 11 2026 9:14 AM EST',by,p)
    n[d.name]=d.write()
    # ---------- article-page-3 Newsweek
    d=Dump('article-page-3','article-page','Newsweek (newsweek.com) world news article page as widely known: a cookie banner first ("We use cookies" reworded / "Accept all" / "Manage"), the header (Newsweek / U.S. / World / Politics / Health / Opinion / Newsletters / Subscribe / Log in), the kicker "World", the headline, the standfirst, the byline "By Name" with the role line ("Senior World News Reporter") under it, the time lines "Published Dec 11, 2026 at 9:14 AM EST" and "Updated Dec 11, 2026 at 10:30 AM EST", share controls, body paragraphs with two inline "Read more:" link lines and an "Advertisement" line, the update note after the body ("Update 12/11/26, 10:30 a.m. ET: …"), "Request Reprint & Licensing · Submit Correction", then a "Trending" numbered rail of bare headlines and a "Recommended For You" rail of headline / age pairs ("3 hours ago"); CRLF, NBSP, curly quotes',
      'Main article: headline, standfirst (paragraph 1) and body paragraphs; byline "By Name" (the role line under it is boilerplate, README); published the first time line with its label ("Published Dec 11, 2026 at 9:14 AM EST"). The two "Read more: …" lines (their headlines not counted, README), the Advertisement line, the update note (a note line after the body) and the reprint controls are not paragraphs. Trending rows: rank and headline (the rank is a list marker). Recommended rows: headline and age (published). Outlet null throughout (Newsweek is the site). The cookie banner is chrome. CRLF, NBSP, curly quotes.',eol='\r\n')
    d.L('We use cookies to run this site and to show you relevant ads.','Accept all','Manage','','Newsweek','U.S.\u00a0\u00a0World\u00a0\u00a0Politics\u00a0\u00a0Health\u00a0\u00a0Opinion\u00a0\u00a0Newsletters','Subscribe','Log in','','World')
    t,p=take(6); p=[curly(x) for x in p]; by=name()
    r1,_=take(0); r2,_=take(0)
    d.L(t,p[0],f'By {by}','Senior World News Reporter','Published Dec 11, 2026 at 9:14 AM EST','Updated Dec 11, 2026 at 10:30 AM EST','Share','',p[1],p[2],f'Read more: {r1}','Advertisement',p[3],p[4],f'Read more: {r2}',p[5],'','Update 12/11/26, 10:30 a.m. ET: This article was updated with additional details.','','Request Reprint & Licensing\u00a0·\u00a0Submit Correction','')
    d.A(t,None,'Published Dec 11, 2026 at 9:14 AM EST',by,p)
    d.L('Trending')
    for r in range(1,5):
        t,_=take(0); d.L(f'{r}. {t}'); d.A(t)
    d.L('','Recommended For You')
    for age in ['3 hours ago','5 hours ago','8 hours ago']:
        t,_=take(0); d.L(t,age); d.A(t,None,age)
    d.L('','© 2026 Newsweek Digital LLC')
    n[d.name]=d.write()
    return n
