from page import *
def run():
    n={}
    # ---------- feed-reader-1 Google Reader
    d=Dump('feed-reader-1','feed-reader','Google Reader (google.com/reader, 2005-2013) in expanded view as widely known: top bar (Google Reader / search / "Subscribe"), sidebar (Home, All items (1000+), Starred items, Your stuff, Trends, Subscriptions with feeds and counts), the folder heading "World »" with "Show: 12 new items - all items", "Mark all as read", "Refresh", then each entry the title, the time line ("9:14 AM" today, "Dec 8, 2026" older), "from Feed name", an author line "by Name" on some, one or two body paragraphs, then the action line (Add star / Like / Share / Share with note / Email / Keep unread / Add tags); LF, trailing spaces',
      'Expanded entries: title, time as printed (published), "from Feed" gives the outlet (the feed name, "from " dropped, as holdout7 Nextcloud News), "by Name" the byline. Body paragraphs counted; the action line and sidebar feed list (with unread counts) are chrome. The "World" folder holds several feeds, so each entry\'s own "from" line gives its outlet. LF, trailing spaces.')
    d.L('Google Reader','Search','Subscribe','Home','All items (1000+)','Starred items','Your stuff','Trends','Subscriptions','World (12)','  NPR: World (5)','  Reuters: World News (4)','  The Guardian - World news (3)','','World »','Show: 12 new items - all items','Mark all as read   Refresh   Feed settings...','')
    ents=[('9:14 AM','NPR: World','Marta Doyle',2),('8:52 AM','Reuters: World News',None,1),('8:30 AM','The Guardian - World news','Callum Ibarra',2),('7:05 AM','NPR: World',None,1),('6:41 AM','Reuters: World News','Nadia Varga',1),('Dec 8, 2026','The Guardian - World news',None,2),('Dec 8, 2026','NPR: World','Hugo Achebe',1),('Dec 8, 2026','Reuters: World News',None,1)]
    for tm,feed,by,k in ents:
        t,p=take(k); d.L(t,tm,'from '+feed)
        if by: d.L('by '+by)
        d.L(*p,'Add star   Like   Share   Share with note   Email   Keep unread   Add tags','')
        d.A(t,feed,tm,by,p)
    d.L('©2026 Google - Google Home - Terms of Service - Privacy Policy - Help')
    n[d.name]=d.write(trail=3)
    # ---------- feed-reader-2 Outlook RSS
    d=Dump('feed-reader-2','feed-reader','Microsoft Outlook (desktop, classic) RSS Feeds folder as copied: ribbon line (File / Home / Send / Receive / Folder / View), folder pane (Inbox, Sent Items, RSS Feeds › PBS NewsHour - World, NPR Topics: News), the open folder heading "PBS NewsHour - World" with "Search Current Folder", the message list with a column header "From\\tSubject\\tReceived\\tSize", group rows "Date: Today" / "Date: Yesterday", each row tab-separated (From, Subject, Received "Wed 12/9/2026 9:14 AM", Size), then the reading pane showing the first row again (subject, From, date, "RSS Feed: PBS NewsHour - World", "View article...", body paragraphs); CRLF, no final newline, tabs',
      'The open folder heading names the one feed of every row: outlet "PBS NewsHour - World" (kept whole as printed, as holdout5\'s "BBC News - World"). The From cell is the item author where the feed carries one (byline), else the feed name "PBS NewsHour" (no byline). Subject cell is the title, Received cell the published time; Size is boilerplate. Rows carry no body (0 paragraphs). The reading pane repeats the first row with its From, date and body: a second printing, counted as its own article (as holdout11/12 reading panes) with the pane\'s fields. "View article..." and the "RSS Feed:" line are chrome. CRLF, no final newline, tabs.',eol='\r\n',final=False)
    d.L('File\tHome\tSend / Receive\tFolder\tView','Inbox 3','Sent Items','RSS Feeds','PBS NewsHour - World 7','NPR Topics: News 12','','PBS NewsHour - World','Search Current Folder','All\tUnread','From\tSubject\tReceived\tSize','Date: Today')
    rows=[('Leila Sørensen','Wed 12/9/2026 9:14 AM','24 KB'),('PBS NewsHour','Wed 12/9/2026 8:02 AM','18 KB'),('Ewan Castellanos','Wed 12/9/2026 6:45 AM','21 KB'),('PBS NewsHour','Wed 12/9/2026 5:30 AM','16 KB'),('Date: Yesterday',None,None),('Fatima Rinaldi','Tue 12/8/2026 9:48 PM','22 KB'),('PBS NewsHour','Tue 12/8/2026 6:10 PM','15 KB'),('Samuel Okafor','Tue 12/8/2026 2:33 PM','19 KB')]
    first=None
    for fr,rc,sz in rows:
        if rc is None: d.L(fr); continue
        t,p=take(0 if first else 2)
        if first is None: first=(t,fr,rc,p)
        d.L(f'{fr}\t{t}\t{rc}\t{sz}'); d.A(t,'PBS NewsHour - World',rc,None if fr=='PBS NewsHour' else fr,[])
    t,fr,rc,p=first
    d.L('',t,fr,rc,'RSS Feed: PBS NewsHour - World','View article...',*p)
    d.A(t,'PBS NewsHour - World',rc,fr,p)
    n[d.name]=d.write()
    # ---------- feed-reader-3 Fluent Reader
    d=Dump('feed-reader-3','feed-reader','Fluent Reader (open-source desktop RSS reader) in list view as copied: menu (Fluent Reader / Refresh / Mark all as read / Settings), sidebar (All articles, Starred, Unread, groups "News" with sources and counts), the page heading "All articles", each item the source name on its own line, the title, a snippet on most, then the date in the app\'s locale form "12/9/2026, 9:14:00 AM"; LF, NBSP',
      'Each item: the source name line above the title is its outlet (the feed), the date line below is published, printed as the app prints it (locale date and time with seconds). Snippets are paragraphs (1). Sidebar sources with counts are chrome. NBSP in the sidebar counts and the menu. LF.')
    d.L('Fluent Reader','Refresh\u00a0·\u00a0Mark all as read\u00a0·\u00a0Settings','All articles','Starred','Unread','News','Al Jazeera English\u00a014','Deutsche Welle\u00a09','Politico\u00a06','France 24\u00a011','','All articles','')
    its=[('Al Jazeera English','12/9/2026, 9:14:00 AM'),('Deutsche Welle','12/9/2026, 9:02:31 AM'),('France 24','12/9/2026, 8:47:10 AM'),('Politico','12/9/2026, 8:15:44 AM'),('Al Jazeera English','12/9/2026, 7:58:02 AM'),('Deutsche Welle','12/9/2026, 6:20:19 AM'),('France 24','12/8/2026, 11:41:55 PM'),('Politico','12/8/2026, 10:03:27 PM'),('Al Jazeera English','12/8/2026, 8:36:00 PM')]
    for i,(src,dt) in enumerate(its):
        t,p=take(0 if i in (3,7) else 1); d.L(src,t,*p,dt,''); d.A(t,src,dt,None,p)
    n[d.name]=d.write()
    # ---------- link-list-1 OneNote
    d=Dump('link-list-1','link-list','Microsoft OneNote page copied from the desktop app: page title "Morning links", the page date and time line ("Wednesday, December 9, 2026   9:02 AM"), headings "World" and "US" and "Follow up", each item a link line "Headline – Outlet" (en dash), the URL pasted on its own line under some items, a To Do tag item "☐ call the press office back", a short personal remark under one ("check figures vs. yesterday"); LF, no final newline, trailing spaces',
      'Link lines "Headline – Outlet": the trailing " – Outlet" is taken off the title and gives the outlet (README: trailing outlet part). URL lines under an item and the personal remark are not paragraphs (as holdout12 Evernote). The To Do checkbox item, page date line and headings are chrome (the page date is not an item time). LF, no final newline, trailing spaces.',final=False)
    d.L('Morning links','Wednesday, December 9, 2026   9:02 AM','','World')
    outs=['The Washington Post','Reuters','Al Jazeera','The Guardian']
    for i,o in enumerate(outs):
        t,_=take(0); d.L(f'{t} – {o}'); d.A(t,o)
        if i==1: d.L('https://www.reuters.com/world/')
        if i==2: d.L('check figures vs. yesterday')
    d.L('','US')
    for i,o in enumerate(['NPR','Politico','Los Angeles Times','CNN']):
        t,_=take(0); d.L(f'{t} – {o}'); d.A(t,o)
        if i==0: d.L('https://www.npr.org/sections/news/')
    d.L('','Follow up','☐ call the press office back')
    t,_=take(0); d.L(f'{t} – Axios'); d.A(t,'Axios')
    n[d.name]=d.write(trail=2)
    # ---------- link-list-2 Todoist
    d=Dump('link-list-2','link-list','Todoist project "Read later" copied from the web app (select-all): project header ("Read later", "View", "Share", "Comments"), sections "Today" and "This week" each with a task count, each task a line "Headline | Outlet", with a due line ("Today", "Dec 11"), a label line ("@news", "@follow-up") and a priority flag on some, and a one-line description under two; "+ Add task" under each section; no blank lines; LF, tabs',
      'Each task line "Headline | Outlet" gives title and outlet (trailing " | Outlet" taken off, README). Due dates, labels, priority flags and "+ Add task" are chrome: a due date is not the article\'s time. The two task descriptions are the user\'s own notes (not paragraphs, as holdout12 Evernote remarks). No blank lines between tasks or sections. LF, tabs.')
    d.L('My Projects','Read later','View\tShare\tComments','Today\t4')
    outs=[('Reuters','Today','@news'),('The Atlantic','Today','@news'),('Bloomberg','Today','@follow-up'),('Vox','Today',None),('ProPublica','Dec 11','@news'),('The New Yorker','Dec 11',None),('Financial Times','Dec 12','@follow-up'),('Wired','Dec 13',None),('NPR','Dec 13','@news')]
    for i,(o,due,lab) in enumerate(outs):
        if i==4: d.L('+ Add task','This week\t5')
        t,_=take(0); d.L(f'{t} | {o}')
        if i==2: d.L('pull the two quotes for the Friday note')
        if i==6: d.L('compare with the Reuters numbers')
        d.L(due)
        if lab: d.L(lab)
        if i in (0,4): d.L('Priority 1')
        d.A(t,o)
    d.L('+ Add task')
    n[d.name]=d.write()
    # ---------- link-list-3 Skype
    d=Dump('link-list-3','link-list','Skype group chat "Desk — morning" copied from the desktop app: chat header (name, "4 participants", call buttons), a date divider "Today", each message the sender name and time on one line ("Priya Nakamura, 8:12 AM"), messages posting links as "Headline (Outlet)" lines, one message with a numbered list "1. Headline (Outlet)", a message of several "• Headline - Outlet" lines, chat replies between ("on it", "thanks 👍"), a "(edited)" marker; LF, NBSP, curly quotes',
      'Link lines "Headline (Outlet)" and "• Headline - Outlet": bullet, number and the trailing outlet part taken off (README). Sender lines and message times are chat chrome (not bylines, not item times, as holdout11 Zulip). Replies, the "(edited)" marker and the call buttons are chrome. NBSP in the sender lines; curly apostrophes in the replies. LF.')
    d.L('Desk — morning','4 participants\u00a0·\u00a0Video call\u00a0·\u00a0Call','','Today','Priya Nakamura,\u00a08:12 AM','morning all, a few for the rundown:')
    for o in ['AP','The Guardian']:
        t,_=take(0); d.L(f'{t} ({o})'); d.A(t,o)
    d.L('Daniel Whitfield,\u00a08:15 AM','on it','Daniel Whitfield,\u00a08:21 AM','World list for the noon slot:')
    for i,o in enumerate(['Reuters','Al Jazeera','DW']):
        t,_=take(0); d.L(f'{i+1}. {t} ({o})'); d.A(t,o)
    d.L('(edited)','Grace Moreno,\u00a08:40 AM','thanks 👍 adding these from the overnight file','Grace Moreno,\u00a08:41 AM')
    for o in ['NBC News','Politico','The Hill']:
        t,_=take(0); d.L(f'• {t} - {o}'); d.A(t,o)
    d.L('Priya Nakamura,\u00a08:44 AM','I’ll take the second one, it’s close to what we ran Monday')
    n[d.name]=d.write()
    # ---------- article-page-1 Washington Post
    d=Dump('article-page-1','article-page','The Washington Post (washingtonpost.com) world article page as widely known: header (Sections / The Washington Post / Democracy Dies in Darkness / Sign in / Subscribe), kicker "World", headline, subheadline, byline "By Name and Name", date line "December 9, 2026 at 9:14 a.m. EST", "Gift Article · Share · Comment", "Listen · 6 min", body paragraphs (the first opening on a dateline "CITY —" chosen to fit the sentence), "Advertisement" lines inside the body, a subheading inside the body, the contributor credit line at the end, then "Most Read World" numbered headlines and a "More from World" list of headline / dek pairs; a "Sponsored" promo; LF, trailing spaces',
      'Article: kicker "World" (boilerplate), headline, subheadline and body paragraphs counted (the subheadline is the standfirst); "By A and B" gives "A and B"; the date as printed. "Advertisement", the short subheading inside the body (no final punctuation) and the "Name contributed to this report." credit are not paragraphs. Publisher\'s own page: outlet null. "Most Read World": numbered headlines (0 paragraphs). "More from World": headline and dek (1 paragraph). The Sponsored promo, Listen and Gift Article controls are chrome. LF, trailing spaces.')
    d.L('Sections','The Washington Post','Democracy Dies in Darkness','Sign in','Subscribe','','World')
    t,p=take(4); by=name()+' and '+name()
    pl=place(p[1]) or 'Washington'; body=[p[0],dl(pl.upper(),None,p[1]),p[2],p[3]]
    d.L(t,body[0],'By '+by,'December 9, 2026 at 9:14 a.m. EST','Gift Article · Share · Comment','Listen · 6 min','',body[1],body[2],'Advertisement','What comes next',body[3],'',f'{name()} in Washington contributed to this report.','')
    d.A(t,None,'December 9, 2026 at 9:14 a.m. EST',by,body)
    d.L('Most Read World')
    for i in range(5):
        t,_=take(0); d.L(f'{i+1}',t); d.A(t)
    d.L('','Sponsored','Why thousands are switching to this high-yield savings account','Ridgeway Bank','','More from World')
    for i in range(3):
        t,p=take(1); d.L(t,*p,''); d.A(t,None,None,None,p)
    d.L('© 1996-2026 The Washington Post','Terms of Use   Privacy Policy   Cookie Settings')
    n[d.name]=d.write(trail=3)
    # ---------- article-page-2 The Telegraph
    d=Dump('article-page-2','article-page','The Telegraph (telegraph.co.uk) world news article page as widely known: a consent banner first ("Your privacy, your choice" / "Accept all" / "Reject all" / "Manage options"), header (News / Sport / Business / Money / Opinion / Ukraine / Travel / Health / Lifestyle / Culture / Puzzles / Subscribe), breadcrumb "News › World News", headline, standfirst, byline "By Name" with the role on its own line ("US Editor"), the date line "9 December 2026 9:14am GMT", "Related Topics" chips, body paragraphs with an inline "Read more: Headline" line and "Advertisement", "Join the conversation" comment prompt, then "More stories" headline list and a "Recommended" block with headline and "By Name" lines; CRLF, no final newline',
      'Article: headline, standfirst and body paragraphs; byline "Name" (the role line under it is boilerplate, README), date as printed. "Read more: …" is a link line, its headline not an article (README). Publisher\'s own page: outlet null. "More stories": bare headlines. "Recommended": headline with "By Name" (byline). The consent banner, topics chips, comment prompt are chrome. CRLF, no final newline.',eol='\r\n',final=False)
    d.L('Your privacy, your choice','We and our partners use cookies to personalise content and measure how our site is used.','Accept all','Reject all','Manage options','','News  Sport  Business  Money  Opinion  Ukraine  Travel  Health  Lifestyle  Culture  Puzzles','Subscribe','News › World News','')
    t,p=take(4); by=name(); rm,_=take(0)
    d.L(t,p[0],'By '+by,'US Editor','9 December 2026 9:14am GMT','Related Topics','US politics,  Donald Trump,  Congress','',p[1],p[2],'Read more: '+rm,'Advertisement',p[3],'','Join the conversation','Show comments','')
    d.A(t,None,'9 December 2026 9:14am GMT',by,p)
    d.L('More stories')
    for i in range(4):
        t,_=take(0); d.L(t); d.A(t)
    d.L('','Recommended')
    for i in range(3):
        t,_=take(0); b=name(); d.L(t,'By '+b); d.A(t,None,None,b)
    d.L('','© Telegraph Media Group Limited 2026')
    n[d.name]=d.write()
    # ---------- article-page-3 Sydney Morning Herald
    d=Dump('article-page-3','article-page','The Sydney Morning Herald (smh.com.au) world article page as widely known: header (The Sydney Morning Herald / Sydney / NSW / Politics / Business / World / National / Opinion / Subscribe / Log in), kickers "World" and "North America", headline, standfirst, byline "By Name" and the date line "December 9, 2026 — 9.14am", "Save · Share · Normal text size · Larger text size · Very large text size", body paragraphs (the first opening on a dateline "City:"), a newsletter sign-up line, "Read more: Headline" link line, "License this article" and a topics line after the body, then "Most Viewed in World" numbered headlines and "From our partners" (sponsored) links; LF, NBSP, curly quotes',
      'Article: kickers (boilerplate), headline, standfirst and body paragraphs counted, byline "Name", date as printed ("December 9, 2026 — 9.14am", the dash joins date and time and is part of the printed time). The dateline ("City:") stays in paragraph text. The sign-up line, "Read more:" line and "License this article" are not paragraphs. Outlet null (publisher\'s own page). "Most Viewed in World" rows: headlines (0 paragraphs). "From our partners" links are sponsored (not articles). LF, NBSP in the text-size controls, curly quotes in the body.')
    d.L('The Sydney Morning Herald','Sydney  NSW  Politics  Business  World  National  Opinion','Subscribe','Log in','','World','North America')
    t,p=take(4); p=[curly(x) for x in p]; by=name(); rm,_=take(0)
    pl=place(p[1]) or 'Washington'; body=[p[0],pl+': '+p[1],p[2],p[3]]
    d.L(t,body[0],'By '+by,'December 9, 2026 — 9.14am','Save\u00a0·\u00a0Share\u00a0·\u00a0Normal text size\u00a0·\u00a0Larger text size\u00a0·\u00a0Very large text size','',body[1],body[2],'Get a note from our foreign correspondents each week. Sign up for the What in the World newsletter.',body[3],'Read more: '+rm,'','License this article','US politics','')
    d.A(t,None,'December 9, 2026 — 9.14am',by,body)
    d.L('Most Viewed in World')
    for i in range(6):
        t,_=take(0); d.L(f'{i+1}',t); d.A(t)
    d.L('','From our partners','Retirees are rethinking where they live — here’s why','Why this $30 gadget sells out every winter','','© 2026 Nine Entertainment Co.')
    n[d.name]=d.write()
    return n
