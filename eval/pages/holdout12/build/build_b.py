from page import *
def run():
    n={}
    # ---------- feed-reader-1 Newsflash
    d=Dump('feed-reader-1','feed-reader','Newsflash (GNOME feed reader, gitlab.com/news-flash) main window as copied: header bar ("All Articles" / search), sidebar (All Articles 42, Feeds with unread counts), the article list with each row the feed name, the title, a one-line summary and the time ("Today 09:14", "Yesterday 18:40"), then the reading pane showing the first row again (title, feed name, author "by Name", full date, body paragraphs); LF, trailing spaces',
      'Each row prints its feed name on its own line above the title: outlet. Times "Today 09:14" / "Yesterday 18:40" as printed. The reading pane repeats the first row (printed twice on purpose, two articles): title, feed, "by Name" (byline, "by " dropped), date "Wednesday, 2 December 2026 09:14", three body paragraphs (the first is the row summary). Sidebar feed names with counts are chrome. LF, trailing spaces.')
    d.L('All Articles','Search articles','','All Articles  42','Feeds','Reuters World  11','NPR News  9','The Guardian World  14','Ars Technica  8','')
    rows=[('Reuters World','Today 09:14'),('NPR News','Today 08:52'),('The Guardian World','Today 08:30'),('Reuters World','Today 07:05'),('Ars Technica','Today 06:41'),('NPR News','Yesterday 22:10'),('The Guardian World','Yesterday 18:40'),('Reuters World','Yesterday 16:02')]
    first=None
    for i,(f,tm) in enumerate(rows):
        t,p=take(3 if i==0 else 1)
        d.L(f,t,p[0],tm)
        d.A(t,f,tm,None,p[:1])
        if i==0: first=(t,p,f)
    t,p,f=first; by=name()
    d.L('',t,f,f'by {by}','Wednesday, 2 December 2026 09:14','',p[0],'',p[1],'',p[2],'','Open in browser')
    d.A(t,f,'Wednesday, 2 December 2026 09:14',by,p)
    n[d.name]=d.write(trail=3)
    # ---------- feed-reader-2 RSSOwl
    d=Dump('feed-reader-2','feed-reader','RSSOwl 2 (Java desktop reader) feed tab as copied: toolbar (New / Import / Update All / Mark Read), bookmark tree (Bookmarks, News folder, feeds with counts), the open feed tab "NPR World (9)", a filter line ("Show: All News  Group: By Date"), column header row "Title\\tDate\\tAuthor\\tCategory", group rows "Today (5)" / "Yesterday (4)", news rows tab-separated with date "02/12/2026 09:14", author on some rows; the browser pane prompt; CRLF, no final newline, tabs',
      'The open tab "NPR World (9)" names the one feed listed: outlet "NPR World" for every row. Each row gives title, published (the date cell "02/12/2026 09:14" as printed), byline (Author cell, empty on some). Group rows "Today (5)" / "Yesterday (4)", the header row and the Category cell are chrome. CRLF, no final newline, tabs.',eol='\r\n',final=False)
    d.L('File  Edit  View  Go  Bookmarks  News  Tools  Help','New\tImport\tUpdate All\tMark Read','Bookmarks','\tNews','\t\tNPR World (9)','\t\tThe Guardian (14)','\t\tDW English (3)','','NPR World (9)','Show: All News\tGroup: By Date','Title\tDate\tAuthor\tCategory','Today (5)')
    times=['02/12/2026 09:14','02/12/2026 08:30','02/12/2026 07:48','02/12/2026 06:15','02/12/2026 01:02','01/12/2026 22:40','01/12/2026 19:11','01/12/2026 15:27','01/12/2026 09:03']
    for i,tm in enumerate(times):
        if i==5: d.L('Yesterday (4)')
        t,_=take(0); au=name() if i%3!=2 else ''
        d.L(f'{t}\t{tm}\t{au}\tWorld')
        d.A(t,'NPR World',tm,au or None)
    d.L('','Double-click a news item to open it in the browser.')
    n[d.name]=d.write()
    # ---------- feed-reader-3 CommaFeed
    d=Dump('feed-reader-3','feed-reader','CommaFeed (commafeed.com, self-hosted reader) in expanded view as copied: header (CommaFeed / Refresh / Mark all as read / Unread · All / Settings), subscription tree (All, Starred, category "News" with feeds and counts), category title "News", then each entry the title, a meta line "Feed · 2 hours ago · by Name" (no author on some), one or two content paragraphs, then "☆ Star · Share · Keep unread"; LF, NBSP in the meta lines',
      'Meta line under each title: feed name (outlet), age (published), "by Name" (byline, "by " dropped) as in the README\'s "Outlet · age · Opinion by Jane Doe" case. The feed names in the tree are chrome; "News" is a category of four feeds, not an outlet. LF, blank lines between entries, NBSP inside the meta lines.')
    d.L('CommaFeed','Refresh   Mark all as read   Unread · All   Settings','','All (57)','Starred','News','  The Guardian (14)','  Reuters (11)','  CBC News (8)','  Politico (6)','','News','')
    ents=[('The Guardian','1 hour ago',True),('Reuters','2 hours ago',False),('CBC News','3 hours ago',True),('Politico','3 hours ago',True),('Reuters','5 hours ago',False),('The Guardian','6 hours ago',True),('CBC News','8 hours ago',False),('Politico','Yesterday',True)]
    for i,(f,age,hb) in enumerate(ents):
        t,p=take(2 if i%3==0 else 1); by=name() if hb else None
        meta=f'{f}\u00a0·\u00a0{age}'+(f'\u00a0·\u00a0by {by}' if hb else '')
        d.L(t,meta,*p,'☆ Star · Share · Keep unread','')
        d.A(t,f,age,by,p)
    d.L('Load more entries')
    n[d.name]=d.write()
    # ---------- link-list-1 Trello
    d=Dump('link-list-1','link-list','Trello board "Newsroom planning" copied from the web app: board header (board name, "Board" view, members, "Share"), lists "To read", "Pitched", "Done", each card the title line "Headline | Outlet", a label line on some ("Politics", "World"), badges line on some ("💬 2  ☑ 1/3") and member initials; "+ Add a card" under each list; no blank lines between cards; CRLF, trailing spaces',
      'Each card title "Headline | Outlet": title before " | ", outlet after (README trailing outlet part). Labels, badges, member initials, list names, "+ Add a card" are chrome. One card in "Pitched" is an internal task with no outlet ("Call back the council press office"): not a news item. No blank lines between cards. CRLF, trailing spaces.',eol='\r\n')
    d.L('Newsroom planning','Board   Table   Calendar','MK  DB  AO  +2','Share','To read')
    outs=['Reuters','NPR','The Guardian','Associated Press','Politico','Los Angeles Times','CBS News','The Atlantic','Bloomberg','The Hill']
    for i,o in enumerate(outs):
        if i==4: d.L('+ Add a card','Pitched','Call back the council press office','MK')
        if i==7: d.L('+ Add a card','Done')
        t,_=take(0); d.L(f'{t} | {o}')
        if i%3==0: d.L(['Politics','World','Courts','Climate'][i//3])
        if i%4==1: d.L(f'💬 {i}  ☑ 1/3')
        if i%2==0: d.L(['MK','DB','AO','MK','DB'][i//2])
        d.A(t,o)
    d.L('+ Add a card','+ Add another list')
    n[d.name]=d.write(trail=2)
    # ---------- link-list-2 Evernote
    d=Dump('link-list-2','link-list','Evernote note copied from the desktop app: notebook path ("Work › Reading"), note title "Links — week 49", "Created: Dec 2, 2026  Last edited: Dec 2, 2026" line, a tags line, then a numbered list "1. Headline (Outlet)" with the bare URL under some items and a short personal note line under two ("→ …"), a "Later" sub-list heading; LF, no final newline',
      'Numbered items "N. Headline (Outlet)": number and trailing "(Outlet)" removed. URL lines and "→" personal notes are not paragraphs (the note-taker\'s remarks, not the article\'s text). The created/edited line is the note\'s, not an item time. LF, no final newline.',final=False)
    d.L('Work › Reading','Links — week 49','Created: Dec 2, 2026  Last edited: Dec 2, 2026','Tags: reading, desk','','Sent by the morning shift. Skim before the 10:30.','')
    outs=['ProPublica','NPR','The New York Times','Reuters','CNBC','The Guardian','Vox','Axios','ABC News']
    k=1
    for i,o in enumerate(outs):
        if i==6: d.L('','Later',''); k=1
        t,_=take(0)
        d.L(f'{k}. {t} ({o})'); k+=1
        if i in (1,4): d.L(f'https://www.example-{o.lower().replace(" ","")}.com/2026/12/02/story')
        if i in (2,7): d.L(['→ check the figures in the second half','→ good background for Friday'][i==7])
        d.A(t,o)
    n[d.name]=d.write()
    # ---------- link-list-3 Logseq
    d=Dump('link-list-3','link-list','Logseq journal page copied as text (blocks as "- " outline bullets, children indented with tabs): journal title "Dec 2nd, 2026", a block "- reading #news" with child blocks "- Headline - Outlet", grandchild note blocks on some, a "- [[Standup]]" block with non-news children, a "- later" block with more links; LF, tabs',
      'Child blocks "- Headline - Outlet": the "- " block bullet and trailing " - Outlet" removed. Grandchild blocks are the user\'s notes (not paragraphs). The Standup block\'s children are tasks, not news. LF, tabs.')
    d.L('Dec 2nd, 2026','- reading #news')
    outs=['Reuters','NPR','The Washington Post','AP','Politico','NBC News','The Guardian','USA Today','CBS News']
    for i,o in enumerate(outs):
        if i==5: d.L('- [[Standup]]','\t- ask Ravi about the budget page','\t- TODO send the rota','- later')
        t,_=take(0); d.L(f'\t- {t} - {o}')
        if i in (1,6): d.L(['\t\t- useful for the explainer','\t\t- compare with the wire version'][i==6])
        d.A(t,o)
    d.L('- ')
    n[d.name]=d.write()
    # ---------- article-page-1 Irish Examiner
    d=Dump('article-page-1','article-page','Irish Examiner (irishexaminer.com) world article page as widely known: cookie consent banner at the top ("We value your privacy …" / "Accept all" / "Manage preferences"), header (News / Sport / Business / Opinion / Lifestyle / World / Subscribe), kicker line "World", headline, byline "By Name and Name", date "Wed, 02 Dec, 2026 - 09:14", image caption with "Picture:" credit, body paragraphs with an inline "Read More: Headline" line, "More in this section" headlines, a "Partner content" item, "Latest" rail of headline / age pairs; LF, trailing spaces',
      'Publisher\'s own article: outlet null. Byline "By A and B" gives "A and B". Kicker "World" on its own line is boilerplate. The caption (ends with "Picture: Name") is not a paragraph; "Read More: …" is a link line, not an article. "More in this section" headlines are teasers; "Latest" rows print an age under each headline. "Partner content" item is an ad. LF, trailing spaces.')
    d.L('We value your privacy','We and our partners use cookies to personalise content and ads and to measure audiences.','Accept all','Manage preferences','','Irish Examiner','News   Sport   Business   Opinion   Lifestyle   World','Subscribe','','World')
    t,p=take(4); b1,b2=name(),name()
    d.L(t,f'By {b1} and {b2}','Wed, 02 Dec, 2026 - 09:14','',f'Officials at the scene on Tuesday. Picture: {name()}','',p[0],'',p[1],'')
    t2,_=take(0)
    d.L(f'Read More: {t2}','',p[2],'',p[3],'','More in this section')
    d.A(t,None,'Wed, 02 Dec, 2026 - 09:14',f'{b1} and {b2}',p)
    for i in range(4):
        t,_=take(0); d.L(t); d.A(t)
    d.L('','Partner content','Why more families are switching energy supplier this winter','','Latest')
    for age in ['12 minutes ago','38 minutes ago','1 hour ago','2 hours ago']:
        t,_=take(0); d.L(t,age); d.A(t,None,age)
    d.L('','© Irish Examiner Ltd','Privacy · Cookies · Terms')
    n[d.name]=d.write(trail=3)
    # ---------- article-page-2 Al-Monitor
    d=Dump('article-page-2','article-page','Al-Monitor (al-monitor.com) article page as widely known: header (Al-Monitor / Middle East / Gulf / Iran / Israel / Turkey / Podcasts / Subscribe), kicker "Gulf", headline, standfirst, wire credit "Agence France-Presse" and date "Dec. 2, 2026, 9:14 a.m. ET", body paragraphs opening with a dateline ("NEW YORK (AFP) —"), an inline "Read more: Headline" line, "Related Topics" chips, then "Most popular" numbered headlines and "Recommended" headline / standfirst pairs; CRLF, no final newline',
      'Wire credit in the header ("Agence France-Presse") is the outlet, byline null. The standfirst is paragraph 1; the dateline "NEW YORK (AFP) —" stays in paragraph 2\'s text. "Read more: …" is a link line, not an article. "Most popular" numbered headlines are teasers (number removed); "Recommended" items carry a standfirst (1 paragraph). Topic chips boilerplate. CRLF, no final newline.',eol='\r\n',final=False)
    d.L('Al-Monitor','Middle East   Gulf   Iran   Israel   Turkey   Podcasts','Subscribe','','Gulf')
    t,p=take(4); t='Analysis: '+t
    p2='NEW YORK (AFP) — '+p[1]
    d.L(t,p[0],'Agence France-Presse','Dec. 2, 2026, 9:14 a.m. ET','',p2,'',p[2],'')
    t2,_=take(0); d.L(f'Read more: {t2}','',p[3],'','Related Topics','Gulf   Iran   Oil and gas','','Most popular')
    d.A(t,'Agence France-Presse','Dec. 2, 2026, 9:14 a.m. ET',None,[p[0],p2,p[2],p[3]])
    for i in range(5):
        t,_=take(0); d.L(f'{i+1}. {t}'); d.A(t)
    d.L('','Recommended')
    for i in range(3):
        t,p=take(1); d.L(t,p[0],''); d.A(t,None,None,None,p)
    d.L('© 2026 Al-Monitor, LLC. All rights reserved.')
    n[d.name]=d.write()
    # ---------- article-page-3 Jakarta Post
    d=Dump('article-page-3','article-page','The Jakarta Post (thejakartapost.com) world article page as widely known: header (The Jakarta Post / Indonesia / Business / Opinion / World / Culture / Subscribe), kicker "World", headline, standfirst, byline with agency "Name, Reuters", place and date line "London\\u00a0\\u00a0●\\u00a0\\u00a0Wed, December 2, 2026", "Share this article", body paragraphs with two inline "Read also: Headline" lines, "Topics :" chips, "Related Articles" headlines and a "Popular" list with ages; LF, NBSP',
      'Byline "Name, Reuters": byline the name, outlet Reuters (README trailing outlet). Published is the date after the place and the bullet ("Wed, December 2, 2026"). Standfirst is paragraph 1. "Read also: …" lines are link lines like "Read more:", not articles. "Related Articles" headlines teasers; "Popular" rows headline then age. LF, NBSP in the place line.')
    d.L('The Jakarta Post','Indonesia   Business   Opinion   World   Culture','Subscribe','','World')
    t,p=take(4); by=name()
    d.L(t,p[0],f'{by}, Reuters','London\u00a0\u00a0●\u00a0\u00a0Wed, December 2, 2026','Share this article','',p[1],'')
    ra,_=take(0); rb,_=take(0)
    d.L(f'Read also: {ra}','',p[2],'',f'Read also: {rb}','',p[3],'','Topics :','Europe   Diplomacy   Economy','','Related Articles')
    d.A(t,'Reuters','Wed, December 2, 2026',by,p)
    for i in range(3):
        t,_=take(0); d.L(t); d.A(t)
    d.L('','Popular')
    for age in ['2 hours ago','5 hours ago','7 hours ago','Yesterday']:
        t,_=take(0); d.L(t,age); d.A(t,None,age)
    d.L('','Copyright 2026 The Jakarta Post')
    n[d.name]=d.write()
    return n
