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
Meta lays off thousand workers'''.split('\n')}
FIXT=[('Victor hill','Victor Hill'),('Da declines','DA declines'),('Virgin river','Virgin River'),('state of the Union Address','State of the Union address'),
('state of the Union','State of the Union'),('Liberal television','liberal television'),('Powerful Typhoon','Powerful typhoon'),('Delaware river','Delaware River'),('miles bridges','Miles Bridges'),
('Sundays','Sunday’s'),('UCLA northwestern','UCLA Northwestern'),('UK bulgarians','UK Bulgarians'),('chip Flynn','Chip Flynn'),('Colorado river States','Colorado River states'),
('Grand jury','grand jury'),('Foreign Adversary','foreign adversary'),('SoFi stadium','SoFi Stadium'),('trip house','trip House'),('Why its important','Why it’s important'),
('Thomas lane','Thomas Lane'),('Aaron judge','Aaron Judge'),('California Sea Otter','California sea otter'),('Help US report','Help us report'),('Mississippi va clinic','Mississippi VA clinic'),
('JD Vance house','JD Vance House'),('Everything everywhere all at once','Everything Everywhere All at Once'),('Artists Unite','Artists unite'),('Holy shrine','holy shrine'),
('Is best buy','Is Best Buy'),('US National security','US national security'),('Rail Union','Rail union'),('god of war','God of War'),('Nations best','nation’s best'),('Amy grant','Amy Grant'),
('Kennedy center','Kennedy Center'),('Lake Arizona','lake Arizona'),('Justice system','justice system'),('quiet girl','Quiet Girl'),('College Football','College football'),('March for life','March for Life'),
('Republican house','Republican House'),('Speaker house','Speaker House'),('Biden delegates','Biden delegates'),('Hawaii governor','Hawaii Governor'),('January Committee','January committee'),('Prime day','Prime Day'),('Cape coral','Cape Coral'),('care polis','care Polis'),('Lake effect','lake-effect'),('Texas tech rallies wild ot','Texas Tech rallies wild OT'),('Queens corona','Queens Corona'),('house its not','house it’s not'),('fathers car','father’s car'),('Why were Americas secrets on paper its complicated','Why were America’s secrets on paper? It’s complicated'),('Trump Warrior dividend','Trump warrior dividend'),('Zaporizhzhia Nuclear plant','Zaporizhzhia nuclear plant'),('McCarthy house Foreign','McCarthy House Foreign')]
def fix(t):
    for a,b in FIXT: t=t.replace(a,b)
    return t
