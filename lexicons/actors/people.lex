# hadath lexicon: people with date-ranged roles
#
# One `person ID` record per person. `ar` and `en` list the full name and the short
# forms news really uses; `code` lines give the actor code while in a post (ranges are
# inclusive at both ends), and a `code` line without a range is the default outside
# every range (usually ELI = former office holder / elite).
#
# Conventions
# * Titles (الرئيس، الملك، الشيخ، الأمير، المشير، آية الله) are not part of names: the agent
#   lexicons handle them.
# * A bare surname is listed only when it is distinctive AND not an ordinary Arabic word.
#   Deliberately NOT listed as bare short forms (they are ordinary words or shared names):
#   صالح (لصالح)، هادي، عون (العون)، سلام، بري (هجوم بري)، رئيسي (الرئيسي)، صدام (الصدام)،
#   مبارك، الصدر (صدر)، السوداني (nisba)، مشار (المشار إليه)، الجميل، المعلم، شكري، غالي،
#   سعيد، شريف، مشرف، غني، رباني، خطاب، مغنية، المنفي، عقيلة، الحية، الضيف، البيض، عبد الله، محمد.
# * Where two people share a surname the bare surname goes to the person news means by it
#   today (note on the record); the other person gets full names only.
# * Dates: day precision where known, otherwise month or year.

# United States
person jimmy-carter
    ar: جيمي كارتر | كارتر
    en: Jimmy Carter | James Earl Carter | Carter
    code: USAGOV 1977-01-20..1981-01-20
    code: USAELI
    note: bare كارتر / Carter = Jimmy Carter; Ash Carter has full names only

person ronald-reagan
    ar: رونالد ريغان | ريغان | رونالد ريجان | ريجان
    en: Ronald Reagan | Reagan
    code: USAGOV 1981-01-20..1989-01-20
    code: USAELI

person george-h-w-bush
    ar: جورج بوش الأب | بوش الأب | جورج هربرت ووكر بوش | جورج إتش دبليو بوش
    en: George H. W. Bush | George H.W. Bush | George Herbert Walker Bush | George Bush Sr. | Bush Sr.
    code: USAGOV 1981-01-20..1993-01-20
    code: USAELI
    note: vice-president 1981-1989, president 1989-1993; bare بوش / Bush belongs to George W. Bush

person george-w-bush
    ar: جورج دبليو بوش | جورج بوش الابن | بوش الابن | جورج ووكر بوش | جورج بوش | بوش
    en: George W. Bush | George Walker Bush | George Bush Jr. | Bush
    code: USAGOV 2001-01-20..2009-01-20
    code: USAELI
    note: bare بوش and جورج بوش are given to the son (the Bush most reported since 2001)

person bill-clinton
    ar: بيل كلينتون | وليام جيفرسون كلينتون | ويليام كلينتون
    en: Bill Clinton | William Jefferson Clinton | William J. Clinton
    code: USAGOV 1993-01-20..2001-01-20
    code: USAELI
    note: bare كلينتون / Clinton is ambiguous with Hillary Clinton and is not listed

person hillary-clinton
    ar: هيلاري كلينتون | هيلاري رودهام كلينتون | هيلاري | هيلارى كلينتون
    en: Hillary Clinton | Hillary Rodham Clinton | Hillary
    code: USAGOV 2009-01-21..2013-02-01
    code: USAELI

person barack-obama
    ar: باراك أوباما | أوباما | باراك حسين أوباما
    en: Barack Obama | Barack Hussein Obama | Obama
    code: USAGOV 2009-01-20..2017-01-20
    code: USAELI

person donald-trump
    ar: دونالد ترامب | ترامب | دونالد ترمب | ترمب | دونالد جون ترامب
    en: Donald Trump | Donald J. Trump | Trump
    code: USAGOV 2017-01-20..2021-01-20
    code: USAGOV 2025-01-20..
    code: USAELI

person joe-biden
    ar: جو بايدن | بايدن | جوزيف بايدن | جوزيف روبينيت بايدن
    en: Joe Biden | Joseph Biden | Joseph R. Biden | Biden
    code: USAGOV 2009-01-20..2017-01-20
    code: USAGOV 2021-01-20..2025-01-20
    code: USAELI
    note: vice-president 2009-2017, president 2021-2025

person kamala-harris
    ar: كامالا هاريس | كمالا هاريس | هاريس
    en: Kamala Harris | Kamala
    code: USAGOV 2021-01-20..2025-01-20
    code: USAELI

person mike-pence
    ar: مايك بنس | مايك بينس | بينس
    en: Mike Pence | Michael Pence
    code: USAGOV 2017-01-20..2021-01-20
    code: USAELI

person jd-vance
    ar: جي دي فانس | جيه دي فانس | فانس
    en: JD Vance | J. D. Vance | J.D. Vance | Vance
    code: USAGOV 2025-01-20..
    code: USAELI
    note: bare فانس / Vance = JD Vance; Cyrus Vance has full names only

person dick-cheney
    ar: ديك تشيني | تشيني | ريتشارد تشيني
    en: Dick Cheney | Richard Cheney | Cheney
    code: USAGOV 1989-03-21..1993-01-20
    code: USAGOV 2001-01-20..2009-01-20
    code: USAELI
    note: secretary of defense 1989-1993, vice-president 2001-2009

person al-gore
    ar: آل غور | آل جور
    en: Al Gore | Albert Gore
    code: USAGOV 1993-01-20..2001-01-20
    code: USAELI

person cyrus-vance
    ar: سايروس فانس | سيروس فانس
    en: Cyrus Vance
    code: USAGOV 1977-01-23..1980-04-28
    code: USAELI

person edmund-muskie
    ar: إدموند موسكي | ادموند ماسكي
    en: Edmund Muskie | Muskie
    code: USAGOV 1980-05-08..1981-01-18
    code: USAELI

person alexander-haig
    ar: ألكسندر هيغ | ألكسندر هيج
    en: Alexander Haig | Haig
    code: USAGOV 1981-01-22..1982-07-05
    code: USAELI
    note: bare هيغ is shared with William Hague and not listed

person george-shultz
    ar: جورج شولتز | جورج شولتس
    en: George Shultz | George P. Shultz | Shultz
    code: USAGOV 1982-07-16..1989-01-20
    code: USAELI
    note: bare شولتز / شولتس = Olaf Scholz

person james-baker
    ar: جيمس بيكر | بيكر | جيمس أديسون بيكر
    en: James Baker | James A. Baker | James Baker III
    code: USAGOV 1981-01-20..1988-08-17
    code: USAGOV 1989-01-25..1993-01-20
    code: IGOUNO 1997-03-17..2004-06-11
    code: USAELI
    note: chief of staff, treasury, secretary of state 1989-1992; UN envoy for Western Sahara 1997-2004

person lawrence-eagleburger
    ar: لورانس إيغلبرغر | إيغلبرغر | لورانس ايجلبرجر | ايجلبرجر
    en: Lawrence Eagleburger | Eagleburger
    code: USAGOV 1989-03-20..1993-01-20
    code: USAELI

person warren-christopher
    ar: وارن كريستوفر
    en: Warren Christopher
    code: USAGOV 1993-01-20..1997-01-17
    code: USAELI

person madeleine-albright
    ar: مادلين أولبرايت | أولبرايت
    en: Madeleine Albright | Albright
    code: USAGOV 1993-01-27..2001-01-20
    code: USAELI
    note: UN ambassador 1993-1997, secretary of state 1997-2001

person colin-powell
    ar: كولن باول | كولين باول
    en: Colin Powell | Powell
    code: USAMIL 1989-10-01..1993-09-30
    code: USAGOV 2001-01-20..2005-01-26
    code: USAELI
    note: bare باول not listed: with the clitic stripped it equals بأول (with the first)

person condoleezza-rice
    ar: كوندوليزا رايس | كونداليزا رايس | كوندليزا رايس | رايس
    en: Condoleezza Rice | Condoleeza Rice
    code: USAGOV 2001-01-20..2009-01-20
    code: USAELI
    note: national security adviser 2001-2005, secretary of state 2005-2009; bare رايس = Condoleezza (Susan Rice has full names only)

person john-kerry
    ar: جون كيري | كيري
    en: John Kerry | John F. Kerry | Kerry
    code: USALEG 1985-01-03..2013-01-31
    code: USAGOV 2013-02-01..2017-01-20
    code: USAGOV 2021-01-20..2024-03-06
    code: USAELI
    note: secretary of state 2013-2017, climate envoy 2021-2024

person rex-tillerson
    ar: ريكس تيلرسون | تيلرسون | تيليرسون
    en: Rex Tillerson | Tillerson
    code: USAGOV 2017-02-01..2018-03-31
    code: USAELI

person mike-pompeo
    ar: مايك بومبيو | بومبيو | مايكل بومبيو
    en: Mike Pompeo | Michael Pompeo | Pompeo
    code: USAGOV 2017-01-23..2021-01-20
    code: USAELI
    note: CIA director 2017-2018, secretary of state 2018-2021

person antony-blinken
    ar: أنتوني بلينكن | بلينكن | بلنكن | أنتوني بلينكين | بلينكين | انتوني بلنكن
    en: Antony Blinken | Tony Blinken | Blinken
    code: USAGOV 2013-01-20..2017-01-20
    code: USAGOV 2021-01-26..2025-01-20
    code: USAELI

person marco-rubio
    ar: ماركو روبيو | روبيو
    en: Marco Rubio | Rubio
    code: USALEG 2011-01-03..2025-01-20
    code: USAGOV 2025-01-21..
    code: USAELI

person caspar-weinberger
    ar: كاسبر واينبرغر | واينبرغر | كاسبار وينبرجر | وينبرجر
    en: Caspar Weinberger | Weinberger
    code: USAGOV 1981-01-21..1987-11-23
    code: USAELI

person donald-rumsfeld
    ar: دونالد رامسفيلد | رامسفيلد
    en: Donald Rumsfeld | Rumsfeld
    code: USAGOV 2001-01-20..2006-12-18
    code: USAELI

person robert-gates
    ar: روبرت غيتس | روبرت جيتس
    en: Robert Gates | Robert M. Gates
    code: USAGOV 1991-11-06..1993-01-20
    code: USAGOV 2006-12-18..2011-06-30
    code: USAELI
    note: bare غيتس / Gates not listed (Bill Gates, English word)

person leon-panetta
    ar: ليون بانيتا | بانيتا
    en: Leon Panetta | Panetta
    code: USAGOV 2009-02-13..2013-02-26
    code: USAELI

person chuck-hagel
    ar: تشاك هيغل | تشاك هاغل | هاغل | تشاك هيجل
    en: Chuck Hagel | Hagel
    code: USAGOV 2013-02-27..2015-02-17
    code: USAELI

person ash-carter
    ar: آشتون كارتر | آش كارتر
    en: Ash Carter | Ashton Carter
    code: USAGOV 2015-02-17..2017-01-20
    code: USAELI

person jim-mattis
    ar: جيمس ماتيس | جيم ماتيس | ماتيس
    en: Jim Mattis | James Mattis | Mattis
    code: USAMIL 2010-08-11..2013-03-22
    code: USAGOV 2017-01-20..2019-01-01
    code: USAELI

person mark-esper
    ar: مارك إسبر | إسبر
    en: Mark Esper | Esper
    code: USAGOV 2017-11-20..2020-11-09
    code: USAELI

person lloyd-austin
    ar: لويد أوستن | أوستن | لويد أوستين | أوستين
    en: Lloyd Austin | Lloyd J. Austin
    code: USAMIL 2013-03-22..2016-03-30
    code: USAGOV 2021-01-22..2025-01-20
    code: USAELI

person pete-hegseth
    ar: بيت هيغسيث | هيغسيث | بيت هيجسيث | هيجسيث | هيغسث
    en: Pete Hegseth | Hegseth
    code: USAGOV 2025-01-25..
    code: USAELI

person jeane-kirkpatrick
    ar: جين كيركباتريك | كيركباتريك
    en: Jeane Kirkpatrick | Kirkpatrick
    code: USAGOV 1981-02-04..1985-04-01
    code: USAELI

person john-negroponte
    ar: جون نيغروبونتي | نيغروبونتي | جون نجروبونتي | نجروبونتي
    en: John Negroponte | Negroponte
    code: USAGOV 2001-09-19..2009-01-20
    code: USAELI
    note: UN ambassador, ambassador to Iraq, DNI, deputy secretary of state

person john-bolton
    ar: جون بولتون | بولتون
    en: John Bolton | Bolton
    code: USAGOV 2001-05-11..2006-12-09
    code: USAGOV 2018-04-09..2019-09-10
    code: USAELI
    note: UN ambassador 2005-2006, national security adviser 2018-2019

person susan-rice
    ar: سوزان رايس
    en: Susan Rice | Susan E. Rice
    code: USAGOV 2009-01-22..2017-01-20
    code: USAGOV 2021-01-20..2023-05-26
    code: USAELI

person samantha-power
    ar: سامانثا باور | سامنثا باور
    en: Samantha Power
    code: USAGOV 2013-08-05..2017-01-20
    code: USAGOV 2021-05-03..2025-01-20
    code: USAELI

person nikki-haley
    ar: نيكي هيلي | هيلي | نيكي هالي | هالي
    en: Nikki Haley | Haley
    code: USAGOV 2017-01-27..2018-12-31
    code: USAELI

person kelly-craft
    ar: كيلي كرافت | كرافت
    en: Kelly Craft | Kelly Knight Craft
    code: USAGOV 2019-09-12..2021-01-20
    code: USAELI

person linda-thomas-greenfield
    ar: ليندا توماس غرينفيلد | ليندا توماس جرينفيلد | توماس غرينفيلد | توماس جرينفيلد | غرينفيلد | جرينفيلد
    en: Linda Thomas-Greenfield | Thomas-Greenfield
    code: USAGOV 2021-02-25..2025-01-20
    code: USAELI

person mike-waltz
    ar: مايك والتز | والتز
    en: Mike Waltz | Michael Waltz
    code: USAGOV 2025-01-20..2025-05-01
    code: USAGOV 2025-09-19..
    code: USAELI
    note: national security adviser Jan-May 2025, UN ambassador from Sep 2025

person zalmay-khalilzad
    ar: زلماي خليل زاد | زلماي خليلزاد | خليل زاد | خليلزاد | زلمي خليلزاد
    en: Zalmay Khalilzad | Khalilzad
    code: USAGOV 2003-11-27..2009-01-22
    code: USAGOV 2018-09-04..2021-10-18
    code: USAELI
    note: ambassador to Afghanistan, Iraq and the UN; envoy for Afghan reconciliation 2018-2021

person steve-witkoff
    ar: ستيف ويتكوف | ويتكوف | ستيفن ويتكوف
    en: Steve Witkoff | Steven Witkoff | Witkoff
    code: USAGOV 2025-01-20..
    code: USABUS

person tom-barrack
    ar: توم باراك | توماس باراك | باراك
    en: Tom Barrack | Thomas Barrack | Barrack
    code: USAGOV 2025-05..
    code: USABUS
    note: ambassador to Turkey and envoy for Syria from May 2025; bare باراك is given to him (Arabic news of 2025-); Ehud Barak and Barack Obama have full names

person amos-hochstein
    ar: آموس هوكشتاين | هوكشتاين | عاموس هوكشتاين | آموس هوكستين | هوكستين
    en: Amos Hochstein | Hochstein
    code: USAGOV 2021-08..2025-01-20
    code: USAELI

person morgan-ortagus
    ar: مورغان أورتاغوس | أورتاغوس | مورجان أورتاجوس | أورتاجوس
    en: Morgan Ortagus | Ortagus
    code: USAGOV 2019-04..2021-01-20
    code: USAGOV 2025-01..
    code: USAELI

person jared-kushner
    ar: جاريد كوشنر | كوشنر | جاريد كوشنير
    en: Jared Kushner | Kushner
    code: USAGOV 2017-01-20..2021-01-20
    code: USABUS

person jake-sullivan
    ar: جيك سوليفان | سوليفان
    en: Jake Sullivan
    code: USAGOV 2021-01-20..2025-01-20
    code: USAELI

person tim-lenderking
    ar: تيم ليندركينغ | ليندركينغ | تيموثي ليندركينغ | ليندركينج
    en: Tim Lenderking | Timothy Lenderking | Lenderking
    code: USAGOV
    note: US special envoy for Yemen from 2021-02-04; career diplomat

person robert-malley
    ar: روبرت مالي | روب مالي
    en: Robert Malley | Rob Malley
    code: USAGOV 2021-01-29..2023-06
    code: USAELI
    note: bare مالي is the country Mali and is not listed

person brett-mcgurk
    ar: بريت ماكغورك | ماكغورك | بريت ماكجورك | ماكجورك
    en: Brett McGurk | McGurk
    code: USAGOV 2015-10-23..2018-12-31
    code: USAGOV 2021-01-20..2025-01-20
    code: USAELI

person james-jeffrey
    ar: جيمس جيفري
    en: James Jeffrey | James F. Jeffrey
    code: USAGOV 2018-08-17..2020-11-30
    code: USAELI

person george-mitchell
    ar: جورج ميتشل | جورج ميتشيل
    en: George Mitchell | George J. Mitchell
    code: USAGOV 2009-01-22..2011-05-20
    code: USAELI

person dennis-ross
    ar: دينيس روس | دنيس روس
    en: Dennis Ross
    code: USAGOV 1989-01..2001-01-20
    code: USAGOV 2009-02..2011-11
    code: USAELI

person paul-bremer
    ar: بول بريمر | بريمر
    en: Paul Bremer | L. Paul Bremer | Bremer
    code: USAGOV 2003-05-12..2004-06-28
    code: USAELI
    note: head of the Coalition Provisional Authority in Iraq

person david-petraeus
    ar: ديفيد بترايوس | بترايوس | ديفيد بتريوس | بتريوس
    en: David Petraeus | Petraeus
    code: USAMIL 2007-02-10..2011-08-31
    code: USAGOV 2011-09-06..2012-11-09
    code: USAELI

person william-burns
    ar: وليام بيرنز | ويليام بيرنز | بيل بيرنز | بيرنز
    en: William Burns | William J. Burns | Bill Burns
    code: USAGOV 2008-05-13..2014-11-03
    code: USAGOV 2021-03-19..2025-01-20
    code: USAELI

person michael-kurilla
    ar: مايكل كوريلا | كوريلا | مايكل إريك كوريلا
    en: Michael Kurilla | Erik Kurilla | Kurilla
    code: USAMIL
    note: commander of US Central Command 2022-04-01..2025-08-08

person brad-cooper
    ar: براد كوبر | براد كووبر
    en: Brad Cooper | Bradley Cooper
    code: USAMIL
    note: commander of US Central Command from 2025-08-08

person nancy-pelosi
    ar: نانسي بيلوسي | بيلوسي
    en: Nancy Pelosi | Pelosi
    code: USALEG

person mike-johnson
    ar: مايك جونسون
    en: Mike Johnson
    code: USALEG
    note: speaker of the House from 2023-10-25; bare جونسون is not listed (Boris Johnson)

person gavin-newsom
    ar: غافين نيوسوم | جافين نيوسوم | نيوسوم
    en: Gavin Newsom | Newsom
    code: USAGOV 2019-01-07..
    code: USAELI
    note: governor of California from 2019-01-07 (lieutenant governor 2011-2019)

person scott-bessent
    ar: سكوت بيسنت | بيسنت
    en: Scott Bessent | Bessent
    code: USAGOV 2025-01-28..
    code: USABUS
    note: treasury secretary from 2025-01-28

person janet-yellen
    ar: جانيت يلين
    en: Janet Yellen | Yellen
    code: USAGOV 2014-02-03..2018-02-03
    code: USAGOV 2021-01-26..2025-01-20
    code: USAELI
    note: Federal Reserve chair 2014-2018, treasury secretary 2021-2025; bare يلين left out (the verb "softens")

person jerome-powell
    ar: جيروم باول
    en: Jerome Powell | Jay Powell
    code: USAGOV 2012-05-25..
    code: USAELI
    note: Federal Reserve governor from 2012, chair from 2018-02-05; bare Powell / باول left out (Colin Powell)

person tulsi-gabbard
    ar: تولسي غابارد | غابارد | تولسي جابارد | جابارد
    en: Tulsi Gabbard | Gabbard
    code: USALEG 2013-01-03..2021-01-03
    code: USAGOV 2025-02-12..
    code: USAELI
    note: director of national intelligence from 2025-02-12

person kash-patel
    ar: كاش باتيل | كاش باتل
    en: Kash Patel | Kashyap Patel
    code: USAGOV 2025-02-21..
    code: USAELI
    note: FBI director from 2025-02-21; bare Patel left out (common surname)

person john-ratcliffe
    ar: جون راتكليف | راتكليف
    en: John Ratcliffe | Ratcliffe
    code: USALEG 2015-01-03..2020-05-22
    code: USAGOV 2020-05-26..2021-01-20
    code: USAGOV 2025-01-23..
    code: USAELI
    note: director of national intelligence 2020-2021, CIA director from 2025-01-23

person kristi-noem
    ar: كريستي نويم | نويم
    en: Kristi Noem | Noem
    code: USALEG 2011-01-03..2019-01-03
    code: USAGOV 2019-01-05..
    code: USAELI
    note: governor of South Dakota 2019-2025, homeland security secretary from 2025-01-25

person howard-lutnick
    ar: هوارد لوتنيك | لوتنيك
    en: Howard Lutnick | Lutnick
    code: USAGOV 2025-02-21..
    code: USABUS
    note: commerce secretary from 2025-02-21

person elon-musk
    ar: إيلون ماسك | ايلون ماسك
    en: Elon Musk | Musk
    code: USAGOV 2025-01-20..2025-05-30
    code: USABUS
    note: head of DOGE Jan-May 2025; bare ماسك left out (ordinary word)

person karoline-leavitt
    ar: كارولين ليفيت | ليفيت | كارولين ليفات
    en: Karoline Leavitt | Leavitt
    code: USAGOV 2025-01-20..
    code: USAELI
    note: White House press secretary from 2025-01-20

person susie-wiles
    ar: سوزي وايلز | سوزي وايلس
    en: Susie Wiles
    code: USAGOV 2025-01-20..
    code: USAELI
    note: White House chief of staff from 2025-01-20

person stephen-miller
    ar: ستيفن ميلر
    en: Stephen Miller
    code: USAGOV 2017-01-20..2021-01-20
    code: USAGOV 2025-01-20..
    code: USAELI
    note: White House deputy chief of staff from 2025; bare Miller left out

person pam-bondi
    ar: بام بوندي | باميلا بوندي
    en: Pam Bondi | Pamela Bondi
    code: USAGOV 2011-01-04..2019-01-08
    code: USAGOV 2025-02-05..
    code: USAELI
    note: attorney general of Florida 2011-2019, US attorney general from 2025-02-05; bare Bondi left out (Bondi Beach)

person robert-f-kennedy-jr
    ar: روبرت كينيدي جونيور | روبرت إف كينيدي جونيور | روبرت كينيدي الابن
    en: Robert F. Kennedy Jr. | Robert F Kennedy Jr | Robert F. Kennedy Jr | RFK Jr. | RFK Jr
    code: USAGOV 2025-02-13..
    code: USACVL
    note: health secretary from 2025-02-13

person merrick-garland
    ar: ميريك غارلاند | غارلاند | ميريك جارلاند
    en: Merrick Garland
    code: USAGOV 2021-03-11..2025-01-20
    code: USAELI
    note: bare Garland left out (ordinary word)

person christopher-wray
    ar: كريستوفر راي
    en: Christopher Wray | Chris Wray
    code: USAGOV 2017-08-02..2025-01-19
    code: USAELI
    note: FBI director 2017-2025

person alejandro-mayorkas
    ar: أليخاندرو مايوركاس | مايوركاس
    en: Alejandro Mayorkas | Mayorkas
    code: USAGOV 2021-02-02..2025-01-20
    code: USAELI

person mark-milley
    ar: مارك ميلي
    en: Mark Milley | Milley
    code: USAMIL ..2023-09-30
    code: USAELI
    note: chairman of the joint chiefs 2019-10-01..2023-09-30; bare ميلي is given to Javier Milei

person charles-q-brown
    ar: تشارلز كيو براون | سي كيو براون
    en: Charles Q. Brown | Charles Q Brown | Charles Q. Brown Jr. | CQ Brown | C.Q. Brown
    code: USAMIL ..2025-02-21
    code: USAELI
    note: chairman of the joint chiefs 2023-10-01..2025-02-21

person dan-caine
    ar: دان كين | دان رايزين كين
    en: Dan Caine | John Daniel Caine
    en: Caine
    code: USAMIL
    note: chairman of the joint chiefs from 2025-04-11

person john-kirby
    ar: جون كيربي | كيربي
    en: John Kirby | Kirby
    code: USAGOV 2013-12..2017-01-20
    code: USAGOV 2021-01-20..2025-01-20
    code: USAELI
    note: Pentagon and State Department spokesman, NSC spokesman 2022-2025

person ned-price
    ar: نيد برايس
    en: Ned Price
    code: USAGOV 2021-01-20..2025-01-20
    code: USAELI
    note: State Department spokesman 2021-2023, then deputy UN ambassador

person keith-kellogg
    ar: كيث كيلوغ | كيلوغ | كيث كيلوج | كيلوج
    en: Keith Kellogg | Kellogg
    code: USAGOV 2017-01-20..2021-01-20
    code: USAGOV 2025-01-20..
    code: USAELI
    note: special envoy for Ukraine and Russia from 2025; reported to leave in early 2026 (end date unknown)

person mike-huckabee
    ar: مايك هاكابي | هاكابي
    en: Mike Huckabee | Huckabee
    code: USAGOV 1996-07-15..2007-01-09
    code: USAGOV 2025-04-18..
    code: USAELI
    note: governor of Arkansas 1996-2007, ambassador to Israel from April 2025

person massad-boulos
    ar: مسعد بولس
    en: Massad Boulos
    en: Boulos
    code: USAGOV 2025-01..
    code: USABUS
    note: senior adviser for Africa and the Arab world from 2025; bare بولس left out (given name); bare English "Boulos" = him (distinctive in English news)

person dan-driscoll
    ar: دان دريسكول | دريسكول | دانيال دريسكول
    en: Dan Driscoll | Daniel Driscoll | Driscoll
    code: USAGOV 2025-02-25..
    code: USAELI
    note: secretary of the Army from 2025-02-25, Ukraine negotiator late 2025

person christopher-landau
    ar: كريستوفر لانداو
    en: Christopher Landau
    code: USAGOV 2019-08-26..2021-01-20
    code: USAGOV 2025-03-25..
    code: USAELI
    note: ambassador to Mexico 2019-2021, deputy secretary of state from 2025-03-25; bare Landau left out (a town, other people)

person tammy-bruce
    ar: تامي بروس
    en: Tammy Bruce
    code: USAGOV 2025-01-20..
    code: USAMED
    note: State Department spokeswoman 2025, then deputy UN ambassador

person jamieson-greer
    ar: جيميسون غرير | جاميسون غرير
    en: Jamieson Greer | Greer
    code: USAGOV 2025-02-26..
    code: USAELI
    note: US trade representative from 2025-02-26; bare غرير left out (ordinary word)

person gina-raimondo
    ar: جينا ريموندو | ريموندو
    en: Gina Raimondo | Raimondo
    code: USAGOV 2015-01-06..2025-01-20
    code: USAELI

person katherine-tai
    ar: كاثرين تاي
    en: Katherine Tai
    code: USAGOV 2021-03-18..2025-01-20
    code: USAELI

person barbara-leaf
    ar: باربرا ليف
    en: Barbara Leaf
    code: USAGOV 2022-06..2025-01-20
    code: USAELI
    note: assistant secretary of state for Near Eastern affairs

person tom-homan
    ar: توم هومان | هومان
    en: Tom Homan | Thomas Homan | Homan
    code: USAGOV 2017-01-30..2018-06-29
    code: USAGOV 2025-01-20..
    code: USAELI
    note: "border czar" from 2025-01-20

person richard-grenell
    ar: ريتشارد غرينيل | غرينيل | ريتشارد جرينيل
    en: Richard Grenell | Ric Grenell | Grenell
    code: USAGOV 2018-05-08..2020-06-01
    code: USAGOV 2025-01-20..
    code: USAELI
    note: ambassador to Germany 2018-2020, envoy for special missions from 2025

person adam-boehler
    ar: آدم بوهلر | بوهلر | آدم بولر
    en: Adam Boehler | Boehler
    code: USAGOV 2025-01..
    code: USABUS
    note: special envoy for hostage affairs from 2025

person chuck-schumer
    ar: تشاك شومر | شومر
    en: Chuck Schumer | Charles Schumer | Schumer
    code: USALEG

person mitch-mcconnell
    ar: ميتش ماكونيل | ماكونيل | ميتش مكونيل
    en: Mitch McConnell | McConnell
    code: USALEG

person bernie-sanders
    ar: بيرني ساندرز | ساندرز
    en: Bernie Sanders | Sanders
    code: USALEG

person lindsey-graham
    ar: ليندسي غراهام | ليندسي جراهام | ليندسى جراهام
    en: Lindsey Graham
    code: USALEG

person hakeem-jeffries
    ar: حكيم جيفريز | جيفريز
    en: Hakeem Jeffries | Jeffries
    code: USALEG

person kevin-mccarthy
    ar: كيفن مكارثي | كيفين مكارثي
    en: Kevin McCarthy
    code: USALEG ..2023-12-31
    code: USAELI
    note: speaker of the House 2023-01-07..2023-10-03

person alexandria-ocasio-cortez
    ar: ألكسندريا أوكاسيو كورتيز | أوكاسيو كورتيز
    en: Alexandria Ocasio-Cortez | Ocasio-Cortez | AOC
    code: USALEG 2019-01-03..
    code: USACVL

person ron-desantis
    ar: رون ديسانتيس | ديسانتيس
    en: Ron DeSantis | DeSantis
    code: USALEG 2013-01-03..2018-09-10
    code: USAGOV 2019-01-08..
    code: USAELI
    note: governor of Florida from 2019-01-08

person tim-walz
    ar: تيم والز | والز
    en: Tim Walz | Walz
    code: USALEG 2007-01-03..2019-01-03
    code: USAGOV 2019-01-07..
    code: USAELI
    note: governor of Minnesota from 2019

person zohran-mamdani
    ar: زهران ممداني | ممداني
    en: Zohran Mamdani | Mamdani
    code: USALEG 2021-01-01..2025-12-31
    code: USAGOV 2026-01-01..
    code: USAELI
    note: New York state assemblyman 2021-2025, mayor of New York City from 2026-01-01

person evan-gershkovich
    ar: إيفان غيرشكوفيتش | غيرشكوفيتش | إيفان جيرشكوفيتش
    en: Evan Gershkovich | Gershkovich
    code: USAMED

# Soviet Union / Russia
person leonid-brezhnev
    ar: ليونيد بريجنيف | بريجنيف | ليونيد بريجينيف | بريجينيف
    en: Leonid Brezhnev | Brezhnev
    code: USRGOV 1964-10-14..1982-11-10
    code: USRELI

person yuri-andropov
    ar: يوري أندروبوف | أندروبوف
    en: Yuri Andropov | Andropov
    code: USRGOV 1967-05-18..1984-02-09
    code: USRELI
    note: KGB chairman 1967-1982, general secretary 1982-11-12..1984-02-09

person konstantin-chernenko
    ar: قسطنطين تشيرنينكو | تشيرنينكو | كونستانتين تشيرنينكو | تشرنينكو
    en: Konstantin Chernenko | Chernenko
    code: USRGOV 1984-02-13..1985-03-10
    code: USRELI

person mikhail-gorbachev
    ar: ميخائيل غورباتشوف | غورباتشوف | جورباتشوف | ميخائيل جورباتشوف | مايكل غورباتشوف | غورباتشيف | جورباتشيف
    en: Mikhail Gorbachev | Mikhail Gorbachyov | Gorbachev
    code: USRGOV 1985-03-11..1991-12-25
    code: RUSELI

person andrei-gromyko
    ar: أندريه غروميكو | غروميكو | جروميكو | أندريه جروميكو
    en: Andrei Gromyko | Gromyko
    code: USRGOV 1957-02-15..1988-10-01
    code: USRELI
    note: foreign minister 1957-1985, chairman of the Presidium 1985-1988

person eduard-shevardnadze
    ar: إدوارد شيفرنادزه | شيفرنادزه | إدوارد شيفاردنادزه | شيفاردنادزه | شيفردنادزه
    en: Eduard Shevardnadze | Shevardnadze
    code: USRGOV 1985-07-02..1990-12-20
    code: USRGOV 1991-11-19..1991-12-26
    code: GEOGOV 1992-03-10..2003-11-23
    code: GEOELI
    note: Soviet foreign minister, then head of state of Georgia

person boris-yeltsin
    ar: بوريس يلتسين | يلتسين | بوريس يلتسن | يلتسن
    en: Boris Yeltsin | Yeltsin
    code: RUSGOV 1990-05-29..1999-12-31
    code: RUSELI

person andrei-kozyrev
    ar: أندريه كوزيريف | كوزيريف | أندريه كوزيرف
    en: Andrei Kozyrev | Kozyrev
    code: RUSGOV 1990-10-11..1996-01-05
    code: RUSELI

person yevgeny-primakov
    ar: يفغيني بريماكوف | بريماكوف | يفجيني بريماكوف
    en: Yevgeny Primakov | Primakov
    code: USRGOV 1989-06..1991-12-25
    code: RUSGOV 1991-12-26..1999-05-12
    code: RUSELI
    note: Gorbachev's Gulf envoy 1990-1991; intelligence chief, foreign minister 1996-1998, prime minister 1998-1999

person viktor-chernomyrdin
    ar: فيكتور تشيرنوميردين | تشيرنوميردين
    en: Viktor Chernomyrdin | Chernomyrdin
    code: RUSGOV 1992-12-14..1998-03-23
    code: RUSELI

person igor-ivanov
    ar: إيغور إيفانوف | إيجور إيفانوف
    en: Igor Ivanov
    code: RUSGOV 1998-09-11..2007-07-09
    code: RUSELI
    note: foreign minister 1998-2004, security council secretary 2004-2007; bare إيفانوف / Ivanov not listed (Sergei Ivanov)

person sergei-ivanov
    ar: سيرغي إيفانوف | سيرجي إيفانوف
    en: Sergei Ivanov | Sergey Ivanov
    code: RUSGOV 1999-11-15..
    code: RUSELI

person vladimir-putin
    ar: فلاديمير بوتين | بوتين | بوتن | فلاديمير بوتن | فلاديمير فلاديميروفيتش بوتين
    en: Vladimir Putin | Vladimir V. Putin | Putin
    code: RUSGOV 1999-08-09..
    code: RUSELI
    note: prime minister 1999-2000 and 2008-2012, president 2000-2008 and from 2012

person dmitry-medvedev
    ar: دميتري مدفيديف | مدفيديف | ميدفيديف | ديمتري ميدفيديف | دميتري ميدفيديف | ديمتري مدفيديف
    en: Dmitry Medvedev | Dmitri Medvedev | Medvedev
    code: RUSGOV 2005-11-14..
    code: RUSELI
    note: president 2008-2012, prime minister 2012-2020, deputy chairman of the security council from 2020

person sergey-lavrov
    ar: سيرغي لافروف | لافروف | سيرجي لافروف | سيرغيه لافروف | سيرجيه لافروف
    en: Sergey Lavrov | Sergei Lavrov | Lavrov
    code: RUSGOV 1994-04..
    code: RUSELI
    note: UN ambassador 1994-2004, foreign minister from 2004-03-09

person sergei-shoigu
    ar: سيرغي شويغو | شويغو | سيرجي شويجو | شويجو
    en: Sergei Shoigu | Sergey Shoigu | Shoigu
    code: RUSGOV 1991-04-17..
    code: RUSELI
    note: defence minister 2012-11-06..2024-05-12, then security council secretary

person vitaly-churkin
    ar: فيتالي تشوركين | تشوركين
    en: Vitaly Churkin | Churkin
    code: RUSGOV 2006-04-08..2017-02-20
    code: RUSELI

person vasily-nebenzia
    ar: فاسيلي نيبينزيا | نيبينزيا | نيبنزيا | نبينزيا | فاسيلي نيبنزيا | فاسيلي نبينزيا
    en: Vasily Nebenzia | Vassily Nebenzia | Nebenzia
    code: RUSGOV
    note: UN ambassador from 2017-07-27; career diplomat

person dmitry-peskov
    ar: دميتري بيسكوف | بيسكوف | ديمتري بيسكوف
    en: Dmitry Peskov | Peskov
    code: RUSGOV

person maria-zakharova
    ar: ماريا زاخاروفا | زاخاروفا
    en: Maria Zakharova | Zakharova
    code: RUSGOV

person mikhail-mishustin
    ar: ميخائيل ميشوستين | ميشوستين
    en: Mikhail Mishustin | Mishustin
    code: RUSGOV 2010-04-06..
    code: RUSELI
    note: prime minister from 2020-01-16

person andrei-belousov
    ar: أندريه بيلوسوف | بيلوسوف
    en: Andrei Belousov | Andrey Belousov | Belousov
    code: RUSGOV
    note: defence minister from 2024-05-14

person valery-gerasimov
    ar: فاليري غيراسيموف | غيراسيموف | فاليري جيراسيموف | جيراسيموف
    en: Valery Gerasimov | Gerasimov
    code: RUSMIL

person nikolai-patrushev
    ar: نيكولاي باتروشيف | باتروشيف
    en: Nikolai Patrushev | Patrushev
    code: RUSGOV

person mikhail-bogdanov
    ar: ميخائيل بوغدانوف | بوغدانوف | ميخائيل بوجدانوف | بوجدانوف
    en: Mikhail Bogdanov | Bogdanov
    code: RUSGOV
    note: deputy foreign minister and presidential envoy for the Middle East

person alexander-lavrentiev
    ar: ألكسندر لافرنتييف | لافرنتييف | لافرينتييف | ألكسندر لافرينتييف | لافرنتيف
    en: Alexander Lavrentiev | Aleksandr Lavrentyev | Lavrentiev
    code: RUSGOV
    note: presidential envoy for Syria

person yuri-ushakov
    ar: يوري أوشاكوف | أوشاكوف
    en: Yuri Ushakov | Ushakov
    code: RUSGOV

person yevgeny-prigozhin
    ar: يفغيني بريغوجين | بريغوجين | يفجيني بريجوجين | بريجوجين
    en: Yevgeny Prigozhin | Prigozhin
    code: RUSREB 2023-06-23..2023-06-24
    code: RUSMIL
    note: Wagner group chief; mutiny 23-24 June 2023; died 2023-08-23

person alexei-navalny
    ar: أليكسي نافالني | ألكسي نافالني | نافالني
    en: Alexei Navalny | Aleksei Navalny | Navalny
    code: RUSOPP

person ramzan-kadyrov
    ar: رمضان قديروف | قديروف
    en: Ramzan Kadyrov | Kadyrov
    code: RUSGOV 2007-03-02..
    code: RUSELI
    note: head of the Chechen Republic

person vladimir-medinsky
    ar: فلاديمير ميدينسكي | ميدينسكي
    en: Vladimir Medinsky | Medinsky
    code: RUSGOV 2012-05-21..
    code: RUSELI
    note: culture minister 2012-2020, presidential aide from 2020; head of the Russian delegation at Istanbul talks 2022 and 2025

person sergei-ryabkov
    ar: سيرغي ريابكوف | ريابكوف | سيرجي ريابكوف
    en: Sergei Ryabkov | Sergey Ryabkov | Ryabkov
    code: RUSGOV 2008..
    code: RUSELI
    note: deputy foreign minister from 2008

person kirill-dmitriev
    ar: كيريل دميترييف | دميترييف | كيريل ديميترييف
    en: Kirill Dmitriev | Kirill Dmitriyev | Dmitriev
    code: RUSGOV 2025-02..
    code: RUSBUS
    note: head of the Russian Direct Investment Fund; Putin's special envoy for economic cooperation from Feb 2025

person sergei-naryshkin
    ar: سيرغي ناريشكين | ناريشكين | سيرجي ناريشكين
    en: Sergei Naryshkin | Sergey Naryshkin | Naryshkin
    code: RUSGOV 2004..2011-12-20
    code: RUSLEG 2011-12-21..2016-10-04
    code: RUSSPY 2016-10-05..
    code: RUSELI
    note: Duma chairman 2011-2016, head of the foreign intelligence service SVR from 2016-10-05

person alexander-bortnikov
    ar: ألكسندر بورتنيكوف | بورتنيكوف | الكسندر بورتنيكوف
    en: Alexander Bortnikov | Aleksandr Bortnikov | Bortnikov
    code: RUSSPY 2008-05-12..
    code: RUSELI
    note: FSB director from 2008-05-12

person vyacheslav-volodin
    ar: فياتشيسلاف فولودين | فولودين
    en: Vyacheslav Volodin | Volodin
    code: RUSGOV 2010..2016-10-04
    code: RUSLEG 2016-10-05..
    code: RUSELI
    note: chairman of the State Duma from 2016-10-05

person valentina-matviyenko
    ar: فالنتينا ماتفيينكو | ماتفيينكو
    en: Valentina Matviyenko | Matviyenko
    code: RUSLEG 2011-09-21..
    code: RUSELI
    note: chair of the Federation Council from 2011-09-21

person elvira-nabiullina
    ar: إلفيرا نابيولينا | نابيولينا
    en: Elvira Nabiullina | Nabiullina
    code: RUSGOV
    note: economy minister 2007-2012, central bank governor from 2013-06-24

person anton-siluanov
    ar: أنطون سيلوانوف | سيلوانوف
    en: Anton Siluanov | Siluanov
    code: RUSGOV 2011-09-24..
    code: RUSELI
    note: finance minister from 2011

person sergei-kiriyenko
    ar: سيرغي كيريينكو | كيريينكو | سيرجي كيرينكو
    en: Sergei Kiriyenko | Sergey Kiriyenko | Kiriyenko
    code: RUSGOV 1998-03-23..1998-08-23
    code: RUSGOV 2016-10-05..
    code: RUSELI
    note: prime minister 1998, first deputy chief of the presidential administration from 2016

person igor-kostyukov
    ar: إيغور كوستيوكوف | كوستيوكوف
    en: Igor Kostyukov | Kostyukov
    code: RUSMIL
    note: head of military intelligence (GRU) from 2018

person yulia-navalnaya
    ar: يوليا نافالنايا | نافالنايا
    en: Yulia Navalnaya | Navalnaya
    code: RUSOPP

person mikhail-khodorkovsky
    ar: ميخائيل خودوركوفسكي | خودوركوفسكي
    en: Mikhail Khodorkovsky | Khodorkovsky
    code: RUSOPP

person vladimir-kara-murza
    ar: فلاديمير كارا مورزا | كارا مورزا
    en: Vladimir Kara-Murza | Kara-Murza
    code: RUSOPP

# China
person deng-xiaoping
    ar: دنغ شياو بينغ | دينغ شياو بينغ | دنغ شياوبينغ | دينغ شياوبينغ | دنج شياو بنج
    en: Deng Xiaoping | Deng
    code: CHNGOV 1978-12-22..1989-11-09
    code: CHNELI

person hua-guofeng
    ar: هوا غوفنغ | هوا غوفينغ | هوا جوفينج
    en: Hua Guofeng
    code: CHNGOV 1976-02-02..1981-06-28
    code: CHNELI

person hu-yaobang
    ar: هو ياوبانغ | هو ياو بانغ
    en: Hu Yaobang
    code: CHNGOV 1980-02-29..1987-01-16
    code: CHNELI

person zhao-ziyang
    ar: تشاو تسي يانغ | تشاو زيانغ | تشاو زي يانغ | جاو زيانغ
    en: Zhao Ziyang
    code: CHNGOV 1980-09-10..1989-06-24
    code: CHNELI

person jiang-zemin
    ar: جيانغ زيمين | جيانغ تسه مين | جيانغ زمين | جيانغ تسي مين
    en: Jiang Zemin
    code: CHNGOV 1989-06-24..2005-03-08
    code: CHNELI

person li-peng
    ar: لي بنغ | لي بينغ
    en: Li Peng
    code: CHNGOV 1987-11-24..2003-03-15
    code: CHNELI

person zhu-rongji
    ar: تشو رونغ جي | تشو رونغجي | جو رونغجي
    en: Zhu Rongji
    code: CHNGOV 1991-04-08..2003-03-16
    code: CHNELI

person hu-jintao
    ar: هو جينتاو | هو جين تاو
    en: Hu Jintao
    code: CHNGOV 1998-03-15..2013-03-14
    code: CHNELI

person wen-jiabao
    ar: ون جيا باو | وين جياباو | ون جياباو | وين جيا باو
    en: Wen Jiabao
    code: CHNGOV 1998-03-18..2013-03-15
    code: CHNELI

person xi-jinping
    ar: شي جين بينغ | شي جينبينغ | شي جين بينج | شي جين بنغ
    # ("Xi" alone is how English news names him after the first mention; capitalised only.)
    en: Xi Jinping | Xi
    code: CHNGOV 2008-03-15..
    code: CHNELI
    note: vice-president 2008-2013, general secretary from 2012-11-15, president from 2013-03-14; bare شي / Xi not listed

person li-keqiang
    ar: لي كه تشيانغ | لي كه تشيانج | لي كي تشيانغ | لي كه قيانغ | لي كيه تشيانغ
    en: Li Keqiang
    code: CHNGOV 2008-03-17..2023-03-11
    code: CHNELI

person li-qiang
    ar: لي تشيانغ | لي تشيانج
    en: Li Qiang
    code: CHNGOV
    note: premier from 2023-03-11

person qian-qichen
    ar: تشيان تشي تشن | تشيان تشيتشن | تشيان تشي تشين
    en: Qian Qichen
    code: CHNGOV 1988-04-09..2003-03-17
    code: CHNELI

person tang-jiaxuan
    ar: تانغ جيا شيوان | تانغ جياشيوان
    en: Tang Jiaxuan
    code: CHNGOV 1998-03-18..2008-03-16
    code: CHNELI

person li-zhaoxing
    ar: لي تشاو شينغ | لي تشاوشينغ | لي جاوشينغ
    en: Li Zhaoxing
    code: CHNGOV 2003-03-17..2007-04-27
    code: CHNELI

person yang-jiechi
    ar: يانغ جيه تشي | يانغ جيتشي | يانغ جي تشي
    en: Yang Jiechi
    code: CHNGOV 2007-04-27..2023-01
    code: CHNELI

person wang-yi
    ar: وانغ يي | وانج يي
    en: Wang Yi
    code: CHNGOV
    note: foreign minister 2013-03-16..2022-12-30 and from 2023-07-25; Central Foreign Affairs Commission office director in between

person qin-gang
    ar: تشين قانغ | تشين غانغ | تشين جانغ | تشين كانغ
    en: Qin Gang
    code: CHNGOV 2022-12-30..2023-07-25
    code: CHNELI

person han-zheng
    ar: هان تشنغ | هان تشينغ
    en: Han Zheng
    code: CHNGOV
    note: vice-premier 2018-2023, vice-president from 2023-03-10

person dong-jun
    ar: دونغ جون | دونج جون
    en: Dong Jun
    code: CHNGOV 2023-12-29..
    code: CHNMIL
    note: defence minister from 2023-12-29

person wei-fenghe
    ar: وي فنغ خه | وي فنغهي | وي فينغي
    en: Wei Fenghe
    code: CHNGOV 2018-03-19..2023-03-12
    code: CHNMIL

person li-shangfu
    ar: لي شانغفو | لي شانغ فو
    en: Li Shangfu
    code: CHNGOV 2023-03-12..2023-10-24
    code: CHNMIL

person zhang-youxia
    ar: تشانغ يو شيا | تشانغ يوشيا
    en: Zhang Youxia
    code: CHNMIL
    note: vice-chairman of the Central Military Commission 2017-2026

person he-lifeng
    ar: خه لي فنغ | هي ليفنغ
    en: He Lifeng
    code: CHNGOV
    note: vice-premier from 2023, lead trade negotiator with the US

person zhao-leji
    ar: تشاو له جي | تشاو ليجي
    en: Zhao Leji
    code: CHNLEG 2023-03-10..
    code: CHNGOV
    note: chairman of the National People's Congress standing committee from 2023-03-10

person mao-ning
    ar: ماو نينغ | ماو نينج
    en: Mao Ning
    code: CHNGOV
    note: foreign ministry spokeswoman

person lin-jian
    ar: لين جيان
    en: Lin Jian
    code: CHNGOV
    note: foreign ministry spokesman

person guo-jiakun
    ar: قوه جيا كون | غوو جياكون | جوو جياكون
    en: Guo Jiakun
    code: CHNGOV
    note: foreign ministry spokesman

person wang-wenbin
    ar: وانغ ون بين | وانغ وين بين
    en: Wang Wenbin
    code: CHNGOV
    note: foreign ministry spokesman 2020-2024

person zhao-lijian
    ar: تشاو لي جيان | تشاو ليجيان
    en: Zhao Lijian
    code: CHNGOV
    note: foreign ministry spokesman 2020-2023

person hua-chunying
    ar: هوا تشون ينغ | هوا تشونينغ
    en: Hua Chunying
    code: CHNGOV
    note: foreign ministry spokeswoman, later vice-minister

person fu-cong
    ar: فو تسونغ | فو كونغ
    en: Fu Cong
    code: CHNGOV
    note: ambassador to the EU, UN ambassador from 2024

person john-lee-ka-chiu
    ar: جون لي كا تشيو | جون لي
    en: John Lee Ka-chiu | John Lee
    code: HKGGOV 2017-06..
    code: HKGELI
    note: Hong Kong security secretary 2017-2021, chief secretary 2021-2022, chief executive from 2022-07-01

person carrie-lam
    ar: كاري لام
    en: Carrie Lam | Carrie Lam Cheng Yuet-ngor
    code: HKGGOV 2017-07-01..2022-06-30
    code: HKGELI
    note: Hong Kong chief executive

person jimmy-lai
    ar: جيمي لاي | جيمي لاي تشي ينغ
    en: Jimmy Lai | Lai Chee-ying
    code: HKGMED
    note: founder of Apple Daily; convicted under the national security law in December 2025

person joshua-wong
    ar: جوشوا وونغ
    en: Joshua Wong
    code: HKGOPP

# Taiwan
person lai-ching-te
    ar: لاي تشينغ تي | لاي تشينغ-تي | لاي تشينج تي | ويليام لاي
    en: Lai Ching-te | Lai Ching-teh | William Lai | William Lai Ching-te
    code: TWNGOV 2017-09-08..2019-01-14
    code: TWNGOV 2020-05-20..
    code: TWNELI
    note: premier 2017-2019, vice-president 2020-2024, president from 2024-05-20

person tsai-ing-wen
    ar: تساي إنغ ون | تساي إنغ وين | تساي انغ وين
    en: Tsai Ing-wen | Tsai Ingwen
    code: TWNGOV 2016-05-20..2024-05-20
    code: TWNELI

person hsiao-bi-khim
    ar: هسياو بي خيم | شياو بي كيم
    en: Hsiao Bi-khim
    code: TWNGOV 2024-05-20..
    code: TWNELI
    note: vice-president from 2024-05-20; representative to the US 2020-2023

person lin-chia-lung
    ar: لين تشيا لونغ | لين جيا لونغ
    en: Lin Chia-lung
    code: TWNGOV 2024-05-20..
    code: TWNELI
    note: foreign minister from 2024-05-20

person joseph-wu
    ar: جوزيف وو
    en: Joseph Wu | Joseph Wu Jaushieh
    code: TWNGOV 2018-02-26..
    code: TWNELI
    note: foreign minister 2018-2024, then secretary-general of the National Security Council

person cheng-li-wun
    ar: تشنغ لي وون | تشنغ لي ون
    en: Cheng Li-wun
    code: TWNOPP
    note: Kuomintang chairwoman from November 2025

# United Kingdom
person margaret-thatcher
    ar: مارغريت تاتشر | مارجريت تاتشر | تاتشر
    en: Margaret Thatcher | Thatcher
    code: GBRGOV 1979-05-04..1990-11-28
    code: GBRELI

person john-major
    ar: جون ميجور | جون ميجر
    en: John Major
    code: GBRGOV 1989-07-24..1997-05-02
    code: GBRELI
    note: bare ميجور (= the rank major) not listed

person tony-blair
    ar: توني بلير | بلير | أنتوني بلير
    en: Tony Blair | Anthony Blair | Blair
    code: GBRGOV 1997-05-02..2007-06-27
    code: IGO 2007-06-28..2015-05-27
    code: GBRELI
    note: Middle East Quartet envoy 2007-2015

person gordon-brown
    ar: غوردون براون | جوردون براون
    en: Gordon Brown
    code: GBRGOV 1997-05-02..2010-05-11
    code: GBRELI

person david-cameron
    ar: ديفيد كاميرون | ديفيد كامرون | كامرون
    en: David Cameron | Cameron
    code: GBROPP 2005-12-06..2010-05-10
    code: GBRGOV 2010-05-11..2016-07-13
    code: GBRGOV 2023-11-13..2024-07-05
    code: GBRELI
    note: bare كاميرون not listed (الكاميرون = Cameroon)

person theresa-may
    ar: تيريزا ماي | تيريزا مي | تيريسا ماي
    en: Theresa May
    code: GBRGOV 2010-05-12..2019-07-24
    code: GBRELI

person boris-johnson
    ar: بوريس جونسون | بوريس جونسن
    en: Boris Johnson
    code: GBRGOV 2016-07-13..2018-07-09
    code: GBRGOV 2019-07-24..2022-09-06
    code: GBRELI
    note: bare جونسون / Johnson not listed (Mike Johnson and others)

person liz-truss
    ar: ليز تراس | ليز تروس
    en: Liz Truss | Elizabeth Truss
    code: GBRGOV 2014-07-15..2022-10-25
    code: GBRELI

person rishi-sunak
    ar: ريشي سوناك | سوناك
    en: Rishi Sunak | Sunak
    code: GBRGOV 2020-02-13..2022-07-05
    code: GBRGOV 2022-10-25..2024-07-05
    code: GBRELI

person keir-starmer
    ar: كير ستارمر | ستارمر | كير ستارمير
    en: Keir Starmer | Starmer
    code: GBROPP 2020-04-04..2024-07-04
    code: GBRGOV 2024-07-05..
    code: GBRELI

person peter-carrington
    ar: بيتر كارينغتون | كارينغتون | كارينجتون
    en: Lord Carrington | Peter Carington | Carrington
    code: GBRGOV 1979-05-04..1982-04-05
    code: IGOWSTNAT 1984-06-25..1988-06-30
    code: GBRELI

person geoffrey-howe
    ar: جيفري هاو | جيفري هاوي
    en: Geoffrey Howe
    code: GBRGOV 1979-05-04..1990-11-01
    code: GBRELI

person douglas-hurd
    ar: دوغلاس هيرد | دوجلاس هيرد | هيرد
    en: Douglas Hurd | Hurd
    code: GBRGOV 1989-10-26..1995-07-05
    code: GBRELI

person malcolm-rifkind
    ar: مالكولم ريفكيند | ريفكيند
    en: Malcolm Rifkind | Rifkind
    code: GBRGOV 1992-04-10..1997-05-02
    code: GBRELI

person robin-cook
    ar: روبن كوك | روبين كوك
    en: Robin Cook
    code: GBRGOV 1997-05-02..2003-03-17
    code: GBRELI

person jack-straw
    ar: جاك سترو | سترو
    en: Jack Straw
    code: GBRGOV 1997-05-02..2010-05-11
    code: GBRELI
    note: foreign secretary 2001-06-08..2006-05-05

person margaret-beckett
    ar: مارغريت بيكيت | مارجريت بيكيت
    en: Margaret Beckett | Beckett
    code: GBRGOV 2006-05-05..2007-06-27
    code: GBRELI

person david-miliband
    ar: ديفيد ميليباند | ديفيد ميلباند
    en: David Miliband
    code: GBRGOV 2007-06-28..2010-05-11
    code: GBRELI
    note: bare ميليباند not listed (Ed Miliband)

person william-hague
    ar: وليام هيغ | ويليام هيغ | وليام هيج | ويليام هيج
    en: William Hague
    code: GBRGOV 2010-05-12..2015-05-08
    code: GBRELI

person philip-hammond
    ar: فيليب هاموند | هاموند
    en: Philip Hammond | Hammond
    code: GBRGOV 2010-05-12..2019-07-24
    code: GBRELI

person jeremy-hunt
    ar: جيريمي هانت | جيرمي هانت
    en: Jeremy Hunt
    code: GBRGOV 2010-05-12..2019-07-24
    code: GBRGOV 2022-10-14..2024-07-05
    code: GBRELI

person dominic-raab
    ar: دومينيك راب
    en: Dominic Raab | Raab
    code: GBRGOV 2019-07-24..2023-04-21
    code: GBRELI

person james-cleverly
    ar: جيمس كليفرلي | كليفرلي
    en: James Cleverly
    code: GBRGOV 2022-09-06..2024-07-05
    code: GBRELI

person david-lammy
    ar: ديفيد لامي | لامي
    en: David Lammy | Lammy
    code: GBRGOV 2024-07-05..
    code: GBROPP
    note: foreign secretary 2024-07-05..2025-09-05, then deputy prime minister

person yvette-cooper
    ar: إيفيت كوبر
    en: Yvette Cooper
    code: GBRGOV 2024-07-05..
    code: GBROPP
    note: home secretary, foreign secretary from 2025-09-05

person nigel-farage
    ar: نايجل فاراج | فاراج | نايجل فاراغ
    en: Nigel Farage | Farage
    code: GBROPP

person kemi-badenoch
    ar: كيمي بادنوك | بادنوك
    en: Kemi Badenoch | Badenoch
    code: GBRGOV 2019-07-26..2024-07-05
    code: GBROPP 2024-07-06..
    code: GBRELI
    note: minister 2019-2024, leader of the opposition from 2024-11-02

person rachel-reeves
    ar: راشيل ريفز | ريتشل ريفز
    en: Rachel Reeves
    code: GBRGOV 2024-07-05..
    code: GBRELI
    note: chancellor of the exchequer from 2024-07-05

person john-healey
    ar: جون هيلي
    en: John Healey
    code: GBRGOV 2024-07-05..
    code: GBRELI
    note: defence secretary from 2024-07-05

person ben-wallace
    ar: بن والاس
    en: Ben Wallace
    code: GBRGOV 2019-07-24..2023-08-31
    code: GBRELI
    note: defence secretary 2019-2023

person grant-shapps
    ar: غرانت شابس | شابس | جرانت شابس
    en: Grant Shapps | Shapps
    code: GBRGOV 2019-07-24..2024-07-05
    code: GBRELI
    note: defence secretary 2023-08-31..2024-07-05

person jonathan-powell
    ar: جوناثان باول
    en: Jonathan Powell
    code: GBRGOV 1997-05-02..2007-06-27
    code: GBRGOV 2024-11..
    code: GBRELI
    note: Blair's chief of staff; national security adviser from November 2024

person jeremy-corbyn
    ar: جيريمي كوربين | كوربين | جيرمي كوربن
    en: Jeremy Corbyn | Corbyn
    code: GBROPP

person sadiq-khan
    ar: صادق خان
    en: Sadiq Khan
    code: GBRGOV 2016-05-09..
    code: GBRELI
    note: mayor of London from 2016-05-09

person charles-iii
    ar: تشارلز الثالث
    en: Charles III
    code: GBRGOV 2022-09-08..
    code: GBRELI
    note: king from 2022-09-08

person elizabeth-ii
    ar: إليزابيث الثانية | اليزابيث الثانية
    en: Elizabeth II
    code: GBRGOV 1952-02-06..2022-09-08
    code: GBRELI

# France
person valery-giscard-destaing
    ar: فاليري جيسكار ديستان | جيسكار ديستان | ديستان
    en: Valéry Giscard d'Estaing | Valery Giscard d'Estaing | Giscard d'Estaing | Giscard
    code: FRAGOV 1974-05-27..1981-05-21
    code: FRAELI

person francois-mitterrand
    ar: فرانسوا ميتران | ميتران | فرنسوا ميتران | ميتيران
    en: François Mitterrand | Francois Mitterrand | Mitterrand
    code: FRAGOV 1981-05-21..1995-05-17
    code: FRAELI

person jacques-chirac
    ar: جاك شيراك | شيراك
    en: Jacques Chirac | Chirac
    code: FRAGOV 1986-03-20..1988-05-10
    code: FRAGOV 1995-05-17..2007-05-16
    code: FRAELI

person nicolas-sarkozy
    ar: نيكولا ساركوزي | ساركوزي | نيكولاس ساركوزي
    en: Nicolas Sarkozy | Sarkozy
    code: FRAGOV 2002-05-07..2004-11-29
    code: FRAGOV 2005-06-02..2007-03-26
    code: FRAGOV 2007-05-16..2012-05-15
    code: FRAELI

person francois-hollande
    ar: فرانسوا هولاند | هولاند | فرنسوا هولاند
    en: François Hollande | Francois Hollande | Hollande
    code: FRAGOV 2012-05-15..2017-05-14
    code: FRAELI

person emmanuel-macron
    ar: إيمانويل ماكرون | ماكرون
    en: Emmanuel Macron | Macron
    code: FRAGOV 2014-08-26..2016-08-30
    code: FRAGOV 2017-05-14..
    code: FRAELI

person pierre-mauroy
    ar: بيير موروا | موروا
    en: Pierre Mauroy | Mauroy
    code: FRAGOV 1981-05-21..1984-07-17
    code: FRAELI

person laurent-fabius
    ar: لوران فابيوس | فابيوس
    en: Laurent Fabius | Fabius
    code: FRAGOV 1984-07-17..1986-03-20
    code: FRAGOV 2012-05-16..2016-02-11
    code: FRAJUD 2016-03-08..2025-03-07
    code: FRAELI
    note: prime minister 1984-1986, foreign minister 2012-2016, president of the Constitutional Council 2016-2025

person michel-rocard
    ar: ميشيل روكار | ميشال روكار | روكار
    en: Michel Rocard | Rocard
    code: FRAGOV 1988-05-10..1991-05-15
    code: FRAELI

person roland-dumas
    ar: رولان دوما
    en: Roland Dumas
    code: FRAGOV 1984-12-07..1986-03-20
    code: FRAGOV 1988-05-12..1993-03-29
    code: FRAELI
    note: bare دوما not listed (Douma in Syria)

person alain-juppe
    ar: آلان جوبيه | جوبيه
    en: Alain Juppé | Alain Juppe | Juppé | Juppe
    code: FRAGOV 1993-03-30..1997-06-02
    code: FRAGOV 2010-11-14..2012-05-15
    code: FRAELI

person lionel-jospin
    ar: ليونيل جوسبان | جوسبان
    en: Lionel Jospin | Jospin
    code: FRAGOV 1997-06-02..2002-05-06
    code: FRAELI

person hubert-vedrine
    ar: هوبير فيدرين | فيدرين
    en: Hubert Védrine | Hubert Vedrine | Védrine | Vedrine
    code: FRAGOV 1997-06-04..2002-05-06
    code: FRAELI

person jean-pierre-raffarin
    ar: جان بيار رافاران | جان بيير رافاران | رافاران
    en: Jean-Pierre Raffarin | Raffarin
    code: FRAGOV 2002-05-06..2005-05-31
    code: FRAELI

person dominique-de-villepin
    ar: دومينيك دو فيلبان | دو فيلبان | دوفيلبان | دي فيلبان | دومينيك دوفيلبان
    en: Dominique de Villepin | de Villepin | Villepin
    code: FRAGOV 2002-05-07..2007-05-15
    code: FRAELI

person michel-barnier
    ar: ميشيل بارنييه | ميشال بارنييه | بارنييه
    en: Michel Barnier | Barnier
    code: FRAGOV 2004-03-31..2005-06-02
    code: IGOEUREEC 2016-10-01..2021-03-31
    code: FRAGOV 2024-09-05..2024-12-13
    code: FRAELI
    note: EU chief Brexit negotiator 2016-2021

person francois-fillon
    ar: فرانسوا فيون | فيون | فرنسوا فيون
    en: François Fillon | Francois Fillon | Fillon
    code: FRAGOV 2007-05-17..2012-05-15
    code: FRAELI

person bernard-kouchner
    ar: برنار كوشنير | برنارد كوشنير
    en: Bernard Kouchner | Kouchner
    code: IGOUNO 1999-07-15..2001-01-12
    code: FRAGOV 2007-05-18..2010-11-14
    code: FRAELI
    note: bare كوشنير not listed (also a spelling of Jared Kushner)

person jean-marc-ayrault
    ar: جان مارك أيرولت | أيرولت | جان مارك ايرو
    en: Jean-Marc Ayrault | Ayrault
    code: FRAGOV 2012-05-15..2014-03-31
    code: FRAGOV 2016-02-11..2017-05-17
    code: FRAELI

person manuel-valls
    ar: مانويل فالس
    en: Manuel Valls | Valls
    code: FRAGOV 2012-05-16..2016-12-06
    code: FRAELI

person jean-yves-le-drian
    ar: جان إيف لودريان | لودريان | لو دريان | جان إيف لو دريان
    en: Jean-Yves Le Drian | Le Drian
    code: FRAGOV 2012-05-16..2022-05-20
    code: FRAGOV 2023-06-07..
    code: FRAELI
    note: defence minister 2012-2017, foreign minister 2017-2022, presidential envoy to Lebanon from 2023

person edouard-philippe
    ar: إدوار فيليب | ادوارد فيليب
    en: Édouard Philippe | Edouard Philippe
    code: FRAGOV 2017-05-15..2020-07-03
    code: FRAELI

person jean-castex
    ar: جان كاستكس | كاستكس
    en: Jean Castex | Castex
    code: FRAGOV 2020-07-03..2022-05-16
    code: FRAELI

person elisabeth-borne
    ar: إليزابيث بورن
    en: Élisabeth Borne | Elisabeth Borne
    code: FRAGOV 2017-05-17..2024-01-09
    code: FRAELI
    note: minister 2017-2022, prime minister 2022-05-16..2024-01-09, education minister from 2024-12-23

person catherine-colonna
    ar: كاترين كولونا | كاثرين كولونا | كولونا
    en: Catherine Colonna | Colonna
    code: FRAGOV 2022-05-20..2024-01-11
    code: FRAELI

person gabriel-attal
    ar: غابرييل أتال | أتال | جابرييل أتال
    en: Gabriel Attal | Attal
    code: FRAGOV 2020-07-06..2024-09-05
    code: FRAELI

person stephane-sejourne
    ar: ستيفان سيجورنيه | سيجورنيه
    en: Stéphane Séjourné | Stephane Sejourne | Séjourné | Sejourne
    code: FRAGOV 2024-01-11..2024-09-21
    code: IGOEUREEC 2024-12-01..
    code: FRAELI

person jean-noel-barrot
    ar: جان نويل بارو | بارو
    en: Jean-Noël Barrot | Jean-Noel Barrot | Barrot
    code: FRAGOV 2022-07-04..
    code: FRAELI
    note: foreign minister from 2024-09-21

person francois-bayrou
    ar: فرانسوا بايرو | بايرو | فرنسوا بايرو
    en: François Bayrou | Francois Bayrou | Bayrou
    code: FRAGOV 2024-12-13..2025-09-09
    code: FRAELI

person sebastien-lecornu
    ar: سيباستيان لوكورنو | لوكورنو
    en: Sébastien Lecornu | Sebastien Lecornu | Lecornu
    code: FRAGOV 2022-05-20..
    code: FRAELI
    note: armed forces minister 2022-2025, prime minister from 2025-09-09

person marine-le-pen
    ar: مارين لوبان | لوبان | مارين لو بان
    en: Marine Le Pen | Le Pen
    code: FRAOPP
    note: bare لوبان / Le Pen = Marine (her father Jean-Marie has no record)

person jordan-bardella
    ar: جوردان بارديلا | بارديلا
    en: Jordan Bardella | Bardella
    code: FRAOPP

person jean-luc-melenchon
    ar: جان لوك ميلانشون | ميلانشون
    en: Jean-Luc Mélenchon | Jean-Luc Melenchon | Mélenchon | Melenchon
    code: FRAGOV 2000-03-27..2002-05-06
    code: FRAOPP

person gerald-darmanin
    ar: جيرالد دارمانان | دارمانان | جيرالد درمانان
    en: Gérald Darmanin | Gerald Darmanin | Darmanin
    code: FRAGOV 2017-05-17..2024-09-21
    code: FRAGOV 2024-12-23..
    code: FRAELI
    note: interior minister 2020-2024, justice minister from 2024-12-23

person bruno-retailleau
    ar: برونو روتايو | روتايو | برونو ريتايو
    en: Bruno Retailleau | Retailleau
    code: FRAGOV 2024-09-21..2025-10-12
    code: FRAELI
    note: interior minister 2024-09-21..2025-10-12

# Germany
person helmut-schmidt
    ar: هيلموت شميت | هلموت شميدت | هيلموت شميدت
    en: Helmut Schmidt
    code: DEUGOV 1974-05-16..1982-10-01
    code: DEUELI

person helmut-kohl
    ar: هيلموت كول | هلموت كول
    en: Helmut Kohl | Kohl
    code: DEUGOV 1982-10-01..1998-10-27
    code: DEUELI

person gerhard-schroeder
    ar: غيرهارد شرودر | شرودر | جيرهارد شرودر | غرهارد شرودر
    en: Gerhard Schröder | Gerhard Schroeder | Schröder | Schroeder
    code: DEUGOV 1998-10-27..2005-11-22
    code: DEUELI

person angela-merkel
    ar: أنغيلا ميركل | ميركل | أنجيلا ميركل | أنغيلا ميركيل
    en: Angela Merkel | Merkel
    code: DEUGOV 2005-11-22..2021-12-08
    code: DEUELI

person olaf-scholz
    ar: أولاف شولتس | شولتس | أولاف شولتز | شولتز | أولاف شولز | شولز
    en: Olaf Scholz | Scholz
    code: DEUGOV 2018-03-14..2025-05-06
    code: DEUELI

person friedrich-merz
    ar: فريدريش ميرتس | ميرتس | فريدريش ميرز | ميرز
    en: Friedrich Merz | Merz
    code: DEUOPP 2022-01-31..2025-05-05
    code: DEUGOV 2025-05-06..
    code: DEUELI

person hans-dietrich-genscher
    ar: هانس ديتريش غينشر | غينشر | هانز ديتريش جينشر | جينشر
    en: Hans-Dietrich Genscher | Genscher
    code: DEUGOV 1974-05-17..1992-05-17
    code: DEUELI

person klaus-kinkel
    ar: كلاوس كينكل | كينكل
    en: Klaus Kinkel | Kinkel
    code: DEUGOV 1992-05-18..1998-10-26
    code: DEUELI

person joschka-fischer
    ar: يوشكا فيشر
    en: Joschka Fischer
    code: DEUGOV 1998-10-27..2005-11-22
    code: DEUELI

person frank-walter-steinmeier
    ar: فرانك فالتر شتاينماير | شتاينماير | فرانك فالتر شتاينمار | شتاينمائير
    en: Frank-Walter Steinmeier | Steinmeier
    code: DEUGOV 2005-11-22..2009-10-28
    code: DEUOPP 2009-10-29..2013-12-16
    code: DEUGOV 2013-12-17..2017-01-27
    code: DEUGOV 2017-03-19..
    code: DEUELI
    note: federal president from 2017-03-19

person guido-westerwelle
    ar: غيدو فسترفيله | فسترفيله | فيسترفيله | جيدو فيسترفيله
    en: Guido Westerwelle | Westerwelle
    code: DEUGOV 2009-10-28..2013-12-17
    code: DEUELI

person sigmar-gabriel
    ar: زيغمار غابرييل | زيجمار جابرييل | سيغمار غابرييل
    en: Sigmar Gabriel
    code: DEUGOV 2013-12-17..2018-03-14
    code: DEUELI

person heiko-maas
    ar: هايكو ماس
    en: Heiko Maas
    code: DEUGOV 2013-12-17..2021-12-08
    code: DEUELI

person annalena-baerbock
    ar: أنالينا بيربوك | بيربوك | أنالينا بايربوك | بايربوك
    en: Annalena Baerbock | Baerbock
    code: DEUGOV 2021-12-08..2025-05-06
    code: IGOUNO 2025-09-09..
    code: DEUELI
    note: president of the UN General Assembly from 2025-09-09

person johann-wadephul
    ar: يوهان فاديفول | فاديفول
    en: Johann Wadephul | Wadephul
    code: DEUGOV 2025-05-06..
    code: DEUELI

person boris-pistorius
    ar: بوريس بيستوريوس | بيستوريوس
    en: Boris Pistorius | Pistorius
    code: DEUGOV 2023-01-19..
    code: DEUELI

person alice-weidel
    ar: أليس فايدل | فايدل | أليس فايدال
    en: Alice Weidel | Weidel
    code: DEUOPP

person christian-lindner
    ar: كريستيان ليندنر | ليندنر
    en: Christian Lindner | Lindner
    code: DEUGOV 2021-12-08..2024-11-07
    code: DEUELI

person robert-habeck
    ar: روبرت هابيك | هابيك
    en: Robert Habeck | Habeck
    code: DEUGOV 2021-12-08..2025-05-06
    code: DEUELI

person lars-klingbeil
    ar: لارس كلينغبايل | كلينغبايل | لارس كلينجبايل
    en: Lars Klingbeil | Klingbeil
    code: DEUGOV 2025-05-06..
    code: DEUELI
    note: vice-chancellor and finance minister from 2025-05-06

person alexander-dobrindt
    ar: ألكسندر دوبرينت | دوبرينت
    en: Alexander Dobrindt | Dobrindt
    code: DEUGOV 2013-12-17..2017-10-24
    code: DEUGOV 2025-05-06..
    code: DEUELI
    note: interior minister from 2025-05-06

person nancy-faeser
    ar: نانسي فيزر | فيزر | نانسي فايزر
    en: Nancy Faeser | Faeser
    code: DEUGOV 2021-12-08..2025-05-06
    code: DEUELI

# Iran
person mohammad-reza-pahlavi
    ar: محمد رضا بهلوي | محمد رضا شاه بهلوي | محمد رضا شاه
    en: Mohammad Reza Pahlavi | Mohammad Reza Shah
    code: IRNGOV ..1979-01-16
    code: IRNELI
    note: the last Shah; left Iran 1979-01-16, died 1980-07-27

person reza-pahlavi
    ar: رضا بهلوي
    en: Reza Pahlavi
    code: IRNOPP
    note: son of the last Shah, exiled opposition figure

person ruhollah-khomeini
    ar: روح الله الخميني | الخميني | روح الله الموسوي الخميني
    en: Ruhollah Khomeini | Khomeini
    code: IRNGOV 1979-02-11..1989-06-03
    code: IRNOPP
    note: leader of the revolution and Supreme Leader; opposition in exile before 1979

person ali-khamenei
    ar: علي خامنئي | خامنئي | خامنه إي | علي خامنه إي
    en: Ali Khamenei | Ayatollah Khamenei | Khamenei
    code: IRNGOV 1981-10-13..
    code: IRNELI
    note: president 1981-1989, Supreme Leader from 1989-06-04

person abolhassan-banisadr
    ar: أبو الحسن بني صدر | بني صدر
    en: Abolhassan Banisadr | Abolhassan Bani-Sadr | Banisadr | Bani-Sadr
    code: IRNGOV 1980-02-04..1981-06-21
    code: IRNOPP

person mir-hossein-mousavi
    ar: مير حسين موسوي | مير حسين
    en: Mir-Hossein Mousavi | Mir Hossein Mousavi
    code: IRNGOV 1981-10-31..1989-08-03
    code: IRNOPP 2009-06-12..
    code: IRNELI
    note: prime minister 1981-1989; Green Movement leader from 2009; bare موسوي not listed

person akbar-hashemi-rafsanjani
    ar: أكبر هاشمي رفسنجاني | علي أكبر هاشمي رفسنجاني | هاشمي رفسنجاني | رفسنجاني
    en: Akbar Hashemi Rafsanjani | Hashemi Rafsanjani | Rafsanjani
    code: IRNGOV 1980-07-28..2017-01-08
    code: IRNELI
    note: speaker 1980-1989, president 1989-1997, Expediency Council chairman 1989-2017

person mohammad-khatami
    ar: محمد خاتمي | خاتمي | سيد محمد خاتمي
    en: Mohammad Khatami | Khatami
    code: IRNGOV 1997-08-03..2005-08-03
    code: IRNELI

person mahmoud-ahmadinejad
    ar: محمود أحمدي نجاد | أحمدي نجاد | نجاد
    en: Mahmoud Ahmadinejad | Ahmadinejad
    code: IRNGOV 2005-08-03..2013-08-03
    code: IRNELI

person hassan-rouhani
    ar: حسن روحاني | روحاني
    en: Hassan Rouhani | Hassan Rowhani | Rouhani | Rowhani
    code: IRNGOV 2013-08-03..2021-08-03
    code: IRNELI
    note: bare روحاني is also an adjective (spiritual), rare in political news

person ebrahim-raisi
    ar: إبراهيم رئيسي | سيد إبراهيم رئيسي | إبراهيم رئيسى
    en: Ebrahim Raisi | Ebrahim Raeisi | Raisi
    code: IRNJUD 2019-03-07..2021-07-01
    code: IRNGOV 2021-08-03..2024-05-19
    code: IRNELI
    note: bare رئيسي (= main, principal) deliberately not listed; died 2024-05-19

person mohammad-mokhber
    ar: محمد مخبر
    en: Mohammad Mokhber | Mokhber
    code: IRNGOV 2021-08-08..2024-07-28
    code: IRNELI
    note: first vice-president, acting president 2024-05-19..2024-07-28; bare مخبر (= informant) not listed

person masoud-pezeshkian
    ar: مسعود بزشكيان | بزشكيان | بيزشكيان | مسعود بيزشكيان
    en: Masoud Pezeshkian | Pezeshkian
    code: IRNGOV 2024-07-28..
    code: IRNELI

person mehdi-karroubi
    ar: مهدي كروبي | كروبي
    en: Mehdi Karroubi | Karroubi
    code: IRNOPP 2009-06-12..
    code: IRNELI

person ali-akbar-velayati
    ar: علي أكبر ولايتي | ولايتي
    en: Ali Akbar Velayati | Velayati
    code: IRNGOV 1981-12-15..
    code: IRNELI
    note: foreign minister 1981-1997, then adviser to the Supreme Leader

person kamal-kharazi
    ar: كمال خرازي | خرازي
    en: Kamal Kharazi | Kharrazi | Kharazi
    code: IRNGOV 1997-08-20..2005-08-24
    code: IRNELI

person manouchehr-mottaki
    ar: منوشهر متكي | منوشهر متقي | متكي
    en: Manouchehr Mottaki | Mottaki
    code: IRNGOV 2005-08-24..2010-12-13
    code: IRNELI
    note: Arabic news also wrote him منوشهر متقي; bare متقي = Amir Khan Muttaqi (the name news means today)

person ali-akbar-salehi
    ar: علي أكبر صالحي | صالحي
    en: Ali Akbar Salehi | Salehi
    code: IRNGOV 2009-07-16..2021-08-29
    code: IRNELI
    note: nuclear agency head 2009-2010 and 2013-2021, foreign minister 2010-12-13..2013-08-15

person mohammad-javad-zarif
    ar: محمد جواد ظريف | جواد ظريف | ظريف
    en: Mohammad Javad Zarif | Javad Zarif | Zarif
    code: IRNGOV 2002-08..2007-07
    code: IRNGOV 2013-08-15..2021-08-25
    code: IRNGOV 2024-08-01..2025-03-02
    code: IRNELI
    note: UN ambassador 2002-2007, foreign minister 2013-2021, vice-president for strategic affairs 2024-2025

person hossein-amir-abdollahian
    ar: حسين أمير عبد اللهيان | أمير عبد اللهيان | عبد اللهيان | حسين أمير عبداللهيان | أمير عبداللهيان | عبداللهيان
    en: Hossein Amir-Abdollahian | Hossein Amirabdollahian | Amir-Abdollahian | Amirabdollahian
    code: IRNGOV 2011..2016-06
    code: IRNGOV 2021-08-25..2024-05-19
    code: IRNELI
    note: deputy foreign minister 2011-2016, foreign minister 2021-2024; died 2024-05-19

person ali-bagheri-kani
    ar: علي باقري كني | باقري كني | علي باقري
    en: Ali Bagheri Kani | Ali Bagheri | Bagheri Kani
    code: IRNGOV
    note: deputy foreign minister and nuclear negotiator from 2021, acting foreign minister 2024-05-19..2024-08-21

person abbas-araghchi
    ar: عباس عراقجي | عراقجي | عباس عراقتشي | عراقتشي
    en: Abbas Araghchi | Araghchi | Araqchi
    code: IRNGOV 2013-08-15..2021-08-25
    code: IRNGOV 2024-08-21..
    code: IRNELI
    note: deputy foreign minister and nuclear negotiator 2013-2021, foreign minister from 2024-08-21

person abbas-mousavi
    ar: عباس موسوي
    en: Abbas Mousavi
    code: IRNGOV
    note: foreign ministry spokesman 2019-2021; listed so that عباس alone does not claim him

person saeed-khatibzadeh
    ar: سعيد خطيب زاده | خطيب زاده
    en: Saeed Khatibzadeh | Khatibzadeh
    code: IRNGOV

person nasser-kanaani
    ar: ناصر كنعاني
    en: Nasser Kanaani | Naser Kanani
    code: IRNGOV
    note: bare كنعاني (Canaanite) not listed

person esmaeil-baghaei
    ar: إسماعيل بقائي | بقائي
    en: Esmaeil Baghaei | Esmaeil Baqaei | Baghaei
    code: IRNGOV
    note: foreign ministry spokesman from 2024

person ali-larijani
    ar: علي لاريجاني | لاريجاني
    en: Ali Larijani | Larijani
    code: IRNGOV 2005-08-15..2007-10-20
    code: IRNGOV 2008-05-28..2020-05-28
    code: IRNGOV 2025-08-05..
    code: IRNELI
    note: security council secretary 2005-2007 and from 2025, speaker 2008-2020; Sadegh Larijani has full names

person sadegh-larijani
    ar: صادق لاريجاني | صادق آملي لاريجاني | آملي لاريجاني
    en: Sadegh Larijani | Sadeq Amoli Larijani | Amoli Larijani
    code: IRNJUD 2009-08-15..2019-03-07
    code: IRNGOV

person mohammad-bagher-ghalibaf
    ar: محمد باقر قاليباف | قاليباف
    en: Mohammad Bagher Ghalibaf | Mohammad Baqer Qalibaf | Ghalibaf | Qalibaf
    code: IRNGOV 2020-05-28..
    code: IRNELI

person saeed-jalili
    ar: سعيد جليلي | جليلي
    en: Saeed Jalili | Jalili
    code: IRNGOV 2007-10-20..2013-09-10
    code: IRNELI

person ali-shamkhani
    ar: علي شمخاني | شمخاني
    en: Ali Shamkhani | Shamkhani
    code: IRNGOV
    note: defence minister 1997-2005, security council secretary 2013-09-10..2023-05-22, adviser to the Supreme Leader

person qasem-soleimani
    ar: قاسم سليماني | سليماني
    en: Qasem Soleimani | Qassem Soleimani | Soleimani
    code: IRNMIL
    note: Quds Force commander 1998-2020; killed 2020-01-03

person esmail-qaani
    ar: إسماعيل قاآني | قاآني | إسماعيل قاني
    en: Esmail Qaani | Ismail Qaani | Qaani
    code: IRNMIL
    note: Quds Force commander from 2020-01-03

person hossein-salami
    ar: حسين سلامي
    en: Hossein Salami
    code: IRNMIL
    note: IRGC commander 2019-04-21..2025-06-13 (killed); bare سلامي not listed

person mohammad-bagheri
    ar: محمد باقري | محمد حسين باقري
    en: Mohammad Bagheri | Mohammad Hossein Bagheri
    code: IRNMIL
    note: chief of staff of the armed forces 2016-06-28..2025-06-13 (killed)

person maryam-rajavi
    ar: مريم رجوي | رجوي
    en: Maryam Rajavi | Rajavi
    code: IRNOPP
    note: leader of the MEK / NCRI

person narges-mohammadi
    ar: نرجس محمدي
    en: Narges Mohammadi
    code: IRNOPP
    note: human rights activist, Nobel peace laureate 2023, repeatedly imprisoned

person abdolrahim-mousavi
    ar: عبد الرحيم موسوي | عبدالرحيم موسوي
    en: Abdolrahim Mousavi | Abdul Rahim Mousavi | Abdolrahim Musavi
    code: IRNMIL
    note: army commander 2017-2025, chief of the general staff from 2025-06-13

person mohammad-pakpour
    ar: محمد باكبور | باكبور
    en: Mohammad Pakpour | Pakpour
    code: IRNMIL
    note: IRGC commander-in-chief from 2025-06-13

person aziz-nasirzadeh
    ar: عزيز نصير زاده | نصير زاده | عزيز نصيرزاده | نصيرزاده
    en: Aziz Nasirzadeh | Nasirzadeh
    code: IRNGOV 2024-08-21..
    code: IRNMIL
    note: defence minister from 2024-08-21

person mohammad-reza-aref
    ar: محمد رضا عارف
    en: Mohammad Reza Aref
    code: IRNGOV 2001-08..2005-08
    code: IRNGOV 2024-07-28..
    code: IRNELI
    note: first vice-president 2001-2005 and from 2024-07-28

person gholam-hossein-mohseni-ejei
    ar: غلام حسين محسني إجئي | محسني إجئي | محسني إيجئي | غلام حسين محسني إيجئي
    en: Gholam-Hossein Mohseni-Ejei | Gholamhossein Mohseni-Ejei | Mohseni-Ejei | Mohseni Ejei
    code: IRNGOV 2005-08..2009-07
    code: IRNJUD 2009-08..
    code: IRNELI
    note: intelligence minister 2005-2009, judiciary chief from 2021-07-01

person fatemeh-mohajerani
    ar: فاطمة مهاجراني | مهاجراني
    en: Fatemeh Mohajerani | Mohajerani
    code: IRNGOV 2024-08..
    code: IRNELI
    note: government spokeswoman from August 2024

person mojtaba-khamenei
    ar: مجتبى خامنئي
    en: Mojtaba Khamenei
    code: IRNELI
    note: son of Ali Khamenei; bare خامنئي belongs to the father

# Iraq
person saddam-hussein
    ar: صدام حسين | صدام حسين المجيد | صدام حسين التكريتي | صدام حسين عبد المجيد
    en: Saddam Hussein | Saddam Hussein al-Tikriti | Saddam
    code: IRQGOV 1968-07-17..2003-04-09
    code: IRQELI
    note: president 1979-07-16..2003-04-09; executed 2006-12-30; bare صدام (= clash) not listed in Arabic

person tariq-aziz
    ar: طارق عزيز | طارق حنا عزيز
    en: Tariq Aziz | Tareq Aziz
    code: IRQGOV 1979-07-16..2003-04-09
    code: IRQELI

person izzat-ibrahim-al-douri
    ar: عزة إبراهيم الدوري | عزت إبراهيم الدوري | عزة الدوري | عزت الدوري
    en: Izzat Ibrahim al-Douri | Izzat Ibrahim al-Duri | Izzat al-Douri
    code: IRQGOV 1979-07-16..2003-04-09
    code: IRQREB
    note: insurgent leader after 2003; died 2020-10-26; bare الدوري (= the league) not listed

person mohammed-saeed-al-sahhaf
    ar: محمد سعيد الصحاف
    en: Mohammed Saeed al-Sahhaf | Muhammad Saeed al-Sahhaf
    code: IRQGOV 1992..2003-04-09
    code: IRQELI

person naji-sabri
    ar: ناجي صبري | ناجي صبري الحديثي
    en: Naji Sabri | Naji Sabri al-Hadithi
    code: IRQGOV 2001-04..2003-04-09
    code: IRQELI

person ali-hassan-al-majid
    ar: علي حسن المجيد | علي الكيماوي
    en: Ali Hassan al-Majid | Chemical Ali
    code: IRQGOV ..2003-04-09
    code: IRQELI
    note: executed 2010-01-25

person ghazi-al-yawar
    ar: غازي الياور | غازي عجيل الياور | الياور
    en: Ghazi al-Yawar | Ghazi al-Yawer
    code: IRQGOV 2004-06-01..2006-04-22
    code: IRQELI

person ayad-allawi
    ar: إياد علاوي | علاوي
    en: Ayad Allawi | Iyad Allawi | Allawi
    code: IRQGOV 2004-06-01..2005-05-03
    code: IRQGOV 2014-09-09..2015-08-11
    code: IRQGOV 2016-10-10..2018-10-02
    code: IRQELI
    note: bare علاوي = Ayad Allawi (Mohammed Tawfiq Allawi has full names)

person ibrahim-al-jaafari
    ar: إبراهيم الجعفري
    en: Ibrahim al-Jaafari | Ibrahim al-Jafari
    code: IRQGOV 2004-06-01..2006-05-20
    code: IRQGOV 2014-09-08..2018-10-25
    code: IRQELI
    note: prime minister 2005-2006, foreign minister 2014-2018; bare الجعفري not listed (Bashar al-Jaafari)

person nouri-al-maliki
    ar: نوري المالكي | المالكي | نوري كامل المالكي | جواد المالكي
    en: Nouri al-Maliki | Nuri al-Maliki | al-Maliki | Maliki
    code: IRQGOV 2006-05-20..2014-09-08
    code: IRQGOV 2014-09-09..2015-08-11
    code: IRQGOV 2016-10-10..2018-10-02
    code: IRQELI
    note: prime minister 2006-2014, vice-president 2014-2015 and 2016-2018; bare المالكي = Nouri (Turki and Riyad al-Maliki have full names)

person haider-al-abadi
    ar: حيدر العبادي | العبادي
    en: Haider al-Abadi | al-Abadi | Abadi
    code: IRQGOV 2014-09-08..2018-10-25
    code: IRQELI

person adil-abdul-mahdi
    ar: عادل عبد المهدي | عادل عبدالمهدي | عبد المهدي
    en: Adil Abdul-Mahdi | Adel Abdul Mahdi | Abdul-Mahdi
    code: IRQGOV 2005-04-07..2011-05
    code: IRQGOV 2014-09-08..2016-03
    code: IRQGOV 2018-10-25..2020-05-07
    code: IRQELI

person mustafa-al-kadhimi
    ar: مصطفى الكاظمي | الكاظمي
    en: Mustafa al-Kadhimi | al-Kadhimi | Kadhimi
    code: IRQGOV 2016-06-07..2022-10-27
    code: IRQELI
    note: intelligence chief 2016-2020, prime minister 2020-05-07..2022-10-27

person mohammed-shia-al-sudani
    ar: محمد شياع السوداني | شياع السوداني | محمد شياع صبار السوداني
    en: Mohammed Shia al-Sudani | Mohammed Shia' al-Sudani | al-Sudani | Sudani
    code: IRQGOV 2022-10-27..
    code: IRQELI
    note: bare السوداني (= Sudanese) deliberately not listed

person jalal-talabani
    ar: جلال طالباني | طالباني | مام جلال
    en: Jalal Talabani | Talabani
    code: IRQGOV 2005-04-06..2014-07-24
    code: IRQELI
    note: died 2017-10-03; bare طالباني kept for him (Bafel and Qubad Talabani have full names)

person bafel-talabani
    ar: بافل طالباني | بافل جلال طالباني
    en: Bafel Talabani
    code: IRQELI
    note: PUK leader

person fuad-masum
    ar: فؤاد معصوم
    en: Fuad Masum | Fouad Massoum
    code: IRQGOV 2014-07-24..2018-10-02
    code: IRQELI

person barham-salih
    ar: برهم صالح | برهم أحمد صالح
    en: Barham Salih | Barham Saleh
    code: IRQGOV 2018-10-02..2022-10-13
    code: IRQELI

person abdul-latif-rashid
    ar: عبد اللطيف رشيد | عبداللطيف رشيد | عبد اللطيف جمال رشيد | عبداللطيف جمال رشيد
    en: Abdul Latif Rashid | Abdul Latif Jamal Rashid
    code: IRQGOV 2022-10-13..
    code: IRQELI

person hoshyar-zebari
    ar: هوشيار زيباري | زيباري
    en: Hoshyar Zebari | Zebari
    code: IRQGOV 2003-09-03..2016-09-21
    code: IRQELI
    note: foreign minister 2003-2014, finance minister 2014-2016

person mohamed-ali-alhakim
    ar: محمد علي الحكيم
    en: Mohamed Ali Alhakim | Mohammed Ali al-Hakim
    code: IRQGOV 2018-10-25..2020-06-06
    code: IRQELI

person fuad-hussein
    ar: فؤاد حسين
    en: Fuad Hussein | Fouad Hussein
    code: IRQGOV 2019..
    code: IRQELI
    note: finance minister 2019-2020, foreign minister from 2020-06-06

person masoud-barzani
    ar: مسعود بارزاني | بارزاني
    en: Masoud Barzani | Massoud Barzani | Barzani
    code: IRQGOV 2005-06-14..2017-11-01
    code: IRQELI
    note: Kurdistan Region president 2005-2017, KDP leader; bare بارزاني = Masoud

person nechirvan-barzani
    ar: نيجيرفان بارزاني | نيجرفان بارزاني | نيجيرفان
    en: Nechirvan Barzani | Nechirvan
    code: IRQGOV 2006-05-07..2009-10-28
    code: IRQGOV 2012-03-05..
    code: IRQELI
    note: Kurdistan Region prime minister, president from 2019-06-10

person masrour-barzani
    ar: مسرور بارزاني
    en: Masrour Barzani
    code: IRQGOV 2012..
    code: IRQELI
    note: Kurdistan Region security chancellor, prime minister from 2019-07-10

person muqtada-al-sadr
    ar: مقتدى الصدر | مقتدى
    en: Muqtada al-Sadr | Moqtada al-Sadr | Muqtada
    en: Sadr
    code: IRQREB 2003-06..2008-08
    code: IRQELI
    note: Mahdi Army 2003-2008; bare الصدر (= chest / issued) not listed in Arabic; English bare "Sadr" is him (the ESH acronym "SADR" is dropped from countries.lex, see fixes.md; "Sadr City" is a place entry and wins as the longer match)

person ali-al-sistani
    ar: علي السيستاني | السيستاني | علي الحسيني السيستاني
    en: Ali al-Sistani | Ali Sistani | al-Sistani | Sistani
    code: IRQREL

person ammar-al-hakim
    ar: عمار الحكيم
    en: Ammar al-Hakim
    code: IRQELI

person abu-mahdi-al-muhandis
    ar: أبو مهدي المهندس | جمال جعفر محمد علي | جمال جعفر إبراهيم
    en: Abu Mahdi al-Muhandis | al-Muhandis
    code: IRQMIL 2014-06-13..2020-01-03
    code: IRQREB
    note: deputy head of the Popular Mobilisation Forces, Kataib Hezbollah; killed 2020-01-03

person falih-al-fayyadh
    ar: فالح الفياض
    en: Falih al-Fayyadh | Faleh al-Fayyad
    code: IRQGOV

person qais-al-khazali
    ar: قيس الخزعلي | الخزعلي
    en: Qais al-Khazali | Khazali
    code: IRQREB
    note: leader of Asaib Ahl al-Haq

person hadi-al-amiri
    ar: هادي العامري
    en: Hadi al-Amiri
    code: IRQGOV 2010-12-21..2014-09-08
    code: IRQREB
    note: Badr Organisation leader

person mohammed-al-halbousi
    ar: محمد الحلبوسي | الحلبوسي
    en: Mohammed al-Halbousi | Halbousi
    code: IRQLEG 2018-09-15..2023-11-14
    code: IRQELI

person thabet-al-abbasi
    ar: ثابت العباسي | ثابت محمد سعيد العباسي
    en: Thabet al-Abbasi | Thabit al-Abbasi
    code: IRQGOV 2022-10-27..
    code: IRQELI
    note: defence minister from 2022-10-27

person mahmoud-al-mashhadani
    ar: محمود المشهداني | المشهداني
    en: Mahmoud al-Mashhadani | Mashhadani
    code: IRQLEG 2006-04-22..2009-01
    code: IRQLEG 2024-10-31..2025-12
    code: IRQELI
    note: speaker of parliament 2006-2009 and 2024-2025

# Syria
person hafez-al-assad
    ar: حافظ الأسد
    en: Hafez al-Assad | Hafez Assad | Hafiz al-Asad
    code: SYRGOV 1970-11-16..2000-06-10
    code: SYRELI
    note: bare الأسد / Assad belongs to Bashar al-Assad

person bashar-al-assad
    ar: بشار الأسد | الأسد | بشار حافظ الأسد
    en: Bashar al-Assad | Bashar Assad | Bashar al-Asad | al-Assad | Assad
    code: SYRGOV 2000-06-10..2024-12-08
    code: SYRELI
    note: president 2000-07-17..2024-12-08 (de facto from his father's death); bare الأسد = Bashar from 2000; fled to Moscow 2024-12-08

person rifaat-al-assad
    ar: رفعت الأسد
    en: Rifaat al-Assad
    code: SYRGOV 1984-03-11..1998-02-08
    code: SYROPP 1998-02-09..2021-10
    code: SYRELI

person maher-al-assad
    ar: ماهر الأسد
    en: Maher al-Assad
    code: SYRMIL ..2024-12-08
    code: SYRELI

person asma-al-assad
    ar: أسماء الأسد
    en: Asma al-Assad
    code: SYRELI

person abdul-halim-khaddam
    ar: عبد الحليم خدام | عبدالحليم خدام
    en: Abdul Halim Khaddam | Abdel Halim Khaddam | Khaddam
    code: SYRGOV 1970-11..2005-06-06
    code: SYROPP 2005-12-30..
    code: SYRELI
    note: foreign minister 1970-1984, vice-president 1984-2005; defected 2005; died 2020-03-31; bare خدام (= servants) not listed

person farouk-al-sharaa
    ar: فاروق الشرع
    en: Farouk al-Sharaa | Farouq al-Shara
    code: SYRGOV 1984-03-11..2014-07
    code: SYRELI
    note: foreign minister 1984-2006, vice-president 2006-2014; bare الشرع = Ahmed al-Sharaa

person walid-muallem
    ar: وليد المعلم
    en: Walid Muallem | Walid al-Moallem | Walid al-Muallem | Muallem | Moallem
    code: SYRGOV 1990..2020-11-16
    code: SYRELI
    note: foreign minister 2006-02-11..2020-11-16 (died); bare المعلم (= the teacher) not listed

person faisal-mekdad
    ar: فيصل المقداد | المقداد
    en: Faisal Mekdad | Faisal al-Mekdad | Faisal Miqdad | Mekdad
    code: SYRGOV 2006..2024-12-08
    code: SYRELI
    note: foreign minister 2020-11-22..2024-12-08

person bashar-al-jaafari
    ar: بشار الجعفري
    en: Bashar al-Jaafari | Bashar Ja'afari
    code: SYRGOV 2006-07..2024-12-08
    code: SYRELI

person bouthaina-shaaban
    ar: بثينة شعبان
    en: Bouthaina Shaaban | Buthaina Shaaban
    code: SYRGOV ..2024-12-08
    code: SYRELI

person ali-mamlouk
    ar: علي مملوك
    en: Ali Mamlouk
    code: SYRGOV ..2024-12-08
    code: SYRELI

person riyad-hijab
    ar: رياض حجاب | رياض فريد حجاب
    en: Riyad Hijab | Riad Hijab
    code: SYRGOV 2011-04..2012-08-06
    code: SYROPP
    note: prime minister 2012-06-23..2012-08-06, then defected

person wael-al-halqi
    ar: وائل الحلقي | الحلقي
    en: Wael al-Halqi | Wael Nader al-Halqi
    code: SYRGOV 2011-04..2016-06-22
    code: SYRELI

person imad-khamis
    ar: عماد خميس
    en: Imad Khamis
    code: SYRGOV 2011-06..2020-06-11
    code: SYRELI

person hussein-arnous
    ar: حسين عرنوس | عرنوس
    en: Hussein Arnous | Arnous
    code: SYRGOV 2014..2024-09-14
    code: SYRELI

person mohammad-ghazi-al-jalali
    ar: محمد غازي الجلالي | غازي الجلالي
    en: Mohammad Ghazi al-Jalali | al-Jalali
    code: SYRGOV 2024-09-14..2024-12-10
    code: SYRELI

person mohammed-al-bashir-syria
    ar: محمد البشير
    en: Mohammed al-Bashir
    code: SYRREB 2024-01..2024-12-09
    code: SYRGOV 2024-12-10..
    code: SYRREB
    note: Salvation Government head in Idlib, caretaker prime minister 2024-12-10..2025-03-29, then energy minister; bare البشير = Omar al-Bashir

person ahmed-al-sharaa
    ar: أحمد الشرع | الشرع | أبو محمد الجولاني | الجولاني | أحمد حسين الشرع | أبو محمد الجولانى
    en: Ahmed al-Sharaa | Ahmad al-Sharaa | al-Sharaa | Abu Mohammed al-Jolani | Abu Mohammad al-Julani | al-Jolani | Jolani | Julani
    en: Ahmed al-Shara | Ahmad al-Shara | al-Shara | Sharaa
    code: IMG 2011-08..2016-07-27
    code: SYRREB 2016-07-28..2024-12-07
    code: SYRGOV 2024-12-08..
    code: IMG
    note: al-Nusra Front (al-Qaeda branch) until the 2016-07-28 split, HTS leader, de facto ruler from 2024-12-08, president from 2025-01-29; bare الشرع given to him (Farouk al-Sharaa has full names)

person asaad-al-shaibani
    ar: أسعد الشيباني | أسعد حسن الشيباني | الشيباني
    en: Asaad al-Shaibani | Asaad Hassan al-Shibani | al-Shaibani | Shaibani
    code: SYRGOV 2024-12-21..
    code: SYRREB

person murhaf-abu-qasra
    ar: مرهف أبو قصرة | أبو قصرة
    en: Murhaf Abu Qasra | Abu Qasra
    code: SYRGOV 2024-12-21..
    code: SYRREB

person anas-khattab
    ar: أنس خطاب
    en: Anas Khattab
    code: SYRGOV 2024-12-26..
    code: SYRREB
    note: bare خطاب (= speech) not listed

person mazloum-abdi
    ar: مظلوم عبدي | مظلوم كوباني | مظلوم عبدي كوباني
    en: Mazloum Abdi | Mazloum Kobani
    en: Mazlum Abdi | Mazlum Kobani | Mazloum Abdi Kobani
    code: SYRREB
    note: commander of the SDF

person moaz-al-khatib
    ar: معاذ الخطيب | أحمد معاذ الخطيب
    en: Moaz al-Khatib | Ahmad Moaz al-Khatib
    code: SYROPP

person ahmad-al-jarba
    ar: أحمد الجربا | أحمد عاصي الجربا | الجربا
    en: Ahmad al-Jarba | Ahmed Jarba
    code: SYROPP

person nasr-al-hariri
    ar: نصر الحريري
    en: Nasr al-Hariri | Nasr Hariri
    code: SYROPP

person hadi-al-bahra
    ar: هادي البحرة
    en: Hadi al-Bahra
    code: SYROPP

person riad-al-asaad
    ar: رياض الأسعد
    en: Riad al-Asaad | Riyad al-Asaad
    code: SYRREB
    note: Free Syrian Army founder

person zahran-alloush
    ar: زهران علوش | علوش
    en: Zahran Alloush | Alloush
    code: SYRREB
    note: Jaysh al-Islam leader; killed 2015-12-25

person hikmat-al-hijri
    ar: حكمت الهجري
    en: Hikmat al-Hijri | Hikmat al-Hajari
    code: SYRREL
    note: spiritual leader of the Druze of Suwayda; bare الهجري left out (also the hijri calendar)

person raed-al-saleh
    ar: رائد الصالح
    en: Raed al-Saleh | Raed Saleh
    code: SYRGOV 2025-03-29..
    code: SYRCVL
    note: head of the White Helmets, emergencies minister from 2025-03-29

# Saudi Arabia
person khalid-bin-abdulaziz
    ar: خالد بن عبد العزيز | خالد بن عبدالعزيز
    en: Khalid bin Abdulaziz | King Khalid
    code: SAUGOV 1975-03-25..1982-06-13

person fahd-bin-abdulaziz
    ar: فهد بن عبد العزيز | فهد بن عبدالعزيز
    en: Fahd bin Abdulaziz | King Fahd
    code: SAUGOV 1975-03-25..2005-08-01
    note: crown prince 1975-1982, king 1982-06-13..2005-08-01

person abdullah-bin-abdulaziz
    ar: عبد الله بن عبد العزيز | عبدالله بن عبدالعزيز | عبد الله بن عبدالعزيز | عبدالله بن عبد العزيز
    en: Abdullah bin Abdulaziz | King Abdullah of Saudi Arabia
    code: SAUGOV 1975-03-25..2015-01-23
    note: crown prince 1982-2005, king 2005-08-01..2015-01-23; bare عبد الله not listed

person salman-bin-abdulaziz
    ar: سلمان بن عبد العزيز | سلمان بن عبدالعزيز | سلمان بن عبد العزيز آل سعود | سلمان
    en: Salman bin Abdulaziz | King Salman | Salman
    code: SAUGOV
    note: governor of Riyadh 1963-2011, defence minister 2011-11-05, crown prince 2012-06-18, king from 2015-01-23; bare سلمان = the king (longer names such as محمد بن سلمان win)

person mohammed-bin-salman
    ar: محمد بن سلمان | بن سلمان | محمد بن سلمان بن عبد العزيز | محمد بن سلمان آل سعود
    en: Mohammed bin Salman | Muhammad bin Salman | MBS | bin Salman
    code: SAUGOV 2015-01-23..
    code: SAUELI
    note: defence minister 2015-01-23, crown prince 2017-06-21, prime minister 2022-09-27

person muhammad-bin-nayef
    ar: محمد بن نايف | محمد بن نايف بن عبد العزيز
    en: Muhammad bin Nayef | Mohammed bin Nayef
    code: SAUGOV 1999..2017-06-21
    code: SAUELI

person nayef-bin-abdulaziz
    ar: نايف بن عبد العزيز | نايف بن عبدالعزيز
    en: Nayef bin Abdulaziz | Prince Nayef
    code: SAUGOV 1975-10..2012-06-16
    note: interior minister 1975-2012, crown prince 2011-10-27..2012-06-16 (died)

person sultan-bin-abdulaziz
    ar: سلطان بن عبد العزيز | سلطان بن عبدالعزيز
    en: Sultan bin Abdulaziz | Prince Sultan
    code: SAUGOV 1962-10..2011-10-22
    note: defence minister 1962-2011, crown prince 2005-2011 (died 2011-10-22)

person saud-al-faisal
    ar: سعود الفيصل | سعود الفيصل بن عبد العزيز
    en: Saud al-Faisal | Saud Al Faisal
    code: SAUGOV 1975-10-13..2015-04-29
    code: SAUELI
    note: died 2015-07-09

person adel-al-jubeir
    ar: عادل الجبير | الجبير | عادل بن أحمد الجبير
    en: Adel al-Jubeir | Adel Jubeir | al-Jubeir | Jubeir
    code: SAUGOV
    note: ambassador to the US 2007-2015, foreign minister 2015-04-29..2018-12-27, then minister of state for foreign affairs

person ibrahim-al-assaf
    ar: إبراهيم العساف
    en: Ibrahim al-Assaf
    code: SAUGOV 1996..2019-10-23
    code: SAUELI
    note: foreign minister 2018-12-27..2019-10-23

person faisal-bin-farhan
    ar: فيصل بن فرحان | فيصل بن فرحان آل سعود | بن فرحان
    en: Faisal bin Farhan | Faisal bin Farhan Al Saud
    code: SAUGOV
    note: foreign minister from 2019-10-23

person bandar-bin-sultan
    ar: بندر بن سلطان | بندر بن سلطان بن عبد العزيز
    en: Bandar bin Sultan
    code: SAUGOV 1983-10-24..2015-01-29
    code: SAUELI

person turki-al-faisal
    ar: تركي الفيصل | تركي الفيصل بن عبد العزيز
    en: Turki al-Faisal | Turki Al Faisal
    code: SAUGOV 1977-09..2007-01
    code: SAUELI

person khalid-bin-salman
    ar: خالد بن سلمان | خالد بن سلمان بن عبد العزيز
    en: Khalid bin Salman
    code: SAUGOV 2017-04-22..
    code: SAUELI
    note: ambassador to the US 2017-2019, deputy defence minister 2019, defence minister from 2022-09-27

person abdulaziz-bin-salman
    ar: عبد العزيز بن سلمان | عبدالعزيز بن سلمان
    en: Abdulaziz bin Salman | Abdulaziz bin Salman Al Saud
    code: SAUGOV
    note: energy minister from 2019-09-08

person turki-al-maliki
    ar: تركي المالكي
    en: Turki al-Maliki
    code: SAUMIL
    note: spokesman of the Saudi-led coalition in Yemen

person ahmed-asiri
    ar: أحمد عسيري | أحمد حسن عسيري
    en: Ahmed Asiri | Ahmed al-Assiri
    code: SAUMIL 2015-03..2017-03
    code: SAUGOV 2017-04..2018-10-20
    code: SAUELI

person abdulaziz-bin-saud-bin-nayef
    ar: عبد العزيز بن سعود بن نايف | عبد العزيز بن سعود
    en: Abdulaziz bin Saud bin Nayef | Abdulaziz bin Saud
    code: SAUGOV 2017-06-21..
    code: SAUELI
    note: interior minister from 2017-06-21

person jamal-khashoggi
    ar: جمال خاشقجي | خاشقجي
    en: Jamal Khashoggi | Khashoggi
    code: SAUMED
    note: journalist killed in the Saudi consulate in Istanbul on 2018-10-02

person loujain-al-hathloul
    ar: لجين الهذلول | الهذلول
    en: Loujain al-Hathloul | Loujain Alhathloul | al-Hathloul
    code: SAUCVL

# United Arab Emirates
person zayed-bin-sultan
    ar: زايد بن سلطان | زايد بن سلطان آل نهيان
    en: Zayed bin Sultan | Zayed bin Sultan Al Nahyan | Sheikh Zayed
    code: AREGOV 1971-12-02..2004-11-02

person khalifa-bin-zayed
    ar: خليفة بن زايد | خليفة بن زايد آل نهيان
    en: Khalifa bin Zayed | Khalifa bin Zayed Al Nahyan
    code: AREGOV 1971-12-02..2022-05-13
    note: president 2004-11-03..2022-05-13 (died)

person mohammed-bin-zayed
    ar: محمد بن زايد | محمد بن زايد آل نهيان
    en: Mohammed bin Zayed | Mohamed bin Zayed | Mohammed bin Zayed Al Nahyan | MBZ
    code: AREGOV 2004-11-03..
    code: AREMIL
    note: crown prince of Abu Dhabi 2004-2022, president from 2022-05-14; bare بن زايد not listed (several sons of Zayed)

person mohammed-bin-rashid
    ar: محمد بن راشد | محمد بن راشد آل مكتوم
    en: Mohammed bin Rashid | Mohammed bin Rashid Al Maktoum
    code: AREGOV
    note: defence minister from 1971, vice-president, prime minister and ruler of Dubai from 2006-01-04

person abdullah-bin-zayed
    ar: عبد الله بن زايد | عبدالله بن زايد | عبد الله بن زايد آل نهيان | عبدالله بن زايد آل نهيان
    en: Abdullah bin Zayed | Abdullah bin Zayed Al Nahyan
    code: AREGOV
    note: foreign minister from 2006-02-09

person anwar-gargash
    ar: أنور قرقاش | قرقاش | أنور محمد قرقاش
    en: Anwar Gargash | Gargash
    code: AREGOV
    note: minister of state for foreign affairs 2008-2021, then diplomatic adviser to the president

person tahnoun-bin-zayed
    ar: طحنون بن زايد | طحنون بن زايد آل نهيان
    en: Tahnoun bin Zayed | Tahnoon bin Zayed
    code: AREGOV

person mansour-bin-zayed
    ar: منصور بن زايد | منصور بن زايد آل نهيان
    en: Mansour bin Zayed
    code: AREGOV

person khaled-bin-mohamed-bin-zayed
    ar: خالد بن محمد بن زايد
    en: Khaled bin Mohamed bin Zayed | Khalid bin Mohamed bin Zayed
    code: AREGOV 2023-03-29..
    code: AREELI
    note: crown prince of Abu Dhabi from 2023-03-29

# Qatar
person khalifa-bin-hamad
    ar: خليفة بن حمد آل ثاني | خليفة بن حمد
    en: Khalifa bin Hamad Al Thani
    code: QATGOV 1972-02-22..1995-06-27
    code: QATELI

person hamad-bin-khalifa
    ar: حمد بن خليفة آل ثاني | حمد بن خليفة
    en: Hamad bin Khalifa Al Thani | Hamad bin Khalifa
    code: QATGOV 1977-05-31..2013-06-25
    code: QATELI
    note: emir 1995-06-27..2013-06-25 (abdicated)

person tamim-bin-hamad
    ar: تميم بن حمد آل ثاني | تميم بن حمد | تميم
    en: Tamim bin Hamad Al Thani | Tamim bin Hamad | Tamim
    code: QATGOV 2003-08-05..
    code: QATELI
    note: crown prince 2003, emir from 2013-06-25; bare تميم = the emir in political news

person hamad-bin-jassim
    ar: حمد بن جاسم | حمد بن جاسم آل ثاني | حمد بن جاسم بن جبر آل ثاني | حمد بن جاسم بن جبر
    en: Hamad bin Jassim | Hamad bin Jassim Al Thani | Hamad bin Jassim bin Jaber Al Thani
    code: QATGOV 1992-09-01..2013-06-26
    code: QATELI
    note: foreign minister 1992-2013, prime minister 2007-04-03..2013-06-26

person abdullah-bin-nasser-al-thani
    ar: عبد الله بن ناصر آل ثاني | عبدالله بن ناصر آل ثاني | عبد الله بن ناصر بن خليفة آل ثاني
    en: Abdullah bin Nasser Al Thani | Abdullah bin Nasser bin Khalifa Al Thani
    code: QATGOV 2013-06-26..2020-01-28
    code: QATELI

person khalid-bin-khalifa-al-thani
    ar: خالد بن خليفة آل ثاني | خالد بن خليفة بن عبد العزيز آل ثاني
    en: Khalid bin Khalifa Al Thani | Khalid bin Khalifa bin Abdulaziz Al Thani
    code: QATGOV 2014..2023-03-07
    code: QATELI
    note: prime minister 2020-01-28..2023-03-07

person mohammed-bin-abdulrahman-al-thani
    ar: محمد بن عبد الرحمن آل ثاني | محمد بن عبدالرحمن آل ثاني | محمد بن عبد الرحمن بن جاسم آل ثاني | محمد بن عبدالرحمن بن جاسم آل ثاني
    en: Mohammed bin Abdulrahman Al Thani | Mohammed bin Abdulrahman bin Jassim Al Thani
    code: QATGOV
    note: foreign minister from 2016-01-28, prime minister from 2023-03-07; bare محمد بن عبد الرحمن not listed

person khalid-al-attiyah
    ar: خالد العطية | خالد بن محمد العطية
    en: Khalid al-Attiyah | Khalid bin Mohammed al-Attiyah
    code: QATGOV 2008..2024-03-07
    code: QATELI
    note: foreign minister 2013-06-26..2016-01-27, minister of state for defence 2016-2024

person majed-al-ansari
    ar: ماجد الأنصاري | ماجد بن محمد الأنصاري
    en: Majed al-Ansari | Majed Al Ansari
    code: QATGOV
    note: foreign ministry spokesman

# Kuwait
person jaber-al-ahmad
    ar: جابر الأحمد الصباح | جابر الأحمد | جابر الأحمد الجابر الصباح | جابر الأحمد الجابر
    en: Jaber al-Ahmad al-Sabah | Jaber al-Ahmad
    code: KWTGOV 1962..2006-01-15
    note: emir 1977-12-31..2006-01-15 (died)

person saad-al-abdullah
    ar: سعد العبد الله | سعد العبدالله | سعد العبد الله السالم الصباح | سعد العبدالله السالم الصباح
    en: Saad al-Abdullah al-Salim al-Sabah | Saad al-Abdullah
    code: KWTGOV 1978-02-08..2006-01-24
    code: KWTELI
    note: crown prince and prime minister 1978-2003, emir 2006-01-15..2006-01-24

person sabah-al-ahmad
    ar: صباح الأحمد | صباح الأحمد الجابر الصباح | صباح الأحمد الصباح | صباح الأحمد الجابر
    en: Sabah al-Ahmad al-Jaber al-Sabah | Sabah al-Ahmad
    code: KWTGOV 1963-01-28..2020-09-29
    note: foreign minister 1963-2003, prime minister 2003-2006, emir 2006-01-29..2020-09-29 (died)

person nawaf-al-ahmad
    ar: نواف الأحمد | نواف الأحمد الجابر الصباح | نواف الأحمد الصباح | نواف الأحمد الجابر
    en: Nawaf al-Ahmad al-Jaber al-Sabah | Nawaf al-Ahmad
    code: KWTGOV 1978-03-16..2023-12-16
    note: crown prince 2006-2020, emir 2020-09-30..2023-12-16 (died)

person mishal-al-ahmad
    ar: مشعل الأحمد | مشعل الأحمد الجابر الصباح | مشعل الأحمد الصباح | مشعل الأحمد الجابر
    en: Mishal al-Ahmad al-Jaber al-Sabah | Meshal al-Ahmad | Mishal al-Ahmad
    code: KWTGOV
    note: crown prince 2020-10-08, emir from 2023-12-16; bare مشعل not listed (Khaled Mashal, torch)

person sabah-al-khalid
    ar: صباح الخالد | صباح الخالد الحمد الصباح
    en: Sabah al-Khalid al-Sabah | Sabah Khalid al-Hamad al-Sabah
    code: KWTGOV 2006..2022-07-24
    code: KWTGOV 2024-06-01..
    code: KWTELI
    note: foreign minister 2011-2019, prime minister 2019-11-19..2022-07-24, crown prince from 2024-06-01

person mohammad-sabah-al-salem
    ar: محمد صباح السالم | محمد صباح السالم الصباح
    en: Mohammad Sabah al-Salem al-Sabah | Mohammad al-Sabah
    code: KWTGOV 2003-07-14..2011-10-18
    code: KWTGOV 2024-01-04..2024-04-15
    code: KWTELI

person ahmad-abdullah-al-ahmad
    ar: أحمد عبد الله الأحمد الصباح | أحمد عبدالله الأحمد الصباح
    en: Ahmad Abdullah al-Ahmad al-Sabah
    code: KWTGOV 2024-04-15..
    code: KWTELI
    note: prime minister from 2024-04-15 (government formed 2024-05-15)

# Bahrain
person isa-bin-salman
    ar: عيسى بن سلمان آل خليفة | عيسى بن سلمان
    en: Isa bin Salman Al Khalifa
    code: BHRGOV 1961-11-02..1999-03-06

person hamad-bin-isa
    ar: حمد بن عيسى آل خليفة | حمد بن عيسى
    en: Hamad bin Isa Al Khalifa | King Hamad
    en: Hamad bin Isa
    code: BHRGOV
    note: emir from 1999-03-06, king from 2002-02-14

person khalifa-bin-salman
    ar: خليفة بن سلمان آل خليفة | خليفة بن سلمان
    en: Khalifa bin Salman Al Khalifa
    code: BHRGOV 1970-01-19..2020-11-11
    note: prime minister until his death 2020-11-11

person salman-bin-hamad
    ar: سلمان بن حمد آل خليفة | سلمان بن حمد
    en: Salman bin Hamad Al Khalifa
    en: Salman bin Hamad | Salman bin Hamad al-Khalifa
    code: BHRGOV 1999-03-09..
    code: BHRELI
    note: crown prince, prime minister from 2020-11-11

person khalid-bin-ahmed-al-khalifa
    ar: خالد بن أحمد آل خليفة | خالد بن أحمد بن محمد آل خليفة
    en: Khalid bin Ahmed Al Khalifa
    code: BHRGOV
    note: foreign minister 2005-2020

person abdullatif-al-zayani
    ar: عبد اللطيف الزياني | عبداللطيف الزياني | الزياني | عبد اللطيف بن راشد الزياني
    en: Abdullatif al-Zayani | Abdul Latif bin Rashid Al Zayani | Zayani
    code: IGOGCC 2011-04-01..2020-01-31
    code: BHRGOV 2020-02-11..
    code: BHRELI
    note: GCC secretary-general 2011-2020, foreign minister from 2020-02-11

# Oman
person qaboos-bin-said
    ar: قابوس بن سعيد | قابوس | قابوس بن سعيد آل سعيد
    en: Qaboos bin Said | Sultan Qaboos | Qaboos
    code: OMNGOV 1970-07-23..2020-01-10

person haitham-bin-tariq
    ar: هيثم بن طارق | هيثم بن طارق آل سعيد
    en: Haitham bin Tariq | Haitham bin Tarik
    code: OMNGOV
    note: sultan from 2020-01-11

person yusuf-bin-alawi
    ar: يوسف بن علوي | يوسف بن علوي بن عبد الله
    en: Yusuf bin Alawi | Yusuf bin Alawi bin Abdullah
    code: OMNGOV 1982..2020-08-18
    code: OMNELI

person badr-albusaidi
    ar: بدر البوسعيدي | بدر بن حمد البوسعيدي | بدر بن حمد بن حمود البوسعيدي
    en: Badr Albusaidi | Badr al-Busaidi | Sayyid Badr Albusaidi | Albusaidi
    code: OMNGOV
    note: foreign minister from 2020-08-18; bare البوسعيدي (the royal family name) not listed

# Jordan
person hussein-bin-talal
    ar: الحسين بن طلال
    en: Hussein bin Talal | King Hussein
    code: JORGOV 1952-08-11..1999-02-07

person abdullah-ii
    ar: عبد الله الثاني | عبدالله الثاني | عبد الله الثاني بن الحسين | عبدالله الثاني بن الحسين | عبد الله بن الحسين
    en: Abdullah II | King Abdullah II | Abdullah II of Jordan | Abdullah II bin Al-Hussein
    code: JORGOV 1999-02-07..
    code: JORMIL
    note: bare عبد الله / الملك عبد الله not listed (Saudi King Abdullah 2005-2015)

person hassan-bin-talal
    ar: الحسن بن طلال
    en: Hassan bin Talal | Prince Hassan
    code: JORGOV 1965-04-01..1999-01-25
    code: JORELI

person hussein-bin-abdullah
    ar: الحسين بن عبد الله الثاني | الحسين بن عبدالله الثاني
    en: Crown Prince Hussein bin Abdullah | Hussein bin Abdullah II
    code: JORGOV
    note: crown prince from 2009-07-02

person nasser-judeh
    ar: ناصر جودة
    en: Nasser Judeh
    code: JORGOV 2009-02-23..2017-01-15
    code: JORELI

person ayman-safadi
    ar: أيمن الصفدي | الصفدي
    en: Ayman Safadi | Ayman al-Safadi | Safadi
    code: JORGOV 2017-01-15..
    code: JORELI
    note: bare الصفدي = Ayman Safadi (Jordan's foreign minister); Lebanese Safadis have full names

person marwan-muasher
    ar: مروان المعشر
    en: Marwan Muasher | Muasher
    code: JORGOV 2002-01..2005-04
    code: JORELI

person abdullah-ensour
    ar: عبد الله النسور | عبدالله النسور
    en: Abdullah Ensour
    code: JORGOV 2012-10-11..2016-06-01
    code: JORELI

person hani-mulki
    ar: هاني الملقي
    en: Hani Mulki | Hani al-Mulki
    code: JORGOV 2016-06-01..2018-06-14
    code: JORELI

person omar-razzaz
    ar: عمر الرزاز
    en: Omar Razzaz | Omar al-Razzaz
    code: JORGOV 2017-01-15..2020-10-07
    code: JORELI

person bisher-khasawneh
    ar: بشر الخصاونة | بشر هاني الخصاونة
    en: Bisher Khasawneh | Bisher al-Khasawneh
    code: JORGOV 2020-10-07..2024-09-15
    code: JORELI

person jafar-hassan
    ar: جعفر حسان
    en: Jafar Hassan | Jaafar Hassan
    code: JORGOV 2024-09-15..
    code: JORELI

# Egypt
person anwar-sadat
    ar: أنور السادات | محمد أنور السادات | السادات
    en: Anwar Sadat | Anwar al-Sadat | Muhammad Anwar el-Sadat | Sadat
    code: EGYGOV 1970-10-15..1981-10-06
    note: assassinated 1981-10-06; bare السادات = Anwar Sadat

person hosni-mubarak
    ar: حسني مبارك | محمد حسني مبارك | محمد حسني السيد مبارك
    en: Hosni Mubarak | Muhammad Hosni Mubarak | Mubarak
    code: EGYGOV 1975-04-15..2011-02-11
    code: EGYELI
    note: vice-president 1975-1981, president 1981-10-14..2011-02-11; bare مبارك (= blessed) not listed

person gamal-mubarak
    ar: جمال مبارك
    en: Gamal Mubarak
    code: EGYELI

person hussein-tantawi
    ar: محمد حسين طنطاوي | حسين طنطاوي | طنطاوي
    en: Mohamed Hussein Tantawi | Hussein Tantawi | Tantawi
    code: EGYMIL 1991-05-20..2011-02-10
    code: EGYGOV 2011-02-11..2012-06-30
    code: EGYMIL 2012-07-01..2012-08-12
    code: EGYELI
    note: defence minister 1991-2012, head of the military council 2011-2012; Sheikh Mohamed Sayed Tantawy of al-Azhar has full names

person mohamed-morsi
    ar: محمد مرسي | مرسي | محمد محمد مرسي العياط | محمد مرسى
    en: Mohamed Morsi | Mohammed Mursi | Morsi | Mursi
    code: EGYGOV 2012-06-30..2013-07-03
    code: EGYOPP
    note: died 2019-06-17; bare مرسي also occurs in place names (مرسى مطروح، مرسى علم) which the city lexicon should claim first

person adly-mansour
    ar: عدلي منصور
    en: Adly Mansour | Adli Mansour
    code: EGYGOV 2013-07-04..2014-06-08
    code: EGYJUD

person abdel-fattah-el-sisi
    ar: عبد الفتاح السيسي | عبدالفتاح السيسي | السيسي | عبد الفتاح سعيد حسين خليل السيسي
    en: Abdel Fattah el-Sisi | Abdel Fattah al-Sisi | Abdel-Fattah el-Sissi | el-Sisi | al-Sisi | Sisi | Sissi
    code: EGYGOV 2012-08-12..
    code: EGYMIL
    note: defence minister 2012-08-12..2014-03-26, president from 2014-06-08

person ahmed-nazif
    ar: أحمد نظيف
    en: Ahmed Nazif
    code: EGYGOV 1999-10-05..2011-01-29
    code: EGYELI
    note: prime minister 2004-07-14..2011-01-29

person atef-ebeid
    ar: عاطف عبيد
    en: Atef Ebeid | Atef Obeid
    code: EGYGOV 1984..2004-07-14
    code: EGYELI
    note: prime minister 1999-10-05..2004-07-14

person kamal-ganzouri
    ar: كمال الجنزوري | الجنزوري
    en: Kamal Ganzouri | Kamal el-Ganzouri | Ganzouri
    code: EGYGOV 1996-01-04..1999-10-05
    code: EGYGOV 2011-12-07..2012-08-02
    code: EGYELI

person ahmed-shafik
    ar: أحمد شفيق
    en: Ahmed Shafik | Ahmed Shafiq
    code: EGYGOV 2002-09..2011-03-03
    code: EGYELI

person essam-sharaf
    ar: عصام شرف
    en: Essam Sharaf
    code: EGYGOV 2011-03-03..2011-12-07
    code: EGYELI

person hesham-qandil
    ar: هشام قنديل
    en: Hesham Qandil | Hisham Kandil
    code: EGYGOV 2011-07..2013-07-08
    code: EGYELI

person hazem-el-beblawi
    ar: حازم الببلاوي | الببلاوي
    en: Hazem el-Beblawi | Hazem Beblawi | Beblawi
    code: EGYGOV 2013-07-09..2014-03-01
    code: EGYELI

person ibrahim-mahlab
    ar: إبراهيم محلب | محلب
    en: Ibrahim Mahlab | Mahlab
    code: EGYGOV 2013-07-16..2015-09-19
    code: EGYELI

person sherif-ismail
    ar: شريف إسماعيل
    en: Sherif Ismail
    code: EGYGOV 2013-07-16..2018-06-07
    code: EGYELI

person mostafa-madbouly
    ar: مصطفى مدبولي | مدبولي | مصطفى كمال مدبولي
    en: Mostafa Madbouly | Moustafa Madbouly | Madbouly
    code: EGYGOV
    note: housing minister from 2014-03-01, prime minister from 2018-06-07

person boutros-boutros-ghali
    ar: بطرس بطرس غالي | بطرس غالي
    en: Boutros Boutros-Ghali | Boutros-Ghali
    code: EGYGOV 1977-10..1991-12-31
    code: IGOUNO 1992-01-01..1996-12-31
    code: EGYELI
    note: UN secretary-general 1992-1996; bare غالي (= expensive) not listed

person esmat-abdel-meguid
    ar: عصمت عبد المجيد | عصمت عبدالمجيد
    en: Esmat Abdel Meguid | Ismat Abdel-Meguid
    code: EGYGOV 1984-07..1991-05-14
    code: IGOMEAARL 1991-05-15..2001-05-14
    code: EGYELI
    note: foreign minister 1984-1991, Arab League secretary-general 1991-2001

person amr-moussa
    ar: عمرو موسى
    en: Amr Moussa | Amr Mousa
    code: EGYGOV 1991-05-20..2001-05-14
    code: IGOMEAARL 2001-05-15..2011-06-30
    code: EGYELI
    note: foreign minister 1991-2001, Arab League secretary-general 2001-2011

person ahmed-aboul-gheit
    ar: أحمد أبو الغيط | أبو الغيط | أحمد أبوالغيط | أبوالغيط
    en: Ahmed Aboul Gheit | Ahmed Abul Gheit | Aboul Gheit | Aboul-Gheit
    code: EGYGOV 2004-07-14..2011-03-06
    code: IGOMEAARL 2016-07-01..
    code: EGYELI
    note: foreign minister 2004-2011, Arab League secretary-general from 2016-07-01

person nabil-elaraby
    ar: نبيل العربي
    en: Nabil Elaraby | Nabil el-Araby | Nabil al-Arabi | Elaraby
    code: EGYGOV 2011-03-06..2011-06-30
    code: IGOMEAARL 2011-07-01..2016-06-30
    code: EGYELI
    note: bare العربي (= Arab) obviously not listed

person mohamed-kamel-amr
    ar: محمد كامل عمرو
    en: Mohamed Kamel Amr
    code: EGYGOV 2011-07-17..2013-07-16
    code: EGYELI

person nabil-fahmy
    ar: نبيل فهمي
    en: Nabil Fahmy
    code: EGYGOV 2013-07-16..2014-06-17
    code: EGYELI

person sameh-shoukry
    ar: سامح شكري
    en: Sameh Shoukry | Sameh Shukri | Shoukry
    code: EGYGOV 2014-06-17..2024-07-03
    code: EGYELI
    note: bare شكري (= my thanks) not listed in Arabic

person badr-abdelatty
    ar: بدر عبد العاطي | بدر عبدالعاطي
    en: Badr Abdelatty | Badr Abdel Aty | Abdelatty
    code: EGYGOV
    note: foreign minister from 2024-07-03

person mohamed-elbaradei
    ar: محمد البرادعي | البرادعي
    en: Mohamed ElBaradei | Mohamed el-Baradei | ElBaradei | Baradei
    code: IGOUNO 1997-12-01..2009-11-30
    code: EGYGOV 2013-07-14..2013-08-14
    code: EGYOPP
    note: IAEA director-general 1997-2009, interim vice-president 2013

person omar-suleiman
    ar: عمر سليمان
    en: Omar Suleiman
    code: EGYGOV 1993-01-22..2011-02-11
    code: EGYELI
    note: intelligence chief 1993-2011, vice-president 2011; died 2012-07-19

person abbas-kamel
    ar: عباس كامل
    en: Abbas Kamel
    code: EGYGOV 2014-06..2024-10-16
    code: EGYELI
    note: general intelligence chief 2018-2024

person hassan-rashad
    ar: حسن رشاد | حسن محمود رشاد
    en: Hassan Rashad | Hassan Mahmoud Rashad
    code: EGYGOV
    note: general intelligence chief from 2024-10-16

person mohamed-badie
    ar: محمد بديع
    en: Mohamed Badie | Mohammed Badie
    code: EGYOPP
    note: Muslim Brotherhood general guide

person khairat-el-shater
    ar: خيرت الشاطر
    en: Khairat el-Shater | Khairat al-Shater
    code: EGYOPP

person ahmed-el-tayeb
    ar: أحمد الطيب | أحمد محمد الطيب
    en: Ahmed el-Tayeb | Ahmed al-Tayyeb
    code: EGYREL
    note: Grand Imam of al-Azhar from 2010-03-19

person alaa-abd-el-fattah
    ar: علاء عبد الفتاح
    en: Alaa Abd El-Fattah | Alaa Abd el-Fattah | Alaa Abdel Fattah
    code: EGYOPP
    note: activist, imprisoned 2019 until his pardon in September 2025

# Israel
person menachem-begin
    ar: مناحيم بيغن | بيغن | مناحيم بيجن | بيجن
    en: Menachem Begin
    code: ISRGOV 1977-06-20..1983-10-10
    code: ISRELI

person yitzhak-shamir
    ar: إسحاق شامير | شامير | اسحق شامير | يتسحاق شامير
    en: Yitzhak Shamir | Shamir
    code: ISRGOV 1980-03-10..1992-07-13
    code: ISROPP 1992-07-14..1993-03
    code: ISRELI

person shimon-peres
    ar: شمعون بيريز | بيريز | شمعون بيرس | بيرس | شيمون بيريز
    en: Shimon Peres | Peres
    code: ISRGOV 1984-09-13..1990-03-15
    code: ISRGOV 1992-07-13..1996-06-18
    code: ISRGOV 2001-03-07..2002-11-02
    code: ISRGOV 2005-01-10..2014-07-24
    code: ISRELI
    note: prime minister 1984-1986 and 1995-1996, foreign minister, president 2007-07-15..2014-07-24

person yitzhak-rabin
    ar: إسحاق رابين | رابين | اسحق رابين | يتسحاق رابين
    en: Yitzhak Rabin | Rabin
    code: ISRGOV 1974-06-03..1977-06-20
    code: ISRGOV 1984-09-13..1990-03-15
    code: ISRGOV 1992-07-13..1995-11-04
    code: ISRELI
    note: assassinated 1995-11-04

person benjamin-netanyahu
    ar: بنيامين نتنياهو | نتنياهو | نتانياهو | بنيامين نتانياهو | بنجامين نتنياهو | بنيامين نيتنياهو | نيتنياهو
    en: Benjamin Netanyahu | Binyamin Netanyahu | Netanyahu | Bibi Netanyahu
    code: ISRGOV 1996-06-18..1999-07-06
    code: ISRGOV 2002-11-06..2005-08-09
    code: ISROPP 2005-12-20..2009-03-30
    code: ISRGOV 2009-03-31..2021-06-13
    code: ISROPP 2021-06-14..2022-12-28
    code: ISRGOV 2022-12-29..
    code: ISRELI

person ehud-barak
    ar: إيهود باراك
    en: Ehud Barak | Barak
    code: ISRMIL 1991-04-01..1995-01-01
    code: ISRGOV 1995-07..1996-06-18
    code: ISRGOV 1999-07-06..2001-03-07
    code: ISRGOV 2007-06-18..2013-03-18
    code: ISRELI
    note: bare باراك (Arabic) = Tom Barrack in 2025- news; English bare Barak kept here

person ariel-sharon
    ar: أرييل شارون | شارون | أريئيل شارون | ارئيل شارون | أريل شارون
    en: Ariel Sharon | Sharon
    code: ISRGOV 1981-08-05..1983-02-14
    code: ISRGOV 1998-10-13..1999-07-06
    code: ISROPP 1999-07-07..2001-03-06
    code: ISRGOV 2001-03-07..2006-04-14
    code: ISRELI
    note: prime minister 2001-03-07..2006-04-14 (incapacitated 2006-01-04); died 2014-01-11

person ehud-olmert
    ar: إيهود أولمرت | أولمرت
    en: Ehud Olmert | Olmert
    code: ISRGOV 2003-02-28..2009-03-31
    code: ISRELI

person tzipi-livni
    ar: تسيبي ليفني | ليفني | تزيبي ليفني
    en: Tzipi Livni | Livni
    code: ISRGOV 2001-03-07..2009-03-31
    code: ISROPP 2009-04-01..2012-05-08
    code: ISRGOV 2013-03-18..2014-12-02
    code: ISRELI
    note: foreign minister 2006-05-04..2009-03-31

person silvan-shalom
    ar: سيلفان شالوم
    en: Silvan Shalom
    code: ISRGOV 2003-02-28..2006-01-16
    code: ISRGOV 2009-03-31..2015-12-24
    code: ISRELI

person david-levy
    ar: ديفيد ليفي | دافيد ليفي
    en: David Levy
    code: ISRGOV 1990-06-11..1992-07-13
    code: ISRGOV 1996-06-18..1998-01-06
    code: ISRGOV 1999-07-06..2000-08-04
    code: ISRELI

person avigdor-lieberman
    ar: أفيغدور ليبرمان | ليبرمان | أفيجدور ليبرمان
    en: Avigdor Lieberman | Avigdor Liberman | Lieberman | Liberman
    code: ISRGOV 2009-03-31..2012-12-18
    code: ISRGOV 2013-11-11..2015-05-14
    code: ISRGOV 2016-05-30..2018-11-14
    code: ISRGOV 2021-06-13..2022-12-29
    code: ISROPP

person moshe-yaalon
    ar: موشيه يعالون | يعالون | موشي يعالون | موشيه يعلون
    en: Moshe Ya'alon | Moshe Yaalon | Ya'alon | Yaalon
    code: ISRMIL 2002-07-09..2005-06-01
    code: ISRGOV 2009-03-31..2016-05-20
    code: ISROPP

person gabi-ashkenazi
    ar: غابي أشكنازي | جابي أشكنازي | أشكنازي
    en: Gabi Ashkenazi | Ashkenazi
    code: ISRMIL 2007-02-14..2011-02-14
    code: ISRGOV 2020-05-17..2021-06-13
    code: ISRELI

person naftali-bennett
    ar: نفتالي بينيت | بينيت | نفتالي بينت
    en: Naftali Bennett
    code: ISRGOV 2013-03-18..2019-06-02
    code: ISRGOV 2019-11-12..2020-05-17
    code: ISRGOV 2021-06-13..2022-06-30
    code: ISRELI
    note: bare Bennett (English) and بينت (= بيّنت, showed) not listed

person yair-lapid
    ar: يائير لابيد | لابيد | يائير لبيد
    en: Yair Lapid | Lapid
    code: ISRGOV 2013-03-18..2014-12-02
    code: ISRGOV 2021-06-13..2022-12-29
    code: ISROPP
    note: foreign minister 2021-2022, prime minister 2022-07-01..2022-12-29, opposition leader otherwise

person benny-gantz
    ar: بيني غانتس | غانتس | بيني جانتس | جانتس | بني غانتس
    en: Benny Gantz | Gantz
    code: ISRMIL 2011-02-14..2015-02-16
    code: ISRGOV 2020-05-17..2022-12-29
    code: ISRGOV 2023-10-11..2024-06-09
    code: ISROPP

person yoav-gallant
    ar: يوآف غالانت | غالانت | يوآف جالانت | جالانت
    en: Yoav Gallant | Gallant
    code: ISRGOV 2015-05-14..2021-06-13
    code: ISRGOV 2022-12-29..2024-11-05
    code: ISRELI
    note: defence minister 2022-12-29..2024-11-05

person israel-katz
    ar: يسرائيل كاتس | كاتس | يسرائيل كاتز | كاتز | إسرائيل كاتس | إسرائيل كاتز
    en: Israel Katz | Yisrael Katz | Katz
    code: ISRGOV 2009-03-31..2021-06-13
    code: ISRGOV 2022-12-29..
    code: ISRELI
    note: foreign minister 2019-2020 and 2024, defence minister from 2024-11-05

person gideon-saar
    ar: جدعون ساعر | ساعر | جدعون ساعار | غدعون ساعر | جدعون سار
    en: Gideon Sa'ar | Gideon Saar | Sa'ar | Saar
    code: ISRGOV 2009-03-31..2014-11-05
    code: ISRGOV 2021-06-13..2022-12-29
    code: ISRGOV 2024-09-29..
    code: ISROPP
    note: foreign minister from 2024-11-05

person ron-dermer
    ar: رون ديرمر | ديرمر
    en: Ron Dermer | Dermer
    code: ISRGOV

person itamar-ben-gvir
    ar: إيتمار بن غفير | بن غفير | ايتمار بن جفير | بن جفير | إيتمار بن غبير
    en: Itamar Ben-Gvir | Itamar Ben Gvir | Ben-Gvir | Ben Gvir
    code: ISRGOV 2022-12-29..2025-01-19
    code: ISRGOV 2025-03-19..
    code: ISRELI

person bezalel-smotrich
    ar: بتسلئيل سموتريتش | سموتريتش | بتسلئيل سموتريش | سموتريش | بيتسلئيل سموتريتش
    en: Bezalel Smotrich | Smotrich
    code: ISRGOV 2019-06-17..2020-05-17
    code: ISRGOV 2022-12-29..
    code: ISRELI

person chaim-herzog
    ar: حاييم هرتسوغ | حاييم هيرتسوغ | حاييم هرتزوغ
    en: Chaim Herzog
    code: ISRGOV 1983-05-05..1993-05-13
    code: ISRELI

person isaac-herzog
    ar: إسحاق هرتسوغ | يتسحاق هرتسوغ | هرتسوغ | هيرتسوغ | هرتزوغ | اسحق هرتسوغ
    en: Isaac Herzog | Yitzhak Herzog | Herzog
    code: ISROPP 2015-03-31..2018-07-23
    code: ISRGOV 2021-07-07..
    code: ISRELI
    note: president from 2021-07-07; bare هرتسوغ = Isaac (Chaim Herzog has full names)

person reuven-rivlin
    ar: رؤوفين ريفلين | ريفلين | رؤوبين ريفلين | روبين ريفلين
    en: Reuven Rivlin | Rivlin
    code: ISRGOV 2014-07-24..2021-07-07
    code: ISRELI

person moshe-katsav
    ar: موشيه كتساف | كتساف | موشيه قصاب
    en: Moshe Katsav | Katsav
    code: ISRGOV 2000-08-01..2007-07-01
    code: ISRELI

person ezer-weizman
    ar: عيزر وايزمن | وايزمن | عازر وايزمان
    en: Ezer Weizman | Weizman
    code: ISRGOV 1993-05-13..2000-07-13
    code: ISRELI

person gilad-erdan
    ar: جلعاد إردان | إردان | غلعاد أردان
    en: Gilad Erdan | Erdan
    code: ISRGOV 2009-03-31..2024-08
    code: ISRELI
    note: UN ambassador 2020-2024

person danny-danon
    ar: داني دانون | دانون
    en: Danny Danon | Danon
    code: ISRGOV 2015-10..2020-08
    code: ISRGOV 2024-08..
    code: ISRELI
    note: UN ambassador 2015-2020 and from 2024

person david-barnea
    ar: ديفيد برنياع | دافيد برنياع | برنياع
    en: David Barnea | Barnea
    code: ISRGOV
    note: Mossad director from 2021-06-01

person ronen-bar
    ar: رونين بار | رونين بر
    en: Ronen Bar
    code: ISRGOV 2021-10-13..2025-06-15
    code: ISRELI
    note: Shin Bet director

person gadi-eisenkot
    ar: غادي آيزنكوت | آيزنكوت | جادي أيزنكوت
    en: Gadi Eisenkot | Eisenkot
    code: ISRMIL 2015-02-16..2019-01-15
    code: ISRGOV 2023-10-11..2024-06-09
    code: ISRELI

person aviv-kochavi
    ar: أفيف كوخافي | كوخافي | أفيف كوخابي
    en: Aviv Kochavi | Kochavi
    code: ISRMIL 2019-01-15..2023-01-16
    code: ISRELI

person herzi-halevi
    ar: هرتسي هاليفي | هاليفي | هرتسي هليفي | هيرتسي هاليفي
    en: Herzi Halevi | Halevi
    code: ISRMIL 2023-01-16..2025-03-05
    code: ISRELI

person eyal-zamir
    ar: إيال زامير | زامير
    en: Eyal Zamir | Zamir
    code: ISRMIL
    note: chief of staff from 2025-03-05

person avichay-adraee
    ar: أفيخاي أدرعي | أدرعي | أفيخاي أدرعى
    en: Avichay Adraee | Avichai Adraee | Adraee
    code: ISRMIL
    note: Israeli army spokesman for Arabic media

person daniel-hagari
    ar: دانيال هاغاري | هاغاري | دانييل هاغاري | دانيال هغاري
    en: Daniel Hagari | Hagari
    code: ISRMIL

person eli-cohen
    ar: إيلي كوهين | ايلي كوهين
    en: Eli Cohen
    code: ISRGOV 2019-05..
    code: ISRELI
    note: minister from 2019; foreign minister 2023-01-01..2024-01-01, later energy minister; shares his name with the spy executed in Syria in 1965

person yair-golan
    ar: يائير غولان | يائير جولان
    en: Yair Golan
    code: ISRMIL ..2018-05
    code: ISROPP
    note: former deputy chief of staff; leader of The Democrats from 2024

person tzachi-hanegbi
    ar: تساحي هنغبي | هنغبي | تساحي هانغبي
    en: Tzachi Hanegbi | Hanegbi
    code: ISRGOV 2023-01..2025-10
    code: ISRELI
    note: national security adviser 2023-2025

person amir-ohana
    ar: أمير أوحانا | أوحانا
    en: Amir Ohana | Ohana
    code: ISRGOV 2019-06..2021-06-13
    code: ISRLEG 2022-12-29..
    code: ISRELI
    note: Knesset speaker from 2022-12-29

person david-zini
    ar: ديفيد زيني | دافيد زيني
    en: David Zini | Zini
    code: ISRSPY 2025-10..
    code: ISRMIL
    note: Shin Bet director from October 2025

# Palestine
person yasser-arafat
    ar: ياسر عرفات | عرفات | أبو عمار | محمد عبد الرحمن عبد الرؤوف عرفات القدوة الحسيني
    en: Yasser Arafat | Yasir Arafat | Arafat | Abu Ammar
    code: PSEGOV 1994-07-01..2004-11-11
    code: PSEREB
    note: PLO chairman 1969-2004, Palestinian Authority president from 1994; died 2004-11-11

person mahmoud-abbas
    ar: محمود عباس | عباس | أبو مازن | محمود رضا عباس
    en: Mahmoud Abbas | Abu Mazen | Abbas
    code: PSEGOV 2003-03-19..2003-10-07
    code: PSEGOV 2004-11-11..
    code: PSEELI
    note: prime minister 2003, PLO chairman from 2004-11-11, president from 2005-01-15; bare عباس = Mahmoud Abbas (Araghchi, Abbas Kamel, Abbas Mousavi, Abbas Ibrahim have full names)

person ahmed-qurei
    ar: أحمد قريع | قريع
    en: Ahmed Qurei | Ahmed Qureia | Abu Alaa | Qurei
    code: PSEGOV 1996-03..2006-03-29
    code: PSEELI
    note: speaker 1996-2003, prime minister 2003-10-07..2006-03-29; kunya أبو علاء not listed (shared)

person farouk-kaddoumi
    ar: فاروق القدومي | القدومي | أبو اللطف
    en: Farouk Kaddoumi | Farouq Qaddumi | Kaddoumi
    code: PSEREB
    note: head of the PLO political department

person nabil-shaath
    ar: نبيل شعث | شعث
    en: Nabil Shaath | Shaath
    code: PSEGOV 1994-05..2006-03-29
    code: PSEELI

person salam-fayyad
    ar: سلام فياض
    en: Salam Fayyad | Fayyad
    code: PSEGOV 2002-06..2005-12
    code: PSEGOV 2007-03-17..2013-06-06
    code: PSEELI
    note: prime minister 2007-06-15..2013-06-06; bare فياض not listed (Falih al-Fayyadh; فياض = abundant)

person rami-hamdallah
    ar: رامي الحمد الله | رامي الحمدالله
    en: Rami Hamdallah | Hamdallah
    code: PSEGOV 2013-06-06..2019-04-13
    code: PSEELI
    note: bare الحمد الله (≈ الحمد لله) not listed

person mohammad-shtayyeh
    ar: محمد اشتية | اشتية | محمد اشتيه | اشتيه | محمد شتية | شتية
    en: Mohammad Shtayyeh | Shtayyeh | Shtayeh
    code: PSEGOV 2019-04-13..2024-03-31
    code: PSEELI

person mohammad-mustafa
    ar: محمد مصطفى
    en: Mohammad Mustafa
    code: PSEGOV 2024-03-31..
    code: PSEELI
    note: prime minister from 2024-03-31; a common name - trust it only in Palestinian contexts

person riyad-al-maliki
    ar: رياض المالكي
    en: Riyad al-Maliki | Riad Malki | Riyad al-Malki
    code: PSEGOV 2007-06-17..2024-03-31
    code: PSEELI

person varsen-aghabekian
    ar: فارسين أغابكيان | فارسين أغابكيان شاهين | أغابكيان
    en: Varsen Aghabekian | Varsen Aghabekian Shahin | Aghabekian
    code: PSEGOV 2024-03-31..
    code: PSEELI

person saeb-erekat
    ar: صائب عريقات | عريقات
    en: Saeb Erekat | Saeb Erakat | Erekat | Erakat
    code: PSEGOV 1994..2020-11-10
    note: chief negotiator, PLO secretary-general 2015-2020; died 2020-11-10

person hussein-al-sheikh
    ar: حسين الشيخ
    en: Hussein al-Sheikh | Hussein al-Shaikh
    code: PSEGOV
    note: PLO secretary-general from 2022, PLO and State of Palestine vice-president from 2025-04-26

person jibril-rajoub
    ar: جبريل الرجوب | الرجوب
    en: Jibril Rajoub | Jibril al-Rajoub | Rajoub
    code: PSEELI

person mohammed-dahlan
    ar: محمد دحلان | دحلان
    en: Mohammed Dahlan | Mohammad Dahlan | Dahlan
    code: PSEGOV 1994-05..2007-07
    code: PSEOPP 2011-06-12..
    code: PSEELI

person marwan-barghouti
    ar: مروان البرغوثي
    en: Marwan Barghouti
    code: PSEELI
    note: Fatah leader imprisoned in Israel since 2002; bare البرغوثي not listed

person mustafa-barghouti
    ar: مصطفى البرغوثي
    en: Mustafa Barghouti
    code: PSEOPP

person riyad-mansour
    ar: رياض منصور
    en: Riyad Mansour | Riyad H. Mansour
    code: PSEGOV
    note: Palestinian UN ambassador from 2005

person nabil-abu-rudeineh
    ar: نبيل أبو ردينة | أبو ردينة | نبيل ابو ردينه
    en: Nabil Abu Rudeineh | Abu Rudeineh
    code: PSEGOV

person majed-faraj
    ar: ماجد فرج
    en: Majed Faraj | Majid Faraj
    code: PSEGOV

person ahmed-yassin
    ar: أحمد ياسين | أحمد إسماعيل ياسين
    en: Ahmed Yassin | Sheikh Ahmed Yassin
    code: PSEREB
    note: Hamas founder; killed 2004-03-22

person abdel-aziz-al-rantisi
    ar: عبد العزيز الرنتيسي | عبدالعزيز الرنتيسي | الرنتيسي
    en: Abdel Aziz al-Rantisi | Abdel-Aziz Rantisi | Rantisi
    code: PSEREB
    note: killed 2004-04-17

person ismail-haniyeh
    ar: إسماعيل هنية | هنية | اسماعيل هنيه | هنيه | إسماعيل عبد السلام هنية
    en: Ismail Haniyeh | Ismail Haniya | Haniyeh | Haniya
    code: PSEGOV 2006-03-29..2007-06-14
    code: PSEREB
    note: Palestinian Authority prime minister 2006-2007, Hamas head in Gaza, politburo chief 2017-05-06..2024-07-31 (killed)

person khaled-mashal
    ar: خالد مشعل | خالد مشعل أبو الوليد
    en: Khaled Mashal | Khaled Meshaal | Khaled Mashaal | Meshaal | Mashaal
    code: PSEREB
    note: Hamas politburo chief 1996-2017; bare مشعل not listed (Kuwaiti emir Mishal, torch)

person yahya-sinwar
    ar: يحيى السنوار | السنوار | يحيى إبراهيم السنوار
    en: Yahya Sinwar | Yahya al-Sinwar | Sinwar
    code: PSEREB
    note: Hamas Gaza chief from 2017-02-13, politburo chief 2024-08-06..2024-10-16 (killed); bare السنوار = Yahya

person mohammed-sinwar
    ar: محمد السنوار
    en: Mohammed Sinwar | Mohammad Sinwar
    code: PSEREB

person mohammed-deif
    ar: محمد الضيف | محمد دياب المصري | محمد دياب إبراهيم المصري
    en: Mohammed Deif | Mohammed Dief | Deif
    code: PSEREB
    note: Qassam Brigades commander; killed 2024-07-13; bare الضيف (= the guest) not listed

person abu-obaida
    ar: أبو عبيدة
    en: Abu Obaida | Abu Ubaida
    en: Abu Obeida | Abu Ubaydah | Abu Obaidah
    code: PSEREB
    note: Qassam Brigades spokesman; a kunya shared by others (al-Shabaab leader) but in Arabic news it is almost always him

person saleh-al-arouri
    ar: صالح العاروري | العاروري
    en: Saleh al-Arouri | Salah al-Arouri | Arouri
    code: PSEREB
    note: killed 2024-01-02

person mousa-abu-marzouk
    ar: موسى أبو مرزوق | أبو مرزوق | موسى محمد أبو مرزوق
    en: Mousa Abu Marzouk | Moussa Abu Marzouq | Abu Marzouk
    code: PSEREB

person khalil-al-hayya
    ar: خليل الحية
    en: Khalil al-Hayya | Khalil al-Hayyah
    en: al-Hayya | Hayya
    code: PSEREB
    note: bare الحية (= the snake) not listed

person mahmoud-al-zahar
    ar: محمود الزهار | الزهار
    en: Mahmoud al-Zahar | Mahmoud Zahhar | Zahar
    code: PSEGOV 2006-03-29..2007-06-14
    code: PSEREB

person osama-hamdan
    ar: أسامة حمدان
    en: Osama Hamdan
    code: PSEREB

person sami-abu-zuhri
    ar: سامي أبو زهري | أبو زهري
    en: Sami Abu Zuhri | Abu Zuhri
    code: PSEREB

person fathi-shaqaqi
    ar: فتحي الشقاقي | الشقاقي
    en: Fathi Shaqaqi | Fathi Shikaki
    code: PSEREB
    note: Islamic Jihad founder; killed 1995-10-26

person ramadan-shalah
    ar: رمضان عبد الله شلح | رمضان شلح
    en: Ramadan Shalah | Ramadan Abdullah Shallah
    code: PSEREB

person ziyad-al-nakhalah
    ar: زياد النخالة | النخالة
    en: Ziyad al-Nakhalah | Ziad Nakhaleh | Nakhalah
    code: PSEREB
    note: Islamic Jihad secretary-general from 2018-09-28

person george-habash
    ar: جورج حبش
    en: George Habash
    code: PSEREB

person izz-al-din-al-haddad
    ar: عز الدين الحداد
    en: Izz al-Din al-Haddad | Ezzedine al-Haddad | Izz al-Din Haddad
    code: PSEREB
    note: commander of the Qassam Brigades in Gaza after Mohammed Sinwar

person basem-naim
    ar: باسم نعيم
    en: Basem Naim | Bassem Naim
    code: PSEREB
    note: Hamas political bureau member

person husam-badran
    ar: حسام بدران
    en: Husam Badran | Hossam Badran | Hussam Badran
    code: PSEREB
    note: Hamas political bureau member

# Lebanon
person elias-sarkis
    ar: إلياس سركيس
    en: Elias Sarkis | Sarkis
    code: LBNGOV 1976-09-23..1982-09-22
    code: LBNELI

person bachir-gemayel
    ar: بشير الجميل
    en: Bachir Gemayel | Bashir Gemayel
    code: LBNREB
    note: Lebanese Forces commander, president-elect; killed 1982-09-14

person amine-gemayel
    ar: أمين الجميل
    en: Amine Gemayel | Amin Gemayel
    code: LBNGOV 1982-09-23..1988-09-22
    code: LBNELI
    note: bare الجميل (= the beautiful) not listed

person rene-moawad
    ar: رينيه معوض | رينه معوض
    en: René Moawad | Rene Moawad
    code: LBNGOV 1989-11-05..1989-11-22

person elias-hrawi
    ar: إلياس الهراوي | الهراوي
    en: Elias Hrawi | Hrawi
    code: LBNGOV 1989-11-24..1998-11-24
    code: LBNELI

person emile-lahoud
    ar: إميل لحود | لحود
    en: Émile Lahoud | Emile Lahoud | Lahoud
    code: LBNMIL 1989-11-28..1998-11-23
    code: LBNGOV 1998-11-24..2007-11-23
    code: LBNELI

person michel-suleiman
    ar: ميشال سليمان | ميشيل سليمان
    en: Michel Suleiman | Michel Sleiman
    code: LBNMIL 1998-12-21..2008-05-24
    code: LBNGOV 2008-05-25..2014-05-25
    code: LBNELI

person michel-aoun
    ar: ميشال عون | ميشيل عون
    en: Michel Aoun
    code: LBNMIL 1984-06-23..1988-09-21
    code: LBNGOV 1988-09-22..1990-10-13
    code: LBNGOV 2016-10-31..2022-10-30
    code: LBNELI
    note: bare عون (= aid) not listed in Arabic; English bare Aoun = Joseph Aoun

person joseph-aoun
    ar: جوزاف عون | جوزيف عون
    en: Joseph Aoun | Aoun
    code: LBNMIL 2017-03-08..2025-01-08
    code: LBNGOV 2025-01-09..
    code: LBNMIL

person selim-hoss
    ar: سليم الحص
    en: Selim Hoss | Salim al-Hoss
    code: LBNGOV 1976-12-09..1980-07-16
    code: LBNGOV 1987-06-01..1990-12-24
    code: LBNGOV 1998-12-04..2000-10-23
    code: LBNELI

person shafik-wazzan
    ar: شفيق الوزان
    en: Shafik Wazzan | Shafiq al-Wazzan
    code: LBNGOV 1980-10-25..1984-04-30
    code: LBNELI

person rashid-karami
    ar: رشيد كرامي
    en: Rashid Karami
    code: LBNGOV 1984-04-30..1987-06-01
    note: assassinated 1987-06-01

person omar-karami
    ar: عمر كرامي
    en: Omar Karami
    code: LBNGOV 1990-12-24..1992-05-16
    code: LBNGOV 2004-10-26..2005-04-19
    code: LBNELI

person rafic-hariri
    ar: رفيق الحريري | رفيق بهاء الدين الحريري
    en: Rafic Hariri | Rafik Hariri | Rafiq al-Hariri
    code: LBNGOV 1992-10-31..1998-12-02
    code: LBNGOV 2000-10-23..2004-10-21
    code: LBNELI
    note: assassinated 2005-02-14; bare الحريري = Saad Hariri

person saad-hariri
    ar: سعد الحريري | الحريري | سعد رفيق الحريري
    en: Saad Hariri | Saad al-Hariri | Hariri
    code: LBNGOV 2009-11-09..2011-06-13
    code: LBNGOV 2016-12-18..2020-01-21
    code: LBNELI
    note: bare الحريري = Saad (Rafic, Bahaa, Nasr al-Hariri have full names)

person fouad-siniora
    ar: فؤاد السنيورة | السنيورة
    en: Fouad Siniora | Fuad Siniora | Siniora
    code: LBNGOV 2005-07-19..2009-11-09
    code: LBNELI

person najib-mikati
    ar: نجيب ميقاتي | ميقاتي
    en: Najib Mikati | Najib Miqati | Mikati
    code: LBNGOV 2005-04-19..2005-07-19
    code: LBNGOV 2011-06-13..2014-02-15
    code: LBNGOV 2021-09-10..2025-02-08
    code: LBNELI

person tammam-salam
    ar: تمام سلام
    en: Tammam Salam
    code: LBNGOV 2008-07-11..2009-11-09
    code: LBNGOV 2014-02-15..2016-12-18
    code: LBNELI
    note: bare سلام (= peace) not listed

person hassan-diab
    ar: حسان دياب
    en: Hassan Diab
    code: LBNGOV 2011-06-13..2014-02-15
    code: LBNGOV 2020-01-21..2021-09-10
    code: LBNELI

person nawaf-salam
    ar: نواف سلام
    en: Nawaf Salam
    code: LBNGOV 2007-07..2017-12
    code: IGOUNO 2018-02-06..2025-01-14
    code: LBNGOV 2025-02-08..
    code: LBNELI
    note: UN ambassador 2007-2017, ICJ judge and president 2018-2025, prime minister from 2025-02-08 (designated 2025-01-13)

person nabih-berri
    ar: نبيه بري
    en: Nabih Berri | Berri
    code: LBNLEG 1992-10-20..
    code: LBNREB
    note: Amal leader, speaker from 1992-10-20; bare بري (= land, ground) not listed

person gebran-bassil
    ar: جبران باسيل | باسيل
    en: Gebran Bassil | Gibran Bassil | Bassil
    code: LBNGOV 2008-07-11..2020-01-21
    code: LBNELI

person abdallah-bou-habib
    ar: عبد الله بو حبيب | عبدالله بو حبيب | عبد الله بوحبيب | عبدالله بوحبيب | بو حبيب
    en: Abdallah Bou Habib | Abdullah Bou Habib | Bou Habib
    code: LBNGOV 2021-09-10..2025-02-08
    code: LBNELI

person youssef-rajji
    ar: يوسف رجي
    en: Youssef Rajji | Youssef Raggi
    code: LBNGOV 2025-02-08..
    code: LBNELI

person riad-salameh
    ar: رياض سلامة
    en: Riad Salameh | Riad Salame
    code: LBNGOV 1993-08-01..2023-07-31
    code: LBNELI
    note: central bank governor

person abbas-ibrahim
    ar: عباس إبراهيم
    en: Abbas Ibrahim
    code: LBNGOV 2011-07-18..2023-03-02
    code: LBNELI
    note: head of General Security

person hassan-nasrallah
    ar: حسن نصر الله | نصر الله | حسن نصرالله | نصرالله
    en: Hassan Nasrallah | Hasan Nasrallah | Nasrallah
    code: LBNREB
    note: Hezbollah secretary-general 1992-02-16..2024-09-27 (killed)

person naim-qassem
    ar: نعيم قاسم
    en: Naim Qassem | Naim Kassem
    en: Qassem
    code: LBNREB
    note: Hezbollah secretary-general from 2024-10-29; bare English "Qassem" = Naim Qassem (Qassem Soleimani and Hazem Qassem are full-named)

person hashem-safieddine
    ar: هاشم صفي الدين
    en: Hashem Safieddine | Hashim Safi al-Din
    code: LBNREB
    note: killed 2024-10-03

person imad-mughniyeh
    ar: عماد مغنية
    en: Imad Mughniyeh | Imad Mughniyah
    code: LBNREB
    note: killed 2008-02-12; bare مغنية (= female singer) not listed

person samir-geagea
    ar: سمير جعجع | جعجع
    en: Samir Geagea | Geagea
    code: LBNELI
    note: Lebanese Forces leader

person walid-jumblatt
    ar: وليد جنبلاط | جنبلاط
    en: Walid Jumblatt | Walid Joumblatt | Jumblatt
    code: LBNELI
    note: bare جنبلاط = Walid (Taymour has full names)

person taymour-jumblatt
    ar: تيمور جنبلاط
    en: Taymour Jumblatt
    code: LBNELI

person rodolphe-haykal
    ar: رودولف هيكل
    en: Rodolphe Haykal | Rudolph Haykal
    code: LBNMIL
    note: army commander from March 2025

# Turkey
person kenan-evren
    ar: كنعان إيفرين | إيفرين | كنعان أفرين
    en: Kenan Evren | Evren
    code: TURGOV 1980-09-12..1989-11-09
    code: TURMIL

person turgut-ozal
    ar: تورغوت أوزال | أوزال | تورجوت أوزال
    en: Turgut Özal | Turgut Ozal | Özal | Ozal
    code: TURGOV 1980-09-21..1982-07-14
    code: TURGOV 1983-12-13..1993-04-17
    code: TURELI
    note: prime minister 1983-12-13..1989-10-31, president 1989-11-09..1993-04-17 (died)

person suleyman-demirel
    ar: سليمان ديميريل | ديميريل | سليمان دميريل | دميريل | سليمان دميرل
    en: Süleyman Demirel | Suleyman Demirel | Demirel
    code: TURGOV 1979-11-12..1980-09-12
    code: TURGOV 1991-11-20..2000-05-16
    code: TURELI

person bulent-ecevit
    ar: بولنت أجاويد | أجاويد | بولند أجاويد | بولنت أجويد
    en: Bülent Ecevit | Bulent Ecevit | Ecevit
    code: TURGOV 1978-01-05..1979-11-12
    code: TURGOV 1997-06-30..2002-11-18
    code: TURELI

person mesut-yilmaz
    ar: مسعود يلماز | مسعود يلمظ
    en: Mesut Yılmaz | Mesut Yilmaz
    code: TURGOV 1987-12-21..1990-03-30
    code: TURGOV 1991-06-23..1991-11-20
    code: TURGOV 1996-03-06..1996-06-28
    code: TURGOV 1997-06-30..1999-01-11
    code: TURELI

person tansu-ciller
    ar: تانسو تشيلر | تشيلر | تانسو شيلر
    en: Tansu Çiller | Tansu Ciller | Çiller | Ciller
    code: TURGOV 1993-06-25..1997-06-30
    code: TURELI

person necmettin-erbakan
    ar: نجم الدين أربكان | أربكان
    en: Necmettin Erbakan | Erbakan
    code: TURGOV 1996-06-28..1997-06-30
    code: TURELI

person ahmet-necdet-sezer
    ar: أحمد نجدت سيزر | نجدت سيزر | سيزر
    en: Ahmet Necdet Sezer | Necdet Sezer | Sezer
    code: TURGOV 2000-05-16..2007-08-28
    code: TURELI

person recep-tayyip-erdogan
    ar: رجب طيب أردوغان | أردوغان | رجب أردوغان
    en: Recep Tayyip Erdoğan | Recep Tayyip Erdogan | Erdoğan | Erdogan
    code: TURGOV 2003-03-14..
    code: TURELI
    note: prime minister 2003-03-14..2014-08-28, president from 2014-08-28

person abdullah-gul
    ar: عبد الله غول | عبد الله جول | عبدالله غول | عبدالله جول
    en: Abdullah Gül | Abdullah Gul
    code: TURGOV 2002-11-18..2014-08-28
    code: TURELI
    note: bare غول / جول (= ghoul / goal) not listed

person ahmet-davutoglu
    ar: أحمد داود أوغلو | داود أوغلو | أحمد داوود أوغلو | داوود أوغلو | داوداوغلو
    en: Ahmet Davutoğlu | Ahmet Davutoglu | Davutoğlu | Davutoglu
    code: TURGOV 2009-05-01..2016-05-24
    code: TUROPP 2019-12-13..
    code: TURELI

person ali-babacan
    ar: علي باباجان | باباجان | علي باباجان أوغلو
    en: Ali Babacan | Babacan
    code: TURGOV 2002-11-18..2015-11-24
    code: TUROPP 2020-03-11..
    code: TURELI
    note: foreign minister 2007-08-29..2009-05-01

person binali-yildirim
    ar: بن علي يلدريم | بنعلي يلدريم | يلدريم | بن علي يلدرم
    en: Binali Yıldırım | Binali Yildirim
    code: TURGOV 2002-11-18..2019-02-18
    code: TURELI
    note: prime minister 2016-05-24..2018-07-09, speaker 2018-2019

person mevlut-cavusoglu
    ar: مولود جاويش أوغلو | جاويش أوغلو | مولود تشاووش أوغلو | تشاووش أوغلو | جاووش أوغلو | مولود جاووش أوغلو | تشاويش أوغلو
    en: Mevlüt Çavuşoğlu | Mevlut Cavusoglu | Çavuşoğlu | Cavusoglu
    code: TURGOV 2013-01-24..2015-08-28
    code: TURGOV 2015-11-24..2023-06-04
    code: TURELI

person hakan-fidan
    ar: هاكان فيدان | فيدان | حقان فيدان
    en: Hakan Fidan | Fidan
    code: TURGOV 2010-05-27..
    code: TURELI
    note: intelligence chief 2010-2023, foreign minister from 2023-06-04

person hulusi-akar
    ar: خلوصي أكار | أكار
    en: Hulusi Akar | Akar
    code: TURMIL ..2018-07-09
    code: TURGOV 2018-07-10..2023-06-04
    code: TURELI
    note: chief of general staff 2015-08-18..2018-07-09, defence minister 2018-2023

person yasar-guler
    ar: يشار غولر | يشار جولر | يشار غولار
    en: Yaşar Güler | Yasar Guler
    code: TURMIL ..2023-06-03
    code: TURGOV 2023-06-04..
    code: TURMIL

person ibrahim-kalin
    ar: إبراهيم قالن | قالن | إبراهيم كالن
    en: İbrahim Kalın | Ibrahim Kalin | Kalın | Kalin
    code: TURGOV
    note: presidential spokesman 2014-2023, intelligence chief from 2023-06-05

person kemal-kilicdaroglu
    ar: كمال كليتشدار أوغلو | كليتشدار أوغلو | كمال قليجدار أوغلو | قليجدار أوغلو | كيليتشدار أوغلو | كلتشدار أوغلو
    en: Kemal Kılıçdaroğlu | Kemal Kilicdaroglu | Kılıçdaroğlu | Kilicdaroglu
    code: TUROPP

person ozgur-ozel
    ar: أوزغور أوزيل | أوزغور أوزال | أوزغور أوزل
    en: Özgür Özel | Ozgur Ozel
    en: Özel | Ozel
    code: TUROPP
    note: CHP leader from 2023-11-05

person ekrem-imamoglu
    ar: أكرم إمام أوغلو | إمام أوغلو
    en: Ekrem İmamoğlu | Ekrem Imamoglu | İmamoğlu | Imamoglu
    code: TUROPP

person devlet-bahceli
    ar: دولت بهتشلي | بهتشلي | دولت باهتشلي | باهتشلي | دولت بهجلي | بهجلي
    en: Devlet Bahçeli | Devlet Bahceli | Bahçeli | Bahceli
    code: TURGOV 1999-05-28..2002-11-18
    code: TURELI

person selahattin-demirtas
    ar: صلاح الدين دميرتاش | دميرتاش | صلاح الدين دمرتاش | دمرتاش
    en: Selahattin Demirtaş | Selahattin Demirtas | Demirtaş | Demirtas
    code: TUROPP

person fethullah-gulen
    ar: فتح الله غولن | غولن | فتح الله كولن | فتح الله جولن | جولن
    en: Fethullah Gülen | Fethullah Gulen | Gülen | Gulen
    code: TUROPP
    note: died 2024-10-20

person abdullah-ocalan
    ar: عبد الله أوجلان | أوجلان | عبدالله أوجلان
    en: Abdullah Öcalan | Abdullah Ocalan | Öcalan | Ocalan
    code: TURREB
    note: PKK founder, imprisoned since 1999

person murat-karayilan
    ar: مراد قره يلان | قره يلان | مراد قرايلان | قرايلان
    en: Murat Karayılan | Murat Karayilan | Karayilan
    code: TURREB

person cemil-bayik
    ar: جميل بايك | جميل باييك
    en: Cemil Bayık | Cemil Bayik
    code: TURREB

person mehmet-simsek
    ar: محمد شيمشك | شيمشك | محمد شيمشيك
    en: Mehmet Şimşek | Mehmet Simsek | Şimşek | Simsek
    code: TURGOV 2007-05..2018-07-09
    code: TURGOV 2023-06-03..
    code: TURELI
    note: finance minister from 2023-06-03

person cevdet-yilmaz
    ar: جودت يلماز | جودت يلمز
    en: Cevdet Yılmaz | Cevdet Yilmaz
    code: TURGOV 2023-06-03..
    code: TURELI
    note: vice-president from 2023-06-03

person suleyman-soylu
    ar: سليمان صويلو | صويلو
    en: Süleyman Soylu | Suleyman Soylu | Soylu
    code: TURGOV 2015-11-24..2023-06-03
    code: TURELI
    note: interior minister 2016-2023

person ali-yerlikaya
    ar: علي يرلي كايا | يرلي كايا | علي يرليكايا
    en: Ali Yerlikaya | Yerlikaya
    code: TURGOV
    note: interior minister from 2023-06-03 (earlier a governor)

person numan-kurtulmus
    ar: نعمان قورتولموش | قورتولموش | نعمان كورتولموش
    en: Numan Kurtulmuş | Numan Kurtulmus | Kurtulmuş | Kurtulmus
    code: TURGOV 2014-08-29..2017-07-19
    code: TURLEG 2023-06-07..
    code: TURELI
    note: speaker of the Grand National Assembly from 2023-06-07

person omer-celik
    ar: عمر جليك | عمر تشيليك
    en: Ömer Çelik | Omer Celik
    code: TURPTY
    note: AKP spokesman

person mansur-yavas
    ar: منصور يافاش | يافاش | منصور ياواش
    en: Mansur Yavaş | Mansur Yavas | Yavaş | Yavas
    code: TUROPP
    note: CHP mayor of Ankara from 2019

# Yemen
person ali-abdullah-saleh
    ar: علي عبد الله صالح | علي عبدالله صالح | علي صالح
    en: Ali Abdullah Saleh
    code: YEMGOV 1978-07-17..2012-02-27
    code: YEMREB 2014-09-21..2017-12-04
    code: YEMELI
    note: allied with the Houthis 2014-2017; killed 2017-12-04; bare صالح (لصالح) not listed

person ahmed-ali-saleh
    ar: أحمد علي عبد الله صالح | أحمد علي صالح | أحمد علي عبدالله صالح
    en: Ahmed Ali Saleh | Ahmed Ali Abdullah Saleh
    code: YEMMIL ..2012-12-19
    code: YEMELI

person tareq-saleh
    ar: طارق صالح | طارق محمد عبد الله صالح | طارق محمد عبدالله صالح
    en: Tareq Saleh | Tariq Saleh | Tareq Mohammed Abdullah Saleh
    code: YEMGOV 2022-04-07..
    code: YEMMIL

person ali-salem-al-beidh
    ar: علي سالم البيض
    en: Ali Salem al-Beidh | Ali Salim al-Beidh
    code: YEMGOV 1986-02..1994-05-20
    code: YEMREB 1994-05-21..1994-07-07
    code: YEMOPP
    note: bare البيض (= eggs) not listed

person abdrabbuh-mansur-hadi
    ar: عبد ربه منصور هادي | عبدربه منصور هادي | منصور هادي | عبد ربه منصور | عبدربه منصور | عبدربه
    en: Abd Rabbuh Mansur Hadi | Abdrabbuh Mansour Hadi | Abed Rabbo Mansour Hadi | Mansour Hadi
    code: YEMGOV 1994-10-03..2022-04-07
    code: YEMELI
    note: vice-president 1994-2012, president 2012-02-27..2022-04-07; bare هادي not listed

person ali-mohsen-al-ahmar
    ar: علي محسن الأحمر | علي محسن صالح الأحمر | علي محسن
    en: Ali Mohsen al-Ahmar | Ali Muhsin al-Ahmar
    code: YEMMIL ..2011-03-20
    code: YEMGOV 2016-02-22..2022-04-07
    code: YEMELI
    note: vice-president 2016-04-03..2022-04-07; علي محسن alone is how Yemeni news names him

person rashad-al-alimi
    ar: رشاد العليمي | العليمي | رشاد محمد العليمي
    en: Rashad al-Alimi | Rashad Muhammad al-Alimi | al-Alimi | Alimi
    code: YEMGOV 2001..2012
    code: YEMGOV 2022-04-07..
    code: YEMELI
    note: chairman of the Presidential Leadership Council from 2022-04-07

person aidarous-al-zoubaidi
    ar: عيدروس الزبيدي | عيدروس قاسم الزبيدي
    en: Aidarous al-Zoubaidi | Aidarus al-Zubaidi | Aidarous al-Zubaidi | Zoubaidi
    en: Zubaidi
    code: YEMGOV 2015-12-07..2017-04-27
    code: YEMREB 2017-05-11..2022-04-06
    code: YEMGOV 2022-04-07..
    code: YEMREB
    note: Southern Transitional Council president; bare الزبيدي not listed

person khaled-bahah
    ar: خالد بحاح | بحاح | خالد محفوظ بحاح
    en: Khaled Bahah | Bahah
    code: YEMGOV 2014-11-09..2016-04-03
    code: YEMELI

person ahmed-obeid-bin-daghr
    ar: أحمد عبيد بن دغر | بن دغر
    en: Ahmed Obeid bin Daghr | bin Daghr
    code: YEMGOV 2016-04-04..2018-10-15
    code: YEMELI

person maeen-abdulmalik
    ar: معين عبد الملك | معين عبدالملك | معين عبد الملك سعيد
    en: Maeen Abdulmalik | Maeen Abdulmalik Saeed
    code: YEMGOV 2017..2024-02-05
    code: YEMELI
    note: prime minister 2018-10-15..2024-02-05

person ahmed-awad-bin-mubarak
    ar: أحمد عوض بن مبارك | بن مبارك | أحمد بن مبارك
    en: Ahmed Awad bin Mubarak | Ahmed bin Mubarak
    code: YEMGOV 2015-09..2025-05-03
    code: YEMELI
    note: ambassador to the US and UN, foreign minister 2020-12-18..2024-02-05, prime minister 2024-02-05..2025-05-03

person salem-bin-breik
    ar: سالم بن بريك | سالم صالح بن بريك
    en: Salem bin Breik | Salem Saleh bin Braik
    code: YEMGOV
    note: prime minister from 2025-05-06

person abu-bakr-al-qirbi
    ar: أبو بكر القربي
    en: Abu Bakr al-Qirbi | Abubakr al-Qirbi
    code: YEMGOV 2001-04-04..2014-11-09
    code: YEMELI

person abdulmalik-al-mikhlafi
    ar: عبد الملك المخلافي | عبدالملك المخلافي
    en: Abdulmalik al-Mikhlafi | Abdul-Malik al-Mekhlafi
    code: YEMGOV 2015-12..2018-05
    code: YEMELI

person abdul-malik-al-houthi
    ar: عبد الملك الحوثي | عبدالملك الحوثي | عبد الملك بدر الدين الحوثي | عبدالملك بدرالدين الحوثي | عبد الملك بدرالدين الحوثي
    en: Abdul-Malik al-Houthi | Abdulmalik al-Houthi | Abdel-Malek al-Houthi
    en: Abdul Malik al-Houthi | Abdel Malek al-Houthi | al-Houthi
    code: YEMREB
    note: Houthi leader from 2004; bare الحوثي (movement adjective) not listed; English "al-Houthi" alone = him (Mohammed Ali al-Houthi is full-named; the group is "Houthi(s)")

person hussein-badreddin-al-houthi
    ar: حسين بدر الدين الحوثي | حسين بدرالدين الحوثي | حسين الحوثي
    en: Hussein Badreddin al-Houthi | Hussein al-Houthi
    code: YEMREB
    note: founder; killed 2004-09-10

person mohammed-ali-al-houthi
    ar: محمد علي الحوثي
    en: Mohammed Ali al-Houthi
    code: YEMREB

person saleh-al-sammad
    ar: صالح الصماد | الصماد | صالح علي الصماد
    en: Saleh al-Sammad | Sammad
    code: YEMREB
    note: head of the Houthi Supreme Political Council 2016-08-15..2018-04-19 (killed)

person mahdi-al-mashat
    ar: مهدي المشاط | المشاط | مهدي محمد المشاط
    en: Mahdi al-Mashat | Mashat
    code: YEMREB
    note: head of the Houthi Supreme Political Council from 2018-04-25

person mohammed-abdulsalam
    ar: محمد عبد السلام | محمد عبدالسلام | محمد عبد السلام فليتة | محمد عبدالسلام فليتة
    en: Mohammed Abdulsalam | Mohammed Abdul-Salam | Mohammed Abdulsalam Falitah
    code: YEMREB
    note: Houthi spokesman and chief negotiator; a common name - trust it in Yemen contexts

person yahya-saree
    ar: يحيى سريع | يحيى ساري
    en: Yahya Saree | Yahya Sarea
    en: Saree | Sarea | Yahya Sarie
    code: YEMREB
    note: Houthi military spokesman

person abdulaziz-bin-habtoor
    ar: عبد العزيز بن حبتور | عبدالعزيز بن حبتور | بن حبتور
    en: Abdulaziz bin Habtoor | Abdel-Aziz bin Habtour
    code: YEMREB
    note: prime minister of the Houthi government 2016-2024

person tawakkol-karman
    ar: توكل كرمان | توكل عبد السلام كرمان
    en: Tawakkol Karman | Tawakkul Karman
    code: YEMOPP
    note: bare كرمان (Kerman, Iran) not listed

# Libya
person muammar-gaddafi
    ar: معمر القذافي | القذافي | معمر القذافى | معمر محمد أبو منيار القذافي
    en: Muammar Gaddafi | Muammar al-Qaddafi | Moammar Gadhafi | Gaddafi | Qaddafi | Gadhafi
    code: LBYGOV 1969-09-01..2011-10-20
    note: killed 2011-10-20; bare القذافي = Muammar (Saif al-Islam has full names)

person saif-al-islam-gaddafi
    ar: سيف الإسلام القذافي | سيف الإسلام معمر القذافي
    en: Saif al-Islam Gaddafi | Saif al-Islam al-Qaddafi
    code: LBYGOV 2011-02-17..2011-11-19
    code: LBYELI

person abdel-rahman-shalgham
    ar: عبد الرحمن شلقم | عبدالرحمن شلقم | شلقم
    en: Abdel Rahman Shalgham | Abdurrahman Shalgham | Shalgham
    code: LBYGOV 2000-03..2011-02-24
    code: LBYELI
    note: foreign minister 2000-2009, UN ambassador 2009-2011 (defected)

person moussa-koussa
    ar: موسى كوسا
    en: Moussa Koussa | Musa Kusa
    code: LBYGOV ..2011-03-30
    code: LBYELI

person mustafa-abdul-jalil
    ar: مصطفى عبد الجليل | مصطفى عبدالجليل
    en: Mustafa Abdul Jalil | Mustafa Abdel Jalil
    code: LBYGOV 2007-01..2011-02-21
    code: LBYREB 2011-02-27..2011-10-22
    code: LBYGOV 2011-10-23..2012-08-08
    code: LBYELI
    note: chairman of the National Transitional Council 2011-2012

person mahmoud-jibril
    ar: محمود جبريل
    en: Mahmoud Jibril
    code: LBYREB 2011-03-23..2011-10-23
    code: LBYELI

person ali-zeidan
    ar: علي زيدان
    en: Ali Zeidan
    code: LBYGOV 2012-11-14..2014-03-11
    code: LBYELI

person abdullah-al-thani
    ar: عبد الله الثني | عبدالله الثني
    en: Abdullah al-Thinni | Abdullah al-Thani
    code: LBYGOV 2014-03-11..2021-03-15
    code: LBYELI

person fayez-al-sarraj
    ar: فايز السراج | فائز السراج | السراج | فايز مصطفى السراج
    en: Fayez al-Sarraj | Fayez al-Serraj | Fayez Sarraj | Sarraj | Serraj
    code: LBYGOV 2015-12-17..2021-03-15
    code: LBYELI

person khalifa-ghwell
    ar: خليفة الغويل | الغويل
    en: Khalifa Ghwell | Khalifa al-Ghawil
    code: LBYOPP

person abdul-hamid-dbeibah
    ar: عبد الحميد الدبيبة | الدبيبة | عبدالحميد الدبيبة | عبد الحميد الدبيبه | الدبيبه
    en: Abdul Hamid Dbeibah | Abdulhamid Dbeibah | Abdul Hamid Dbeibeh | Dbeibah | Dbeibeh
    code: LBYGOV 2021-03-15..
    code: LBYBUS
    note: prime minister of the Government of National Unity; bare الدبيبة = Abdul Hamid

person mohamed-al-menfi
    ar: محمد المنفي | محمد يونس المنفي
    en: Mohamed al-Menfi | Mohammad Younes Menfi | Menfi
    code: LBYGOV 2021-03-15..
    code: LBYELI
    note: bare المنفي (= the exiled) not listed

person khalifa-haftar
    ar: خليفة حفتر | حفتر | خليفه حفتر | خليفة بلقاسم حفتر
    en: Khalifa Haftar | Khalifa Hifter | Haftar | Hifter
    code: LBYMIL 2014-05-16..
    code: LBYOPP
    note: Libyan National Army commander (Operation Dignity from 2014-05-16); exiled opponent of Gaddafi before 2011

person saddam-haftar
    ar: صدام حفتر | صدام خليفة حفتر
    en: Saddam Haftar
    code: LBYMIL

person aguila-saleh
    ar: عقيلة صالح | عقيلة صالح عيسى | عقيلة صالح قويدر
    en: Aguila Saleh | Aguila Saleh Issa | Agila Saleh
    code: LBYLEG 2014-08-04..
    code: LBYELI
    note: speaker of the House of Representatives; bare عقيلة (= wife) not listed

person fathi-bashagha
    ar: فتحي باشاغا | باشاغا
    en: Fathi Bashagha | Bashagha
    code: LBYGOV 2018-10-07..2021-03-15
    code: LBYGOV 2022-03-03..2023-05-16
    code: LBYELI
    note: interior minister 2018-2021, parliament-appointed prime minister 2022-2023

person osama-hammad
    ar: أسامة حماد
    en: Osama Hammad | Osama Hamad
    code: LBYGOV 2023-05-16..
    code: LBYELI
    note: head of the eastern (parliament-backed) government

person najla-mangoush
    ar: نجلاء المنقوش
    en: Najla Mangoush | Najla el-Mangoush
    code: LBYGOV 2021-03-15..2023-08-27
    code: LBYELI

person khaled-al-mishri
    ar: خالد المشري | المشري
    en: Khaled al-Mishri | Khalid al-Mishri | Mishri
    code: LBYLEG 2018-04-08..2023-08-06
    code: LBYELI

# Tunisia
person habib-bourguiba
    ar: الحبيب بورقيبة | بورقيبة
    en: Habib Bourguiba | Bourguiba
    code: TUNGOV 1957-07-25..1987-11-07
    code: TUNELI

person zine-el-abidine-ben-ali
    ar: زين العابدين بن علي | زين العابدين بنعلي
    en: Zine El Abidine Ben Ali | Zine al-Abidine Ben Ali | Ben Ali
    code: TUNGOV 1987-10-02..2011-01-14
    code: TUNELI
    note: bare بن علي (a patronymic in countless names) not listed in Arabic

person mohamed-ghannouchi
    ar: محمد الغنوشي
    en: Mohamed Ghannouchi
    code: TUNGOV 1999-11-17..2011-02-27
    code: TUNELI

person fouad-mebazaa
    ar: فؤاد المبزع | المبزع
    en: Fouad Mebazaa | Mebazaa
    code: TUNLEG 1997-10-14..2011-01-14
    code: TUNGOV 2011-01-15..2011-12-13
    code: TUNELI

person beji-caid-essebsi
    ar: الباجي قائد السبسي | الباجي قايد السبسي | قائد السبسي | قايد السبسي | السبسي | الباجي
    en: Beji Caid Essebsi | Béji Caïd Essebsi | Caid Essebsi | Essebsi
    code: TUNGOV 1981-04-15..1986-09-15
    code: TUNGOV 2011-02-27..2011-12-24
    code: TUNGOV 2014-12-31..2019-07-25
    code: TUNELI
    note: bare السبسي = Beji (Hafedh Caid Essebsi has full names)

person hafedh-caid-essebsi
    ar: حافظ قائد السبسي | حافظ قايد السبسي
    en: Hafedh Caid Essebsi
    code: TUNELI

person moncef-marzouki
    ar: المنصف المرزوقي | المرزوقي | محمد المنصف المرزوقي
    en: Moncef Marzouki | Mohamed Moncef Marzouki | Marzouki
    code: TUNGOV 2011-12-13..2014-12-31
    code: TUNOPP

person mohamed-ennaceur
    ar: محمد الناصر
    en: Mohamed Ennaceur
    code: TUNLEG 2014-12-04..2019-07-24
    code: TUNGOV 2019-07-25..2019-10-23
    code: TUNLEG 2019-10-24..2019-11-13
    code: TUNELI

person kais-saied
    ar: قيس سعيد
    en: Kais Saied | Kaïs Saïed | Kais Said | Saied
    code: TUNGOV 2019-10-23..
    code: TUNELI
    note: bare سعيد (= happy, common name) not listed

person rached-ghannouchi
    ar: راشد الغنوشي | الغنوشي
    en: Rached Ghannouchi | Rachid Ghannouchi | Ghannouchi
    code: TUNLEG 2019-11-13..2021-07-25
    code: TUNOPP
    note: Ennahda leader; bare الغنوشي = Rached

person hamadi-jebali
    ar: حمادي الجبالي | الجبالي
    en: Hamadi Jebali | Jebali
    code: TUNGOV 2011-12-24..2013-03-14
    code: TUNELI

person ali-laarayedh
    ar: علي العريض
    en: Ali Laarayedh | Ali Larayedh
    code: TUNGOV 2011-12-24..2014-01-29
    code: TUNELI

person mehdi-jomaa
    ar: مهدي جمعة
    en: Mehdi Jomaa | Mehdi Jomaâ
    code: TUNGOV 2013-03-14..2015-02-06
    code: TUNELI

person habib-essid
    ar: الحبيب الصيد
    en: Habib Essid
    code: TUNGOV 2015-02-06..2016-08-27
    code: TUNELI

person youssef-chahed
    ar: يوسف الشاهد
    en: Youssef Chahed
    code: TUNGOV 2016-01-12..2020-02-27
    code: TUNELI
    note: prime minister 2016-08-27..2020-02-27; bare الشاهد (= the witness) not listed

person elyes-fakhfakh
    ar: إلياس الفخفاخ | الفخفاخ
    en: Elyes Fakhfakh | Fakhfakh
    code: TUNGOV 2020-02-27..2020-09-02
    code: TUNELI

person hichem-mechichi
    ar: هشام المشيشي | المشيشي
    en: Hichem Mechichi | Mechichi
    code: TUNGOV 2020-02-27..2021-07-25
    code: TUNELI

person najla-bouden
    ar: نجلاء بودن | نجلاء بودن رمضان | بودن
    en: Najla Bouden | Najla Bouden Romdhane | Bouden
    code: TUNGOV 2021-10-11..2023-08-01
    code: TUNELI

person ahmed-hachani
    ar: أحمد الحشاني | الحشاني
    en: Ahmed Hachani | Hachani
    code: TUNGOV 2023-08-01..2024-08-07
    code: TUNELI

person kamel-madouri
    ar: كمال المدوري | المدوري
    en: Kamel Madouri | Madouri
    code: TUNGOV 2024-05-25..2025-03-20
    code: TUNELI

person sarra-zaafrani-zenzri
    ar: سارة الزعفراني الزنزري | سارة الزعفراني | الزعفراني الزنزري
    en: Sarra Zaafrani Zenzri | Sarra Zaafrani
    code: TUNGOV 2021-10-11..
    code: TUNELI
    note: equipment minister from 2021, prime minister from 2025-03-21

person rafik-abdessalem
    ar: رفيق عبد السلام | رفيق عبدالسلام
    en: Rafik Abdessalem | Rafik Abdessalem Bouchlaka
    code: TUNGOV 2011-12-24..2013-03-13
    code: TUNOPP

person khemaies-jhinaoui
    ar: خميس الجهيناوي | الجهيناوي
    en: Khemaies Jhinaoui | Jhinaoui
    code: TUNGOV 2016-01-12..2019-10-29
    code: TUNELI

person othman-jerandi
    ar: عثمان الجرندي | الجرندي
    en: Othman Jerandi | Jerandi
    code: TUNGOV 2020-09-02..2023-02-07
    code: TUNELI

person nabil-ammar
    ar: نبيل عمار
    en: Nabil Ammar
    code: TUNGOV 2023-02-07..2024-08-25
    code: TUNELI

person mohamed-ali-nafti
    ar: محمد علي النفطي
    en: Mohamed Ali Nafti
    code: TUNGOV 2024-08-25..
    code: TUNELI
    note: bare النفطي (= oil, adjective) not listed

# Algeria
person chadli-bendjedid
    ar: الشاذلي بن جديد | الشاذلي بنجديد | بن جديد
    en: Chadli Bendjedid | Chadli Benjedid | Bendjedid
    code: DZAGOV 1979-02-09..1992-01-11
    code: DZAELI

person mohamed-boudiaf
    ar: محمد بوضياف | بوضياف
    en: Mohamed Boudiaf | Boudiaf
    code: DZAGOV 1992-01-16..1992-06-29

person ali-kafi
    ar: علي كافي
    en: Ali Kafi
    code: DZAGOV 1992-07-02..1994-01-31
    code: DZAELI

person liamine-zeroual
    ar: اليمين زروال | الأمين زروال | زروال
    en: Liamine Zéroual | Liamine Zeroual | Zeroual
    code: DZAGOV 1993-07-10..1999-04-27
    code: DZAELI

person abdelaziz-bouteflika
    ar: عبد العزيز بوتفليقة | عبدالعزيز بوتفليقة | بوتفليقة
    en: Abdelaziz Bouteflika | Bouteflika
    code: DZAGOV 1963-09-04..1979-03-08
    code: DZAGOV 1999-04-27..2019-04-02
    code: DZAELI
    note: foreign minister 1963-1979, president 1999-2019; died 2021-09-17; bare بوتفليقة = Abdelaziz

person said-bouteflika
    ar: سعيد بوتفليقة
    en: Said Bouteflika
    code: DZAELI

person abdelkader-bensalah
    ar: عبد القادر بن صالح | عبد القادر بنصالح | عبدالقادر بن صالح
    en: Abdelkader Bensalah
    code: DZALEG 2002-07-02..2019-04-08
    code: DZAGOV 2019-04-09..2019-12-19
    code: DZAELI

person ahmed-ouyahia
    ar: أحمد أويحيى | أويحيى | احمد اويحي
    en: Ahmed Ouyahia | Ouyahia
    code: DZAGOV 1995-12-31..1998-12-15
    code: DZAGOV 2003-05-05..2006-05-24
    code: DZAGOV 2008-06-23..2012-09-03
    code: DZAGOV 2017-08-15..2019-03-11
    code: DZAELI

person abdelmalek-sellal
    ar: عبد المالك سلال | عبدالمالك سلال
    en: Abdelmalek Sellal | Sellal
    code: DZAGOV 2012-09-03..2017-05-24
    code: DZAELI

person abdelmadjid-tebboune
    ar: عبد المجيد تبون | عبدالمجيد تبون | تبون
    en: Abdelmadjid Tebboune | Abdelmajid Tebboune | Tebboune
    code: DZAGOV 2012-09-11..2017-08-15
    code: DZAGOV 2019-12-19..
    code: DZAELI
    note: housing minister 2012-2017, prime minister 2017-05-25..2017-08-15, president from 2019-12-19

person ahmed-gaid-salah
    ar: أحمد قايد صالح | أحمد قائد صالح | قايد صالح | قائد صالح
    en: Ahmed Gaid Salah | Gaid Salah
    code: DZAMIL 2004-08-03..2019-12-23
    note: chief of staff; died 2019-12-23

person said-chanegriha
    ar: السعيد شنقريحة | شنقريحة
    en: Saïd Chanegriha | Said Chengriha | Chanegriha
    en: Said Chanegriha | Saïd Chengriha
    code: DZAMIL
    note: chief of staff from 2019-12-23

person ramtane-lamamra
    ar: رمطان لعمامرة | لعمامرة | رمضان لعمامرة
    en: Ramtane Lamamra | Lamamra
    code: DZAGOV 2013-09-11..2017-05-25
    code: DZAGOV 2021-07-07..2023-03-16
    code: IGOUNO 2023-11..
    code: DZAELI
    note: foreign minister 2013-2017 and 2021-2023, UN personal envoy for Sudan from 2023-11

person sabri-boukadoum
    ar: صبري بوقدوم | بوقدوم
    en: Sabri Boukadoum | Boukadoum
    code: DZAGOV 2019-03-31..2021-07-07
    code: DZAELI

person ahmed-attaf
    ar: أحمد عطاف | عطاف
    en: Ahmed Attaf | Attaf
    code: DZAGOV 1996-01-05..1999-12-24
    code: DZAGOV 2023-03-16..
    code: DZAELI

person abassi-madani
    ar: عباسي مدني
    en: Abassi Madani | Abbassi Madani
    code: DZAOPP
    note: FIS leader

# Morocco
person hassan-ii
    ar: الحسن الثاني
    en: Hassan II | King Hassan II
    code: MARGOV 1961-03-03..1999-07-23

person mohammed-vi
    ar: محمد السادس
    en: Mohammed VI | Mohammed VI of Morocco | King Mohammed VI
    code: MARGOV 1999-07-23..
    code: MARELI

person abderrahmane-youssoufi
    ar: عبد الرحمن اليوسفي | عبدالرحمن اليوسفي
    en: Abderrahmane Youssoufi | Youssoufi
    code: MARGOV 1998-02-04..2002-10-09
    code: MARELI

person driss-jettou
    ar: إدريس جطو | جطو
    en: Driss Jettou | Jettou
    code: MARGOV 2002-10-09..2007-09-19
    code: MARELI

person abbas-el-fassi
    ar: عباس الفاسي
    en: Abbas El Fassi | Abbas al-Fassi
    code: MARGOV 2007-09-19..2011-11-29
    code: MARELI

person abdelilah-benkirane
    ar: عبد الإله بنكيران | بنكيران | عبد الإله ابن كيران | ابن كيران | بن كيران
    en: Abdelilah Benkirane | Abdelilah Benkiran | Benkirane
    code: MARGOV 2011-11-29..2017-03-17
    code: MARELI

person saadeddine-othmani
    ar: سعد الدين العثماني | سعدالدين العثماني
    en: Saadeddine Othmani | Saad Eddine El Othmani | El Othmani
    code: MARGOV 2012-01-03..2013-10-10
    code: MARGOV 2017-03-17..2021-10-07
    code: MARELI
    note: bare العثماني (= Ottoman) not listed

person aziz-akhannouch
    ar: عزيز أخنوش | أخنوش
    en: Aziz Akhannouch | Akhannouch
    code: MARGOV 2007-10-15..
    code: MARBUS

person salaheddine-mezouar
    ar: صلاح الدين مزوار | مزوار
    en: Salaheddine Mezouar | Mezouar
    code: MARGOV 2013-10-10..2017-04-05
    code: MARELI

person nasser-bourita
    ar: ناصر بوريطة | بوريطة | ناصر بوريطه
    en: Nasser Bourita | Bourita
    code: MARGOV
    note: foreign minister from 2017-04-05

# Sudan
person gaafar-nimeiry
    ar: جعفر نميري | النميري | جعفر محمد نميري
    en: Gaafar Nimeiry | Jaafar Nimeiri | Nimeiry | Numeiri
    code: SDNGOV 1969-05-25..1985-04-06
    code: SDNELI

person abdel-rahman-swar-al-dahab
    ar: عبد الرحمن سوار الذهب | سوار الذهب | عبدالرحمن سوار الذهب
    en: Abdel Rahman Swar al-Dahab | Swar al-Dahab | Suwar al-Dahab
    code: SDNGOV 1985-04-06..1986-05-06
    code: SDNELI

person sadiq-al-mahdi
    ar: الصادق المهدي | الصادق المهدى
    en: Sadiq al-Mahdi | Sadig al-Mahdi
    code: SDNGOV 1986-05-06..1989-06-30
    code: SDNOPP
    note: died 2020-11-26

person omar-al-bashir
    ar: عمر البشير | عمر حسن البشير | عمر حسن أحمد البشير | البشير
    en: Omar al-Bashir | Omar Hassan al-Bashir | al-Bashir | Bashir
    code: SDNGOV 1989-06-30..2019-04-11
    code: SDNELI
    note: bare البشير = Omar al-Bashir (Syria's Mohammed al-Bashir has full names)

person hassan-al-turabi
    ar: حسن الترابي
    en: Hassan al-Turabi | Turabi
    code: SDNOPP 2000-02..
    code: SDNELI
    note: died 2016-03-05; bare الترابي (ترابي = dirt, as in طريق ترابي) not listed

person ali-osman-taha
    ar: علي عثمان طه | علي عثمان محمد طه
    en: Ali Osman Taha | Ali Osman Mohamed Taha
    code: SDNGOV 1995-02..2013-12-08
    code: SDNELI

person ibrahim-ghandour
    ar: إبراهيم غندور | غندور
    en: Ibrahim Ghandour | Ghandour
    code: SDNGOV 2015-06-07..2018-04-19
    code: SDNELI

person awad-ibn-auf
    ar: عوض بن عوف | عوض ابن عوف | ابن عوف
    en: Awad Ibn Auf | Awad Ibn Ouf
    code: SDNGOV 2015-08..2019-04-12
    code: SDNELI

person abdel-fattah-al-burhan
    ar: عبد الفتاح البرهان | عبدالفتاح البرهان | البرهان | عبد الفتاح عبد الرحمن البرهان
    en: Abdel Fattah al-Burhan | Abdel-Fattah Burhan | al-Burhan | Burhan
    code: SDNGOV 2019-04-12..
    code: SDNMIL
    note: army chief and head of the (Transitional) Sovereignty Council from 2019-04-12; bare البرهان (also = proof) given to him

person mohamed-hamdan-dagalo
    ar: محمد حمدان دقلو | حميدتي | حمدان دقلو | دقلو | محمد حمدان دقلو موسى | محمد حمدان حميدتي
    en: Mohamed Hamdan Dagalo | Mohamed Hamdan Daglo | Hemedti | Hemeti | Dagalo | Daglo
    code: SDNMIL 2013-08..2019-04-12
    code: SDNGOV 2019-04-13..2023-04-14
    code: SDNREB 2023-04-15..
    code: SDNMIL
    note: RSF commander; deputy head of the Sovereignty Council 2019-2023; at war with the army from 2023-04-15; bare دقلو = Hemedti (Abdel Rahim Dagalo has full names)

person abdel-rahim-dagalo
    ar: عبد الرحيم دقلو | عبدالرحيم دقلو | عبد الرحيم حمدان دقلو
    en: Abdel Rahim Dagalo | Abdelrahim Hamdan Dagalo
    code: SDNMIL ..2023-04-14
    code: SDNREB 2023-04-15..
    code: SDNREB

person abdalla-hamdok
    ar: عبد الله حمدوك | عبدالله حمدوك | حمدوك
    en: Abdalla Hamdok | Abdullah Hamdok | Hamdok
    code: SDNGOV 2019-08-21..2021-10-25
    code: SDNGOV 2021-11-21..2022-01-02
    code: SDNOPP

person kamil-idris
    ar: كامل إدريس | كامل الطيب إدريس
    en: Kamil Idris | Kamil Eltayeb Idris
    code: SDNGOV 2025-05-19..
    code: SDNELI
    note: prime minister from 2025 (appointed 2025-05-19, sworn in 2025-05-31)

person malik-agar
    ar: مالك عقار | مالك عقار إير
    en: Malik Agar | Malik Aggar
    code: SDNGOV 2021-02-04..
    code: SDNREB
    note: SPLM-North leader, Sovereignty Council deputy chairman from 2023-05-19; bare عقار (= property) not listed

person abdelaziz-al-hilu
    ar: عبد العزيز الحلو | عبدالعزيز الحلو | عبد العزيز آدم الحلو
    en: Abdelaziz al-Hilu | Abdel Aziz al-Hilu
    code: SDNREB
    note: bare الحلو (= the sweet) not listed

person shams-al-din-kabashi
    ar: شمس الدين كباشي | الكباشي
    en: Shams al-Din Kabbashi | Shamseldin Kabbashi | Kabbashi
    code: SDNMIL

person john-garang
    ar: جون قرنق | قرنق | جون جرنج | جون قرنق دي مابيور
    en: John Garang | Garang | John Garang de Mabior
    code: SDNREB 1983-05..2005-07-08
    code: SDNGOV 2005-07-09..2005-07-30
    note: SPLM/A leader, first vice-president of Sudan; died 2005-07-30

person minni-minawi
    ar: مني أركو مناوي | مني مناوي | مناوي
    en: Minni Minawi | Minni Arko Minawi | Minawi
    code: SDNGOV 2021-08-10..
    code: SDNREB
    note: SLM-MM leader; governor of Darfur region from 2021-08-10

person gibril-ibrahim
    ar: جبريل إبراهيم | جبريل إبراهيم محمد
    en: Gibril Ibrahim | Jibril Ibrahim
    code: SDNGOV 2021-02-08..
    code: SDNREB
    note: JEM leader; finance minister from 2021-02-08

person yasser-al-atta
    ar: ياسر العطا
    en: Yasser al-Atta | Yasir al-Atta
    code: SDNMIL
    note: assistant commander-in-chief of the Sudanese army, member of the sovereignty council

# South Sudan
person salva-kiir
    ar: سلفا كير | سلفاكير | سلفا كير ميارديت | سلفا كير مايارديت | سلفا كيير
    en: Salva Kiir | Salva Kiir Mayardit | Kiir
    code: SDNREB ..2005-07-29
    code: SDNGOV 2005-07-30..2011-07-08
    code: SSDGOV 2011-07-09..
    code: SSDELI
    note: bare كير not listed

person riek-machar
    ar: رياك مشار | ريك مشار | رياك ماشار | رياك مشار تيني
    en: Riek Machar | Riek Machar Teny | Machar
    code: SDNGOV 2005-07-30..2011-07-08
    code: SSDGOV 2011-07-09..2013-07-23
    code: SSDREB 2013-12-15..2016-04-25
    code: SSDGOV 2016-04-26..2016-07-25
    code: SSDREB 2016-07-26..2020-02-21
    code: SSDGOV 2020-02-22..2025-03-26
    code: SSDOPP 2025-03-27..
    code: SSDREB
    note: SPLM-IO leader; detained from 2025-03-26; bare مشار (المشار إليه) not listed

# Afghanistan
person hafizullah-amin
    ar: حفيظ الله أمين
    en: Hafizullah Amin
    code: AFGGOV 1978-04-28..1979-12-27

person babrak-karmal
    ar: بابراك كارمل | كارمل | ببرك كارمل
    en: Babrak Karmal | Karmal
    code: AFGGOV 1979-12-27..1986-11-24
    code: AFGELI

person mohammad-najibullah
    ar: محمد نجيب الله | نجيب الله
    en: Mohammad Najibullah | Najibullah
    code: AFGGOV 1980-01-11..1992-04-16
    code: AFGELI
    note: president 1987-11-30..1992-04-16; killed by the Taliban 1996-09-27

person burhanuddin-rabbani
    ar: برهان الدين رباني
    en: Burhanuddin Rabbani | Rabbani
    code: AFGGOV 1992-06-28..2001-12-22
    code: AFGGOV 2010-10-07..2011-09-20
    code: AFGELI
    note: president 1992-2001 (Kabul lost 1996), High Peace Council 2010-2011; killed 2011-09-20; bare رباني (= godly) not listed

person ahmad-shah-massoud
    ar: أحمد شاه مسعود
    en: Ahmad Shah Massoud | Ahmad Shah Masood
    code: AFGGOV 1992-06-28..1996-09-26
    code: AFGREB
    note: Northern Alliance commander; killed 2001-09-09

person gulbuddin-hekmatyar
    ar: قلب الدين حكمتيار | حكمتيار | قلب الدين حكمت يار | حكمت يار
    en: Gulbuddin Hekmatyar | Hekmatyar
    code: AFGINS ..1993-06-16
    code: AFGGOV 1993-06-17..1994-01-28
    code: AFGGOV 1996-06-26..1996-09-27
    code: AFGINS 2001-12-22..2016-09-29
    code: AFGOPP

person mullah-omar
    ar: الملا عمر | الملا محمد عمر | الملا محمد عمر مجاهد
    en: Mullah Omar | Mullah Mohammed Omar | Mohammad Omar Mujahid
    code: AFGGOV 1996-09-27..2001-12-07
    code: AFGINS
    note: Taliban founder; died 2013-04-23

person hamid-karzai
    ar: حامد كرزاي | كرزاي | حامد قرضاي | قرضاي
    en: Hamid Karzai | Karzai
    code: AFGGOV 2001-12-22..2014-09-29
    code: AFGELI

person ashraf-ghani
    ar: أشرف غني | محمد أشرف غني | أشرف غني أحمدزي | أشرف غني أحمد زي
    en: Ashraf Ghani | Mohammad Ashraf Ghani | Ashraf Ghani Ahmadzai | Ghani
    code: AFGGOV 2002-06..2004-12
    code: AFGGOV 2014-09-29..2021-08-15
    code: AFGELI
    note: bare غني (= rich) not listed in Arabic

person abdullah-abdullah
    ar: عبد الله عبد الله | عبدالله عبدالله
    en: Abdullah Abdullah
    code: AFGGOV 2001-12-22..2006-03-20
    code: AFGGOV 2014-09-29..2020-03-09
    code: AFGGOV 2020-05-17..2021-08-15
    code: AFGOPP

person akhtar-mansour
    ar: أختر منصور | أختر محمد منصور | ملا أختر منصور | أختر محمد منصور شاه
    en: Akhtar Mansour | Akhtar Mohammad Mansour | Mullah Akhtar Mansour
    code: AFGINS
    note: Taliban leader 2015-07-29..2016-05-21 (killed)

person hibatullah-akhundzada
    ar: هبة الله أخوند زاده | هبة الله آخوندزاده | هبة الله أخندزاده | أخوند زاده | آخوندزاده | أخندزاده | هيبة الله أخوند زاده | هبة الله أخونزاده | أخونزاده
    en: Hibatullah Akhundzada | Haibatullah Akhundzada | Hibatullah Akhunzada | Akhundzada | Akhunzada
    code: AFGINS 2016-05-25..2021-08-14
    code: AFGGOV 2021-08-15..
    code: AFGINS
    note: Taliban leader from 2016-05-25, supreme leader of the Taliban government from 2021-08-15; bare هبة الله (a common given name) not listed

person abdul-ghani-baradar
    ar: عبد الغني برادر | عبدالغني برادر | برادر | ملا عبد الغني برادر | ملا برادر
    en: Abdul Ghani Baradar | Mullah Baradar | Baradar
    code: AFGGOV 1996-09-27..2001-12-07
    code: AFGINS 2001-12-08..2021-08-14
    code: AFGGOV 2021-08-15..
    code: AFGINS
    note: Taliban co-founder, chief negotiator in Doha, deputy prime minister from 2021-09-07

person mohammad-hasan-akhund
    ar: محمد حسن أخوند | ملا محمد حسن أخوند | حسن أخوند
    en: Mohammad Hasan Akhund | Mullah Mohammad Hassan Akhund | Hasan Akhund
    code: AFGGOV 1996-09-27..2001-12-07
    code: AFGINS 2001-12-08..2021-08-14
    code: AFGGOV 2021-08-15..
    code: AFGINS
    note: prime minister of the Taliban government from 2021-09-07

person amir-khan-muttaqi
    ar: أمير خان متقي | متقي | ماتوكي | أمير خان متقى | أمير خان ماتوكي
    en: Amir Khan Muttaqi | Amir Khan Mottaki | Muttaqi
    code: AFGGOV 1996-09-27..2001-12-07
    code: AFGINS 2001-12-08..2021-08-14
    code: AFGGOV 2021-08-15..
    code: AFGINS
    note: foreign minister of the Taliban government from 2021-09-07; bare متقي also means "pious" but newsrooms use it for him

person sirajuddin-haqqani
    ar: سراج الدين حقاني | سراج حقاني
    en: Sirajuddin Haqqani | Siraj Haqqani
    code: AFGINS ..2021-08-14
    code: AFGGOV 2021-08-15..
    code: AFGINS
    note: interior minister from 2021-09-07; bare حقاني (the network) not listed

person jalaluddin-haqqani
    ar: جلال الدين حقاني
    en: Jalaluddin Haqqani
    code: AFGINS
    note: died 2018

person zabihullah-mujahid
    ar: ذبيح الله مجاهد | ذبيح الله
    en: Zabihullah Mujahid | Zabiullah Mujahid
    code: AFGINS ..2021-08-14
    code: AFGGOV 2021-08-15..
    code: AFGINS
    note: Taliban spokesman

person suhail-shaheen
    ar: سهيل شاهين
    en: Suhail Shaheen | Sohail Shaheen
    code: AFGINS ..2021-08-14
    code: AFGGOV 2021-08-15..
    code: AFGINS

person mohammad-yaqoob
    ar: محمد يعقوب مجاهد | الملا محمد يعقوب | ملا يعقوب
    en: Mohammad Yaqoob Mujahid | Mullah Yaqoob | Mullah Mohammad Yaqoob
    code: AFGINS ..2021-08-14
    code: AFGGOV 2021-08-15..
    code: AFGINS
    note: son of Mullah Omar, defence minister from 2021-09-07; bare محمد يعقوب (common name) not listed

person ahmad-massoud
    ar: أحمد مسعود | أحمد شاه مسعود الابن
    en: Ahmad Massoud
    code: AFGREB 2021-08-15..
    code: AFGOPP
    note: leader of the National Resistance Front; son of Ahmad Shah Massoud

person amrullah-saleh
    ar: أمر الله صالح | امر الله صالح
    en: Amrullah Saleh
    code: AFGSPY 2004-03..2010-06-06
    code: AFGGOV 2018-12-23..2021-08-15
    code: AFGOPP
    note: intelligence chief 2004-2010, interior minister, first vice-president 2020-2021

# Pakistan
person zia-ul-haq
    ar: ضياء الحق | محمد ضياء الحق
    en: Zia-ul-Haq | Muhammad Zia-ul-Haq | Zia ul-Haq
    code: PAKGOV 1977-07-05..1988-08-17

person benazir-bhutto
    ar: بينظير بوتو | بي نظير بوتو | بنازير بوتو | بينظير بهوتو | بينظير
    en: Benazir Bhutto | Benazir
    code: PAKGOV 1988-12-02..1990-08-06
    code: PAKGOV 1993-10-19..1996-11-05
    code: PAKOPP
    note: killed 2007-12-27; bare بوتو / Bhutto not listed

person nawaz-sharif
    ar: نواز شريف | محمد نواز شريف
    en: Nawaz Sharif | Mian Nawaz Sharif | Muhammad Nawaz Sharif
    code: PAKGOV 1990-11-06..1993-07-18
    code: PAKGOV 1997-02-17..1999-10-12
    code: PAKGOV 2013-06-05..2017-07-28
    code: PAKELI
    note: bare شريف (= honourable, and Shehbaz) not listed

person pervez-musharraf
    ar: برويز مشرف | بيرويز مشرف | برفيز مشرف
    en: Pervez Musharraf | Musharraf
    code: PAKMIL 1998-10-07..1999-10-11
    code: PAKGOV 1999-10-12..2008-08-18
    code: PAKELI
    note: bare مشرف (= supervisor) not listed in Arabic

person asif-ali-zardari
    ar: آصف علي زرداري | آصف زرداري | زرداري
    en: Asif Ali Zardari | Asif Zardari | Zardari
    code: PAKGOV 2008-09-09..2013-09-09
    code: PAKGOV 2024-03-10..
    code: PAKELI
    note: bare زرداري = Asif (Bilawal Bhutto Zardari has full names)

person yousaf-raza-gilani
    ar: يوسف رضا جيلاني | يوسف رضا كيلاني | يوسف رضا غيلاني
    en: Yousaf Raza Gilani | Yusuf Raza Gillani
    code: PAKGOV 2008-03-25..2012-06-19
    code: PAKELI

person imran-khan
    ar: عمران خان | عمران أحمد خان نيازي
    en: Imran Khan | Imran Ahmed Khan Niazi
    code: PAKGOV 2018-08-18..2022-04-10
    code: PAKOPP

person shehbaz-sharif
    ar: شهباز شريف | شاهباز شريف | محمد شهباز شريف
    en: Shehbaz Sharif | Shahbaz Sharif
    en: Shehbaz | Shahbaz
    code: PAKGOV 2022-04-11..2023-08-14
    code: PAKGOV 2024-03-04..
    code: PAKELI

person bilawal-bhutto-zardari
    ar: بيلاول بوتو زرداري | بلاول بوتو زرداري | بيلاول بوتو | بلاول بوتو | بيلاول | بلاول
    en: Bilawal Bhutto Zardari | Bilawal Bhutto | Bilawal
    code: PAKGOV 2022-04-27..2023-08-10
    code: PAKELI

person shah-mahmood-qureshi
    ar: شاه محمود قريشي | شاه محمود قرشي
    en: Shah Mahmood Qureshi | Shah Mehmood Qureshi
    code: PAKGOV 2008-03-31..2011-02-11
    code: PAKGOV 2018-08-20..2022-04-10
    code: PAKOPP

person ishaq-dar
    ar: إسحاق دار | محمد إسحاق دار
    en: Ishaq Dar | Muhammad Ishaq Dar
    code: PAKGOV 2013-06-07..2017-11-21
    code: PAKGOV 2022-09-28..2023-08-10
    code: PAKGOV 2024-03-11..
    code: PAKELI
    note: foreign minister from 2024-03-11

person raheel-sharif
    ar: راحيل شريف
    en: Raheel Sharif
    code: PAKMIL

person qamar-javed-bajwa
    ar: قمر جاويد باجوا | باجوا | قمر جاويد باجوه
    en: Qamar Javed Bajwa | Bajwa
    code: PAKMIL 2016-11-29..2022-11-29
    code: PAKELI

person asim-munir
    ar: عاصم منير | سيد عاصم منير
    en: Asim Munir | Syed Asim Munir
    code: PAKMIL
    note: army chief from 2022-11-29

person khawaja-asif
    ar: خواجة آصف | خواجه آصف | خواجة محمد آصف
    en: Khawaja Asif | Khawaja Muhammad Asif
    code: PAKGOV 2013-06-07..2018-05-31
    code: PAKGOV 2022-04-19..2023-08-14
    code: PAKGOV 2024-03-11..
    code: PAKELI
    note: defence minister 2013-2017, 2022-2023 and from 2024-03-11; foreign minister 2017-2018

person arif-alvi
    ar: عارف علوي
    en: Arif Alvi
    code: PAKGOV 2018-09-09..2024-03-10
    code: PAKOPP
    note: bare علوي left out (nisba)

person mohsin-naqvi
    ar: محسن نقوي | نقوي
    en: Mohsin Naqvi | Naqvi
    code: PAKGOV 2023-01-22..
    code: PAKBUS
    note: caretaker chief minister of Punjab 2023-2024, interior minister from 2024-03-11

person maryam-nawaz
    ar: مريم نواز | مريم نواز شريف
    en: Maryam Nawaz | Maryam Nawaz Sharif
    code: PAKGOV 2024-02-26..
    code: PAKOPP
    note: chief minister of Punjab from 2024-02-26

person anwaar-ul-haq-kakar
    ar: أنوار الحق كاكر | كاكر | أنوار الحق كاكار
    en: Anwaar-ul-Haq Kakar | Anwaar ul Haq Kakar | Anwar-ul-Haq Kakar | Kakar
    code: PAKGOV 2023-08-14..2024-03-04
    code: PAKELI

person ahmed-sharif-chaudhry
    ar: أحمد شريف تشودري | أحمد شريف شودري
    en: Ahmed Sharif Chaudhry | Ahmad Sharif Chaudhry
    code: PAKMIL
    note: director-general of the military's media wing ISPR from 2022-12

person mumtaz-zahra-baloch
    ar: ممتاز زهرة بلوش
    en: Mumtaz Zahra Baloch
    code: PAKGOV
    note: foreign ministry spokeswoman 2022-2025

person shafqat-ali-khan
    ar: شفقت علي خان
    en: Shafqat Ali Khan
    code: PAKGOV
    note: foreign ministry spokesman from 2025

person mahrang-baloch
    ar: ماهرنگ بلوش | ماهرانغ بلوش
    en: Mahrang Baloch
    code: PAKCVL
    note: leader of the Baloch Yakjehti Committee

person malala-yousafzai
    ar: ملالا يوسفزاي | ملالا يوسف زاي
    en: Malala Yousafzai | Yousafzai
    code: PAKCVL

# India
person indira-gandhi
    ar: إنديرا غاندي
    en: Indira Gandhi
    code: INDGOV 1966-01-24..1977-03-24
    code: INDGOV 1980-01-14..1984-10-31
    code: INDOPP
    note: bare غاندي / Gandhi not listed

person rajiv-gandhi
    ar: راجيف غاندي
    en: Rajiv Gandhi
    code: INDGOV 1984-10-31..1989-12-02
    code: INDOPP

person p-v-narasimha-rao
    ar: ناراسيمها راو | بي في ناراسيمها راو | ناراسيما راو
    en: P. V. Narasimha Rao | Narasimha Rao
    code: INDGOV 1991-06-21..1996-05-16
    code: INDELI

person atal-bihari-vajpayee
    ar: أتال بيهاري فاجبايي | فاجبايي | أتال بيهاري فاجباي | فاجباي
    en: Atal Bihari Vajpayee | Vajpayee
    code: INDGOV 1996-05-16..1996-06-01
    code: INDGOV 1998-03-19..2004-05-22
    code: INDELI

person manmohan-singh
    ar: مانموهان سينغ | مانموهان سينج | مانموهان سنغ
    en: Manmohan Singh
    code: INDGOV 2004-05-22..2014-05-26
    code: INDELI

person narendra-modi
    ar: ناريندرا مودي | مودي | ناريندا مودي | نارندرا مودي
    en: Narendra Modi | Modi
    code: INDGOV 2014-05-26..
    code: INDELI

person sushma-swaraj
    ar: سوشما سواراج | سواراج
    en: Sushma Swaraj | Swaraj
    code: INDGOV 2014-05-26..2019-05-30
    code: INDELI

person subrahmanyam-jaishankar
    ar: سوبراهمانيام جايشانكار | جايشانكار | سوبرامانيام جايشانكار | جاي شانكار | إس جايشانكار
    en: Subrahmanyam Jaishankar | S. Jaishankar | Jaishankar
    code: INDGOV 2015-01-29..
    code: INDELI
    note: foreign secretary 2015-2018, foreign minister from 2019-05-30

person rajnath-singh
    ar: راجناث سينغ | راجنات سينغ | راجناث سينج
    en: Rajnath Singh
    code: INDGOV 2014-05-26..
    code: INDELI

person rahul-gandhi
    ar: راهول غاندي
    en: Rahul Gandhi
    code: INDOPP

person vikram-misri
    ar: فيكرام ميسري | ميسري
    en: Vikram Misri | Misri
    code: INDGOV
    note: career diplomat; foreign secretary from 2024-07-15

person ajit-doval
    ar: أجيت دوفال | دوفال
    en: Ajit Doval | Doval
    code: INDGOV 2014-05-30..
    code: INDELI
    note: national security adviser from 2014-05-30

person amit-shah
    ar: أميت شاه
    en: Amit Shah
    code: INDGOV 2019-05-30..
    code: INDELI
    note: home minister from 2019-05-30; bare Shah left out

person droupadi-murmu
    ar: دروبادي مورمو | مورمو
    en: Droupadi Murmu | Murmu
    code: INDGOV 2022-07-25..
    code: INDELI

person ram-nath-kovind
    ar: رام ناث كوفيند | كوفيند
    en: Ram Nath Kovind | Kovind
    code: INDGOV 2017-07-25..2022-07-25
    code: INDELI

person randhir-jaiswal
    ar: راندير جايسوال | رانديهر جايسوال
    en: Randhir Jaiswal
    code: INDGOV
    note: foreign ministry spokesman from 2024

person arvind-kejriwal
    ar: أرفيند كيجريوال | كيجريوال
    en: Arvind Kejriwal | Kejriwal
    code: INDGOV 2015-02-14..2024-09-21
    code: INDOPP
    note: chief minister of Delhi 2013-2014 and 2015-2024

person mallikarjun-kharge
    ar: ماليكارجون خارجي | ماليكارجون كارجي
    en: Mallikarjun Kharge | Kharge
    code: INDOPP
    note: Congress party president from 2022; bare خارجي left out (ordinary word)

person sonia-gandhi
    ar: سونيا غاندي
    en: Sonia Gandhi
    code: INDOPP

person yogi-adityanath
    ar: يوغي أديتياناث | أديتياناث
    en: Yogi Adityanath | Adityanath
    code: INDGOV 2017-03-19..
    code: INDELI
    note: chief minister of Uttar Pradesh from 2017-03-19

person mamata-banerjee
    ar: ماماتا بانيرجي
    en: Mamata Banerjee
    code: INDGOV 2011-05-20..
    code: INDOPP
    note: chief minister of West Bengal from 2011-05-20

person upendra-dwivedi
    ar: أوبندرا دويفيدي | أوبيندرا دويفيدي
    en: Upendra Dwivedi
    code: INDMIL
    note: army chief from 2024-06-30

person anil-chauhan
    ar: أنيل تشوهان | أنيل شوهان
    en: Anil Chauhan
    code: INDMIL
    note: chief of defence staff from 2022-09-30

# Ukraine
person leonid-kravchuk
    ar: ليونيد كرافتشوك | كرافتشوك
    en: Leonid Kravchuk | Kravchuk
    code: UKRGOV 1990-07-23..1994-07-19
    code: UKRELI

person leonid-kuchma
    ar: ليونيد كوتشما | كوتشما
    en: Leonid Kuchma | Kuchma
    code: UKRGOV 1992-10-13..1993-09-21
    code: UKRGOV 1994-07-19..2005-01-23
    code: UKRELI

person viktor-yushchenko
    ar: فيكتور يوشينكو | يوشينكو | فيكتور يوشتشنكو | يوشتشنكو
    en: Viktor Yushchenko | Yushchenko
    code: UKRGOV 1999-12-22..2001-05-29
    code: UKRGOV 2005-01-23..2010-02-25
    code: UKRELI

person viktor-yanukovych
    ar: فيكتور يانوكوفيتش | يانوكوفيتش | فيكتور يانوكوفيش | يانوكوفيش
    en: Viktor Yanukovych | Viktor Yanukovich | Yanukovych | Yanukovich
    code: UKRGOV 2002-11-21..2005-01-05
    code: UKRGOV 2006-08-04..2007-12-18
    code: UKRGOV 2010-02-25..2014-02-22
    code: UKRELI

person yulia-tymoshenko
    ar: يوليا تيموشينكو | تيموشينكو | يوليا تيموشنكو | تيموشنكو
    en: Yulia Tymoshenko | Yulia Timoshenko | Tymoshenko
    code: UKRGOV 2005-01-24..2005-09-08
    code: UKRGOV 2007-12-18..2010-03-04
    code: UKROPP

person petro-poroshenko
    ar: بترو بوروشينكو | بوروشينكو | بيترو بوروشنكو | بوروشنكو | بيترو بوروشينكو
    en: Petro Poroshenko | Poroshenko
    code: UKRGOV 2009-10-09..2010-03-11
    code: UKRGOV 2014-06-07..2019-05-20
    code: UKROPP

person arseniy-yatsenyuk
    ar: أرسيني ياتسينيوك | ياتسينيوك | ارسيني ياتسنيوك | ياتسنيوك
    en: Arseniy Yatsenyuk | Arseny Yatsenyuk | Yatsenyuk
    code: UKRGOV 2007-03-21..2007-12-04
    code: UKRGOV 2014-02-27..2016-04-14
    code: UKRELI

person volodymyr-zelensky
    ar: فولوديمير زيلينسكي | زيلينسكي | زيلنسكي | فولوديمير زيلنسكي | فلاديمير زيلينسكي | فولوديمير زيلينسكى | زيلينسكى
    en: Volodymyr Zelensky | Volodymyr Zelenskyy | Zelensky | Zelenskyy | Zelenskiy
    code: UKRGOV 2019-05-20..
    code: UKRELI

person pavlo-klimkin
    ar: بافلو كليمكين | كليمكين
    en: Pavlo Klimkin | Klimkin
    code: UKRGOV 2014-06-19..2019-08-29
    code: UKRELI

person dmytro-kuleba
    ar: دميترو كوليبا | كوليبا | ديميترو كوليبا | دميتري كوليبا
    en: Dmytro Kuleba | Dmitry Kuleba | Kuleba
    code: UKRGOV 2019-08-29..2024-09-05
    code: UKRELI

person andrii-sybiha
    ar: أندريه سيبيها | سيبيها | أندري سيبيغا | سيبيغا | أندريه سيبيغا
    en: Andrii Sybiha | Andriy Sybiha | Sybiha
    code: UKRGOV
    note: foreign minister from 2024-09-05

person denys-shmyhal
    ar: دينيس شميهال | شميهال | دنيس شميغال | شميغال | دينيس شميغال
    en: Denys Shmyhal | Shmyhal
    code: UKRGOV 2020-02-04..
    code: UKRELI
    note: prime minister 2020-03-04..2025-07-16, defence minister from 2025-07-17

person yulia-svyrydenko
    ar: يوليا سفيريدينكو | سفيريدينكو | يوليا سفيريدنكو
    en: Yulia Svyrydenko | Svyrydenko
    code: UKRGOV
    note: first deputy prime minister from 2021, prime minister from 2025-07-17

person oleksii-reznikov
    ar: أوليكسي ريزنيكوف | ريزنيكوف | أوليكسي ريزنكوف | ألكسي ريزنيكوف
    en: Oleksii Reznikov | Oleksiy Reznikov | Reznikov
    code: UKRGOV 2020-03-04..2023-09-05
    code: UKRELI

person rustem-umerov
    ar: رستم عمروف | رستم أوميروف | أوميروف | عمروف
    en: Rustem Umerov | Umerov
    code: UKRGOV 2022-09-07..
    code: UKRELI
    note: defence minister 2023-09-06..2025-07-17, then security council secretary

person valerii-zaluzhnyi
    ar: فاليري زالوجني | زالوجني | فاليري زالوزني | زالوزني
    en: Valerii Zaluzhnyi | Valery Zaluzhny | Zaluzhnyi | Zaluzhny
    code: UKRMIL 2021-07-27..2024-02-08
    code: UKRGOV 2024-05..
    code: UKRMIL
    note: commander-in-chief 2021-2024, then ambassador to the UK

person oleksandr-syrskyi
    ar: أولكسندر سيرسكي | سيرسكي | ألكسندر سيرسكي | أوليكسندر سيرسكي
    en: Oleksandr Syrskyi | Oleksandr Syrsky | Syrskyi | Syrsky
    code: UKRMIL

person andriy-yermak
    ar: أندريه يرماك | يرماك | أندري يرماك
    en: Andriy Yermak | Andrii Yermak | Yermak
    code: UKRGOV 2020-02-11..2025-11-28
    code: UKRELI
    note: head of the presidential office

person vitali-klitschko
    ar: فيتالي كليتشكو | كليتشكو
    en: Vitali Klitschko | Vitaliy Klitschko | Klitschko
    code: UKRGOV 2014-06-05..
    code: UKRELI
    note: mayor of Kyiv from 2014-06-05; bare Klitschko = Vitali (his brother Wladimir has no record)

person kyrylo-budanov
    ar: كيريلو بودانوف | بودانوف | كيريل بودانوف
    en: Kyrylo Budanov | Kirill Budanov | Budanov
    code: UKRSPY 2020-08-05..2026-01-01
    code: UKRGOV 2026-01-02..
    code: UKRMIL
    note: head of military intelligence (HUR) 2020-2025, head of the presidential office from 2026-01-02

person mykhailo-podolyak
    ar: ميخايلو بودولياك | بودولياك | ميخائيلو بودولياك
    en: Mykhailo Podolyak | Mykhailo Podoliak | Podolyak | Podoliak
    code: UKRGOV 2020..
    code: UKRELI
    note: adviser to the head of the presidential office from 2020

person ruslan-stefanchuk
    ar: روسلان ستيفانتشوك | ستيفانتشوك
    en: Ruslan Stefanchuk | Stefanchuk
    code: UKRLEG 2019-08-29..
    code: UKRELI
    note: speaker of the Verkhovna Rada from 2021-10-08

person serhiy-kyslytsya
    ar: سيرغي كيسليتسيا | كيسليتسيا | سيرهي كيسليتسيا
    en: Serhiy Kyslytsya | Sergiy Kyslytsya | Kyslytsya
    code: UKRGOV
    note: career diplomat; UN ambassador 2020-2024, first deputy foreign minister from 2024

person mykhailo-fedorov
    ar: ميخايلو فيدوروف | ميخائيلو فيدوروف
    en: Mykhailo Fedorov
    code: UKRGOV 2019-08-29..
    code: UKRELI
    note: digital transformation minister from 2019, defence minister from January 2026; bare Fedorov left out

person davyd-arakhamia
    ar: ديفيد أراخاميا | أراخاميا | دافيد أراخاميا
    en: Davyd Arakhamia | David Arakhamia | Arakhamia
    code: UKRLEG 2019-08-29..
    code: UKRELI
    note: head of the Servant of the People faction; negotiator with Russia in 2022

# Belarus
person alexander-lukashenko
    ar: ألكسندر لوكاشينكو | لوكاشينكو | ألكسندر لوكاشنكو | لوكاشنكو
    en: Alexander Lukashenko | Aleksandr Lukashenko | Lukashenko
    code: BLRGOV 1994-07-20..
    code: BLRELI

person sviatlana-tsikhanouskaya
    ar: سفيتلانا تيخانوفسكايا | تيخانوفسكايا | سفيتلانا تسيخانوسكايا
    en: Sviatlana Tsikhanouskaya | Svetlana Tikhanovskaya | Tsikhanouskaya | Tikhanovskaya
    code: BLROPP

person maria-kalesnikava
    ar: ماريا كوليسنيكوفا | كوليسنيكوفا
    en: Maria Kalesnikava | Maria Kolesnikova | Kalesnikava | Kolesnikova
    code: BLROPP

person ales-bialiatski
    ar: أليس بيالياتسكي | بيالياتسكي
    en: Ales Bialiatski | Ales Byalyatski | Bialiatski
    code: BLRHRI

person vladimir-makei
    ar: فلاديمير ماكي | فلاديمير ماكيه
    en: Vladimir Makei | Uladzimir Makei | Makei
    code: BLRGOV 2012-08-20..2022-11-26
    code: BLRELI
    note: foreign minister 2012 until his death on 2022-11-26

person maxim-ryzhenkov
    ar: مكسيم ريجينكوف | ريجينكوف | ماكسيم ريجينكوف
    en: Maxim Ryzhenkov | Maksim Ryzhenkov | Ryzhenkov
    code: BLRGOV
    note: foreign minister from April 2024 (earlier first deputy head of the presidential administration)

person viktor-khrenin
    ar: فيكتور خرينين | خرينين
    en: Viktor Khrenin | Khrenin
    code: BLRGOV 2020-01-20..
    code: BLRMIL
    note: defence minister from 2020-01-20

# Ethiopia
person abiy-ahmed
    ar: آبي أحمد | أبي أحمد علي
    en: Abiy Ahmed | Abiy Ahmed Ali | Abiy
    code: ETHGOV 2018-04-02..
    code: ETHELI

# North Korea
person kim-il-sung
    ar: كيم إيل سونغ | كيم إيل سونج
    en: Kim Il-sung | Kim Il Sung
    code: PRKGOV 1948-09-09..1994-07-08

person kim-jong-il
    ar: كيم جونغ إيل | كيم جونج إيل | كيم جونغ إل
    en: Kim Jong-il | Kim Jong Il
    code: PRKGOV 1994-07-08..2011-12-17
    code: PRKELI

person kim-jong-un
    ar: كيم جونغ أون | كيم جونج أون | كيم جون أون
    en: Kim Jong-un | Kim Jong Un
    code: PRKGOV 2011-12-17..
    code: PRKELI
    note: bare كيم / Kim not listed

person kim-yo-jong
    ar: كيم يو جونغ | كيم يو جونج | كيم يو-جونغ
    en: Kim Yo-jong | Kim Yo Jong
    code: PRKGOV

person choe-son-hui
    ar: تشوي سون هوي | تشوي سون هي | تشوي سون-هوي
    en: Choe Son-hui | Choe Son Hui
    code: PRKGOV
    note: foreign minister from 2022-06-11

person ri-yong-ho
    ar: ري يونغ هو | ري يونج هو
    en: Ri Yong-ho | Ri Yong Ho
    code: PRKGOV 2016-05..2020-01
    code: PRKELI

# South Korea
person chun-doo-hwan
    ar: تشون دو هوان | تشون دوهوان | شون دو هوان
    en: Chun Doo-hwan | Chun Doo Hwan
    code: KORGOV 1980-09-01..1988-02-24
    code: KORELI

person roh-tae-woo
    ar: روه تاي وو | رو تاي وو | روه تيه وو
    en: Roh Tae-woo | Roh Tae Woo
    code: KORGOV 1988-02-25..1993-02-24
    code: KORELI

person kim-young-sam
    ar: كيم يونغ سام | كيم يونج سام | كيم يونغ-سام
    en: Kim Young-sam | Kim Young Sam
    code: KORGOV 1993-02-25..1998-02-24
    code: KORELI

person kim-dae-jung
    ar: كيم داي جونغ | كيم داي جونج | كيم دي جونغ | كيم ديه جونغ
    en: Kim Dae-jung | Kim Dae Jung
    code: KORGOV 1998-02-25..2003-02-24
    code: KORELI

person roh-moo-hyun
    ar: روه مو هيون | رو مو هيون | روه مو-هيون
    en: Roh Moo-hyun | Roh Moo Hyun
    code: KORGOV 2003-02-25..2008-02-24
    code: KORELI

person lee-myung-bak
    ar: لي ميونغ باك | لي ميونج باك | لي ميونغ-باك
    en: Lee Myung-bak | Lee Myung Bak
    code: KORGOV 2008-02-25..2013-02-24
    code: KORELI

person park-geun-hye
    ar: باك غن هي | بارك غن هي | باك كون هي | بارك كون هيه | بارك جيون هاي | باك جون هيه | بارك غوين هي
    en: Park Geun-hye | Park Geun Hye
    code: KORGOV 2013-02-25..2017-03-10
    code: KORELI

person moon-jae-in
    ar: مون جاي إن | مون جيه إن | مون جاي-إن
    en: Moon Jae-in | Moon Jae In
    code: KORGOV 2017-05-10..2022-05-09
    code: KORELI

person yoon-suk-yeol
    ar: يون سوك يول | يون سوك-يول | يون سيوك يول | يون سوك يوول | يون سوك-يئول | يون
    en: Yoon Suk Yeol | Yoon Suk-yeol | Yoon
    code: KORGOV 2022-05-10..2025-04-04
    code: KORELI
    note: suspended from 2024-12-14, removed 2025-04-04; bare يون = Yoon Suk Yeol

person lee-jae-myung
    ar: لي جاي ميونغ | لي جيه ميونغ | لي جاي ميونج | لي جيه ميونج | لي جاي-ميونغ
    en: Lee Jae-myung | Lee Jae Myung
    code: KORGOV 2025-06-04..
    code: KOROPP

person han-duck-soo
    ar: هان دوك سو | هان دوك-سو
    en: Han Duck-soo | Han Duck Soo
    code: KORGOV 2007-04-02..2008-02-29
    code: KORGOV 2022-05-21..2025-05-01
    code: KORELI
    note: prime minister; acting president December 2024 - March 2025 (with interruptions)

person choi-sang-mok
    ar: تشوي سانغ موك | تشوي سانج موك
    en: Choi Sang-mok
    code: KORGOV 2023-12-29..2025-05-01
    code: KORELI
    note: finance minister; acting president 2024-12-27..2025-03-24

person kim-min-seok
    ar: كيم مين سوك | كيم مين-سوك
    en: Kim Min-seok
    code: KORGOV 2025-07-03..
    code: KORLEG
    note: prime minister from 2025-07-03

person cho-hyun
    ar: تشو هيون
    en: Cho Hyun
    code: KORGOV 2025-07..
    code: KORELI
    note: foreign minister from July 2025

person park-jin
    ar: بارك جين
    en: Park Jin
    code: KORGOV 2022-05-12..2024-01-10
    code: KORELI

person cho-tae-yul
    ar: تشو تاي يول | تشو تيه يول
    en: Cho Tae-yul
    code: KORGOV 2024-01-10..2025-06
    code: KORELI

person kim-yong-hyun
    ar: كيم يونغ هيون | كيم يونج هيون
    en: Kim Yong-hyun
    code: KORGOV 2024-09-06..2024-12-05
    code: KORMIL
    note: defence minister during the martial law of 2024-12-03

# Japan
person yasuhiro-nakasone
    ar: ياسوهيرو ناكاسوني | ناكاسوني
    en: Yasuhiro Nakasone | Nakasone
    code: JPNGOV 1982-11-27..1987-11-06
    code: JPNELI

person junichiro-koizumi
    ar: جونيتشيرو كويزومي | كويزومي | جونيشيرو كويزومي | جونيتشيرو كويزومى
    en: Junichiro Koizumi | Koizumi
    code: JPNGOV 2001-04-26..2006-09-26
    code: JPNELI

person shinzo-abe
    ar: شينزو آبي | شنزو آبي
    en: Shinzo Abe
    code: JPNGOV 2006-09-26..2007-09-26
    code: JPNGOV 2012-12-26..2020-09-16
    code: JPNELI
    note: killed 2022-07-08; bare آبي not listed (Abiy Ahmed, أبي = my father)

person taro-aso
    ar: تارو آسو
    en: Taro Aso
    code: JPNGOV 2008-09-24..2009-09-16
    code: JPNGOV 2012-12-26..2021-10-04
    code: JPNELI

person yukio-hatoyama
    ar: يوكيو هاتوياما | هاتوياما
    en: Yukio Hatoyama | Hatoyama
    code: JPNGOV 2009-09-16..2010-06-08
    code: JPNELI

person naoto-kan
    ar: ناوتو كان
    en: Naoto Kan
    code: JPNGOV 2010-06-08..2011-09-02
    code: JPNELI
    note: bare كان (= was) obviously not listed

person yoshihiko-noda
    ar: يوشيهيكو نودا | نودا
    en: Yoshihiko Noda | Noda
    code: JPNGOV 2011-09-02..2012-12-26
    code: JPNELI

person yoshihide-suga
    ar: يوشيهيدي سوغا | سوغا | يوشيهيدي سوجا | سوجا
    en: Yoshihide Suga | Suga
    code: JPNGOV 2012-12-26..2021-10-04
    code: JPNELI
    note: chief cabinet secretary 2012-2020, prime minister 2020-09-16..2021-10-04

person fumio-kishida
    ar: فوميو كيشيدا | كيشيدا
    en: Fumio Kishida | Kishida
    code: JPNGOV 2012-12-26..2017-08-03
    code: JPNGOV 2021-10-04..2024-10-01
    code: JPNELI

person shigeru-ishiba
    ar: شيغيرو إيشيبا | إيشيبا | شيجيرو إيشيبا
    en: Shigeru Ishiba | Ishiba
    code: JPNGOV 2024-10-01..2025-10-21
    code: JPNELI

person sanae-takaichi
    ar: ساناي تاكايتشي | تاكايتشي | ساناي تاكاييتشي | ساناي تاكائيتشي
    en: Sanae Takaichi | Takaichi
    code: JPNGOV 2025-10-21..
    code: JPNELI

person naruhito
    ar: ناروهيتو | الإمبراطور ناروهيتو
    en: Naruhito
    code: JPNGOV 2019-05-01..
    code: JPNELI

person toshimitsu-motegi
    ar: توشيميتسو موتيغي | موتيغي | توشيميتسو موتيجي
    en: Toshimitsu Motegi | Motegi
    code: JPNGOV 2019-09-11..2021-11-10
    code: JPNGOV 2025-10-21..
    code: JPNELI
    note: foreign minister 2019-2021 and from 2025-10-21

person yoko-kamikawa
    ar: يوكو كاميكاوا | كاميكاوا
    en: Yoko Kamikawa | Kamikawa
    code: JPNGOV 2023-09-13..2024-10-01
    code: JPNELI

person yoshimasa-hayashi
    ar: يوشيماسا هاياشي
    en: Yoshimasa Hayashi
    code: JPNGOV 2021-11-10..2025-10-21
    code: JPNELI
    note: foreign minister 2021-2023, chief cabinet secretary 2023-2025

person takeshi-iwaya
    ar: تاكيشي إيوايا | إيوايا
    en: Takeshi Iwaya | Iwaya
    code: JPNGOV 2024-10-01..2025-10-21
    code: JPNELI

person minoru-kihara
    ar: مينورو كيهارا | كيهارا
    en: Minoru Kihara | Kihara
    code: JPNGOV 2023-09-13..2024-10-01
    code: JPNGOV 2025-10-21..
    code: JPNELI
    note: defence minister 2023-2024, chief cabinet secretary from 2025-10-21

person shinjiro-koizumi
    ar: شينجيرو كويزومي
    en: Shinjiro Koizumi
    code: JPNGOV 2019-09-11..2021-10-04
    code: JPNGOV 2025-05-21..
    code: JPNELI
    note: defence minister from 2025-10-21; bare Koizumi = Junichiro

# Venezuela
person nicolas-maduro
    ar: نيكولاس مادورو | مادورو
    en: Nicolás Maduro | Nicolas Maduro | Maduro
    code: VENGOV 2013-03-05..
    code: VENELI

# Philippines
person rodrigo-duterte
    ar: رودريغو دوتيرتي | رودريجو دوتيرتي | دوتيرتي | دوتيرتى | رودريغو دوتيرتى
    en: Rodrigo Duterte | Duterte
    code: PHLGOV 2016-06-30..2022-06-30
    code: PHLELI
    note: bare دوتيرتي = Rodrigo; his daughter Sara has full names only

person sara-duterte
    ar: سارة دوتيرتي | سارة دوتيرتي كاربيو | سارا دوتيرتي
    en: Sara Duterte | Sara Duterte-Carpio
    code: PHLGOV 2022-06-30..
    code: PHLELI
    note: vice-president from 30 June 2022

person ferdinand-marcos-jr
    ar: فرديناند ماركوس جونيور | فرديناند ماركوس الابن | بونغبونغ ماركوس | فرديناند ماركوس | ماركوس جونيور
    en: Ferdinand Marcos Jr. | Bongbong Marcos | Ferdinand Marcos Jr | Marcos Jr.
    en: Marcos
    code: PHLGOV 2022-06-30..
    code: PHLELI
    note: the father Ferdinand Marcos (president 1965-1986) shares the short name فرديناند ماركوس; bare ماركوس not listed (common given name); bare English "Marcos" = Marcos Jr. (the father is historical)

# Armenia, Azerbaijan
person nikol-pashinyan
    ar: نيكول باشينيان | باشينيان
    en: Nikol Pashinyan | Pashinyan
    code: ARMGOV 2018-05-08..
    code: ARMELI

person ilham-aliyev
    ar: إلهام علييف | علييف
    en: Ilham Aliyev | Aliyev
    code: AZEGOV 2003-10-31..
    code: AZEELI

# Poland
person radoslaw-sikorski
    ar: رادوسلاف سيكورسكي | سيكورسكي | رادوسواف سيكورسكي
    en: Radosław Sikorski | Radoslaw Sikorski | Radek Sikorski | Sikorski
    code: POLGOV 2005-10-31..2007-02-07
    code: POLGOV 2007-11-16..2014-09-22
    code: POLLEG 2014-09-24..2015-06-23
    code: POLGOV 2023-12-13..
    code: POLELI
    note: defence minister 2005-2007, foreign minister 2007-2014 and from 2023-12-13

person andrzej-duda
    ar: أندريه دودا | أندجي دودا | دودا
    en: Andrzej Duda | Duda
    code: POLGOV 2015-08-06..2025-08-06
    code: POLELI

person karol-nawrocki
    ar: كارول ناوروتسكي | ناوروتسكي | كارول نافروتسكي | نافروتسكي
    en: Karol Nawrocki | Nawrocki
    code: POLGOV 2025-08-06..
    code: POLELI
    note: president from 2025-08-06

person mateusz-morawiecki
    ar: ماتيوش مورافيتسكي | مورافيتسكي | ماتيوش مورافيسكي
    en: Mateusz Morawiecki | Morawiecki
    code: POLGOV 2015-11-16..2023-12-13
    code: POLOPP 2023-12-14..
    code: POLELI
    note: prime minister 2017-12-11..2023-12-13

person jaroslaw-kaczynski
    ar: ياروسلاف كاتشينسكي | كاتشينسكي | ياروسلاف كازينسكي
    en: Jarosław Kaczyński | Jaroslaw Kaczynski | Kaczyński | Kaczynski
    code: POLGOV 2006-07-14..2007-11-16
    code: POLOPP 2007-11-17..2015-11-15
    code: POLGOV 2015-11-16..2023-12-13
    code: POLOPP 2023-12-14..
    code: POLELI
    note: PiS leader; prime minister 2006-2007, deputy prime minister 2020-2022 and leader of the ruling camp 2015-2023

person wladyslaw-kosiniak-kamysz
    ar: فلاديسلاف كوسينياك كاميش | كوسينياك كاميش
    en: Władysław Kosiniak-Kamysz | Wladyslaw Kosiniak-Kamysz | Kosiniak-Kamysz
    code: POLGOV 2023-12-13..
    code: POLELI
    note: defence minister from 2023-12-13

# Hungary, Slovakia, Czechia, Romania, Moldova, Bulgaria
person viktor-orban
    ar: فيكتور أوربان | أوربان | فيكتور اوربان | اوربان
    en: Viktor Orbán | Viktor Orban | Orbán | Orban
    code: HUNGOV 1998-07-06..2002-05-27
    code: HUNGOV 2010-05-29..
    code: HUNELI

person peter-szijjarto
    ar: بيتر سيارتو | سيارتو | بيتر زيجارتو
    en: Péter Szijjártó | Peter Szijjarto | Szijjártó | Szijjarto
    code: HUNGOV 2014-09-23..
    code: HUNELI
    note: foreign minister from 2014-09-23

person peter-magyar
    ar: بيتر ماغيار | بيتر مجيار
    en: Péter Magyar | Peter Magyar
    code: HUNOPP
    note: leader of the Tisza party; bare Magyar left out (ordinary word)

person katalin-novak
    ar: كاتالين نوفاك
    en: Katalin Novák | Katalin Novak
    code: HUNGOV 2022-05-10..2024-02-26
    code: HUNELI

person robert-fico
    ar: روبرت فيكو | فيكو | روبرت فيتسو | فيتسو
    en: Robert Fico | Fico
    code: SVKGOV 2006-07-04..2010-07-08
    code: SVKGOV 2012-04-04..2018-03-22
    code: SVKGOV 2023-10-25..
    code: SVKELI

person petr-fiala
    ar: بيتر فيالا | فيالا
    en: Petr Fiala | Fiala
    code: CZEGOV 2021-11-28..2025-12-09
    code: CZEELI

person andrej-babis
    ar: أندريه بابيش | بابيش
    en: Andrej Babiš | Andrej Babis | Babiš | Babis
    code: CZEGOV 2014-01-29..2017-05-24
    code: CZEGOV 2017-12-06..2021-12-17
    code: CZEOPP 2021-12-18..2025-12-08
    code: CZEGOV 2025-12-09..
    code: CZEELI
    note: prime minister 2017-2021 and from 2025-12-09

person petr-pavel
    ar: بيتر بافل | بيتر بافيل
    en: Petr Pavel
    code: CZEGOV 2023-03-09..
    code: CZEELI
    note: president from 2023-03-09; NATO military committee chairman 2015-2018

person klaus-iohannis
    ar: كلاوس يوهانيس | يوهانيس
    en: Klaus Iohannis | Iohannis
    code: ROUGOV 2014-12-21..2025-02-12
    code: ROUELI

person nicusor-dan
    ar: نيكوشور دان | نيكوسور دان
    en: Nicușor Dan | Nicusor Dan
    code: ROUGOV 2020-10-29..
    code: ROUELI
    note: mayor of Bucharest 2020-2025, president from 2025-05-26

person calin-georgescu
    ar: كالين جورجيسكو | جورجيسكو
    en: Călin Georgescu | Calin Georgescu | Georgescu
    code: ROUOPP

person maia-sandu
    ar: مايا ساندو | ساندو
    en: Maia Sandu | Sandu
    code: MDAGOV 2019-06-08..2019-11-14
    code: MDAGOV 2020-12-24..
    code: MDAOPP
    note: president from 2020-12-24

person rumen-radev
    ar: رومين راديف | راديف | رومن راديف
    en: Rumen Radev | Radev
    code: BGRGOV 2017-01-22..2026-01
    code: BGRELI
    note: president from 2017-01-22; resigned in January 2026 (exact day unverified)

# Baltic and Nordic states
person gitanas-nauseda
    ar: غيتاناس ناوسيدا | ناوسيدا
    en: Gitanas Nausėda | Gitanas Nauseda | Nausėda | Nauseda
    code: LTUGOV 2019-07-12..
    code: LTUELI

person edgars-rinkevics
    ar: إدغارس رينكيفيتش | رينكيفيتش
    en: Edgars Rinkēvičs | Edgars Rinkevics | Rinkēvičs | Rinkevics
    code: LVAGOV 2011-10-25..
    code: LVAELI
    note: foreign minister 2011-2023, president from 2023-07-08

person margus-tsahkna
    ar: مارغوس تساهكنا | تساهكنا
    en: Margus Tsahkna | Tsahkna
    code: ESTGOV 2023-04-17..
    code: ESTELI
    note: foreign minister from 2023-04-17

person mette-frederiksen
    ar: ميته فريدريكسن | فريدريكسن | ميتي فريدريكسن
    en: Mette Frederiksen | Frederiksen
    code: DNKGOV 2019-06-27..
    code: DNKELI

person lars-lokke-rasmussen
    ar: لارس لوكه راسموسن | لارس لوكي راسموسن | لوكه راسموسن
    en: Lars Løkke Rasmussen | Lars Lokke Rasmussen | Løkke Rasmussen | Lokke Rasmussen
    code: DNKGOV 2009-04-05..2011-10-03
    code: DNKGOV 2015-06-28..2019-06-27
    code: DNKGOV 2022-12-15..
    code: DNKELI
    note: foreign minister from 2022-12-15; bare Rasmussen left out (Anders Fogh Rasmussen)

person mute-egede
    ar: موته إيغيده | موتي إيغيدي | موته بورب إيغيده
    en: Múte B. Egede | Mute Egede | Múte Egede | Egede
    code: GRLGOV 2021-04-23..2025-04-07
    code: GRLELI
    note: premier of Greenland 2021-2025

person jens-frederik-nielsen
    ar: ينس فريدريك نيلسن | ينس فريدريك نيلسون
    en: Jens-Frederik Nielsen
    code: GRLGOV 2025-04-07..
    code: GRLELI
    note: premier of Greenland from 2025-04-07

person ulf-kristersson
    ar: أولف كريسترسون | كريسترسون
    en: Ulf Kristersson | Kristersson
    code: SWEGOV 2022-10-18..
    code: SWEOPP

person magdalena-andersson
    ar: ماغدالينا أندرسون | ماجدالينا أندرسون
    en: Magdalena Andersson
    code: SWEGOV 2014-10-03..2022-10-18
    code: SWEOPP

person alexander-stubb
    ar: ألكسندر ستاب | ستاب | الكسندر ستوب
    en: Alexander Stubb | Stubb
    code: FINGOV 2008-04-04..2016-06-22
    code: FINGOV 2024-03-01..
    code: FINELI
    note: president from 2024-03-01

person sauli-niinisto
    ar: ساولي نينيستو | نينيستو
    en: Sauli Niinistö | Sauli Niinisto | Niinistö | Niinisto
    code: FINGOV 2012-03-01..2024-03-01
    code: FINELI

person sanna-marin
    ar: سانا مارين
    en: Sanna Marin
    code: FINGOV 2019-06-06..2023-06-20
    code: FINELI

person jonas-gahr-store
    ar: يوناس غار ستوره | غار ستوره | ستوره
    en: Jonas Gahr Støre | Jonas Gahr Store | Gahr Støre | Gahr Store | Støre
    code: NORGOV 2005-10-17..2013-10-16
    code: NORGOV 2021-10-14..
    code: NOROPP

person espen-barth-eide
    ar: إسبن بارث إيدي | بارث إيدي
    en: Espen Barth Eide | Barth Eide
    code: NORGOV 2011-11-04..2013-10-16
    code: NORGOV 2021-10-14..
    code: NORELI
    note: foreign minister from 2023-10-16

# Western Europe
person dick-schoof
    ar: ديك سخوف | سخوف | ديك شوف
    en: Dick Schoof | Schoof
    code: NLDGOV 2024-07-02..
    code: NLDELI

person geert-wilders
    ar: خيرت فيلدرز | فيلدرز | غيرت فيلدرز
    en: Geert Wilders | Wilders
    code: NLDOPP

person bart-de-wever
    ar: بارت دي ويفر | دي ويفر
    en: Bart De Wever | De Wever
    code: BELGOV 2025-02-03..
    code: BELELI

person alexander-de-croo
    ar: ألكسندر دي كرو | دي كرو
    en: Alexander De Croo | De Croo
    code: BELGOV 2012-10-22..2025-02-03
    code: BELELI

person giorgia-meloni
    ar: جورجيا ميلوني | ميلوني
    en: Giorgia Meloni | Meloni
    code: ITAGOV 2008-05-08..2011-11-16
    code: ITAGOV 2022-10-22..
    code: ITAOPP

person antonio-tajani
    ar: أنطونيو تاياني | تاياني
    en: Antonio Tajani | Tajani
    code: ITAGOV 2022-10-22..
    code: ITAELI

person guido-crosetto
    ar: غويدو كروسيتو | كروسيتو
    en: Guido Crosetto | Crosetto
    code: ITAGOV 2022-10-22..
    code: ITAELI

person sergio-mattarella
    ar: سيرجيو ماتاريلا | ماتاريلا
    en: Sergio Mattarella | Mattarella
    code: ITAGOV 2015-02-03..
    code: ITAELI

person mario-draghi
    ar: ماريو دراغي | دراغي | ماريو دراجي
    en: Mario Draghi | Draghi
    code: IGOEURBUS 2011-11-01..2019-10-31
    code: ITAGOV 2021-02-13..2022-10-22
    code: ITAELI
    note: ECB president 2011-2019, prime minister 2021-2022

person giuseppe-conte
    ar: جوزيبي كونتي
    en: Giuseppe Conte
    code: ITAGOV 2018-06-01..2021-02-13
    code: ITAOPP
    note: bare Conte left out (Antonio Conte)

person matteo-salvini
    ar: ماتيو سالفيني | سالفيني
    en: Matteo Salvini | Salvini
    code: ITAGOV 2018-06-01..2019-09-05
    code: ITAGOV 2022-10-22..
    code: ITAOPP

person luigi-di-maio
    ar: لويجي دي مايو | دي مايو
    en: Luigi Di Maio | Di Maio
    code: ITAGOV 2018-06-01..2022-10-22
    code: IGOEUR 2023-06-01..
    code: ITAELI
    note: foreign minister 2019-2022, EU special representative for the Gulf from 2023-06-01

person silvio-berlusconi
    ar: سيلفيو برلسكوني | برلسكوني | بيرلسكوني
    en: Silvio Berlusconi | Berlusconi
    code: ITAGOV 1994-05-10..1995-01-17
    code: ITAGOV 2001-06-11..2006-05-17
    code: ITAGOV 2008-05-08..2011-11-16
    code: ITAELI

person matteo-renzi
    ar: ماتيو رينزي | رينزي
    en: Matteo Renzi | Renzi
    code: ITAGOV 2014-02-22..2016-12-12
    code: ITAELI

person pedro-sanchez
    ar: بيدرو سانشيز | بيدرو سانشيث
    en: Pedro Sánchez | Pedro Sanchez
    code: ESPGOV 2018-06-02..
    code: ESPOPP
    note: bare Sánchez left out (common surname)

person jose-manuel-albares
    ar: خوسيه مانويل ألباريس
    en: José Manuel Albares | Jose Manuel Albares | Albares
    code: ESPGOV 2021-07-12..
    code: ESPELI

person alberto-nunez-feijoo
    ar: ألبرتو نونيث فيخو | ألبرتو نونيز فيخو | فيخو
    en: Alberto Núñez Feijóo | Alberto Nunez Feijoo | Feijóo | Feijoo
    code: ESPGOV 2009-04-18..2022-05-13
    code: ESPOPP

person mariano-rajoy
    ar: ماريانو راخوي | راخوي
    en: Mariano Rajoy | Rajoy
    code: ESPGOV 2011-12-21..2018-06-01
    code: ESPELI

person carles-puigdemont
    ar: كارليس بوتشيمون | بوتشيمون | كارلس بوتشيمون
    en: Carles Puigdemont | Puigdemont
    code: ESPGOV 2016-01-12..2017-10-27
    code: ESPOPP
    note: president of Catalonia 2016-2017

person marcelo-rebelo-de-sousa
    ar: مارسيلو ريبيلو دي سوزا | ريبيلو دي سوزا
    en: Marcelo Rebelo de Sousa | Rebelo de Sousa
    code: PRTGOV 2016-03-09..2026-03-09
    code: PRTELI

person luis-montenegro
    ar: لويس مونتينيغرو
    en: Luís Montenegro | Luis Montenegro
    code: PRTGOV 2024-04-02..
    code: PRTOPP
    note: bare Montenegro is the country

person kyriakos-mitsotakis
    ar: كيرياكوس ميتسوتاكيس | ميتسوتاكيس
    en: Kyriakos Mitsotakis | Mitsotakis
    code: GRCOPP 2016-01-10..2019-07-07
    code: GRCGOV 2019-07-08..
    code: GRCELI

person alexis-tsipras
    ar: أليكسيس تسيبراس | تسيبراس
    en: Alexis Tsipras | Tsipras
    code: GRCGOV 2015-01-26..2019-07-08
    code: GRCOPP 2019-07-09..2023-06-29
    code: GRCELI

person nikos-dendias
    ar: نيكوس ديندياس | ديندياس
    en: Nikos Dendias | Dendias
    code: GRCGOV 2019-07-09..
    code: GRCELI
    note: foreign minister 2019-2023, defence minister from 2023-06-27

person giorgos-gerapetritis
    ar: يورغوس يرابيتريتيس | جيرابيتريتيس | يرابيتريتيس
    en: Giorgos Gerapetritis | George Gerapetritis | Gerapetritis
    code: GRCGOV 2019-07-09..
    code: GRCELI
    note: foreign minister from 2023-06-27

person nikos-christodoulides
    ar: نيكوس خريستودوليدس | خريستودوليدس | نيكوس كريستودوليدس
    en: Nikos Christodoulides | Christodoulides
    code: CYPGOV 2018-03-01..2022-01-08
    code: CYPGOV 2023-02-28..
    code: CYPELI
    note: foreign minister 2018-2022, president from 2023-02-28

person nicos-anastasiades
    ar: نيكوس أناستاسيادس | أناستاسيادس
    en: Nicos Anastasiades | Anastasiades
    code: CYPGOV 2013-02-28..2023-02-28
    code: CYPELI

person alexander-van-der-bellen
    ar: ألكسندر فان دير بيلين | فان دير بيلين
    en: Alexander Van der Bellen | Van der Bellen
    code: AUTGOV 2017-01-26..
    code: AUTELI

person sebastian-kurz
    ar: سيباستيان كورتس | كورتس | سيباستيان كورتز
    en: Sebastian Kurz | Kurz
    code: AUTGOV 2013-12-16..2019-05-28
    code: AUTGOV 2020-01-07..2021-10-11
    code: AUTELI

person karl-nehammer
    ar: كارل نيهامر | نيهامر
    en: Karl Nehammer | Nehammer
    code: AUTGOV 2020-01-07..2025-03-03
    code: AUTELI

person christian-stocker
    ar: كريستيان شتوكر
    en: Christian Stocker
    code: AUTGOV 2025-03-03..
    code: AUTELI

person herbert-kickl
    ar: هربرت كيكل | كيكل
    en: Herbert Kickl | Kickl
    code: AUTGOV 2017-12-18..2019-05-22
    code: AUTOPP

person ignazio-cassis
    ar: إينياتسيو كاسيس | إغنازيو كاسيس
    en: Ignazio Cassis | Cassis
    code: CHEGOV 2017-11-01..
    code: CHEELI

person micheal-martin
    ar: مايكل مارتن | ميهول مارتن
    en: Micheál Martin | Micheal Martin
    code: IRLGOV 2020-06-27..
    code: IRLELI
    note: taoiseach 2020-2022 and from 2025-01-23, tánaiste and foreign minister 2022-2025

person leo-varadkar
    ar: ليو فارادكار | فارادكار
    en: Leo Varadkar | Varadkar
    code: IRLGOV 2011-03-09..2024-04-09
    code: IRLELI

person simon-harris
    ar: سايمون هاريس
    en: Simon Harris
    code: IRLGOV 2016-05-06..
    code: IRLELI
    note: taoiseach 2024-04-09..2025-01-23, then tánaiste and foreign minister

person michael-d-higgins
    ar: مايكل دي هيغينز | مايكل هيغينز
    en: Michael D. Higgins | Michael D Higgins
    code: IRLGOV 2011-11-11..2025-11-10
    code: IRLELI

# Balkans
person aleksandar-vucic
    ar: ألكسندر فوتشيتش | فوتشيتش | ألكسندر فوسيتش | فوسيتش
    en: Aleksandar Vučić | Aleksandar Vucic | Vučić | Vucic
    code: SRBGOV 2012-07-27..
    code: SRBELI
    note: prime minister 2014-2017, president from 2017-05-31

person ana-brnabic
    ar: آنا برنابيتش | برنابيتش
    en: Ana Brnabić | Ana Brnabic | Brnabić | Brnabic
    code: SRBGOV 2016-08-11..2024-05-01
    code: SRBLEG 2024-05-02..
    code: SRBELI

person milos-vucevic
    ar: ميلوش فوتشيفيتش | فوتشيفيتش
    en: Miloš Vučević | Milos Vucevic | Vučević | Vucevic
    code: SRBGOV 2022-10-26..2025-04-16
    code: SRBELI

person marko-djuric
    ar: ماركو جوريتش | ماركو ديوريتش
    en: Marko Đurić | Marko Djuric | Marko Duric
    code: SRBGOV 2024-05-02..
    code: SRBELI
    note: foreign minister from 2024-05-02

person ivica-dacic
    ar: إيفيتسا داتشيتش | داتشيتش
    en: Ivica Dačić | Ivica Dacic | Dačić | Dacic
    code: SRBGOV 2008-07-07..2020-10-28
    code: SRBLEG 2020-10-28..2022-08-01
    code: SRBGOV 2022-10-26..
    code: SRBELI

person albin-kurti
    ar: ألبين كورتي | كورتي
    en: Albin Kurti | Kurti
    code: XKXGOV 2020-02-03..2020-06-03
    code: XKXGOV 2021-03-22..
    code: XKXOPP

person vjosa-osmani
    ar: فيوسا عثماني | فيوسا أوسماني
    en: Vjosa Osmani
    code: XKXGOV 2021-04-04..
    code: XKXELI

person hashim-thaci
    ar: هاشم تاتشي | تاتشي | هاشم ثاتشي
    en: Hashim Thaçi | Hashim Thaci | Thaçi | Thaci
    code: XKXGOV 2008-01-09..2020-11-05
    code: XKXELI

person milorad-dodik
    ar: ميلوراد دوديك | دوديك
    en: Milorad Dodik | Dodik
    code: BIHGOV 2006-02-28..2025-08
    code: BIHOPP
    note: Bosnian Serb leader (Republika Srpska premier, president, presidency member); mandate revoked in August 2025

person edi-rama
    ar: إيدي راما
    en: Edi Rama
    code: ALBGOV 2013-09-15..
    code: ALBELI

person andrej-plenkovic
    ar: أندريه بلينكوفيتش | بلينكوفيتش
    en: Andrej Plenković | Andrej Plenkovic | Plenković | Plenkovic
    code: HRVGOV 2016-10-19..
    code: HRVELI

person zoran-milanovic
    ar: زوران ميلانوفيتش | ميلانوفيتش
    en: Zoran Milanović | Zoran Milanovic | Milanović | Milanovic
    code: HRVGOV 2011-12-23..2016-10-19
    code: HRVGOV 2020-02-19..
    code: HRVELI

# Caucasus and Central Asia
person irakli-kobakhidze
    ar: إيراكلي كوباخيدزه | كوباخيدزه | إيراكلي كوباخيدزي | كوباخيدزي
    en: Irakli Kobakhidze | Kobakhidze
    code: GEOLEG 2016-11-18..2019-06-21
    code: GEOGOV 2024-02-08..
    code: GEOELI
    note: speaker 2016-2019, Georgian Dream chairman, prime minister from 2024-02-08

person salome-zourabichvili
    ar: سالومي زورابيشفيلي | زورابيشفيلي | سالومي زورابشفيلي
    en: Salome Zourabichvili | Salomé Zourabichvili | Salome Zurabishvili | Zourabichvili | Zurabishvili
    code: GEOGOV 2004-03-20..2005-10-19
    code: GEOGOV 2018-12-16..2024-12-29
    code: GEOOPP 2024-12-30..
    code: GEOELI
    note: president 2018-12-16..2024-12-29; refused to recognise her successor

person mikheil-kavelashvili
    ar: ميخائيل كافيلاشفيلي | كافيلاشفيلي
    en: Mikheil Kavelashvili | Kavelashvili
    code: GEOGOV 2024-12-29..
    code: GEOELI

person bidzina-ivanishvili
    ar: بيدزينا إيفانيشفيلي | إيفانيشفيلي
    en: Bidzina Ivanishvili | Ivanishvili
    code: GEOGOV 2012-10-25..2013-11-20
    code: GEOELI
    note: founder and honorary chairman of Georgian Dream; prime minister 2012-2013

person mikheil-saakashvili
    ar: ميخائيل ساكاشفيلي | ساكاشفيلي
    en: Mikheil Saakashvili | Mikhail Saakashvili | Saakashvili
    code: GEOGOV 2004-01-25..2007-11-25
    code: GEOGOV 2008-01-20..2013-11-17
    code: UKRGOV 2015-05-30..2016-11-07
    code: GEOOPP

person irakli-garibashvili
    ar: إيراكلي غاريباشفيلي | غاريباشفيلي
    en: Irakli Garibashvili | Garibashvili
    code: GEOGOV 2012-10-25..2015-12-30
    code: GEOGOV 2019-09-08..2024-01-29
    code: GEOELI

person maka-botchorishvili
    ar: ماكا بوتشوريشفيلي
    en: Maka Botchorishvili
    code: GEOGOV 2024-12-05..
    code: GEOELI
    note: foreign minister from December 2024

person ararat-mirzoyan
    ar: أرارات ميرزويان | ميرزويان
    en: Ararat Mirzoyan | Mirzoyan
    code: ARMLEG 2019-01-14..2021-08-02
    code: ARMGOV 2021-08-19..
    code: ARMELI

person jeyhun-bayramov
    ar: جيهون بيراموف | بيراموف | جيحون بيراموف
    en: Jeyhun Bayramov | Bayramov
    code: AZEGOV 2020-07-16..
    code: AZEELI

person hikmet-hajiyev
    ar: حكمت حاجييف | حاجييف
    en: Hikmet Hajiyev | Hajiyev
    code: AZEGOV
    note: foreign policy adviser to President Aliyev

person kassym-jomart-tokayev
    ar: قاسم جومارت توكاييف | توكاييف | قاسم جومرت توكاييف
    en: Kassym-Jomart Tokayev | Kassym Jomart Tokayev | Tokayev
    code: KAZGOV 1994-10..2007-01
    code: KAZLEG 2007-01..2011-03
    code: KAZLEG 2013-10..2019-03-19
    code: KAZGOV 2019-03-20..
    code: KAZELI
    note: president from 2019-03-20

person nursultan-nazarbayev
    ar: نور سلطان نزارباييف | نزارباييف | نور سلطان نزاربايف | نزاربايف
    en: Nursultan Nazarbayev | Nazarbayev
    code: KAZGOV 1990-04-24..2019-03-20
    code: KAZELI

person shavkat-mirziyoyev
    ar: شوكت ميرضيائيف | ميرضيائيف | شوكت ميرزيوييف | ميرزيوييف
    en: Shavkat Mirziyoyev | Mirziyoyev
    code: UZBGOV 2003-12-12..
    code: UZBELI

person emomali-rahmon
    ar: إمام علي رحمن | إمام علي رحمانوف | رحمانوف
    en: Emomali Rahmon | Emomali Rakhmonov | Rahmon
    code: TJKGOV 1992-11-19..
    code: TJKELI

person sadyr-japarov
    ar: صدر جاباروف | جاباروف | صادر جاباروف
    en: Sadyr Japarov | Sadyr Zhaparov | Japarov
    code: KGZGOV 2020-10-14..
    code: KGZOPP

# Canada, Australia, New Zealand
person justin-trudeau
    ar: جاستن ترودو | ترودو | جاستين ترودو
    en: Justin Trudeau | Trudeau
    code: CANGOV 2015-11-04..2025-03-14
    code: CANELI

person mark-carney
    ar: مارك كارني | كارني
    en: Mark Carney | Carney
    code: CANGOV 2008-02-01..2013-06-01
    code: GBRGOV 2013-07-01..2020-03-15
    code: CANGOV 2025-03-14..
    code: CANELI
    note: governor of the Bank of Canada and the Bank of England; prime minister from 2025-03-14

person melanie-joly
    ar: ميلاني جولي
    en: Mélanie Joly | Melanie Joly
    code: CANGOV 2015-11-04..
    code: CANELI
    note: foreign minister 2021-10-26..2025-05-13

person anita-anand
    ar: أنيتا أناند
    en: Anita Anand
    code: CANGOV 2019-11-20..
    code: CANELI
    note: defence minister 2021-2023, foreign minister from 2025-05-13

person chrystia-freeland
    ar: كريستيا فريلاند | فريلاند
    en: Chrystia Freeland | Freeland
    code: CANGOV 2015-11-04..2025-09
    code: CANELI

person pierre-poilievre
    ar: بيير بواليفر | بواليفر | بيير بوالييفر
    en: Pierre Poilievre | Poilievre
    code: CANOPP

person anthony-albanese
    ar: أنتوني ألبانيزي | أنتوني ألبانيز
    en: Anthony Albanese
    code: AUSOPP 2019-05-30..2022-05-22
    code: AUSGOV 2022-05-23..
    code: AUSELI
    note: bare Albanese / ألبانيزي left out (UN rapporteur Francesca Albanese)

person penny-wong
    ar: بيني وونغ | بيني وونج
    en: Penny Wong
    code: AUSGOV 2022-05-23..
    code: AUSELI

person richard-marles
    ar: ريتشارد مارلز | مارلز
    en: Richard Marles | Marles
    code: AUSGOV 2022-05-23..
    code: AUSELI

person scott-morrison
    ar: سكوت موريسون
    en: Scott Morrison
    code: AUSGOV 2013-09-18..2022-05-23
    code: AUSELI

person jacinda-ardern
    ar: جاسيندا أرديرن | أرديرن | جاسيندا آرديرن
    en: Jacinda Ardern | Ardern
    code: NZLGOV 2017-10-26..2023-01-25
    code: NZLELI

person christopher-luxon
    ar: كريستوفر لوكسون | لوكسون
    en: Christopher Luxon | Luxon
    code: NZLGOV 2023-11-27..
    code: NZLOPP

person winston-peters
    ar: وينستون بيترز
    en: Winston Peters
    code: NZLGOV 2017-10-26..2020-11-06
    code: NZLGOV 2023-11-27..
    code: NZLELI

# Latin America and the Caribbean
person claudia-sheinbaum
    ar: كلاوديا شينباوم | شينباوم
    en: Claudia Sheinbaum | Sheinbaum
    code: MEXGOV 2018-12-05..2023-06-16
    code: MEXGOV 2024-10-01..
    code: MEXELI
    note: head of government of Mexico City 2018-2023, president from 2024-10-01

person andres-manuel-lopez-obrador
    ar: أندريس مانويل لوبيز أوبرادور | لوبيز أوبرادور | أوبرادور
    en: Andrés Manuel López Obrador | Andres Manuel Lopez Obrador | López Obrador | Lopez Obrador | AMLO
    code: MEXGOV 2018-12-01..2024-09-30
    code: MEXELI

person marcelo-ebrard
    ar: مارسيلو إبرارد | إبرارد
    en: Marcelo Ebrard | Ebrard
    code: MEXGOV 2018-12-01..2023-06-12
    code: MEXGOV 2024-10-01..
    code: MEXELI
    note: foreign minister 2018-2023, economy minister from 2024-10-01

person ismael-zambada
    ar: إسماعيل زامبادا | زامبادا | إل مايو زامبادا
    en: Ismael Zambada | El Mayo Zambada | Zambada
    code: MEXCRM
    note: Sinaloa cartel leader, arrested in the US 2024-07-25

person joaquin-guzman
    ar: خواكين غوزمان | إل تشابو | إل تشابو غوزمان | خواكين جوزمان
    en: Joaquín Guzmán | Joaquin Guzman | El Chapo | El Chapo Guzman | El Chapo Guzmán
    code: MEXCRM

person nemesio-oseguera
    ar: نيميسيو أوسيغيرا | إل منتشو | نيميسيو أوسيغيرا سيرفانتس
    en: Nemesio Oseguera Cervantes | Nemesio Oseguera | El Mencho
    code: MEXCRM
    note: leader of the Jalisco New Generation Cartel

person luiz-inacio-lula-da-silva
    ar: لويس إيناسيو لولا دا سيلفا | لولا دا سيلفا | إيناسيو لولا دا سيلفا
    en: Luiz Inácio Lula da Silva | Luiz Inacio Lula da Silva | Lula da Silva | Lula
    code: BRAGOV 2003-01-01..2010-12-31
    code: BRAGOV 2023-01-01..
    code: BRAOPP
    note: bare لولا left out (the Arabic word "were it not for")

person jair-bolsonaro
    ar: جايير بولسونارو | بولسونارو | جاير بولسونارو
    en: Jair Bolsonaro | Bolsonaro
    code: BRALEG 1991-02-01..2018-12-31
    code: BRAGOV 2019-01-01..2022-12-31
    code: BRAOPP

person mauro-vieira
    ar: ماورو فييرا
    en: Mauro Vieira
    code: BRAGOV 2015-01-01..2016-05-12
    code: BRAGOV 2023-01-01..
    code: BRAELI
    note: foreign minister

person celso-amorim
    ar: سيلسو أموريم | أموريم
    en: Celso Amorim | Amorim
    code: BRAGOV 2003-01-01..2014-12-31
    code: BRAGOV 2023-01-01..
    code: BRAELI
    note: foreign minister 2003-2010, defence minister 2011-2014, chief foreign-policy adviser from 2023

person alexandre-de-moraes
    ar: ألكسندر دي مورايس | ألكسندري دي مورايس
    en: Alexandre de Moraes
    code: BRAJUD 2017-03-22..
    code: BRAELI
    note: supreme court justice from 2017

person javier-milei
    ar: خافيير ميلي | ميلي | خافيير مايلي
    en: Javier Milei | Milei
    code: ARGLEG 2021-12-10..2023-12-09
    code: ARGGOV 2023-12-10..
    code: ARGELI
    note: bare ميلي = Milei (Mark Milley has full names)

person alberto-fernandez
    ar: ألبرتو فرنانديز
    en: Alberto Fernández | Alberto Fernandez
    code: ARGGOV 2019-12-10..2023-12-10
    code: ARGELI

person cristina-fernandez-de-kirchner
    ar: كريستينا فرنانديز دي كيرشنر | كريستينا كيرشنر | كيرشنر
    en: Cristina Fernández de Kirchner | Cristina Fernandez de Kirchner | Cristina Kirchner | Kirchner
    code: ARGGOV 2007-12-10..2015-12-10
    code: ARGGOV 2019-12-10..2023-12-10
    code: ARGOPP

person mauricio-macri
    ar: ماوريسيو ماكري | ماكري
    en: Mauricio Macri | Macri
    code: ARGGOV 2015-12-10..2019-12-10
    code: ARGELI

person gabriel-boric
    ar: غابرييل بوريك | بوريك | جابرييل بوريك
    en: Gabriel Boric | Boric
    code: CHLGOV 2022-03-11..2026-03-11
    code: CHLELI

person jose-antonio-kast
    ar: خوسيه أنطونيو كاست | كاست
    en: José Antonio Kast | Jose Antonio Kast | Kast
    code: CHLGOV 2026-03-11..
    code: CHLOPP
    note: elected president December 2025, took office 2026-03-11

person sebastian-pinera
    ar: سيباستيان بينيرا | بينيرا
    en: Sebastián Piñera | Sebastian Pinera | Piñera | Pinera
    code: CHLGOV 2010-03-11..2014-03-11
    code: CHLGOV 2018-03-11..2022-03-11
    code: CHLELI

person gustavo-petro
    ar: غوستافو بيترو | بيترو | جوستافو بيترو
    en: Gustavo Petro | Petro
    code: COLGOV 2012-01-01..2015-12-31
    code: COLGOV 2022-08-07..
    code: COLOPP
    note: mayor of Bogotá 2012-2015, president from 2022-08-07

person ivan-duque
    ar: إيفان دوكي | دوكي
    en: Iván Duque | Ivan Duque | Duque
    code: COLGOV 2018-08-07..2022-08-07
    code: COLELI

person juan-manuel-santos
    ar: خوان مانويل سانتوس
    en: Juan Manuel Santos
    code: COLGOV 2010-08-07..2018-08-07
    code: COLELI

person alvaro-uribe
    ar: ألفارو أوريبي | أوريبي
    en: Álvaro Uribe | Alvaro Uribe | Uribe
    code: COLGOV 2002-08-07..2010-08-07
    code: COLELI

person edmundo-gonzalez
    ar: إدموندو غونزاليس | إدموندو غونزاليس أوروتيا | إدموندو جونزاليس
    en: Edmundo González | Edmundo Gonzalez | Edmundo González Urrutia | Edmundo Gonzalez Urrutia
    code: VENOPP
    note: opposition candidate in the 2024 presidential election

person maria-corina-machado
    ar: ماريا كورينا ماتشادو | ماتشادو
    en: María Corina Machado | Maria Corina Machado | Machado
    code: VENOPP
    note: Nobel peace laureate 2025

person juan-guaido
    ar: خوان غوايدو | غوايدو | خوان جوايدو
    en: Juan Guaidó | Juan Guaido | Guaidó | Guaido
    code: VENOPP
    note: claimed the interim presidency 2019-01-23..2023-01-05

person delcy-rodriguez
    ar: ديلسي رودريغيز | ديلسي رودريغز | ديلسي رودريجيز
    en: Delcy Rodríguez | Delcy Rodriguez
    code: VENGOV 2013..
    code: VENELI
    note: foreign minister 2014-2017, vice-president from 2018-06-14, acting president from January 2026 after Maduro's capture

person diosdado-cabello
    ar: ديوسدادو كابيلو | كابيلو
    en: Diosdado Cabello | Cabello
    code: VENLEG 2012-01-05..2016-01-04
    code: VENGOV 2024-08-27..
    code: VENELI
    note: ruling-party number two; interior minister from 2024-08-27

person vladimir-padrino-lopez
    ar: فلاديمير بادرينو لوبيز | بادرينو لوبيز | فلاديمير بادرينو
    en: Vladimir Padrino López | Vladimir Padrino Lopez | Padrino López | Padrino Lopez
    code: VENGOV 2014-10-24..
    code: VENMIL
    note: defence minister from 2014-10-24

person yvan-gil
    ar: إيفان خيل | إيفان جيل
    en: Yván Gil | Yvan Gil
    code: VENGOV
    note: foreign minister from 2023

person miguel-diaz-canel
    ar: ميغيل دياز كانيل | دياز كانيل | ميجيل دياز كانيل
    en: Miguel Díaz-Canel | Miguel Diaz-Canel | Díaz-Canel | Diaz-Canel
    code: CUBGOV 2013-02-24..
    code: CUBELI

person raul-castro
    ar: راوول كاسترو | راؤول كاسترو | راول كاسترو
    en: Raúl Castro | Raul Castro
    code: CUBGOV 1959-01..2021-04-19
    code: CUBELI

person fidel-castro
    ar: فيدل كاسترو
    en: Fidel Castro
    code: CUBGOV 1959-02-16..2008-02-24
    code: CUBELI

person bruno-rodriguez-parrilla
    ar: برونو رودريغيز باريا | برونو رودريغيز
    en: Bruno Rodríguez Parrilla | Bruno Rodriguez Parrilla | Bruno Rodríguez | Bruno Rodriguez
    code: CUBGOV 2009-03-02..
    code: CUBELI
    note: foreign minister from 2009

person dina-boluarte
    ar: دينا بولوارتي | بولوارتي
    en: Dina Boluarte | Boluarte
    code: PERGOV 2021-07-28..2025-10-10
    code: PERELI

person pedro-castillo
    ar: بيدرو كاستيو | بيدرو كاستيلو
    en: Pedro Castillo
    code: PERGOV 2021-07-28..2022-12-07
    code: PERELI

person daniel-noboa
    ar: دانيال نوبوا | نوبوا
    en: Daniel Noboa | Noboa
    code: ECUGOV 2023-11-23..
    code: ECUELI

person guillermo-lasso
    ar: غييرمو لاسو | غيليرمو لاسو
    en: Guillermo Lasso
    code: ECUGOV 2021-05-24..2023-11-23
    code: ECUELI

person luis-arce
    ar: لويس آرسي | لويس أرسي
    en: Luis Arce | Luis Alberto Arce
    code: BOLGOV 2006-01-23..2017-06-24
    code: BOLGOV 2019-01-23..2019-11-10
    code: BOLGOV 2020-11-08..2025-11-08
    code: BOLELI

person rodrigo-paz
    ar: رودريغو باز | رودريغو باز بيريرا
    en: Rodrigo Paz | Rodrigo Paz Pereira
    code: BOLGOV 2025-11-08..
    code: BOLELI

person evo-morales
    ar: إيفو موراليس
    en: Evo Morales
    code: BOLGOV 2006-01-22..2019-11-10
    code: BOLOPP

person daniel-ortega
    ar: دانيال أورتيغا | أورتيغا | دانيال أورتيجا
    en: Daniel Ortega | Ortega
    code: NICGOV 1979-07..1990-04-25
    code: NICGOV 2007-01-10..
    code: NICOPP

person rosario-murillo
    ar: روساريو موريو | روساريو موريلو
    en: Rosario Murillo | Murillo
    code: NICGOV 2017-01-10..
    code: NICELI
    note: vice-president from 2017, co-president from 2025

person nayib-bukele
    ar: نجيب بوكيلة | بوكيلة | نجيب بوكيلي | بوكيلي | نيب بوكيلي
    en: Nayib Bukele | Bukele
    code: SLVGOV 2015-05-01..2018-04-30
    code: SLVGOV 2019-06-01..
    code: SLVELI
    note: mayor of San Salvador 2015-2018, president from 2019-06-01

person xiomara-castro
    ar: شيومارا كاسترو | زيومارا كاسترو
    en: Xiomara Castro
    code: HNDGOV 2022-01-27..2026-01-27
    code: HNDELI

person nasry-asfura
    ar: نصري عصفورة | نصري أسفورا
    en: Nasry Asfura | Asfura
    code: HNDGOV 2026-01-27..
    code: HNDELI
    note: president from 2026-01-27; bare عصفورة left out (ordinary word)

person bernardo-arevalo
    ar: برناردو أريفالو | أريفالو
    en: Bernardo Arévalo | Bernardo Arevalo | Arévalo | Arevalo
    code: GTMGOV 2024-01-14..
    code: GTMELI

person jose-raul-mulino
    ar: خوسيه راؤول مولينو | مولينو | خوسيه راول مولينو
    en: José Raúl Mulino | Jose Raul Mulino | Mulino
    code: PANGOV 2024-07-01..
    code: PANELI

person jovenel-moise
    ar: جوفينيل مويز | جوفنيل مويز
    en: Jovenel Moïse | Jovenel Moise
    code: HTIGOV 2017-02-07..2021-07-07
    code: HTIELI

person ariel-henry
    ar: أرييل هنري | آرييل هنري
    en: Ariel Henry
    code: HTIGOV 2021-07-20..2024-04-25
    code: HTIELI

person alix-didier-fils-aime
    ar: أليكس ديدييه فيس إيميه | فيس إيميه
    en: Alix Didier Fils-Aimé | Alix Didier Fils-Aime | Fils-Aimé | Fils-Aime
    code: HTIGOV 2024-11-11..
    code: HTIBUS
    note: prime minister from 2024-11-11

person jimmy-cherizier
    ar: جيمي شيريزييه | شيريزييه | جيمي شيريزيه | جيمي باربيكيو
    en: Jimmy Chérizier | Jimmy Cherizier | Chérizier | Cherizier
    code: HTICRM
    note: leader of the G9 and Viv Ansanm gang coalitions; bare "Barbecue" left out

# Myanmar
person min-aung-hlaing
    ar: مين أونغ هلاينغ | مين أونج هلاينج | مين اونغ هلاينغ
    en: Min Aung Hlaing
    code: MMRGOV 2021-02-01..
    code: MMRMIL
    note: commander-in-chief from 2011-03-30; head of the junta from the coup of 2021-02-01, acting president from 2024-07-22

person aung-san-suu-kyi
    ar: أونغ سان سو تشي | سو تشي | أونج سان سو تشي | اونغ سان سو تشي
    en: Aung San Suu Kyi | Suu Kyi
    code: MMRGOV 2016-03-30..2021-02-01
    code: MMROPP
    note: state counsellor 2016-2021; detained since the 2021 coup

person duwa-lashi-la
    ar: دوا لاشي لا
    en: Duwa Lashi La
    code: MMROPP
    note: acting president of the National Unity Government

person zaw-min-tun
    ar: زاو مين تون | زاو مين تان
    en: Zaw Min Tun
    code: MMRMIL
    note: junta spokesman

# Thailand, Cambodia, Vietnam
person thaksin-shinawatra
    ar: تاكسين شيناواترا | ثاكسين شيناواترا
    en: Thaksin Shinawatra
    en: Thaksin
    code: THAGOV 2001-02-09..2006-09-19
    code: THAELI

person yingluck-shinawatra
    ar: ينغلوك شيناواترا | ينجلوك شيناواترا
    en: Yingluck Shinawatra
    code: THAGOV 2011-08-05..2014-05-07
    code: THAELI

person paetongtarn-shinawatra
    ar: بايتونغتارن شيناواترا | بيتونغتارن شيناواترا
    en: Paetongtarn Shinawatra
    en: Paetongtarn
    code: THAGOV 2024-08-16..2025-08-29
    code: THAELI
    note: prime minister 2024-08-16, suspended 2025-07-01 and removed by the court 2025-08-29

person prayut-chan-o-cha
    ar: برايوت تشان أوتشا | برايوت تشان أو تشا | برايوث تشان أوتشا
    en: Prayut Chan-o-cha | Prayuth Chan-ocha | Prayut Chan-ocha | Prayuth Chan-o-cha
    code: THAMIL ..2014-05-21
    code: THAGOV 2014-05-22..2023-08-22
    code: THAELI

person srettha-thavisin
    ar: سريثا تافيسين | سريتا تافيسين
    en: Srettha Thavisin | Thavisin
    en: Srettha
    code: THAGOV 2023-08-22..2024-08-14
    code: THABUS

person anutin-charnvirakul
    ar: أنوتين تشارنفيراكول | أنوتين تشارنفيراكل
    en: Anutin Charnvirakul | Charnvirakul
    en: Anutin
    code: THAGOV 2019-07-10..2025-06-19
    code: THAGOV 2025-09-07..
    code: THAELI
    note: prime minister from 2025-09-07

person hun-sen
    ar: هون سين
    en: Hun Sen
    code: KHMGOV 1985-01-14..2023-08-22
    code: KHMLEG 2024-04-03..
    code: KHMELI
    note: prime minister 1985-2023, senate president from 2024-04-03

person hun-manet
    ar: هون مانيت
    en: Hun Manet
    code: KHMGOV 2023-08-22..
    code: KHMMIL

person to-lam
    ar: تو لام
    en: To Lam | Tô Lâm
    code: VNMGOV 2016-04-12..
    code: VNMELI
    note: public security minister 2016-2024, president 2024, general secretary from 2024-08-03

person nguyen-phu-trong
    ar: نغوين فو ترونغ | نجوين فو ترونج
    en: Nguyen Phu Trong | Nguyễn Phú Trọng
    code: VNMGOV 2011-01-19..2024-07-19
    code: VNMELI

person pham-minh-chinh
    ar: فام مينه تشينه | فام مينه شينه
    en: Pham Minh Chinh | Phạm Minh Chính
    code: VNMGOV 2021-04-05..
    code: VNMELI

# Indonesia, Malaysia, Singapore
person prabowo-subianto
    ar: برابوو سوبيانتو | برابوو | برابو سوبيانتو
    en: Prabowo Subianto | Prabowo
    code: IDNGOV 2019-10-23..
    code: IDNOPP
    note: defence minister 2019-2024, president from 2024-10-20; Indonesians have no surname and news calls him Prabowo

person joko-widodo
    ar: جوكو ويدودو | ويدودو | جوكوي
    en: Joko Widodo | Jokowi | Widodo
    code: IDNGOV 2005-07-28..2024-10-20
    code: IDNELI
    note: mayor of Surakarta, governor of Jakarta, president 2014-2024

person retno-marsudi
    ar: ريتنو مارسودي | مارسودي
    en: Retno Marsudi | Marsudi
    code: IDNGOV 2014-10-27..2024-10-20
    code: IDNELI

person sugiono
    ar: سوجيونو | سوغيونو
    en: Sugiono
    code: IDNGOV 2024-10-21..
    code: IDNELI
    note: foreign minister from 2024-10-21 (single name)

person anwar-ibrahim
    ar: أنور إبراهيم
    en: Anwar Ibrahim
    code: MYSGOV 1993-06..1998-09-02
    code: MYSGOV 2022-11-24..
    code: MYSOPP

person mahathir-mohamad
    ar: مهاتير محمد | مهاتير
    en: Mahathir Mohamad | Mahathir bin Mohamad | Mahathir Mohammad | Mahathir
    code: MYSGOV 1981-07-16..2003-10-31
    code: MYSGOV 2018-05-10..2020-03-01
    code: MYSELI

person lawrence-wong
    ar: لورانس وونغ | لورنس وونغ
    en: Lawrence Wong
    code: SGPGOV 2011..
    code: SGPELI
    note: prime minister from 2024-05-15

person lee-hsien-loong
    ar: لي هسين لونغ | لي شين لونغ | لي هسيين لونغ
    en: Lee Hsien Loong
    code: SGPGOV 1984..
    code: SGPELI
    note: prime minister 2004-2024, senior minister from 2024-05-15

person vivian-balakrishnan
    ar: فيفيان بالاكريشنان | بالاكريشنان
    en: Vivian Balakrishnan | Balakrishnan
    code: SGPGOV 2008..
    code: SGPELI
    note: foreign minister from 2015-10-01

# Bangladesh, Nepal, Sri Lanka, Maldives
person sheikh-hasina
    ar: الشيخة حسينة | الشيخة حسينة واجد | حسينة واجد | شيخ حسينة
    en: Sheikh Hasina | Sheikh Hasina Wazed | Hasina
    code: BGDOPP 1981..1996-06-22
    code: BGDGOV 1996-06-23..2001-07-15
    code: BGDOPP 2001-07-16..2009-01-05
    code: BGDGOV 2009-01-06..2024-08-05
    code: BGDELI
    note: prime minister; ousted 2024-08-05 and in exile in India; "Sheikh" is part of her name; bare حسينة left out (ordinary word)

person muhammad-yunus
    ar: محمد يونس
    en: Muhammad Yunus | Yunus
    code: BGDGOV 2024-08-08..2026-02
    code: BGDCVL
    note: chief adviser of the interim government from 2024-08-08 until the government formed after the February 2026 election

person tarique-rahman
    ar: طارق رحمن | طارق الرحمن
    en: Tarique Rahman
    code: BGDGOV 2026-02..
    code: BGDOPP
    note: BNP leader; prime minister after the election of February 2026 (exact day unverified)

person khaleda-zia
    ar: خالدة ضياء
    en: Khaleda Zia
    code: BGDGOV 1991-03-20..1996-03-30
    code: BGDGOV 2001-10-10..2006-10-29
    code: BGDOPP
    note: BNP leader; died 2025-12-30

person kp-sharma-oli
    ar: كيه بي شارما أولي | كي بي شارما أولي | شارما أولي | خادغا براساد شارما أولي
    en: K.P. Sharma Oli | KP Sharma Oli | K. P. Sharma Oli | Khadga Prasad Sharma Oli | Sharma Oli | Oli
    code: NPLGOV 2015-10-12..2016-08-04
    code: NPLGOV 2018-02-15..2021-07-13
    code: NPLGOV 2024-07-15..2025-09-09
    code: NPLELI
    note: prime minister; resigned 2025-09-09 after the Gen Z protests

person sushila-karki
    ar: سوشيلا كاركي | كاركي
    en: Sushila Karki | Karki
    code: NPLJUD 2016-04-13..2017-06-06
    code: NPLGOV 2025-09-12..
    code: NPLELI
    note: chief justice 2016-2017, interim prime minister from 2025-09-12

person pushpa-kamal-dahal
    ar: بوشبا كمال داهال | براتشاندا | بوشبا كامال داهال
    en: Pushpa Kamal Dahal | Prachanda
    code: NPLGOV 2008-08-18..2009-05-25
    code: NPLGOV 2016-08-04..2017-06-07
    code: NPLGOV 2022-12-26..2024-07-15
    code: NPLELI
    note: "Prachanda" is his nom de guerre, used as a name in news

person anura-kumara-dissanayake
    ar: أنورا كومارا ديساناياكا | ديساناياكا | أنورا كومارا ديساناياكي
    en: Anura Kumara Dissanayake | Dissanayake
    code: LKAGOV 2024-09-23..
    code: LKAOPP

person ranil-wickremesinghe
    ar: رانيل ويكريميسينغ | ويكريميسينغ | رانيل ويكرمسينغ
    en: Ranil Wickremesinghe | Wickremesinghe
    code: LKAGOV 2015-01-09..2018-10-26
    code: LKAGOV 2018-12-16..2019-11-21
    code: LKAGOV 2022-05-12..2024-09-23
    code: LKAELI

person gotabaya-rajapaksa
    ar: غوتابايا راجاباكسا | جوتابايا راجاباكسا
    en: Gotabaya Rajapaksa
    code: LKAGOV 2019-11-18..2022-07-14
    code: LKAELI

person mahinda-rajapaksa
    ar: ماهيندا راجاباكسا
    en: Mahinda Rajapaksa
    code: LKAGOV 2005-11-19..2015-01-09
    code: LKAGOV 2019-11-21..2022-05-09
    code: LKAELI

person mohamed-muizzu
    ar: محمد معز | محمد مويزو
    en: Mohamed Muizzu | Muizzu
    code: MDVGOV 2023-11-17..
    code: MDVELI

# Sahel
person assimi-goita
    ar: عاصمي غويتا | غويتا | أسيمي غويتا | آسيمي غويتا
    en: Assimi Goïta | Assimi Goita | Goïta | Goita
    code: MLIGOV 2020-08-18..
    code: MLIMIL
    note: coup leader 2020-08-18, transitional vice-president, president from 2021-05-24

person abdoulaye-diop
    ar: عبد الله ديوب | عبدولاي ديوب
    en: Abdoulaye Diop
    code: MLIGOV 2014-04-11..2017-12-31
    code: MLIGOV 2021-06-07..
    code: MLIELI
    note: foreign minister of Mali

person sadio-camara
    ar: ساديو كامارا
    en: Sadio Camara
    code: MLIGOV 2020-10-05..
    code: MLIMIL
    note: defence minister of Mali from 2020

person choguel-maiga
    ar: شوغل مايغا | شوغيل مايغا | شوغيل كوكالا مايغا
    en: Choguel Maïga | Choguel Kokalla Maïga | Choguel Maiga | Choguel Kokalla Maiga
    code: MLIGOV 2021-06-07..2024-11-20
    code: MLIOPP

person ibrahim-boubacar-keita
    ar: إبراهيم أبو بكر كيتا | إبراهيم بوبكر كيتا | إبراهيم بوبكار كيتا
    en: Ibrahim Boubacar Keïta | Ibrahim Boubacar Keita | IBK
    code: MLIGOV 2013-09-04..2020-08-18
    code: MLIELI

person iyad-ag-ghaly
    ar: إياد أغ غالي | إياد آغ غالي
    en: Iyad Ag Ghaly | Iyad ag Ghali | Iyad Ag Ghali
    code: IMGMUSALQ
    note: leader of JNIM

person amadou-koufa
    ar: أمادو كوفا | أمادو كوفة | محمد كوفا
    en: Amadou Koufa | Amadou Kouffa
    code: IMGMUSALQ
    note: JNIM commander, Katiba Macina

person ibrahim-traore
    ar: إبراهيم تراوري
    en: Ibrahim Traoré | Ibrahim Traore
    code: BFAGOV 2022-09-30..
    code: BFAMIL
    note: Burkina Faso junta leader from 2022-09-30; bare Traoré left out (common surname)

person paul-henri-damiba
    ar: بول هنري داميبا | داميبا | بول هنري سانداوغو داميبا
    en: Paul-Henri Sandaogo Damiba | Paul-Henri Damiba | Damiba
    code: BFAGOV 2022-01-24..2022-09-30
    code: BFAMIL

person roch-marc-christian-kabore
    ar: روك مارك كريستيان كابوري | كابوري
    en: Roch Marc Christian Kaboré | Roch Marc Christian Kabore | Roch Kaboré | Kaboré | Kabore
    code: BFAGOV 2015-12-29..2022-01-24
    code: BFAELI

person abdourahamane-tiani
    ar: عبد الرحمن تياني | تياني | عبد الرحمن تشياني | تشياني
    en: Abdourahamane Tiani | Abdourahamane Tchiani | Tiani | Tchiani
    code: NERGOV 2023-07-26..
    code: NERMIL
    note: Niger junta leader from the coup of 2023-07-26

person mohamed-bazoum
    ar: محمد بازوم | بازوم
    en: Mohamed Bazoum | Bazoum
    code: NERGOV 2015-02..2020-06
    code: NERGOV 2021-04-02..2023-07-26
    code: NERELI
    note: president 2021-2023, detained since the coup

person ali-lamine-zeine
    ar: علي الأمين زين | علي لامين زين | علي محمد الأمين زين
    en: Ali Lamine Zeine | Ali Mahaman Lamine Zeine | Lamine Zeine
    code: NERGOV 2023-08-08..
    code: NERELI
    note: prime minister of Niger from 2023-08-08

person mahamadou-issoufou
    ar: محمدو إيسوفو | محمد يوسفو | إيسوفو
    en: Mahamadou Issoufou | Issoufou
    code: NERGOV 2011-04-07..2021-04-02
    code: NERELI

person mahamat-idriss-deby
    ar: محمد إدريس ديبي | محمد ديبي | محمد إدريس ديبي إتنو | محمد كاكا
    en: Mahamat Idriss Déby | Mahamat Idriss Deby | Mahamat Déby | Mahamat Deby | Mahamat Idriss Déby Itno
    en: Déby | Deby
    code: TCDGOV 2021-04-20..
    code: TCDMIL
    note: president of Chad from 2021-04-20; bare Déby / Deby = Mahamat (his father Idriss Déby, died 2021-04-20, has full names)

person idriss-deby
    ar: إدريس ديبي | إدريس ديبي إتنو
    en: Idriss Déby | Idriss Deby | Idriss Déby Itno | Idriss Deby Itno
    code: TCDGOV 1990-12-02..2021-04-20
    code: TCDELI

person succes-masra
    ar: سيكسيه ماسرا | ماسرا | سوكسيه ماسرا
    en: Succès Masra | Succes Masra | Masra
    code: TCDGOV 2024-01-01..2024-05-22
    code: TCDOPP

person mohamed-ould-ghazouani
    ar: محمد ولد الشيخ الغزواني | محمد ولد الغزواني | ولد الغزواني | الغزواني
    en: Mohamed Ould Ghazouani | Mohamed Ould Cheikh El Ghazouani | Mohamed Ould El-Ghazaouani | Ghazouani
    code: MRTGOV 2018-10-29..2019-03-15
    code: MRTGOV 2019-08-01..
    code: MRTMIL
    note: president of Mauritania from 2019-08-01

person mohamed-ould-abdel-aziz
    ar: محمد ولد عبد العزيز
    en: Mohamed Ould Abdel Aziz
    code: MRTGOV 2008-08-06..2019-08-01
    code: MRTELI

# West and Central Africa
person bola-tinubu
    ar: بولا تينوبو | تينوبو | بولا أحمد تينوبو
    en: Bola Tinubu | Bola Ahmed Tinubu | Tinubu
    code: NGAGOV 1999-05-29..2007-05-29
    code: NGAGOV 2023-05-29..
    code: NGAELI
    note: governor of Lagos 1999-2007, president from 2023-05-29

person muhammadu-buhari
    ar: محمد بخاري | محمدو بخاري | محمدو بوهاري
    en: Muhammadu Buhari | Buhari
    code: NGAGOV 1983-12-31..1985-08-27
    code: NGAGOV 2015-05-29..2023-05-29
    code: NGAELI
    note: died 2025-07-13; bare بخاري left out (al-Bukhari)

person kashim-shettima
    ar: كاشم شتيمة | كاشيم شيتيما
    en: Kashim Shettima | Shettima
    code: NGAGOV 2011-05-29..2019-05-29
    code: NGAGOV 2023-05-29..
    code: NGAELI
    note: vice-president from 2023-05-29

person peter-obi
    ar: بيتر أوبي
    en: Peter Obi
    code: NGAOPP

person atiku-abubakar
    ar: أتيكو أبو بكر | عتيق أبو بكر
    en: Atiku Abubakar
    code: NGAGOV 1999-05-29..2007-05-29
    code: NGAOPP

person nnamdi-kanu
    ar: نامدي كانو | نمدي كانو
    en: Nnamdi Kanu
    code: NGAOPP
    note: leader of IPOB (Biafran separatists); convicted in November 2025

person john-mahama
    ar: جون ماهاما | ماهاما | جون دراماني ماهاما
    en: John Mahama | John Dramani Mahama | Mahama
    code: GHAGOV 2009-01-07..2017-01-07
    code: GHAGOV 2025-01-07..
    code: GHAOPP

person nana-akufo-addo
    ar: نانا أكوفو أدو | أكوفو أدو
    en: Nana Akufo-Addo | Nana Addo Dankwa Akufo-Addo | Akufo-Addo
    code: GHAGOV 2017-01-07..2025-01-07
    code: GHAELI

person bassirou-diomaye-faye
    ar: باسيرو ديوماي فاي | ديوماي فاي | بشير ديوماي فاي
    en: Bassirou Diomaye Faye | Diomaye Faye
    code: SENGOV 2024-04-02..
    code: SENOPP

person ousmane-sonko
    ar: عثمان سونكو | سونكو
    en: Ousmane Sonko | Sonko
    code: SENGOV 2024-04-02..
    code: SENOPP
    note: prime minister of Senegal from 2024-04-02

person macky-sall
    ar: ماكي سال
    en: Macky Sall
    code: SENGOV 2012-04-02..2024-04-02
    code: SENELI

person alassane-ouattara
    ar: الحسن واتارا | واتارا | الحسن وتارا | الحسن درامان واتارا
    en: Alassane Ouattara | Ouattara
    code: CIVGOV 2010-12-04..
    code: CIVELI

person paul-biya
    ar: بول بيا
    en: Paul Biya | Biya
    code: CMRGOV 1982-11-06..
    code: CMRELI

person mamadi-doumbouya
    ar: مامادي دومبويا | دومبويا
    en: Mamady Doumbouya | Mamadi Doumbouya | Doumbouya
    code: GINGOV 2021-09-05..
    code: GINMIL

person brice-oligui-nguema
    ar: بريس أوليغي نغيما | أوليغي نغيما | بريس كلوتير أوليغي نغيما
    en: Brice Oligui Nguema | Brice Clotaire Oligui Nguema | Oligui Nguema
    code: GABGOV 2023-08-30..
    code: GABMIL

person faure-gnassingbe
    ar: فور غناسينغبي | غناسينغبي | فوري غناسينغبي
    en: Faure Gnassingbé | Faure Gnassingbe | Gnassingbé | Gnassingbe
    code: TGOGOV 2005-05-04..
    code: TGOELI

person patrice-talon
    ar: باتريس تالون | تالون
    en: Patrice Talon
    code: BENGOV 2016-04-06..
    code: BENBUS
    note: bare Talon left out (ordinary word)

# Great Lakes
person felix-tshisekedi
    ar: فيليكس تشيسيكيدي | تشيسيكيدي | فيليكس تشيسكيدي | تشيسكيدي | فيليكس أنطوان تشيسيكيدي
    en: Félix Tshisekedi | Felix Tshisekedi | Félix Antoine Tshisekedi | Felix Antoine Tshisekedi | Félix-Antoine Tshisekedi | Tshisekedi
    code: CODGOV 2019-01-24..
    code: CODOPP
    note: president from 2019-01-24; bare Tshisekedi = Félix (his father Étienne died 2017)

person joseph-kabila
    ar: جوزيف كابيلا | كابيلا
    en: Joseph Kabila | Kabila
    code: CODGOV 2001-01-26..2019-01-24
    code: CODELI
    note: sentenced to death in absentia in 2025 for backing the M23

person judith-suminwa
    ar: جوديث سومينوا | سومينوا | جوديث سومينوا تولوكا
    en: Judith Suminwa | Judith Suminwa Tuluka | Suminwa
    code: CODGOV 2024-06-12..
    code: CODELI
    note: prime minister from 2024-06-12

person therese-kayikwamba-wagner
    ar: تيريز كاييكوامبا فاغنر | كاييكوامبا فاغنر | تيريز كاييكوامبا واغنر
    en: Thérèse Kayikwamba Wagner | Therese Kayikwamba Wagner | Kayikwamba Wagner
    code: CODGOV 2024-05-29..
    code: CODELI
    note: foreign minister from 2024

person corneille-nangaa
    ar: كورناي نانغا | نانغا | كورني نانغا
    en: Corneille Nangaa | Nangaa
    code: CODGOV 2015-10..2021-10
    code: CODREB
    note: electoral commission head 2015-2021; leader of the Alliance Fleuve Congo (AFC/M23) from 2023-12

person sultani-makenga
    ar: سلطاني ماكينغا | ماكينغا
    en: Sultani Makenga | Makenga
    code: CODREB
    note: M23 military commander

person bertrand-bisimwa
    ar: برتران بيسيموا | بيسيموا
    en: Bertrand Bisimwa | Bisimwa
    code: CODREB
    note: M23 president

person lawrence-kanyuka
    ar: لورانس كانيوكا | كانيوكا
    en: Lawrence Kanyuka | Kanyuka
    code: CODREB
    note: M23 / AFC spokesman

person moise-katumbi
    ar: مويز كاتومبي | كاتومبي | مويس كاتومبي
    en: Moïse Katumbi | Moise Katumbi | Katumbi
    code: CODOPP

person martin-fayulu
    ar: مارتن فايولو | فايولو
    en: Martin Fayulu | Fayulu
    code: CODOPP

person denis-mukwege
    ar: دينيس موكويغي | موكويغي | دنيس موكويجي
    en: Denis Mukwege | Mukwege
    code: CODCVL
    note: gynaecologist, Nobel peace laureate 2018

person paul-kagame
    ar: بول كاغامي | كاغامي | بول كاجامي | كاجامي | بول كاغامه
    en: Paul Kagame | Kagame
    code: RWAGOV 1994-07-19..
    code: RWAELI
    note: vice-president and defence minister 1994-2000, president from 2000-03-24

person olivier-nduhungirehe
    ar: أوليفييه ندوهونغيريهي | ندوهونغيريهي
    en: Olivier Nduhungirehe | Nduhungirehe
    code: RWAGOV
    note: foreign minister from 2023-12-05

person vincent-biruta
    ar: فنسنت بيروتا | فانسان بيروتا | بيروتا
    en: Vincent Biruta | Biruta
    code: RWAGOV
    note: foreign minister 2019-2023, then interior minister

person yolande-makolo
    ar: يولاند ماكولو | ماكولو
    en: Yolande Makolo | Makolo
    code: RWAGOV
    note: government spokeswoman

person paul-rusesabagina
    ar: بول روسيساباجينا | روسيساباجينا | بول روسيساباغينا
    en: Paul Rusesabagina | Rusesabagina
    code: RWAOPP

person victoire-ingabire
    ar: فيكتوار إنغابيري | فيكتوار إنجابيري
    en: Victoire Ingabire | Victoire Ingabire Umuhoza | Ingabire
    code: RWAOPP

person evariste-ndayishimiye
    ar: إيفاريست ندايشيمي | ندايشيمي | إيفاريست ندايشيمييه
    en: Évariste Ndayishimiye | Evariste Ndayishimiye | Ndayishimiye
    code: BDIGOV 2020-06-18..
    code: BDIELI

person yoweri-museveni
    ar: يويري موسيفيني | موسيفيني | يوري موسيفيني
    en: Yoweri Museveni | Museveni
    code: UGAGOV 1986-01-29..
    code: UGAELI

person bobi-wine
    ar: بوبي واين | روبرت كياغولاني
    en: Bobi Wine | Robert Kyagulanyi | Kyagulanyi
    code: UGAOPP

person muhoozi-kainerugaba
    ar: موهوزي كاينيروغابا | كاينيروغابا
    en: Muhoozi Kainerugaba | Kainerugaba
    en: Muhoozi
    code: UGAMIL
    note: son of Museveni; chief of defence forces from 2024-03-21

# East Africa and the Horn
person william-ruto
    ar: ويليام روتو | روتو | وليام روتو
    en: William Ruto | Ruto
    code: KENGOV 2013-04-09..
    code: KENELI
    note: deputy president 2013-2022, president from 2022-09-13

person uhuru-kenyatta
    ar: أوهورو كينياتا | كينياتا
    en: Uhuru Kenyatta | Kenyatta
    code: KENGOV 2013-04-09..2022-09-13
    code: KENELI

person raila-odinga
    ar: رايلا أودينغا | أودينغا | رايلا أودينجا
    en: Raila Odinga | Odinga
    code: KENGOV 2008-04-17..2013-04-09
    code: KENOPP
    note: died 2025-10-15

person musalia-mudavadi
    ar: موساليا مودافادي | مودافادي
    en: Musalia Mudavadi | Mudavadi
    code: KENGOV 2022-10-27..
    code: KENELI
    note: prime cabinet secretary from 2022, also foreign minister from 2024

person rigathi-gachagua
    ar: ريغاثي غاتشاغوا | غاتشاغوا
    en: Rigathi Gachagua | Gachagua
    code: KENGOV 2022-09-13..2024-10-17
    code: KENOPP

person samia-suluhu-hassan
    ar: سامية صلوحو حسن | سامية صولوحو حسن | سامية سولوهو حسن | سامية صلوحو
    en: Samia Suluhu Hassan | Samia Suluhu | Suluhu
    code: TZAGOV 2015-11-05..
    code: TZAELI
    note: vice-president 2015-2021, president from 2021-03-19

person john-magufuli
    ar: جون ماغوفولي | ماغوفولي | جون بومبي ماغوفولي
    en: John Magufuli | John Pombe Magufuli | Magufuli
    code: TZAGOV 2015-11-05..2021-03-17
    code: TZAELI

person tundu-lissu
    ar: توندو ليسو
    en: Tundu Lissu | Lissu
    code: TZAOPP
    note: bare ليسو left out (close to ليسوا)

person isaias-afwerki
    ar: أسياس أفورقي | أفورقي | أسياس أفورقى | إسياس أفورقي
    en: Isaias Afwerki | Isaias Afewerki | Afwerki | Afewerki
    en: Isaias
    code: ERIGOV 1993-05-24..
    code: ERIELI

person osman-saleh
    ar: عثمان صالح | عثمان صالح محمد
    en: Osman Saleh | Osman Saleh Mohammed
    code: ERIGOV
    note: Eritrean foreign minister from 2007

person hassan-sheikh-mohamud
    ar: حسن شيخ محمود
    en: Hassan Sheikh Mohamud
    en: Hassan Sheikh
    code: SOMGOV 2012-09-16..2017-02-16
    code: SOMGOV 2022-05-23..
    code: SOMOPP

person mohamed-abdullahi-farmaajo
    ar: محمد عبد الله فرماجو | فرماجو | محمد عبد الله محمد فرماجو
    en: Mohamed Abdullahi Farmaajo | Mohamed Abdullahi Mohamed | Farmaajo | Farmajo
    code: SOMGOV 2010-11-01..2011-06-19
    code: SOMGOV 2017-02-16..2022-05-23
    code: SOMOPP

person hamza-abdi-barre
    ar: حمزة عبدي بري
    en: Hamza Abdi Barre
    code: SOMGOV 2022-06-15..
    code: SOMELI
    note: prime minister of Somalia from 2022-06-15

person ismail-omar-guelleh
    ar: إسماعيل عمر جيله
    en: Ismaïl Omar Guelleh | Ismail Omar Guelleh | Guelleh
    code: DJIGOV 1999-05-08..
    code: DJIELI
    note: bare جيله left out ("his generation")

person getachew-reda
    ar: جيتاتشو رضا | غيتاتشو رضا
    en: Getachew Reda
    code: ETHGOV 2023-03-23..
    code: ETHOPP
    note: TPLF spokesman, president of the Tigray interim administration 2023-2025, then federal minister

person tadesse-werede
    ar: تاديسي ويريدي | تادسي ورادي
    en: Tadesse Werede
    code: ETHGOV 2025-04-08..
    code: ETHREB
    note: Tigray interim administration president from 2025-04-08; former TPLF commander

person debretsion-gebremichael
    ar: دبرصيون جبراميكائيل | دبرصيون جبرمكئيل | دبرتسيون جبرميكائيل
    en: Debretsion Gebremichael | Debretsion Gebremikael
    code: ETHGOV 2018-01..2020-11-04
    code: ETHREB
    note: TPLF chairman; Tigray regional president 2018-2020

person sahle-work-zewde
    ar: سهلورق زودي | سهلي ورق زودي | ساهلي ورك زودي
    en: Sahle-Work Zewde | Sahlework Zewde
    code: ETHGOV 2018-10-25..2024-10-07
    code: ETHELI

person taye-atske-selassie
    ar: تايي أتسكي سيلاسي | تاي أصقي سلاسي | تايي أتسكسيلاسي
    en: Taye Atske Selassie | Taye Atske-Selassie | Taye Atskeselassie
    code: ETHGOV 2023-02..
    code: ETHELI
    note: foreign minister 2023-2024, president from 2024-10-07

person gedion-timothewos
    ar: جيديون تيموثيوس | جيديون تيموتيوس
    en: Gedion Timothewos
    code: ETHGOV 2021-10..
    code: ETHELI
    note: justice minister 2021-2024, foreign minister from 2024

person jawar-mohammed
    ar: جوهر محمد
    en: Jawar Mohammed | Jawar Mohamed
    code: ETHOPP

# Southern Africa
person cyril-ramaphosa
    ar: سيريل رامافوزا | رامافوزا | سيريل رامابوزا | رامابوزا | سيريل رامافوسا | رامافوسا
    en: Cyril Ramaphosa | Ramaphosa
    code: ZAFGOV 2014-05-26..
    code: ZAFELI
    note: deputy president 2014-2018, president from 2018-02-15

person jacob-zuma
    ar: جاكوب زوما | زوما
    en: Jacob Zuma | Zuma
    code: ZAFGOV 1999-06-14..2005-06-14
    code: ZAFGOV 2009-05-09..2018-02-14
    code: ZAFOPP 2023-12-16..
    code: ZAFELI
    note: leads the opposition MK party from December 2023

person nelson-mandela
    ar: نيلسون مانديلا | مانديلا
    en: Nelson Mandela | Mandela
    code: ZAFGOV 1994-05-10..1999-06-14
    code: ZAFOPP ..1994-05-09
    code: ZAFELI

person naledi-pandor
    ar: ناليدي باندور | باندور
    en: Naledi Pandor | Pandor
    code: ZAFGOV 2004-04..2008-09
    code: ZAFGOV 2009-05..2024-06-30
    code: ZAFELI
    note: foreign minister 2019-2024 (brought the ICJ genocide case against Israel)

person ronald-lamola
    ar: رونالد لامولا | لامولا
    en: Ronald Lamola | Ronald Ozzy Lamola | Lamola
    code: ZAFGOV 2019-05-30..
    code: ZAFELI
    note: justice minister 2019-2024, foreign minister from 2024-07-03

person julius-malema
    ar: جوليوس ماليما | ماليما
    en: Julius Malema | Malema
    code: ZAFOPP

person john-steenhuisen
    ar: جون ستينهاوزن | ستينهاوزن | جون ستينهويزن
    en: John Steenhuisen | Steenhuisen
    code: ZAFGOV 2024-07-03..
    code: ZAFOPP
    note: Democratic Alliance leader; agriculture minister from 2024-07-03

person emmerson-mnangagwa
    ar: إيمرسون منانغاغوا | منانغاغوا | إمرسون منانجاجوا
    en: Emmerson Mnangagwa | Mnangagwa
    code: ZWEGOV 1980..2017-11-06
    code: ZWEGOV 2017-11-24..
    code: ZWEELI

person robert-mugabe
    ar: روبرت موغابي | موغابي | روبرت موجابي | موجابي
    en: Robert Mugabe | Mugabe
    code: ZWEGOV 1980-04-18..2017-11-21
    code: ZWEELI

person nelson-chamisa
    ar: نيلسون شاميسا | شاميسا
    en: Nelson Chamisa | Chamisa
    code: ZWEOPP

person joao-lourenco
    ar: جواو لورنسو | لورنسو | جواو لورينسو
    en: João Lourenço | Joao Lourenco | Lourenço | Lourenco
    code: AGOGOV 2014-04..
    code: AGOELI
    note: defence minister 2014-2017, president from 2017-09-26

person daniel-chapo
    ar: دانيال تشابو
    en: Daniel Chapo
    code: MOZGOV 2025-01-15..
    code: MOZELI
    note: bare Chapo left out (El Chapo)

person filipe-nyusi
    ar: فيليبي نيوسي | نيوسي | فيليب نيوسي
    en: Filipe Nyusi | Nyusi
    code: MOZGOV 2015-01-15..2025-01-15
    code: MOZELI

person venancio-mondlane
    ar: فينانسيو موندلين | موندلين | فينانسيو موندلاني
    en: Venâncio Mondlane | Venancio Mondlane | Mondlane
    code: MOZOPP

# United Nations
person kurt-waldheim
    ar: كورت فالدهايم | فالدهايم | كورت فالدهيم
    en: Kurt Waldheim | Waldheim
    code: IGOUNO 1972-01-01..1981-12-31
    code: AUTGOV 1986-07-08..1992-07-08
    code: AUTELI

person javier-perez-de-cuellar
    ar: خافيير بيريز دي كوييار | بيريز دي كوييار | خافيير بيريز دي كويار | دي كوييار
    en: Javier Pérez de Cuéllar | Javier Perez de Cuellar | Pérez de Cuéllar | Perez de Cuellar
    code: IGOUNO 1982-01-01..1991-12-31
    code: PERELI

person kofi-annan
    ar: كوفي أنان | كوفي عنان | أنان
    en: Kofi Annan | Annan
    code: IGOUNO 1997-01-01..2006-12-31
    code: IGOUNO 2012-02-23..2012-08-31
    code: GHAELI
    note: secretary-general 1997-2006, UN-Arab League envoy for Syria 2012; bare عنان not listed (Sami Anan, reins)

person ban-ki-moon
    ar: بان كي مون | بان كي-مون | بان كيمون
    en: Ban Ki-moon | Ban Ki Moon
    code: KORGOV 2004-01-17..2006-11-09
    code: IGOUNO 2007-01-01..2016-12-31
    code: KORELI

person antonio-guterres
    ar: أنطونيو غوتيريش | غوتيريش | غوتيريس | جوتيريش | جوتيريس | أنطونيو جوتيريش | أنطونيو غوتيريس | غوتيرس | جوتيرس | غوتيريتش
    en: António Guterres | Antonio Guterres | Guterres
    code: PRTGOV 1995-10-28..2002-04-06
    code: IGOUNO 2005-06-15..2015-12-31
    code: IGOUNO 2017-01-01..
    code: PRTELI
    note: UNHCR 2005-2015, secretary-general from 2017-01-01

person stephane-dujarric
    ar: ستيفان دوجاريك | دوجاريك | ستيفان دو جاريك | ستيفان دوغريك
    en: Stéphane Dujarric | Stephane Dujarric | Dujarric
    code: IGOUNO
    note: spokesman of the secretary-general

person lakhdar-brahimi
    ar: الأخضر الإبراهيمي
    en: Lakhdar Brahimi | Brahimi
    code: DZAGOV 1991-06-18..1993-02-03
    code: IGOUNO 2001-10-03..2005-12
    code: IGOUNO 2012-09-01..2014-05-31
    code: DZAELI
    note: UN-Arab League envoy for Syria 2012-2014; bare الإبراهيمي not listed (الحرم الإبراهيمي، الاتفاقيات الإبراهيمية)

person staffan-de-mistura
    ar: ستيفان دي ميستورا | دي ميستورا | دي مستورا | ستافان دي ميستورا | ستيفان دي مستورا | ستافان دي مستورا
    en: Staffan de Mistura | de Mistura
    code: IGOUNO 2007-09-11..2011-11-28
    code: ITAGOV 2011-11-29..2013-04-28
    code: IGOUNO 2014-07-10..2019-01-07
    code: IGOUNO 2021-10-06..
    code: ITAELI
    note: UN envoy for Syria 2014-2019, personal envoy for Western Sahara from 2021

person geir-pedersen
    ar: غير بيدرسن | بيدرسن | غير بيدرسون | بيدرسون | جير بيدرسن | غير أوتو بيدرسن
    en: Geir Pedersen | Geir O. Pedersen | Pedersen
    code: IGOUNO 2019-01-07..
    code: NORELI
    note: UN special envoy for Syria from 2019-01-07 (announced his departure in 2025)

person martin-griffiths
    ar: مارتن غريفيث | غريفيث | مارتن جريفيث | جريفيث | مارتن غريفيثس | غريفيثس
    en: Martin Griffiths
    code: IGOUNO 2018-02-16..2024-06-30
    code: GBRELI
    note: UN envoy for Yemen 2018-2021, humanitarian chief 2021-2024

person hans-grundberg
    ar: هانس غروندبرغ | غروندبرغ | هانس جروندبرج | جروندبرج | غروندبيرغ | هانز غروندبرغ | هانس غروندبيرغ
    en: Hans Grundberg | Grundberg
    code: IGOEUREEC 2019-09..2021-08-05
    code: IGOUNO 2021-08-06..
    code: SWEELI
    note: UN envoy for Yemen from 2021 (took office 2021-09-05)

person jamal-benomar
    ar: جمال بنعمر | جمال بن عمر
    en: Jamal Benomar
    code: IGOUNO 2011-04..2015-04-15
    code: MARELI

person ismail-ould-cheikh-ahmed
    ar: إسماعيل ولد الشيخ أحمد | ولد الشيخ أحمد
    en: Ismail Ould Cheikh Ahmed | Ould Cheikh Ahmed
    code: IGOUNO 2015-04-25..2018-02-15
    code: MRTELI

person ghassan-salame
    ar: غسان سلامة
    en: Ghassan Salamé | Ghassan Salame | Salamé | Salame
    code: LBNGOV 2000-10..2003-04
    code: IGOUNO 2017-06-22..2020-03-02
    code: LBNGOV 2025-02-08..
    code: LBNELI
    note: UN envoy for Libya 2017-2020, Lebanese culture minister from 2025-02-08

person tarek-mitri
    ar: طارق متري
    en: Tarek Mitri
    code: LBNGOV 2005-07-19..2011-06-13
    code: IGOUNO 2012-09..2014-08
    code: LBNGOV 2025-02-08..
    code: LBNELI

person bernardino-leon
    ar: برناردينو ليون
    en: Bernardino León | Bernardino Leon
    code: IGOUNO 2014-09-01..2015-11-17
    code: ESPELI

person martin-kobler
    ar: مارتن كوبلر | كوبلر
    en: Martin Kobler | Kobler
    code: IGOUNO 2015-11-17..2017-06-22
    code: DEUELI

person stephanie-williams
    ar: ستيفاني ويليامز | ستيفاني وليامز
    en: Stephanie Williams | Stephanie Turco Williams
    code: IGOUNO 2018-07..2022-07-31
    code: USAELI

person jan-kubis
    ar: يان كوبيش | كوبيش
    en: Ján Kubiš | Jan Kubis | Kubis
    code: IGOUNO 2011-12..2021-12-10
    code: SVKELI

person abdoulaye-bathily
    ar: عبد الله باتيلي | باتيلي | عبدولاي باتيلي
    en: Abdoulaye Bathily | Bathily
    code: IGOUNO 2022-09-02..2024-05-31
    code: SENELI

person hanna-tetteh
    ar: هانا تيتيه | تيتيه | هانا سيروا تيتيه | حنا تيتيه
    en: Hanna Tetteh | Hanna Serwaa Tetteh | Tetteh
    code: IGOUNO 2018-07..
    code: GHAELI
    note: UN envoy for Libya from 2025-01-24

person nickolay-mladenov
    ar: نيكولاي ملادينوف | ملادينوف | نيكولاي ملادنوف
    en: Nickolay Mladenov | Nikolay Mladenov | Mladenov
    code: BGRGOV 2010-01-27..2013-03-13
    code: IGOUNO 2013-08..2020-12-31
    code: BGRELI

person tor-wennesland
    ar: تور وينسلاند | وينسلاند | تور وينيسلاند
    en: Tor Wennesland | Wennesland
    code: IGOUNO 2021-01..2024-12
    code: NORELI

person sigrid-kaag
    ar: سيغريد كاغ | سيغريد كاخ | سيجريد كاج
    en: Sigrid Kaag | Kaag
    code: NLDGOV 2017-10-26..2024-01-07
    code: IGOUNO 2024-01-08..2025-06
    code: NLDELI
    note: UN senior humanitarian and reconstruction coordinator for Gaza (appointed 2023-12-26, in post from 2024-01-08)

person jeanine-hennis-plasschaert
    ar: جينين هينيس بلاسخارت | هينيس بلاسخارت | بلاسخارت | جينين بلاسخارت
    en: Jeanine Hennis-Plasschaert | Hennis-Plasschaert
    code: IGOUNO 2018-12..
    code: NLDELI
    note: head of UNAMI (Iraq) 2018-2024, special coordinator for Lebanon from 2024

person volker-perthes
    ar: فولكر بيرتس | بيرتس | فولكر بيرتيس
    en: Volker Perthes | Perthes
    code: IGOUNO 2021-01..2023-09
    code: DEUELI

person philippe-lazzarini
    ar: فيليب لازاريني | لازاريني
    en: Philippe Lazzarini | Lazzarini
    code: IGOUNO
    note: UNRWA commissioner-general from 2020-04-01

person tedros-adhanom
    ar: تيدروس أدهانوم غيبريسوس | تيدروس أدهانوم | تيدروس | غيبريسوس | تيدروس أدهانوم جيبريسوس
    en: Tedros Adhanom Ghebreyesus | Tedros Adhanom | Tedros
    code: ETHGOV 2005-10-19..2016-11-01
    code: IGOUNO 2017-07-01..
    code: ETHELI
    note: WHO director-general from 2017-07-01

person yukiya-amano
    ar: يوكيا أمانو | أمانو
    en: Yukiya Amano | Amano
    code: IGOUNO 2009-12-01..2019-07-18
    code: JPNELI
    note: IAEA director-general; died 2019-07-18

person rafael-grossi
    ar: رافائيل غروسي | غروسي | رافاييل جروسي | جروسي | رافائيل جروسي
    en: Rafael Grossi | Rafael Mariano Grossi | Grossi
    code: IGOUNO 2019-12-03..
    code: ARGELI
    note: IAEA director-general from 2019-12-03

person volker-turk
    ar: فولكر تورك
    en: Volker Türk | Volker Turk
    code: IGOUNO 2022-10-17..
    code: AUTELI
    note: UN high commissioner for human rights

person filippo-grandi
    ar: فيليبو غراندي | غراندي | فيليبو جراندي
    en: Filippo Grandi | Grandi
    code: IGOUNO 2016-01-01..2025-12-31
    code: ITAELI
    note: UN high commissioner for refugees

person tom-fletcher
    ar: توم فليتشر | فليتشر
    en: Tom Fletcher
    code: IGOUNO 2024-11-18..
    code: GBRELI
    note: UN humanitarian chief

person karim-khan
    ar: كريم خان | كريم أحمد خان
    en: Karim Khan | Karim A. A. Khan
    code: IGO 2021-06-16..
    code: GBRELI
    note: ICC prosecutor from 2021-06-16 (on leave from 2025-05); كريم خان is also a common name

# European Union
person javier-solana
    ar: خافيير سولانا | سولانا
    en: Javier Solana | Solana
    code: ESPGOV 1982-12-02..1995-12-04
    code: IGOWSTNAT 1995-12-05..1999-10-06
    code: IGOEUREEC 1999-10-18..2009-11-30
    code: ESPELI

person catherine-ashton
    ar: كاثرين آشتون | آشتون | كاترين آشتون
    en: Catherine Ashton | Lady Ashton
    code: IGOEUREEC 2008-10-03..2014-10-31
    code: GBRELI

person federica-mogherini
    ar: فيديريكا موغيريني | موغيريني | فيدريكا موجيريني | موجيريني | فيديريكا موغريني | موغريني
    en: Federica Mogherini | Mogherini
    code: ITAGOV 2014-02-22..2014-10-31
    code: IGOEUREEC 2014-11-01..2019-11-30
    code: ITAELI

person josep-borrell
    ar: جوزيب بوريل | بوريل | جوزيف بوريل
    en: Josep Borrell | Josep Borrell Fontelles | Borrell
    code: ESPGOV 2018-06-07..2019-11-30
    code: IGOEUREEC 2019-12-01..2024-11-30
    code: ESPELI

person kaja-kallas
    ar: كايا كالاس | كالاس | كاجا كالاس
    en: Kaja Kallas | Kallas
    code: ESTGOV 2021-01-26..2024-07-23
    code: IGOEUREEC 2024-12-01..
    code: ESTELI

person jose-manuel-barroso
    ar: جوزيه مانويل باروسو | باروسو | خوسيه مانويل باروسو
    en: José Manuel Barroso | Jose Manuel Barroso | Barroso
    code: PRTGOV 2002-04-06..2004-07-17
    code: IGOEUREEC 2004-11-22..2014-10-31
    code: PRTELI

person jean-claude-juncker
    ar: جان كلود يونكر | يونكر | جان كلود جونكر
    en: Jean-Claude Juncker | Juncker
    code: LUXGOV 1995-01-20..2013-12-04
    code: IGOEUREEC 2014-11-01..2019-11-30
    code: LUXELI

person ursula-von-der-leyen
    ar: أورسولا فون دير لاين | فون دير لاين | أورسولا فون دير لايين | فون دير لايين | اورسولا فون دير لين
    en: Ursula von der Leyen | von der Leyen
    code: DEUGOV 2005-11-22..2019-07-17
    code: IGOEUREEC 2019-12-01..
    code: DEUELI

person donald-tusk
    ar: دونالد توسك | توسك
    en: Donald Tusk | Tusk
    code: POLGOV 2007-11-16..2014-09-22
    code: IGOEUREEC 2014-12-01..2019-11-30
    code: POLGOV 2023-12-13..
    code: POLELI

person charles-michel
    ar: شارل ميشيل | شارل ميشال
    en: Charles Michel
    code: BELGOV 2014-10-11..2019-10-27
    code: IGOEUREEC 2019-12-01..2024-11-30
    code: BELELI

person antonio-costa
    ar: أنطونيو كوستا
    en: António Costa | Antonio Costa
    code: PRTGOV 2015-11-26..2024-04-02
    code: IGOEUREEC 2024-12-01..
    code: PRTELI

# NATO
person jaap-de-hoop-scheffer
    ar: ياب دي هوب شيفر | دي هوب شيفر | ياب دي هوب شيفير
    en: Jaap de Hoop Scheffer | de Hoop Scheffer
    code: NLDGOV 2002-07-22..2003-12-03
    code: IGOWSTNAT 2004-01-01..2009-07-31
    code: NLDELI

person anders-fogh-rasmussen
    ar: أندرس فوغ راسموسن | فوغ راسموسن | أندرس فو راسموسن
    en: Anders Fogh Rasmussen | Fogh Rasmussen
    code: DNKGOV 2001-11-27..2009-04-05
    code: IGOWSTNAT 2009-08-01..2014-09-30
    code: DNKELI
    note: bare راسموسن not listed (Lars Løkke Rasmussen)

person jens-stoltenberg
    ar: ينس ستولتنبرغ | ستولتنبرغ | يينس ستولتنبرغ | ستولتنبرج | ينس ستولتنبرج | يانس ستولتنبرغ
    en: Jens Stoltenberg | Stoltenberg
    code: NORGOV 2000-03-17..2001-10-19
    code: NORGOV 2005-10-17..2013-10-16
    code: IGOWSTNAT 2014-10-01..2024-10-01
    code: NORGOV 2025-02-04..
    code: NORELI

person mark-rutte
    ar: مارك روته | روته | مارك روتي | روتي | مارك روتيه
    en: Mark Rutte | Rutte
    code: NLDGOV 2010-10-14..2024-07-02
    code: IGOWSTNAT 2024-10-01..
    code: NLDELI

# Arab League, GCC, African Union, OIC
person chedli-klibi
    ar: الشاذلي القليبي | القليبي | الشاذلي القليبى
    en: Chedli Klibi | Klibi
    code: IGOMEAARL 1979-06-28..1990-09-03
    code: TUNELI

person hossam-zaki
    ar: حسام زكي
    en: Hossam Zaki | Hossam Zaky
    code: IGOMEAARL
    note: Arab League assistant secretary-general

person abdulrahman-al-attiyah
    ar: عبد الرحمن العطية | عبدالرحمن بن حمد العطية | عبد الرحمن بن حمد العطية
    en: Abdulrahman al-Attiyah | Abdul Rahman bin Hamad al-Attiyah
    code: IGOGCC 2002-04-01..2011-03-31
    code: QATELI

person nayef-al-hajraf
    ar: نايف الحجرف | الحجرف | نايف فلاح الحجرف
    en: Nayef al-Hajraf | Nayef Falah Mubarak Al-Hajraf | Hajraf
    code: KWTGOV 2017-12-11..2019-11-14
    code: IGOGCC 2020-02-01..2023-01-31
    code: KWTELI

person jasem-albudaiwi
    ar: جاسم البديوي | جاسم محمد البديوي | البديوي
    en: Jasem Albudaiwi | Jasem Mohamed Albudaiwi | Albudaiwi
    code: IGOGCC 2023-02-01..
    code: KWTELI

person moussa-faki-mahamat
    ar: موسى فقي محمد | موسى فكي محمد | موسى فقي | موسى فكي
    en: Moussa Faki Mahamat | Moussa Faki
    code: TCDGOV 2008-04-23..2017-01-30
    code: IGOAFRAFU 2017-03-14..2025-03
    code: TCDELI

person mahmoud-ali-youssouf
    ar: محمود علي يوسف
    en: Mahmoud Ali Youssouf
    code: DJIGOV 2005-07-04..2025-02
    code: IGOAFRAFU 2025-03..
    code: DJIELI

person hissein-brahim-taha
    ar: حسين إبراهيم طه
    en: Hissein Brahim Taha | Hussein Ibrahim Taha
    code: IGOMOS 2021-11..
    code: TCDELI
    note: OIC secretary-general

# Transnational militant groups (al-Qaeda, Islamic State and affiliates)
person osama-bin-laden
    ar: أسامة بن لادن | بن لادن | أسامة بن محمد بن لادن
    en: Osama bin Laden | Usama bin Laden | Osama bin Ladin | bin Laden
    code: IMG
    note: al-Qaeda founder; killed 2011-05-02; bare بن لادن = Osama (Hamza bin Laden has full names)

person hamza-bin-laden
    ar: حمزة بن لادن
    en: Hamza bin Laden
    code: IMG

person ayman-al-zawahiri
    ar: أيمن الظواهري | الظواهري | أيمن محمد ربيع الظواهري
    en: Ayman al-Zawahiri | Ayman Zawahiri | al-Zawahiri | Zawahiri
    code: IMG
    note: al-Qaeda leader 2011-2022; killed 2022-07-31

person saif-al-adel
    ar: سيف العدل | محمد صلاح الدين زيدان
    en: Saif al-Adel | Sayf al-Adl
    code: IMG

person abu-musab-al-zarqawi
    ar: أبو مصعب الزرقاوي | الزرقاوي | أحمد فاضل نزال الخلايلة
    en: Abu Musab al-Zarqawi | al-Zarqawi | Zarqawi
    code: IMG
    note: al-Qaeda in Iraq; killed 2006-06-07

person abu-ayyub-al-masri
    ar: أبو أيوب المصري | أبو حمزة المهاجر
    en: Abu Ayyub al-Masri | Abu Hamza al-Muhajir
    code: IMG
    note: killed 2010-04-18

person abu-omar-al-baghdadi
    ar: أبو عمر البغدادي
    en: Abu Omar al-Baghdadi
    code: IMG
    note: Islamic State of Iraq leader; killed 2010-04-18

person abu-bakr-al-baghdadi
    ar: أبو بكر البغدادي | إبراهيم عواد البدري | أبو بكر الحسيني القرشي البغدادي | إبراهيم عواد إبراهيم البدري
    en: Abu Bakr al-Baghdadi | Ibrahim Awad al-Badri
    code: IMG
    note: Islamic State leader 2010-2019; killed 2019-10-26; bare البغدادي (= of Baghdad) not listed

person abu-mohammad-al-adnani
    ar: أبو محمد العدناني
    en: Abu Mohammad al-Adnani | Abu Muhammad al-Adnani | al-Adnani
    code: IMG
    note: Islamic State spokesman; killed 2016-08-30

person abu-ibrahim-al-hashimi-al-qurashi
    ar: أبو إبراهيم الهاشمي القرشي | أمير محمد سعيد عبد الرحمن المولى
    en: Abu Ibrahim al-Hashimi al-Qurashi
    code: IMG
    note: Islamic State leader 2019-10-31..2022-02-03 (killed)

person abu-hafs-al-hashimi-al-qurashi
    ar: أبو حفص الهاشمي القرشي
    en: Abu Hafs al-Hashimi al-Qurashi
    code: IMG
    note: Islamic State leader from 2023-08

person anwar-al-awlaki
    ar: أنور العولقي
    en: Anwar al-Awlaki | Anwar al-Aulaqi
    code: IMG
    note: killed 2011-09-30

person nasser-al-wuhayshi
    ar: ناصر الوحيشي | الوحيشي
    en: Nasser al-Wuhayshi | Nasir al-Wuhayshi
    code: IMG
    note: AQAP leader; killed 2015-06-12

person qasim-al-raymi
    ar: قاسم الريمي
    en: Qasim al-Raymi | Qassim al-Rimi
    code: IMG
    note: AQAP leader 2015-2020

person khalid-batarfi
    ar: خالد باطرفي | باطرفي
    en: Khalid Batarfi | Khaled Batarfi
    code: IMG
    note: AQAP leader 2020-2024

person abdelmalek-droukdel
    ar: عبد المالك دروكدال | دروكدال | عبد المالك درودكال | أبو مصعب عبد الودود
    en: Abdelmalek Droukdel | Abu Musab Abdel Wadoud | Droukdel
    code: IMG
    note: AQIM leader; killed 2020-06-03

person mokhtar-belmokhtar
    ar: مختار بلمختار | بلمختار | خالد أبو العباس
    en: Mokhtar Belmokhtar | Belmokhtar
    code: IMG

person abubakar-shekau
    ar: أبو بكر شيكاو | شيكاو | أبوبكر شيكاو
    en: Abubakar Shekau | Shekau
    code: IMG
    note: Boko Haram leader; died 2021-05



# ---- 2023-2025 additions (actor coverage audit: probes of names in invented news sentences) ----
person karine-jean-pierre
    ar: كارين جان بيير
    en: Karine Jean-Pierre
    code: USAGOV 2021-01-20..2025-01-20
    code: USAELI
    note: White House principal deputy press secretary 2021-2022, press secretary 2022-05-13..2025-01-20; bare "Jean-Pierre" left out (a given name: Jean-Pierre Lacroix, Jean-Pierre Bemba)

person matthew-miller-state
    ar: ماثيو ميلر
    en: Matthew Miller
    code: USAGOV 2023..2024
    code: USAELI
    note: State Department spokesman from 2023 (end of tenure in late 2024/early 2025 not verified to the month: check); bare "Miller" = Stephen Miller and is not listed here

person vedant-patel
    ar: فيدانت باتيل
    en: Vedant Patel
    code: USAGOV 2021..2025-01-20
    code: USAELI
    note: State Department principal deputy spokesman; bare "Patel" left out (Kash Patel, Priti Patel)

person pat-ryder
    ar: بات رايدر
    en: Pat Ryder | Patrick Ryder
    code: USAMIL
    note: Air Force major general, Pentagon press secretary 2022-08..2025-01; bare "Ryder" left out (Ryder Cup)

person sean-parnell
    ar: شون بارنيل
    en: Sean Parnell | Parnell
    code: USAGOV 2025-01-20..
    code: USAELI
    note: Pentagon chief spokesman from 2025

person avril-haines
    ar: أفريل هاينز
    en: Avril Haines | Haines
    code: USAGOV 2013..2017-01-20
    code: USAGOV 2021-01-21..2025-01-20
    code: USAELI
    note: deputy CIA director and deputy national security adviser 2013-2017, director of national intelligence 2021-01-21..2025-01-20

person jon-finer
    ar: جون فاينر
    en: Jon Finer
    code: USAGOV 2021-01-20..2025-01-20
    code: USAELI
    note: deputy national security adviser

person samuel-paparo
    ar: صامويل بابارو
    en: Samuel Paparo | Sam Paparo | Samuel J. Paparo | Paparo
    code: USAMIL
    note: Pacific Fleet commander 2021-2024, Indo-Pacific Command from 2024-05-03

person christopher-cavoli
    ar: كريستوفر كافولي
    en: Christopher Cavoli | Chris Cavoli | Cavoli
    code: USAMIL
    note: NATO supreme allied commander Europe and head of US European Command 2022-07-04..2025-07-01; coded as a US general

person alexus-grynkewich
    ar: أليكسوس غرينكويتش
    en: Alexus Grynkewich | Alexus G. Grynkewich | Grynkewich
    code: USAMIL
    note: NATO supreme allied commander Europe and head of US European Command from 2025-07-01

person elbridge-colby
    ar: إلبريدج كولبي
    en: Elbridge Colby | Elbridge A. Colby
    code: USAGOV 2017..2018
    code: USAGOV 2025-04..
    code: USAELI
    note: deputy assistant secretary of defense 2017-2018, under secretary of defense for policy from 2025-04; bare "Colby" left out

person dorothy-shea
    ar: دوروثي شيا
    en: Dorothy Shea | Dorothy C. Shea
    code: USAGOV
    note: career diplomat: ambassador to Lebanon 2020-2023, deputy and then acting UN ambassador (2025-01-20..2025-09-19); bare "Shea" left out

person jack-lew
    ar: جاك ليو
    en: Jack Lew | Jacob Lew
    code: USAGOV 2013-02-28..2017-01-20
    code: USAGOV 2023-11-05..2025-01-20
    code: USAELI
    note: treasury secretary 2013-2017, ambassador to Israel 2023-11-05..2025-01-20

person john-thune
    ar: جون ثون
    en: John Thune | Thune
    code: USALEG
    note: senator from 2005, Senate majority leader from 2025-01-03

person jim-risch
    ar: جيم ريش
    en: Jim Risch | James Risch | Risch
    code: USALEG
    note: senator, chairman of the Senate Foreign Relations Committee from 2025-01

person elizabeth-warren
    ar: إليزابيث وارن
    en: Elizabeth Warren
    code: USALEG
    note: senator from 2013; bare "Warren" left out (a given name)

person ted-cruz
    ar: تيد كروز
    en: Ted Cruz
    code: USALEG
    note: senator from 2013; bare "Cruz" left out (common surname)

person tom-perriello
    ar: توم بيرييلو
    en: Tom Perriello | Perriello
    code: USAGOV 2024-02-26..2025-01-20
    code: USAELI
    note: special envoy for Sudan

person greg-abbott
    ar: غريغ أبوت
    en: Greg Abbott
    code: USAGOV 2015-01-20..
    code: USAELI
    note: governor of Texas; bare "Abbott" left out (Tony Abbott)

person eric-adams
    ar: إريك آدامز
    en: Eric Adams
    code: USAGOV 2022-01-01..2025-12-31
    code: USAELI
    note: mayor of New York

# Russia and Russian-installed officials in occupied Ukraine
# Russian-installed heads of occupied regions are coded RUSGOV from their appointment
# (Donetsk and Luhansk "republics": UKRREB before the annexation of 2022-09-30).
person dmitry-polyanskiy
    ar: دميتري بوليانسكي | بوليانسكي
    en: Dmitry Polyanskiy | Dmitry Polyansky | Polyanskiy | Polyansky
    code: RUSGOV
    note: first deputy permanent representative to the UN (later moved to the OSCE mission, 2025)

person mikhail-ulyanov
    ar: ميخائيل أوليانوف | أوليانوف
    en: Mikhail Ulyanov | Ulyanov
    code: RUSGOV
    note: permanent representative to the international organisations in Vienna (IAEA) from 2018

person anatoly-antonov
    ar: أناتولي أنطونوف
    en: Anatoly Antonov
    code: RUSGOV 2011-12..2024-10
    code: RUSELI
    note: deputy defence minister, deputy foreign minister, ambassador to the United States 2017-09..2024-10; bare "Antonov" left out (the aircraft maker)

person alexander-darchiev
    ar: ألكسندر دارتشييف | دارتشييف
    en: Alexander Darchiev | Aleksandr Darchiev | Darchiev
    code: RUSGOV
    note: ambassador to the United States from 2025-03

person alexander-grushko
    ar: ألكسندر غروشكو | غروشكو
    en: Alexander Grushko | Aleksandr Grushko | Grushko
    code: RUSGOV
    note: deputy foreign minister (Europe, NATO) from 2018-01

person andrei-rudenko
    ar: أندريه رودينكو | رودينكو
    en: Andrei Rudenko | Andrey Rudenko
    code: RUSGOV
    note: deputy foreign minister (Asia) from 2016; bare "Rudenko" left out (common surname)

person apti-alaudinov
    ar: آبتي علاء الدينوف | علاء الدينوف
    en: Apti Alaudinov | Alaudinov
    code: RUSMIL
    note: commander of the Chechen Akhmat special forces

person vladimir-kolokoltsev
    ar: فلاديمير كولوكولتسيف | كولوكولتسيف
    en: Vladimir Kolokoltsev | Kolokoltsev
    code: RUSGOV
    note: interior minister from 2012-05-21

person viktor-zolotov
    ar: فيكتور زولوتوف
    en: Viktor Zolotov | Zolotov
    code: RUSMIL
    note: head of the National Guard (Rosgvardia) from 2016-04-05

person alexander-bastrykin
    ar: ألكسندر باستريكين | باستريكين
    en: Alexander Bastrykin | Aleksandr Bastrykin | Bastrykin
    code: RUSGOV
    note: head of the Investigative Committee from 2011

person denis-pushilin
    ar: دينيس بوشيلين | بوشيلين
    en: Denis Pushilin | Pushilin
    code: UKRREB ..2022-09-29
    code: RUSGOV 2022-09-30..
    code: UKRREB
    note: head of the Russian-backed Donetsk "People's Republic" from 2018; Russian-appointed head after the annexation of 2022-09-30

person leonid-pasechnik
    ar: ليونيد باسيتشنيك | باسيتشنيك
    en: Leonid Pasechnik | Pasechnik
    code: UKRREB ..2022-09-29
    code: RUSGOV 2022-09-30..
    code: UKRREB
    note: head of the Russian-backed Luhansk "People's Republic" from 2017-11; Russian-appointed head after 2022-09-30

person vladimir-saldo
    ar: فلاديمير سالدو | سالدو
    en: Vladimir Saldo | Volodymyr Saldo | Saldo
    code: RUSGOV 2022-04..
    code: UKRELI
    note: Russian-installed head of occupied Kherson region from 2022-04 (mayor of Kherson 2002-2012)

person yevgeny-balitsky
    ar: يفغيني باليتسكي | باليتسكي
    en: Yevgeny Balitsky | Yevhen Balytskyi | Balitsky
    code: RUSGOV 2022-05..
    code: UKRELI
    note: Russian-installed head of occupied Zaporizhzhia region from 2022-05

person sergei-aksyonov
    ar: سيرغي أكسيونوف | أكسيونوف
    en: Sergei Aksyonov | Sergey Aksyonov | Aksyonov
    code: RUSGOV 2014-02-27..
    code: UKRELI
    note: Russian-installed head of Crimea from 2014-02-27

person alexei-dyumin
    ar: أليكسي ديومين | ديومين
    en: Alexei Dyumin | Aleksei Dyumin | Dyumin
    code: RUSGOV
    note: governor of Tula 2016-2024, Kremlin aide and secretary of the State Council from 2024-05

person konstantin-kosachev
    ar: كونستانتين كوساتشيف | كوساتشيف
    en: Konstantin Kosachev | Kosachev
    code: RUSLEG
    note: deputy speaker of the Federation Council

person leonid-slutsky
    ar: ليونيد سلوتسكي | سلوتسكي
    en: Leonid Slutsky | Slutsky
    code: RUSLEG
    note: LDPR leader from 2022, chairman of the Duma foreign affairs committee

person boris-nadezhdin
    ar: بوريس ناديجدين | ناديجدين
    en: Boris Nadezhdin | Nadezhdin
    code: RUSOPP
    note: anti-war candidate barred from the 2024 presidential election

person ilya-yashin
    ar: إيليا ياشين | ياشين
    en: Ilya Yashin | Yashin
    code: RUSOPP
    note: opposition politician, jailed 2022, freed in the prisoner exchange of 2024-08-01

person igor-kirillov
    ar: إيغور كيريلوف | كيريلوف
    en: Igor Kirillov | Kirillov
    code: RUSMIL
    note: chief of the radiological, chemical and biological protection troops; killed in Moscow 2024-12-17

# Ukraine
person ihor-klymenko
    ar: إيغور كليمنكو | كليمنكو
    en: Ihor Klymenko | Igor Klymenko | Klymenko
    code: UKRGOV
    note: head of the national police 2019-2023, interior minister from 2023-02-07

person vasyl-maliuk
    ar: فاسيل ماليوك | ماليوك
    en: Vasyl Maliuk | Vasyl Malyuk | Maliuk | Malyuk
    code: UKRSPY
    note: head of the security service (SBU) from 2022-07 (acting, confirmed 2023-02)

person dmytro-lubinets
    ar: دميترو لوبينيتس | لوبينيتس
    en: Dmytro Lubinets | Lubinets
    code: UKRGOV
    note: parliament's human rights commissioner from 2022-07-01

person heorhii-tykhyi
    ar: هيورهي تيخي
    en: Heorhii Tykhyi | Georgiy Tykhy | Heorhiy Tykhyi | Tykhyi
    code: UKRGOV
    note: foreign ministry spokesman from 2024

person yurii-ihnat
    ar: يوري إغنات | إغنات
    en: Yurii Ihnat | Yuriy Ihnat | Yuri Ihnat | Ihnat
    code: UKRMIL
    note: air force spokesman

person mykola-oleshchuk
    ar: ميكولا أوليشتشوك | أوليشتشوك
    en: Mykola Oleshchuk | Oleshchuk
    code: UKRMIL
    note: air force commander 2021-08..2024-08

person andriy-hnatov
    ar: أندريه هناتوف | هناتوف
    en: Andriy Hnatov | Andrii Hnatov | Hnatov
    code: UKRMIL
    note: chief of the general staff from 2025-02

person oleksii-danilov
    ar: أوليكسي دانيلوف
    en: Oleksii Danilov | Oleksiy Danilov
    code: UKRGOV
    note: secretary of the National Security and Defence Council 2019-10..2024-03-26, then ambassador to Moldova; bare "Danilov" left out

person oleh-syniehubov
    ar: أوليغ سينيغوبوف | سينيغوبوف
    en: Oleh Syniehubov | Oleh Synehubov | Oleg Synegubov | Syniehubov | Synehubov | Synegubov
    code: UKRGOV
    note: governor of Kharkiv region from 2020-12

person ivan-fedorov
    ar: إيفان فيدوروف
    en: Ivan Fedorov
    code: UKRGOV
    note: mayor of Melitopol, governor of Zaporizhzhia region from 2024-02; bare "Fedorov" = Mykhailo Fedorov

person vitaliy-kim
    ar: فيتالي كيم
    en: Vitaliy Kim | Vitaly Kim
    code: UKRGOV
    note: governor of Mykolaiv region from 2020-11; bare "Kim" left out

person oleksandr-prokudin
    ar: أولكسندر بروكودين | بروكودين
    en: Oleksandr Prokudin | Prokudin
    code: UKRGOV
    note: governor of Kherson region from 2023-06

person vadym-filashkin
    ar: فاديم فيلاشكين | فيلاشكين
    en: Vadym Filashkin | Filashkin
    code: UKRGOV
    note: governor of Donetsk region from 2023-03

person ihor-terekhov
    ar: إيغور تيريخوف | تيريخوف
    en: Ihor Terekhov | Igor Terekhov | Terekhov
    code: UKRGOV
    note: mayor of Kharkiv from 2021

person andriy-sadovyi
    ar: أندريه سادوفي | سادوفي
    en: Andriy Sadovyi | Andriy Sadovy | Sadovyi | Sadovy
    code: UKRGOV
    note: mayor of Lviv

person andriy-melnyk
    ar: أندريه ميلنيك
    en: Andriy Melnyk | Andrij Melnyk
    code: UKRGOV
    note: ambassador to Germany 2014-2022, deputy foreign minister, ambassador to Brazil, UN ambassador from 2025; bare "Melnyk" left out

person oksana-markarova
    ar: أوكسانا ماركاروفا | ماركاروفا
    en: Oksana Markarova | Markarova
    code: UKRGOV 2018-06..2020-03-04
    code: UKRGOV 2021-02-25..2025-08
    code: UKRELI
    note: finance minister 2018-2020, ambassador to the United States 2021-2025

# Belarus
person roman-golovchenko
    ar: رومان غولوفتشينكو | غولوفتشينكو
    en: Roman Golovchenko | Raman Halouchanka | Golovchenko
    code: BLRGOV 2020-06-04..2025-03
    code: BLRELI
    note: prime minister 2020-06-04..2025-03

person alexander-turchin
    ar: ألكسندر تورتشين
    en: Alexander Turchin | Aliaksandr Turchin
    code: BLRGOV 2025-03..
    code: BLRELI
    note: prime minister from 2025-03

person pavel-latushko
    ar: بافيل لاتوشكو | لاتوشكو
    en: Pavel Latushko | Pavel Latushka | Latushko | Latushka
    code: BLROPP
    note: exiled opposition leader (former culture minister)

person siarhei-tsikhanouski
    ar: سيرغي تيخانوفسكي
    en: Siarhei Tsikhanouski | Sergei Tikhanovsky | Siarhei Tsikhanousky
    code: BLROPP
    note: opposition blogger jailed 2020, freed 2025-06-21; bare surname is his wife's (Sviatlana Tsikhanouskaya has her own forms)

# Caucasus, Central Asia
person vahagn-khachaturyan
    ar: فاهاغن خاتشاتوريان
    en: Vahagn Khachaturyan
    code: ARMGOV 2022-03-13..
    code: ARMELI
    note: president of Armenia from 2022-03-13; bare "Khachaturyan" left out (common surname)

person suren-papikyan
    ar: سورين بابيكيان | بابيكيان
    en: Suren Papikyan | Papikyan
    code: ARMGOV
    note: defence minister from 2021-11

person zakir-hasanov
    ar: ذاكر حسنوف
    en: Zakir Hasanov
    code: AZEGOV
    note: defence minister from 2013-10; bare "Hasanov" left out (common surname)

person serdar-berdimuhamedow
    ar: سردار بردي محمدوف
    en: Serdar Berdimuhamedow | Serdar Berdimuhamedov | Serdar Berdymukhamedov
    code: TKMGOV 2022-03-19..
    code: TKMELI
    note: president of Turkmenistan from 2022-03-19; bare surname shared with his father Gurbanguly

# China
person wang-huning
    ar: وانغ هونينغ
    en: Wang Huning
    code: CHNGOV
    note: standing committee of the politburo from 2017, chairman of the CPPCC from 2023-03-10

person cai-qi
    ar: تساي تشي
    en: Cai Qi
    code: CHNGOV
    note: standing committee of the politburo and director of the party's general office from 2022-10

person zhang-jun-un
    ar: تشانغ جون
    en: Zhang Jun
    code: CHNGOV
    note: permanent representative to the UN 2019-07..2024-03 (a common name: the UN envoy is the one in world news)

person geng-shuang
    ar: قنغ شوانغ | غينغ شوانغ
    en: Geng Shuang
    code: CHNGOV
    note: foreign ministry spokesman to 2020, deputy permanent representative to the UN from 2020

person xie-feng
    ar: شيه فنغ
    en: Xie Feng
    code: CHNGOV
    note: ambassador to the United States from 2023-05

person zhang-xiaogang
    ar: تشانغ شياو قانغ
    en: Zhang Xiaogang
    code: CHNMIL
    note: defence ministry spokesman

person wu-qian
    ar: وو تشيان
    en: Wu Qian
    code: CHNMIL
    note: defence ministry spokesman

person chen-binhua
    ar: تشن بين هوا
    en: Chen Binhua
    code: CHNGOV
    note: Taiwan Affairs Office spokesman

person zhu-fenglian
    ar: تشو فنغ ليان
    en: Zhu Fenglian
    code: CHNGOV
    note: Taiwan Affairs Office spokeswoman

person song-tao
    ar: سونغ تاو
    en: Song Tao
    code: CHNGOV
    note: director of the Taiwan Affairs Office from 2022-12

person ma-zhaoxu
    ar: ما تشاو شيوي
    en: Ma Zhaoxu
    code: CHNGOV
    note: executive vice foreign minister from 2022

person li-hui-envoy
    ar: لي هوي
    en: Li Hui
    code: CHNGOV
    note: special representative for Eurasian affairs (Ukraine peace shuttle 2023-2024); a common name

person zhai-jun
    ar: تشاي جيون | تشاي جون
    en: Zhai Jun
    code: CHNGOV
    note: special envoy on the Middle East from 2019

person he-weidong
    ar: خه وي دونغ
    en: He Weidong
    code: CHNMIL
    note: vice-chairman of the Central Military Commission 2022-10..2025-10 (expelled from the party)

person wang-xiaohong
    ar: وانغ شياو هونغ
    en: Wang Xiaohong
    code: CHNGOV
    note: minister of public security from 2022-06

person liu-jianchao
    ar: ليو جيان تشاو
    en: Liu Jianchao
    code: CHNGOV 2022-05..2025-08
    code: CHNELI
    note: head of the party's International Liaison Department 2022-05..2025 (detained 2025)

# Taiwan
person cho-jung-tai
    ar: تشو جونغ تاي
    en: Cho Jung-tai
    code: TWNGOV 2024-05-20..
    code: TWNELI
    note: premier from 2024-05-20

person chen-chien-jen
    ar: تشن تشين جين
    en: Chen Chien-jen
    code: TWNGOV 2016-05-20..2020-05-20
    code: TWNGOV 2023-01-31..2024-05-20
    code: TWNELI
    note: vice-president 2016-2020, premier 2023-01-31..2024-05-20

person wellington-koo
    ar: ولينغتون كو
    en: Wellington Koo | Koo Li-hsiung
    code: TWNGOV 2020-02..
    code: TWNELI
    note: secretary-general of the National Security Council 2020-2024, defence minister from 2024-05-20; bare "Koo" left out (Korean surname); without this record "Wellington Koo" was read as the New Zealand capital

person chiu-chui-cheng
    ar: تشيو تشوي تشنغ
    en: Chiu Chui-cheng
    code: TWNGOV 2024-05-20..
    code: TWNELI
    note: minister of the Mainland Affairs Council from 2024-05-20

person eric-chu
    ar: إريك تشو | تشو لي لون
    en: Eric Chu | Chu Li-luan
    code: TWNOPP
    note: Kuomintang chairman 2021-10..2025-10

person ko-wen-je
    ar: كو وين جي
    en: Ko Wen-je
    code: TWNOPP
    note: founder of the Taiwan People's Party, mayor of Taipei 2014-2022

person han-kuo-yu
    ar: هان كو يو
    en: Han Kuo-yu
    code: TWNLEG 2024-02-01..
    code: TWNOPP
    note: speaker of the Legislative Yuan from 2024-02-01 (Kuomintang)

# Japan, Korea
person gen-nakatani
    ar: جين ناكاتاني | ناكاتاني
    en: Gen Nakatani | Nakatani
    code: JPNGOV 2014-12-24..2016-08-03
    code: JPNGOV 2024-10-01..2025-10-21
    code: JPNELI
    note: defence minister 2014-2016 and 2024-10-01..2025-10-21

person yuichiro-tamaki
    ar: يويتشيرو تاماكي | تاماكي
    en: Yuichiro Tamaki | Tamaki
    code: JPNOPP
    note: leader of the Democratic Party for the People

person katsunobu-kato
    ar: كاتسونوبو كاتو
    en: Katsunobu Kato
    code: JPNGOV 2020-09-16..2021-10-04
    code: JPNGOV 2024-10-01..2025-10-21
    code: JPNELI
    note: chief cabinet secretary 2020-2021, finance minister 2024-10-01..2025-10-21; bare "Kato" left out (common surname)

person han-dong-hoon
    ar: هان دونغ هون
    en: Han Dong-hoon
    code: KORGOV 2022-05-17..2023-12-21
    code: KOROPP
    note: justice minister 2022-2023, leader of the then ruling People Power Party 2024-07-23..2024-12-16

person kim-moon-soo
    ar: كيم مون سو
    en: Kim Moon-soo
    code: KORGOV 2024-08..2025-05
    code: KOROPP
    note: labour minister 2024-2025, People Power Party presidential candidate 2025

person shin-won-sik
    ar: شين وون سيك
    en: Shin Won-sik
    code: KORGOV 2023-10-07..2025-06-03
    code: KORELI
    note: defence minister 2023-10-07..2024-08, national security adviser 2024-08..2025-06

person ahn-gyu-back
    ar: آن غيو باك
    en: Ahn Gyu-back
    code: KORGOV 2025-07..
    code: KORLEG
    note: defence minister from 2025-07

person wi-sung-lac
    ar: وي سونغ لاك
    en: Wi Sung-lac
    code: KORGOV 2025-06-04..
    code: KORELI
    note: national security adviser from 2025-06

person chung-dong-young
    ar: تشونغ دونغ يونغ
    en: Chung Dong-young
    code: KORGOV 2004-06..2005-12
    code: KORGOV 2025-07..
    code: KORELI
    note: unification minister 2004-2005 and from 2025-07

person no-kwang-chol
    ar: نو كوانغ تشول
    en: No Kwang Chol
    code: PRKMIL
    note: defence minister

person pak-jong-chon
    ar: باك جونغ تشون
    en: Pak Jong Chon
    code: PRKMIL
    note: vice-chairman of the Central Military Commission

# India, Pakistan, Afghanistan
person arindam-bagchi
    ar: أريندام باغتشي
    en: Arindam Bagchi | Bagchi
    code: INDGOV
    note: external affairs ministry spokesman 2021-03..2024-03, then ambassador to the UN in Geneva

person omar-abdullah
    en: Omar Abdullah
    code: INDGOV 2009-01-05..2015-01-08
    code: INDGOV 2024-10-16..
    code: INDOPP
    note: chief minister of Jammu and Kashmir 2009-2015 and from 2024-10-16 (National Conference); Arabic "عمر عبد الله" is also a common name: the Arabic form is for Indian-news context only; Arabic "عمر عبد الله" left out (common name)

person nirmala-sitharaman
    ar: نيرمالا سيتارامان
    en: Nirmala Sitharaman | Sitharaman
    code: INDGOV 2014-05-26..
    code: INDELI
    note: defence minister 2017-2019, finance minister from 2019-05-31

person sofiya-qureshi
    en: Sofiya Qureshi
    code: INDMIL
    note: army colonel who briefed on Operation Sindoor (2025-05); bare "Qureshi" left out (Shah Mahmood Qureshi)

person vyomika-singh
    en: Vyomika Singh
    code: INDMIL
    note: air force wing commander who briefed on Operation Sindoor (2025-05)

person asaduddin-owaisi
    ar: أسد الدين أويسي | أويسي
    en: Asaduddin Owaisi | Owaisi
    code: INDOPP
    note: leader of the AIMIM

person mehbooba-mufti
    ar: محبوبة مفتي
    en: Mehbooba Mufti
    code: INDGOV 2016-04-04..2018-06-19
    code: INDOPP
    note: chief minister of Jammu and Kashmir 2016-2018 (PDP); bare "Mufti" is a title and is left out

person manoj-sinha
    ar: مانوج سينها
    en: Manoj Sinha
    code: INDGOV
    note: lieutenant governor of Jammu and Kashmir from 2020-08

person attaullah-tarar
    ar: عطاء الله تارڑ | عطاء الله تارار
    en: Attaullah Tarar | Atta Tarar | Tarar
    code: PAKGOV 2024-03..
    code: PAKELI
    note: information minister from 2024-03

person ahsan-iqbal
    ar: أحسن إقبال
    en: Ahsan Iqbal
    code: PAKGOV
    note: planning minister (2013-2018, 2022-2023, from 2024-03); bare "Iqbal" left out (common name)

person bushra-bibi
    ar: بشرى بيبي
    en: Bushra Bibi | Bushra Khan
    code: PAKOPP
    note: wife of Imran Khan

person gohar-ali-khan
    ar: جوهر علي خان | غوهر علي خان
    en: Gohar Ali Khan | Barrister Gohar
    code: PAKOPP
    note: chairman of the PTI from 2023-12

person sarfraz-bugti
    en: Sarfraz Bugti
    code: PAKGOV
    note: caretaker interior minister 2023, chief minister of Balochistan from 2024-03-02; bare "Bugti" left out (Brahamdagh Bugti, Akbar Bugti)

person ali-amin-gandapur
    ar: علي أمين غاندابور
    en: Ali Amin Gandapur | Gandapur
    code: PAKGOV 2024-03-02..2025-10
    code: PAKOPP
    note: chief minister of Khyber Pakhtunkhwa (PTI) 2024-03-02..2025-10

person noor-wali-mehsud
    ar: نور ولي محسود
    en: Noor Wali Mehsud | Mufti Noor Wali Mehsud
    code: PAKREB
    note: leader of the Pakistani Taliban (TTP) from 2018-06; bare "Mehsud" left out (tribe name, Baitullah and Hakimullah Mehsud)

person bashir-zeb
    ar: بشير زيب
    en: Bashir Zeb | Bashir Zeb Baloch
    code: PAKREB
    note: leader of the Balochistan Liberation Army

person hafiz-saeed
    ar: حافظ سعيد | حافظ محمد سعيد
    en: Hafiz Saeed | Hafiz Muhammad Saeed
    code: PAKREB
    note: founder of Lashkar-e-Taiba (jailed in Pakistan); bare "Saeed" left out

person masood-azhar
    ar: مسعود أظهر
    en: Masood Azhar | Maulana Masood Azhar
    code: PAKREB
    note: leader of Jaish-e-Mohammed; bare "Azhar" left out (al-Azhar)

person fazlur-rehman
    en: Fazlur Rehman | Maulana Fazlur Rehman | Fazl-ur-Rehman
    code: PAKOPP
    note: leader of the JUI-F; Arabic "فضل الرحمن" is also a given name; Arabic "فضل الرحمن" left out (given name)

person hamdullah-fitrat
    ar: حمد الله فطرت
    en: Hamdullah Fitrat | Fitrat
    code: AFGGOV 2021-08-15..
    code: AFGINS
    note: Taliban government deputy spokesman

person abdul-qahar-balkhi
    ar: عبد القهار بلخي
    en: Abdul Qahar Balkhi | Balkhi
    code: AFGGOV 2021-08-15..
    code: AFGINS
    note: Taliban foreign ministry spokesman

person sher-mohammad-abbas-stanikzai
    ar: شير محمد عباس ستانكزي | عباس ستانكزي | ستانكزي
    en: Sher Mohammad Abbas Stanikzai | Abbas Stanikzai | Stanikzai | Stanekzai
    code: AFGGOV 2021-08-15..
    code: AFGINS
    note: Taliban negotiator in Doha, deputy foreign minister from 2021 (left Afghanistan in 2025)

person enayatullah-khwarazmi
    ar: عناية الله خوارزمي
    en: Enayatullah Khwarazmi | Khwarazmi
    code: AFGGOV 2021-08-15..
    code: AFGINS
    note: Taliban defence ministry spokesman

# Iran
person kazem-gharibabadi
    ar: كاظم غريب آبادي | غريب آبادي
    en: Kazem Gharibabadi | Gharibabadi
    code: IRNGOV
    note: envoy to the IAEA 2018-2021, deputy foreign minister for legal and international affairs from 2024-08

person majid-takht-ravanchi
    ar: مجيد تخت روانجي | تخت روانجي
    en: Majid Takht-Ravanchi | Majid Takht Ravanchi | Takht-Ravanchi
    code: IRNGOV
    note: ambassador to the UN 2019-2022, deputy foreign minister for political affairs from 2024-08

person amir-saeid-iravani
    ar: أمير سعيد إيرواني | إيرواني
    en: Amir Saeid Iravani | Amir Saeed Iravani | Iravani
    code: IRNGOV
    note: ambassador to the UN from 2022

person mohammad-eslami
    ar: محمد إسلامي
    en: Mohammad Eslami
    code: IRNGOV
    note: head of the Atomic Energy Organization of Iran from 2021-08-29; bare "Eslami" left out

person ali-akbar-ahmadian
    ar: علي أكبر أحمديان | أحمديان
    en: Ali Akbar Ahmadian | Ahmadian
    code: IRNGOV 2023-05-22..2025-08-05
    code: IRNMIL
    note: IRGC general, secretary of the Supreme National Security Council 2023-05-22..2025-08-05

person amir-ali-hajizadeh
    ar: أمير علي حاجي زاده | حاجي زاده
    en: Amir Ali Hajizadeh | Hajizadeh
    code: IRNMIL
    note: IRGC aerospace force commander 2009..2025-06-13 (killed)

person esmaeil-khatib
    ar: إسماعيل خطيب
    en: Esmaeil Khatib | Esmail Khatib | Ismail Khatib
    code: IRNGOV 2021-08-25..
    code: IRNELI
    note: intelligence minister from 2021-08-25 (kept by Pezeshkian); bare "Khatib" left out (common name)

person eskandar-momeni
    ar: إسكندر مؤمني
    en: Eskandar Momeni | Momeni
    code: IRNGOV 2024-08-21..
    code: IRNCOP
    note: police commander, interior minister from 2024-08-21; bare "مؤمني" left out (= believers of)

person ali-mohammad-naini
    ar: علي محمد نائيني
    en: Ali Mohammad Naini
    code: IRNMIL
    note: IRGC spokesman; bare "Naini" left out (Indian place name)

person abolfazl-shekarchi
    ar: أبو الفضل شكارجي | شكارجي
    en: Abolfazl Shekarchi | Shekarchi
    code: IRNMIL
    note: spokesman of the armed forces general staff

person ebrahim-zolfaghari
    ar: إبراهيم ذو الفقاري | ذو الفقاري
    en: Ebrahim Zolfaghari | Zolfaghari
    code: IRNMIL
    note: spokesman of the Khatam al-Anbiya central headquarters

# Israel
person effie-defrin
    ar: إيفي ديفرين | ديفرين
    en: Effie Defrin | Effi Defrin | Defrin
    code: ISRMIL
    note: army spokesman from 2025-03

person nadav-shoshani
    ar: ناداف شوشاني | شوشاني
    en: Nadav Shoshani | Shoshani
    code: ISRMIL
    note: army international spokesman

person peter-lerner
    en: Peter Lerner
    code: ISRMIL
    note: army spokesman (reserves); bare "Lerner" left out

person gali-baharav-miara
    ar: غالي بهاراف ميارا | بهاراف ميارا
    en: Gali Baharav-Miara | Baharav-Miara
    code: ISRGOV
    note: attorney general from 2022-02-08

person yariv-levin
    ar: ياريف ليفين
    en: Yariv Levin
    code: ISRGOV 2022-12-29..
    code: ISRLEG
    note: justice minister from 2022-12-29; bare "Levin" left out

person miri-regev
    ar: ميري ريغيف
    en: Miri Regev
    code: ISRGOV
    note: minister (transport from 2022-12); bare "Regev" left out (Mark Regev)

person avi-dichter
    ar: آفي ديختر | ديختر
    en: Avi Dichter | Dichter
    code: ISRGOV
    note: Shin Bet head 2000-2005, agriculture minister from 2022-12

person amichai-chikli
    ar: عميحاي شيكلي | شيكلي
    en: Amichai Chikli | Chikli
    code: ISRGOV
    note: diaspora affairs minister from 2022-12

person orit-strock
    ar: أوريت ستروك | ستروك
    en: Orit Strock | Orit Struck | Strock
    code: ISRGOV
    note: settlements and national missions minister from 2022-12

person shlomo-karhi
    ar: شلومو كرعي | كرعي
    en: Shlomo Karhi | Karhi
    code: ISRGOV
    note: communications minister from 2022-12-29; without this record the fuzzy name matcher read "Shlomo Karhi" as Salva Kiir

person aryeh-deri
    ar: أرييه درعي
    en: Aryeh Deri | Deri
    code: ISRGOV 2022-12-29..2023-01-22
    code: ISRLEG
    note: Shas leader; minister removed by the Supreme Court on 2023-01-22; bare "درعي" left out

person yechiel-leiter
    ar: يحيئيل لايتر | لايتر
    en: Yechiel Leiter | Leiter
    code: ISRGOV
    note: ambassador to the United States from 2025-01

person michael-herzog
    ar: مايكل هرتسوغ
    en: Michael Herzog | Mike Herzog
    code: ISRGOV 2021-11..2025-01
    code: ISRELI
    note: ambassador to the United States 2021-2025; bare "Herzog" = Isaac Herzog

person oren-marmorstein
    ar: أورين مارمورشتاين
    en: Oren Marmorstein | Marmorstein
    code: ISRGOV
    note: foreign ministry spokesman

person gal-hirsch
    ar: غال هيرش
    en: Gal Hirsch
    code: ISRGOV 2023-10-08..
    code: ISRMIL
    note: government coordinator for hostages and missing persons from 2023-10; bare "Hirsch" left out

person david-mencer
    en: David Mencer | Mencer
    code: ISRGOV
    note: government spokesman 2023-2025

person omer-dostri
    en: Omer Dostri | Dostri
    code: ISRGOV
    note: spokesman of the prime minister from 2024

# Palestine
person mahmoud-al-aloul
    ar: محمود العالول | العالول
    en: Mahmoud al-Aloul | Mahmoud Aloul | Aloul
    code: PSEPTY
    note: Fatah deputy chairman from 2017 (Fatah is PSEPTY after 1993)

person husam-zomlot
    ar: حسام زملط | زملط
    en: Husam Zomlot | Husam Zumlot | Zomlot
    code: PSEGOV
    note: head of the Palestinian mission (from 2025 embassy) in London

person mohammed-darwish-hamas
    en: Mohammed Darwish | Mohammad Ismail Darwish
    code: PSEREB
    note: head of the Hamas shura council and of its interim leadership council from 2024; Arabic "محمد درويش" is a common name (use in Hamas context); Arabic "محمد درويش" left out (common name)

person zaher-jabarin
    ar: زاهر جبارين
    en: Zaher Jabarin | Jabarin
    code: PSEREB
    note: Hamas West Bank leader; bare "جبارين" left out

person ghazi-hamad
    ar: غازي حمد
    en: Ghazi Hamad
    code: PSEREB
    note: Hamas political bureau; bare "Hamad" left out

person hazem-qassem
    ar: حازم قاسم
    en: Hazem Qassem | Hazem Kassem
    code: PSEREB
    note: Hamas spokesman; bare "Qassem" = Naim Qassem

person taher-al-nunu
    ar: طاهر النونو | النونو
    en: Taher al-Nunu | Taher al-Nono | Taher Nunu | Nunu
    code: PSEREB
    note: Hamas political bureau, adviser to its chief

person izzat-al-rishq
    ar: عزت الرشق
    en: Izzat al-Rishq | Izzat al-Risheq | Izzat Rishq | Rishq
    code: PSEREB
    note: Hamas political bureau; bare "الرشق" left out (= throwing, "رشق الحجارة")

person mahmoud-mardawi
    ar: محمود مرداوي | مرداوي
    en: Mahmoud Mardawi | Mardawi
    code: PSEREB
    note: Hamas official

person abdel-latif-al-qanou
    ar: عبد اللطيف القانوع | القانوع
    en: Abdel Latif al-Qanou | Abdul Latif al-Qanoua | Abdel-Latif al-Qanou | Qanou | Qanoua
    code: PSEREB
    note: Hamas spokesman in Gaza; killed 2025-03-27

person marwan-issa
    ar: مروان عيسى
    en: Marwan Issa
    code: PSEREB
    note: deputy commander of the Qassam Brigades; killed 2024-03; bare "Issa" left out

person mohammad-al-hindi
    ar: محمد الهندي
    en: Mohammad al-Hindi | Mohammed al-Hindi
    code: PSEREB
    note: deputy secretary-general of Palestinian Islamic Jihad; bare "الهندي" (Indian) left out

person ismail-al-thawabta
    ar: إسماعيل الثوابتة | الثوابتة
    en: Ismail al-Thawabta | Ismail Thawabta | Thawabta
    code: PSEGOV
    note: director of the Gaza government media office

person ashraf-al-qudra
    ar: أشرف القدرة
    en: Ashraf al-Qudra | Ashraf al-Qidra | Qudra | Qidra
    code: PSEGOV
    note: Gaza health ministry spokesman (2023-2024)

person munir-al-bursh
    ar: منير البرش
    en: Munir al-Bursh | Munir al-Boursh | Bursh
    code: PSEGOV
    note: director-general of the Gaza health ministry; bare "البرش" left out

person mahmoud-bassal
    ar: محمود بصل
    en: Mahmoud Bassal | Mahmoud Basal | Bassal
    code: PSEGOV
    note: Gaza civil defence spokesman; without this record the fuzzy name matcher read "Mahmoud Bassal" as Mohamed Bazoum

person hussam-abu-safiya
    ar: حسام أبو صفية | أبو صفية
    en: Hussam Abu Safiya | Hossam Abu Safiya | Abu Safiya
    code: PSEHLH
    note: director of Kamal Adwan hospital, detained by Israel 2024-12-27

person yasser-abu-shabab
    ar: ياسر أبو شباب | أبو شباب
    en: Yasser Abu Shabab | Abu Shabab
    code: PSEREB
    note: leader of the Israel-backed "Popular Forces" militia in Rafah (2024-2025); without this record "Abu Shabab" was read as al-Shabaab

# Lebanon
person michel-menassa
    ar: ميشال منسى
    en: Michel Menassa | Menassa
    code: LBNGOV 2025-02-08..
    code: LBNMIL
    note: retired general, defence minister from 2025-02-08; bare "منسى" left out (= forgotten)

person ahmad-al-hajjar
    ar: أحمد الحجار
    en: Ahmad al-Hajjar | Ahmed al-Hajjar
    code: LBNGOV 2025-02-08..
    code: LBNELI
    note: interior minister from 2025-02-08

person fuad-shukr
    ar: فؤاد شكر
    en: Fuad Shukr | Fouad Shukr | Fuad Shukur
    code: LBNREB
    note: senior Hezbollah military commander, killed in Beirut 2024-07-30; without this record the fuzzy name matcher read "Fuad Shukr" as Fouad Siniora

person ibrahim-aqil
    ar: إبراهيم عقيل
    en: Ibrahim Aqil | Ibrahim Akil
    code: LBNREB
    note: Hezbollah military commander (Radwan force), killed 2024-09-20

person mohammad-raad
    ar: محمد رعد
    en: Mohammad Raad | Mohammed Raad
    code: LBNREB
    note: head of Hezbollah's parliamentary bloc (Loyalty to the Resistance)

person wafiq-safa
    ar: وفيق صفا
    en: Wafiq Safa | Wafic Safa
    code: LBNREB
    note: head of Hezbollah's liaison and coordination unit

person mohammad-afif
    ar: محمد عفيف
    en: Mohammad Afif | Mohammed Afif
    code: LBNREB
    note: Hezbollah media chief, killed 2024-11-17

person sami-gemayel
    ar: سامي الجميل
    en: Sami Gemayel
    code: LBNOPP
    note: leader of the Kataeb party from 2015; bare "Gemayel" left out (Amine, Bachir)

# Syria
person hind-kabawat
    ar: هند قبوات | قبوات
    en: Hind Kabawat | Kabawat
    code: SYRGOV 2025-03-29..
    code: SYROPP
    note: social affairs minister from 2025-03-29

person hamza-al-mustafa
    ar: حمزة المصطفى
    en: Hamza al-Mustafa | Hamza al-Moustafa
    code: SYRGOV 2025-03-29..
    code: SYROPP
    note: information minister from 2025-03-29

person hassan-abdul-ghani
    en: Hassan Abdul Ghani | Hassan Abdel Ghani | Hassan Abdulghani
    code: SYRREB ..2024-12-07
    code: SYRMIL
    note: spokesman of the Military Operations Command (2024), then of the defence ministry; without this record "Abdul Ghani" was read as Ashraf Ghani; Arabic "حسن عبد الغني" left out (common name)

person ilham-ahmed
    en: Ilham Ahmed
    code: SYRREB
    note: co-chair of foreign relations of the Kurdish-led administration (AANES); Arabic "إلهام أحمد" left out (common name)

person farhad-shami
    ar: فرهاد شامي
    en: Farhad Shami
    code: SYRREB
    note: head of the SDF media office; bare "Shami" left out (= Syrian, Levantine)

person laith-al-balous
    ar: ليث البلعوس | البلعوس
    en: Laith al-Balous | Laith al-Balaous | Balous
    code: SYRREB
    note: leader of the Druze "Sheikh al-Karama" force in Suwayda

person fahim-issa
    ar: فهيم عيسى
    en: Fahim Issa
    code: SYRREB ..2025-01-28
    code: SYRMIL
    note: Turkish-backed SNA commander (Sultan Murad division), absorbed into the new army in 2025

person mohammed-al-jassem
    ar: محمد الجاسم | أبو عمشة
    en: Mohammed al-Jassem | Mohammad al-Jasim | Abu Amsha
    code: SYRREB ..2025-01-28
    code: SYRMIL
    note: SNA commander (Suleiman Shah brigade) under US sanctions, division commander in the new army from 2025

person ahmad-al-awda
    ar: أحمد العودة
    en: Ahmad al-Awda | Ahmed al-Awdeh | Ahmad al-Oudeh
    code: SYRREB
    note: leader of the Eighth Brigade in Daraa

person ghiath-dalla
    ar: غياث دلا
    en: Ghiath Dalla | Ghayath Dalla
    code: SYRREB 2025-03..
    code: SYRMIL
    note: Assad-era commander who led the coastal insurgency of 2025-03

person rami-makhlouf
    ar: رامي مخلوف
    en: Rami Makhlouf | Makhlouf
    code: SYRBUS
    note: Assad's cousin and business magnate

# Iraq
person qasim-al-araji
    ar: قاسم الأعرجي | الأعرجي
    en: Qasim al-Araji | Qassem al-Araji | Araji
    code: IRQGOV
    note: national security adviser from 2020-07

person abdul-amir-al-shammari
    ar: عبد الأمير الشمري
    en: Abdul Amir al-Shammari | Abdul-Amir al-Shammari
    code: IRQGOV 2022-10-27..
    code: IRQMIL
    note: interior minister from 2022-10-27; bare "الشمري" (tribe) left out

person yahya-rasool
    ar: يحيى رسول
    en: Yahya Rasool | Yehia Rasool
    code: IRQMIL
    note: military spokesman of the commander-in-chief

person basim-al-awadi
    ar: باسم العوادي
    en: Basim al-Awadi | Bassem al-Awadi
    code: IRQGOV
    note: government spokesman from 2022-11

person abu-fadak-al-mohammadawi
    ar: أبو فدك المحمداوي | عبد العزيز المحمداوي | أبو فدك
    en: Abu Fadak al-Mohammadawi | Abdul Aziz al-Mohammadawi | Abu Fadak
    code: IRQMIL
    note: chief of staff of the Popular Mobilisation Forces from 2020-02 (PMF coded IRQMIL)

person akram-al-kaabi
    ar: أكرم الكعبي
    en: Akram al-Kaabi | Akram al-Kabi
    code: IRQREB
    note: leader of Harakat al-Nujaba; bare "الكعبي" left out (common tribal name)

person ahmed-al-hamidawi
    ar: أحمد الحميداوي
    en: Ahmed al-Hamidawi | Ahmad al-Hamidawi | Abu Hussein al-Hamidawi
    code: IRQREB
    note: secretary-general of Kataib Hezbollah

person abu-ali-al-askari
    ar: أبو علي العسكري
    en: Abu Ali al-Askari
    code: IRQREB
    note: pseudonymous security official of Kataib Hezbollah

# Gulf, Jordan, Egypt
person musaed-al-aiban
    ar: مساعد العيبان | العيبان
    en: Musaed al-Aiban | Musaad al-Aiban | Aiban
    code: SAUGOV
    note: minister of state and national security adviser

person mohammed-al-jaber
    ar: محمد آل جابر
    en: Mohammed Al Jaber | Mohammed Al-Jaber | Mohammed bin Saeed Al Jaber
    code: SAUGOV
    note: ambassador to Yemen

person yazid-bin-farhan
    ar: يزيد بن فرحان
    en: Yazid bin Farhan | Yazeed bin Farhan
    code: SAUGOV
    note: foreign ministry envoy on Lebanon

person lana-nusseibeh
    ar: لانا نسيبة
    en: Lana Nusseibeh | Nusseibeh
    code: AREGOV
    note: ambassador to the UN 2013-2023, then assistant minister and minister of state at the foreign ministry; bare "نسيبة" left out (= female in-law)

person khalifa-shaheen-al-marar
    ar: خليفة شاهين المرر
    en: Khalifa Shaheen Al Marar | Khalifa Shaheen al-Marar
    code: AREGOV
    note: minister of state

person reem-al-hashimy
    ar: ريم الهاشمي
    en: Reem Al Hashimy | Reem al-Hashimy
    code: AREGOV
    note: minister of state for international cooperation

person sultan-al-jaber
    ar: سلطان الجابر
    en: Sultan al-Jaber | Sultan Al Jaber | Sultan Ahmed Al Jaber
    code: AREGOV
    note: industry minister, head of ADNOC, president of COP28 (2023)

person hamdan-bin-mohammed
    ar: حمدان بن محمد بن راشد | حمدان بن محمد
    en: Hamdan bin Mohammed bin Rashid | Hamdan bin Mohammed
    code: AREGOV
    note: crown prince of Dubai from 2008-02-01, UAE deputy prime minister and defence minister from 2024-07-14

person mohammed-al-khulaifi
    ar: محمد بن عبد العزيز الخليفي
    en: Mohammed al-Khulaifi | Mohammed bin Abdulaziz al-Khulaifi
    code: QATGOV
    note: minister of state at the foreign ministry, Gaza mediator; Arabic "محمد الخليفي" left out (common name)

person abdullah-al-yahya
    ar: عبد الله اليحيا | عبدالله اليحيا
    en: Abdullah al-Yahya | Abdullah Ali al-Yahya
    code: KWTGOV 2024-06..
    code: KWTELI
    note: foreign minister from 2024-06

person fahad-yousef-saud-al-sabah
    ar: فهد يوسف سعود الصباح
    en: Fahad Yousef Saud al-Sabah | Fahad Yousef al-Sabah
    code: KWTGOV
    note: first deputy prime minister, interior minister (and acting defence minister) from 2024

person abdel-mageed-saqr
    ar: عبد المجيد صقر
    en: Abdel Mageed Saqr | Abdelmegeed Saqr | Abdel Majid Saqr
    code: EGYGOV 2024-07-03..
    code: EGYMIL
    note: defence minister from 2024-07-03

person tamim-khallaf
    ar: تميم خلاف
    en: Tamim Khallaf | Khallaf
    code: EGYGOV
    note: foreign ministry spokesman

person diaa-rashwan
    ar: ضياء رشوان
    en: Diaa Rashwan | Rashwan
    code: EGYGOV
    note: head of the State Information Service

# Turkey and the PKK
person fahrettin-altun
    ar: فخر الدين ألطون
    en: Fahrettin Altun | Altun
    code: TURGOV 2018-07-24..2025
    code: TURELI
    note: presidential director of communications 2018-2025 (succeeded by Burhanettin Duran); bare "ألطون" left out (article-like opening)

person burhanettin-duran
    ar: برهان الدين دوران
    en: Burhanettin Duran
    code: TURGOV 2025..
    code: TURELI
    note: presidential director of communications from 2025; bare "Duran" left out (Duran Kalkan)

person oncu-keceli
    ar: أونجو كتشالي
    en: Öncü Keçeli | Oncu Keceli | Keçeli | Keceli
    code: TURGOV
    note: foreign ministry spokesman

person yilmaz-tunc
    ar: يلماز تونج
    en: Yılmaz Tunç | Yilmaz Tunc
    code: TURGOV 2023-06-03..
    code: TURLEG
    note: justice minister from 2023-06-03; bare "Tunç" left out

person tuncer-bakirhan
    ar: تونجر باكيرهان | باكيرهان
    en: Tuncer Bakırhan | Tuncer Bakirhan | Bakırhan | Bakirhan
    code: TUROPP
    note: co-chair of the DEM Party from 2024-02

person tulay-hatimogullari
    ar: تولاي حاتم أوغولاري
    en: Tülay Hatimoğulları | Tulay Hatimogullari | Hatimoğulları | Hatimogullari
    code: TUROPP
    note: co-chair of the DEM Party from 2023

person pervin-buldan
    ar: بيرفين بولدان | بولدان
    en: Pervin Buldan | Buldan
    code: TUROPP
    note: DEM Party member of the Imrali delegation (2024-2025)

person sirri-sureyya-onder
    ar: سري ثريا أوندر
    en: Sırrı Süreyya Önder | Sirri Sureyya Onder
    code: TUROPP
    note: DEM Party deputy speaker of parliament, member of the Imrali delegation; died 2025-05-03

person duran-kalkan
    ar: دوران كالكان
    en: Duran Kalkan | Kalkan
    code: TURREB
    note: PKK executive committee

person bese-hozat
    ar: بسي هوزات | هوزات
    en: Besê Hozat | Bese Hozat | Hozat
    code: TURREB
    note: co-chair of the KCK executive council

person mustafa-karasu
    ar: مصطفى قره سو
    en: Mustafa Karasu
    code: TURREB
    note: PKK executive committee

# Yemen
person ahmed-ghaleb-al-rahawi
    ar: أحمد غالب الرهوي | الرهوي
    en: Ahmed Ghaleb al-Rahawi | Ahmed al-Rahawi | Rahawi
    code: YEMREB
    note: prime minister of the Houthi government 2024-08..2025-08-28 (killed in an Israeli strike)

person mohammed-miftah
    en: Mohammed Miftah | Mohamed Miftah
    code: YEMREB
    note: Houthi deputy prime minister, acting prime minister from 2025-08; Arabic "محمد مفتاح" left out (common name)

person mohammed-al-ghamari
    ar: محمد عبد الكريم الغماري | محمد الغماري | الغماري
    en: Mohammed al-Ghamari | Muhammad Abd al-Karim al-Ghamari | Ghamari
    code: YEMREB
    note: Houthi chief of staff; his death in an Israeli strike was announced 2025-10

person mohammed-al-bukhaiti
    ar: محمد البخيتي | البخيتي
    en: Mohammed al-Bukhaiti | Bukhaiti
    code: YEMREB
    note: Houthi political bureau

person hezam-al-asad
    ar: حزام الأسد
    en: Hezam al-Asad | Hizam al-Assad
    code: YEMREB
    note: Houthi political bureau; bare "الأسد" / "Asad" left out (Assad)

person abdulqader-al-murtada
    ar: عبد القادر المرتضى
    en: Abdulqader al-Murtada | Abdul Qader al-Murtada | Murtada
    code: YEMREB
    note: head of the Houthi prisoners committee; bare "المرتضى" left out (epithet of Ali)

person shaya-al-zindani
    ar: شائع الزنداني
    en: Shaya al-Zindani | Shaya Mohsen al-Zindani | Zindani
    code: YEMGOV 2024-03..
    code: YEMELI
    note: foreign minister of the internationally recognised government from 2024-03; bare "الزنداني" left out (Abdul Majid al-Zindani)

person sultan-al-arada
    ar: سلطان العرادة | العرادة
    en: Sultan al-Arada | Sultan al-Arrada | Arada
    code: YEMGOV
    note: governor of Marib, member of the Presidential Leadership Council from 2022-04-07

person abu-zaraa-al-muharrami
    ar: أبو زرعة المحرمي | عبد الرحمن المحرمي | المحرمي
    en: Abu Zaraa al-Muharrami | Abdulrahman al-Muharrami | Abu Zaraa al-Mahrami | Muharrami
    code: YEMMIL ..2022-04-06
    code: YEMGOV 2022-04-07..
    code: YEMMIL
    note: commander of the Giants Brigades, member of the Presidential Leadership Council from 2022-04-07

person faraj-al-bahsani
    ar: فرج البحسني | البحسني
    en: Faraj al-Bahsani | Faraj Salmin al-Bahsani | Bahsani
    code: YEMGOV
    note: member of the Presidential Leadership Council from 2022-04-07

person hani-bin-breik
    ar: هاني بن بريك
    en: Hani bin Breik | Hani Ben Brik
    code: YEMREB
    note: vice-president of the Southern Transitional Council (coded as the STC); bare "بن بريك" = Salem bin Breik

# Libya, Maghreb
person mohamed-takala
    ar: محمد تكالة | تكالة
    en: Mohamed Takala | Mohammed Takala | Takala
    code: LBYGOV
    note: head of the High Council of State 2023-08..2024-08 (disputed afterwards); HCS coded LBYGOV

person emad-trabelsi
    ar: عماد الطرابلسي
    en: Emad Trabelsi | Imad Trabelsi
    code: LBYGOV
    note: interior minister of the Tripoli-based Government of National Unity; bare "الطرابلسي" (= from Tripoli) left out

person abdul-ghani-al-kikli
    ar: عبد الغني الككلي | غنيوة | غنيوة الككلي
    en: Abdul Ghani al-Kikli | Abdulghani al-Kikli | Ghnewa | Gheniwa
    code: LBYMIL
    note: head of the Stability Support Apparatus (coded LBYMIL); killed in Tripoli 2025-05-12; without this record "Abdul Ghani" was read as Ashraf Ghani

person khaled-haftar
    ar: خالد حفتر
    en: Khaled Haftar | Khalid Haftar
    code: LBYMIL
    note: son of Khalifa Haftar, LNA chief of staff of the ground forces

person belgasem-haftar
    ar: بلقاسم حفتر
    en: Belgasem Haftar | Belqasem Haftar | Belkacem Haftar
    code: LBYGOV
    note: son of Khalifa Haftar, head of the Development and Reconstruction Fund of the eastern authorities

person stephanie-koury
    ar: ستيفاني خوري | ستيفاني كوري
    en: Stephanie Koury | Stephanie Khoury
    code: IGOUNO
    note: deputy head of UNSMIL, acting head 2024-05..2025-01

person nadir-larbaoui
    ar: نذير العرباوي | العرباوي
    en: Nadir Larbaoui | Larbaoui
    code: DZAGOV 2023-11-11..2025-08-28
    code: DZAELI
    note: prime minister 2023-11-11..2025-08-28

person sifi-ghrieb
    ar: سيفي غريب
    en: Sifi Ghrieb | Ghrieb
    code: DZAGOV 2025-08-28..
    code: DZAELI
    note: prime minister (acting from 2025-08-28)

person brahim-ghali
    ar: إبراهيم غالي
    en: Brahim Ghali | Ibrahim Ghali
    code: ESHREB
    note: secretary-general of the Polisario Front from 2016-07-09 (coded as Polisario); bare "غالي" / "Ghali" left out

person abir-moussi
    ar: عبير موسي
    en: Abir Moussi | Abir Moussa
    code: TUNOPP
    note: leader of the Free Destourian Party, jailed 2023-10; without this record the fuzzy name matcher read "Abir Moussi" as Amr Moussa

# Sudan, South Sudan, Horn of Africa
person nabil-abdalla
    en: Nabil Abdalla | Nabil Abdallah
    code: SDNMIL
    note: spokesman of the Sudanese armed forces; Arabic "نبيل عبد الله" is a common name (use in Sudan context); Arabic "نبيل عبد الله" left out (common name)

person hussein-awad
    en: Hussein Awad | Hussein Awad Ali
    code: SDNGOV 2024-04..2024-11
    code: SDNELI
    note: foreign minister 2024-04..2024-11; Arabic "حسين عوض" left out (common name)

person mohamed-hassan-al-taayshi
    ar: محمد حسن التعايشي | التعايشي
    en: Mohamed Hassan al-Taayshi | Mohamed Hassan Othman al-Taayshi | Mohammed al-Taishi | Taayshi | al-Taishi
    code: SDNGOV 2019-08-21..2021-10-25
    code: SDNREB 2025-07..
    code: SDNOPP
    note: member of the Sovereignty Council 2019-2021, prime minister of the RSF-led "Tasis" government from 2025-07

person abdel-wahid-al-nur
    ar: عبد الواحد محمد نور | عبد الواحد نور
    en: Abdel Wahid al-Nur | Abdelwahid Mohamed Nour | Abdel Wahid Mohamed al-Nur | Abdel Wahid Nour
    code: SDNREB
    note: leader of the Sudan Liberation Movement-Abdel Wahid

person abu-aqla-kaykal
    ar: أبو عاقلة كيكل
    en: Abu Aqla Kaykal | Abu Aqla Keikal | Kaykal | Keikal
    code: SDNREB 2023-04-15..2024-10-19
    code: SDNMIL
    note: leader of the Sudan Shield Forces; RSF commander in al-Jazira, defected to the army on 2024-10-20

person yasir-arman
    ar: ياسر عرمان | عرمان
    en: Yasir Arman | Yasser Arman | Arman
    code: SDNOPP
    note: leader of SPLM-N Revolutionary Democratic Current, civilian coalition politician

person ali-karti
    ar: علي كرتي
    en: Ali Karti | Ali Ahmed Karti
    code: SDNOPP
    note: secretary-general of the Sudanese Islamic Movement, foreign minister 2010-2015; under US sanctions from 2023-09

person benjamin-bol-mel
    ar: بنجامين بول ميل
    en: Benjamin Bol Mel | Bol Mel
    code: SSDGOV 2025-02..2025-11
    code: SSDBUS
    note: businessman, vice-president 2025 (sacked 2025-11)

person aisha-mohammed-musa
    ar: عائشة محمد موسى
    en: Aisha Mohammed Musa
    code: ETHGOV
    note: defence minister from 2024-10 (earlier minister of urban development); "Aisha Mohammed" alone left out (very common name)

person birhanu-jula
    ar: برهانو جولا
    en: Birhanu Jula | Berhanu Jula
    code: ETHMIL
    note: chief of the general staff of the Ethiopian National Defence Force (field marshal)

person yemane-gebremeskel
    ar: يماني جبر مسقل
    en: Yemane Gebremeskel | Yemane G. Meskel | Yemane Gebre Meskel
    code: ERIGOV
    note: information minister

person ahmed-moallim-fiqi
    ar: أحمد معلم فقي
    en: Ahmed Moallim Fiqi | Ahmed Fiqi | Fiqi
    code: SOMGOV
    note: Somali minister (interior, defence, foreign affairs) from 2022

person abdulkadir-mohamed-nur
    ar: عبد القادر محمد نور
    en: Abdulkadir Mohamed Nur | Abdulkadir Mohamed Nur Jama
    code: SOMGOV
    note: Somali minister (defence)

person ahmed-madobe
    ar: أحمد مدوبي | أحمد محمد إسلام مدوبي
    en: Ahmed Madobe | Ahmed Mohamed Islam | Madobe
    code: SOMGOV
    note: president of Jubaland from 2013 (in conflict with Mogadishu from 2024-11)

person said-abdullahi-deni
    ar: سعيد عبد الله دني
    en: Said Abdullahi Deni | Said Deni | Deni
    code: SOMGOV
    note: president of Puntland from 2019-01

person abdirahman-irro
    ar: عبد الرحمن محمد عبد الله عرو | عبد الرحمن عرو
    en: Abdirahman Mohamed Abdullahi | Abdirahman Irro | Abdirahman Abdullahi Irro | Irro
    code: SOMGOV 2024-12-12..
    code: SOMOPP
    note: president of self-declared Somaliland from 2024-12-12 (coded SOM: no ISO code for Somaliland)

person muse-bihi-abdi
    ar: موسى بيحي عبدي
    en: Muse Bihi Abdi | Muse Bihi
    code: SOMGOV 2017-12-13..2024-12-12
    code: SOMELI
    note: president of self-declared Somaliland 2017-12-13..2024-12-12 (coded SOM)

person ahmed-diriye
    en: Ahmed Diriye | Ahmad Umar | Ahmed Umar Abu Ubaidah | Diriye
    code: IMGMUS
    note: emir of al-Shabaab from 2014-09 (coded as al-Shabaab); his kunya "Abu Ubaidah" is left to the Qassam spokesman (abu-obaida)

person ali-dheere
    en: Ali Dheere | Ali Mohamud Rage | Dheere
    code: IMGMUS
    note: al-Shabaab spokesman (coded as al-Shabaab)

person mukhtar-robow
    ar: مختار روبو | مختار روبو أبو منصور
    en: Mukhtar Robow | Mukhtar Robow Ali | Robow
    code: IMGMUS ..2017-08
    code: SOMGOV 2022-08-02..
    code: SOMOPP
    note: former al-Shabaab deputy leader and spokesman (defected 2017-08), religious affairs minister from 2022-08-02

person kithure-kindiki
    ar: كيثوري كينديكي | كينديكي
    en: Kithure Kindiki | Kindiki
    code: KENGOV 2022-10-27..
    code: KENLEG
    note: interior minister 2022-10-27..2024-10, deputy president from 2024-11-01

person kalonzo-musyoka
    ar: كالونزو موسيوكا
    en: Kalonzo Musyoka | Kalonzo
    code: KENOPP
    note: opposition leader (Wiper), vice-president 2008-2013

person kizza-besigye
    ar: كيزا بيسيجي | بيسيجي
    en: Kizza Besigye | Besigye
    code: UGAOPP
    note: opposition leader, abducted in Nairobi and charged before a military court 2024-11

# Great Lakes, Central Africa
person patrick-muyaya
    ar: باتريك مويايا | مويايا
    en: Patrick Muyaya | Muyaya
    code: CODGOV 2021-04..
    code: CODELI
    note: communications minister and government spokesman from 2021-04

person jean-pierre-bemba
    ar: جان بيير بيمبا | بيمبا
    en: Jean-Pierre Bemba
    code: CODGOV 2003-06-30..2006-12-06
    code: CODGOV 2023-03-23..
    code: CODOPP
    note: vice-president 2003-2006, deputy prime minister for defence 2023-03..2024-05, then for transport; bare "Bemba" left out (Zambian people and language)

person guy-kabombo-muadiamvita
    ar: غي كابومبو
    en: Guy Kabombo Muadiamvita | Guy Kabombo | Kabombo
    code: CODGOV 2024-05-29..2025
    code: CODELI
    note: defence minister 2024-05-29..2025

person vital-kamerhe
    ar: فيتال كاميرهي | كاميرهي
    en: Vital Kamerhe | Kamerhe
    code: CODGOV 2023-03..2024-05
    code: CODLEG 2024-05..2025-09
    code: CODOPP
    note: economy minister 2023-2024, speaker of the National Assembly 2024-05..2025-09 (resigned)

person sylvain-ekenge
    ar: سيلفان إكينغي
    en: Sylvain Ekenge | Ekenge
    code: CODMIL
    note: spokesman of the Congolese armed forces (FARDC)

person willy-ngoma
    ar: ويلي نغوما
    en: Willy Ngoma
    code: CODREB
    note: military spokesman of the M23; bare "Ngoma" left out (common name)

person edouard-ngirente
    ar: إدوار نغيرينتي | نغيرينتي
    en: Édouard Ngirente | Edouard Ngirente | Ngirente
    code: RWAGOV 2017-08-30..2025-07-23
    code: RWAELI
    note: prime minister 2017-08-30..2025-07-23

person justin-nsengiyumva
    ar: جاستن نسنغيومفا
    en: Justin Nsengiyumva | Nsengiyumva
    code: RWAGOV 2025-07-23..
    code: RWAELI
    note: prime minister from 2025-07-23

person albert-shingiro
    ar: ألبير شينغيرو | شينغيرو
    en: Albert Shingiro | Shingiro
    code: BDIGOV
    note: foreign minister of Burundi from 2020-06

person faustin-archange-touadera
    ar: فوستين أرشانج تواديرا | تواديرا
    en: Faustin-Archange Touadéra | Faustin-Archange Touadera | Faustin Archange Touadera | Touadéra | Touadera
    code: CAFGOV 2008-01-22..2013-01-17
    code: CAFGOV 2016-03-30..
    code: CAFELI
    note: prime minister 2008-2013, president of the Central African Republic from 2016-03-30

person denis-sassou-nguesso
    ar: دينيس ساسو نغيسو | ساسو نغيسو
    en: Denis Sassou Nguesso | Denis Sassou-Nguesso | Sassou Nguesso | Sassou-Nguesso
    code: COGGOV 1979-02-08..1992-08-31
    code: COGGOV 1997-10-25..
    code: COGELI
    note: president of the Republic of the Congo 1979-1992 and from 1997-10-25

person teodoro-obiang
    ar: تيودورو أوبيانغ | أوبيانغ
    en: Teodoro Obiang Nguema Mbasogo | Teodoro Obiang | Obiang
    code: GNQGOV 1979-08-03..
    code: GNQELI
    note: president of Equatorial Guinea from 1979-08-03; his son the vice-president ("Teodorin", Teodoro Nguema Obiang Mangue) is not listed

person issa-tchiroma-bakary
    ar: عيسى تشيروما بكاري | تشيروما
    en: Issa Tchiroma Bakary | Issa Tchiroma | Tchiroma
    code: CMRGOV ..2025-06
    code: CMROPP
    note: long-time minister (employment 2019-2025), opposition presidential candidate who claimed victory in 2025-10

person maurice-kamto
    ar: موريس كامتو | كامتو
    en: Maurice Kamto | Kamto
    code: CMROPP
    note: opposition leader (MRC), barred from the 2025 election

person abdoulaye-maiga
    ar: عبد الله مايغا
    en: Abdoulaye Maïga | Abdoulaye Maiga
    code: MLIGOV
    note: army colonel, government spokesman, interim prime minister 2022, prime minister from 2024-11-21; bare "Maïga" = Choguel Maïga (full-named record)

person karamoko-jean-marie-traore
    ar: كاراموكو جان ماري تراوري
    en: Karamoko Jean-Marie Traoré | Karamoko Jean-Marie Traore | Jean-Marie Traoré | Jean-Marie Traore
    code: BFAGOV
    note: foreign minister of Burkina Faso from 2023

person rimtalba-ouedraogo
    ar: ريمتالبا جان إيمانويل ويدراوغو
    en: Rimtalba Jean Emmanuel Ouédraogo | Rimtalba Jean Emmanuel Ouedraogo | Jean Emmanuel Ouédraogo | Jean Emmanuel Ouedraogo
    code: BFAGOV 2024-12-07..
    code: BFAELI
    note: prime minister of Burkina Faso from 2024-12-07; bare "Ouédraogo" left out (very common name)

person bakary-yaou-sangare
    ar: بكاري ياو سانغاري
    en: Bakary Yaou Sangaré | Bakary Yaou Sangare | Yaou Sangaré | Yaou Sangare
    code: NERGOV 2023-08..
    code: NERELI
    note: foreign minister of Niger from 2023-08; without this record the fuzzy name matcher read "Yaou Sangare" as Yahya Sinwar

person salifou-mody
    ar: ساليفو مودي
    en: Salifou Mody | Salifou Modi
    code: NERMIL ..2023-07
    code: NERGOV 2023-08..
    code: NERMIL
    note: general, defence minister of Niger from 2023-08; bare "Mody" left out

person alghabass-ag-intalla
    ar: الغباس أغ إنتالا
    en: Alghabass Ag Intalla
    code: MLIREB
    note: Tuareg leader (HCUA, CSP-DPA, then the Azawad Liberation Front)

person bilal-ag-acherif
    ar: بلال أغ الشريف
    en: Bilal Ag Acherif
    code: MLIREB
    note: MNLA secretary-general, Azawad separatist leader

# West Africa
person nuhu-ribadu
    ar: نوهو ريبادو | ريبادو
    en: Nuhu Ribadu | Ribadu
    code: NGAGOV
    note: national security adviser of Nigeria from 2023-06

person christopher-musa
    ar: كريستوفر موسى
    en: Christopher Musa | Christopher Gwabin Musa
    code: NGAMIL ..2025-11
    code: NGAGOV 2025-12..
    code: NGAMIL
    note: chief of defence staff 2023-06..2025-10, defence minister from 2025-12; bare "Musa" left out

person yusuf-tuggar
    ar: يوسف توغار | توغار
    en: Yusuf Tuggar | Yusuf Maitama Tuggar | Tuggar
    code: NGAGOV 2023-08-21..
    code: NGAELI
    note: foreign minister of Nigeria from 2023-08-21

person bayo-onanuga
    ar: بايو أونانوغا
    en: Bayo Onanuga | Onanuga
    code: NGAGOV
    note: presidential spokesman of Nigeria from 2024

person bello-turji
    ar: بيلو تورجي
    en: Bello Turji | Turji
    code: NGACRM
    note: bandit leader in Zamfara and Sokoto

person tidjane-thiam
    ar: تيجان تيام
    en: Tidjane Thiam | Thiam
    code: CIVOPP
    note: president of the PDCI from 2023-12, barred from the 2025 presidential election

person laurent-gbagbo
    ar: لوران غباغبو | غباغبو
    en: Laurent Gbagbo | Gbagbo
    code: CIVGOV 2000-10-26..2011-04-11
    code: CIVOPP
    note: president of Côte d'Ivoire 2000-2011

person romuald-wadagni
    ar: رومالد واداني
    en: Romuald Wadagni | Wadagni
    code: BENGOV
    note: finance minister of Benin from 2016-04, ruling-camp presidential candidate for 2026

person umaro-sissoco-embalo
    ar: عمر سيسوكو إمبالو | إمبالو
    en: Umaro Sissoco Embaló | Umaro Sissoco Embalo | Embaló | Embalo
    code: GNBGOV 2016-11..2018-01
    code: GNBGOV 2020-02-27..2025-11-26
    code: GNBELI
    note: prime minister 2016-2018, president of Guinea-Bissau 2020-02-27..2025-11-26 (military takeover)

person julius-maada-bio
    ar: جوليوس مادا بيو
    en: Julius Maada Bio | Maada Bio
    code: SLEGOV 2018-04-04..
    code: SLEELI
    note: president of Sierra Leone from 2018-04-04, ECOWAS chairman from 2025-06

person joseph-boakai
    ar: جوزيف بواكاي | بواكاي
    en: Joseph Boakai | Joseph Nyuma Boakai | Boakai
    code: LBRGOV 2006-01-16..2018-01-22
    code: LBRGOV 2024-01-22..
    code: LBRELI
    note: vice-president 2006-2018, president of Liberia from 2024-01-22

person adama-barrow
    ar: أداما بارو
    en: Adama Barrow
    code: GMBGOV 2017-01-19..
    code: GMBELI
    note: president of the Gambia from 2017-01-19; bare "Barrow" left out

# Southern Africa
person paul-mashatile
    ar: بول ماشاتيلي | ماشاتيلي
    en: Paul Mashatile | Mashatile
    code: ZAFGOV 2023-03-07..
    code: ZAFELI
    note: deputy president of South Africa from 2023-03-07

person angie-motshekga
    ar: أنجي موتشيكغا
    en: Angie Motshekga | Motshekga
    code: ZAFGOV
    note: basic education minister 2009-2024, defence minister from 2024-07-03

person vincent-magwenya
    ar: فينسنت ماغوينيا
    en: Vincent Magwenya | Magwenya
    code: ZAFGOV
    note: presidential spokesman of South Africa

person constantino-chiwenga
    ar: كونستانتينو تشيوينغا | تشيوينغا
    en: Constantino Chiwenga | Chiwenga
    code: ZWEMIL ..2017-12-27
    code: ZWEGOV 2017-12-28..
    code: ZWEMIL
    note: army commander who led the 2017 takeover, vice-president of Zimbabwe from 2017-12-28

person hakainde-hichilema
    ar: هاكايندي هيشيليما | هيشيليما
    en: Hakainde Hichilema | Hichilema
    code: ZMBGOV 2021-08-24..
    code: ZMBOPP
    note: president of Zambia from 2021-08-24

person lazarus-chakwera
    ar: لازاروس تشاكويرا | تشاكويرا
    en: Lazarus Chakwera | Chakwera
    code: MWIGOV 2020-06-28..2025-10-04
    code: MWIOPP
    note: president of Malawi 2020-06-28..2025-10-04

person peter-mutharika
    ar: بيتر موثاريكا | موثاريكا
    en: Peter Mutharika | Arthur Peter Mutharika | Mutharika
    code: MWIGOV 2014-05-31..2020-06-28
    code: MWIGOV 2025-10-04..
    code: MWIOPP
    note: president of Malawi 2014-2020 and from 2025-10-04; his brother Bingu wa Mutharika (president 2004-2012) has no record

person duma-boko
    ar: دوما بوكو
    en: Duma Boko
    code: BWAGOV 2024-11-01..
    code: BWAOPP
    note: president of Botswana from 2024-11-01; bare "Boko" left out (Boko Haram); without this record "Duma Boko" was read as the Russian Duma

person netumbo-nandi-ndaitwah
    ar: نيتومبو ناندي ندايتواه
    en: Netumbo Nandi-Ndaitwah | Nandi-Ndaitwah
    code: NAMGOV
    note: foreign minister, vice-president 2024-2025, president of Namibia from 2025-03-21

person andry-rajoelina
    ar: أندريه راجولينا | راجولينا
    en: Andry Rajoelina | Rajoelina
    code: MDGGOV 2009-03-17..2014-01-25
    code: MDGGOV 2019-01-19..2025-10-14
    code: MDGOPP
    note: president of Madagascar 2009-2014 (transition) and 2019-01-19..2025-10-14 (impeached after the military takeover)

person michael-randrianirina
    ar: مايكل راندريانيرينا | راندريانيرينا
    en: Michael Randrianirina | Randrianirina
    code: MDGGOV 2025-10-14..
    code: MDGMIL
    note: colonel (CAPSAT unit) who took power 2025-10-14, sworn in as president 2025-10-17

# Europe
person angela-rayner
    ar: أنجيلا راينر | راينر
    en: Angela Rayner | Rayner
    code: GBRGOV 2024-07-05..2025-09-05
    code: GBROPP
    note: deputy prime minister 2024-07-05..2025-09-05

person shabana-mahmood
    ar: شبانة محمود
    en: Shabana Mahmood
    code: GBRGOV 2024-07-05..
    code: GBROPP
    note: justice secretary 2024-07-05..2025-09-05, home secretary from 2025-09-05; bare "Mahmood" left out

person hamish-falconer
    ar: هاميش فالكونر | فالكونر
    en: Hamish Falconer | Falconer
    code: GBRGOV 2024-07..
    code: GBRLEG
    note: foreign office minister for the Middle East from 2024-07

person peter-mandelson
    ar: بيتر ماندلسون | ماندلسون
    en: Peter Mandelson | Lord Mandelson | Mandelson
    code: GBRGOV 1999-10-11..2001-01-24
    code: IGOEUREEC 2004-11-22..2008-10-03
    code: GBRGOV 2008-10-03..2010-05-11
    code: GBRGOV 2025-02-10..2025-09-11
    code: GBRELI
    note: Northern Ireland secretary 1999-2001, EU trade commissioner 2004-2008, business secretary 2008-2010, ambassador to the United States 2025-02-10..2025-09-11

person barbara-woodward
    ar: باربرا وودوارد
    en: Barbara Woodward
    code: GBRGOV
    note: permanent representative to the UN from 2020-11; bare "Woodward" left out

person tony-radakin
    ar: توني راداكين | راداكين
    en: Tony Radakin | Antony Radakin | Radakin
    code: GBRMIL
    note: chief of the defence staff 2021-11-30..2025-09

person richard-knighton
    ar: ريتشارد نايتون
    en: Richard Knighton | Rich Knighton
    code: GBRMIL
    note: chief of the defence staff from 2025-09

person priti-patel
    ar: بريتي باتيل
    en: Priti Patel
    code: GBRGOV 2016-07-14..2017-11-08
    code: GBRGOV 2019-07-24..2022-09-06
    code: GBROPP
    note: international development 2016-2017, home secretary 2019-2022, shadow foreign secretary from 2024-11; bare "Patel" left out

person robert-jenrick
    ar: روبرت جينريك | جينريك
    en: Robert Jenrick | Jenrick
    code: GBRGOV 2019-07-24..2021-09-15
    code: GBRGOV 2022-10-25..2023-12-06
    code: GBROPP
    note: housing secretary 2019-2021, immigration minister 2022-2023

person ed-davey
    ar: إد ديفي
    en: Ed Davey
    code: GBROPP
    note: leader of the Liberal Democrats from 2020; bare "Davey" left out (given name)

person john-swinney
    ar: جون سويني | سويني
    en: John Swinney | Swinney
    code: GBRGOV
    note: first minister of Scotland from 2024-05-07 (deputy first minister 2014-2023)

person michelle-oneill
    ar: ميشيل أونيل
    en: Michelle O'Neill
    code: GBRGOV 2024-02-03..
    code: GBROPP
    note: first minister of Northern Ireland from 2024-02-03 (Sinn Féin); bare "O'Neill" left out

person catherine-vautrin
    ar: كاترين فوتران | فوتران
    en: Catherine Vautrin | Vautrin
    code: FRAGOV 2024-01-11..
    code: FRAELI
    note: minister (labour and health 2024, territorial cohesion 2024-2025, labour 2024-12..2025-10), armed forces minister from 2025-10-12

person laurent-nunez
    ar: لوران نونيز
    en: Laurent Nuñez | Laurent Nunez
    code: FRACOP 2022-07..2025-10-11
    code: FRAGOV 2025-10-12..
    code: FRAELI
    note: Paris police prefect 2022-2025, interior minister from 2025-10-12; bare "Nunez" left out; bare "Nuñez" left out (footballer Darwin Núñez); bare "Nuñez" / "نونيز" left out (footballer Darwin Núñez)

person christophe-lemoine
    ar: كريستوف لوموان
    en: Christophe Lemoine
    code: FRAGOV
    note: foreign ministry spokesman

person thierry-burkhard
    ar: تييري بوركار | بوركار
    en: Thierry Burkhard | Burkhard
    code: FRAMIL
    note: chief of the defence staff 2021-07..2025-09

person fabien-mandon
    ar: فابيان ماندون
    en: Fabien Mandon | Mandon
    code: FRAMIL
    note: chief of the defence staff from 2025-09

person eric-ciotti
    ar: إريك سيوتي | سيوتي
    en: Éric Ciotti | Eric Ciotti | Ciotti
    code: FRAOPP
    note: leader of the UDR, allied with the National Rally from 2024

person raphael-glucksmann
    ar: رافاييل غلوكسمان | غلوكسمان
    en: Raphaël Glucksmann | Raphael Glucksmann | Glucksmann
    code: FRAOPP
    note: MEP, leader of Place Publique

person yael-braun-pivet
    ar: يائيل براون بيفيه
    en: Yaël Braun-Pivet | Yael Braun-Pivet | Braun-Pivet
    code: FRALEG
    note: president of the National Assembly from 2022-06-28

person stefan-kornelius
    ar: شتيفان كورنيليوس
    en: Stefan Kornelius | Kornelius
    code: DEUGOV 2025-05..
    code: DEUMED
    note: government spokesman from 2025-05 (journalist before)

person steffen-hebestreit
    ar: شتيفن هيبشترايت | هيبشترايت
    en: Steffen Hebestreit | Hebestreit
    code: DEUGOV 2021-12-08..2025-05-06
    code: DEUELI
    note: government spokesman 2021-12..2025-05

person carsten-breuer
    ar: كارستن بروير | بروير
    en: Carsten Breuer
    code: DEUMIL
    note: inspector general of the Bundeswehr from 2023-03; bare "Breuer" left out (common surname)

person tino-chrupalla
    ar: تينو كروبالا | كروبالا
    en: Tino Chrupalla | Chrupalla
    code: DEUOPP
    note: co-leader of the AfD

person sahra-wagenknecht
    ar: سارا فاغنكنشت | فاغنكنشت
    en: Sahra Wagenknecht | Wagenknecht
    code: DEUOPP
    note: leader of the BSW

person markus-soder
    ar: ماركوس زودر | زودر
    en: Markus Söder | Markus Soeder | Markus Soder | Söder | Soder
    code: DEUGOV
    note: minister-president of Bavaria from 2018-03, CSU leader

person julia-klockner
    ar: يوليا كلوكنر
    en: Julia Klöckner | Julia Kloeckner | Julia Klockner | Klöckner | Klockner
    code: DEUGOV 2018-03-14..2021-12-08
    code: DEULEG 2025-03-25..
    code: DEULEG
    note: agriculture minister 2018-2021, president of the Bundestag from 2025-03-25

person matteo-piantedosi
    ar: ماتيو بيانتيدوزي | بيانتيدوزي
    en: Matteo Piantedosi | Piantedosi
    code: ITAGOV 2022-10-22..
    code: ITAELI
    note: interior minister from 2022-10-22

person elly-schlein
    ar: إيلي شلاين | شلاين
    en: Elly Schlein | Schlein
    code: ITAOPP
    note: leader of the Democratic Party from 2023-03

person margarita-robles
    ar: مارغريتا روبليس
    en: Margarita Robles
    code: ESPGOV 2018-06-07..
    code: ESPELI
    note: defence minister from 2018-06-07; bare "Robles" left out

person yolanda-diaz
    ar: يولاندا دياز
    en: Yolanda Díaz | Yolanda Diaz
    code: ESPGOV 2020-01-13..
    code: ESPELI
    note: labour minister from 2020, deputy prime minister; bare "Díaz" left out

person santiago-abascal
    ar: سانتياغو أباسكال | أباسكال
    en: Santiago Abascal | Abascal
    code: ESPOPP
    note: leader of Vox

person fernando-grande-marlaska
    ar: فرناندو غراندي مارلاسكا
    en: Fernando Grande-Marlaska | Grande-Marlaska | Marlaska
    code: ESPGOV 2018-06-07..
    code: ESPELI
    note: interior minister from 2018-06-07

person caspar-veldkamp
    ar: كاسبار فيلدكامب | فيلدكامب
    en: Caspar Veldkamp | Veldkamp
    code: NLDGOV 2024-07-02..2025-08-22
    code: NLDELI
    note: foreign minister 2024-07-02..2025-08-22

person ruben-brekelmans
    ar: روبن بريكلمانس | بريكلمانس
    en: Ruben Brekelmans | Brekelmans
    code: NLDGOV 2024-07-02..
    code: NLDLEG
    note: defence minister from 2024-07-02

person david-van-weel
    ar: دافيد فان ويل
    en: David van Weel | Van Weel
    code: NLDGOV 2024-07-02..
    code: NLDELI
    note: justice minister from 2024-07-02, also foreign minister from 2025-08; NATO assistant secretary-general before

person rob-jetten
    ar: روب ييتن | ييتن
    en: Rob Jetten | Jetten
    code: NLDGOV 2022-01-10..2024-07-02
    code: NLDOPP
    note: climate minister 2022-2024, leader of D66 (largest party in the 2025-10-29 election)

person frans-timmermans
    ar: فرانس تيمرمانس | تيمرمانس
    en: Frans Timmermans | Timmermans
    code: NLDGOV 2012-11-05..2014-10-17
    code: IGOEUREEC 2014-11-01..2023-08-22
    code: NLDOPP
    note: foreign minister 2012-2014, European Commission first vice-president 2014-2023, GroenLinks-PvdA leader 2023-2025

person maxime-prevot
    ar: ماكسيم بريفو | بريفو
    en: Maxime Prévot | Maxime Prevot | Prévot | Prevot
    code: BELGOV 2025-02-03..
    code: BELLEG
    note: foreign minister of Belgium from 2025-02-03

person theo-francken
    ar: ثيو فرانكن | فرانكن
    en: Theo Francken | Francken
    code: BELGOV 2025-02-03..
    code: BELLEG
    note: defence minister of Belgium from 2025-02-03

person hadja-lahbib
    ar: حجة لحبيب
    en: Hadja Lahbib | Lahbib
    code: BELGOV 2022-07-15..2024-11-30
    code: IGOEUREEC 2024-12-01..
    code: BELELI
    note: Belgian foreign minister 2022-2024, European commissioner (preparedness, crisis management, equality) from 2024-12-01; bare "لحبيب" left out (read as ل + حبيب)

person troels-lund-poulsen
    ar: ترويلس لوند بولسن
    en: Troels Lund Poulsen | Lund Poulsen
    code: DNKGOV
    note: defence minister of Denmark from 2022-12 (minister in earlier governments)

person maria-malmer-stenergard
    ar: ماريا مالمر ستينرغارد | ستينرغارد
    en: Maria Malmer Stenergard | Malmer Stenergard | Stenergard
    code: SWEGOV 2022-10-18..
    code: SWELEG
    note: migration minister 2022-2024, foreign minister of Sweden from 2024-09-10

person tobias-billstrom
    ar: توبياس بيلستروم | بيلستروم
    en: Tobias Billström | Tobias Billstrom | Billström | Billstrom
    code: SWEGOV 2022-10-18..2024-09-10
    code: SWEELI
    note: foreign minister of Sweden 2022-10-18..2024-09-10

person pal-jonson
    ar: بول يونسون
    en: Pål Jonson | Pal Jonson
    code: SWEGOV 2022-10-18..
    code: SWELEG
    note: defence minister of Sweden from 2022-10-18; bare "Jonson" left out

person petteri-orpo
    ar: بيتيري أوربو | أوربو
    en: Petteri Orpo | Orpo
    code: FINGOV 2023-06-20..
    code: FINOPP
    note: prime minister of Finland from 2023-06-20

person elina-valtonen
    ar: إلينا فالتونين | فالتونين
    en: Elina Valtonen | Valtonen
    code: FINGOV 2023-06-20..
    code: FINLEG
    note: foreign minister of Finland from 2023-06-20

person kristen-michal
    ar: كريستين ميخال
    en: Kristen Michal
    code: ESTGOV 2024-07-23..
    code: ESTLEG
    note: prime minister of Estonia from 2024-07-23; bare "Michal" left out (Polish given name)

person alar-karis
    ar: آلار كاريس | كاريس
    en: Alar Karis | Karis
    code: ESTGOV 2021-10-11..
    code: ESTELI
    note: president of Estonia from 2021-10-11

person evika-silina
    ar: إيفيكا سيلينا | سيلينا
    en: Evika Siliņa | Evika Silina | Siliņa | Silina
    code: LVAGOV 2023-09-15..
    code: LVALEG
    note: prime minister of Latvia from 2023-09-15

person baiba-braze
    ar: بايبا براجه
    en: Baiba Braže | Baiba Braze | Braže | Braze
    code: LVAGOV 2024-04-10..
    code: LVAELI
    note: foreign minister of Latvia from 2024-04-10

person gabrielius-landsbergis
    ar: غابريليوس لاندسبيرغيس | لاندسبيرغيس
    en: Gabrielius Landsbergis | Landsbergis
    code: LTUGOV 2020-12-11..2024-12-12
    code: LTUELI
    note: foreign minister of Lithuania 2020-12-11..2024-12-12

person kestutis-budrys
    ar: كيستوتيس بودريس | بودريس
    en: Kęstutis Budrys | Kestutis Budrys | Budrys
    code: LTUGOV 2024-12-12..
    code: LTUELI
    note: foreign minister of Lithuania from 2024-12-12

person inga-ruginiene
    ar: إنغا روجينيني
    en: Inga Ruginienė | Inga Ruginiene | Ruginienė | Ruginiene
    code: LTUGOV 2024-12-12..
    code: LTULEG
    note: social security minister 2024-2025, prime minister of Lithuania from 2025-08

person rafal-trzaskowski
    ar: رافال تشاسكوفسكي | تشاسكوفسكي
    en: Rafał Trzaskowski | Rafal Trzaskowski | Trzaskowski
    code: POLGOV
    note: mayor of Warsaw from 2018, Civic Coalition presidential candidate 2020 and 2025

person tamas-sulyok
    ar: تاماش شويوك
    en: Tamás Sulyok | Tamas Sulyok | Sulyok
    code: HUNGOV 2024-03-05..
    code: HUNJUD
    note: president of Hungary from 2024-03-05 (constitutional court president before)

person gergely-gulyas
    ar: غيرغيلي غولياش | غولياش
    en: Gergely Gulyás | Gergely Gulyas | Gulyás | Gulyas
    code: HUNGOV
    note: minister heading the prime minister's office from 2018

person zoltan-kovacs-hu
    ar: زولتان كوفاتش
    en: Zoltán Kovács | Zoltan Kovacs
    code: HUNGOV
    note: Hungarian government spokesman and state secretary for international communication

person peter-pellegrini
    ar: بيتر بيليغريني | بيليغريني
    en: Peter Pellegrini | Pellegrini
    code: SVKGOV 2018-03-22..2020-03-21
    code: SVKLEG 2023-10-25..2024-06-14
    code: SVKGOV 2024-06-15..
    code: SVKELI
    note: prime minister 2018-2020, speaker 2023-2024, president of Slovakia from 2024-06-15

person juraj-blanar
    ar: يوراي بلانار | بلانار
    en: Juraj Blanár | Juraj Blanar | Blanár | Blanar
    code: SVKGOV 2023-10-25..
    code: SVKLEG
    note: foreign minister of Slovakia from 2023-10-25

person jan-lipavsky
    ar: يان ليبافسكي | ليبافسكي
    en: Jan Lipavský | Jan Lipavsky | Lipavský | Lipavsky
    code: CZEGOV 2021-12-17..2025-12
    code: CZELEG
    note: foreign minister of Czechia 2021-12-17..2025-12

person george-simion
    ar: جورج سيميون | سيميون
    en: George Simion | Simion
    code: ROUOPP
    note: leader of the AUR, runner-up of the 2025 presidential election

person ilie-bolojan
    ar: إيلي بولوجان | بولوجان
    en: Ilie Bolojan | Bolojan
    code: ROUGOV 2025-02-12..2025-05-26
    code: ROUGOV 2025-06-23..
    code: ROULEG
    note: Senate president and interim president of Romania 2025-02-12..2025-05-26, prime minister from 2025-06-23

person marcel-ciolacu
    ar: مارسيل تشولاكو | تشولاكو
    en: Marcel Ciolacu | Ciolacu
    code: ROUGOV 2023-06-15..2025-05-06
    code: ROULEG
    note: prime minister of Romania 2023-06-15..2025-05-06

person dorin-recean
    ar: دورين ريتشان | ريتشان
    en: Dorin Recean | Recean
    code: MDAGOV 2023-02-16..2025
    code: MDAELI
    note: prime minister of Moldova from 2023-02-16 to the new government of late 2025

person ilan-shor
    ar: إيلان شور
    en: Ilan Shor | Ilan Șor | Ilan Sor
    code: MDAOPP
    note: fugitive pro-Russian oligarch and party leader, convicted 2023; bare "Shor" left out

person evghenia-gutul
    ar: يفغينيا غوتسول
    en: Evghenia Guțul | Evghenia Gutul | Yevgenia Gutsul | Guțul | Gutul
    code: MDAGOV 2023-07..2025-08
    code: MDAOPP
    note: governor (bashkan) of Gagauzia from 2023-07, sentenced to prison 2025-08

person rosen-zhelyazkov
    ar: روسين جيليازكوف | جيليازكوف
    en: Rosen Zhelyazkov | Zhelyazkov
    code: BGRGOV 2025-01-16..
    code: BGRLEG
    note: prime minister of Bulgaria from 2025-01-16

person boyko-borissov
    ar: بويكو بوريسوف
    en: Boyko Borissov | Boyko Borisov | Borissov
    code: BGRGOV 2009-07-27..2013-03-13
    code: BGRGOV 2014-11-07..2017-01-27
    code: BGRGOV 2017-05-04..2021-05-12
    code: BGROPP
    note: prime minister of Bulgaria three times, GERB leader; bare "Borisov" left out (common Russian surname); Arabic "بوريسوف" left out

person karin-keller-sutter
    ar: كارين كيلر سوتر
    en: Karin Keller-Sutter | Keller-Sutter
    code: CHEGOV 2019-01-01..
    code: CHEELI
    note: member of the Swiss Federal Council from 2019, president of the Confederation in 2025

person catherine-connolly
    ar: كاثرين كونولي
    en: Catherine Connolly
    code: IRLGOV 2025-11-11..
    code: IRLLEG
    note: president of Ireland from 2025-11-11; bare "Connolly" left out

person mary-lou-mcdonald
    ar: ماري لو ماكدونالد
    en: Mary Lou McDonald
    code: IRLOPP
    note: president of Sinn Féin from 2018-02; bare "McDonald" left out

person djuro-macut
    ar: جورو ماتسوت | ماتسوت
    en: Đuro Macut | Djuro Macut | Duro Macut | Macut
    code: SRBGOV 2025-04-16..
    code: SRBELI
    note: prime minister of Serbia from 2025-04-16

person denis-becirovic
    ar: دينيس بيتشيروفيتش
    en: Denis Bećirović | Denis Becirovic | Bećirović | Becirovic
    code: BIHGOV 2022-11-16..
    code: BIHLEG
    note: Bosniak member of the presidency of Bosnia and Herzegovina from 2022-11-16

person zeljka-cvijanovic
    ar: جيلكا تسفيانوفيتش
    en: Željka Cvijanović | Zeljka Cvijanovic | Cvijanović | Cvijanovic
    code: BIHGOV
    note: prime minister and president of Republika Srpska, Serb member of the Bosnian presidency from 2022-11-16

person christian-schmidt-ohr
    ar: كريستيان شميت
    en: Christian Schmidt
    code: DEUGOV 2014-02-17..2018-03-14
    code: IGO 2021-08-01..
    code: DEUELI
    note: German agriculture minister 2014-2018, High Representative for Bosnia and Herzegovina from 2021-08-01; bare "Schmidt" left out

person jakov-milatovic
    ar: ياكوف ميلاتوفيتش | ميلاتوفيتش
    en: Jakov Milatović | Jakov Milatovic | Milatović | Milatovic
    code: MNEGOV 2020-12-04..2022-04-28
    code: MNEGOV 2023-05-20..
    code: MNEELI
    note: economic development minister 2020-2022, president of Montenegro from 2023-05-20

person milojko-spajic
    ar: ميلويكو سبايتش | سبايتش
    en: Milojko Spajić | Milojko Spajic | Spajić | Spajic
    code: MNEGOV 2020-12-04..2022-04-28
    code: MNEGOV 2023-10-31..
    code: MNEELI
    note: finance minister 2020-2022, prime minister of Montenegro from 2023-10-31

person hristijan-mickoski
    ar: خريستيان ميتسكوسكي | ميتسكوسكي
    en: Hristijan Mickoski | Mickoski
    code: MKDGOV 2024-06-23..
    code: MKDOPP
    note: prime minister of North Macedonia from 2024-06-23 (VMRO-DPMNE)

person gordana-siljanovska-davkova
    ar: غوردانا سيليانوفسكا دافكوفا
    en: Gordana Siljanovska-Davkova | Siljanovska-Davkova | Siljanovska
    code: MKDGOV 2024-05-12..
    code: MKDELI
    note: president of North Macedonia from 2024-05-12

# Americas
person david-mcguinty
    ar: ديفيد ماكغينتي | ماكغينتي
    en: David McGuinty | McGuinty
    code: CANGOV 2023-07-26..
    code: CANLEG
    note: public safety minister 2023-2025, defence minister of Canada from 2025-05-13

person bill-blair
    ar: بيل بلير
    en: Bill Blair
    code: CANGOV 2018-07-18..
    code: CANCOP
    note: Toronto police chief to 2015, minister from 2018-07-18 (defence 2023-07-26..2025-05-13), high commissioner to the UK from 2025; without this record "Bill Blair" was read as Tony Blair

person doug-ford
    ar: دوغ فورد
    en: Doug Ford
    code: CANGOV 2018-06-29..
    code: CANELI
    note: premier of Ontario from 2018-06-29; bare "Ford" left out

person danielle-smith
    ar: دانييل سميث
    en: Danielle Smith
    code: CANGOV 2022-10-11..
    code: CANELI
    note: premier of Alberta from 2022-10-11

person omar-garcia-harfuch
    ar: عمر غارسيا حرفوش | غارسيا حرفوش
    en: Omar García Harfuch | Omar Garcia Harfuch | García Harfuch | Garcia Harfuch | Harfuch
    code: MEXGOV 2024-10-01..
    code: MEXCOP
    note: Mexico City police chief 2019-2023, security secretary of Mexico from 2024-10-01

person ovidio-guzman
    ar: أوفيديو غوزمان
    en: Ovidio Guzmán López | Ovidio Guzman Lopez | Ovidio Guzmán | Ovidio Guzman | Ovidio
    code: MEXCRM
    note: son of El Chapo, "Chapitos" faction of the Sinaloa cartel; pleaded guilty in Chicago 2025-07

person ivan-archivaldo-guzman
    ar: إيفان أرتشيفالدو غوزمان
    en: Iván Archivaldo Guzmán | Ivan Archivaldo Guzman | Iván Archivaldo | Ivan Archivaldo
    code: MEXCRM
    note: son of El Chapo, leader of the "Chapitos" faction of the Sinaloa cartel

person rafael-caro-quintero
    ar: رافائيل كارو كوينتيرو | كارو كوينتيرو
    en: Rafael Caro Quintero | Caro Quintero
    code: MEXCRM
    note: drug lord, sent to the United States 2025-02-27

person geraldo-alckmin
    ar: جيرالدو ألكمين
    en: Geraldo Alckmin | Alckmin
    code: BRAGOV 2023-01-01..
    code: BRAELI
    note: vice-president of Brazil and minister of development, industry and trade from 2023-01-01; bare "ألكمين" left out (the article-stripped form is "كمين", ambush)

person fernando-haddad
    ar: فرناندو حداد
    en: Fernando Haddad
    code: BRAGOV 2023-01-01..
    code: BRAOPP
    note: finance minister of Brazil from 2023-01-01; bare "Haddad" left out (Izz al-Din al-Haddad)

person eduardo-bolsonaro
    ar: إدواردو بولسونارو
    en: Eduardo Bolsonaro
    code: BRAOPP
    note: congressman, son of Jair Bolsonaro; bare "Bolsonaro" = Jair

person diana-mondino
    ar: ديانا موندينو | موندينو
    en: Diana Mondino | Mondino
    code: ARGGOV 2023-12-10..2024-10-30
    code: ARGELI
    note: foreign minister of Argentina 2023-12-10..2024-10-30

person gerardo-werthein
    ar: جيراردو فيرثين | فيرثين
    en: Gerardo Werthein | Werthein
    code: ARGGOV 2023-12..2025-10
    code: ARGBUS
    note: ambassador to the United States 2023-2024, foreign minister of Argentina 2024-10-30..2025-10

person luis-caputo
    ar: لويس كابوتو | كابوتو
    en: Luis Caputo | Luis "Toto" Caputo | Caputo
    code: ARGGOV 2023-12-10..
    code: ARGBUS
    note: economy minister of Argentina from 2023-12-10 (finance minister and central bank head 2017-2018)

person patricia-bullrich
    ar: باتريسيا بولريتش | بولريتش
    en: Patricia Bullrich | Bullrich
    code: ARGGOV 2015-12-10..2019-12-10
    code: ARGGOV 2023-12-10..2025-12
    code: ARGLEG
    note: security minister of Argentina 2023-12-10..2025-12 (and 2015-2019), senator from 2025-12

person karina-milei
    ar: كارينا ميلي
    en: Karina Milei
    code: ARGGOV 2023-12-10..
    code: ARGPTY
    note: secretary-general of the presidency, sister of Javier Milei; bare "Milei" = Javier

person victoria-villarruel
    ar: فيكتوريا فيلارويل
    en: Victoria Villarruel | Villarruel
    code: ARGGOV 2023-12-10..
    code: ARGLEG
    note: vice-president of Argentina from 2023-12-10

person evelyn-matthei
    ar: إيفلين ماتيي
    en: Evelyn Matthei | Matthei
    code: CHLOPP
    note: Chilean right-wing presidential candidate 2013 and 2025

person francia-marquez
    ar: فرانسيا ماركيز
    en: Francia Márquez | Francia Marquez
    code: COLGOV 2022-08-07..
    code: COLOPP
    note: vice-president of Colombia from 2022-08-07; bare "Márquez" left out (Iván Márquez)

person laura-sarabia
    ar: لاورا سارابيا | سارابيا
    en: Laura Sarabia | Sarabia
    code: COLGOV 2022-08-07..2025-07
    code: COLELI
    note: chief of staff, head of the presidency department, foreign minister of Colombia 2025-01..2025-07

person luis-gilberto-murillo
    ar: لويس جيلبرتو موريو
    en: Luis Gilberto Murillo
    code: COLGOV 2022-08..2025-01
    code: COLELI
    note: ambassador to the United States 2022-2023, foreign minister of Colombia 2023-2025; without this record "Murillo" was read as Rosario Murillo

person ivan-velasquez
    ar: إيفان فيلاسكيز
    en: Iván Velásquez | Ivan Velasquez
    code: COLGOV 2022-08-07..2025-02
    code: COLELI
    note: defence minister of Colombia 2022-08-07..2025-02 (head of the UN's CICIG in Guatemala 2013-2019)

person pedro-arnulfo-sanchez
    ar: بيدرو أرنولفو سانشيز
    en: Pedro Arnulfo Sánchez | Pedro Arnulfo Sanchez
    code: COLGOV 2025-02..
    code: COLMIL
    note: retired general, defence minister of Colombia from 2025-02; news often writes "Pedro Sánchez", which is the Spanish prime minister's record

person ivan-mordisco
    ar: إيفان مورديسكو | مورديسكو
    en: Iván Mordisco | Ivan Mordisco | Mordisco | Néstor Gregorio Vera | Nestor Gregorio Vera
    code: COLREB
    note: leader of the FARC dissident Estado Mayor Central

person pablo-beltran
    ar: بابلو بلتران
    en: Pablo Beltrán | Pablo Beltran
    code: COLREB
    note: head of the ELN's negotiating team; bare "Beltrán" left out

person ivan-marquez
    ar: إيفان ماركيز
    en: Iván Márquez | Ivan Marquez | Luciano Marín | Luciano Marin
    code: COLREB
    note: FARC negotiator, leader of the dissident Segunda Marquetalia from 2019

person jorge-rodriguez-ven
    ar: خورخي رودريغيز
    en: Jorge Rodríguez | Jorge Rodriguez
    code: VENGOV
    note: president of Venezuela's National Assembly from 2021-01, chief negotiator; brother of Delcy Rodríguez

person tarek-william-saab
    ar: طارق وليم صعب | طارق ويليام صعب
    en: Tarek William Saab | Tarek Saab
    code: VENGOV
    note: attorney general of Venezuela from 2017-08; bare "Saab" left out (the company)

person leopoldo-lopez
    ar: ليوبولدو لوبيز
    en: Leopoldo López | Leopoldo Lopez
    code: VENOPP
    note: exiled opposition leader; bare "López" left out

person manuel-marrero
    ar: مانويل ماريرو | ماريرو
    en: Manuel Marrero | Manuel Marrero Cruz | Marrero
    code: CUBGOV
    note: prime minister of Cuba from 2019-12-21 (tourism minister before)

person jose-jeri
    ar: خوسيه خيري
    en: José Jerí | Jose Jeri | Jerí | Jeri
    code: PERLEG 2025-07..2025-10-09
    code: PERGOV 2025-10-10..
    code: PERLEG
    note: president of Congress 2025-07..2025-10-09, president of Peru from 2025-10-10

person keiko-fujimori
    ar: كيكو فوجيموري | فوجيموري
    en: Keiko Fujimori | Fujimori
    code: PEROPP
    note: leader of Fuerza Popular; bare "Fujimori" also her father Alberto (died 2024-09-11), her reading dominates

person luisa-gonzalez
    ar: لويسا غونزاليس
    en: Luisa González | Luisa Gonzalez
    code: ECUOPP
    note: Citizen Revolution presidential candidate 2023 and 2025; bare "González" = Edmundo González

person adolfo-macias
    ar: أدولفو ماسياس
    en: Adolfo Macías | Adolfo Macias | Adolfo Macías Villamar | Adolfo Macias Villamar | Fito
    code: ECUCRM
    note: leader of Los Choneros, escaped 2024-01, recaptured 2025-06, extradited to the United States 2025-07; Arabic "فيتو" left out (= veto)

person juan-jose-zuniga
    ar: خوان خوسيه زونيغا
    en: Juan José Zúñiga | Juan Jose Zuniga
    code: BOLMIL
    note: army commander who led the failed coup of 2024-06-26; without this record the fuzzy name matcher read "Jose Zuniga" as Joshua Wong

person consuelo-porras
    ar: كونسويلو بوراس | بوراس
    en: Consuelo Porras
    code: GTMJUD
    note: attorney general of Guatemala from 2018-05 (term to 2026-05); bare "Porras" left out

person luis-abinader
    ar: لويس أبينادير | أبينادير
    en: Luis Abinader | Abinader
    code: DOMGOV 2020-08-16..
    code: DOMELI
    note: president of the Dominican Republic from 2020-08-16

person rodrigo-chaves
    ar: رودريغو تشافيس
    en: Rodrigo Chaves | Rodrigo Chaves Robles
    code: CRIGOV 2022-05-08..
    code: CRIELI
    note: president of Costa Rica from 2022-05-08; bare "Chaves" left out

person yamandu-orsi
    ar: ياماندو أورسي | أورسي
    en: Yamandú Orsi | Yamandu Orsi | Orsi
    code: URYGOV 2025-03-01..
    code: URYELI
    note: president of Uruguay from 2025-03-01

person luis-lacalle-pou
    ar: لويس لاكالي بو
    en: Luis Lacalle Pou | Lacalle Pou
    code: URYGOV 2020-03-01..2025-03-01
    code: URYELI
    note: president of Uruguay 2020-2025

person santiago-pena
    ar: سانتياغو بينيا
    en: Santiago Peña | Santiago Pena
    code: PRYGOV 2023-08-15..
    code: PRYELI
    note: president of Paraguay from 2023-08-15; bare "Peña" left out

person irfaan-ali
    en: Irfaan Ali | Mohamed Irfaan Ali
    code: GUYGOV 2020-08-02..
    code: GUYELI
    note: president of Guyana from 2020-08-02; Arabic "عرفان علي" left out (common name)

person andrew-holness
    ar: أندرو هولنس | هولنس
    en: Andrew Holness | Holness
    code: JAMGOV 2011-10-23..2012-01-05
    code: JAMGOV 2016-03-03..
    code: JAMOPP
    note: prime minister of Jamaica from 2016-03-03 (also 2011-2012)

person kamla-persad-bissessar
    ar: كاملا بيرساد بيسيسار
    en: Kamla Persad-Bissessar | Persad-Bissessar
    code: TTOGOV 2010-05-26..2015-09-09
    code: TTOGOV 2025-05-01..
    code: TTOOPP
    note: prime minister of Trinidad and Tobago 2010-2015 and from 2025-05-01

person mia-mottley
    ar: ميا موتلي | موتلي
    en: Mia Mottley | Mottley
    code: BRBGOV 2018-05-25..
    code: BRBOPP
    note: prime minister of Barbados from 2018-05-25

person garry-conille
    ar: غاري كونيل | كونيل
    en: Garry Conille | Conille
    code: HTIGOV 2011-10-18..2012-05-16
    code: HTIGOV 2024-06-03..2024-11-11
    code: HTIELI
    note: prime minister of Haiti 2011-2012 and 2024-06-03..2024-11-11

person leslie-voltaire
    ar: ليزلي فولتير
    en: Leslie Voltaire
    code: HTIGOV 2024-04-25..2026-02-07
    code: HTIELI
    note: member of the Transitional Presidential Council, its president 2024-10-07..2025-03-07; bare "Voltaire" left out

person fritz-alphonse-jean
    ar: فريتز ألفونس جان
    en: Fritz Alphonse Jean | Fritz Jean
    code: HTIGOV 2024-04-25..2026-02-07
    code: HTIELI
    note: member of the Transitional Presidential Council, its president 2025-03-07..2025-08-07

person laurent-saint-cyr
    ar: لوران سان سير
    en: Laurent Saint-Cyr | Saint-Cyr
    code: HTIGOV 2024-04-25..2026-02-07
    code: HTIBUS
    note: member of the Transitional Presidential Council (private sector), its president from 2025-08-07

person vitelhomme-innocent
    ar: فيتيلوم إينوسنت
    en: Vitel'Homme Innocent | Vitelhomme Innocent
    code: HTICRM
    note: leader of the Kraze Baryè gang, part of Viv Ansanm

person johnson-andre-izo
    ar: جونسون أندريه
    en: Johnson André | Johnson Andre | Izo 5 Segonn
    code: HTICRM
    note: leader of the 5 Segonn (Village de Dieu) gang, part of Viv Ansanm; bare "Izo" left out

# Asia
person soe-win
    ar: سو وين
    en: Soe Win
    code: MMRMIL
    note: deputy commander-in-chief of Myanmar's armed forces, deputy head of the junta

person nyo-saw
    ar: نيو ساو
    en: Nyo Saw
    code: MMRGOV 2025-07-31..
    code: MMRELI
    note: prime minister of the junta's interim government from 2025-07-31

person zin-mar-aung
    ar: زين مار أونغ
    en: Zin Mar Aung
    code: MMROPP
    note: foreign minister of the National Unity Government

person kyaw-moe-tun
    ar: كياو مو تون
    en: Kyaw Moe Tun
    code: MMROPP
    note: Myanmar's UN ambassador loyal to the ousted government (from 2021)

person twan-mrat-naing
    ar: توان مرات نينغ
    en: Twan Mrat Naing | Tun Myat Naing
    code: MMRREB
    note: commander-in-chief of the Arakan Army

person khine-thu-kha
    ar: خين ثو خا
    en: Khine Thu Kha
    code: MMRREB
    note: Arakan Army spokesman

person maris-sangiampongsa
    ar: ماريس سانغيامبونغسا
    en: Maris Sangiampongsa | Sangiampongsa
    code: THAGOV 2024-09-03..2025-09
    code: THAELI
    note: foreign minister of Thailand 2024-09-03..2025-09

person sihasak-phuangketkeow
    ar: سيهاساك فوانغكيتكيو
    en: Sihasak Phuangketkeow | Sihasak | Phuangketkeow
    code: THAGOV 2025-09..
    code: THAELI
    note: foreign minister of Thailand from 2025-09; Thai news uses the given name

person phumtham-wechayachai
    ar: فومتام ويتشاياتشاي
    en: Phumtham Wechayachai | Phumtham
    code: THAGOV 2023-09-01..2025-09
    code: THAELI
    note: deputy prime minister and minister (defence 2024-2025, interior 2025), acting prime minister 2025-07

person natthaphong-ruengpanyawut
    ar: ناتافونغ رينغبانياووت
    en: Natthaphong Ruengpanyawut | Natthaphong
    code: THAOPP
    note: leader of the People's Party (successor of Move Forward) from 2024-08

person pita-limjaroenrat
    ar: بيتا ليمجارونرات
    en: Pita Limjaroenrat | Pita
    code: THAOPP
    note: former Move Forward leader; Thai news uses the given name

person prak-sokhonn
    ar: براك سوخون
    en: Prak Sokhonn
    code: KHMGOV
    note: foreign minister of Cambodia from 2016-04, deputy prime minister

person tea-seiha
    ar: تيا سيها
    en: Tea Seiha
    code: KHMGOV 2023-08-22..
    code: KHMMIL
    note: defence minister of Cambodia from 2023-08-22 (son of Tea Banh)

person maly-socheata
    ar: مالي سوتشياتا
    en: Maly Socheata
    code: KHMGOV
    note: spokeswoman of Cambodia's defence ministry

person bui-thanh-son
    ar: بوي ثانه سون
    en: Bui Thanh Son | Bùi Thanh Sơn
    code: VNMGOV
    note: foreign minister of Vietnam from 2021-04-08, also deputy prime minister from 2025; without this record the fuzzy name matcher read "Bui Thanh" as an Israeli official

person luong-cuong
    ar: لونغ كونغ
    en: Luong Cuong | Lương Cường
    code: VNMGOV 2024-10-21..
    code: VNMMIL
    note: president of Vietnam from 2024-10-21 (army general)

person sjafrie-sjamsoeddin
    ar: شافري شمس الدين
    en: Sjafrie Sjamsoeddin | Sjafrie
    code: IDNGOV 2024-10-21..
    code: IDNMIL
    note: defence minister of Indonesia from 2024-10-21

person gibran-rakabuming-raka
    ar: جبران راكابومينغ راكا
    en: Gibran Rakabuming Raka | Gibran Rakabuming
    code: IDNGOV 2024-10-20..
    code: IDNELI
    note: vice-president of Indonesia from 2024-10-20 (mayor of Surakarta 2021-2024)

person mohamad-hasan
    en: Mohamad Hasan | Tok Mat
    code: MYSGOV 2022-12-03..
    code: MYSELI
    note: defence minister 2022-2023, foreign minister of Malaysia from 2023-12-12; Arabic "محمد حسن" is a very common name: Malaysian context only; Arabic "محمد حسن" left out (very common name)

person muhyiddin-yassin
    ar: محيي الدين ياسين
    en: Muhyiddin Yassin | Muhyiddin
    code: MYSGOV 2020-03-01..2021-08-16
    code: MYSOPP
    note: prime minister of Malaysia 2020-2021, opposition leader (Perikatan Nasional)

person tharman-shanmugaratnam
    ar: ثارمان شانموغاراتنام
    en: Tharman Shanmugaratnam | Tharman
    code: SGPGOV
    note: deputy prime minister and minister to 2023, president of Singapore from 2023-09-14

person gilberto-teodoro
    ar: جيلبرتو تيودورو | تيودورو
    en: Gilberto Teodoro | Gilberto Teodoro Jr. | Gibo Teodoro
    code: PHLGOV 2007-08..2009-11
    code: PHLGOV 2023-06-05..
    code: PHLELI
    note: defence secretary of the Philippines 2007-2009 and from 2023-06-05; bare "Teodoro" left out (Teodoro Obiang)

person enrique-manalo
    ar: إنريكي مانالو | مانالو
    en: Enrique Manalo | Manalo
    code: PHLGOV 2022-07-01..2025-06-30
    code: PHLELI
    note: foreign secretary of the Philippines 2022-07-01..2025-06-30

person theresa-lazaro
    ar: تيريزا لازارو
    en: Theresa Lazaro | Ma. Theresa Lazaro | Maria Theresa Lazaro
    code: PHLGOV
    note: career diplomat, foreign undersecretary, foreign secretary of the Philippines from 2025-07-01

person jay-tarriela
    ar: جاي تارييلا | تارييلا
    en: Jay Tarriela | Tarriela
    code: PHLMIL
    note: Philippine coast guard spokesman for the West Philippine Sea (coast guards are MIL, as China's)

person romeo-brawner
    ar: روميو براونر | براونر
    en: Romeo Brawner | Romeo Brawner Jr. | Brawner
    code: PHLMIL
    note: chief of staff of the Armed Forces of the Philippines from 2023-07

person touhid-hossain
    ar: توحيد حسين
    en: Touhid Hossain | Md Touhid Hossain | Mohammad Touhid Hossain
    code: BGDGOV 2024-08-08..
    code: BGDELI
    note: foreign affairs adviser of Bangladesh's interim government from 2024-08

person waker-uz-zaman
    ar: وقار الزمان
    en: Waker-uz-Zaman | Waqar-uz-Zaman
    code: BGDMIL
    note: chief of army staff of Bangladesh from 2024-06-23

person mirza-fakhrul-islam-alamgir
    ar: ميرزا فخر الإسلام عالمغير
    en: Mirza Fakhrul Islam Alamgir | Mirza Fakhrul
    code: BGDOPP
    note: secretary-general of the BNP

person shafiqur-rahman
    en: Shafiqur Rahman
    code: BGDOPP
    note: ameer of Bangladesh Jamaat-e-Islami from 2019; Arabic "شفيق الرحمن" left out (given name)

person nahid-islam
    ar: ناهد إسلام
    en: Nahid Islam
    code: BGDGOV 2024-08-08..2025-02-25
    code: BGDOPP
    note: student protest leader, adviser in the interim government 2024-08..2025-02, convener of the National Citizen Party

person ram-chandra-poudel
    ar: رام تشاندرا بوديل
    en: Ram Chandra Poudel | Ram Chandra Paudel | Poudel
    code: NPLGOV 2023-03-13..
    code: NPLOPP
    note: president of Nepal from 2023-03-13

person sher-bahadur-deuba
    ar: شير بهادور ديوبا | ديوبا
    en: Sher Bahadur Deuba | Deuba
    code: NPLGOV 2021-07-13..2022-12-26
    code: NPLOPP
    note: five-time prime minister of Nepal (last 2021-2022), Nepali Congress president

person balendra-shah
    ar: باليندرا شاه | بالين شاه
    en: Balendra Shah | Balen Shah | Balen
    code: NPLGOV
    note: mayor of Kathmandu from 2022

person harini-amarasuriya
    ar: هاريني أماراسوريا | أماراسوريا
    en: Harini Amarasuriya | Amarasuriya
    code: LKAGOV 2024-09-24..
    code: LKALEG
    note: prime minister of Sri Lanka from 2024-09-24

person vijitha-herath
    ar: فيجيتا هيراث
    en: Vijitha Herath
    code: LKAGOV 2024-09-24..
    code: LKALEG
    note: foreign minister of Sri Lanka from 2024-09/11; bare "Herath" left out

person sajith-premadasa
    ar: ساجيث بريماداسا | بريماداسا
    en: Sajith Premadasa | Premadasa
    code: LKAOPP
    note: leader of the opposition of Sri Lanka

person peter-dutton
    ar: بيتر داتون | داتون
    en: Peter Dutton | Dutton
    code: AUSGOV 2013-09-18..2022-05-23
    code: AUSOPP
    note: minister (home affairs, defence 2021-2022), Liberal leader and opposition leader 2022-05..2025-05

person sussan-ley
    ar: سوزان لي
    en: Sussan Ley
    code: AUSOPP
    note: Liberal leader and opposition leader of Australia from 2025-05-13; bare "Ley" left out

person james-marape
    ar: جيمس ماراب
    en: James Marape | Marape
    code: PNGGOV 2019-05-30..
    code: PNGELI
    note: prime minister of Papua New Guinea from 2019-05-30; bare "ماراب" left out (close to مأرب)

person jeremiah-manele
    ar: جيريميا مانيلي | مانيلي
    en: Jeremiah Manele | Manele
    code: SLBGOV 2024-05-02..
    code: SLBELI
    note: prime minister of Solomon Islands from 2024-05-02 (foreign minister 2019-2024)

person sitiveni-rabuka
    ar: سيتيفيني رابوكا | رابوكا
    en: Sitiveni Rabuka | Rabuka
    code: FJIGOV 1987-09-25..1987-12-05
    code: FJIGOV 1992-06-02..1999-05-19
    code: FJIGOV 2022-12-24..
    code: FJIMIL
    note: leader of the 1987 coups, prime minister of Fiji 1992-1999 and from 2022-12-24

person ukhnaagiin-khurelsukh
    ar: أوخناجين خورلسوخ
    en: Ukhnaagiin Khürelsükh | Ukhnaagiin Khurelsukh | Khurelsukh
    code: MNGGOV 2017-10-20..2021-01-27
    code: MNGGOV 2021-06-25..
    code: MNGELI
    note: prime minister 2017-2021, president of Mongolia from 2021-06-25

# United Nations and other international officials
person farhan-haq
    ar: فرحان حق
    en: Farhan Haq
    code: IGOUNO
    note: deputy spokesman of the UN secretary-general; bare "Haq" left out

person amina-mohammed
    en: Amina Mohammed | Amina J. Mohammed
    code: IGOUNO 2017-02-28..
    code: NGAELI
    note: UN deputy secretary-general from 2017-02-28 (Nigerian environment minister 2015-2016); Arabic "أمينة محمد" left out (common name)

person rosemary-dicarlo
    ar: روزماري ديكارلو | ديكارلو
    en: Rosemary DiCarlo | DiCarlo
    code: IGOUNO
    note: UN under-secretary-general for political and peacebuilding affairs from 2018

person jean-pierre-lacroix
    ar: جان بيير لاكروا | لاكروا
    en: Jean-Pierre Lacroix | Lacroix
    code: IGOUNO
    note: UN under-secretary-general for peace operations from 2017-04

person catherine-russell
    ar: كاثرين راسل
    en: Catherine Russell
    code: IGOUNO 2022-02-01..
    code: USAELI
    note: executive director of UNICEF from 2022-02-01; bare "Russell" left out

person cindy-mccain
    ar: سيندي ماكين
    en: Cindy McCain
    code: IGOUNO 2023-04-05..
    code: USAELI
    note: executive director of the World Food Programme from 2023-04-05; bare "McCain" left out (John McCain)

person francesca-albanese
    ar: فرانشيسكا ألبانيزي | فرانشيسكا ألبانيز
    en: Francesca Albanese
    code: IGOUNO 2022-05-01..
    code: ITAELI
    note: UN special rapporteur on the occupied Palestinian territories from 2022-05-01; bare "Albanese" left out (Anthony Albanese)

person juliette-touma
    ar: جولييت توما
    en: Juliette Touma
    code: IGOUNO
    note: UNRWA communications director

person jens-laerke
    ar: ينس لاركه
    en: Jens Laerke | Laerke
    code: IGOUNO
    note: OCHA spokesman in Geneva

person ravina-shamdasani
    ar: رافينا شامداساني
    en: Ravina Shamdasani | Shamdasani
    code: IGOUNO
    note: spokeswoman of the UN human rights office

person muhannad-hadi
    ar: مهند هادي
    en: Muhannad Hadi
    code: IGOUNO
    note: UN humanitarian coordinator for the occupied Palestinian territories (2024-2025); bare "هادي" / "Hadi" left out

person bintou-keita
    ar: بنتو كيتا
    en: Bintou Keita
    code: IGOUNO 2021-02..2024-06
    code: GINELI
    note: head of MONUSCO 2021-2024; bare "Keita" left out (Ibrahim Boubacar Keïta)

person nicholas-haysom
    ar: نيكولاس هايسوم | هايسوم
    en: Nicholas Haysom | Haysom
    code: IGOUNO
    note: head of the UN mission in South Sudan (UNMISS) from 2021-02 (earlier UN envoy for Afghanistan, Somalia, Sudan)

person huang-xia
    ar: هوانغ شيا
    en: Huang Xia
    code: IGOUNO
    note: UN special envoy for the Great Lakes region from 2019

person james-swan
    ar: جيمس سوان
    en: James Swan
    code: IGOUNO
    note: UN special representative for Somalia

person philemon-yang
    ar: فيلمون يانغ
    en: Philemon Yang
    code: CMRGOV 2009-06-30..2019-01-04
    code: IGOUNO 2024-09-10..2025-09-09
    code: CMRELI
    note: prime minister of Cameroon 2009-2019, president of the UN General Assembly 2024-09-10..2025-09-09

person dennis-francis
    ar: دينيس فرانسيس
    en: Dennis Francis
    code: IGOUNO 2023-09-05..2024-09-10
    code: TTOELI
    note: president of the UN General Assembly 2023-09-05..2024-09-10 (Trinidad and Tobago)

person rik-peeperkorn
    ar: ريك بيبركورن | بيبركورن
    en: Rik Peeperkorn | Peeperkorn
    code: IGOUNO
    note: WHO representative for the occupied Palestinian territories

person kristalina-georgieva
    ar: كريستالينا جورجيفا | جورجيفا
    en: Kristalina Georgieva | Georgieva
    code: IGOEUREEC 2010-02-10..2016-12-31
    code: IGOUNODEVWBK 2017-01-02..2019-09-30
    code: IGOBUSIMF 2019-10-01..
    code: BGRELI
    note: European commissioner 2010-2016, World Bank CEO 2017-2019, managing director of the IMF from 2019-10-01

person ajay-banga
    ar: أجاي بانغا | بانغا
    en: Ajay Banga | Banga
    code: IGOUNODEVWBK 2023-06-02..
    code: USABUS
    note: president of the World Bank from 2023-06-02

person ngozi-okonjo-iweala
    ar: نغوزي أوكونجو إيويالا
    en: Ngozi Okonjo-Iweala | Okonjo-Iweala
    code: NGAGOV 2003..2006
    code: NGAGOV 2011..2015
    code: IGOBUSWTO 2021-03-01..
    code: NGAELI
    note: Nigerian finance minister (2003-2006, 2011-2015), director-general of the WTO from 2021-03-01

person haitham-al-ghais
    ar: هيثم الغيص | الغيص
    en: Haitham al-Ghais | Haitham Al Ghais | al-Ghais
    code: IGOOPC 2022-08-01..
    code: KWTBUS
    note: secretary-general of OPEC from 2022-08-01

person fatih-birol
    ar: فاتح بيرول | بيرول
    en: Fatih Birol | Birol
    code: IGOBUSIEA 2015-09-01..
    code: TURELI
    note: executive director of the International Energy Agency from 2015-09-01

person yuji-iwasawa
    ar: يوجي إيواساوا | إيواساوا
    en: Yuji Iwasawa | Iwasawa Yuji | Iwasawa
    code: IGOUNOJUDICJ 2018-06-22..
    code: JPNELI
    note: judge of the International Court of Justice from 2018-06-22, its president from 2025-03-03

person tomoko-akane
    ar: توموكو أكاني
    en: Tomoko Akane
    code: IGOJUDICC 2018-03-11..
    code: JPNELI
    note: judge of the International Criminal Court from 2018-03-11, its president from 2024-03-11; bare "Akane" left out (given name)

person mame-mandiaye-niang
    ar: مامي مانديايي نيانغ
    en: Mame Mandiaye Niang
    code: IGO 2022-03..
    code: SENELI
    note: deputy prosecutor of the International Criminal Court from 2022-03 (co-heads the office while Karim Khan is on leave from 2025-05; coded IGO as Karim Khan); without this record the fuzzy name matcher read "Mame Mandiaye" as Maia Sandu

person marta-kos
    ar: مارتا كوس
    en: Marta Kos
    code: IGOEUREEC 2024-12-01..
    code: SVNELI
    note: European commissioner for enlargement from 2024-12-01; bare "Kos" left out (the Greek island); without this record "Kos" was read as Greece

person roberta-metsola
    ar: روبرتا ميتسولا | ميتسولا
    en: Roberta Metsola | Metsola
    code: IGOEUR
    note: member of the European Parliament from 2013, its president from 2022-01-18

person maros-sefcovic
    ar: ماروش شفتشوفيتش | شفتشوفيتش
    en: Maroš Šefčovič | Maros Sefcovic | Šefčovič | Sefcovic
    code: IGOEUREEC 2010-02-10..
    code: SVKELI
    note: European commissioner from 2010 (trade and economic security from 2024-12-01)

person valdis-dombrovskis
    ar: فالديس دومبروفسكيس | دومبروفسكيس
    en: Valdis Dombrovskis | Dombrovskis
    code: LVAGOV 2009-03-12..2014-01-22
    code: IGOEUREEC 2014-11-01..
    code: LVAELI
    note: prime minister of Latvia 2009-2014, European commissioner from 2014-11-01 (economy from 2024-12-01)

person andrius-kubilius
    ar: أندريوس كوبيليوس | كوبيليوس
    en: Andrius Kubilius | Kubilius
    code: LTUGOV 1999-11-03..2000-11-09
    code: LTUGOV 2008-12-09..2012-12-13
    code: IGOEUREEC 2024-12-01..
    code: LTUELI
    note: prime minister of Lithuania 1999-2000 and 2008-2012, European commissioner for defence and space from 2024-12-01

person teresa-ribera
    ar: تيريزا ريبيرا | ريبيرا
    en: Teresa Ribera | Ribera
    code: ESPGOV 2018-06-07..2024-11-30
    code: IGOEUREEC 2024-12-01..
    code: ESPELI
    note: Spanish minister for the ecological transition 2018-2024, executive vice-president of the European Commission from 2024-12-01

person dubravka-suica
    ar: دوبرافكا شويتسا | شويتسا
    en: Dubravka Šuica | Dubravka Suica | Šuica | Suica
    code: IGOEUREEC 2019-12-01..
    code: HRVELI
    note: European commissioner from 2019-12-01 (for the Mediterranean from 2024-12-01)

person christine-lagarde
    ar: كريستين لاغارد | لاغارد
    en: Christine Lagarde | Lagarde
    code: FRAGOV 2007-06-19..2011-06-28
    code: IGOBUSIMF 2011-07-05..2019-09-12
    code: IGOEURBUS 2019-11-01..
    code: FRAELI
    note: French finance minister 2007-2011, managing director of the IMF 2011-2019, president of the European Central Bank from 2019-11-01

person anitta-hipper
    ar: أنيتا هيبر
    en: Anitta Hipper | Hipper
    code: IGOEUREEC
    note: spokeswoman of the EU's foreign service (EEAS)

person kao-kim-hourn
    ar: كاو كيم هورن
    en: Kao Kim Hourn
    code: IGOSEAASN 2023-01-01..
    code: KHMELI
    note: secretary-general of ASEAN from 2023-01-01

person omar-alieu-touray
    ar: عمر عليو توراي | توراي
    en: Omar Alieu Touray | Omar Touray | Touray
    code: IGOWAFWAS 2022-07-03..
    code: GMBELI
    note: Gambian diplomat, president of the ECOWAS Commission from 2022-07

person workneh-gebeyehu
    ar: ورقنه جبيهو
    en: Workneh Gebeyehu | Workneh
    code: ETHGOV 2016-11..2019-04
    code: IGOEAFDEVIAD 2019-11-29..
    code: ETHELI
    note: Ethiopian foreign minister 2016-2019, executive secretary of IGAD from 2019-11-29

# Transnational militants
person saad-al-awlaki
    ar: سعد بن عاطف العولقي | سعد العولقي
    en: Saad al-Awlaki | Saad bin Atef al-Awlaki
    code: IMGMUSALQ
    note: emir of al-Qaeda in the Arabian Peninsula from 2024-03 (coded as AQAP)

person abu-ubaidah-yusuf-al-annabi
    ar: أبو عبيدة يوسف العنابي | يزيد مبارك
    en: Abu Ubaidah Yusuf al-Annabi | Abu Obeida Youssef al-Annabi | Yazid Mebrak | al-Annabi
    code: IMGMUSALQ
    note: emir of al-Qaeda in the Islamic Maghreb from 2020-11 (coded as AQIM)

person abdulqadir-mumin
    ar: عبد القادر مؤمن
    en: Abdulqadir Mumin | Abdul Qadir Mumin
    code: IMGMUSISI
    note: leader of the Islamic State in Somalia; reported head of the IS General Directorate of Provinces; bare "Mumin" left out (given name)

person sanaullah-ghafari
    ar: ثناء الله غفاري | شهاب المهاجر
    en: Sanaullah Ghafari | Shahab al-Muhajir | Ghafari
    code: IMGMUSISI
    note: leader of Islamic State Khorasan Province from 2020

person musa-baluku
    ar: موسى بالوكو | بالوكو
    en: Musa Baluku | Seka Musa Baluku | Baluku
    code: UGAREB
    note: leader of the Allied Democratic Forces (ISCAP) from 2015 (coded as the ADF)

# ============================================================================================
# Proposed additions (organisations), format of organisations.lex
# ============================================================================================

# Regional and political organisations
