"""Recall of the verb/noun lexicon for the weaker CAMEO roots (06-10, 14-16, 18).

Our own development sentences, written from the CAMEO 1.1b3 code descriptions and usual
news phrasing: each must yield the expected (source country, target country, root). A
``None`` target means the act names no foreign target (domestic acts); then only source
and root are checked, since filling in a domestic target is the coder's job, not the
lexicon's.
"""

from __future__ import annotations

import pytest

from detente.coding import Coder
from detente.records import Article

CASES = [
    ("Modi invited the Sri Lankan foreign minister to New Delhi for talks on fisheries.", ("IND", "LKA", "03")),
    ("Kenya's president invited his Somali counterpart to Nairobi.", ("KEN", "SOM", "03")),
    ('Egypt gave clearance to Iranian warships to transit the Suez Canal.', ('EGY', 'IRN', '08')),
    ('Turkey granted permission to Sweden to join NATO.', ('TUR', 'SWE', '08')),
    ('Indian troops returned fire at Pakistani posts along the Line of Control.', ('IND', 'PAK', '19')),
    ('The U.S. and Philippine navies held joint maneuvers in the South China Sea.', ('USA', 'PHL', '06')),
    ('The EU adopted a new package of sanctions against Belarus on Monday.', ('IGO', 'BLR', '16')),
    ('Washington slapped tariffs on Brazilian coffee.', ('USA', 'BRA', '16')),
    ('Kazakh President Tokayev and Uzbek President Mirziyoyev spoke by telephone on Monday.', ('KAZ', 'UZB', '04')),
    ('French and Indian warships began joint naval exercises in the Arabian Sea.', ('FRA', 'IND', '06')),
    ('Russia and China staged joint war games in the Sea of Japan on Monday.', ('RUS', 'CHN', '06')),
    ('Kenya extradited the genocide suspect to Rwanda on Thursday.', ('KEN', 'RWA', '06')),
    ('Colombia shared intelligence with Ecuador on drug trafficking routes.', ('COL', 'ECU', '06')),
    ("Mexico granted political asylum to Bolivia's former president.", ('MEX', 'BOL', '07')),
    ('Brazil gave asylum to a former Peruvian prime minister.', ('BRA', 'PER', '07')),
    ('The World Bank disbursed $500 million to Pakistan for flood reconstruction.', ('IGO', 'PAK', '07')),
    ('India dispatched medical teams and relief supplies to Nepal after the earthquake.', ('IND', 'NPL', '07')),
    ('Japan sent emergency relief supplies to Turkey on Tuesday.', ('JPN', 'TUR', '07')),
    ("Qatar delivered fuel to Gaza's only power plant.", ('QAT', 'PSE', '07')),
    ('Thai authorities lifted the curfew in Bangkok on Sunday.', ('THA', 'THA', '08')),
    ('Sri Lanka shortened the nightly curfew in Colombo.', ('LKA', 'LKA', '08')),
    ("Myanmar's junta released 5,000 political prisoners in an amnesty.", ('MMR', None, '08')),
    ('Iran freed a French aid worker after two years in detention.', ('IRN', 'FRA', '08')),
    ('Russia returned 20 Ukrainian children to Ukraine.', ('RUS', 'UKR', '08')),
    ('Russia opened a humanitarian corridor into Mariupol for Ukrainian civilians.', ('RUS', 'UKR', '08')),
    ('Israel allowed aid convoys into Gaza through the Kerem Shalom crossing.', ('ISR', 'PSE', '08')),
    ('Ethiopia withdrew its troops from Somalia.', ('ETH', 'SOM', '08')),
    ('Armenia handed over three villages to Azerbaijan.', ('ARM', 'AZE', '08')),
    ('Prosecutors in Peru opened an investigation into President Dina Boluarte.', ('PER', 'PER', '09')),
    ('The International Criminal Court opened an inquiry into alleged crimes in Myanmar.', ('IGO', 'MMR', '09')),
    ('An Argentine judge placed former president Cristina Fernandez under investigation.', ('ARG', 'ARG', '09')),
    ("The IAEA inspected Iran's Fordow enrichment plant.", ('IGO', 'IRN', '09')),
    ('Turkish prosecutors launched a probe into the Swedish consulate.', ('TUR', 'SWE', '09')),
    ('Iran demanded that Britain release the seized tanker.', ('IRN', 'GBR', '10')),
    ('Pakistan insisted that India hand over the suspects.', ('PAK', 'IND', '10')),
    ('Russia pressed Libya for the release of two Russian sociologists.', ('RUS', 'LBY', '10')),
    ('The European Union demanded an explanation from Belarus.', ('IGO', 'BLR', '10')),
    ('Kosovo insisted on recognition by Serbia.', ('KSV', None, '10')),
    ('Palestinian prisoners in Israeli jails went on hunger strike.', ('PSE', None, '14')),
    ('Jailed Kurdish politicians in Turkey began a hunger strike.', ('TUR', 'TUR', '14')),
    ('Chilean copper miners went on strike.', ('CHL', None, '14')),
    ('Nigerian unions staged a nationwide strike over fuel prices.', ('NGA', 'NGA', '14')),
    ('Farmers blocked roads across France in protest against the trade deal.', ('FRA', 'FRA', '14')),
    ('Georgian students occupied the main square in Tbilisi.', ('GEO', None, '14')),
    ('Teachers in Argentina held a 24-hour stoppage over wages.', ('ARG', 'ARG', '14')),
    ('Armenian opposition supporters took to the streets of Yerevan.', ('ARM', None, '14')),
    ('North Korea put its troops on high alert.', ('PRK', None, '15')),
    ('Taiwan raised the alert level of its armed forces.', ('TWN', None, '15')),
    ('Israel called up 300,000 reservists.', ('ISR', None, '15')),
    ('India moved additional troops to the border with China.', ('IND', 'CHN', '15')),
    ('China staged war games around Taiwan.', ('CHN', 'TWN', '15')),
    ("Iran's Revolutionary Guards began military exercises in the Strait of Hormuz.", ('IRN', None, '15')),
    ('Russia dispatched warships to the coast of Syria.', ('RUS', 'SYR', '15')),
    ('Azerbaijan sent reinforcements to the border with Armenia.', ('AZE', 'ARM', '15')),
    ('Lithuania recalled its ambassador from China.', ('LTU', 'CHN', '16')),
    ('Niger expelled the French ambassador.', ('NER', 'FRA', '16')),
    ('Algeria withdrew its ambassador to France.', ('DZA', 'FRA', '16')),
    ('Estonia declared a Russian diplomat persona non grata.', ('EST', 'RUS', '16')),
    ('Britain scaled back aid to Rwanda.', ('GBR', 'RWA', '16')),
    ('Sweden stopped aid to the Palestinian Authority.', ('SWE', 'PSE', '16')),
    ('Chad ended military cooperation with France.', ('TCD', 'FRA', '16')),
    ('The Netherlands slashed development aid to Burundi.', ('NLD', 'BDI', '16')),
    ('Militants kidnapped five Chinese workers in northern Nigeria.', ('NGA', 'CHN', '18')),
    ('Al-Shabaab militants abducted two Kenyan teachers.', ('SOM', 'KEN', '18')),
    ('Taliban fighters planted roadside bombs along the highway in Afghanistan.', ('AFG', 'AFG', '18')),
    ('Boko Haram carried out a suicide bombing in Maiduguri, Nigeria.', ('NGA', 'NGA', '18')),
    ("Houthi rebels attempted to assassinate Yemen's defence minister.", ('YEM', 'YEM', '18')),
    ('Syrian jailers subjected Lebanese detainees to beatings and torture.', ('SYR', 'LBN', '18')),
    ('Hamas used Palestinian civilians as human shields.', ('PSE', 'PSE', '18')),
    ('Colombian rebels set off a bomb outside a police station in Cali.', ('COL', None, '18')),
    ('Russia ceded control of the island to Finland.', ('RUS', 'FIN', '08')),
    ('Israel lifted the siege on the Palestinian town of Jenin.', ('ISR', 'PSE', '08')),
    ('Ukrainian forces abandoned their positions near the Russian border.', ('UKR', None, '08')),
    ('Iran repatriated the bodies of Iraqi soldiers to Iraq.', ('IRN', 'IRQ', '08')),
    ('The United States unfroze Iranian assets held in South Korea.', ('USA', 'IRN', '08')),
    ('The United Nations set up an inquiry into abuses by Eritrean troops.', ('IGO', 'ERI', '09')),
    ('UN experts carried out an inspection of the Zaporizhzhia plant in Ukraine.', ('IGO', 'UKR', '09')),
    ('Serbian protesters poured into the streets of Belgrade.', ('SRB', None, '14')),
    ('Cuba put its armed forces on standby.', ('CUB', None, '15')),
    ('Russia has concentrated more troops near the Ukrainian border.', ('RUS', 'UKR', '15')),
    ('Militants hacked two Christian farmers to death in Nigeria.', ('NGA', None, '18')),
    ('Iraqi militiamen mistreated detained Kurdish journalists.', ('IRQ', None, '18')),
    ('Washington resumed military assistance to Ukraine.', ('USA', 'UKR', '07')),
]

# Phrasings that share words with the new entries but are not the new acts.
# generic transfers, trade halts, rejections, suspensions (own sentences)
CASES += [
    ('Spain provided Morocco with two patrol boats last year.', ('ESP', 'MAR', '07')),
    ('Egypt bought 30 fighter jets from France in 2021.', ('EGY', 'FRA', '06')),
    ('Norway shipped liquefied gas to Poland through the Baltic Pipe.', ('NOR', 'POL', '06')),
    ('Turkey rushed tents and blankets to Syria after the floods.', ('TUR', 'SYR', '07')),
    ('Canada announced new humanitarian aid for Lebanon on Monday.', ('CAN', 'LBN', '07')),
    ('Saudi Arabia pledged 5 billion dollars in reconstruction aid for Syria.', ('SAU', 'SYR', '03')),
    ('Bangladesh contributed troops to the UN mission in South Sudan.', ('BGD', None, '07')),
    ('South Korea suspended imports of Japanese beef over safety concerns.', ('KOR', 'JPN', '16')),
    ("Serbia brushed aside Kosovo's demand for an apology.", ('SRB', 'KSV', '12')),
    ('ECOWAS suspended Niger from its decision-making bodies after the coup.', ('IGO', 'NER', '16')),
    ("Burkina Faso's junta dissolved all political parties by decree.", ('BFA', None, '17')),
]

NOT_CODED = [
    ("The cabinet approved a loan for the new airport.", "07"),
    ("Russian troops occupied the town of Kherson.", "14"),
    ("Hackers hacked the foreign ministry's website in Estonia.", "18"),
    ("Sweden sent a team of investigators to Lithuania.", "07"),
    ("Chinese police opened fire on protesters in Lhasa.", "08"),
    ("The reporter provided readers with a timeline of the trial.", "07"),
]


# news phrasing review (own sentences): handovers to courts, prisoner swaps, delisting, silenced
# propaganda, live-fire drills, vessels operating near a state, licences revoked, warrants approved,
# vehicle bombs, mines, claimed attacks, inspectors barred, doors closed to talks
CASES += [
    ('Paraguay handed over the fugitive former president to Brazil.', ('PRY', 'BRA', '06')),
    ('Chad handed the former rebel commander over to the Central African Republic.', ('TCD', 'CAF', '06')),
    ('Armenia and Azerbaijan carried out a prisoner exchange on Wednesday.', ('AZE', 'ARM', '08')),
    ('The prisoner swap between Moscow and Kyiv took place on Friday.', ('RUS', 'UKR', '08')),
    ('The United States took Cuba off the terrorism blacklist.', ('USA', 'CUB', '08')),
    ('The UN Security Council removed the Yemeni rebel leader from its sanctions list.', ('IGO', 'YEM', '08')),
    ('North Korea dismantled the propaganda loudspeakers on its side of the border with South Korea.',
     ('PRK', None, '08')),
    ('Sri Lanka shortened the nightly curfew imposed after the riots.', ('LKA', None, '08')),
    ('China reminded Japan that it must honour its commitments on Taiwan.', ('CHN', 'JPN', '10')),
    ('Nurses staged a sit-in outside the health ministry in Ghana.', ('GHA', None, '14')),
    ('Russia announced live-fire exercises near Finland.', ('RUS', 'FIN', '15')),
    ('Chinese warships were spotted operating near the Japanese island of Yonaguni.', ('CHN', 'JPN', '15')),
    ('Chinese fighter jets crossed the median line in the Taiwan Strait.', ('CHN', 'TWN', '15')),
    ('Estonia reinforced its air defences against Russia.', ('EST', 'RUS', '15')),
    ('Venezuela revoked the licence of the Colombian broadcaster Caracol.', ('VEN', 'COL', '17')),
    ('A Turkish court approved warrants for the arrest of 20 Kurdish politicians.', ('TUR', None, '17')),
    ('Militants rammed an explosives-laden truck into a Somali army base.', ('SOM', 'SOM', '18')),
    ('Rebels laid landmines along the road in Myanmar.', ('MMR', None, '19')),
    ('Chinese coast guard ships rammed a Philippine supply boat.', ('CHN', 'PHL', '19')),
    ('Al-Shabaab claimed the attack on the Kenyan base.', ('SOM', 'KEN', '01')),
    ('Iran barred UN inspectors from its nuclear sites.', ('IRN', 'IGO', '12')),
    ('Kenya closed the door to talks with Somalia.', ('KEN', 'SOM', '12')),    ('The Asian Development Bank approved a $2 billion loan for Bangladesh.', ('IGO', 'BGD', '07')),
    ("The UAE deposited $3 billion in Egypt's central bank.", ('ARE', 'EGY', '07')),
    ('Turkey handed over the captured Russian pilot to Russia.', ('TUR', 'RUS', '08')),
    ('Britain sent military trainers to Ukraine.', ('GBR', 'UKR', '06')),
    ('Azerbaijan began supplying gas to Syria through Turkey.', ('AZE', 'SYR', '06')),
    ('China told its citizens to avoid travel to the Philippines.', ('CHN', 'PHL', '16')),
    ('Japan imposed export controls on South Korea.', ('JPN', 'KOR', '16')),
    ('Russia banned flights by Polish airlines.', ('RUS', 'POL', '16')),
    ('Belarus closed the Polish radio station in Grodno.', ('BLR', 'POL', '17')),
    ('Iran ruled out talks with the United States.', ('IRN', 'USA', '12')),
    ('North Korea launched a ballistic missile into the sea off its east coast.', ('PRK', None, '15')),
    ('Iran tested a new hypersonic missile.', ('IRN', None, '15')),
    ('South Africa filed a case against Israel at the International Court of Justice.', ('ZAF', 'ISR', '11')),
    ('Ghanaian prosecutors opened a case against the former finance minister.', ('GHA', None, '09')),
    ('Hamas rejected blame for the explosion at the hospital.', ('PSE', None, '01')),
    ('The United States granted India a waiver from sanctions on Iranian oil.', ('USA', 'IND', '08')),
    ('The African Union admitted Morocco as a member.', ('IGO', 'MAR', '05')),
    ('A Russian fighter jet violated Estonian airspace on Friday.', ('RUS', 'EST', '15')),
]


# round 2 (own sentences): armed clashes as bare event nouns, "the arrest of X by Y", mediation
# and joint drills as nouns, personal sanctions, persona non grata, dismissed complaints,
# judgement words, troop contributions, relief cargoes, violent protest, shutdowns, readmission,
# resumed trade, returned artefacts
CASES += [
    ('Clashes between Armenian and Azerbaijani soldiers left four dead on the border.', ('ARM', 'AZE', '19')),
    ('A gun battle between Venezuelan troops and Colombian guerrillas erupted near the frontier.',
     ('VEN', 'COL', '19')),
    ('Skirmishes between Ethiopian and Eritrean troops were reported near Badme.', ('ERI', 'ETH', '19')),
    ('A shootout between Mexican soldiers and Guatemalan smugglers left five dead.', ('GTM', 'MEX', '19')),
    ('The arrest of a French journalist by Turkish police drew protests.', ('TUR', 'FRA', '17')),
    ('The detention of two Canadian citizens by China angered Ottawa.', ('CHN', 'CAN', '17')),
    ('Qatari mediation between Rwanda and Congo produced a framework deal.', ('QAT', 'COD', '04')),
    ('The joint naval drills by India and France ended on Friday.', ('FRA', 'IND', '06')),
    ('Germany imposed visa bans on senior Iranian officials.', ('DEU', 'IRN', '16')),
    ('Travel bans were imposed by Canada on six Haitian gang leaders.', ('CAN', 'HTI', '16')),
    ("Lithuania declared Belarus's consul persona non grata.", ('LTU', 'BLR', '16')),
    ('Mexico dismissed the complaint from Washington as interference.', ('MEX', 'USA', '12')),
    ('Seoul shrugged off the warning from Pyongyang.', ('KOR', 'PRK', '12')),
    ('Tehran described the American sanctions as hypocritical.', ('IRN', 'USA', '11')),
    ('Caracas called the Guyanese claim a fantasy.', ('VEN', 'GUY', '11')),
    ('Hanoi described the Chinese survey as destabilizing.', ('VNM', 'CHN', '11')),
    ('Nepal pledged 800 soldiers to the UN mission in Lebanon.', ('NPL', None, '03')),
    ('Uruguay will contribute 200 police officers to the mission in Haiti.', ('URY', None, '03')),
    ('Ghana contributed a battalion to the peacekeeping force in Mali.', ('GHA', 'MLI', '07')),
    ('Jordan sent a convoy of trucks carrying flour into Syria.', ('JOR', 'SYR', '07')),
    ('Turkey dispatched a plane loaded with medical supplies to Libya.', ('TUR', 'LBY', '07')),
    ('Protesters hurled rocks and firebombs at police in Nairobi.', ('KEN', None, '14')),
    ('Opposition activists staged a general shutdown in Dhaka.', ('BGD', None, '14')),
    ('ECOWAS lifted the suspension of Guinea.', ('IGO', 'GIN', '08')),
    ('South Korea resumed imports of beef from Canada.', ('KOR', 'CAN', '08')),
    ('Germany handed back the Benin bronzes to Nigeria.', ('DEU', 'NGA', '08')),
]
# round 3 (breadth.tsv / nouns.tsv "round 3" blocks)
CASES += [
    ('Seoul put its talks with Tokyo on hold.', ('KOR', 'JPN', '16')),
    ('Ecuador suspended negotiations with Colombia.', ('ECU', 'COL', '16')),
    ('The Egyptian interior ministry removed the governor of Giza from his post.', ('EGY', None, '17')),
    ('Zambia nationalised a copper mine owned by a Swiss company.', ('ZMB', None, '17')),
    ('A Canadian company filed for arbitration against Tanzania.', ('CAN', 'TZA', '11')),
    ('A Dutch oil company launched arbitration against Kazakhstan.', ('NLD', 'KAZ', '11')),
    ('Sudan restored internet access in Khartoum after the protests.', ('SDN', 'SDN', '08')),
    ('Bolivia pulled its ambassador from Chile.', ('BOL', 'CHL', '16')),
    ('Croatian militias drove Serb communities out of the Krajina.', ('HRV', None, '20')),
    ('Burmese soldiers drove Rohingya villagers from their homes.', ('MMR', None, '17')),
    ('Thai marines fired warning shots after a Cambodian boat crossed the line.', ('THA', 'KHM', '15')),
    ('Pakistan repatriated 30 Indian fishermen through the Wagah border.', ('PAK', 'IND', '08')),
    ('Baku dismissed the remarks by the Armenian prime minister.', ('AZE', 'ARM', '12')),
    ('Iraqi militants used chlorine against Kurdish fighters.', ('IRQ', None, '20')),
    ('The Colombian government extended its ceasefire with the ELN.', ('COL', None, '08')),
    ('Israeli settlers beat a Palestinian shepherd with iron bars.', ('ISR', 'PSE', '18')),
    ('Heavy fighting between Congolese troops and M23 rebels broke out near Goma.', ('COD', 'COD', '19')),
    ('The massacre of Fulani herders by Dozo hunters in Mali drew condemnation.', ('MLI', None, '20')),
    ('A Chinese troop build-up near the Indian border worried New Delhi.', ('CHN', 'IND', '15')),
    ("Ghana's signing of a defence accord with Togo was welcomed.", ('GHA', None, '05')),
    ('Joint patrols by Nigerien and Chadian soldiers began along Lake Chad.', ('NER', 'TCD', '06')),
    ('The seizure of a Venezuelan oil tanker by American forces angered Caracas.', ('USA', 'VEN', '17')),
    ('Rwanda suspended the broadcasts of the BBC in Kinyarwanda.', ('RWA', None, '17')),
    ('Thai and Cambodian army commanders spoke over the hotline on Monday.', ('THA', 'KHM', '04')),
    ('The Egyptian government banned all activities of the Muslim Brotherhood.', ('EGY', None, '17')),
    ('Poland blocked an EU declaration on migration.', ('POL', None, '12')),
    ('The release of 30 political prisoners by Cuba was welcomed by the Vatican.', ('CUB', None, '08')),
]
NOT_CODED += [
    ("The government put the pension reform on hold.", "16"),
    ("The war ended years of fighting between Israel and Hezbollah.", "19"),
    ("Milei beat Massa in the runoff.", "18"),
    ("The release of the report by the UN was delayed.", "08"),
]
NOT_CODED += [
    ("The Louvre lent a Leonardo painting to a museum in Tokyo.", "07"),
    ("Police in Sweden arrested three teenagers after a shooting in Stockholm.", "17"),
    ("A French court sentenced a rapper to two years in prison for tax fraud.", "17"),
]
NOT_CODED += [
    ("Markets shrugged off the losses in Tokyo.", "12"),
    ("The navy sent two ships to the South China Sea.", "07"),
]

# round 4 (breadth.tsv / nouns.tsv "round 4" blocks; own 2025-26 style sentences)
CASES += [
    ('The European Union released 50 million euros in emergency aid for Myanmar.', ('IGO', 'MMR', '07')),
    ('Poland transferred its remaining MiG-29 fighter jets to Ukraine.', ('POL', 'UKR', '07')),
    ('Washington wired $200 million to Jordan in budget support.', ('USA', 'JOR', '07')),
    ('Saudi Arabia channelled relief funds to Yemen through the UN.', ('SAU', 'YEM', '07')),
    ('Russia furnished Venezuela with air defence missiles.', ('RUS', 'VEN', '07')),
    ('The World Food Programme distributed food parcels to families in Sudan.', ('IGO', 'SDN', '07')),
    ('Kuwait made a $50 million donation to Lebanon for reconstruction.', ('KWT', 'LBN', '07')),
    ('Egypt sent a field hospital to Libya after the floods.', ('EGY', 'LBY', '07')),
    ('Turkey handed over 200 tonnes of flour to Lebanese authorities.', ('TUR', 'LBN', '07')),
    ('The United States suspended tariffs on Mexican tomatoes.', ('USA', 'MEX', '08')),
    ('Britain removed sanctions on Syria\'s central bank.', ('GBR', 'SYR', '08')),
    ('Israel scaled down its military operation in southern Lebanon.', ('ISR', 'LBN', '08')),
    ('Azerbaijan halted its offensive against Armenian positions.', ('AZE', 'ARM', '08')),
    ('Greece dropped its objection to North Macedonia joining the EU.', ('GRC', 'MKD', '08')),
    ('Slovakia lifted its veto on the new EU sanctions package.', ('SVK', 'IGO', '08')),
    ('Russia returned two border villages to Belarus.', ('RUS', 'BLR', '08')),
    ('Iran set free two detained French teachers.', ('IRN', 'FRA', '08')),
    ('The UN Human Rights Council set up a fact-finding mission on Iran.', ('IGO', 'IRN', '09')),
    ('Peruvian prosecutors questioned former president Martin Vizcarra.', ('PER', None, '09')),
    ('Erdogan hit out at Israel over the flotilla raid.', ('TUR', 'ISR', '11')),
    ('Japan lashed out at China over the radar incident.', ('JPN', 'CHN', '11')),
    ('Spain took aim at Israel over the killings in Gaza.', ('ESP', 'ISR', '11')),
    ('Brazil took a swipe at the United States over the tariffs.', ('BRA', 'USA', '11')),
    ("Germany attacked Hungary's decision to block the package.", ('DEU', 'HUN', '11')),
    ("Britain gave its backing to Ukraine's peace plan.", ('GBR', 'UKR', '05')),
    ('French farmers blockaded the motorway around Lyon.', ('FRA', None, '14')),
    ('Kenyan protesters stormed the parliament in Nairobi.', ('KEN', None, '14')),
    ('Russian warships shadowed a Dutch frigate in the Baltic.', ('RUS', 'NLD', '15')),
    ('China held live-fire drills near Taiwan.', ('CHN', 'TWN', '15')),
    ('Russia moved heavy weaponry toward the Finnish border.', ('RUS', 'FIN', '15')),
    ('Armenia concentrated armour near the Azerbaijani border.', ('ARM', 'AZE', '15')),
    ('Russia rushed troops to the Kursk border with Ukraine.', ('RUS', 'UKR', '15')),
    ('Moldova expelled three Russian embassy staff.', ('MDA', 'RUS', '16')),
    ('The United States paused intelligence sharing with Colombia.', ('USA', 'COL', '16')),
    ('Turkey suspended trade with Israel.', ('TUR', 'ISR', '16')),
    ('Israel withheld tax revenues from the Palestinian Authority.', ('ISR', 'PSE', '16')),
    ('China imposed export curbs on Japan.', ('CHN', 'JPN', '16')),
    ('Canada slapped a surtax on Chinese steel.', ('CAN', 'CHN', '16')),
    ('Washington placed visa restrictions on Nicaraguan officials.', ('USA', 'NIC', '16')),
    ('Mali terminated its defence agreement with France.', ('MLI', 'FRA', '16')),
    ('Cambodia closed its border crossings with Thailand.', ('KHM', 'THA', '19')),
    ('Belarusian police took a Lithuanian journalist into custody.', ('BLR', 'LTU', '17')),
    ('Russian police placed an opposition activist under house arrest.', ('RUS', None, '17')),
    ('Israeli bulldozers flattened Palestinian homes near Hebron.', ('ISR', 'PSE', '17')),
    ('Iran shut down the internet across the country.', ('IRN', None, '17')),
    ('Belarus blocked the websites of Polish newspapers.', ('BLR', 'POL', '17')),
    ('Serbian police dispersed students outside the parliament in Belgrade.', ('SRB', None, '17')),
    ('Georgian riot police crushed the protest in Tbilisi.', ('GEO', None, '17')),
    ('Houthi rebels executed two captured Yemeni officers.', ('YEM', 'YEM', '18')),
    ('Belarusian guards beat a jailed Lithuanian activist.', ('BLR', 'LTU', '18')),
    ('Al-Shabaab militants detonated a truck bomb outside a Somali army base.', ('SOM', 'SOM', '18')),
    ('Israel carried out a targeted killing of a Hamas leader in Qatar.', ('ISR', 'PSE', '18')),
    ('The abduction of three Turkish engineers by Nigerian militants angered Ankara.', ('NGA', 'TUR', '18')),
    ('Russian troops laid siege to the Ukrainian town of Kupiansk.', ('RUS', 'UKR', '19')),
    ('Ukraine sank a Russian landing ship in the Black Sea.', ('UKR', 'RUS', '19')),
    ('Ukrainian drones destroyed a Russian radar near Crimea.', ('UKR', 'RUS', '19')),
    ('Ukrainian forces launched a counteroffensive against Russian troops near Pokrovsk.', ('UKR', 'RUS', '19')),
    ('Russian troops advanced into the Ukrainian region of Dnipropetrovsk.', ('RUS', 'UKR', '19')),
    ('Myanmar soldiers carried out mass killings of Rohingya villagers.', ('MMR', None, '20')),
]
NOT_CODED += [
    ("Pakistan's army released a statement on the border clashes.", "08"),
    ("Russia released its quarterly trade figures on Friday.", "08"),
    ("England's batsmen launched an assault on the Indian bowlers.", "19"),
    ("Germany and Spain battled to a goalless draw in Berlin.", "19"),
    ("A storm destroyed dozens of fishing vessels off Vietnam.", "19"),
    ("Floods destroyed bridges and roads in northern Pakistan.", "19"),
]

# round 4, second pass: data exchanges, relief by kind, donated vessels, waivers, vowed retaliation,
# buzzing aircraft, cancelled missions, suspended party activities, lifted blockades
CASES += [
    ('Egypt and Sudan exchanged intelligence on smuggling networks.', ('EGY', 'SDN', '06')),
    ('Uzbekistan sent humanitarian cargo to Afghanistan by rail.', ('UZB', 'AFG', '07')),
    ('Bangladesh provided 500 tonnes of rice to Myanmar.', ('BGD', 'MMR', '07')),
    ('South Korea gave the Philippines a retired corvette.', ('KOR', 'PHL', '07')),
    ('Washington waived sanctions on Iraqi imports of Iranian gas.', ('USA', 'IRQ', '08')),
    ('Iran vowed retaliation against Israel for the strike.', ('IRN', 'ISR', '13')),
    ('Chinese fighter jets buzzed a Canadian patrol aircraft over the East China Sea.', ('CHN', 'CAN', '15')),
    ('Australia cancelled a trade mission to China.', ('AUS', 'CHN', '16')),
    ("Niger's junta suspended the activities of all political parties.", ('NER', None, '17')),
]
NOT_CODED += [
    ("Nepal's prime minister released his memoir on Tuesday.", "08"),
]


# round 5 (codebook coverage probe; own sentences written from the CAMEO 1.1b3 code list):
# comments, optimism, options weighed, shared views, calls "had", go-betweens, apologies and
# recognition, information passed, helicopters sent, eased crackdowns and visa rules, martial law
# lifted, bills scrapped, aircraft returned, monitoring teams accepted, strikes paused, truces declared
# by two sides, demanded talks and releases, displeasure, fingers pointed, vetoes cast, deadlines,
# warned reprisals, rallies for a cause, avenues blocked, ties scaled back, lending halted, forces
# ordered or kicked out, missions and agencies expelled or banned, dams destroyed, entry bans,
# exchanged gunfire, nuclear and chemical agents, atrocities
CASES += [
    ("The State Department commented on China's new export rules on Monday.", ('USA', 'CHN', '01')),
    ("The EU's enlargement commissioner voiced optimism about Serbia's accession talks.", ('IGO', 'SRB', '01')),
    ('Britain is considering new sanctions against Russia.', ('GBR', 'RUS', '01')),
    ("France said it shared Germany's view on the EU budget.", ('FRA', 'DEU', '01')),
    ('Macron had a phone call with Zelensky on Sunday.', ('UKR', 'FRA', '04')),
    ('Oman acted as a mediator between Iran and the United States.', ('OMN', 'USA', '04')),
    ('Germany offered an apology to Namibia for the colonial-era genocide.', ('DEU', 'NAM', '05')),
    ('Armenia extended recognition to the State of Palestine.', ('ARM', 'PSE', '05')),
    ('Israel passed information on the plot to Jordan.', ('ISR', 'JOR', '06')),
    ('British officials briefed their French counterparts on the investigation.', ('GBR', 'FRA', '06')),
    ("Russia sent attack helicopters to Mali's army.", ('RUS', 'MLI', '07')),
    ('Belarus refused to ease its crackdown on the opposition.', ('BLR', None, '12')),
    ('China eased visa requirements for Japanese visitors.', ('CHN', 'JPN', '08')),
    ("South Korea's president lifted martial law.", ('KOR', None, '08')),
    ("Kenya's president scrapped the tax rises demanded by protesters.", ('KEN', None, '08')),
    ('The United States returned the seized aircraft to Venezuela.', ('USA', 'VEN', '08')),
    ("Myanmar's junta accepted an ASEAN monitoring team.", ('MMR', 'IGO', '08')),
    ("Russia paused its strikes on Ukraine's energy grid.", ('RUS', 'UKR', '08')),
    ('Thailand and Cambodia declared a truce on Monday.', ('KHM', 'THA', '08')),
    ('Italy demanded the release of the reporter by Iran.', ('ITA', 'IRN', '10')),
    ('Ukraine demanded talks with Russia.', ('UKR', 'RUS', '10')),
    ('France expressed disapproval of the American tariffs.', ('FRA', 'USA', '11')),
    ('Cambodia pointed the finger at Thailand for the clashes.', ('KHM', 'THA', '11')),
    ('China cast a veto on the Security Council resolution on Myanmar.', ('CHN', 'IGO', '12')),
    ('Israel set Hamas a deadline to free the hostages.', ('ISR', 'PSE', '13')),
    ('Iran warned Israel of a crushing response.', ('IRN', 'ISR', '13')),
    ("Georgia's government threatened to restrict the activities of NGOs.", ('GEO', None, '13')),
    ('Georgian protesters demonstrated for new elections.', ('GEO', None, '14')),
    ("Protesters blocked Tbilisi's main avenue to demand electoral reform.", ('GEO', None, '14')),
    ('Israel scaled back its ties with Turkey.', ('ISR', 'TUR', '16')),
    ('The World Bank halted new lending to Uganda.', ('IGO', 'UGA', '16')),
    ('Niger ordered American troops out of the country.', ('NER', 'USA', '16')),
    ('Burkina Faso kicked out French special forces.', ('BFA', 'FRA', '16')),
    ('Mali expelled the UN peacekeeping mission.', ('MLI', 'IGO', '16')),
    ("Israel banned the UN's Palestinian refugee agency from operating in Gaza.", ('ISR', 'IGO', '16')),
    ('Russian troops destroyed the Kakhovka dam in Ukraine.', ('RUS', 'UKR', '17')),
    ('Russia banned British journalists from entering the country.', ('RUS', 'GBR', '17')),
    ('Thai and Cambodian soldiers exchanged gunfire on the border.', ('THA', 'KHM', '19')),
    ('North Korea detonated a nuclear weapon aimed at South Korea.', ('PRK', 'KOR', '20')),
    ('Russian troops used chloropicrin against Ukrainian soldiers.', ('RUS', 'UKR', '20')),
    ("Myanmar's military carried out atrocities against Rohingya villagers.", ('MMR', None, '20')),
]
NOT_CODED += [
    ("The striker had a call with his agent about the transfer.", "04"),
    ("The storm destroyed a bridge near the village.", "17"),
    ("Fans blocked the avenue outside the stadium after the final.", "15"),
    ("The bank paused its lending to small firms in March.", "16"),
]


def test_lifting_a_blockade_eases_it_rather_than_a_sanction(nlp):
    got = {m.event_code for m in _mentions(nlp, "Azerbaijan lifted the blockade on Armenia.") if m.is_factual}
    assert "0872" in got and "085" not in got


def _mentions(nlp, text: str):
    article = Article(id="t", paragraphs=[text], published="2025-06-01")
    return Coder.default().code_doc(nlp(article.text), article)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_weak_root_phrasing_is_coded(nlp, text, expected):
    source, target, root = expected
    got = {(m.source.country, m.target.country if m.target else None, m.root_code)
           for m in _mentions(nlp, text) if m.is_factual}
    assert any((source is None or s == source) and (target is None or t == target) and r == root
               for s, t, r in got), got


@pytest.mark.parametrize(("text", "root"), NOT_CODED, ids=[c[0][:48] for c in NOT_CODED])
def test_shared_words_do_not_trigger_the_new_codes(nlp, text, root):
    assert root not in {m.root_code for m in _mentions(nlp, text)}


def test_tear_gas_is_violent_repression_not_an_armed_attack(nlp):
    got = {(m.source.country, m.target.country if m.target else None, m.event_code)
           for m in _mentions(nlp, "Kenyan police fired tear gas at protesters in Nairobi.") if m.is_factual}
    assert ("KEN", "KEN", "175") in got


def test_suspensions_and_blocked_packages(nlp):
    got = {(m.source.country, m.target.country if m.target else None, m.root_code)
           for m in _mentions(nlp, "The African Union suspended Mali after the coup.") if m.is_factual}
    assert ("IGO", "MLI", "16") in got
    got = {(m.source.country, m.target.country if m.target else None, m.root_code)
           for m in _mentions(nlp, "Slovakia blocked a new EU sanctions package against Russia.") if m.is_factual}
    assert any(s == "SVK" and r == "12" for s, _, r in got)
    # diplomats' speculation is no threat
    assert not [m for m in _mentions(nlp, "The EU could suspend trade concessions for Israel, diplomats said.")
                if m.is_factual]



def test_a_door_not_closed_is_no_rejection(nlp):
    # "had not closed the door to talks": the negated rejection is not a factual event
    text = "Kenya said it had not closed the door to talks with Somalia."
    assert not [m for m in _mentions(nlp, text) if m.root_code == "12" and m.is_factual]
    assert [m for m in _mentions(nlp, text) if m.root_code == "12" and m.negated]


def test_missiles_into_the_sea_are_a_show_of_force_not_an_attack(nlp):
    into_sea = {m.root_code for m in _mentions(nlp, "North Korea fired two missiles toward the sea.") if m.is_factual}
    assert "15" in into_sea and "19" not in into_sea
    at_israel = {m.root_code for m in _mentions(nlp, "Iran launched missiles at Israel.") if m.is_factual}
    assert "19" in at_israel


def test_round5_codes_are_the_most_specific_ones(nlp):
    def codes_of(text):
        return {m.event_code for m in _mentions(nlp, text) if m.is_factual}
    assert "011" in codes_of("The Kremlin declined to comment on the American proposal.")
    assert "1661" in codes_of("Mali expelled the UN peacekeeping mission.")
    assert "2042" in codes_of("North Korea detonated a nuclear weapon aimed at South Korea.")
    assert "0814" in codes_of("South Korea's president lifted martial law.")
