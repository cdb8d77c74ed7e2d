# hadath: English generic agents
#
# One record per role; the comment before each field line names the theme. An agent takes its
# country from an adjective or demonym ("Israeli troops"), a possessive or "of" phrase
# ("Iran's foreign minister", "the government of Sudan") or the context. Named bodies with a fixed
# country (White House, Kremlin, Knesset) are orgs in actors/organisations.lex.
#
# The matcher does no English stemming of agents: singular and plural are separate values.
# Longer phrases override shorter ones ("chief executive" BUS, "attorney general" JUD,
# "military spokesman" MIL over "spokesman" GOV).
#
# Left out on purpose: words that are mostly something else in news text:
#   "official" (official visit), "general" (general election), "security" (national security),
#   "intelligence" (artificial intelligence; the multi-word forms are listed), "union" (European
#   Union, Soviet Union), "bank" (West Bank), "tanks" (think tanks), "firm" (a firm stance),
#   "executive" (executive order), "suspect" (verb), and the adjectives "terrorist", "criminal",
#   "extremist", "jihadist". "fighter" is listed only in the plural ("fighter jet(s)" is MIL).
#   News media and news agencies are not actors.


agent GOV
    # heads of state and government
    en: president | presidents | vice president | vice-president | vice presidents | head of state | heads of state
    en: prime minister | prime ministers | premier | premiers | deputy prime minister | chancellor | head of government
    en: king | queen | monarch | crown prince | emir | emirs | sultan | supreme leader
    en: leader | leaders | world leaders | secretary-general | secretary general
    # the executive as a body
    en: government | governments | administration | cabinet | authorities | regime | regimes | presidency
    en: ruling party | ruling coalition | interim government | transitional government | caretaker government
    en: royal court | presidential palace | presidential office | prime minister's office
    en: national security council | national security adviser | national security advisor
    # ministers and ministries
    en: minister | ministers | ministry | ministries | cabinet minister | cabinet ministers | deputy minister | state minister
    en: foreign minister | foreign ministers | foreign ministry | foreign secretary | secretary of state | deputy foreign minister
    en: defense minister | defence minister | defense ministers | defence ministers | defense ministry | defence ministry
    en: defense secretary | defence secretary | secretary of defense | war minister | war secretary
    en: interior minister | interior ministry | home secretary | home office | security minister | national security minister
    en: finance minister | finance ministry | treasury secretary | economy minister | economy ministry | trade minister
    en: oil minister | oil ministry | energy minister | energy ministry | health minister | health ministry
    en: justice minister | justice ministry | information minister | information ministry | education minister | agriculture minister
    # diplomats
    en: ambassador | ambassadors | envoy | envoys | special envoy | diplomat | diplomats | consul | consul general
    en: consulate | embassy | embassies | charge d'affaires | chargé d'affaires | delegation | delegations
    en: permanent representative | ambassador to the United Nations | negotiator | negotiators
    # spokespersons and officials
    en: spokesman | spokeswoman | spokesperson | government spokesman | government spokeswoman | presidential spokesman
    en: foreign ministry spokesman | foreign ministry spokeswoman | foreign ministry spokesperson
    en: officials | senior official | senior officials | government official | government officials
    en: administration official | administration officials | foreign ministry official | state department official
    en: government source | government sources | diplomatic source | diplomatic sources
    # regional and local government
    en: governor | governors | mayor | mayors | provincial government | local authorities | local officials
    # central bank (government, not business)
    en: central bank | central bank governor
    # treasury and justice departments (the longer US names are orgs), election bodies
    en: Treasury | Justice Department | Department of Justice | Defense Department | Department of Defense
    en: electoral council | electoral commission | election commission | electoral authorities | election authorities


agent MIL
    # the armed forces
    en: army | armies | military | militaries | armed forces | forces | troops | ground forces | special forces
    en: government forces | regime forces | pro-government forces | loyalist forces | coalition forces | foreign forces
    en: defense forces | defence forces | national army | junta | military junta | military council
    # soldiers and officers
    en: soldier | soldiers | servicemen | servicemembers | service members | reservists | conscripts | paratroopers
    en: mercenaries | mercenary | military personnel | commandos
    en: military officer | military officers | army officer | army officers | generals | marines | snipers
    # command
    en: commander | commanders | military commander | military commanders | army chief | army commander
    en: chief of staff of the army | army chief of staff | chief of general staff | chief of the general staff | general staff
    en: military chief | military chiefs | high command | military command | military leadership | commander-in-chief
    en: military spokesman | army spokesman | military spokeswoman | military official | military officials
    en: military source | military sources | defense official | defence official | defense officials | defence officials
    # services
    en: navy | naval forces | air force | air forces | air defense | air defence | air defenses | air defences
    en: national guard | republican guard | border guard | border guards | coast guard | artillery
    en: peacekeepers | peacekeeping forces | peacekeeping troops
    # weapons platforms reported as actors ("Israeli warplanes struck ...")
    en: warplanes | warplane | fighter jets | fighter jet | jets | bombers | military aircraft | drones | drone | helicopter gunships
    en: warships | warship | gunboats | navy ships


agent COP
    # police
    en: police | policeman | policemen | policewoman | police officer | police officers | riot police
    en: border police | gendarmes | gendarmerie | police chief | police commissioner | police spokesman
    en: investigators | detectives | counterterrorism police | counter-terrorism police
    # security forces and services
    en: security forces | security force | security services | security service | security personnel
    en: security officials | security official | security sources | security source | security agents
    en: civil defense | civil defence | prison guards | prison authorities | prison service
    en: security guards | paramilitary police | federal police | federal agents | immigration agents | immigration officers | border agents


agent SPY
    # intelligence
    en: intelligence services | intelligence service | intelligence agency | intelligence agencies
    en: intelligence officials | intelligence official | intelligence chief | intelligence chiefs | intelligence sources
    en: military intelligence | spy agency | spy agencies | spy chief | spymaster | secret service | secret police
    en: spy | spies


agent REB
    # rebels and armed groups
    en: rebels | rebel | rebel forces | rebel groups | rebel group | rebel fighters | armed opposition
    en: separatists | separatist | separatist rebels | separatist forces | secessionists
    en: militia | militias | militiamen | militiaman | militia fighters | paramilitaries
    en: militants | militant | armed groups | armed group | armed factions | factions | guerrillas | guerrilla | guerillas
    en: fighters | mujahideen | warlord | warlords
    en: paramilitary | paramilitary forces | paramilitary force | paramilitary group | paramilitary groups


agent UAF
    # gunmen and unidentified attackers (the coding guide codes them as the country of the attack)
    en: gunmen | gunman | armed men | unidentified gunmen | unknown gunmen | masked gunmen | masked men
    en: assailants | assailant | attackers | attacker | unidentified attackers | unidentified assailants | unknown assailants
    en: terrorists | suicide bomber | suicide bombers | suicide attacker | suicide attackers | terrorist cell | terrorist cells
    en: shooter | shooters | knifeman | knife attacker | lone gunman | lone attacker


agent INS
    # insurgents
    en: insurgents | insurgent | insurgent groups | insurgent forces | insurgent fighters


agent OPP
    # political opposition
    en: opposition | opposition parties | opposition party | opposition leader | opposition leaders | opposition figures
    en: opposition activists | dissidents | dissident | defectors
    # activists and protesters
    en: activists | activist | protesters | protester | protestors | protestor | demonstrators | demonstrator
    en: marchers | rioters | anti-government protesters | pro-democracy activists | protest movement
    en: protest leaders | protest organisers | protest organizers | opposition candidate | opposition candidates | opposition supporters


agent CVL
    # civilians and residents
    en: civilians | civilian | residents | resident | inhabitants | locals | villagers | citizens | citizen
    en: children | women | families | worshippers | worshipers | pilgrims | passengers | tourists | bystanders | pedestrians
    en: concertgoers | commuters | shoppers | mourners | crowds | onlookers
    # hostages and detainees
    en: hostages | hostage | detainees | detainee | prisoners | prisoner | captives | abductees | political prisoners
    # civil society
    en: civil society | civil society groups | tribal elders


agent JUD
    # courts and judges
    en: court | courts | supreme court | constitutional court | high court | appeals court | court of appeals | appeal court
    en: military court | criminal court | federal court | tribunal | tribunals | judiciary | judicial authorities
    en: judge | judges | magistrate | magistrates | jury | juries | investigating judge
    # prosecution and lawyers
    en: prosecutor | prosecutors | public prosecutor | prosecutor general | attorney general | prosecution | prosecutor's office
    en: lawyer | lawyers | attorney | attorneys | defense lawyer | defence lawyer | defense lawyers | defence lawyers | bar association


agent LEG
    # parliaments
    en: parliament | parliaments | legislature | legislatures | senate | national assembly | lower house | upper house
    en: house of representatives | house of commons | house of lords | parliamentary committee
    # members and presiding officers
    en: lawmaker | lawmakers | legislator | legislators | parliamentarian | parliamentarians | MP | MPs
    en: member of parliament | members of parliament | senator | senators | congressman | congressmen | congresswoman
    en: deputies | speaker of parliament | parliament speaker | parliamentary speaker | house speaker


agent BUS
    # business
    en: businessman | businessmen | businesswoman | businesspeople | business leaders | businesses
    en: company | companies | firms | corporation | corporations | oil companies | banks | lenders
    en: investors | investor | traders | merchants | shareholders | chamber of commerce
    en: chief executive | chief executive officer | CEO | chairman of the board | executives


agent MED
    # journalists (outlets are not actors)
    en: journalist | journalists | reporter | reporters | correspondent | correspondents
    en: photographer | photographers | photojournalist | photojournalists | cameraman | cameramen | media workers | bloggers | blogger


agent EDU
    # students and teachers
    en: students | student | university students | schoolchildren | pupils | teachers | teacher
    en: professors | professor | academics | school | schools | university | universities


agent HLH
    # health workers and hospitals
    en: doctors | doctor | physicians | physician | nurses | nurse | medics | medic | paramedics
    en: health workers | medical staff | medical workers | hospital | hospitals | ambulances
    # national Red Cross / Red Crescent societies (the international committee is an org)
    en: Red Crescent | Red Crescent Society


agent REF
    # refugees, displaced people, migrants
    en: refugees | refugee | asylum seekers | asylum-seekers | asylum seeker | asylum-seeker
    en: displaced people | displaced persons | internally displaced people | internally displaced persons | IDPs
    en: migrants | migrant | returnees | evacuees


agent LAB
    # workers and unions
    en: workers | worker | labourers | laborers | employees | civil servants
    en: trade unions | trade union | labor unions | labour unions | labor union | labour union | unionists | strikers


agent AGR
    # farmers, herders, fishermen
    en: farmers | farmer | peasants | herders | herdsmen | shepherds | fishermen | fisherman


agent CRM
    # criminals, gangs, smugglers
    en: criminals | gangs | gang | gang members | gangsters | mafia | cartel | cartels | drug cartels
    en: smugglers | smuggler | traffickers | drug traffickers | human traffickers | arms dealers
    en: pirates | kidnappers | kidnapper | abductors | robbers | thieves | looters | killers
    # suspects
    en: suspects | the suspect | the accused | defendants | defendant


agent ELI
    # former office holders and notables
    en: former president | former prime minister | ex-president | ex-prime minister | former minister | ousted president
    en: tribal leaders | tribal chiefs | elders


agent REL
    # clergy
    en: clerics | cleric | clergy | imam | imams | mufti | grand mufti | rabbis | rabbi
    en: bishops | bishop | priests | priest | mullahs | religious leaders | religious scholars


agent HRI
    # human-rights groups and defenders
    en: rights groups | rights group | human rights groups | human rights group | human rights organizations | human rights organisations
    en: rights activists | rights activist | human rights activists | human rights activist | human rights defenders | rights watchdog


agent MOD
    # moderates
    en: moderates | reformists | reformers


agent RAD
    # hardliners and extremists without a named group
    en: hardliners | hard-liners | extremists | radicals | jihadists | extremist groups | jihadist groups | extremist militants


agent NGO
    # aid organisations and aid workers (class code)
    en: aid workers | aid worker | aid agencies | aid agency | aid groups | aid group | relief agencies | relief workers
    en: humanitarian organizations | humanitarian organisations | humanitarian agencies | humanitarian workers
    en: NGOs | non-governmental organizations | non-governmental organisations | charities
