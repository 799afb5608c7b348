# hand fixes found while reading: slugs skipped (cut by the corpus, numbers lost, unreadable) and casing fixed
SKIP={s.lower() for s in '''Robert blake in cold blood actor dies at age
Stay in a state mental health hospital nc
Open this is face the nation with Margaret Brennan August
Day work week UK trial
Thailand child care center shooting leaves at least dead
Boat Haitian migrants Bahamas at least dead
Girls years charged Toronto fatal
Minutes visits deep Springs college
Supreme Court delays the end of title policy migrants border
Immigration policy title Biden US Mexico border
Huey piano Smith session man hit maker dead
Ti tiny deny sexual assault lawsuit drugging allegations
Will DeSantis run president campaign Trump
Can Biden delegates votes for Harris
Is your water or power being shut off you have options
Arizona Gov Katie Hobbs discusses title concerns on the takeout
Four immigrants who sought sanctuary in churches no longer face deportation fine
Bill give New York Nations best paid legislature
Liz Cheney Wyoming primary January Committee Enda
Title expires asylum US border Texas
Amid housing crises vacation towns limit short term
Journalist killed in northern Mexico to die this year
Today history August Jacob Blake shot Kenosha
Tokyo fashion week aw street style
Belarus Nobel Peace Prize laureate sentenced to years in prison
Meta lays off thousand workers
People dead home explodes Indiana officials investigation
Woman survives foot fall in San Gabriel mountains
Bus catches fire India killing injuring
Vehicle accident in southern Egypt kills injures
Supreme Court social media section
At least killed in deadliest day of Peru anti government protests
Ask Amy friend alcoholic wife
Hostage negotiations continue as the scheduled day truce is set to end
Kirby club restaurant review va
Secret Service subpoena Jan Committee
What is in Jan Committee report summary
Jack Smith Trump Jan indictment
Peter Navarro Trump Jan prison subpoena
Nets win straight beating short handed Hawks
Ukraine Russia war news look back at day of Vladimir Putin invasion
Scottish officials families Lockerbie victims told Libyan suspected
Strong winds feet snow forecast Sierra Nevada
Norway UPS military preparedness cites vigilance
Beryl made landfall in Texas as a category hurricane
Texas Abbott Attorney General Scott Paxton
Should rail and bus be free Karen Bass may soon decide
Is Indonesian food finally having its moment Los Angeles
Watch state of Union Address
Collins Saint Louis hold off Memphis line
Coalition urges house to reject kids act compromise
US headed to Bay Area
Police kill North Central Mexico agent slain
Earthquake quake strikes in Los Angeles
Planned Parenthood volunteer escorts abortion what matters
Cuba seeks World Cup qualification century
Climate net zero Amazon rainforest Brazil cycling
Earthquake hits Indonesia killing restaurant collapses
This week on Sunday morning November
Idaho murders Bryan Kohberger extradition hearing Attorney
Don Carey Maryland shooting slump
Today history October China arrests gang
Singer strikes career high royals beat Rays
US study half car crash victims drugs system
Biden administration again designates the Houthi militants a global terrorist Gr
Police suspect mass shooting July parade fled Madison
Israeli caretaker Premier Lapid Israel tolerance attacks Gaza
Over arrested in France as protests continue
Eye opener firefighters battle Oak fire burning near Yosemite
Leading off Gibson dealt cards Gray area Texas
Secretary of State Antony Blinken Ukraine weapons minutes
Chelsea coach Potter reaches critical point losses Mount
Dead in shooting attack on Mexico drug rehab center
American woman cow Moscow Russia
Dead escape rebel attack eastern Congo prison
Peacekeepers kill wound border post Congo
Hern is out on ballot Speaker
Japan South Korea Fukushima China economy Saudi migrants
Sudan strikes deal with UAE firms for billion port
Tigray Ethiopia casualty death Ukraine Russia
Dead in Peru as anti government protests resume
James season high points lead Lakers Spurs
Searching answers protesters rally Justice after year old shot by police
Afghanistan allies house support Waltz Jackson
Young Spain squad makes World Cup debut Costa
Facebook Instagram dangerous content minutes
Bus crash falls off bridge Pakistan dead
Government gunmen North Nigeria kill people
Sandy Hook parents fight for change years after tragedy
Seattle welcomes back playoffs MS skip elimination
Florida wins straight tops South Carolina st
Fire Indonesian oil depot kills thousands evacuated
Secretary General world failed strife torn Myanmar
Tiger Woods part celebration champions st Andrews
Case source Trump dossier advances barely
Las Vegas Asia tells casinos grow gambling
Harry met Sally iron man added film registry
Roughly customers became stranded at a Walmart in Ontario Canada
Tylenol murders investigation new DNA tests years later
Kitchen fresh start organization cleaning
You think of dying at any time
What made Harvey Weinstein monster does it matter
Election may be similar to if Trump is the GOP nominee
Governor declares emergency in Sudan province after killed
Is claims responsibility for Kabul attack that killed
Extreme drought eliminated California wake Atmospheric river
Virginia school reopens weeks after year old shot teacher
Biden Obamacare Canada Trump hush money
An aggressive treatment for AIDS minutes Archive
GPS college campus protests over Gaza
EU freeing Senator Manila trade incentives
Charged with domestic terrorism after protest at COP city site outside Atlanta
Paradise Bronx review Ian Frazier
Latvia topple Soviet era monument week Estonia
A century approach to health care
Amazon Google Facebook Twitter social media online
Ukraine news Russia war Zaporizhzhia Nuclear Power plant caught in Middle
Night doctrine documentary traces reporting Afghanistan zero units
Do you qualify Biden student debt forgiveness explained
Isaiah Wong leads Miami past st Francis
UK Treasury chief delays planned economic statement meant
Wildfire risk homeowners state County
China protests COVID Ukraine drugs Britain
Russian landing ship appears damaged in Sea drone attack
Does China fear Trump or Biden more US presidential election campaign'''.split('\n')}
FIXT=[('Victor hill','Victor Hill'),('Da declines','DA declines'),('Virgin river','Virgin River'),('state of the Union Address','State of the Union address'),
('state of the Union','State of the Union'),('Liberal television','liberal television'),('Powerful Typhoon','Powerful typhoon'),('Delaware river','Delaware River'),('miles bridges','Miles Bridges'),
('Sundays','Sunday’s'),('UCLA northwestern','UCLA Northwestern'),('UK bulgarians','UK Bulgarians'),('chip Flynn','Chip Flynn'),('Colorado river States','Colorado River states'),
('Grand jury','grand jury'),('Foreign Adversary','foreign adversary'),('SoFi stadium','SoFi Stadium'),('trip house','trip House'),('Why its important','Why it’s important'),
('Thomas lane','Thomas Lane'),('Aaron judge','Aaron Judge'),('California Sea Otter','California sea otter'),('Help US report','Help us report'),('Mississippi va clinic','Mississippi VA clinic'),
('JD Vance house','JD Vance House'),('Everything everywhere all at once','Everything Everywhere All at Once'),('Artists Unite','Artists unite'),('Holy shrine','holy shrine'),
('Is best buy','Is Best Buy'),('US National security','US national security'),('Rail Union','Rail union'),('god of war','God of War'),('Nations best','nation’s best'),('Amy grant','Amy Grant'),
('Kennedy center','Kennedy Center'),('Lake Arizona','lake Arizona'),('Justice system','justice system'),('quiet girl','Quiet Girl'),('College Football','College football'),('March for life','March for Life'),
('Republican house','Republican House'),('Speaker house','Speaker House'),('Biden delegates','Biden delegates'),('Hawaii governor','Hawaii Governor'),('January Committee','January committee'),('Prime day','Prime Day'),('Cape coral','Cape Coral'),('care polis','care Polis'),('Lake effect','lake-effect'),('Texas tech rallies wild ot','Texas Tech rallies wild OT'),('Queens corona','Queens Corona'),('house its not','house it’s not'),('fathers car','father’s car'),('Why were Americas secrets on paper its complicated','Why were America’s secrets on paper? It’s complicated'),('Trump Warrior dividend','Trump warrior dividend'),('Zaporizhzhia Nuclear plant','Zaporizhzhia nuclear plant'),('McCarthy house Foreign','McCarthy House Foreign')]
FIXT+=[('York da ', 'York DA '), ('At freedom house', 'At Freedom House'), ('Reagan national Airport', 'Reagan National Airport'), ('II Vet', 'II vet'), ('House freedom caucus', 'House Freedom Caucus'), ('abortion dei', 'abortion DEI'), ('presents de Niro', 'presents De Niro'), ('says hell skip', 'says he’ll skip'), ('Miami dolphins', 'Miami Dolphins'), ('He should endorse me Trump speaks', '‘He should endorse me’: Trump speaks'), ('New York Police officer', 'New York police officer'), ('purple heart', 'Purple Heart'), ('keep am radio', 'keep AM radio'), ('spending States', 'spending states'), ('ritz Carlton', 'Ritz-Carlton'), ('La times', 'LA Times'), ('Puerto Rico the exodus', 'Puerto Rico: the exodus'), ('testifying house', 'testifying House'), ('permanent States', 'permanent states'), ('La to Vegas', 'LA to Vegas'), ('Colorado river deal', 'Colorado River deal'), ('baby Formula', 'baby formula'), ('Korea fair Trade', 'Korea Fair Trade'), ('Hong Kong Airport', 'Hong Kong airport')]
FIXT+=[('California Affordable', 'California affordable'), ('Republican States', 'Republican states'), ('Metro purple line', 'Metro Purple Line'), ('Who is most at risk for melanoma', 'Who is most at risk for melanoma?'), ('UK Minister', 'UK minister'), ('New Jersey devils', 'New Jersey Devils'), ('Was succession election episode real', 'Was ‘Succession’ election episode real?'), ('murdered indigenous', 'murdered Indigenous'), ('they re ', 'they’re '), ('concealed carry improvement act', 'Concealed Carry Improvement Act'), ('La County', 'LA County'), ('Cygnus Space Station', 'Cygnus space station'), ('presidential election in Chad', 'presidential election in Chad?')]
FIXT+=[('over governments legal','over government’s legal'),('Ny congressman','NY congressman'),('leaving Kensington palace','leaving Kensington Palace?'),('groups Slam','groups slam')]
FIXT+=[('grand jury rust', 'grand jury Rust'), ('Israel Army raids', 'Israeli army raids'), ('sanitation Department', 'Sanitation Department'), ('inflation reduction act', 'Inflation Reduction Act'), ('these black men', 'these Black men'), ('odds black women', 'odds Black women')]
FIXT+=[('College board','College Board')]
def fix(t):
    for a,b in FIXT: t=t.replace(a,b)
    if t[0].islower(): t=t[0].upper()+t[1:]
    return t
# holdout14 reading, round 1
SKIP|={s.lower() for s in '''Jan Proud Boys trial FBI informant
Biden abortion year old rape victim
Homeland Security Secretary talks immigration policy after title expires
Tropical Storm Ma headed southeastern China
Indonesian officials earthquake main island Java kills
Red flag laws gun violence Justice Department million
Republican candidates Israel Gaza Hamas Ukraine Russia China Taiwan
Gaza Israel Biden Ukraine Hungary
Police officers killed injured overnight shooting
Tom Cotton TikTok CEO Singapore China
Election Los Angeles Council district voter guide Alcaraz Padilla
Texas drove Chinese firm wind farm planned
Trump Fox News Rupert Murdoch Biden
Illinois brothers face charges Jan Capitol riot
Retirement finances power of Attorney
New magnitude earthquake hits turkeys Hatay Province
Sri Lanka leader proposes year plan crisis
Is deadliest year on record for Mexican journalists
Could Supreme Court give Republicans more control over how run elections
Is a big election year around the globe will democracy win
Inflation consumer prices gas groceries rent insurance economy
Iran sentences Belgian aid worker to years lashes
At least killed after powerful storms hit South
Kroger seeks create US grocery giant billion
US dollar equal euro impact felt
Democrats candidates Joe Biden campaign
Tuberculosis TB treatment vaccine diagnosis
Mexican police find bodies pits thermal Springs
Sri Lanka global crisis economic Ukraine Russia
January committee postpones scheduled hearing Oath Keepers trial
Tonga issues tsunami alert magnitude earthquake strikes
Biden congressional black caucus House Republicans Omar
Looking back at the Emmys what won for Comedy Series years ago
Brussels shooting that left dead being investigated as terror attack
Federal Reserve December meeting final
Winter weather snow storm blizzard conditions ice cold travel uncertainty
Leonard cure shooting Georgia body Cam
Seeks extension key Ukraine Russia wartime grain deal
Shot dead wounded Atlanta apartment complex
Capitals sharks Super Bowl Sunday
England Wales Police racism Strip searches
Red Sox win straight fourth July beat
Politics campaign finance election media
Survivors still uncovered days after Turkey quake
Years ago a scientific discovery changed the world
Ukraine helicopter crash near kindergarten at least dead including kids top Minister
Man charged killing mother Sea remain detained
Climate change US floods what matters
US oil Iran China DOJ
Wells Fargo to pay billion over mistreatment of its customers
Republicans Speaker House McCarthy Scalise Jordan
Do fireworks affect air quality pollution July
Trump fined fraud trial ny
Million in US face below freezing temperatures
China United States India Japan population
Space news Moon NASA Time Zone White House
High school boys soccer southern section playoff results Saturday
NFL Roundtable Chargers Justin Herbert blame rams running attack NFC playoffs
Iran Egypt World Cup pride Seattle Washington state ballot measures
California election community college measure la results
Hybrid work office life remote home schedule
Election Republicans Affordable Care Act Obamacare
Fox News Donald Trump Rupert Murdoch
COVID title border migrants Biden
Obama Georgia Biden Harris Pennsylvania
Lakers Warriors NBA playoff tickets expensive LeBron James Stephen Curry
Los Angeles firefighters critically injured truck explosion making progress
Republicans flag burning protesters Hamas
Washington Nationals Los Angeles Dodgers
UK recession economy inflation tax rises energy prices
Trump criminal civil cases lawsuits'''.split('\n')}
FIXT+=[('Monterey park','Monterey Park'),('Blue devils','Blue Devils'),('Buy an electric car save the planet not quite','Buy an electric car, save the planet? Not quite'),
 ('When will Ukraine Russia war end','When will the Ukraine-Russia war end?'),('Rep George Santos','Rep. George Santos'),('Blue State Border towns','blue state border towns'),
 ('Jeff shell','Jeff Shell'),('Golden gate fields','Golden Gate Fields'),(' of the house',' of the House'),(' in the house',' in the House'),(' house GOP',' House GOP'),
 ('announces house will','announces House will'),('retiring house','retiring House'),('Committee house vote','Committee House vote'),('Death Valley hurricane','Death Valley Hurricane'),
 ('refuse to certify an election','refuse to certify an election?'),('Newport news','Newport News'),('Unification church','Unification Church'),('The fed held','The Fed held'),
 ('County da office','County DA office'),('southern section','Southern Section'),('criminal Justice','criminal justice'),('screen actors Guild','Screen Actors Guild'),
 ('time person of the year','Time Person of the Year'),('first Republic bank','First Republic Bank'),('shopping black Friday','shopping Black Friday'),('pro choice','pro-choice'),
 ('Public Defenders low','Public defenders low'),('SPA bombing','spa bombing'),('play jets','play Jets'),('Whole foods','Whole Foods'),('High point murder','High Point murder'),
 ('western lakes Golf','Western Lakes Golf'),('mixed fed meeting','mixed Fed meeting'),('Mauna Lao','Mauna Loa'),('Center for public integrity','Center for Public Integrity'),
 ('What we know Newport','What we know: Newport')]
# round 2
SKIP|={s.lower() for s in '''US seeks possession Venezuelan grounded Argentina
Honda LG build battery plant hire
Asbestos Sydney Australia Taylor Swift
Debt consolidation what is how does it work
Air space museum reopen October
Ovechkin reaches goals capitals beat Blackhawks
Cyprus announces detected monkeypox case
Leslie Jordan comedian Emmy winning Grace actor dies
College baseball coaches players facing uncertain times draft moved July
Witness Walmart shooter target people
Robinhood IRA retirement account percent match
Garland Cavaliers agree year million extension
Biden make trip US Mexico border president Sunday
Today history August deadly post office rampage
AP source Carlos Correa giants reach
Open this is face the nation with Margaret Brennan Jan
World Cup betting Las Vegas higher expected
Time Ravens hold late Cleveland'''.split('\n')}
FIXT+=[('These States could','These states could'),('Civic center','Civic Center'),('become thing of','become a thing of'),('Only murders in the building','Only Murders in the Building'),
 ('on parents rights','on parents’ rights'),('looking for Justice','looking for justice'),('The future of healthcare how','The future of healthcare: how'),('with ex leaders','with ex-leaders'),
 ('six Prime time games','six prime-time games'),('Michael block','Michael Block'),('for International Rescue','for international rescue'),('Tennessee black caucus','Tennessee Black Caucus'),('GOP Strategist','GOP strategist')]
# round 3
SKIP|={s.lower() for s in '''US clinics halted abortions Institute
German health Minister urges stepped COVID measures
Convoy of life Sunday on minutes
Capitol hill spending bill Jan Committee report year end
Advocates seek opioid settlements spent
Protests German village make coal mine
Dana wolf Holocaust Remembrance Day Auschwitz
Fresno woman boyfriend arrested deaths sister baby
Lake Hook witness fees failed challenge
DNC Biden Clinton Harris for the people Democrats Convention Chicago election
Fire breaks at landmark Istanbul hotel no injuries reported
Mother searching for closure after year old sons shooting death
Drug discovery is about to get faster thank AI
Jared Kushner January grand jury testimony
Israel Palestine Middle East Gaza ceasefire
Wisconsin man charged Gov Whitmer plot change plea
Ancient human remains appear Hutchinson island following strong surf hurricane Nicole native
Off duty NYPD officer fighting life after shot'''.split('\n')}
FIXT+=[('Vote a Rama','Vote-a-rama'),('Congress undecided Wisconsin','Congress undecided, Wisconsin'),('the fourth of July','the Fourth of July'),('Checking accounts everything','Checking accounts: everything'),
 ('Endangered Sea turtles','Endangered sea turtles'),('rolling Hills','Rolling Hills'),('control bird flu vaccinate','control bird flu? Vaccinate'),('the respect for marriage act','the Respect for Marriage Act'),
 ('Biden can Unite','Biden can unite'),('plan for Sea border','plan for sea border')]
# round 4
SKIP|={s.lower() for s in '''Twitter Blue check mark removes from users who don’t pay
Twitter Blue check mark removes from users who dont pay
Jazz rally beat wolves ot reunion
Offered German defenses Poland Ukraine
Monkeypox cases million more vaccine doses
Mayor Karen Bass homelessness first days'''.split('\n')}
FIXT+=[('Roger ng','Roger Ng'),('rescues so difficult','rescues so difficult?'),('Fences actress','‘Fences’ actress'),('Sixth street viaduct','Sixth Street viaduct'),('husbands truck','husband’s truck')]
FIXT+=[('injury jets bills','injury Jets Bills')]
SKIP|={'eye opener mccarthy wins speaker vote'}
