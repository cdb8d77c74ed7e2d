# hadath: English verb and event-noun patterns (CAMEO event codes)
#
# Format: see lexicons/README.md. A `verb` key is the base form (lemma), possibly several words
# ("call for", "crack down", "lay siege to"); its first word is inflected by the compiler
# (-s, -ed, -ing, doubling, -e, -y/-ied, and a built-in table of irregular verbs). A `noun` key
# is singular; its last word gets the regular plural, and so does the last word of every `obj`
# value. `form:` lists only what the generator cannot make (committed, expelled, retook ...).
# British and American spellings of the same verb (criticise/criticize) are separate records.
# Hyphenated words are one token: "cease-fire" and "ceasefire" are separate records.
#
# A verb that is only an event with certain objects (support and light verbs: impose, lift,
# sign, send, provide, fire, hold, reach, cut, freeze ...) has `obj` on every record. Where a
# verb has a bare record and obj-restricted records, the obj-restricted record is the more
# specific reading and wins when its object follows (within the clause, a few words on).
# `target:` names the prepositions that introduce the other side; without it (and after it)
# the direct object is the target. `subject: target` means the subject undergoes the event
# ("came under attack", "faced criticism from"); the other side then comes after `target:`.
# Shared object lists are `set en.*` records at the top (see README, "set NAME").
#
# Coding conventions follow shared/gold/CODING-GUIDE.md and lexicons/ar/verbs.lex:
# appeals (urge, call on, call for, appeal) are 02x and demands 10x; summoning an envoy 114,
# recalling one's own ambassador 161, expelling diplomats 174; veto 129, voting against 120;
# sanctions, embargoes and asset freezes 163, threatening them 1312; phone calls 041, visits
# 042 (visitor) / 043 (host), meetings 040, negotiations and "talks" 046; condolences 018;
# killing and clashes in armed contexts 190; air strikes, missiles, rockets and drones 195,
# artillery and shelling 194, gunfire 193; raids and storming 170 (as in the Arabic file), but
# storming a base, a checkpoint or a town and "stormed into" a place are armed assaults (190);
# storming or setting fire to a parliament or an embassy is a riot (145); "in protest at/over/
# against" is a motive (111), not a demonstration;
# deploying, massing or moving troops and warships 154 (increased military presence), sending
# troops to another country 072 (CAMEO: military aid includes troops), raising the alert 152,
# drills, tests and parades 150; withdrawing from or quitting a deal 160, rejecting or
# tearing one up 127; cancelling a visit 160.
#
# Words deliberately NOT listed, or only with `obj`, because their other senses dominate news:
#   march (the month "March"; only "march in protest", "march through the streets"...),
#   state (the noun: "Islamic State", "state media"), back, help, aid and fund as verbs (their
#   base forms are nouns), arm ("arms" is weapons), finance ("finance minister"), trade bare
#   ("trade war"), deal bare ("to deal with"), press bare ("the press"), pressure, pound bare
#   ("the Egyptian pound"; only "pounded positions, targets ..."), blast (an explosion, not a
#   rebuke), allege ("alleged" is an adjective),
#   beat (sports, elections), exile ("in exile"), hang ("hung parliament"), fine ("fine" =
#   good), charge bare ("in charge of", "charge d'affaires"; only "charged with <crime>"),
#   call bare (phone vs "so-called"; only "called it a sham, illegal ..."), fire bare
#   (dismiss), shoot bare ("shot to a record", "booster shot"), die (natural deaths,
#   accidents), wound ("wound up"), receive and arrive bare (aid arrives, a prize is
#   received), coordinate bare ("coordinated attacks"), target bare ("military targets"),
#   export and import ("exports" and "imports" are nouns), question bare, report, claim bare,
#   vow bare, commit bare, encourage, gather (leaders gather), surround ("surrounded by"),
#   advance ("in advance"), enter ("entered into force"), free bare ("free trade"), order bare
#   ("in order to"), attend, threat and warning as nouns, war, operation, cooperation, deal,
#   treaty, dialogue, occupation, coup, uprising, unrest and hostilities as nouns, "rally" as a
#   noun without a protest phrase (campaign rallies, market rallies), "fly" without "for talks",
#   "on a visit" (flights into exile, to hospital), and the
#   bare aid nouns ("aid", "humanitarian aid", "military aid": mostly the object of calls,
#   pledges, blockades and cuts; the concrete ones stay: "aid convoy", "aid package", "loan").
# Nouns that name a state of affairs more often than a new event need a word saying it began:
# "ceasefire"/"truce" only with "took effect", "was agreed", "was announced" ...; "strike" as a
# noun only with "on"/"against" (military) or "over pay", "by workers" (labour).
# "strike" as a verb is military (190); labour strikes need a labour phrase ("general strike",
# "go on strike", "strike over pay"); "struck down" (a court voiding a law) is a known miss.
# "bombing" is 183 (non-military bombing, as in the Arabic file); "bomb" as a verb is 195.
# "release" is 0841 unless a statement, report or video follows (010) or assets, a ship or
# funds follow (0842). "sanctions" is a 163 noun ("US sanctions on Iran"); the verb
# "sanction" needs the sanctioned party as a noun ("sanctioned three officials"), since its
# bare -s form would read "lifted sanctions" and "threatened sanctions" as impositions.
# "sanctions relief" (085), "sanctions evasion" (128) and "lifting of sanctions" (085) override it.
#
# Facts were checked against PETRARCH-2's English verb dictionary (CAMEO.2.0.txt,
# openeventdata/petrarch2, MIT licence, Open Event Data Alliance) used as a source of facts
# (which verb with which object signals which code); every entry was reviewed and rewritten
# by hand in this format; nothing is copied from its structure or comments.


# Shared object lists

set en.aid
    en: aid | assistance | relief | aid package | emergency aid | emergency assistance | humanitarian corridor

set en.econaid
    en: economic aid | economic assistance | financial aid | financial assistance | financial support
    en: economic support | loan | credit line | debt relief | bailout | budget support | funding | development aid

set en.milaid
    en: military aid | military assistance | military support | security assistance | arms supplies
    en: weapons deliveries | weapons supplies | air defence | air defense | air defences | air defenses

set en.weapons
    en: weapons | arms | ammunition | munitions | missiles | tanks | fighter jets | artillery | howitzers
    en: rocket launchers | air defence systems | air defense systems | &en.milaid

set en.humaid
    en: humanitarian aid | humanitarian assistance | humanitarian supplies | humanitarian relief
    en: humanitarian access | food aid | medical aid | medical supplies | relief supplies | aid supplies
    en: food | medicine | vaccine | tent

set en.protection
    en: protection | international protection | peacekeeper | peacekeeping force | peacekeeping troops
    en: peacekeeping mission | no-fly zone | security guarantee

set en.reform
    en: reform | political reform | democratic reform | constitutional reform | democratic transition

set en.leadership
    en: resignation | resign | step down | stand down | early election | snap election | ouster
    en: regime change | transfer of power | removal from power

set en.rights
    en: human rights | rights | freedom of expression | freedom of speech | press freedom
    en: civil liberties | freedoms | women's rights | minority rights

set en.persons
    en: prisoner | detainee | hostage | captive | abductee | prisoners of war | soldier | journalist
    en: activist | dissident | national | citizen | aid worker | crew | sailor | fisherman | fishermen
    en: body | bodies | remains | political prisoner

set en.release
    en: release | freeing | set free | free the hostages | free the prisoners | free the detainees
    en: free hostages | free prisoners | free detainees | free all | return of the hostages | return of hostages
    en: return deported | return abducted | return the hostages | return the bodies | return the remains | return prisoners | hand back

set en.easesanctions
    en: lift sanctions | lift the sanctions | lifting of sanctions | lifting of the sanctions | ease sanctions
    en: easing of sanctions | sanctions relief | lift the embargo | lifting of the embargo | end the embargo
    en: end to the embargo | unfreeze | the lifting of sanctions | the lifting of the sanctions | the lifting of all sanctions
    en: the easing of sanctions | lift all sanctions | lifting of all sanctions | cut tariffs | slash tariffs | lower tariffs
    en: reduce tariffs | pause tariffs | suspend tariffs | remove tariffs

set en.ceasefire
    en: ceasefire | cease-fire | truce | armistice | cessation of hostilities | humanitarian pause
    en: pause in fighting | pause in hostilities | pause in offensive operations | pause in military operations | pause in attacks

set en.withdrawal
    en: withdrawal | withdraw | pull out | pullout | pull-out | pull back

set en.deescalate
    en: restraint | de-escalation | deescalation | de-escalate | calm | end to the fighting | end the fighting
    en: halt to the fighting | stop the fighting | end to hostilities | end the war | end to the war
    en: stop the war | stop attacks | halt attacks | stop its attacks | halt its attacks | stop the bombing

set en.talks
    en: talks | negotiations | negotiating table | dialogue | meeting | emergency meeting | summit
    en: return to the negotiating table | return to negotiations | return to diplomacy | return to the table | return to talks

set en.settlement
    en: peaceful solution | political solution | diplomatic solution | negotiated solution | settlement
    en: peaceful settlement | political settlement | reconciliation | two-state solution | peace deal

set en.mediation
    en: mediation | mediate | mediator

set en.sanctions
    en: sanction | embargo | arms embargo | oil embargo | trade embargo | travel ban | visa ban
    en: asset freeze | tariff | export controls | export ban | import ban | trade restrictions
    en: restrictive measures | punitive measures | penalties

set en.agreement
    en: agreement | deal | accord | treaty | pact | memorandum of understanding | memorandum
    en: protocol | joint declaration | convention

set en.relations
    en: ties | relations | diplomatic relations | diplomatic ties | diplomatic links | diplomatic contacts

set en.envoy
    en: ambassador | envoy | charge d'affaires | chargé d'affaires | diplomat | top diplomat | consul | emissary

set en.troops
    en: troops | soldiers | forces | military personnel | reinforcements | marines | paratroopers
    en: combat units | military units | battalion | brigade

set en.warships
    en: warship | aircraft carrier | carrier strike group | bomber | submarine | destroyer | naval vessel

set en.projectiles
    en: missile | rocket | drone | projectile | bomb | barrel bomb | ballistic missile | cruise missile

set en.artillery
    en: shell | artillery | mortar | mortar round | tank shell | artillery round

set en.bullets
    en: shot | bullet | live ammunition | live fire | gunfire | live rounds

set en.crowdcontrol
    en: tear gas | teargas | rubber bullet | water cannon | stun grenade | rubber-coated bullet | pellet

set en.protests
    en: general strike | strike action | protest | demonstration | rally | march | sit-in | boycott | walkout

set en.talksnoun
    en: talks | negotiations | peace talks | dialogue | peace process

set en.crime
    en: murder | terrorism | espionage | spying | treason | corruption | fraud | bribery | war crimes
    en: crimes against humanity | genocide | sedition | incitement | money laundering | killing
    en: attempted murder | manslaughter | rape | assault | terrorist offences | terrorism offences
    en: embezzlement | insurrection | conspiracy | abuse of power

set en.protesters
    en: protester | protestor | demonstrator | crowd | marcher | rioter | mourner | anti-government protesters

set en.pejorative
    en: a sham | a farce | a travesty | illegal | illegitimate | unacceptable | outrageous | a provocation
    en: an act of aggression | a violation | a flagrant violation | a blatant violation | a crime
    en: a war crime | an act of terrorism | a terrorist act | a terrorist organisation | a terrorist organization
    en: a disgrace | shameful | reckless | irresponsible | hypocritical | absurd | an insult | a threat to peace
    en: hostile step | hostile act | unfriendly act | unfriendly step | provocative | inflammatory | deplorable | appalling


# 01 MAKE PUBLIC STATEMENT

verb say
    code: 010
    gloss: say

verb announce
    code: 010
    gloss: announce

verb declare
    code: 010
    gloss: declare

verb tell
    code: 010
    gloss: tell (reporters, a meeting)

verb comment
    code: 010
    target: on
    gloss: comment (on)

verb reiterate
    code: 010
    gloss: reiterate

verb stress
    code: 010
    gloss: stress (in speech)

verb emphasise
    code: 010
    gloss: emphasise

verb emphasize
    code: 010
    gloss: emphasize

verb underline
    code: 010
    gloss: underline (in speech)

verb affirm
    code: 010
    gloss: affirm

verb insist
    code: 010
    gloss: insist (as a statement)

verb address
    code: 010
    gloss: address (a nation, an assembly)

verb issue
    code: 010
    obj: statement | joint statement | communique | communiqué | declaration | press release
    gloss: issue a statement

verb release
    code: 010
    obj: statement | report | video | footage | figures | data | photo | image | recording | audio | transcript | list
    gloss: release a statement, report or video (not a release of persons)

verb deliver
    code: 010
    obj: speech | address | remarks | statement | sermon | lecture
    gloss: deliver a speech

verb give
    code: 010
    obj: speech | address | interview | press conference | news conference | briefing
    gloss: give a speech, an interview

verb hold
    code: 010
    obj: press conference | news conference | joint press conference | briefing | press briefing
    gloss: hold a press conference

verb decline
    code: 011
    obj: comment | to comment | to say
    gloss: decline to comment

verb refuse
    code: 011
    obj: to comment | comment
    gloss: refuse to comment

verb express
    code: 012
    obj: concern | alarm | fear | worry | pessimism | apprehension | unease | scepticism | skepticism
    gloss: express concern, pessimism

verb voice
    code: 012
    obj: concern | alarm | fear | worry | pessimism | scepticism | skepticism
    gloss: voice concern

verb express
    code: 013
    obj: optimism | hope | confidence
    gloss: express optimism, hope

verb voice
    code: 013
    obj: optimism | hope | confidence
    gloss: voice optimism

verb consider
    code: 014
    obj: option | military option | response
    gloss: consider policy options

verb weigh
    code: 014
    obj: option | response
    gloss: weigh options

verb claim
    code: 015
    obj: responsibility | credit
    target: for
    gloss: claim responsibility

verb admit
    code: 015
    form: admitted | admitting
    obj: responsibility | involvement | role | wrongdoing | guilt | mistake
    gloss: admit responsibility

verb accept
    code: 015
    obj: responsibility | blame
    gloss: accept responsibility

verb take
    code: 015
    obj: responsibility
    gloss: take responsibility

verb acknowledge
    code: 015
    obj: responsibility | involvement | role
    gloss: acknowledge responsibility

verb plead
    code: 015
    obj: guilty
    gloss: plead guilty

verb plead
    code: 016
    obj: not guilty | innocent | innocence
    gloss: plead not guilty

verb deny
    code: 016
    obj: responsibility | involvement | accusation | allegation | charge | wrongdoing | role | link | report | claim | culpability
    gloss: deny responsibility, accusations

verb disclaim
    code: 016
    obj: responsibility | involvement
    gloss: disclaim responsibility

verb lay
    code: 017
    obj: wreath | foundation stone | cornerstone
    gloss: lay a wreath

verb observe
    code: 017
    obj: minute of silence | moment of silence | minute's silence | day of mourning
    gloss: observe a minute of silence

verb declare
    code: 017
    obj: day of mourning | days of mourning | national mourning | mourning
    gloss: declare mourning

verb pay
    code: 017
    obj: tribute | homage | respects
    target: to
    gloss: pay tribute, homage

verb lower
    code: 017
    obj: flag | flags to half-mast | half-mast | half-staff
    gloss: lower flags to half-mast

verb express
    code: 018
    obj: condolence | sympathy | solidarity | sorrow | grief | sadness
    target: with | to
    gloss: express condolences, solidarity

verb offer
    code: 018
    obj: condolence | sympathy | solidarity
    target: to
    gloss: offer condolences

verb send
    code: 018
    obj: condolence | message of condolence | sympathy
    target: to
    gloss: send condolences

verb extend
    code: 018
    obj: condolence | sympathy
    target: to
    gloss: extend condolences

verb convey
    code: 018
    obj: condolence | sympathy
    target: to
    gloss: convey condolences

verb sympathise
    code: 018
    target: with
    gloss: sympathise with

verb sympathize
    code: 018
    target: with
    gloss: sympathize with

verb console
    code: 018
    gloss: console

noun condolence
    code: 018
    target: to | with
    gloss: condolences

verb share
    code: 019
    obj: view | position | concern | assessment
    target: with
    gloss: share views (express accord)


# 02 APPEAL

verb call for
    code: 020
    gloss: call for (appeal)

verb call for
    code: 021
    obj: cooperation | closer cooperation | investment | trade
    gloss: call for cooperation

verb call for
    code: 023
    obj: &en.aid | help | donation
    gloss: call for aid

verb call for
    code: 0231
    obj: &en.econaid
    gloss: call for economic aid

verb call for
    code: 0232
    obj: &en.milaid
    gloss: call for military aid

verb call for
    code: 0233
    obj: &en.humaid
    gloss: call for humanitarian aid

verb call for
    code: 0234
    obj: &en.protection
    gloss: call for protection, peacekeepers

verb call for
    code: 024
    obj: &en.reform
    gloss: call for political reform

verb call for
    code: 0241
    obj: &en.leadership
    gloss: call for a change of leadership

verb call for
    code: 0243
    obj: &en.rights
    gloss: call for rights

verb call for
    code: 0253
    obj: &en.release
    gloss: call for the release of persons

verb call for
    code: 0254
    obj: &en.easesanctions
    gloss: call for easing sanctions

verb call for
    code: 0256
    obj: &en.ceasefire | &en.withdrawal | &en.deescalate
    gloss: call for a ceasefire, restraint, withdrawal

verb call for
    code: 026
    obj: &en.talks
    gloss: call for talks, a meeting

verb call for
    code: 027
    obj: &en.settlement
    gloss: call for a settlement

verb call for
    code: 028
    obj: &en.mediation
    gloss: call for mediation

verb call on
    code: 020
    gloss: call on (appeal)

verb call on
    code: 023
    obj: &en.aid
    gloss: call on (someone) for aid

verb call on
    code: 0233
    obj: &en.humaid | allow aid | allow humanitarian aid
    gloss: call on (someone) for humanitarian aid

verb call on
    code: 0241
    obj: &en.leadership
    gloss: call on (someone) to step down

verb call on
    code: 0243
    obj: &en.rights | respect human rights
    gloss: call on (someone) to respect rights

verb call on
    code: 0253
    obj: &en.release | release
    gloss: call on (someone) to release persons

verb call on
    code: 0256
    obj: &en.ceasefire | &en.withdrawal | &en.deescalate
    gloss: call on (someone) to cease fire, show restraint

verb call on
    code: 026
    obj: &en.talks | return to talks | negotiate | resume talks
    gloss: call on (someone) to negotiate

verb call on
    code: 027
    obj: &en.settlement
    gloss: call on (someone) to settle

verb urge
    code: 020
    gloss: urge

verb urge
    code: 023
    obj: &en.aid
    gloss: urge (someone) to give aid

verb urge
    code: 0233
    obj: &en.humaid | allow aid | allow humanitarian aid
    gloss: urge (someone) to allow humanitarian aid

verb urge
    code: 0241
    obj: &en.leadership
    gloss: urge (someone) to step down

verb urge
    code: 0243
    obj: &en.rights | respect human rights
    gloss: urge (someone) to respect rights

verb urge
    code: 0253
    obj: &en.release | release
    gloss: urge the release of persons

verb urge
    code: 0254
    obj: &en.easesanctions
    gloss: urge easing of sanctions

verb urge
    code: 0256
    obj: &en.ceasefire | &en.withdrawal | &en.deescalate
    gloss: urge a ceasefire, restraint

verb urge
    code: 026
    obj: &en.talks | return to talks | negotiate | resume talks
    gloss: urge talks

verb urge
    code: 027
    obj: &en.settlement
    gloss: urge a settlement

verb appeal
    code: 020
    target: to
    gloss: appeal to

verb appeal
    code: 023
    obj: for aid | for help | for assistance | for international aid | for international help | for donations
    target: to
    gloss: appeal for aid

verb appeal
    code: 0233
    obj: for humanitarian aid | for humanitarian assistance | for food | for medical aid
    target: to
    gloss: appeal for humanitarian aid

verb appeal
    code: 0253
    obj: for the release | for release
    target: to
    gloss: appeal for the release of persons

verb appeal
    code: 0256
    obj: for calm | for restraint | for a ceasefire | for an end to the fighting | for de-escalation
    target: to
    gloss: appeal for calm, a ceasefire

verb appeal
    code: 026
    obj: for talks | for dialogue | for negotiations
    target: to
    gloss: appeal for talks

verb implore
    code: 020
    gloss: implore

verb plead for
    code: 020
    target: with
    gloss: plead for

verb petition
    code: 020
    gloss: petition

verb ask for
    code: 020
    gloss: ask for

verb make
    code: 030
    obj: offer | new offer | proposal | new proposal | peace proposal | peace offer | counterproposal | counter-proposal
    target: to
    gloss: make an offer, a proposal

# "asked Hamas to release", "pressed Israel to withdraw", "encouraged both to talk": an appeal
# to the object; the infinitive is what is asked (not yet done).
verb ask
    code: 020
    obj: to
    gloss: ask (someone) to do

verb press
    code: 020
    obj: to
    gloss: press (someone) to do

verb pressure
    code: 020
    obj: to | into
    gloss: pressure (someone) to do

verb encourage
    code: 020
    obj: to
    gloss: encourage (someone) to do

verb tell
    code: 100
    obj: to
    gloss: tell (someone) to do: a demand

verb ask for
    code: 023
    obj: help | &en.aid
    gloss: ask for aid

verb ask for
    code: 0232
    obj: &en.weapons
    gloss: ask for weapons, military aid

verb request
    code: 020
    target: from
    gloss: request

verb request
    code: 023
    obj: &en.aid | help
    target: from
    gloss: request aid

verb request
    code: 0232
    obj: &en.weapons
    target: from
    gloss: request weapons, military aid

verb ask
    code: 101
    obj: for an explanation | for explanations | for clarification | for clarifications | for information on | for details
    gloss: ask (someone) for an explanation

verb request
    code: 0213
    obj: extradition | handover
    target: from
    gloss: request extradition

verb request
    code: 026
    obj: meeting | talks
    target: with
    gloss: request a meeting

verb seek
    code: 023
    obj: &en.aid | help
    target: from
    gloss: seek aid

verb seek
    code: 0231
    obj: &en.econaid
    target: from
    gloss: seek economic aid

verb seek
    code: 0232
    obj: &en.weapons
    target: from
    gloss: seek weapons, military aid

verb seek
    code: 0213
    obj: extradition | handover
    target: from
    gloss: seek extradition

verb seek
    code: 026
    obj: talks | meeting | negotiations
    target: with
    gloss: seek talks

verb propose
    code: 020
    gloss: propose

verb make
    code: 020
    obj: appeal | plea | request
    target: to
    gloss: make an appeal

verb issue
    code: 020
    obj: appeal | plea
    target: to
    gloss: issue an appeal

verb launch
    code: 020
    obj: appeal | plea
    gloss: launch an appeal


# 03 EXPRESS INTENT TO COOPERATE

verb pledge
    code: 030
    gloss: pledge

verb pledge
    code: 032
    obj: support | backing | solidarity
    target: to | for
    gloss: pledge (political) support

verb pledge
    code: 033
    obj: &en.aid | help
    target: to | for
    gloss: pledge aid

verb pledge
    code: 0331
    obj: &en.econaid | million | billion | investment
    target: to | for
    gloss: pledge economic aid

verb pledge
    code: 0332
    obj: &en.weapons
    target: to | for
    gloss: pledge military aid

verb pledge
    code: 0333
    obj: &en.humaid
    target: to | for
    gloss: pledge humanitarian aid

verb pledge
    code: 034
    obj: &en.reform
    gloss: pledge reform

verb pledge
    code: 0353
    obj: release | free
    gloss: pledge to release persons

verb pledge
    code: 0356
    obj: &en.withdrawal | &en.ceasefire
    gloss: pledge to withdraw, de-escalate

verb promise
    code: 030
    gloss: promise

verb promise
    code: 033
    obj: &en.aid | help
    target: to
    gloss: promise aid

verb promise
    code: 034
    obj: &en.reform
    gloss: promise reform

verb promise
    code: 0353
    obj: release | free
    gloss: promise to release persons

verb offer
    code: 030
    target: to
    gloss: offer

verb offer
    code: 033
    obj: &en.aid | help
    target: to
    gloss: offer aid

verb offer
    code: 0331
    obj: &en.econaid
    target: to
    gloss: offer economic aid

verb offer
    code: 0333
    obj: &en.humaid
    target: to
    gloss: offer humanitarian aid

verb offer
    code: 0353
    obj: release | prisoner swap | prisoner exchange
    target: to
    gloss: offer to release persons

verb offer
    code: 035
    obj: concession | compromise
    target: to
    gloss: offer concessions

verb offer
    code: 036
    obj: talks | negotiations | dialogue | to meet | meeting | to host
    target: to | with
    gloss: offer talks

verb offer
    code: 039
    obj: &en.mediation | good offices
    gloss: offer to mediate

verb agree
    code: 030
    target: with
    gloss: agree (to cooperate)

verb agree
    code: 0353
    obj: release | free | prisoner swap | prisoner exchange | exchange prisoners | hostage deal
    target: with
    gloss: agree to release persons

verb agree
    code: 0354
    obj: &en.easesanctions
    gloss: agree to ease sanctions

verb agree
    code: 0356
    obj: &en.withdrawal | de-escalate | pull back
    target: with
    gloss: agree to withdraw

verb agree
    code: 0862
    obj: inspections | inspectors | to allow inspectors
    gloss: agree to inspections

verb agree
    code: 036
    obj: to meet | meeting | talks | negotiations | to negotiate | summit | resume talks
    target: with
    gloss: agree to meet, negotiate

verb agree
    code: 038
    obj: &en.mediation
    gloss: agree to mediation

verb agree
    code: 057
    obj: &en.agreement
    target: with
    gloss: agree a deal

verb agree
    code: 0871
    obj: &en.ceasefire
    target: with
    gloss: agree to a ceasefire

verb express
    code: 030
    obj: readiness | willingness | commitment | desire to cooperate
    gloss: express readiness

verb signal
    code: 030
    form: signalled | signalling
    obj: readiness | willingness | openness
    gloss: signal readiness

verb invite
    code: 036
    gloss: invite (to visit, to talks)

verb accept
    code: 036
    obj: invitation
    gloss: accept an invitation

verb accept
    code: 038
    obj: &en.mediation | good offices
    gloss: accept mediation



# 04 CONSULT

verb meet
    code: 040
    target: with
    gloss: meet (with)

noun meeting
    code: 040
    target: with | between
    gloss: meeting

verb hold
    code: 040
    obj: talks | meeting | consultations | discussions | summit | bilateral talks | bilateral meeting | video conference
    target: with
    gloss: hold talks, a meeting

verb hold
    code: 046
    obj: negotiations | peace talks | round of talks | round of negotiations | indirect talks | direct talks
    target: with
    gloss: hold negotiations

verb discuss
    code: 040
    target: with
    gloss: discuss with

verb consult
    code: 040
    target: with
    gloss: consult (with)

verb confer
    code: 040
    form: conferred | conferring
    target: with
    gloss: confer with

verb talk with
    code: 040
    gloss: talk with

verb speak with
    code: 040
    gloss: speak with

verb brief
    code: 040
    target: on
    gloss: brief (someone)

verb inform
    code: 040
    gloss: inform

verb convene
    code: 040
    target: with
    gloss: convene (a meeting)

verb exchange
    code: 040
    obj: view | message | letter | ideas
    target: with
    gloss: exchange views

verb shake hands
    code: 040
    target: with
    gloss: shake hands with

noun summit
    code: 040
    target: with | between
    gloss: summit

noun consultation
    code: 040
    target: with | between
    gloss: consultations

noun discussion
    code: 040
    target: with | between
    gloss: discussions

verb phone
    code: 041
    gloss: phone

verb telephone
    code: 041
    gloss: telephone

verb speak
    code: 041
    obj: by phone | by telephone | on the phone | on the telephone | over the phone | by video link
    target: with | to
    gloss: speak by telephone

verb hold
    code: 041
    obj: phone call | telephone call | phone conversation | telephone conversation | video call | phone talks | telephone talks
    target: with
    gloss: hold a phone call

verb receive
    code: 041
    obj: phone call | telephone call | call
    target: from
    gloss: receive a phone call

noun phone call
    code: 041
    target: with | between | to
    gloss: phone call

noun telephone call
    code: 041
    target: with | between | to
    gloss: telephone call

noun phone conversation
    code: 041
    target: with | between
    gloss: phone conversation

noun telephone conversation
    code: 041
    target: with | between
    gloss: telephone conversation

noun video call
    code: 041
    target: with | between
    gloss: video call

verb visit
    code: 042
    gloss: visit

noun visit
    code: 042
    target: to
    gloss: visit

noun state visit
    code: 042
    target: to
    gloss: state visit

noun official visit
    code: 042
    target: to
    gloss: official visit

noun trip
    code: 042
    target: to
    gloss: trip (to)

verb pay
    code: 042
    obj: visit | state visit | official visit | courtesy call
    target: to
    gloss: pay a visit

verb tour
    code: 042
    gloss: tour (a country, a region)

verb arrive
    code: 042
    obj: visit | talks | summit | meeting | consultations
    target: in | at
    gloss: arrive in (for a visit, talks; never bare: troops, aid arrive)

verb arrive
    code: 042
    subject: official
    target: in | at
    gloss: arrive in (a leader or a minister: a visit; troops and aid arrive too, so only officials)

verb land
    code: 042
    subject: official
    target: in | at
    gloss: land in (a leader or a minister, as for "arrive")

verb travel to
    code: 042
    form: travelled to | travelling to
    gloss: travel to (not bare: "travel ban")

verb fly
    code: 042
    obj: for talks | for a visit | on a visit | for a summit | for meetings | for consultations | for a state visit | for an official visit
    target: to
    gloss: fly to (a capital) for talks, a visit (never bare: flights to exile, to hospital)

verb send
    code: 042
    obj: delegation | envoy | special envoy | emissary | foreign minister
    target: to
    gloss: send a delegation, an envoy

verb receive
    code: 040
    obj: letter | message from
    target: from
    gloss: receive a letter (from)

verb send
    code: 040
    obj: letter
    target: to
    gloss: send a letter

verb host
    code: 043
    gloss: host (a visitor, a meeting)

verb receive
    code: 043
    obj: counterpart | delegation | visiting | envoy | special envoy | foreign minister | president | prime minister | minister | ambassador | king | crown prince | emir | leader | secretary of state | secretary-general | chancellor | premier | sultan
    gloss: receive (a visitor; never bare: "received aid, a prize")

verb welcome
    code: 043
    obj: visiting | delegation | counterpart | guest | his counterpart | her counterpart
    gloss: welcome a visitor

verb mediate
    code: 045
    target: between
    gloss: mediate (between)

verb broker
    code: 045
    target: between
    gloss: broker (a deal, a truce)

verb facilitate
    code: 045
    obj: talks | negotiations | dialogue | agreement | deal | exchange
    target: between
    gloss: facilitate talks

verb sponsor
    code: 045
    obj: talks | negotiations | dialogue | peace talks
    target: between
    gloss: sponsor talks

noun mediation
    code: 045
    target: between
    gloss: mediation

verb negotiate
    code: 046
    target: with
    gloss: negotiate with

verb resume
    code: 046
    obj: talks | negotiations | dialogue | peace talks
    target: with
    gloss: resume talks

verb engage
    code: 046
    obj: in talks | in negotiations | in dialogue
    target: with
    gloss: engage in talks

noun talks
    code: 046
    target: with | between
    gloss: talks

noun negotiation
    code: 046
    target: with | between
    gloss: negotiations

noun peace talks
    code: 046
    target: with | between
    gloss: peace talks

noun ceasefire talks
    code: 046
    target: with | between
    gloss: ceasefire talks

noun cease-fire talks
    code: 046
    target: with | between
    gloss: ceasefire talks


# 05 ENGAGE IN DIPLOMATIC COOPERATION

verb normalise
    code: 050
    target: with
    gloss: normalise (relations)

verb normalize
    code: 050
    target: with
    gloss: normalize (relations)

verb upgrade
    code: 050
    obj: &en.relations
    target: with
    gloss: upgrade relations

verb improve
    code: 050
    obj: &en.relations
    target: with
    gloss: improve relations

verb adopt
    code: 050
    obj: resolution
    gloss: adopt a resolution

verb approve
    code: 050
    obj: resolution | agreement | deal | accord
    gloss: approve (a resolution, an agreement)

verb appoint
    code: 050
    obj: ambassador | envoy
    target: to
    gloss: appoint an ambassador

verb praise
    code: 051
    gloss: praise

verb commend
    code: 051
    gloss: commend

verb hail
    code: 051
    gloss: hail

verb laud
    code: 051
    gloss: laud

verb applaud
    code: 051
    gloss: applaud

verb congratulate
    code: 051
    gloss: congratulate

verb thank
    code: 051
    gloss: thank

verb welcome
    code: 051
    gloss: welcome (a step, a decision)

verb endorse
    code: 051
    gloss: endorse

verb support
    code: 051
    gloss: support (politically)

verb salute
    code: 051
    gloss: salute (praise)

verb express
    code: 051
    obj: support | backing | gratitude | appreciation | thanks | satisfaction | admiration
    target: for | to
    gloss: express support, gratitude

verb voice
    code: 051
    obj: support | backing | appreciation | satisfaction
    target: for
    gloss: voice support

verb reaffirm
    code: 051
    obj: support | backing | commitment | solidarity
    target: for | to | with
    gloss: reaffirm support

verb reiterate
    code: 051
    obj: support | backing | commitment
    target: for | to
    gloss: reiterate support

verb extend
    code: 051
    obj: thanks | gratitude | congratulations | greetings
    target: to
    gloss: extend thanks

verb lend
    code: 051
    obj: support | backing
    target: to
    gloss: lend support

verb stand by
    code: 051
    gloss: stand by (support)

verb stand with
    code: 051
    gloss: stand with (support)

verb side with
    code: 051
    gloss: side with

verb vote for
    code: 051
    gloss: vote for

verb vote in favour of
    code: 051
    gloss: vote in favour of

verb vote in favor of
    code: 051
    gloss: vote in favor of

verb defend
    code: 052
    obj: decision | policy | move | record | action | handling | remark | comment | stance | position | approach | strategy | conduct
    gloss: defend (a decision) verbally

verb justify
    code: 052
    obj: decision | policy | move | action | attack | strike | operation
    gloss: justify (defend verbally)

verb rally
    code: 053
    obj: support | backing | allies
    target: for | behind
    gloss: rally support

verb rally behind
    code: 053
    gloss: rally behind

verb mobilise
    code: 053
    obj: support | international support | backing
    target: for
    gloss: mobilise support

verb mobilize
    code: 053
    obj: support | international support | backing
    target: for
    gloss: mobilize support

verb recognise
    code: 054
    gloss: recognise (diplomatically)

verb recognize
    code: 054
    gloss: recognize (diplomatically)

noun diplomatic recognition
    code: 054
    target: of
    gloss: diplomatic recognition

verb grant
    code: 054
    obj: recognition | diplomatic recognition
    target: to
    gloss: grant recognition

verb establish
    code: 054
    obj: &en.relations | embassy
    target: with
    gloss: establish diplomatic relations

verb restore
    code: 054
    obj: &en.relations
    target: with
    gloss: restore relations

verb resume
    code: 054
    obj: &en.relations
    target: with
    gloss: resume diplomatic relations

verb open
    code: 054
    obj: embassy | consulate
    target: in
    gloss: open an embassy

verb reopen
    code: 054
    obj: embassy | consulate
    target: in
    gloss: reopen an embassy

verb exchange
    code: 054
    obj: ambassador
    target: with
    gloss: exchange ambassadors

verb present
    code: 054
    obj: credentials | letters of credence
    target: to
    gloss: present credentials

verb accept
    code: 054
    obj: credentials | letters of credence
    gloss: accept credentials

verb apologise
    code: 055
    target: to
    gloss: apologise

verb apologize
    code: 055
    target: to
    gloss: apologize

noun apology
    code: 055
    target: to
    gloss: apology

verb issue
    code: 055
    obj: apology
    target: to
    gloss: issue an apology

verb offer
    code: 055
    obj: apology
    target: to
    gloss: offer an apology

verb forgive
    code: 056
    gloss: forgive

verb accept
    code: 056
    obj: apology
    gloss: accept an apology

verb sign
    code: 057
    obj: &en.agreement | peace deal | peace agreement | peace treaty | letter of intent
    target: with
    gloss: sign an agreement

verb sign
    code: 062
    obj: arms deal | arms contract | weapons deal | defence contract | defense contract
    target: with
    gloss: sign an arms deal

verb sign
    code: 0871
    obj: &en.ceasefire
    target: with
    gloss: sign a ceasefire

verb ink
    code: 057
    obj: &en.agreement
    target: with
    gloss: ink a deal

verb approve
    code: 051
    obj: bid to join | accession | membership bid | application to join
    gloss: approve a bid to join (an alliance)

verb ratify
    code: 057
    gloss: ratify (an agreement)

verb conclude
    code: 057
    obj: &en.agreement
    target: with
    gloss: conclude an agreement

verb reach
    code: 057
    obj: &en.agreement | understanding | consensus | compromise | settlement
    target: with
    gloss: reach an agreement

verb reach
    code: 0871
    obj: &en.ceasefire
    target: with
    gloss: reach a ceasefire

verb strike
    code: 057
    obj: deal | agreement | accord | bargain
    target: with
    gloss: strike a deal

verb seal
    code: 057
    obj: deal | agreement | accord | pact
    target: with
    gloss: seal a deal

verb clinch
    code: 057
    obj: deal | agreement | accord
    target: with
    gloss: clinch a deal

verb finalise
    code: 057
    obj: deal | agreement | accord | treaty
    target: with
    gloss: finalise a deal

verb finalize
    code: 057
    obj: deal | agreement | accord | treaty
    target: with
    gloss: finalize a deal

verb join
    code: 057
    obj: alliance | coalition | treaty | convention | pact | accord
    gloss: join an alliance, accede to a treaty

verb accede
    code: 057
    obj: to the treaty | to the convention | treaty | convention
    gloss: accede to a treaty

noun agreement
    code: 057
    target: with | between
    gloss: agreement

noun accord
    code: 057
    target: with | between
    gloss: accord

noun peace deal
    code: 057
    target: with | between
    gloss: peace deal

noun peace agreement
    code: 057
    target: with | between
    gloss: peace agreement

noun peace treaty
    code: 057
    target: with | between
    gloss: peace treaty

noun memorandum of understanding
    code: 057
    target: with | between
    gloss: memorandum of understanding


# 06 ENGAGE IN MATERIAL COOPERATION

verb cooperate
    code: 060
    target: with
    gloss: cooperate with

verb coordinate with
    code: 060
    gloss: coordinate with (not bare: "coordinated attacks")

verb partner
    code: 060
    target: with
    gloss: partner with

verb work with
    code: 060
    gloss: work with (cooperate)

verb invest
    code: 061
    target: in
    gloss: invest in

verb pump
    code: 061
    obj: gas | natural gas | oil | crude
    target: to | into
    gloss: pump gas, oil to

verb buy
    code: 061
    obj: oil | gas | crude | wheat | grain | liquefied natural gas | lng | coal | electricity
    target: from
    gloss: buy commodities from

verb purchase
    code: 061
    obj: oil | gas | crude | wheat | grain | liquefied natural gas | lng
    target: from
    gloss: purchase commodities from

verb sell
    code: 061
    obj: oil | gas | crude | wheat | grain | liquefied natural gas | lng | electricity
    target: to
    gloss: sell commodities to

verb supply
    code: 061
    obj: oil | gas | crude | wheat | grain | liquefied natural gas | lng | electricity | energy
    target: to | with
    gloss: supply commodities

verb sign
    code: 061
    obj: trade agreement | trade deal | free trade agreement | economic agreement | investment agreement | energy deal | gas deal | oil deal
    target: with
    gloss: sign a trade agreement

verb buy
    code: 062
    obj: &en.weapons | drone | warplane | fighter jet | submarine | frigate
    target: from
    gloss: buy weapons from

verb purchase
    code: 062
    obj: &en.weapons | drone | warplane | fighter jet | submarine | frigate
    target: from
    gloss: purchase weapons from

verb sell
    code: 062
    obj: &en.weapons | drone | warplane | fighter jet | submarine | frigate
    target: to
    gloss: sell weapons to

verb train
    code: 062
    obj: troops | soldiers | forces | personnel | pilots | fighters | security forces | police officers | army
    gloss: train forces

verb hold
    code: 062
    obj: joint exercises | joint military exercises | joint drills | joint naval drills | joint patrols | joint manoeuvres | joint maneuvers | joint war games
    target: with
    gloss: hold joint exercises

noun joint exercise
    code: 062
    target: with | between
    gloss: joint exercises

noun joint military exercise
    code: 062
    target: with | between
    gloss: joint military exercises

noun joint drill
    code: 062
    target: with | between
    gloss: joint drills

noun joint naval drill
    code: 062
    target: with | between
    gloss: joint naval drills

noun joint patrol
    code: 062
    target: with | between
    gloss: joint patrols

noun arms deal
    code: 062
    target: with | to
    gloss: arms deal

noun arms sale
    code: 062
    target: to
    gloss: arms sales

noun weapons sale
    code: 062
    target: to
    gloss: weapons sales

verb extradite
    code: 063
    target: to
    gloss: extradite

noun extradition
    code: 063
    target: to
    gloss: extradition

verb hand over
    code: 063
    obj: suspect | fugitive | wanted man | accused
    target: to
    gloss: hand over suspects

verb share
    code: 064
    obj: intelligence | information | data | evidence | intelligence information | findings
    target: with
    gloss: share intelligence

verb provide
    code: 064
    obj: intelligence | information on | evidence
    target: to | with
    gloss: provide intelligence

verb hand over
    code: 064
    obj: evidence | documents | files | intelligence
    target: to
    gloss: hand over evidence


# 07 PROVIDE AID

verb provide
    code: 070
    obj: &en.aid | help | support
    target: to | with
    gloss: provide aid

verb provide
    code: 071
    obj: &en.econaid
    target: to | with
    gloss: provide economic aid

verb provide
    code: 072
    obj: &en.weapons
    target: to | with
    gloss: provide military aid, weapons

verb provide
    code: 073
    obj: &en.humaid
    target: to | with
    gloss: provide humanitarian aid

verb provide
    code: 074
    obj: protection | security guarantee | peacekeeper | air cover
    target: to | for
    gloss: provide protection

verb provide
    code: 075
    obj: asylum | refuge | shelter | sanctuary | safe haven
    target: to
    gloss: provide asylum

verb send
    code: 070
    obj: &en.aid
    target: to
    gloss: send aid

verb send
    code: 071
    obj: &en.econaid
    target: to
    gloss: send economic aid

verb send
    code: 072
    obj: &en.weapons | military advisers | military advisors
    target: to
    gloss: send weapons

verb send
    code: 073
    obj: &en.humaid | aid convoy | aid ship | aid flight | rescue team | medical team | field hospital | hospital ship
    target: to
    gloss: send humanitarian aid

verb send
    code: 074
    obj: peacekeeper | peacekeeping troops | peacekeeping force
    target: to
    gloss: send peacekeepers

verb dispatch
    code: 070
    obj: &en.aid
    target: to
    gloss: dispatch aid

verb dispatch
    code: 073
    obj: &en.humaid | aid convoy | aid ship | rescue team | medical team | field hospital | hospital ship
    target: to
    gloss: dispatch humanitarian aid

verb deliver
    code: 070
    obj: &en.aid
    target: to
    gloss: deliver aid

verb deliver
    code: 072
    obj: &en.weapons
    target: to
    gloss: deliver weapons

verb deliver
    code: 073
    obj: &en.humaid
    target: to
    gloss: deliver humanitarian aid

verb give
    code: 070
    obj: &en.aid
    target: to
    gloss: give aid

verb give
    code: 071
    obj: &en.econaid
    target: to
    gloss: give economic aid

verb give
    code: 072
    obj: &en.weapons
    target: to
    gloss: give weapons

verb give
    code: 073
    obj: &en.humaid
    target: to
    gloss: give humanitarian aid

verb grant
    code: 070
    obj: &en.aid
    target: to
    gloss: grant aid

verb grant
    code: 071
    obj: &en.econaid
    target: to
    gloss: grant a loan

verb grant
    code: 075
    obj: asylum | political asylum | refuge | refugee status
    target: to
    gloss: grant asylum

verb supply
    code: 072
    obj: &en.weapons
    target: to | with
    gloss: supply weapons

verb supply
    code: 073
    obj: &en.humaid
    target: to | with
    gloss: supply humanitarian aid

verb donate
    code: 070
    target: to
    gloss: donate

verb allocate
    code: 070
    obj: &en.aid
    target: to | for
    gloss: allocate aid

verb allocate
    code: 071
    obj: &en.econaid | million | billion
    target: to | for
    gloss: allocate funds

verb approve
    code: 071
    obj: &en.econaid
    target: to | for
    gloss: approve a loan, funding

verb approve
    code: 072
    obj: &en.milaid | arms sale | weapons package | arms package
    target: to | for
    gloss: approve military aid

verb lend
    code: 071
    target: to
    gloss: lend

verb assist
    code: 070
    gloss: assist

verb equip
    code: 072
    form: equipped | equipping
    target: with
    gloss: equip (forces)

verb airdrop
    code: 073
    form: airdropped | airdropping
    target: to | into | over
    gloss: airdrop aid

verb rescue
    code: 073
    gloss: rescue

verb protect
    code: 074
    gloss: protect

verb deploy
    code: 074
    obj: peacekeeper | peacekeeping troops | peacekeeping force | peacekeeping mission
    target: to | in
    gloss: deploy peacekeepers

verb take in
    code: 075
    obj: refugee | migrant | asylum seeker | displaced
    gloss: take in refugees

verb host
    code: 075
    obj: refugee | asylum seeker | displaced
    gloss: host refugees

verb shelter
    code: 075
    obj: refugee | displaced | asylum seeker
    gloss: shelter refugees

verb receive
    code: 070
    obj: &en.aid
    subject: target
    target: from
    gloss: receive aid (from)

verb receive
    code: 071
    obj: &en.econaid
    subject: target
    target: from
    gloss: receive a loan, funding (from)

verb receive
    code: 072
    obj: &en.weapons
    subject: target
    target: from
    gloss: receive weapons (from)

verb receive
    code: 073
    obj: &en.humaid
    subject: target
    target: from
    gloss: receive humanitarian aid (from)

noun aid package
    code: 070
    target: to | for
    gloss: aid package

noun military aid package
    code: 072
    target: to | for
    gloss: military aid package

noun weapons package
    code: 072
    target: to | for
    gloss: weapons package

noun arms shipment
    code: 072
    target: to | for
    gloss: arms shipment

noun weapons shipment
    code: 072
    target: to | for
    gloss: weapons shipment

noun loan
    code: 071
    target: to | for
    gloss: loan

noun bailout
    code: 071
    target: to | for
    gloss: bailout

noun aid convoy
    code: 073
    target: to | for
    gloss: aid convoy

noun aid shipment
    code: 073
    target: to | for
    gloss: aid shipment

noun aid truck
    code: 073
    target: to | for
    gloss: aid trucks

noun aid flight
    code: 073
    target: to | for
    gloss: aid flight

noun aid ship
    code: 073
    target: to | for
    gloss: aid ship

noun rescue team
    code: 073
    target: to | in
    gloss: rescue team (sent abroad)

noun relief convoy
    code: 073
    target: to | for
    gloss: relief convoy

noun airdrop
    code: 073
    target: to | for | over
    gloss: airdrop (of aid)

noun airlift
    code: 073
    target: to | for
    gloss: airlift

noun political asylum
    code: 075
    target: to | in
    gloss: political asylum


# 08 YIELD

verb back down
    code: 080
    target: on | from
    gloss: back down

verb backtrack
    code: 080
    target: on
    gloss: backtrack

verb give in
    code: 080
    target: to
    gloss: give in (to)

verb bow to
    code: 080
    gloss: bow to (pressure)

verb cave in
    code: 080
    target: to
    gloss: cave in (to)

verb yield to
    code: 080
    gloss: yield to

verb make
    code: 080
    obj: concession
    target: to
    gloss: make concessions

verb reverse
    code: 080
    obj: decision | policy | course | ban | order
    gloss: reverse a decision

verb ease
    code: 081
    obj: restriction | curbs | controls | measures
    target: on
    gloss: ease restrictions

verb drop
    code: 080
    obj: veto | objection | objections | opposition | its opposition | its objections | its veto | demand | demands | precondition | preconditions | condition
    gloss: drop a veto, an objection (yield)

verb lift
    code: 080
    obj: veto | its veto | objection | objections
    gloss: lift a veto

verb withdraw
    code: 080
    obj: veto | objection | objections | its objections
    gloss: withdraw objections

verb lift
    code: 081
    obj: restriction | ban | travel ban | curbs | controls
    target: on
    gloss: lift restrictions, a ban

verb lift
    code: 0813
    obj: curfew
    gloss: lift a curfew

verb lift
    code: 0814
    obj: state of emergency | emergency rule | martial law
    gloss: lift a state of emergency

verb end
    code: 0814
    obj: state of emergency | emergency rule | martial law
    gloss: end a state of emergency

verb call off
    code: 082
    obj: &en.protests | hunger strike
    gloss: call off a strike, protest

verb suspend
    code: 082
    obj: general strike | protest | demonstration | sit-in | hunger strike | boycott | strike action
    gloss: suspend a strike, protests

verb end
    code: 082
    obj: general strike | hunger strike | sit-in | boycott | protest | strike action
    gloss: end a strike, protest

verb meet
    code: 083
    obj: demand | their demands | the demands | conditions
    gloss: meet demands

verb accede
    code: 083
    obj: to demands | to the demands | demand | request
    gloss: accede to demands

verb give in
    code: 083
    obj: to demands | to the demands | demand
    gloss: give in to demands

verb resign
    code: 0831
    gloss: resign

verb step down
    code: 0831
    gloss: step down

verb step aside
    code: 0831
    gloss: step aside

verb stand down
    code: 0831
    gloss: stand down

verb quit
    code: 0831
    form: quitting
    obj: post | position | office | job | presidency | premiership | cabinet | government | as prime minister | as president | as minister
    gloss: quit (office)

verb hand over
    code: 0831
    obj: power | authority | control of the government | the presidency
    target: to
    gloss: hand over power

verb relinquish
    code: 0831
    obj: power | office | post | presidency
    gloss: relinquish power

verb tender
    code: 0831
    obj: resignation
    gloss: tender one's resignation

verb submit
    code: 0831
    form: submitted | submitting
    obj: resignation
    gloss: submit one's resignation

verb announce
    code: 0831
    obj: resignation
    gloss: announce one's resignation

verb release
    code: 0841
    target: to
    gloss: release (persons)

noun release
    code: 0841
    target: to
    gloss: release (of persons)

noun release
    code: 010
    obj: of a statement | of the report | of a report | of a video | of the video | of footage | of data | of figures | of the statement
    gloss: release of a statement, a report (not of persons)

verb free
    code: 0841
    obj: &en.persons
    gloss: free (persons)

verb set free
    code: 0841
    gloss: set free

verb exchange
    code: 0841
    obj: prisoner | hostage | captive | detainee | prisoners of war | bodies
    target: with
    gloss: exchange prisoners

verb swap
    code: 0841
    obj: prisoner | hostage | captive | detainee | prisoners of war
    target: with
    gloss: swap prisoners

verb hand over
    code: 0841
    obj: &en.persons
    target: to
    gloss: hand over prisoners, remains

verb return
    code: 0841
    obj: &en.persons
    target: to
    gloss: return prisoners, remains

verb repatriate
    code: 0841
    gloss: repatriate

verb pardon
    code: 0841
    gloss: pardon

verb grant
    code: 0841
    obj: amnesty | pardon | clemency
    target: to
    gloss: grant an amnesty, a pardon

noun prisoner exchange
    code: 0841
    target: with | between
    gloss: prisoner exchange

noun prisoner swap
    code: 0841
    target: with | between
    gloss: prisoner swap

noun hostage release
    code: 0841
    gloss: hostage release

verb release
    code: 071
    obj: million from | billion from | million in aid | billion in aid | million in emergency | emergency funds | emergency funding | tranche of aid
    target: to | for
    gloss: release $5 million (for a country, from a fund); frozen funds are 0842

verb release
    code: 0842
    obj: asset | frozen assets | funds | frozen funds | ship | vessel | tanker | cargo | aircraft | property
    target: to
    gloss: release assets, a seized ship

verb return
    code: 0842
    obj: territory | land | island | asset | property | artefact | artifact | ship | vessel | tanker
    target: to
    gloss: return property, territory

verb unfreeze
    code: 0842
    form: unfroze | unfrozen
    gloss: unfreeze (assets)

verb lift
    code: 085
    obj: &en.sanctions
    target: on | against
    gloss: lift sanctions, an embargo

verb ease
    code: 085
    obj: &en.sanctions
    target: on | against
    gloss: ease sanctions

verb relax
    code: 085
    obj: &en.sanctions
    target: on | against
    gloss: relax sanctions

verb suspend
    code: 085
    obj: &en.sanctions
    target: on | against
    gloss: suspend sanctions

verb remove
    code: 085
    obj: &en.sanctions
    target: on | against
    gloss: remove sanctions

verb end
    code: 085
    obj: &en.sanctions | boycott
    target: on | against
    gloss: end sanctions

noun lifting
    code: 085
    obj: &en.sanctions | of sanctions | of all sanctions | of the sanctions | of us sanctions | of u.s. sanctions
    target: on | against
    gloss: lifting of sanctions

noun lifting
    code: 0872
    obj: of the siege | of the blockade | siege | blockade
    target: on
    gloss: lifting of a siege, blockade

noun sanctions relief
    code: 085
    target: for
    gloss: sanctions relief

verb allow
    code: 0861
    obj: peacekeeper | peacekeeping force | peacekeeping troops | peacekeeping mission
    gloss: allow peacekeepers in

verb accept
    code: 0861
    obj: peacekeeper | peacekeeping force | peacekeeping troops | peacekeeping mission
    gloss: accept peacekeepers

verb allow
    code: 0862
    obj: inspector | inspections | monitor | observer | fact-finding mission | investigators
    gloss: allow inspectors in

verb allow
    code: 0863
    obj: &en.humaid | aid | aid trucks | aid convoys | relief | aid workers | aid agencies
    gloss: allow aid in

verb open
    code: 0863
    obj: humanitarian corridor | safe passage | aid route | aid corridor
    gloss: open a humanitarian corridor

verb grant
    code: 086
    obj: access | unimpeded access | humanitarian access
    target: to
    gloss: grant access

verb de-escalate
    code: 087
    gloss: de-escalate

verb halt
    code: 087
    obj: attacks | offensive | strikes | air strikes | airstrikes | fighting | hostilities | bombing | bombardment | shelling | military operations | advance | march on
    gloss: halt attacks, the offensive

verb stop
    code: 087
    obj: attacks | offensive | air strikes | airstrikes | fighting | hostilities | bombing | bombardment | shelling | military operations | the war
    gloss: stop attacks, the fighting

verb end
    code: 087
    obj: war | fighting | hostilities | offensive | military operation | bombing | occupation | siege of
    gloss: end the war, the fighting

verb suspend
    code: 087
    obj: attacks | strikes | air strikes | airstrikes | military operations | offensive | bombing
    gloss: suspend attacks

verb pause
    code: 087
    obj: fighting | attacks | strikes | offensive | military operations | bombing
    gloss: pause attacks

verb scale back
    code: 087
    obj: operations | military operations | attacks | offensive | presence | military presence
    gloss: scale back operations

verb reduce
    code: 087
    obj: military presence | troop presence | troop levels | number of troops | forces
    target: in
    gloss: reduce military presence

verb declare
    code: 0871
    obj: &en.ceasefire | unilateral ceasefire
    target: with
    gloss: declare a ceasefire

verb announce
    code: 0871
    obj: &en.ceasefire | unilateral ceasefire
    target: with
    gloss: announce a ceasefire

verb accept
    code: 0871
    obj: &en.ceasefire
    target: with
    gloss: accept a ceasefire

verb observe
    code: 0871
    obj: &en.ceasefire
    gloss: observe a ceasefire

verb extend
    code: 0871
    obj: &en.ceasefire
    gloss: extend a ceasefire

# A bare "ceasefire" is mostly the object of a call, a demand, a rejection or a violation, or
# background ("the ceasefire has held since"): as a noun it needs a word saying it began.
noun ceasefire
    code: 0871
    obj: took effect | went into effect | came into effect | came into force | took hold | was agreed | was reached | was declared | was announced | was brokered | was signed | agreed between | agreed by | brokered by | announced by
    target: with | between
    gloss: ceasefire

noun cease-fire
    code: 0871
    obj: took effect | went into effect | came into effect | came into force | took hold | was agreed | was reached | was declared | was announced | was brokered | was signed | agreed between | agreed by | brokered by | announced by
    target: with | between
    gloss: ceasefire

noun truce
    code: 0871
    obj: took effect | went into effect | came into effect | came into force | took hold | was agreed | was reached | was declared | was announced | was brokered | was signed | agreed between | agreed by | brokered by | announced by
    target: with | between
    gloss: truce

noun armistice
    code: 0871
    obj: took effect | went into effect | came into effect | came into force | took hold | was agreed | was reached | was declared | was announced | was brokered | was signed | agreed between | agreed by | brokered by | announced by
    target: with | between
    gloss: armistice

noun humanitarian pause
    code: 0871
    obj: took effect | went into effect | came into effect | came into force | took hold | was agreed | was reached | was declared | was announced | was brokered | was signed | agreed between | agreed by | brokered by | announced by
    target: with | between
    gloss: humanitarian pause

verb lift
    code: 0872
    obj: siege | blockade | naval blockade
    target: on
    gloss: lift a siege, blockade

verb ease
    code: 0872
    obj: siege | blockade
    target: on
    gloss: ease a blockade

verb end
    code: 0872
    obj: siege | blockade
    target: on
    gloss: end a siege, blockade

verb reopen
    code: 0872
    obj: crossing | border crossing | border | airport | port | airspace
    gloss: reopen crossings, borders

verb open
    code: 0872
    obj: crossing | border crossing | border crossings
    gloss: open crossings

verb disarm
    code: 0873
    gloss: disarm

verb demobilise
    code: 0873
    gloss: demobilise

verb demobilize
    code: 0873
    gloss: demobilize

verb disband
    code: 0873
    gloss: disband (armed groups)

verb lay down
    code: 0873
    obj: arms | weapons
    gloss: lay down arms

verb hand over
    code: 0873
    obj: weapons | arms | heavy weapons
    target: to
    gloss: hand over weapons

verb surrender
    code: 0874
    target: to
    gloss: surrender

verb withdraw
    code: 0874
    target: from
    gloss: withdraw (militarily)

verb withdraw
    code: 0874
    obj: &en.troops | tanks | troops from | forces from
    target: from
    gloss: withdraw troops

verb pull out
    code: 0874
    target: of | from
    gloss: pull out (troops)

verb pull back
    code: 0874
    target: from
    gloss: pull back (troops)

verb pull
    code: 0874
    obj: troops | forces | soldiers
    target: from | out of
    gloss: pull troops out

verb retreat
    code: 0874
    target: from
    gloss: retreat

verb evacuate
    code: 0874
    obj: positions | base | outpost | military post | stronghold
    gloss: evacuate positions

verb abandon
    code: 0874
    obj: positions | base | outpost | stronghold
    gloss: abandon positions

noun troop withdrawal
    code: 0874
    target: from
    gloss: troop withdrawal

noun military withdrawal
    code: 0874
    target: from
    gloss: military withdrawal

noun withdrawal
    code: 0874
    obj: of troops | of forces | of its troops | of its forces | of foreign troops | of foreign forces
    target: from
    gloss: withdrawal of troops


# 09 INVESTIGATE

verb investigate
    code: 090
    gloss: investigate

verb investigate
    code: 091
    obj: corruption | fraud | bribery | embezzlement | money laundering | graft | tax evasion | financial crimes
    gloss: investigate corruption

verb investigate
    code: 092
    obj: human rights abuses | human rights violations | abuses | torture | rights violations | mistreatment
    gloss: investigate human-rights abuses

verb investigate
    code: 094
    obj: war crimes | genocide | crimes against humanity | ethnic cleansing | massacre
    gloss: investigate war crimes

verb probe
    code: 090
    gloss: probe

verb look into
    code: 090
    gloss: look into

verb inspect
    code: 090
    gloss: inspect

verb interrogate
    code: 090
    gloss: interrogate

verb open
    code: 090
    obj: investigation | inquiry | probe | criminal investigation | criminal case | case
    target: into | against
    gloss: open an investigation

verb order
    code: 174
    obj: to leave | to leave the country | out of the country | to depart | to quit the country
    gloss: order (diplomats, advisers) to leave: expulsion

verb order
    code: 100
    obj: to
    gloss: order (another party) to do something: a demand ("the court ordered Israel to"); one's own forces are no other side

verb order
    code: 090
    obj: investigation | inquiry | probe
    target: into
    gloss: order an investigation

noun investigation
    code: 090
    target: into | of | against
    gloss: investigation

noun inquiry
    code: 090
    target: into | of
    gloss: inquiry

noun fact-finding mission
    code: 090
    target: to | into
    gloss: fact-finding mission

noun commission of inquiry
    code: 090
    target: into
    gloss: commission of inquiry

noun criminal investigation
    code: 091
    target: into | of | against
    gloss: criminal investigation

noun corruption investigation
    code: 091
    target: into | of | against
    gloss: corruption investigation

noun corruption probe
    code: 091
    target: into | of | against
    gloss: corruption probe

noun war crimes investigation
    code: 094
    target: into | of | against
    gloss: war-crimes investigation


# 10 DEMAND

verb demand
    code: 100
    target: from | of
    gloss: demand

verb demand
    code: 101
    obj: investigation | inquiry | probe | explanation | clarification | answers | information | accountability
    target: from | of
    gloss: demand an investigation, explanations

verb demand
    code: 1013
    obj: extradition | handover | prosecution | trial of
    target: from | of
    gloss: demand extradition, prosecution

verb demand
    code: 103
    obj: &en.aid | &en.humaid
    target: from | of
    gloss: demand aid

verb demand
    code: 1031
    obj: compensation | reparations | &en.econaid
    target: from | of
    gloss: demand compensation, economic aid

verb demand
    code: 1032
    obj: &en.milaid
    target: from | of
    gloss: demand military aid

verb demand
    code: 1034
    obj: &en.protection
    target: from | of
    gloss: demand protection

verb demand
    code: 104
    obj: &en.reform
    target: from | of
    gloss: demand reform

verb demand
    code: 1041
    obj: &en.leadership
    target: from | of
    gloss: demand a change of leadership

verb demand
    code: 1043
    obj: &en.rights
    target: from | of
    gloss: demand rights

verb demand
    code: 1044
    obj: independence | self-determination | autonomy | new constitution
    target: from | of
    gloss: demand independence, a new constitution

verb demand
    code: 105
    obj: &en.mediation
    target: from | of
    gloss: demand mediation

verb demand
    code: 1053
    obj: &en.release | release
    target: from | of
    gloss: demand release

verb demand
    code: 1054
    obj: &en.easesanctions
    target: from | of
    gloss: demand easing of sanctions

verb demand
    code: 1056
    obj: &en.deescalate
    target: from | of
    gloss: demand de-escalation

verb demand
    code: 106
    obj: &en.withdrawal
    target: from | of
    gloss: demand withdrawal

verb demand
    code: 107
    obj: &en.ceasefire
    target: from | of
    gloss: demand a ceasefire

verb demand
    code: 108
    obj: &en.talks
    target: from | of | with
    gloss: demand talks, a meeting

verb insist on
    code: 100
    gloss: insist on (demand)

verb press for
    code: 100
    gloss: press for

verb press for
    code: 1053
    obj: &en.release | release
    gloss: press for release

verb press for
    code: 107
    obj: &en.ceasefire
    gloss: press for a ceasefire

verb make
    code: 100
    obj: demand
    target: of | on
    gloss: make demands

verb set
    code: 100
    obj: condition | preconditions
    target: for
    gloss: set conditions


# 11 DISAPPROVE

verb express
    code: 110
    obj: disappointment | displeasure | dismay | anger | outrage | indignation | frustration | disapproval | regret over
    target: at | over | with
    gloss: express displeasure

verb voice
    code: 110
    obj: disappointment | displeasure | dismay | anger | outrage | frustration | disapproval
    target: at | over | with
    gloss: voice displeasure

verb disapprove
    code: 110
    target: of
    gloss: disapprove (of)

verb question
    code: 110
    obj: legitimacy | credibility | motives | sincerity
    gloss: question the legitimacy of

verb criticise
    code: 111
    gloss: criticise

verb criticize
    code: 111
    gloss: criticize

verb condemn
    code: 111
    gloss: condemn

verb denounce
    code: 111
    gloss: denounce

verb deplore
    code: 111
    gloss: deplore

verb decry
    code: 111
    gloss: decry

verb slam
    code: 111
    gloss: slam (criticise)

verb rebuke
    code: 111
    gloss: rebuke

verb reprimand
    code: 111
    gloss: reprimand

verb censure
    code: 111
    gloss: censure

verb chastise
    code: 111
    gloss: chastise

verb castigate
    code: 111
    gloss: castigate

verb lambast
    code: 111
    gloss: lambast

verb lambaste
    code: 111
    gloss: lambaste

verb berate
    code: 111
    gloss: berate

verb excoriate
    code: 111
    gloss: excoriate

verb assail
    code: 111
    gloss: assail (verbally)

verb scold
    code: 111
    gloss: scold

verb ridicule
    code: 111
    gloss: ridicule

verb deride
    code: 111
    gloss: deride

verb lash out
    code: 111
    target: at | against
    gloss: lash out at

verb hit out
    code: 111
    target: at | against
    gloss: hit out at

verb take aim
    code: 111
    target: at
    gloss: take aim at (verbally)

verb call
    code: 111
    obj: &en.pejorative
    gloss: call (something) a sham, illegal, a violation

verb brand
    code: 111
    obj: &en.pejorative | as a terrorist | a terrorist organisation | a terrorist organization
    gloss: brand (something) illegal, terrorist

verb describe
    code: 111
    obj: as &en.pejorative
    gloss: describe (something) as illegal, a violation

verb designate
    code: 111
    obj: terrorist | terror group | terrorist organisation | terrorist organization | foreign terrorist organization | terrorist entity
    gloss: designate as a terrorist organisation

verb draw
    code: 111
    obj: criticism | condemnation | rebuke | ire | censure
    subject: target
    target: from
    gloss: draw criticism (from)

verb face
    code: 111
    obj: criticism | condemnation | backlash | censure | rebuke
    subject: target
    target: from
    gloss: face criticism (from)

verb come under
    code: 111
    obj: criticism | pressure | scrutiny | attack from critics
    subject: target
    target: from
    gloss: come under criticism (from)

noun condemnation
    code: 111
    target: of
    gloss: condemnation

noun criticism
    code: 111
    target: of
    gloss: criticism

noun rebuke
    code: 111
    target: of
    gloss: rebuke

verb accuse
    code: 112
    gloss: accuse

verb blame
    code: 112
    target: for
    gloss: blame

verb hold
    code: 112
    obj: responsible | fully responsible | accountable
    gloss: hold responsible

verb point
    code: 112
    obj: the finger | finger
    target: at
    gloss: point the finger at

verb trade
    code: 112
    obj: accusation | blame | barb | insult | recriminations
    target: with
    gloss: trade accusations

verb exchange
    code: 112
    obj: accusation | blame | barb | insult | recriminations
    target: with
    gloss: exchange accusations

verb level
    code: 112
    form: levelled | levelling
    obj: accusation | allegation | charge
    target: at | against
    gloss: level accusations at

noun accusation
    code: 112
    target: against | of
    gloss: accusation

noun allegation
    code: 112
    target: against | of
    gloss: allegation

verb accuse
    code: 1121
    obj: of corruption | of fraud | of bribery | of embezzlement | of money laundering | of theft | of stealing | of graft | of smuggling | of plotting a coup | of plotting | of attempting a coup | of a coup plot | of trying to stage a coup
    gloss: accuse of crime, corruption

verb accuse
    code: 1122
    obj: of human rights abuses | of human rights violations | of abuses | of torture | of persecution | of repression | of abusing | of mistreating | of discrimination | of apartheid
    gloss: accuse of human-rights abuses

verb accuse
    code: 1123
    obj: of aggression | of attacking | of an attack | of interference | of meddling | of interfering | of provocation | of provocations | of destabilising | of destabilizing | of supporting terrorism | of backing terrorism | of sponsoring terrorism | of violating its sovereignty | of violating the ceasefire | of violating the truce | of launching | of firing | of shelling | of bombing | of sending troops | of deploying troops | of backing rebels | of supporting rebels | of arming | of backing the
    gloss: accuse of aggression

verb accuse
    code: 1124
    obj: of war crimes | of genocide | of crimes against humanity | of ethnic cleansing | of massacre | of massacring | of atrocities
    gloss: accuse of war crimes

verb accuse
    code: 1125
    obj: of espionage | of spying | of treason
    gloss: accuse of espionage, treason

verb blame
    code: 1123
    obj: for the attack | for attacks | for the strike | for the bombing | for the shelling | for the escalation | for the violence
    gloss: blame for an attack

verb rally
    code: 113
    obj: opposition | international opposition
    gloss: rally opposition against

verb lobby against
    code: 113
    gloss: lobby against

verb complain
    code: 114
    target: to | about | of
    gloss: complain (officially)

verb lodge
    code: 114
    obj: complaint | protest | formal protest | formal complaint | objection
    target: with | against | to
    gloss: lodge a complaint, a protest

verb file
    code: 114
    obj: complaint | formal complaint | protest
    target: with | against
    gloss: file a complaint

verb submit
    code: 114
    form: submitted | submitting
    obj: complaint | formal complaint | letter of protest
    target: to | against
    gloss: submit a complaint

verb summon
    code: 114
    obj: &en.envoy | diplomat
    gloss: summon an envoy (protest)

verb hand
    code: 114
    obj: protest note | note of protest | formal protest | letter of protest
    gloss: hand a protest note

noun protest note
    code: 114
    target: to
    gloss: protest note

noun formal complaint
    code: 114
    target: against | to
    gloss: formal complaint

noun formal protest
    code: 114
    target: to | against
    gloss: formal protest

verb sue
    code: 115
    gloss: sue

verb file
    code: 115
    obj: lawsuit | suit | legal action | case | legal challenge | legal complaint
    target: against
    gloss: file a lawsuit

verb bring
    code: 115
    obj: lawsuit | suit | case | legal action | legal proceedings
    target: against
    gloss: bring a case

verb take
    code: 115
    obj: to court | to the court | to the international court | to the icj
    gloss: take to court

noun lawsuit
    code: 115
    target: against
    gloss: lawsuit

noun legal battle
    code: 115
    target: with | against
    gloss: legal battle

verb convict
    code: 116
    target: of
    gloss: convict

verb find
    code: 116
    obj: guilty
    target: of
    gloss: find guilty


# 12 REJECT

verb reject
    code: 120
    gloss: reject

verb rule out
    code: 120
    form: ruled out | ruling out | rules out
    obj: role | any role | talks | negotiations | deal | agreement | ceasefire | truce | participation | dialogue | recognition | membership | compromise | concessions
    target: for | with
    gloss: rule out (a role for, a deal with); "refused to rule out force" is left to the grammar

verb oppose
    code: 120
    gloss: oppose

verb object to
    code: 120
    gloss: object to

verb turn down
    code: 120
    gloss: turn down

verb rebuff
    code: 120
    gloss: rebuff

verb spurn
    code: 120
    gloss: spurn

verb snub
    code: 120
    gloss: snub

verb dismiss
    code: 120
    obj: proposal | offer | call | demand | criticism | plan | idea | warning | threat | initiative | move | warrant | ruling | decision | verdict | resolution | report | statement
    gloss: dismiss (a proposal, criticism)

verb refuse
    code: 120
    gloss: refuse

verb vote against
    code: 120
    gloss: vote against

verb block
    code: 120
    obj: resolution | draft resolution | bill | proposal | deal | bid | motion | initiative | statement | opening of | start of | accession | membership | sanctions package | package of sanctions | renewal | joint statement | agreement
    gloss: block (a resolution, a proposal)

verb reject
    code: 121
    obj: cooperation | partnership | investment
    gloss: reject cooperation

verb reject
    code: 123
    obj: &en.reform | demands for reform | calls for reform
    gloss: reject demands for reform

verb reject
    code: 1231
    obj: calls to resign | calls to step down | calls for his resignation | calls for her resignation | demands to resign | resignation
    gloss: reject calls to step down

verb refuse
    code: 1231
    obj: to resign | to step down | to stand down | to quit | to leave office | to cede power | to hand over power
    gloss: refuse to step down

verb refuse
    code: 1243
    obj: to release | to free | to hand over | to return
    gloss: refuse to release, hand over

verb refuse
    code: 1244
    obj: to lift sanctions | to ease sanctions | to lift the sanctions | to lift the embargo
    gloss: refuse to lift sanctions

verb refuse
    code: 1246
    obj: to withdraw | to pull out | to cease fire | to stop fighting | to halt | to end the war | to lay down
    gloss: refuse to withdraw or cease fire

verb reject
    code: 1246
    obj: &en.ceasefire | ceasefire proposal | withdrawal
    gloss: reject a ceasefire

verb refuse
    code: 125
    obj: to meet | to negotiate | to talk | to hold talks | to attend | to receive
    gloss: refuse to meet, negotiate

verb reject
    code: 125
    obj: talks | negotiations | dialogue | invitation | offer of talks | meeting
    gloss: reject talks

verb cancel
    code: 160
    form: cancelled | cancelling
    obj: visit | trip | state visit | meeting | summit | call | tour
    gloss: cancel a visit, a meeting (reduce relations)

verb cancel
    code: 164
    form: cancelled | cancelling
    obj: talks | negotiations | round of talks
    gloss: cancel talks

verb call off
    code: 160
    obj: visit | trip | state visit | meeting | summit
    gloss: call off a visit

verb call off
    code: 164
    obj: talks | negotiations | round of talks
    gloss: call off talks

verb reject
    code: 126
    obj: &en.mediation | mediation offer
    gloss: reject mediation

verb reject
    code: 127
    obj: peace plan | peace proposal | peace deal | peace agreement | peace initiative | settlement | agreement | deal | accord | treaty | roadmap
    gloss: reject a plan, an agreement

verb renege on
    code: 127
    gloss: renege on

verb tear up
    code: 127
    obj: &en.agreement
    gloss: tear up an agreement

verb scrap
    code: 127
    obj: &en.agreement
    gloss: scrap an agreement

verb abandon
    code: 127
    obj: &en.agreement | peace process | peace plan
    gloss: abandon an agreement

verb withdraw
    code: 160
    obj: &en.agreement | nuclear deal | paris agreement
    target: from
    gloss: withdraw from an agreement (reduce relations)

verb pull out
    code: 160
    obj: &en.agreement | nuclear deal
    target: of | from
    gloss: pull out of an agreement

verb quit
    code: 160
    form: quitting
    obj: &en.agreement
    gloss: quit an agreement

verb suspend
    code: 160
    obj: &en.agreement | participation in
    gloss: suspend (participation in) an agreement

verb defy
    code: 128
    gloss: defy

verb flout
    code: 128
    gloss: flout

verb violate
    code: 128
    gloss: violate (law, sovereignty, airspace)

verb breach
    code: 128
    gloss: breach (law, sovereignty)

verb ignore
    code: 128
    obj: call | warning | resolution | demand | ultimatum | ruling | order | appeal
    gloss: ignore (calls, resolutions)

noun sanctions evasion
    code: 128
    gloss: sanctions evasion

verb veto
    code: 129
    gloss: veto

noun veto
    code: 129
    target: of | on | against
    gloss: veto

verb use
    code: 129
    obj: veto | its veto | veto power
    gloss: use the veto

verb cast
    code: 129
    obj: veto
    gloss: cast a veto

verb wield
    code: 129
    obj: veto
    gloss: wield the veto


# 13 THREATEN

verb threaten
    code: 130
    gloss: threaten

verb warn
    code: 130
    gloss: warn

verb issue
    code: 130
    obj: warning | threat | stern warning
    target: to
    gloss: issue a warning

verb threaten
    code: 1311
    obj: to cut aid | to cut off aid | to suspend aid | to withhold aid | to halt aid | to stop aid | to cut funding | to withhold funding | to cut off funding
    gloss: threaten to cut aid

verb threaten
    code: 1312
    obj: &en.sanctions | to impose sanctions | with sanctions
    gloss: threaten sanctions

verb warn
    code: 1312
    obj: of sanctions | of new sanctions | of further sanctions | of tariffs | of economic consequences
    gloss: warn of sanctions

verb threaten
    code: 1313
    obj: to sever ties | to cut ties | to sever relations | to break off relations | to downgrade relations | to expel | to recall its ambassador | to close its embassy
    gloss: threaten to break relations

verb threaten
    code: 133
    obj: protests | demonstrations | to protest | civil disobedience | general strike | mass protests | boycott | to boycott
    gloss: threaten protests

verb threaten
    code: 134
    obj: to walk out | to quit the talks | to pull out of the talks | to suspend talks | to halt negotiations | to break off talks | to withdraw from talks
    gloss: threaten to halt negotiations

verb threaten
    code: 137
    obj: crackdown | to crack down | to crush | repression | to arrest
    gloss: threaten repression

verb threaten
    code: 1323
    obj: curfew
    gloss: threaten a curfew

verb threaten
    code: 1324
    obj: state of emergency | martial law
    gloss: threaten a state of emergency

verb threaten
    code: 138
    obj: military action | military force | force | war | to attack | attack | to invade | to bomb | retaliation | to retaliate | response | military response | to strike | strikes | to destroy | to annihilate | to wipe | to obliterate | invasion
    gloss: threaten military force

verb warn
    code: 138
    obj: of retaliation | of a military response | of military action | of war | of a strong response | of a harsh response | of a decisive response | of a response | of strikes | of an attack | of consequences for any attack
    gloss: warn of military retaliation

verb vow
    code: 138
    obj: revenge | retaliation | to retaliate | response | to respond | to avenge | to crush | to destroy | to eliminate | to wipe out | harsh response | to hit back
    gloss: vow retaliation

verb threaten
    code: 1381
    obj: blockade | to blockade | to close the strait | to close the strait of hormuz | naval blockade
    gloss: threaten a blockade

verb threaten
    code: 1382
    obj: to occupy | occupation | to annex | annexation | to invade and occupy
    gloss: threaten occupation

verb threaten
    code: 1383
    obj: suicide attacks | bombings | assassinations | to assassinate | terrorist attacks
    gloss: threaten unconventional violence

verb threaten
    code: 1385
    obj: nuclear weapons | nuclear strike | nuclear attack | to use nuclear | nuclear retaliation | nuclear response | chemical weapons | weapons of mass destruction
    gloss: threaten to use weapons of mass destruction

verb give
    code: 139
    obj: ultimatum | deadline
    target: to
    gloss: give an ultimatum

verb issue
    code: 139
    obj: ultimatum
    target: to
    gloss: issue an ultimatum

verb set
    code: 139
    obj: deadline | ultimatum
    target: for
    gloss: set a deadline

noun ultimatum
    code: 139
    target: to
    gloss: ultimatum


# 14 PROTEST

verb protest
    code: 140
    target: against | outside | over
    gloss: protest

noun protest
    code: 141
    target: against | outside | over
    gloss: protest (demonstration)

noun in protest at
    code: 111
    gloss: (recalled, resigned ...) in protest at: a motive, not a demonstration ("in protests at" stays 141)

noun in protest over
    code: 111
    gloss: (recalled, resigned ...) in protest over: a motive, not a demonstration ("in protests over" stays 141)

noun in protest against
    code: 111
    gloss: (recalled, resigned ...) in protest against: a motive, not a demonstration ("in protests against" stays 141)

verb demonstrate
    code: 141
    target: against | outside | in front of
    gloss: demonstrate

verb demonstrate
    code: 150
    obj: military power | military might | military strength | power | strength | capability | capabilities | might | firepower | resolve
    gloss: demonstrate (military) power

verb demonstrate
    code: 030
    obj: commitment | willingness | readiness | goodwill
    gloss: demonstrate commitment (to cooperate)

noun demonstration
    code: 141
    target: against | outside | in front of
    gloss: demonstration

verb rally
    code: 141
    target: against | outside | in front of | in support of
    gloss: rally (in protest)

noun rally
    code: 141
    obj: against | outside | in front of | in support of | in solidarity | in protest | to protest | to denounce | to demand | calling for | demanding | protesting | denouncing | over
    target: against | outside | in front of
    gloss: rally (protest; never bare: campaign and election rallies, market rallies)

noun protest rally
    code: 141
    target: against | outside | in front of
    gloss: protest rally

noun anti-government rally
    code: 141
    gloss: anti-government rally

noun protest march
    code: 141
    target: against | to
    gloss: protest march

noun vigil
    code: 141
    target: outside | for
    gloss: vigil

noun mass rally
    code: 141
    target: against
    gloss: mass rally

verb march
    code: 141
    obj: in protest | through the streets | through the capital | through central | on parliament | to parliament | against | in solidarity | on the embassy | to the embassy
    gloss: march in protest (never bare: "March" the month)

verb take to the streets
    code: 141
    target: against
    gloss: take to the streets

verb go on hunger strike
    code: 142
    target: against | over
    gloss: go on hunger strike

noun hunger strike
    code: 142
    target: against | over
    gloss: hunger strike

verb go on strike
    code: 143
    target: against | over
    gloss: go on strike

noun general strike
    code: 143
    target: against | over
    gloss: general strike

noun national strike
    code: 143
    target: against | over
    gloss: national strike

noun nationwide strike
    code: 143
    target: against | over
    gloss: nationwide strike

noun labour strike
    code: 143
    target: against | over
    gloss: labour strike

noun labor strike
    code: 143
    target: against | over
    gloss: labor strike

noun strike action
    code: 143
    target: against | over
    gloss: strike action

noun work stoppage
    code: 143
    target: against | over
    gloss: work stoppage

noun walkout
    code: 143
    target: against | over
    gloss: walkout

noun one-day strike
    code: 143
    gloss: one-day strike

noun 24-hour strike
    code: 143
    gloss: 24-hour strike

noun 48-hour strike
    code: 143
    gloss: 48-hour strike

noun indefinite strike
    code: 143
    gloss: indefinite strike

noun open-ended strike
    code: 143
    gloss: open-ended strike

verb strike
    code: 143
    obj: over pay | over wages | over salaries | for higher wages | for higher pay | for better pay | for better wages | over working conditions | over pensions
    gloss: strike (labour) over pay

noun strike
    code: 143
    obj: over pay | over wages | over salaries | for higher wages | for higher pay | for better pay | for better wages | over working conditions | over pensions | by workers | by teachers | by doctors | by dockworkers | by transport workers
    gloss: (labour) strike over pay

verb walk out
    code: 140
    target: of
    gloss: walk out (in protest)

verb boycott
    code: 143
    gloss: boycott (elections, sessions, talks)

noun boycott
    code: 143
    target: of
    gloss: boycott

verb block
    code: 144
    obj: road | highway | motorway | street | bridge | entrance | railway | rail line
    gloss: block roads (protest)

noun sit-in
    code: 144
    target: outside | in front of | at
    gloss: sit-in

verb riot
    code: 145
    gloss: riot

noun riot
    code: 145
    gloss: riot

verb throw
    code: 145
    obj: stone | rock | petrol bomb | molotov cocktail | firebomb | fireworks | bottles
    target: at
    gloss: throw stones, petrol bombs

verb hurl
    code: 145
    obj: stone | rock | petrol bomb | molotov cocktail | firebomb | bottles
    target: at
    gloss: hurl stones, petrol bombs

verb pelt
    code: 145
    gloss: pelt (with stones)

verb vandalise
    code: 145
    gloss: vandalise

verb vandalize
    code: 145
    gloss: vandalize

verb burn
    code: 145
    obj: flag | effigy | tyre | tire | portrait | poster
    gloss: burn flags, effigies (in protest)

verb storm
    code: 145
    obj: embassy | parliament | capitol | consulate | presidential palace | congress | supreme court | government buildings | legislature
    gloss: storm an embassy, parliament (violent protest)

verb storm into
    code: 145
    obj: embassy | parliament | capitol | consulate | presidential palace | congress | supreme court | government buildings | legislature
    gloss: storm into an embassy, parliament (violent protest)

verb set fire to
    code: 145
    obj: parliament | parliament building | legislature | congress | government building | government buildings | party headquarters | party office | police station | town hall | city hall | embassy | consulate | tyre | tire
    gloss: set fire to parliament, a party office, an embassy (rioters); other property is 1712


# 15 EXHIBIT FORCE POSTURE

verb conduct
    code: 150
    obj: military exercise | military drill | drills | war games | exercises | missile test | nuclear test | live-fire exercise | naval drill
    gloss: conduct military exercises

verb hold
    code: 150
    obj: military exercise | military drill | drills | war games | exercises | live-fire exercise | naval drill | military parade
    gloss: hold military exercises

noun military exercise
    code: 150
    target: near | around | off
    gloss: military exercises

noun military drill
    code: 150
    target: near | around | off
    gloss: military drills

noun naval drill
    code: 150
    target: near | around | off
    gloss: naval drills

noun war game
    code: 150
    target: near | around | off
    gloss: war games

noun live-fire drill
    code: 150
    target: near | around | off
    gloss: live-fire drills

noun live-fire exercise
    code: 150
    target: near | around | off
    gloss: live-fire exercises

noun missile test
    code: 150
    gloss: missile test

noun nuclear test
    code: 150
    gloss: nuclear test

noun military parade
    code: 150
    gloss: military parade

noun show of force
    code: 150
    target: near | against
    gloss: show of force

verb test-fire
    code: 150
    gloss: test-fire (a missile)

verb test
    code: 150
    obj: missile | ballistic missile | hypersonic missile | nuclear device | nuclear weapon | rocket | icbm | warhead
    gloss: test a missile

verb fire
    code: 150
    obj: warning shots | warning shot | flares
    target: at | near
    gloss: fire warning shots

verb patrol
    code: 150
    form: patrolled | patrolling
    gloss: patrol

verb scramble
    code: 150
    obj: jets | fighter jets | fighters | warplanes | aircraft
    gloss: scramble jets

verb send
    code: 154
    obj: &en.warships
    target: to | near
    gloss: send warships, bombers (increased military presence)

verb deploy
    code: 154
    obj: &en.warships
    target: to | near | off
    gloss: deploy warships, bombers (increased military presence)

verb put
    code: 152
    obj: on alert | on high alert | on full alert | on combat alert | on standby | on combat readiness | on maximum alert
    gloss: put forces on alert

verb place
    code: 152
    obj: on alert | on high alert | on full alert | on standby | on combat readiness
    gloss: place forces on alert

verb raise
    code: 152
    obj: alert | alert level | combat readiness | readiness | threat level
    gloss: raise the alert level

verb declare
    code: 152
    obj: state of alert | high alert | maximum alert
    gloss: declare a state of alert

noun high alert
    code: 152
    gloss: high alert

verb tighten
    code: 151
    obj: security | security measures
    gloss: tighten security

verb step up
    code: 151
    obj: security | security measures | police presence
    gloss: step up security

verb beef up
    code: 151
    obj: security | security measures
    gloss: beef up security

noun security alert
    code: 151
    gloss: security alert

verb deploy
    code: 153
    obj: police | riot police | police officers | security forces | national guard | gendarmes
    target: to | in
    gloss: deploy police

verb deploy
    code: 154
    target: to | in | along | near
    gloss: deploy (troops, weapons)

verb send
    code: 072
    obj: &en.troops
    target: to | into
    gloss: send troops (to another country: military aid)

verb order
    code: 154
    obj: &en.warships
    target: to | into
    gloss: order a carrier group to

verb move into
    code: 192
    gloss: move into (territory)

verb push into
    code: 192
    gloss: push into (territory)

verb push deeper into
    code: 192
    gloss: push deeper into

verb dispatch
    code: 072
    obj: &en.troops
    target: to | into
    gloss: dispatch troops (military aid)

verb despatch
    code: 072
    obj: &en.troops
    target: to | into
    gloss: despatch troops (military aid)

verb dispatch
    code: 154
    obj: &en.warships
    target: to | near
    gloss: dispatch warships

verb mobilise
    code: 154
    gloss: mobilise

verb mobilize
    code: 154
    gloss: mobilize

verb mass
    code: 154
    obj: troops | forces | soldiers | tanks | armour | armor | along the border | on the border | near the border | at the border
    target: on | near | along
    gloss: mass troops

verb call up
    code: 154
    gloss: call up (reservists)

verb station
    code: 154
    obj: troops | forces | soldiers | missile | nuclear weapons | warplanes | bombers | air defence systems | air defense systems
    target: in | on | near
    gloss: station troops, missiles

verb move
    code: 154
    obj: troops | forces | tanks | missiles | armour | armor | reinforcements | military equipment | nuclear weapons | warheads
    target: to | toward | towards | into | near
    gloss: move troops

verb build up
    code: 154
    obj: forces | troops | military presence
    target: near | along | on
    gloss: build up forces

verb reinforce
    code: 154
    obj: troops | forces | positions | border | military presence | presence
    gloss: reinforce forces

verb increase
    code: 154
    obj: military presence | troop presence | troop numbers | troop levels | naval presence
    target: in | near
    gloss: increase military presence

verb boost
    code: 154
    obj: military presence | troop presence | naval presence | troop numbers
    target: in | near
    gloss: boost military presence

noun military buildup
    code: 154
    target: near | along | on
    gloss: military buildup

noun military build-up
    code: 154
    target: near | along | on
    gloss: military build-up

noun troop buildup
    code: 154
    target: near | along | on
    gloss: troop buildup

noun troop build-up
    code: 154
    target: near | along | on
    gloss: troop build-up

noun mobilisation
    code: 154
    gloss: mobilisation

noun mobilization
    code: 154
    gloss: mobilization

noun deployment
    code: 154
    target: to | in
    gloss: deployment

noun reinforcements
    code: 154
    target: to
    gloss: reinforcements


# 16 REDUCE RELATIONS

verb suspend
    code: 160
    obj: cooperation | membership | flights | participation | security cooperation | military cooperation | partnership | strategic partnership | dialogue
    target: with | in
    gloss: suspend cooperation, membership

verb halt
    code: 160
    obj: cooperation | flights | security cooperation
    target: with
    gloss: halt cooperation, trade

verb end
    code: 160
    obj: cooperation | security cooperation | military cooperation | partnership
    target: with
    gloss: end cooperation

verb freeze
    code: 160
    obj: cooperation | membership | participation | contacts
    target: with | in
    gloss: freeze cooperation, membership

verb withdraw
    code: 160
    obj: membership | from the alliance | from the organisation | from the organization | from the council | from the union | from the coalition
    target: from
    gloss: withdraw from an organisation

verb quit
    code: 160
    form: quitting
    obj: alliance | organisation | organization | bloc | coalition | union | council | community | ECOWAS | OPEC | NATO | league | court
    gloss: quit an organisation

verb leave
    code: 160
    obj: alliance | organisation | organization | bloc | coalition | union | council | community | ECOWAS | OPEC | league | court | economic community | the european union | the african union | the international criminal court
    gloss: leave an organisation (never bare: people leave places)

verb expel
    code: 160
    form: expelled | expelling
    obj: from the alliance | from the organisation | from the organization | from the union | from the bloc | from the league
    gloss: expel from an organisation

verb sever
    code: 161
    obj: &en.relations
    target: with
    gloss: sever relations with

verb cut
    code: 161
    obj: &en.relations
    target: with
    gloss: cut ties with

verb break off
    code: 161
    obj: &en.relations
    target: with
    gloss: break off relations with

verb downgrade
    code: 161
    obj: &en.relations | diplomatic representation | embassy
    target: with
    gloss: downgrade relations

verb suspend
    code: 161
    obj: &en.relations
    target: with
    gloss: suspend relations

verb freeze
    code: 161
    obj: &en.relations
    target: with
    gloss: freeze relations

verb close
    code: 161
    obj: embassy | consulate | diplomatic mission | mission in
    target: in
    gloss: close an embassy

verb recall
    code: 161
    obj: &en.envoy | ambassador for consultations
    target: from
    gloss: recall (own) ambassador

verb withdraw
    code: 161
    obj: &en.envoy | recognition
    target: from
    gloss: withdraw an ambassador, recognition

noun severance of relations
    code: 161
    target: with
    gloss: severance of relations

verb cut
    code: 162
    obj: aid | funding | assistance | financial support | budget support | contributions
    target: to | for
    gloss: cut aid

verb cut off
    code: 162
    obj: aid | funding | assistance | financial support
    target: to | for
    gloss: cut off aid

verb suspend
    code: 162
    obj: aid | funding | assistance | financial support | budget support | contributions | payments
    target: to | for
    gloss: suspend aid

verb halt
    code: 162
    obj: aid | funding | assistance | financial support | payments
    target: to | for
    gloss: halt aid

verb freeze
    code: 162
    obj: aid | funding | assistance | financial support | payments
    target: to | for
    gloss: freeze aid

verb withhold
    code: 162
    obj: aid | funding | assistance | financial support | payments
    target: to | from | for
    gloss: withhold aid

verb withdraw
    code: 162
    obj: aid | funding | support | financial support | assistance
    target: from | to
    gloss: withdraw aid

verb cut
    code: 1621
    obj: economic aid | economic assistance | financial aid | development aid | budget support | loans
    target: to | for
    gloss: cut economic aid

verb suspend
    code: 1621
    obj: economic aid | economic assistance | financial aid | development aid | loans | disbursement
    target: to | for
    gloss: suspend economic aid

verb cut
    code: 1622
    obj: military aid | military assistance | security assistance | arms sales | weapons deliveries | arms exports | military support
    target: to | for
    gloss: cut military aid

verb suspend
    code: 1622
    obj: military aid | military assistance | security assistance | arms sales | weapons deliveries | arms exports | weapons shipments | arms shipments
    target: to | for
    gloss: suspend military aid, arms sales

verb halt
    code: 1622
    obj: military aid | military assistance | arms sales | weapons deliveries | arms exports | weapons shipments | arms shipments
    target: to | for
    gloss: halt military aid, arms sales

verb cut
    code: 1623
    obj: humanitarian aid | humanitarian assistance | food aid
    target: to | for
    gloss: cut humanitarian aid

verb suspend
    code: 1623
    obj: humanitarian aid | humanitarian assistance | food aid | aid deliveries
    target: to | for
    gloss: suspend humanitarian aid

verb impose
    code: 163
    obj: &en.sanctions
    target: on | against
    gloss: impose sanctions, an embargo

verb slap
    code: 163
    obj: &en.sanctions
    target: on | against
    gloss: slap sanctions on

verb announce
    code: 163
    obj: &en.sanctions | new sanctions
    target: on | against
    gloss: announce sanctions (that it imposes)

verb adopt
    code: 163
    obj: &en.sanctions | sanctions package
    target: on | against
    gloss: adopt sanctions

verb approve
    code: 163
    obj: &en.sanctions | sanctions package
    target: on | against
    gloss: approve sanctions

verb extend
    code: 163
    obj: &en.sanctions
    target: on | against
    gloss: extend sanctions

verb tighten
    code: 163
    obj: &en.sanctions
    target: on | against
    gloss: tighten sanctions

verb renew
    code: 163
    obj: &en.sanctions
    target: on | against
    gloss: renew sanctions

verb reimpose
    code: 163
    obj: &en.sanctions
    target: on | against
    gloss: reimpose sanctions

verb raise
    code: 163
    obj: tariff
    target: on
    gloss: raise tariffs on

verb cut
    code: 085
    obj: tariff | tariffs | duties | levy | levies
    target: on
    gloss: cut tariffs on (easing economic sanctions and penalties)

verb lower
    code: 085
    obj: tariff | tariffs | duties | levy | levies
    target: on
    gloss: lower tariffs on

verb reduce
    code: 085
    obj: tariff | tariffs | duties | levy | levies
    target: on
    gloss: reduce tariffs on

verb slash
    code: 085
    obj: tariff | tariffs | duties | levy | levies
    target: on
    gloss: slash tariffs on

verb halve
    code: 085
    obj: tariff | tariffs | duties | levy | levies
    target: on
    gloss: halve tariffs on

verb suspend
    code: 085
    obj: tariff | tariffs | duties | export controls | export restrictions | export curbs | export ban | rare earth measures
    target: on
    gloss: suspend tariffs, export controls

verb hit
    code: 163
    obj: with sanctions | with new sanctions | with tariffs | with fresh sanctions | with further sanctions
    gloss: hit with sanctions

verb target
    code: 163
    obj: &en.sanctions | with sanctions
    gloss: target with sanctions

# "sanction" as a verb only with the sanctioned party named by a noun: bare, its -s form is
# the noun "sanctions" in "lifted sanctions", "threatened sanctions" (see noun sanction).
verb sanction
    code: 163
    gloss: sanction (a person or a body named: "Washington sanctioned Burhan")

verb sanction
    code: 163
    obj: official | company | entity | individual | firm | bank | central bank | person | people | leader | minister | commander | general | oligarch | network | vessel | tanker | shipping company | militia | group | member | judge | businessman | businessmen | figure | airline | refinery | exchange | organisation | organization | officer | family members | associate | facilitator | financier | government | regime
    gloss: sanction (named people, firms, bodies)

noun sanction
    code: 163
    target: on | against
    gloss: sanctions

verb embargo
    code: 163
    gloss: embargo

noun embargo
    code: 163
    target: on | against
    gloss: embargo

noun arms embargo
    code: 163
    target: on | against
    gloss: arms embargo

noun sanctions package
    code: 163
    target: on | against
    gloss: sanctions package

noun asset freeze
    code: 163
    target: on | against
    gloss: asset freeze

verb halt
    code: 163
    obj: trade | all trade | exports | imports | all exports | all imports | exports to | imports from | oil exports | gas exports
    target: with | to | from
    gloss: halt trade (embargo)

verb suspend
    code: 163
    obj: trade | all trade | exports | imports | exports to | imports from
    target: with | to | from
    gloss: suspend trade (embargo)

verb blacklist
    code: 163
    gloss: blacklist

verb freeze
    code: 163
    obj: asset | funds | bank accounts | accounts | holdings | reserves
    gloss: freeze assets

verb ban
    code: 163
    obj: import | export | imports from | exports to | flights | trade with | purchases
    gloss: ban imports, exports

verb boycott
    code: 163
    obj: goods | products | imports | companies
    gloss: boycott goods

verb break off
    code: 164
    obj: talks | negotiations | dialogue | contacts
    target: with
    gloss: break off talks

verb suspend
    code: 164
    obj: &en.talksnoun
    target: with
    gloss: suspend talks

verb halt
    code: 164
    obj: &en.talksnoun
    target: with
    gloss: halt talks

verb freeze
    code: 164
    obj: &en.talksnoun
    target: with
    gloss: freeze talks

verb pull out
    code: 164
    obj: talks | negotiations | of the talks
    target: of | from
    gloss: pull out of talks

verb walk out
    code: 164
    obj: talks | negotiations | meeting | of the talks
    gloss: walk out of talks

verb withdraw
    code: 164
    obj: talks | negotiations | from the talks | delegation | negotiating team | negotiators
    target: from
    gloss: withdraw from talks

verb withdraw
    code: 165
    obj: &en.mediation | mediation efforts | mediation role
    target: from
    gloss: withdraw from mediation

verb suspend
    code: 165
    obj: &en.mediation | mediation efforts | mediation role
    gloss: suspend mediation

verb withdraw
    code: 166
    obj: staff | personnel | embassy staff | diplomatic staff | diplomats | non-essential staff | employees | mission
    target: from
    gloss: withdraw staff

verb evacuate
    code: 166
    obj: embassy | embassy staff | diplomats | diplomatic staff | staff | non-essential staff | nationals | citizens
    target: from
    gloss: evacuate embassy staff

verb expel
    code: 1661
    form: expelled | expelling
    obj: peacekeeper | peacekeeping force | peacekeeping troops | peacekeeping mission | un mission
    gloss: expel peacekeepers

verb withdraw
    code: 1661
    obj: peacekeeper | peacekeeping force | peacekeeping troops | peacekeeping mission | un mission
    target: from
    gloss: withdraw peacekeepers

verb expel
    code: 1662
    form: expelled | expelling
    obj: inspector | observer | monitor | investigators
    gloss: expel inspectors, observers

verb withdraw
    code: 1662
    obj: inspector | observer | monitor
    target: from
    gloss: withdraw inspectors, observers

verb expel
    code: 1663
    form: expelled | expelling
    obj: aid agency | aid group | aid organisation | aid organization | aid worker | ngo | humanitarian organisation | humanitarian organization | unrwa
    gloss: expel aid agencies

verb ban
    code: 1663
    obj: unrwa | aid agency | aid group | aid organisation | aid organization | humanitarian organisation | humanitarian organization | ngo
    gloss: ban aid agencies


# 17 COERCE

verb crack down
    code: 175
    target: on | against
    gloss: crack down on

verb clamp down
    code: 175
    target: on
    gloss: clamp down on

noun crackdown
    code: 175
    target: on | against
    gloss: crackdown

verb disperse
    code: 175
    obj: protester | demonstrator | crowd | protest | rally | demonstration | sit-in | march | gathering | mourners
    gloss: disperse protesters

verb fire
    code: 175
    obj: &en.crowdcontrol
    target: at | on | into
    gloss: fire tear gas, rubber bullets

verb fire on
    code: 175
    obj: &en.protesters
    gloss: fire on protesters

verb fire at
    code: 175
    obj: &en.protesters
    gloss: fire at protesters

verb open fire
    code: 175
    obj: on &en.protesters | at &en.protesters | on the protesters | on the crowd | at the protesters
    gloss: open fire on protesters

verb shoot
    code: 175
    obj: &en.protesters
    gloss: shoot protesters

verb use
    code: 175
    obj: &en.crowdcontrol | excessive force | live ammunition | lethal force | force against protesters
    target: against | on
    gloss: use tear gas, excessive force

verb repress
    code: 175
    gloss: repress

verb suppress
    code: 175
    gloss: suppress

verb quell
    code: 175
    gloss: quell

noun repression
    code: 175
    target: of | against
    gloss: repression

verb raid
    code: 170
    gloss: raid (homes, offices, a camp)

noun raid
    code: 170
    target: on | against | in
    gloss: raid

verb storm
    code: 170
    gloss: storm, raid

verb storm
    code: 190
    obj: military base | army base | base | barracks | military post | army post | checkpoint | border post | police post | police station | prison | town | village | city | positions | military positions | army positions
    gloss: storm a base, a checkpoint, a town (armed assault; non-state attackers become 18x)

verb storm into
    code: 190
    target: into
    gloss: storm into (a town, a country: armed assault)

verb drag away
    code: 175
    obj: &en.protesters | activist | student
    gloss: drag away protesters (police)

verb harass
    code: 170
    gloss: harass

verb intimidate
    code: 170
    gloss: intimidate

verb launch
    code: 170
    obj: cyberattack | cyber attack | cyber-attack | cyber operation | hacking campaign
    target: on | against
    gloss: launch a cyberattack

noun cyberattack
    code: 170
    target: on | against
    gloss: cyberattack

noun cyber attack
    code: 170
    target: on | against
    gloss: cyber attack

noun cyber-attack
    code: 170
    target: on | against
    gloss: cyber attack

verb seize
    code: 171
    gloss: seize (property, a ship)

noun seizure
    code: 171
    target: of
    gloss: seizure (of property, a ship)

verb loot
    code: 171
    gloss: loot

verb plunder
    code: 171
    gloss: plunder

verb steal
    code: 171
    gloss: steal

verb confiscate
    code: 1711
    gloss: confiscate

verb expropriate
    code: 1711
    gloss: expropriate

verb seize
    code: 1711
    obj: asset | property | land | funds | bank accounts | weapons | arms | shipment | cargo
    gloss: seize assets, weapons

verb destroy
    code: 1712
    obj: home | house | building | property | crop | farmland | olive tree | mosque | church | school | shop | infrastructure
    gloss: destroy property

verb demolish
    code: 1712
    gloss: demolish

noun demolition
    code: 1712
    target: of
    gloss: demolition

verb bulldoze
    code: 1712
    gloss: bulldoze

verb raze
    code: 1712
    gloss: raze

verb burn
    code: 1712
    obj: home | house | building | car | vehicle | village | shop | field | crop | mosque | church
    gloss: burn property

verb set fire to
    code: 1712
    gloss: set fire to

verb set
    code: 1712
    obj: on fire | ablaze
    gloss: set (something) on fire, ablaze

verb torch
    code: 1712
    gloss: torch

verb ban
    code: 172
    gloss: ban

verb impose
    code: 172
    obj: restriction | fine | travel restrictions | movement restrictions | controls
    target: on
    gloss: impose restrictions, fines

verb bar
    code: 172
    obj: from entering | from leaving | from travelling | from traveling | from running | from standing | entry
    gloss: bar (from entering, from leaving)

verb censor
    code: 1721
    gloss: censor

verb shut down
    code: 1721
    obj: newspaper | tv station | television station | channel | broadcaster | website | internet | media outlet | news agency | radio station | social media | ngo | office of
    gloss: shut down media, the internet

verb close
    code: 1721
    obj: newspaper | tv station | television station | channel | broadcaster | media outlet | news agency | radio station | al jazeera office
    gloss: close media outlets

verb cut
    code: 1721
    obj: internet | internet access | mobile internet | communications | phone lines
    gloss: cut the internet

verb block
    code: 1721
    obj: website | social media | internet | whatsapp | telegram | facebook | twitter | youtube | access to the internet
    gloss: block websites

verb ban
    code: 1721
    obj: protest | demonstration | rally | gathering | march | newspaper | media | broadcast | channel | website | publication | book
    gloss: ban protests, media

verb ban
    code: 1722
    obj: party | opposition party | movement | group | organisation | organization | candidate | from running | from politics
    gloss: ban a party, a politician

verb outlaw
    code: 1722
    gloss: outlaw (a group, a party)

verb dissolve
    code: 1722
    obj: party | parliament | assembly | legislature | opposition party | movement
    gloss: dissolve a party, parliament

verb impose
    code: 1723
    obj: curfew
    target: on
    gloss: impose a curfew

verb declare
    code: 1723
    obj: curfew
    gloss: declare a curfew

noun curfew
    code: 1723
    target: on | in
    gloss: curfew

verb impose
    code: 1724
    obj: state of emergency | martial law | emergency rule
    target: on | in
    gloss: impose a state of emergency

verb declare
    code: 1724
    obj: state of emergency | martial law | emergency rule
    target: in
    gloss: declare a state of emergency

verb extend
    code: 1724
    obj: state of emergency | martial law | emergency rule
    gloss: extend a state of emergency

noun state of emergency
    code: 1724
    target: in
    gloss: state of emergency

noun martial law
    code: 1724
    target: in
    gloss: martial law

verb arrest
    code: 173
    gloss: arrest

noun arrest
    code: 173
    target: of
    gloss: arrest

verb detain
    code: 173
    gloss: detain

noun detention
    code: 173
    gloss: detention

verb jail
    code: 173
    gloss: jail

verb imprison
    code: 173
    gloss: imprison

verb detain
    code: 171
    obj: tanker | ship | vessel | cargo ship | oil tanker
    gloss: detain a tanker, a ship (seize property)

verb apprehend
    code: 173
    gloss: apprehend

verb capture
    code: 173
    gloss: capture (persons)

verb round up
    code: 173
    gloss: round up

verb take into custody
    code: 173
    gloss: take into custody

verb place
    code: 173
    obj: under house arrest | under arrest | in detention | in custody | in pretrial detention
    gloss: place under house arrest

verb put
    code: 173
    obj: under house arrest | under arrest | on trial | in detention
    gloss: put under house arrest, on trial

verb charge
    code: 173
    obj: with &en.crime | with crimes | with offences | with offenses
    gloss: charge (with a crime)

verb indict
    code: 173
    gloss: indict

verb prosecute
    code: 173
    gloss: prosecute

verb sentence
    code: 173
    gloss: sentence (to prison, to death)

verb issue
    code: 173
    obj: arrest warrant | warrant | warrants | international arrest warrant
    target: for | against
    gloss: issue an arrest warrant

noun arrest warrant
    code: 173
    target: for | against
    gloss: arrest warrant

noun house arrest
    code: 173
    gloss: house arrest

noun indictment
    code: 173
    target: against | of
    gloss: indictment

verb deport
    code: 174
    gloss: deport

verb expel
    code: 174
    form: expelled | expelling
    gloss: expel (diplomats, individuals)

verb kick out
    code: 174
    gloss: kick out

verb declare
    code: 174
    obj: persona non grata
    gloss: declare persona non grata

verb order
    code: 174
    obj: to leave the country | to leave within | out of the country | expulsion | to leave
    gloss: order (diplomats) to leave

noun deportation
    code: 174
    target: to | from
    gloss: deportation

noun expulsion
    code: 174
    target: from | of
    gloss: expulsion


# 18 ASSAULT

noun terrorist attack
    code: 180
    target: on | against | in
    gloss: terrorist attack

noun terror attack
    code: 180
    target: on | against | in
    gloss: terror attack

noun terrorist act
    code: 180
    target: on | against | in
    gloss: terrorist act

verb kidnap
    code: 181
    form: kidnapped | kidnapping
    gloss: kidnap

verb abduct
    code: 181
    gloss: abduct

verb hijack
    code: 181
    gloss: hijack

verb take hostage
    code: 181
    gloss: take hostage

verb take hostages
    code: 181
    gloss: take hostages

verb hold hostage
    code: 181
    gloss: hold hostage

verb hold hostages
    code: 181
    gloss: hold hostages

verb hold captive
    code: 181
    gloss: hold captive

verb seize
    code: 181
    obj: hostage
    gloss: seize hostages

verb take
    code: 181
    obj: hostage | captive
    gloss: take (dozens of) hostages

noun kidnapping
    code: 181
    target: of
    gloss: kidnapping

noun abduction
    code: 181
    target: of
    gloss: abduction

noun hijacking
    code: 181
    target: of
    gloss: hijacking

noun hostage-taking
    code: 181
    target: of
    gloss: hostage-taking

verb stab
    code: 182
    gloss: stab

noun stabbing
    code: 182
    gloss: stabbing

noun ramming attack
    code: 182
    gloss: ramming attack

noun car-ramming attack
    code: 182
    gloss: car-ramming attack

verb rape
    code: 1821
    gloss: rape

noun rape
    code: 1821
    target: of
    gloss: rape

noun sexual assault
    code: 1821
    gloss: sexual assault

noun sexual violence
    code: 1821
    target: against
    gloss: sexual violence

verb torture
    code: 1822
    gloss: torture

noun torture
    code: 1822
    target: of
    gloss: torture

verb execute
    code: 1823
    gloss: execute

noun execution
    code: 1823
    target: of
    gloss: execution

verb behead
    code: 1823
    gloss: behead

verb murder
    code: 1823
    gloss: murder

noun murder
    code: 1823
    target: of
    gloss: murder

verb lynch
    code: 1823
    gloss: lynch

verb detonate
    code: 183
    gloss: detonate (a bomb)

verb plant
    code: 183
    obj: bomb | explosive | explosive device | ied | mine | landmine
    gloss: plant a bomb

verb set off
    code: 183
    obj: bomb | explosive | explosive device | ied | car bomb
    gloss: set off a bomb

noun bomb
    code: 183
    gloss: bomb

noun bombing
    code: 183
    target: on | against | in
    gloss: bombing

noun bomb attack
    code: 183
    target: on | against | in
    gloss: bomb attack

noun bomb blast
    code: 183
    target: on | against | in
    gloss: bomb blast

noun explosive device
    code: 183
    gloss: explosive device

noun improvised explosive device
    code: 183
    gloss: improvised explosive device

noun ied
    code: 183
    gloss: IED

noun roadside bomb
    code: 1833
    gloss: roadside bomb

noun roadside bombing
    code: 1833
    gloss: roadside bombing

noun parcel bomb
    code: 183
    gloss: parcel bomb

noun letter bomb
    code: 183
    gloss: letter bomb

noun car bomb
    code: 1832
    gloss: car bomb

noun car bombing
    code: 1832
    gloss: car bombing

noun truck bomb
    code: 1832
    gloss: truck bomb

noun suicide bombing
    code: 1831
    target: on | against | in
    gloss: suicide bombing

noun suicide attack
    code: 1831
    target: on | against | in
    gloss: suicide attack

noun suicide blast
    code: 1831
    gloss: suicide blast

noun suicide car bomb
    code: 1831
    gloss: suicide car bomb

verb blow
    code: 1831
    obj: himself up | herself up | themselves up
    gloss: blow oneself up

verb use
    code: 184
    obj: human shield | civilians as human shields | civilians as shields
    gloss: use human shields

noun human shield
    code: 184
    gloss: human shields

noun assassination attempt
    code: 185
    target: on | against
    gloss: assassination attempt

noun attempted assassination
    code: 185
    target: of
    gloss: attempted assassination

verb survive
    code: 185
    obj: assassination attempt | attempt on his life | attempt on her life | attempted assassination
    subject: target
    gloss: survive an assassination attempt

verb assassinate
    code: 186
    gloss: assassinate

noun assassination
    code: 186
    target: of
    gloss: assassination

noun targeted killing
    code: 186
    target: of
    gloss: targeted killing


# 19 FIGHT

verb attack
    code: 190
    gloss: attack

noun attack
    code: 190
    target: on | against
    gloss: attack

noun armed attack
    code: 190
    target: on | against
    gloss: armed attack

noun counterattack
    code: 190
    target: on | against
    gloss: counterattack

noun counter-attack
    code: 190
    target: on | against
    gloss: counter-attack

verb counterattack
    code: 190
    gloss: counterattack

noun offensive
    code: 190
    target: on | against | in
    gloss: offensive

noun counteroffensive
    code: 190
    target: on | against | in
    gloss: counteroffensive

noun counter-offensive
    code: 190
    target: on | against | in
    gloss: counter-offensive

noun ground offensive
    code: 190
    target: on | against | in
    gloss: ground offensive

noun military operation
    code: 190
    target: on | against | in
    gloss: military operation

noun ground operation
    code: 190
    target: on | against | in
    gloss: ground operation

noun military strike
    code: 190
    target: on | against
    gloss: military strike

noun military intervention
    code: 190
    target: in
    gloss: military intervention

verb assault
    code: 190
    gloss: assault

noun assault
    code: 190
    target: on | against
    gloss: assault

noun ground assault
    code: 190
    target: on | against
    gloss: ground assault

verb strike
    code: 190
    gloss: strike (militarily)

noun strike
    code: 190
    obj: on | against | targeting | that killed | which killed
    target: on | against
    gloss: (military) strike on (never a bare noun: labour strikes)

verb hit
    code: 190
    gloss: hit (militarily)

verb pound
    code: 190
    obj: targets | military targets | position | positions | area | areas | village | town | city | base | neighbourhood | neighborhood | front line | front lines | stronghold | hideout
    gloss: pound (militarily; only with such objects: "the Egyptian pound")

verb target
    code: 190
    obj: position | site | base | headquarters | commander | leader | infrastructure | facility | depot | convoy | building | ship | vessel | tanker | airport | airbase | air base | camp | power plant | energy infrastructure | military | command centre | command center | launcher | stronghold | hideout | fighters | militants | troops | forces | hospital | school | residential
    gloss: target (militarily; the noun "targets" is no trigger)

verb bombard
    code: 190
    gloss: bombard

noun bombardment
    code: 190
    target: of | on
    gloss: bombardment

verb kill
    code: 190
    gloss: kill

verb injure
    code: 190
    gloss: injure (in an attack)

verb fight
    code: 190
    target: against | with
    gloss: fight

noun fighting
    code: 190
    target: with | between | against
    gloss: fighting

verb battle
    code: 190
    target: against | with
    gloss: battle

verb clash
    code: 190
    target: with
    gloss: clash with

verb skirmish
    code: 190
    target: with
    gloss: skirmish with

verb ambush
    code: 190
    gloss: ambush

verb retaliate
    code: 190
    target: against | on
    gloss: retaliate

verb repel
    code: 190
    form: repelled | repelling
    gloss: repel (an attack)

verb repulse
    code: 190
    gloss: repulse (an attack)

verb open fire
    code: 190
    target: on | at
    gloss: open fire on

verb fire at
    code: 190
    gloss: fire at

verb fire on
    code: 190
    gloss: fire on

verb slay
    code: 190
    gloss: slay

verb exchange
    code: 190
    obj: fire | gunfire | shots | rocket fire | blows
    target: with
    gloss: exchange fire

verb exchange
    code: 194
    obj: artillery fire | artillery | artillery shells | mortar fire | shellfire | shelling
    target: with
    gloss: exchange artillery fire (the convention: artillery and shelling 194)

verb trade
    code: 190
    obj: fire | gunfire | shots | artillery fire | rocket fire | blows | strikes
    target: with
    gloss: trade fire

noun exchange of fire
    code: 190
    target: with | between
    gloss: exchange of fire

verb shoot down
    code: 190
    gloss: shoot down (an aircraft, a drone)

verb intercept
    code: 190
    obj: missile | rocket | drone | projectile | aircraft
    gloss: intercept (missiles, drones)

verb sink
    code: 190
    obj: ship | vessel | boat | warship | frigate | tanker | submarine | carrier | bulk carrier | cargo ship | container ship | freighter | merchant vessel | merchant ship
    gloss: sink (a vessel)

verb destroy
    code: 190
    gloss: destroy (militarily)

verb blow up
    code: 1712
    gloss: blow up (a building, a bridge)

verb wage
    code: 190
    obj: war | campaign | offensive | insurgency | battle | military campaign
    target: against | on
    gloss: wage war

verb launch
    code: 190
    obj: military operation | ground operation | ground offensive | incursion | ground invasion | counteroffensive | war
    target: on | against | in | into
    gloss: launch a military operation

verb engage
    code: 190
    obj: in fighting | in clashes | in combat | in battle | in hostilities
    target: with
    gloss: engage in fighting

verb intervene
    code: 190
    obj: militarily
    target: in
    gloss: intervene militarily

verb come under
    code: 190
    obj: attack | fire | shelling | bombardment | rocket fire | drone attack | missile attack | mortar fire | gunfire
    subject: target
    target: from
    gloss: come under attack

noun clash
    code: 190
    target: with | between
    gloss: clashes

noun skirmish
    code: 190
    target: with | between
    gloss: skirmishes

noun battle
    code: 190
    target: with | between | against | for
    gloss: battle

noun ambush
    code: 190
    target: on | against
    gloss: ambush

noun killing
    code: 190
    target: of
    gloss: killing

verb besiege
    code: 191
    gloss: besiege

verb lay siege to
    code: 191
    gloss: lay siege to

noun siege
    code: 191
    target: of | on
    gloss: siege

verb blockade
    code: 191
    gloss: blockade

noun blockade
    code: 191
    target: of | on
    gloss: blockade

noun naval blockade
    code: 191
    target: of | on
    gloss: naval blockade

verb encircle
    code: 191
    gloss: encircle

verb cordon off
    code: 191
    gloss: cordon off

verb impose
    code: 191
    obj: blockade | siege | naval blockade | no-fly zone | total siege | complete siege
    target: on
    gloss: impose a blockade, siege

verb close
    code: 191
    obj: border | crossing | border crossing | airspace | strait | port | crossings
    gloss: close borders, crossings, airspace

verb shut
    code: 191
    obj: border | crossing | border crossing | airspace
    gloss: shut borders, crossings

verb block
    code: 191
    obj: aid | &en.humaid | aid trucks | aid convoys | supplies | shipments | deliveries | access to | border crossing | crossing
    target: to | into | from
    gloss: block aid, supplies

verb cut off
    code: 191
    obj: supplies | water | electricity | power | fuel | food | supply lines | supply routes
    target: to | for
    gloss: cut off supplies

verb restrict
    code: 191
    obj: movement | access | aid | entry of aid | deliveries
    target: to | into
    gloss: restrict movement, aid

verb invade
    code: 192
    gloss: invade

noun invasion
    code: 192
    target: of
    gloss: invasion

noun ground invasion
    code: 192
    target: of
    gloss: ground invasion

noun incursion
    code: 192
    target: into | in
    gloss: incursion

verb occupy
    code: 192
    gloss: occupy

verb annex
    code: 192
    gloss: annex

noun annexation
    code: 192
    target: of
    gloss: annexation

verb overrun
    code: 192
    form: overrunning
    gloss: overrun

verb capture
    code: 192
    obj: town | city | village | territory | area | region | base | airport | airfield | hill | district | stronghold | province | port | capital | settlement | control
    gloss: capture territory

verb seize
    code: 192
    obj: control | town | city | village | territory | area | region | base | airport | airfield | district | stronghold | province | capital | settlement
    gloss: seize territory, control

verb take control
    code: 192
    target: of
    gloss: take control of

verb take over
    code: 192
    obj: town | city | village | territory | area | base | airport | province | capital | stronghold
    gloss: take over (territory)

verb recapture
    code: 192
    gloss: recapture

verb retake
    code: 192
    form: retook | retaken
    gloss: retake

verb liberate
    code: 192
    gloss: liberate (territory)

verb shoot
    code: 193
    obj: dead | and killed | and wounded | and injured | in the head | in the chest | in the leg | in the back | in the ear | in the neck | in the | at | soldier | policeman | policemen | police officer | civilian | journalist | man | woman | child | children | people | worshippers | villager | resident | guard
    gloss: shoot (people; not "shot to a record", "booster shot")

verb gun down
    code: 193
    gloss: gun down

verb snipe
    code: 193
    gloss: snipe

noun shooting
    code: 193
    target: at | on | of
    gloss: shooting

noun gunfire
    code: 193
    target: at | on
    gloss: gunfire

noun sniper fire
    code: 193
    target: at | on
    gloss: sniper fire

noun small-arms fire
    code: 193
    target: at | on
    gloss: small-arms fire

noun firefight
    code: 193
    target: with | between
    gloss: firefight

noun gunfight
    code: 193
    target: with | between
    gloss: gunfight

noun gun battle
    code: 193
    target: with | between
    gloss: gun battle

noun shootout
    code: 193
    target: with | between
    gloss: shootout

verb fire
    code: 193
    obj: &en.bullets
    target: at | on | into
    gloss: fire shots

verb shell
    code: 194
    gloss: shell (with artillery)

noun shelling
    code: 194
    target: of | on
    gloss: shelling

noun artillery fire
    code: 194
    target: at | on
    gloss: artillery fire

noun artillery strike
    code: 194
    target: on | against
    gloss: artillery strike

noun artillery shelling
    code: 194
    target: of | on
    gloss: artillery shelling

noun mortar fire
    code: 194
    target: at | on
    gloss: mortar fire

noun mortar attack
    code: 194
    target: on | against
    gloss: mortar attack

noun tank fire
    code: 194
    target: at | on
    gloss: tank fire

verb fire
    code: 194
    obj: &en.artillery
    target: at | on | into | toward | towards
    gloss: fire shells, mortars

verb bomb
    code: 195
    gloss: bomb (from the air)

noun air strike
    code: 195
    target: on | against | in
    gloss: air strike

noun airstrike
    code: 195
    target: on | against | in
    gloss: airstrike

noun air-strike
    code: 195
    target: on | against | in
    gloss: air strike

noun air raid
    code: 195
    target: on | against | in
    gloss: air raid

noun drone strike
    code: 195
    target: on | against | in
    gloss: drone strike

noun drone attack
    code: 195
    target: on | against | in
    gloss: drone attack

noun missile strike
    code: 195
    target: on | against | in
    gloss: missile strike

noun missile attack
    code: 195
    target: on | against | in
    gloss: missile attack

noun air attack
    code: 195
    target: on | against | in
    gloss: air attack

noun aerial attack
    code: 195
    target: on | against | in
    gloss: aerial attack

noun rocket attack
    code: 195
    target: on | against | in
    gloss: rocket attack

noun rocket fire
    code: 195
    target: at | on | into
    gloss: rocket fire

noun aerial bombardment
    code: 195
    target: of | on
    gloss: aerial bombardment

noun aerial bombing
    code: 195
    target: of | on
    gloss: aerial bombing

noun bombing campaign
    code: 195
    target: against | on | in
    gloss: bombing campaign

noun air campaign
    code: 195
    target: against | on | in
    gloss: air campaign

noun barrel bomb
    code: 195
    gloss: barrel bomb

noun cluster munition
    code: 195
    gloss: cluster munitions

noun cluster bomb
    code: 195
    gloss: cluster bombs

verb fire
    code: 195
    obj: &en.projectiles
    target: at | on | into | toward | towards
    gloss: fire missiles, rockets, drones

verb launch
    code: 195
    obj: &en.projectiles | air strike | airstrike | air raid | drone strike | drone attack | missile attack | rocket attack
    target: at | on | against | into | toward | towards
    gloss: launch missiles, air strikes

verb carry out
    code: 195
    obj: air strike | airstrike | air raid | drone strike | drone attack | missile strike | missile attack | bombing
    target: on | against | in | targeting
    gloss: carry out air strikes

verb carry out
    code: 190
    obj: strike | attack | raid | assault | offensive | military operation | ground operation | ambush
    target: on | against | in | targeting
    gloss: carry out strikes, attacks

verb conduct
    code: 195
    obj: air strike | airstrike | air raid | drone strike | bombing raid
    target: on | against | in | targeting
    gloss: conduct air strikes

verb conduct
    code: 190
    obj: strike | raid | assault | military operation | ground operation | counterterrorism operation | offensive
    target: on | against | in | targeting
    gloss: conduct strikes, raids

verb drop
    code: 195
    obj: bomb | barrel bomb | bombs on | munitions
    target: on
    gloss: drop bombs

verb violate
    code: 196
    obj: &en.ceasefire | ceasefire agreement | truce agreement
    gloss: violate a ceasefire

verb breach
    code: 196
    obj: &en.ceasefire
    gloss: breach a ceasefire

verb break
    code: 196
    obj: &en.ceasefire
    gloss: break a ceasefire

noun ceasefire violation
    code: 196
    target: by
    gloss: ceasefire violation

noun cease-fire violation
    code: 196
    target: by
    gloss: ceasefire violation

noun truce violation
    code: 196
    target: by
    gloss: truce violation

noun violation of the ceasefire
    code: 196
    gloss: violation of the ceasefire

noun violation of the truce
    code: 196
    gloss: violation of the truce


# 20 USE UNCONVENTIONAL MASS VIOLENCE

noun sectarian violence
    code: 200
    gloss: sectarian violence

noun mass atrocity
    code: 200
    target: against
    gloss: mass atrocities

noun mass expulsion
    code: 201
    target: of
    gloss: mass expulsion

noun mass deportation
    code: 201
    target: of
    gloss: mass deportation

noun forced displacement
    code: 201
    target: of
    gloss: forced displacement

noun forcible transfer
    code: 201
    target: of
    gloss: forcible transfer

verb displace
    code: 201
    gloss: (forcibly) displace

verb expel
    code: 201
    form: expelled | expelling
    obj: residents | population | inhabitants | villagers | civilians | entire population | thousands
    gloss: expel populations

verb massacre
    code: 202
    gloss: massacre

noun massacre
    code: 202
    target: of | in | against
    gloss: massacre

verb slaughter
    code: 202
    gloss: slaughter

verb exterminate
    code: 202
    gloss: exterminate

verb commit
    code: 202
    form: committed | committing
    obj: massacre | genocide | mass killings | atrocities
    target: against
    gloss: commit a massacre

noun genocide
    code: 202
    target: against | in
    gloss: genocide

noun mass killing
    code: 202
    target: of
    gloss: mass killings

noun mass murder
    code: 202
    target: of
    gloss: mass murder

noun ethnic cleansing
    code: 203
    target: of | against | in
    gloss: ethnic cleansing

verb use
    code: 2041
    obj: chemical weapons | chemical weapon | poison gas | nerve agent | sarin | chlorine | chlorine gas | biological weapons | mustard gas
    target: against | on
    gloss: use chemical or biological weapons

noun chemical attack
    code: 2041
    target: on | against | in
    gloss: chemical attack

noun chemical weapons attack
    code: 2041
    target: on | against | in
    gloss: chemical weapons attack

noun gas attack
    code: 2041
    target: on | against | in
    gloss: gas attack

noun sarin attack
    code: 2041
    target: on | against | in
    gloss: sarin attack

noun chlorine attack
    code: 2041
    target: on | against | in
    gloss: chlorine attack

noun biological attack
    code: 2041
    target: on | against | in
    gloss: biological attack

noun nuclear attack
    code: 2042
    target: on | against
    gloss: nuclear attack

noun nuclear strike
    code: 2042
    target: on | against
    gloss: nuclear strike

verb drop
    code: 2042
    obj: atomic bomb | nuclear bomb | nuclear weapon
    target: on
    gloss: drop a nuclear bomb


# ---------------------------------------------------------------------------------------------
# Coverage additions: gaps found by probing the coder with 817 invented wire-style sentences
# (one expression each) and checking with --explain that the trigger word, not the grammar,
# was missing. Grouped by CAMEO root like the records above.
#
# Same conventions as the records above: verbs whose other senses dominate news carry `obj:` on every
# record; nothing here is bare unless the word has no common non-political sense.
#

# Shared object lists (new)

# International organisations and blocs a state joins, quits or is suspended from. Only names
# as they follow a verb; "the" is listed where the name is normally written with it.
set en.blocs
    en: ECOWAS | NATO | OPEC | OPEC+ | BRICS | ASEAN | the CSTO | CSTO | the OSCE | OSCE | UNESCO
    en: the WHO | the World Health Organization | the World Health Organisation | the African Union
    en: the Arab League | the Commonwealth | the Council of Europe | the European Union
    en: the Organization of American States | the OAS | the Shanghai Cooperation Organisation
    en: the Shanghai Cooperation Organization | the SCO | the Eurasian Economic Union | the CIS
    en: the G5 Sahel | G5 Sahel | the Human Rights Council | the UN Human Rights Council
    en: the International Criminal Court | the ICC | the Rome Statute | the Francophonie
    en: the International Organisation of La Francophonie | the Paris climate agreement
    en: the Arab Maghreb Union | the Gulf Cooperation Council | the GCC | the East African Community

set en.cancelled
    en: agreement | deal | accord | treaty | pact | defence pact | defense pact | military agreement
    en: security agreement | defence agreement | defense agreement | friendship treaty | peace agreement
    en: peace deal | memorandum of understanding | military cooperation agreement | status of forces agreement


# 01 MAKE PUBLIC STATEMENT

verb sound
    code: 012
    obj: alarm | the alarm | alarm bells
    target: over | about | on
    gloss: sound the alarm (pessimistic comment)


# 02 APPEAL

verb call upon
    code: 020
    gloss: call upon (appeal), as "call on"

verb call upon
    code: 0256
    obj: &en.ceasefire | &en.withdrawal | &en.deescalate
    gloss: call upon (someone) to cease fire, show restraint

verb call upon
    code: 026
    obj: &en.talks | return to talks | negotiate | resume talks
    gloss: call upon (someone) to negotiate

verb renew
    code: 020
    obj: call | calls | appeal | appeals | plea
    target: to | on
    gloss: renew a call, an appeal

# "asked X for help / a loan / weapons": the bare verb asks questions ("when asked about"),
# so only with a "for" phrase of aid; "asked X to" stays out.
verb ask
    code: 023
    obj: for help | for aid | for assistance | for support | for more help | for more aid | for international aid | for emergency aid
    gloss: ask (someone) for help, aid

verb ask
    code: 0231
    obj: for a loan | for loans | for financial aid | for financial support | for financial assistance | for economic aid | for a bailout | for debt relief | for funding
    gloss: ask (someone) for a loan, economic aid

verb ask
    code: 0232
    obj: for weapons | for arms | for military aid | for military support | for military assistance | for military instructors | for air defence | for air defences | for air defense | for air defenses | for fighter jets | for more weapons
    gloss: ask (someone) for weapons, military aid

verb plead with
    code: 020
    gloss: plead with (appeal)

verb plead with
    code: 0232
    obj: for weapons | for more weapons | for arms | for military aid | for air defence | for air defences | for air defenses
    gloss: plead with (someone) for weapons

verb push for
    code: 020
    gloss: push for (advocate; "press for" is a demand, 100)

verb lobby
    code: 020
    obj: for
    gloss: lobby (someone) for (never bare: "the Israel lobby")

# "press" is bare-excluded (the press); "pressed X for aid" is a demand, as "press for" (10x).
verb press
    code: 103
    obj: for help | for aid | for more help | for more aid | for assistance | for more assistance
    gloss: press (someone) for aid

verb press
    code: 1032
    obj: for weapons | for more weapons | for air defence | for air defences | for air defense | for military aid
    gloss: press (someone) for weapons


# 03 EXPRESS INTENT TO COOPERATE

verb express
    code: 030
    obj: interest in | interest in joining | keen interest
    gloss: express interest in (joining, cooperating)

# "vow" is bare-excluded (vows of revenge are 138); only vows to cooperate.
verb vow
    code: 030
    obj: to cooperate | to deepen cooperation | to strengthen cooperation | to boost cooperation | to expand cooperation | to enhance cooperation | to work together | to deepen ties | to strengthen ties | to boost ties | to deepen relations | to strengthen relations
    gloss: vow to cooperate

verb commit
    code: 030
    form: committed | committing
    obj: to providing | to provide | to sending | to send | to supporting | to support | to delivering | to deliver | to cooperating | to cooperate | to working with
    gloss: commit to (doing something for someone)


# 04 CONSULT

verb embark
    code: 042
    obj: on a visit | on a tour | on a state visit | on an official visit | on a trip | on a tour of | on a visit to
    target: to | of
    gloss: embark on a visit, a tour

verb talk
    code: 041
    obj: by phone | by telephone | on the phone | on the telephone | over the phone
    target: with | to
    gloss: talk by phone

verb take part
    code: 040
    obj: in talks | in the talks | in a meeting | in the meeting | in consultations | in the summit | in a summit
    target: with
    gloss: take part in talks

verb take part
    code: 046
    obj: in negotiations | in the negotiations | in peace talks | in the peace talks
    target: with
    gloss: take part in negotiations

verb sit down
    code: 040
    form: sat down | sitting down
    obj: with | for talks
    target: with
    gloss: sit down with (for talks)


# 05 ENGAGE IN DIPLOMATIC COOPERATION

# Improving relations, as "upgrade" and "improve" (050).
verb mend
    code: 050
    obj: &en.relations | fences
    target: with
    gloss: mend ties

verb patch up
    code: 050
    obj: &en.relations | differences
    target: with
    gloss: patch up relations

verb strengthen
    code: 050
    obj: &en.relations | bilateral ties | bilateral relations | alliance
    target: with
    gloss: strengthen ties

verb deepen
    code: 050
    obj: &en.relations | bilateral ties | bilateral relations | security ties | alliance
    target: with
    gloss: deepen ties

verb boost
    code: 050
    obj: &en.relations | bilateral ties | bilateral relations
    target: with
    gloss: boost ties

verb bolster
    code: 050
    obj: &en.relations | bilateral ties | alliance
    target: with
    gloss: bolster ties

verb cement
    code: 050
    obj: &en.relations | alliance | partnership | friendship
    target: with
    gloss: cement ties, an alliance

verb elevate
    code: 050
    obj: &en.relations | partnership
    target: with
    gloss: elevate ties (to a strategic partnership)

# Restoring ties is 054 in verbs.lex ("restore", "resume", "establish"); these spell it otherwise.
verb re-establish
    code: 054
    obj: &en.relations | embassy
    target: with
    gloss: re-establish relations

verb reestablish
    code: 054
    obj: &en.relations | embassy
    target: with
    gloss: reestablish relations

# Taking a state (back) into an organisation; "readmit" is never anything else in news.
verb readmit
    code: 054
    form: readmitted | readmitting
    gloss: readmit (a state to an organisation)

verb admit
    code: 054
    form: admitted | admitting
    obj: as a member | as a full member | as a member state | as the newest member
    gloss: admit (a state) as a member

verb reinstate
    code: 054
    obj: membership | as a member | to the league | into the league
    gloss: reinstate (a state's) membership

verb extol
    code: 051
    form: extolled | extolling
    gloss: extol

verb throw
    code: 051
    obj: weight behind | its weight behind | their weight behind | his weight behind | her weight behind
    gloss: throw its weight behind (support)

verb forge
    code: 057
    obj: pact | alliance | defence pact | defense pact | security pact | agreement | partnership agreement
    target: with
    gloss: forge a pact (formal agreement)

# British past tense only: the base form "initial" is an adjective ("an initial agreement"), so
# the key is the past participle itself (its generated -s/-ed forms are harmless non-words).
verb initialled
    code: 057
    obj: &en.agreement | text | draft | deal
    target: with
    gloss: initialled (an agreement)

verb initialed
    code: 057
    obj: &en.agreement | text | draft | deal
    target: with
    gloss: initialed (an agreement)


# 06 ENGAGE IN MATERIAL COOPERATION

noun joint naval patrol
    code: 062
    target: with | between
    gloss: joint naval patrol

noun joint naval exercise
    code: 062
    target: with | between
    gloss: joint naval exercise

noun joint air patrol
    code: 062
    target: with | between
    gloss: joint air patrol

verb resume
    code: 061
    obj: trade | imports | exports | gas supplies | gas transit | oil supplies | oil exports | gas exports | grain exports
    target: with | to | from
    gloss: resume trade, gas supplies

verb resume
    code: 060
    obj: cooperation | security cooperation | military cooperation | economic cooperation
    target: with
    gloss: resume cooperation


# 07 PROVIDE AID

verb disburse
    code: 071
    target: to | for
    gloss: disburse (funds, a loan tranche)

verb write off
    code: 071
    form: wrote off | written off | writes off | writing off
    obj: debt | debts | loans
    gloss: write off debt

verb cancel
    code: 071
    form: cancelled | cancelling
    obj: debt | debts | loans | debt owed
    gloss: cancel debt

verb forgive
    code: 071
    obj: debt | debts | loans
    gloss: forgive debt (not "forgave" an offence, 056)

verb provide
    code: 071
    obj: grant | emergency grant | grants
    target: to | with
    gloss: provide a grant

verb approve
    code: 071
    obj: grant | loan tranche | tranche | disbursement
    target: to | for
    gloss: approve a grant, a loan tranche

verb airlift
    code: 073
    obj: aid | &en.humaid | supplies | relief | relief supplies
    target: to | into
    gloss: airlift aid (not "airlifted troops")

verb fly
    code: 073
    obj: aid | humanitarian aid | relief | relief supplies | medical supplies | humanitarian supplies | supplies
    target: to | into
    gloss: fly aid to

verb rush
    code: 073
    obj: aid | &en.humaid | supplies | relief | relief supplies | rescue teams
    target: to | into
    gloss: rush aid to

verb distribute
    code: 073
    obj: aid | &en.humaid | food parcels | food aid | relief | relief supplies
    target: to | among | in
    gloss: distribute aid

verb bankroll
    code: 070
    gloss: bankroll (a government, a group)

verb earmark
    code: 071
    obj: million | billion | &en.econaid | funds
    target: for | to
    gloss: earmark funds for

verb earmark
    code: 072
    obj: &en.milaid
    target: for | to
    gloss: earmark military aid for

# Announcing aid is giving it, as announcing sanctions is imposing them (163).
verb announce
    code: 070
    obj: aid package | new aid | aid
    target: for | to
    gloss: announce aid

verb announce
    code: 071
    obj: &en.econaid | million in aid | billion in aid | million dollars in aid | million euros in aid
    target: for | to
    gloss: announce economic aid

verb announce
    code: 072
    obj: military aid package | weapons package | arms package | security assistance package | &en.milaid
    target: for | to
    gloss: announce a military aid package

verb announce
    code: 073
    obj: &en.humaid | million dollars in humanitarian aid | million in humanitarian aid | million euros in humanitarian aid
    target: for | to
    gloss: announce humanitarian aid

verb approve
    code: 070
    obj: aid | aid package | assistance
    target: to | for
    gloss: approve aid

# Resuming or restoring aid is giving it again.
verb resume
    code: 070
    obj: aid | assistance | funding | aid deliveries
    target: to | for
    gloss: resume aid

verb resume
    code: 072
    obj: &en.milaid | weapons shipments | arms shipments | arms deliveries | intelligence sharing
    target: to | for | with
    gloss: resume military aid

verb resume
    code: 073
    obj: &en.humaid | aid deliveries | aid convoys
    target: to | for
    gloss: resume humanitarian aid

verb restore
    code: 070
    obj: aid | funding | assistance
    target: to | for
    gloss: restore aid

verb restore
    code: 072
    obj: &en.milaid
    target: to | for
    gloss: restore military aid


# 08 YIELD

verb hand
    code: 0831
    obj: power to
    target: to
    gloss: hand power to

verb hand back
    code: 0841
    obj: &en.persons | children
    target: to
    gloss: hand back (prisoners)

verb hand back
    code: 0842
    obj: territory | land | island | control | asset | property
    target: to
    gloss: hand back (territory)

verb hand over
    code: 0841
    obj: children | child | deported children
    target: to
    gloss: hand over (deported) children

verb let
    code: 0863
    obj: aid | aid trucks | aid convoys | aid into | &en.humaid | fuel | fuel trucks
    target: into | to
    gloss: let aid in

verb allow
    code: 0863
    obj: fuel | fuel trucks | fuel deliveries | fuel into
    target: into | to
    gloss: allow fuel in (as aid)

verb release
    code: 0842
    obj: tax revenues | revenues | clearance revenues | tax funds | withheld funds
    target: to
    gloss: release (withheld) tax revenues

verb lift
    code: 085
    obj: boycott | economic boycott | trade boycott
    target: on | of | against
    gloss: lift a boycott (as "end boycott"; not the protest noun "boycott", 143)

verb drop
    code: 081
    obj: charges | all charges | the charges | charges against
    target: against
    gloss: drop charges

verb drop
    code: 085
    obj: tariff | tariffs | duties | sanctions
    target: on | against
    gloss: drop tariffs, sanctions

verb commute
    code: 081
    obj: sentence | death sentence | death sentences | sentences
    gloss: commute a sentence

verb remove
    code: 081
    obj: from the terrorism list | from its terrorism list | from the terror list | from its terror list | from the list of state sponsors | from its list of state sponsors | from the sanctions list | from its sanctions list | from the blacklist | from its blacklist | from the list of terrorist | from its list of terrorist
    gloss: remove (a state, a group) from a terrorism or sanctions list

verb delist
    code: 081
    gloss: delist (from a terrorism or sanctions list)

# Only operations under way: calling off planned strikes ("called off retaliatory strikes ten
# minutes before") is no event.
verb call off
    code: 087
    obj: offensive | military operation | ground operation | assault | siege | ground offensive
    gloss: call off an offensive

verb surrender
    code: 0873
    obj: weapons | arms | heavy weapons
    target: to
    gloss: surrender weapons

verb relax
    code: 081
    obj: restriction | curbs | controls | measures | travel restrictions
    target: on
    gloss: relax restrictions (as "ease")

verb pause
    code: 085
    obj: tariff | tariffs | duties
    target: on
    gloss: pause tariffs

verb scrap
    code: 085
    obj: tariff | tariffs | duties | retaliatory tariffs | sanctions
    target: on
    gloss: scrap tariffs

verb grant
    code: 080
    obj: concession | concessions
    target: to
    gloss: grant concessions


# 09 INVESTIGATE

verb launch
    code: 090
    obj: probe | investigation | inquiry | criminal investigation | criminal probe
    target: into | against
    gloss: launch a probe

noun probe
    code: 090
    target: into | of | against
    gloss: probe (investigation)

verb examine
    code: 090
    obj: allegation | allegations | claims | evidence | wreckage | complaint | complaints
    gloss: examine allegations, wreckage


# 11 DISAPPROVE

verb admonish
    code: 111
    gloss: admonish

verb chide
    code: 111
    gloss: chide

verb upbraid
    code: 111
    gloss: upbraid

verb disparage
    code: 111
    gloss: disparage

verb belittle
    code: 111
    gloss: belittle

verb denigrate
    code: 111
    gloss: denigrate

verb vilify
    code: 111
    gloss: vilify

verb pillory
    code: 111
    gloss: pillory

verb impugn
    code: 111
    gloss: impugn

verb demonise
    code: 111
    gloss: demonise

verb demonize
    code: 111
    gloss: demonize

verb take
    code: 111
    obj: issue with | to task
    gloss: take issue with, take (someone) to task

verb pour
    code: 111
    obj: scorn on
    gloss: pour scorn on

verb call
    code: 111
    obj: biased | one-sided | politicised | politicized | racist | antisemitic | anti-semitic | hostile
    gloss: call (something) biased, hostile


# 12 REJECT

# Blocking a package in a vote is a veto-like rejection; "blocked aid" (trucks, convoys) stays 191.
verb block
    code: 120
    obj: aid package | sanctions package | loan | accession | membership bid | enlargement | joint statement | joint declaration
    gloss: block (in a vote) an aid package, an accession

verb vote down
    code: 120
    gloss: vote down

verb brush aside
    code: 120
    gloss: brush aside

verb brush off
    code: 120
    gloss: brush off

verb shrug off
    code: 120
    gloss: shrug off

verb balk
    code: 120
    obj: at
    gloss: balk at

verb baulk
    code: 120
    obj: at
    gloss: baulk at

verb resist
    code: 120
    obj: pressure | calls | demands | demand
    gloss: resist pressure, demands

verb shun
    code: 120
    form: shunned | shunning
    gloss: shun (a meeting, a delegation)

verb decline
    code: 120
    obj: offer | request | proposal | to sign | to join | to endorse
    gloss: decline an offer (not "decline to comment" 011)

verb decline
    code: 125
    obj: invitation | offer of talks | to meet | to attend | to negotiate | to hold talks
    gloss: decline an invitation, talks

verb deny
    code: 120
    obj: request | requests | application | bid
    gloss: deny a request

verb disregard
    code: 128
    obj: call | calls | warning | warnings | resolution | demand | ruling | order | appeal | ultimatum
    gloss: disregard (a resolution, a ruling)

verb walk away
    code: 164
    obj: from talks | from the talks | from negotiations | from the negotiations | from the negotiating table
    gloss: walk away from talks

verb walk away
    code: 160
    obj: from the deal | from the agreement | from the accord | from the treaty | from the nuclear deal
    gloss: walk away from a deal (as "withdraw from", 160)

# Annulling an agreement is tearing it up (127, as "tear up", "scrap", "renege on").
verb revoke
    code: 127
    obj: &en.cancelled
    target: with
    gloss: revoke an agreement

verb annul
    code: 127
    form: annulled | annulling
    obj: &en.cancelled
    target: with
    gloss: annul an agreement

verb rescind
    code: 127
    obj: &en.cancelled
    target: with
    gloss: rescind an agreement

verb repudiate
    code: 127
    obj: &en.cancelled
    target: with
    gloss: repudiate an agreement

verb terminate
    code: 127
    obj: &en.cancelled
    target: with
    gloss: terminate an agreement

verb cancel
    code: 127
    form: cancelled | cancelling
    obj: &en.cancelled
    target: with
    gloss: cancel an agreement


# 13 THREATEN

# "promise" and "pledge" are 030 bare in verbs.lex; a promised response is a threat, as "vow".
verb promise
    code: 138
    obj: harsh response | strong response | crushing response | decisive response | military response | retaliation | revenge | to retaliate | to avenge
    gloss: promise a (military) response

verb pledge
    code: 138
    obj: revenge | retaliation | to retaliate | to avenge | harsh response | crushing response | decisive response
    gloss: pledge revenge

verb threaten
    code: 138
    obj: ground offensive | to launch a ground offensive | to launch an offensive | to shoot down | to flatten | to target
    gloss: threaten an offensive, to shoot down


# 14 PROTEST

verb picket
    code: 141
    gloss: picket

verb stage
    code: 141
    obj: protest | protests | demonstration | demonstrations | a march | marches | protest march | vigil
    target: against | outside | in front of
    gloss: stage a protest, a march (never bare: "a new stage")

verb stage
    code: 144
    obj: sit-in | sit-ins
    target: outside | in front of | at
    gloss: stage a sit-in

verb stage
    code: 143
    obj: strike | general strike | walkout | work stoppage
    target: against | over
    gloss: stage a strike

verb stage
    code: 142
    obj: hunger strike
    target: against | over
    gloss: stage a hunger strike

verb march
    code: 141
    obj: in support of | in solidarity with
    gloss: march in support of


# 15 EXHIBIT FORCE POSTURE

verb stage
    code: 150
    obj: drills | military drills | exercises | military exercises | war games | manoeuvres | maneuvers | live-fire drills | show of force
    target: near | around | off
    gloss: stage drills

verb carry out
    code: 150
    obj: drills | military drills | exercises | military exercises | manoeuvres | maneuvers | missile test | nuclear test
    target: near | around | off
    gloss: carry out drills

verb launch
    code: 150
    obj: exercise | exercises | drills | military exercise | war games | manoeuvres | maneuvers
    target: near | around | off
    gloss: launch an exercise

# Only with the waters sailed through: "they sailed a warship to the Gulf" has no other side.
verb sail
    code: 150
    obj: through the taiwan strait | through the strait | through the south china sea | through the strait of hormuz | through the red sea | through the black sea | through the sea of japan | near the disputed
    target: through | near | into
    gloss: sail (a warship) through the Taiwan Strait (freedom-of-navigation operation)

verb fly
    code: 150
    obj: bomber | strategic bombers | warplanes | fighter jets | reconnaissance flights | surveillance flights
    target: near | over | around
    gloss: fly bombers near

verb parade
    code: 150
    obj: missile | weapons | tanks | troops | military hardware | icbm | intercontinental ballistic missiles
    gloss: parade missiles (the noun "military parade" is in verbs.lex)

verb unveil
    code: 150
    obj: missile | hypersonic missile | ballistic missile | drone | warship | submarine | weapon | weapons system | fighter jet | tank
    gloss: unveil a new missile, weapon

verb heighten
    code: 152
    obj: alert | alert level | state of alert | readiness | combat readiness
    gloss: heighten the alert

verb heighten
    code: 151
    obj: security | security measures
    gloss: heighten security

verb increase
    code: 152
    obj: readiness | combat readiness | alert level | state of alert
    gloss: increase readiness

verb step up
    code: 150
    obj: patrols | military patrols | naval patrols | air patrols | drills
    target: along | near | in
    gloss: step up patrols

verb step up
    code: 154
    obj: presence | military presence | naval presence | deployment | deployments
    target: in | along | near
    gloss: step up its military presence

verb bolster
    code: 154
    obj: defences | defenses | air defences | air defenses | military presence | troops | forces
    target: along | near | in
    gloss: bolster defences, troops


# 16 REDUCE RELATIONS

verb withdraw
    code: 160
    obj: from &en.blocs
    gloss: withdraw from (an organisation)

verb pull out
    code: 160
    obj: of &en.blocs
    gloss: pull out of (an organisation)

verb quit
    code: 160
    form: quitting
    obj: &en.blocs
    gloss: quit (an organisation)

# Not "leave": its blocs are places too ("left the NATO summit"); verbs.lex has "leave" with
# generic nouns. "exit" only with a bloc name ("exit polls").
verb exit
    code: 160
    obj: &en.blocs
    gloss: exit (an organisation)

verb suspend
    code: 160
    obj: contacts | all contacts
    target: with
    gloss: suspend contacts

verb downgrade
    code: 161
    obj: diplomatic presence
    target: in | with
    gloss: downgrade its diplomatic presence

verb scale back
    code: 166
    obj: diplomatic presence | embassy staff | diplomatic staff | embassy
    target: in
    gloss: scale back its diplomatic presence (not the military one, 087)

verb shut
    code: 161
    obj: embassy | consulate | diplomatic mission
    target: in
    gloss: shut an embassy

verb stop
    code: 162
    obj: aid to | aid for | assistance to | funding | financial support | payments
    target: to | for
    gloss: stop aid (not "stopped aid from entering", a blockade)

verb curtail
    code: 160
    obj: intelligence sharing | cooperation | contacts | security cooperation | military cooperation
    target: with
    gloss: curtail cooperation

verb curtail
    code: 162
    obj: aid to | aid for | funding | assistance to
    target: to | for
    gloss: curtail aid

# Withholding the tax revenues a state collects for another (Israel / the Palestinian Authority)
# is an economic sanction (163).
verb freeze
    code: 163
    obj: transfer of tax revenues | tax revenues | tax transfers | clearance revenues
    target: to
    gloss: freeze the transfer of tax revenues

verb withhold
    code: 163
    obj: tax revenues | clearance revenues | tax transfers
    target: from | to
    gloss: withhold tax revenues

verb hike
    code: 163
    obj: tariff | tariffs | duties | levies
    target: on
    gloss: hike tariffs

verb levy
    code: 163
    obj: tariff | tariffs | duties | sanctions
    target: on | against
    gloss: levy tariffs

# Retaliating or hitting back with tariffs is trade war (163), not the bare verbs' 190.
verb retaliate
    code: 163
    obj: with tariffs | with sanctions | with counter-tariffs | with duties | with countermeasures | with its own tariffs
    target: against | on
    gloss: retaliate with tariffs

verb hit back
    code: 163
    obj: with tariffs | with sanctions | with counter-tariffs | with duties | with countermeasures
    target: against | on
    gloss: hit back with tariffs


# 17 COERCE

verb proscribe
    code: 1722
    gloss: proscribe (ban an organisation)

verb label
    code: 1722
    form: labelled | labelling | labeled | labeling
    obj: undesirable | an undesirable organisation | an undesirable organization | foreign agent | a foreign agent | foreign agents | an extremist organisation | an extremist organization | extremist
    gloss: label (an organisation) undesirable, a foreign agent

verb declare
    code: 1722
    obj: undesirable | an undesirable organisation | an undesirable organization | a foreign agent | an extremist organisation | an extremist organization
    gloss: declare (an organisation) undesirable

verb nationalise
    code: 1711
    gloss: nationalise (foreign property)

verb nationalize
    code: 1711
    gloss: nationalize (foreign property)

verb impound
    code: 171
    gloss: impound (a ship, a tanker)

verb intercept
    code: 171
    obj: flotilla | aid flotilla | aid ship | boat | vessel | tanker | shipment | cargo
    gloss: intercept a flotilla, a vessel (seizure; missiles and drones are 190)

verb revoke
    code: 172
    obj: licence | license | permit | permits | work permits | accreditation | press credentials | citizenship | nationality | residency | visa | visas | registration
    gloss: revoke a licence, permits, citizenship

verb strip
    code: 172
    obj: citizenship | nationality | immunity | parliamentary immunity
    gloss: strip (someone) of citizenship, immunity

verb suspend
    code: 1721
    obj: broadcaster | broadcasts | newspaper | channel | tv channel | television channel | radio station | media outlet | news agency
    gloss: suspend a broadcaster

verb evict
    code: 174
    gloss: evict (residents, families)

verb put
    code: 173
    obj: behind bars
    gloss: put behind bars

verb hand
    code: 173
    obj: sentence | prison sentence | jail sentence | jail term | prison term | death sentence | life sentence
    gloss: hand (someone) a sentence

verb hand down
    code: 173
    obj: sentence | prison sentence | jail sentence | jail term | prison term | death sentence | life sentence
    target: to | against
    gloss: hand down a sentence

verb deny
    code: 172
    obj: entry | entry to | visa | visas | entry visas
    target: to
    gloss: deny entry (administrative sanction)

verb push back
    code: 174
    obj: migrants | migrant boats | boats | asylum seekers | refugees
    target: to | into
    gloss: push back migrants

verb tear-gas
    code: 175
    form: tear-gassed | tear-gassing
    gloss: tear-gas (protesters)

verb hang
    code: 1823
    form: hanged | hanging
    obj: man | men | woman | women | prisoner | prisoners | protester | protesters | dissident | activist | person | people | convicted
    gloss: hang (execute); never bare: "hung parliament"


# 18 ASSAULT

verb snatch
    code: 181
    obj: aid worker | aid workers | foreigner | foreigners | tourist | tourists | student | students | schoolgirl | schoolgirls | journalist | journalists | priest | worker | workers | villagers | children
    gloss: snatch (abduct) people; never bare: "snatched victory"


# 19 FIGHT

# "downed" a drone, a jet; never bare ("down" is a preposition; "Downing Street" is an actor).
verb down
    code: 190
    obj: drone | drones | jet | fighter jet | warplane | helicopter | plane | aircraft | missile | missiles
    gloss: down (shoot down) a drone, a jet

verb strafe
    code: 195
    gloss: strafe (from the air)

verb mortar
    code: 194
    gloss: mortar (a position)

verb lob
    code: 194
    form: lobbed | lobbing
    obj: &en.artillery
    target: at | into | on
    gloss: lob shells at

verb lob
    code: 195
    form: lobbed | lobbing
    obj: &en.projectiles | grenade
    target: at | into | on
    gloss: lob rockets at

verb rain
    code: 195
    obj: bombs | missiles | rockets | drones
    target: on | down on
    gloss: rain bombs on

verb pummel
    code: 190
    form: pummelled | pummelling | pummeled | pummeling
    obj: city | cities | town | village | position | positions | targets | military targets | front line | stronghold | neighbourhood | neighborhood | infrastructure | energy infrastructure
    gloss: pummel (positions, cities); never bare (sports)

verb overwhelm
    code: 190
    obj: defences | defenses | positions | troops | garrison | defenders
    gloss: overwhelm defences

verb regain
    code: 192
    obj: control | town | city | village | territory | area | base | district | province
    gloss: regain control of

verb reclaim
    code: 192
    obj: control | town | city | village | territory | area | base | district | province
    gloss: reclaim (a town)

verb take
    code: 192
    obj: the town | the city | the village | the strategic town | the key town | the eastern town | the frontline town
    gloss: take (capture) a town

# Not "advance into" + a name: teams advance into the semi-finals, shares into positive territory.
verb advance
    code: 192
    obj: deeper into | into the town | into the city | into the village | into the outskirts | into the centre | into the center | into the heart of | into the province | into the region | into the territory of | into the enclave | into the camp
    target: into
    gloss: advance into a town, deeper into a region ("in advance" stays out)


# 20 USE UNCONVENTIONAL MASS VIOLENCE

verb gas
    code: 2041
    form: gassed | gassing
    obj: its own people | their own people | his own people | civilians | kurds | villagers
    gloss: gas (civilians); never bare (natural gas)
