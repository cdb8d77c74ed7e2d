# hadath: organisations (international organisations, NGOs, armed groups, parties, named state bodies)
#
# Code conventions
#   IGO...   international organisations; Phoenix/CAMEO sub-tags where they exist (IGOUNO, IGOWSTNAT,
#            IGOUNOREFHCR...), otherwise IGO + a three-letter tag. The scorer reads the first 3 letters.
#   NGO...   international non-governmental organisations.
#   IMG...   transnational militant groups (IMGMUSISI = Islamic State, IMGMUSALQ = al-Qaeda network).
#   CCCROL   a national body or group: country code + CAMEO role (GOV MIL COP SPY LEG JUD REB INS OPP PTY REL HRI).
#
# Deliberately absent
#   * News agencies, newspapers and TV channels: they report events, they are not actors.
#   * Bare short forms that are also common Arabic words. The normaliser strips the article, so
#     "القاعدة" would also match every "قاعدة" (base, rule: "قاعدة عين الأسد"), "الشباب" every
#     "شباب" (youth), "النصرة" every "نصرة" (support: "نصرة غزة"), "فتح" the verb "opened",
#     "أمل" (hope), "تقدم" (progress), "الحشد" (build-up), "الفاو" (the Iraqi port al-Faw).
#     Only unambiguous long forms of those names are listed.
#   * English acronyms that are ordinary words or clash: WHO, IS, PA, NSA, NAM, IMO, SNA, NRC, IRC.
#
# Multi-word Arabic names are written as printed ("الوكالة الدولية للطاقة الذرية"); inner words with
# a clitic (للأمم، لشؤون) rely on the shared normaliser.


# ============================================================================================
# United Nations system
# ============================================================================================

org united-nations
    ar: الأمم المتحدة | منظمة الأمم المتحدة | هيئة الأمم المتحدة | المنظمة الأممية
    ar: الأمين العام للأمم المتحدة | أمين عام الأمم المتحدة | الأمانة العامة للأمم المتحدة
    en: United Nations | UN | U.N. | United Nations Secretary-General | UN Secretary-General | U.N. Secretary-General
    en: UN secretariat | United Nations secretariat
    code: IGOUNO

org un-security-council
    ar: مجلس الأمن | مجلس الأمن الدولي | مجلس الأمن الأممي | مجلس الأمن التابع للأمم المتحدة
    en: Security Council | UN Security Council | U.N. Security Council | United Nations Security Council | UNSC
    code: IGOUNO
    note: national security councils ("مجلس الأمن القومي") are GOV agents in ar/agents.lex; the longer match wins

org un-general-assembly
    ar: الجمعية العامة للأمم المتحدة | الجمعية العامة | الجمعية العامة الأممية
    en: UN General Assembly | U.N. General Assembly | United Nations General Assembly | UNGA
    code: IGOUNO

org un-envoy
    # UN envoys, coordinators and special rapporteurs named by office, not by person
    ar: المبعوث الأممي | المبعوثة الأممية | المبعوث الدولي | مبعوث الأمم المتحدة | مبعوثة الأمم المتحدة
    ar: المبعوث الخاص للأمم المتحدة | المبعوث الخاص للأمين العام للأمم المتحدة
    ar: المنسق الأممي | منسق الأمم المتحدة | المنسق الخاص للأمم المتحدة | منسقة الأمم المتحدة
    ar: المقرر الأممي | المقررة الأممية | المقرر الخاص للأمم المتحدة | المقررة الخاصة للأمم المتحدة
    en: UN envoy | U.N. envoy | United Nations envoy | UN special envoy | U.N. special envoy
    en: UN special rapporteur | U.N. special rapporteur | UN coordinator | UN humanitarian coordinator
    code: IGOUNO
    note: "المبعوث الدولي" in Syria, Yemen and Libya reporting is the UN envoy

org un-peacekeepers
    ar: قوات حفظ السلام الدولية | قوات حفظ السلام الأممية | قوات حفظ السلام التابعة للأمم المتحدة
    ar: قوات الأمم المتحدة | القبعات الزرق | الخوذ الزرق
    en: UN peacekeepers | U.N. peacekeepers | United Nations peacekeepers | UN peacekeeping force | blue helmets
    code: IGOUNO

org unhcr
    ar: المفوضية السامية للأمم المتحدة لشؤون اللاجئين | مفوضية الأمم المتحدة السامية لشؤون اللاجئين
    ar: مفوضية الأمم المتحدة لشؤون اللاجئين | المفوضية السامية لشؤون اللاجئين | مفوضية شؤون اللاجئين
    ar: مفوضية اللاجئين | المفوضية الأممية لشؤون اللاجئين
    en: UNHCR | UN refugee agency | U.N. refugee agency | United Nations High Commissioner for Refugees
    en: UN High Commissioner for Refugees | Office of the United Nations High Commissioner for Refugees
    code: IGOUNOREFHCR

org unrwa
    ar: الأونروا | وكالة الغوث | وكالة غوث وتشغيل اللاجئين الفلسطينيين
    ar: وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين | وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى
    en: UNRWA | United Nations Relief and Works Agency | UN Relief and Works Agency | UN agency for Palestinian refugees
    code: IGOUNOREF

org ohchr
    ar: المفوضية السامية لحقوق الإنسان | مفوضية الأمم المتحدة لحقوق الإنسان | مفوضية الأمم المتحدة السامية لحقوق الإنسان
    ar: المفوض السامي لحقوق الإنسان | مفوض الأمم المتحدة السامي لحقوق الإنسان | المفوض الأممي لحقوق الإنسان
    ar: مكتب حقوق الإنسان التابع للأمم المتحدة
    en: OHCHR | UN High Commissioner for Human Rights | U.N. High Commissioner for Human Rights
    en: Office of the High Commissioner for Human Rights | UN human rights office | U.N. human rights office | UN human rights chief
    code: IGOUNOHRIHCH

org un-human-rights-council
    ar: مجلس حقوق الإنسان | مجلس حقوق الإنسان الأممي | مجلس حقوق الإنسان التابع للأمم المتحدة | مجلس الأمم المتحدة لحقوق الإنسان
    en: UN Human Rights Council | U.N. Human Rights Council | United Nations Human Rights Council | Human Rights Council | UNHRC
    code: IGOUNOHRI

org unicef
    ar: اليونيسف | اليونيسيف | منظمة الأمم المتحدة للطفولة | صندوق الأمم المتحدة للطفولة
    en: UNICEF | United Nations Children's Fund | UN Children's Fund | U.N. children's agency | UN children's agency
    code: IGOUNOKID

org wfp
    ar: برنامج الأغذية العالمي | برنامج الغذاء العالمي
    en: World Food Programme | World Food Program | WFP | UN food agency | U.N. food agency
    code: IGOUNOWFP

org who
    ar: منظمة الصحة العالمية
    en: World Health Organization | World Health Organisation | UN health agency | U.N. health agency
    code: IGOUNOHLHWHO
    note: the acronym WHO is left out (English pronoun)

org ocha
    ar: مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية | مكتب تنسيق الشؤون الإنسانية | أوتشا
    en: OCHA | UN Office for the Coordination of Humanitarian Affairs | Office for the Coordination of Humanitarian Affairs
    en: UN humanitarian office | U.N. humanitarian office | UN humanitarian agency
    code: IGOUNO

org undp
    ar: برنامج الأمم المتحدة الإنمائي | البرنامج الإنمائي للأمم المتحدة
    en: UNDP | United Nations Development Programme | UN Development Programme | UN Development Program
    code: IGOUNODEV

org unesco
    ar: اليونسكو | منظمة الأمم المتحدة للتربية والعلم والثقافة
    en: UNESCO | United Nations Educational, Scientific and Cultural Organization
    code: IGOUNODEV

org fao
    ar: منظمة الأغذية والزراعة | منظمة الأغذية والزراعة للأمم المتحدة | منظمة الفاو
    en: FAO | Food and Agriculture Organization | UN Food and Agriculture Organization
    code: IGOUNOAGRFAO
    note: bare "الفاو" left out (al-Faw, Iraq)

org ilo
    ar: منظمة العمل الدولية
    en: International Labour Organization | International Labor Organization | ILO
    code: IGOUNOLABILO

org iom
    ar: المنظمة الدولية للهجرة | منظمة الهجرة الدولية
    en: International Organization for Migration | IOM | UN migration agency | U.N. migration agency
    code: IGOUNOREF

org unfpa
    ar: صندوق الأمم المتحدة للسكان
    en: UNFPA | United Nations Population Fund | UN Population Fund
    code: IGOUNOHLH

org un-women
    ar: هيئة الأمم المتحدة للمرأة
    en: UN Women | U.N. Women
    code: IGOUNO

org unep
    ar: برنامج الأمم المتحدة للبيئة
    en: UNEP | United Nations Environment Programme | UN Environment Programme
    code: IGOUNOENV

org ipcc
    ar: الهيئة الحكومية الدولية المعنية بتغير المناخ
    en: IPCC | Intergovernmental Panel on Climate Change
    code: IGOUNOENV

org escwa
    ar: الإسكوا | لجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا
    en: ESCWA | UN Economic and Social Commission for Western Asia
    code: IGOUNODEV

org iaea
    ar: الوكالة الدولية للطاقة الذرية | وكالة الطاقة الذرية | الوكالة الذرية | وكالة الطاقة الذرية الدولية
    en: IAEA | International Atomic Energy Agency | UN nuclear watchdog | U.N. nuclear watchdog | UN atomic watchdog | United Nations nuclear watchdog
    code: IGOUNOIAE

org icj
    ar: محكمة العدل الدولية | العدل الدولية
    en: International Court of Justice | ICJ | World Court
    code: IGOUNOJUDICJ

org icc
    ar: المحكمة الجنائية الدولية | الجنائية الدولية | المحكمة الدولية الجنائية
    en: International Criminal Court | ICC
    code: IGOJUDICC

org icty
    ar: المحكمة الجنائية الدولية ليوغوسلافيا السابقة | المحكمة الدولية ليوغوسلافيا السابقة
    en: ICTY | International Criminal Tribunal for the former Yugoslavia
    code: IGOUNOJUDWCT

org ictr
    ar: المحكمة الجنائية الدولية لرواندا | المحكمة الدولية لرواندا
    en: ICTR | International Criminal Tribunal for Rwanda
    code: IGOUNOJUDWCT

org special-tribunal-lebanon
    ar: المحكمة الخاصة بلبنان | المحكمة الدولية الخاصة بلبنان
    en: Special Tribunal for Lebanon
    code: IGOUNOJUD

org opcw
    ar: منظمة حظر الأسلحة الكيميائية | منظمة حظر الأسلحة الكيماوية | منظمة حظر الأسلحة الكيمياوية
    en: OPCW | Organisation for the Prohibition of Chemical Weapons | Organization for the Prohibition of Chemical Weapons
    en: chemical weapons watchdog
    code: IGOOPW

org icao
    ar: منظمة الطيران المدني الدولي
    en: ICAO | International Civil Aviation Organization
    code: IGOUNOBUS

org international-maritime-organization
    ar: المنظمة البحرية الدولية
    en: International Maritime Organization
    code: IGOUNOBUS

# UN missions and forces
org unifil
    ar: اليونيفيل | قوة الأمم المتحدة المؤقتة في لبنان | قوات الأمم المتحدة المؤقتة في لبنان
    en: UNIFIL | United Nations Interim Force in Lebanon | UN Interim Force in Lebanon
    code: IGOUNO

org undof
    ar: الأندوف | قوة الأمم المتحدة لمراقبة فض الاشتباك
    en: UNDOF | UN Disengagement Observer Force | United Nations Disengagement Observer Force
    code: IGOUNO

org monusco
    ar: مونوسكو | بعثة الأمم المتحدة لتحقيق الاستقرار في جمهورية الكونغو الديمقراطية | بعثة الأمم المتحدة في الكونغو
    en: MONUSCO | MONUC
    code: IGOUNO

org minusma
    ar: مينوسما | بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي | بعثة الأمم المتحدة في مالي
    en: MINUSMA
    code: IGOUNO

org unmiss
    ar: بعثة الأمم المتحدة في جنوب السودان | أونميس
    en: UNMISS | UN Mission in South Sudan
    code: IGOUNO

org unama
    ar: يوناما | بعثة الأمم المتحدة لتقديم المساعدة إلى أفغانستان | بعثة الأمم المتحدة في أفغانستان
    en: UNAMA | UN Assistance Mission in Afghanistan
    code: IGOUNO

org unami
    ar: يونامي | بعثة الأمم المتحدة لمساعدة العراق | بعثة الأمم المتحدة في العراق
    en: UNAMI | UN Assistance Mission for Iraq
    code: IGOUNO

org unsmil
    ar: بعثة الأمم المتحدة للدعم في ليبيا | البعثة الأممية في ليبيا | بعثة الأمم المتحدة في ليبيا | أونسميل
    en: UNSMIL | UN Support Mission in Libya
    code: IGOUNO

org unmha
    ar: بعثة الأمم المتحدة لدعم اتفاق الحديدة
    en: UNMHA | UN Mission to support the Hodeidah Agreement
    code: IGOUNO

org unitams
    ar: يونيتامس | بعثة الأمم المتحدة المتكاملة لدعم الانتقال في السودان
    en: UNITAMS
    code: IGOUNO

org minurso
    ar: المينورسو | بعثة الأمم المتحدة لتنظيم استفتاء في الصحراء الغربية
    en: MINURSO
    code: IGOUNO

org unsmil
    ar: بعثة الأمم المتحدة للدعم في ليبيا | بعثة الأمم المتحدة في ليبيا | البعثة الأممية في ليبيا | البعثة الأممية للدعم في ليبيا
    en: UNSMIL | United Nations Support Mission in Libya
    code: IGOUNO


# ============================================================================================
# Finance, trade and energy organisations
# ============================================================================================

org world-bank
    ar: البنك الدولي | مجموعة البنك الدولي
    en: World Bank | World Bank Group
    code: IGOUNODEVWBK

org imf
    ar: صندوق النقد الدولي | صندوق النقد
    en: International Monetary Fund | IMF
    code: IGOBUSIMF

org wto
    ar: منظمة التجارة العالمية
    en: World Trade Organization | World Trade Organisation | WTO
    code: IGOBUSWTO

org oecd
    ar: منظمة التعاون الاقتصادي والتنمية
    en: OECD | Organisation for Economic Co-operation and Development | Organization for Economic Cooperation and Development
    code: IGOBUSOEC

org iea
    ar: وكالة الطاقة الدولية | الوكالة الدولية للطاقة
    en: International Energy Agency | IEA
    code: IGOBUSIEA

org opec
    ar: أوبك | منظمة البلدان المصدرة للنفط | منظمة الدول المصدرة للنفط | منظمة الدول المصدرة للبترول
    en: OPEC | Organization of the Petroleum Exporting Countries | Organisation of the Petroleum Exporting Countries
    code: IGOOPC

org opec-plus
    ar: أوبك بلس | تحالف أوبك بلس | مجموعة أوبك بلس
    en: OPEC Plus
    code: IGOOPC
    note: "أوبك+" / "OPEC+" not listed: if the normaliser drops "+" it would collide with opec; the same IGO code results anyway

org oapec
    ar: أوابك | منظمة الأقطار العربية المصدرة للبترول
    en: OAPEC | Organization of Arab Petroleum Exporting Countries
    code: IGOARBBUSAPE

org islamic-development-bank
    ar: البنك الإسلامي للتنمية
    en: Islamic Development Bank | IsDB
    code: IGOMOSDEVIDB

org arab-monetary-fund
    ar: صندوق النقد العربي
    en: Arab Monetary Fund
    code: IGOMEAAMF

org african-development-bank
    ar: البنك الأفريقي للتنمية
    en: African Development Bank | AfDB
    code: IGOAFRDEV

org asian-development-bank
    ar: بنك التنمية الآسيوي
    en: Asian Development Bank
    code: IGOASADEV

org aiib
    ar: البنك الآسيوي للاستثمار في البنية التحتية
    en: Asian Infrastructure Investment Bank | AIIB
    code: IGOASADEV

org ebrd
    ar: البنك الأوروبي لإعادة الإعمار والتنمية | البنك الأوروبي لإعادة البناء والتنمية
    en: EBRD | European Bank for Reconstruction and Development
    code: IGOEURDEVEBR

org ecb
    ar: البنك المركزي الأوروبي
    en: European Central Bank | ECB
    code: IGOEURBUS


# ============================================================================================
# Regional and political organisations
# ============================================================================================

org european-union
    ar: الاتحاد الأوروبي | الاتحاد الأوربي
    en: European Union | EU | E.U.
    code: IGOEUR

org european-commission
    ar: المفوضية الأوروبية | المفوضية الأوربية
    en: European Commission | EU Commission
    code: IGOEUR

org european-parliament
    ar: البرلمان الأوروبي | البرلمان الأوربي
    en: European Parliament
    code: IGOEUR

org european-council
    ar: المجلس الأوروبي | مجلس الاتحاد الأوروبي
    en: European Council | Council of the European Union | EU Council
    code: IGOEUR

org european-economic-community
    ar: المجموعة الاقتصادية الأوروبية | السوق الأوروبية المشتركة | الجماعة الأوروبية
    en: European Economic Community | EEC | European Community | Common Market
    code: IGOEUREEC
    note: historical predecessor of the EU

org council-of-europe
    ar: مجلس أوروبا
    en: Council of Europe
    code: IGOEURCOE

org echr
    ar: المحكمة الأوروبية لحقوق الإنسان
    en: European Court of Human Rights | ECHR
    code: IGOEURJUD

org cjeu
    ar: محكمة العدل الأوروبية | محكمة العدل التابعة للاتحاد الأوروبي
    en: European Court of Justice | Court of Justice of the European Union | CJEU
    code: IGOEURJUD

org frontex
    ar: فرونتكس | الوكالة الأوروبية لحرس الحدود والسواحل
    en: Frontex | European Border and Coast Guard Agency
    code: IGOEURCOP

org europol
    ar: يوروبول | وكالة الشرطة الأوروبية
    en: Europol
    code: IGOEURCOP

org osce
    ar: منظمة الأمن والتعاون في أوروبا
    en: OSCE | Organization for Security and Co-operation in Europe | Organisation for Security and Co-operation in Europe
    code: IGOEURSCE

org nato
    ar: حلف شمال الأطلسي | حلف الناتو | الناتو | حلف الأطلسي | منظمة حلف شمال الأطلسي
    en: NATO | North Atlantic Treaty Organization | North Atlantic Treaty Organisation | Atlantic Alliance
    code: IGOWSTNAT

org warsaw-pact
    ar: حلف وارسو
    en: Warsaw Pact
    code: IGOEEUWAR
    note: historical, 1955-1991

org african-union
    ar: الاتحاد الأفريقي | مفوضية الاتحاد الأفريقي | مجلس السلم والأمن الأفريقي | مجلس السلم والأمن التابع للاتحاد الأفريقي
    en: African Union | AU | African Union Commission | AU Commission | AU Peace and Security Council
    code: IGOAFR

org organisation-of-african-unity
    ar: منظمة الوحدة الأفريقية
    en: Organization of African Unity | Organisation of African Unity | OAU
    code: IGOAFROAU
    note: historical, 1963 to 2002-07-09 (replaced by the African Union)

org amisom
    ar: بعثة الاتحاد الأفريقي في الصومال | بعثة الاتحاد الأفريقي الانتقالية في الصومال | أميصوم | أتميس
    en: AMISOM | ATMIS | AUSSOM | African Union Mission in Somalia | African Union Transition Mission in Somalia
    code: IGOAFR

org arab-league
    ar: جامعة الدول العربية | الجامعة العربية | مجلس الجامعة العربية
    en: Arab League | League of Arab States
    code: IGOARL

org arab-parliament
    ar: البرلمان العربي
    en: Arab Parliament
    code: IGOARLLEG

org gcc
    ar: مجلس التعاون الخليجي | مجلس التعاون لدول الخليج العربية | مجلس التعاون لدول الخليج | دول مجلس التعاون
    ar: الأمانة العامة لمجلس التعاون
    en: Gulf Cooperation Council | GCC | Cooperation Council for the Arab States of the Gulf
    code: IGOGCC
    note: bare "مجلس التعاون" left out (bilateral "coordination councils" share the words)

org oic
    ar: منظمة التعاون الإسلامي | منظمة المؤتمر الإسلامي
    en: Organisation of Islamic Cooperation | Organization of Islamic Cooperation | OIC | Organization of the Islamic Conference
    code: IGOMOSOIC

org arab-maghreb-union
    ar: اتحاد المغرب العربي
    en: Arab Maghreb Union
    code: IGOMEAAMU

org ecowas
    ar: إيكواس | سيدياو | المجموعة الاقتصادية لدول غرب أفريقيا
    en: ECOWAS | Economic Community of West African States
    code: IGOWAFWAS

org sadc
    ar: سادك | مجموعة التنمية للجنوب الأفريقي | الجماعة الإنمائية للجنوب الأفريقي | مجموعة تنمية الجنوب الأفريقي
    en: SADC | Southern African Development Community
    code: IGOSAFSAD

org igad
    ar: إيغاد | إيقاد | الهيئة الحكومية للتنمية | الهيئة الحكومية الدولية للتنمية
    en: IGAD | Intergovernmental Authority on Development
    code: IGOEAFDEVIAD

org east-african-community
    ar: مجموعة شرق أفريقيا | جماعة شرق أفريقيا
    en: East African Community | EAC
    code: IGOEAF

org g5-sahel
    ar: مجموعة دول الساحل الخمس | مجموعة الساحل الخمس | القوة المشتركة لمجموعة الساحل
    en: G5 Sahel | G5 Sahel Joint Force
    code: IGOWAF

org alliance-of-sahel-states
    ar: تحالف دول الساحل | كونفدرالية دول الساحل
    en: Alliance of Sahel States | Confederation of Sahel States
    en: AES
    code: IGOWAF

org asean
    ar: آسيان | رابطة آسيان | رابطة دول جنوب شرق آسيا | رابطة أمم جنوب شرق آسيا
    en: ASEAN | Association of Southeast Asian Nations | Association of South East Asian Nations
    code: IGOSEAASN

org sco
    ar: منظمة شنغهاي للتعاون | منظمة شانغهاي للتعاون | منظمة شنغهاي
    en: Shanghai Cooperation Organization | Shanghai Cooperation Organisation | SCO
    code: IGOCAS

org brics
    ar: بريكس | مجموعة بريكس
    en: BRICS
    code: IGOBRC

org g7
    ar: مجموعة السبع | مجموعة الدول السبع | مجموعة الدول الصناعية السبع | مجموعة السبع الكبرى | مجموعة الدول السبع الكبرى
    en: G7 | G-7 | Group of Seven
    code: IGOGOS

org g8
    ar: مجموعة الثماني | مجموعة الدول الثماني | مجموعة الثماني الكبرى | مجموعة الدول الصناعية الثماني
    en: G8 | G-8 | Group of Eight
    code: IGOBUSGOE
    note: 1997-2014

org g20
    ar: مجموعة العشرين | مجموعة الدول العشرين
    en: G20 | G-20 | Group of Twenty | Group of 20
    code: IGOGTW

org cis
    ar: رابطة الدول المستقلة | كومنولث الدول المستقلة
    en: Commonwealth of Independent States | CIS
    code: IGOCASCIS

org csto
    ar: منظمة معاهدة الأمن الجماعي
    en: CSTO | Collective Security Treaty Organization | Collective Security Treaty Organisation
    code: IGOCAS

org eurasian-economic-union
    ar: الاتحاد الاقتصادي الأوراسي
    en: Eurasian Economic Union | EAEU
    code: IGOCAS

org oas
    ar: منظمة الدول الأمريكية | منظمة الدول الأميركية
    en: Organization of American States | OAS
    code: IGOOAS

org commonwealth
    ar: رابطة الكومنولث | الكومنولث
    en: Commonwealth of Nations
    code: IGOCWN

org non-aligned-movement
    ar: حركة عدم الانحياز | دول عدم الانحياز
    en: Non-Aligned Movement
    code: IGONON

org middle-east-quartet
    ar: الرباعية الدولية | اللجنة الرباعية الدولية | اللجنة الرباعية للشرق الأوسط
    en: Middle East Quartet | Quartet on the Middle East
    code: IGOQRT
    note: bare "الرباعية" / "اللجنة الرباعية" left out (the Arab quartet of 2017, Sudan quartets)

org interpol
    ar: الإنتربول | منظمة الشرطة الجنائية الدولية
    en: Interpol | International Criminal Police Organization
    code: IGOCOPITP


# ============================================================================================
# Military coalitions
# ============================================================================================

org international-coalition
    ar: التحالف الدولي | التحالف الدولي ضد داعش | التحالف الدولي لمحاربة داعش | قوات التحالف الدولي
    ar: التحالف الدولي بقيادة الولايات المتحدة | التحالف الدولي بقيادة واشنطن
    en: US-led coalition | U.S.-led coalition | Global Coalition to Defeat ISIS | anti-ISIS coalition | international coalition
    code: IGOMIL
    note: US-led anti-ISIS coalition; the gold may list ["IGO","USA"]

org saudi-led-coalition
    ar: التحالف العربي | تحالف دعم الشرعية | تحالف دعم الشرعية في اليمن | التحالف بقيادة السعودية
    ar: قوات التحالف العربي | التحالف العربي بقيادة السعودية | التحالف الذي تقوده السعودية
    en: Saudi-led coalition | Saudi-led military coalition | Arab coalition
    code: SAUMIL
    note: Saudi-led coalition in Yemen (2015-); coded SAU as the leading state

org islamic-military-coalition
    ar: التحالف الإسلامي العسكري لمحاربة الإرهاب | التحالف الإسلامي العسكري
    en: Islamic Military Counter Terrorism Coalition | IMCTC
    code: IGOMOS


# ============================================================================================
# International NGOs and rights monitors
# ============================================================================================

org icrc
    ar: اللجنة الدولية للصليب الأحمر | الصليب الأحمر | الصليب الأحمر الدولي | لجنة الصليب الأحمر
    en: International Committee of the Red Cross | ICRC | Red Cross
    code: NGOHLHIRC
    note: national Red Crescent societies are an agent (HLH) in ar/agents.lex and take their country from the nisba

org ifrc
    ar: الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر
    en: IFRC | International Federation of Red Cross and Red Crescent Societies
    code: NGOHLHIRC

org msf
    ar: أطباء بلا حدود | منظمة أطباء بلا حدود
    en: Doctors Without Borders | Médecins Sans Frontières | Medecins Sans Frontieres | MSF
    code: NGOHLHMSF

org amnesty-international
    ar: منظمة العفو الدولية | العفو الدولية
    en: Amnesty International | Amnesty
    code: NGOHRIAMN

org human-rights-watch
    ar: هيومن رايتس ووتش | هيومان رايتس ووتش | هيومن رايتس وتش | منظمة مراقبة حقوق الإنسان
    en: Human Rights Watch | HRW
    code: NGOHRI

org reporters-without-borders
    ar: مراسلون بلا حدود | منظمة مراسلون بلا حدود
    en: Reporters Without Borders | Reporters Sans Frontières | Reporters Sans Frontieres
    code: NGOMED
    note: the acronym RSF is left to the Rapid Support Forces

org committee-to-protect-journalists
    ar: لجنة حماية الصحفيين | لجنة حماية الصحافيين
    en: Committee to Protect Journalists | CPJ
    code: NGOMED

org save-the-children
    ar: منظمة إنقاذ الطفولة | سيف ذا تشيلدرن
    en: Save the Children
    code: NGOHLH

org oxfam
    ar: أوكسفام | أوكسفام الدولية
    en: Oxfam | Oxfam International
    code: NGODEV

org norwegian-refugee-council
    ar: المجلس النرويجي للاجئين
    en: Norwegian Refugee Council
    code: NGOREF

org international-rescue-committee
    ar: لجنة الإنقاذ الدولية
    en: International Rescue Committee
    code: NGOREF

org transparency-international
    ar: منظمة الشفافية الدولية
    en: Transparency International
    code: NGO

org greenpeace
    ar: غرينبيس | جرينبيس | منظمة السلام الأخضر
    en: Greenpeace
    code: NGOENV

org euro-med-monitor
    ar: المرصد الأورومتوسطي لحقوق الإنسان | المرصد الأورومتوسطي
    en: Euro-Mediterranean Human Rights Monitor | Euro-Med Monitor | Euro-Med Human Rights Monitor
    code: NGOHRI

org muslim-world-league
    ar: رابطة العالم الإسلامي
    en: Muslim World League
    code: NGOMUS

org iums
    ar: الاتحاد العالمي لعلماء المسلمين
    en: International Union of Muslim Scholars
    code: NGOMUS

# national monitors: they mostly report; coded with their country so that reported speech stays local
org syrian-observatory
    ar: المرصد السوري لحقوق الإنسان | المرصد السوري
    en: Syrian Observatory for Human Rights | SOHR | Syrian Observatory
    code: SYRHRI

org palestinian-prisoners-society
    ar: نادي الأسير الفلسطيني | نادي الأسير
    en: Palestinian Prisoners' Society | Palestinian Prisoners Society
    code: PSEHRI

org btselem
    ar: بتسيلم | منظمة بتسيلم
    en: B'Tselem
    code: ISRHRI


# ============================================================================================
# Transnational militant groups (IMG)
# ============================================================================================

org islamic-state
    ar: داعش | الدواعش | تنظيم الدولة | تنظيم الدولة الإسلامية | الدولة الإسلامية
    ar: الدولة الإسلامية في العراق والشام | الدولة الإسلامية في العراق وسوريا | الدولة الإسلامية في العراق
    en: Islamic State | ISIS | ISIL | Daesh | Daish | Islamic State group
    en: Islamic State of Iraq and the Levant | Islamic State of Iraq and Syria | Islamic State of Iraq | Islamic State of Iraq and al-Sham
    code: IMGMUSISI
    note: "الدولة الإسلامية" also matches the generic "an Islamic state"; kept because the group reading dominates news text

org isis-khorasan
    ar: ولاية خراسان | تنظيم ولاية خراسان | داعش خراسان | تنظيم الدولة في خراسان | الدولة الإسلامية في خراسان
    en: ISIS-K | ISKP | IS-K | Islamic State Khorasan | Islamic State Khorasan Province | Islamic State-Khorasan
    en: ISIS-Khorasan | IS-Khorasan | ISIL-K | ISIL-Khorasan | Islamic State Khorasan branch | Islamic State in Khorasan
    code: IMGMUSISI

org isis-sinai
    ar: ولاية سيناء | تنظيم ولاية سيناء | أنصار بيت المقدس | جماعة أنصار بيت المقدس
    en: Sinai Province | Wilayat Sinai | Ansar Bayt al-Maqdis | Islamic State Sinai Province
    code: IMGMUSISI

org iswap
    ar: ولاية غرب أفريقيا | تنظيم ولاية غرب أفريقيا | تنظيم الدولة في غرب أفريقيا
    en: ISWAP | Islamic State West Africa Province | Islamic State West Africa
    code: IMGMUSISI

org is-sahel
    ar: الدولة الإسلامية في الصحراء الكبرى | ولاية الساحل | تنظيم الدولة في الساحل
    en: Islamic State in the Greater Sahara | ISGS | Islamic State Sahel Province
    code: IMGMUSISI

org al-qaeda
    ar: تنظيم القاعدة | شبكة القاعدة | قاعدة الجهاد | تنظيم قاعدة الجهاد
    en: al-Qaeda | al-Qaida | al Qaeda | al Qaida | al-Qa'ida | Al Qaeda network
    code: IMGMUSALQ
    note: bare "القاعدة" left out: after article stripping it matches every "قاعدة" (military base, rule)

org aqap
    ar: تنظيم القاعدة في جزيرة العرب | القاعدة في جزيرة العرب | تنظيم القاعدة في اليمن | القاعدة في اليمن
    en: AQAP | al-Qaeda in the Arabian Peninsula | al-Qaida in the Arabian Peninsula
    code: IMGMUSALQ

org aqim
    ar: تنظيم القاعدة في بلاد المغرب الإسلامي | القاعدة في بلاد المغرب الإسلامي | القاعدة في المغرب الإسلامي
    ar: الجماعة السلفية للدعوة والقتال
    en: AQIM | al-Qaeda in the Islamic Maghreb | al-Qaida in the Islamic Maghreb
    en: GSPC | Salafist Group for Preaching and Combat
    code: DZAREB ..2007-01-23
    code: IMGMUSALQ
    note: the GSPC renamed itself AQIM in January 2007

org aqi
    ar: القاعدة في بلاد الرافدين | تنظيم القاعدة في بلاد الرافدين | تنظيم القاعدة في العراق | القاعدة في العراق
    en: AQI | al-Qaeda in Iraq | al-Qaida in Iraq
    code: IMGMUSALQ

org aqis
    ar: القاعدة في شبه القارة الهندية | تنظيم القاعدة في شبه القارة الهندية
    en: AQIS | al-Qaeda in the Indian Subcontinent
    code: IMGMUSALQ

org jnim
    ar: جماعة نصرة الإسلام والمسلمين | نصرة الإسلام والمسلمين
    en: JNIM | Group for the Support of Islam and Muslims | Jama'at Nasr al-Islam wal Muslimin
    en: Jama'at Nusrat al-Islam wal-Muslimin | Jamaat Nusrat al-Islam wal-Muslimin | Group to Support Islam and Muslims
    code: IMGMUSALQ

org hurras-al-din
    ar: حراس الدين | تنظيم حراس الدين
    en: Hurras al-Din | Hurras al-Deen
    code: IMGMUSALQ

org al-shabaab
    ar: حركة الشباب | حركة الشباب المجاهدين | الشباب المجاهدين | حركة الشباب الصومالية
    en: al-Shabaab | al-Shabab | Harakat al-Shabaab al-Mujahideen | Shabaab | Shabab | al-Shebab | Harakat al-Shabab
    code: IMGMUS
    note: brief: transnational IMG; the gold may list ["SOM","IMG"]. Bare "الشباب" (youth) left out

org boko-haram
    ar: بوكو حرام | جماعة بوكو حرام | جماعة أهل السنة للدعوة والجهاد
    en: Boko Haram | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad
    code: IMGMUS
    note: brief: transnational IMG (Nigeria, Niger, Chad, Cameroon); Phoenix codes NGAREB; the gold may list ["NGA","IMG"]


# ============================================================================================
# Afghanistan, Pakistan
# ============================================================================================

org taliban
    ar: طالبان | حركة طالبان | طالبان الأفغانية | حركة طالبان الأفغانية | الإمارة الإسلامية | إمارة أفغانستان الإسلامية
    en: Taliban | Taleban | Afghan Taliban | Islamic Emirate of Afghanistan | Islamic Emirate
    code: AFGREB ..1996-09-26
    code: AFGGOV 1996-09-27..2001-12-07
    code: AFGINS 2001-12-08..2021-08-14
    code: AFGGOV 2021-08-15..
    note: took Kabul 1996-09-27, lost Kandahar 2001-12-07, took Kabul again 2021-08-15

org haqqani-network
    ar: شبكة حقاني
    en: Haqqani network
    code: AFGINS ..2021-08-14
    code: AFGGOV 2021-08-15..

org pakistani-taliban
    ar: حركة طالبان باكستان | طالبان باكستان | طالبان الباكستانية | حركة طالبان الباكستانية
    en: Pakistani Taliban | Tehrik-i-Taliban Pakistan | Tehreek-e-Taliban Pakistan | TTP
    code: PAKREB

org lashkar-e-taiba
    ar: عسكر طيبة | لشكر طيبة | جماعة عسكر طيبة
    en: Lashkar-e-Taiba | Lashkar-e-Toiba | LeT
    code: PAKREB
    note: Pakistan-based, attacks mainly in India; Phoenix SASREB

org pakistan-isi
    en: Inter-Services Intelligence | Pakistani intelligence agency ISI
    ar: الاستخبارات الباكستانية | المخابرات الباكستانية | وكالة الاستخبارات الباكستانية
    code: PAKSPY
    note: bare "ISI" left out (Islamic State of Iraq)

org afghanistan-national-unity-government
    ar: حكومة الوحدة الوطنية الأفغانية | حكومة الوحدة الوطنية في أفغانستان
    en: Afghan National Unity Government
    code: AFGGOV
    note: Ghani-Abdullah government 2014-2020; the longer name wins over the bare Libyan one


# ============================================================================================
# Palestine
# ============================================================================================

org hamas
    ar: حماس | حركة حماس | حركة المقاومة الإسلامية | حركة المقاومة الإسلامية حماس
    en: Hamas | Islamic Resistance Movement
    code: PSEREB
    note: coding guide: Hamas -> PSE. Hamas governs Gaza since 2007-06-14; "حكومة حماس" / "حكومة غزة" are GOV agents with a genitive

org qassam-brigades
    ar: كتائب القسام | كتائب عز الدين القسام | كتائب الشهيد عز الدين القسام
    en: Qassam Brigades | Izz ad-Din al-Qassam Brigades | Izz al-Din al-Qassam Brigades | al-Qassam Brigades
    code: PSEREB

org palestinian-islamic-jihad
    ar: حركة الجهاد الإسلامي | الجهاد الإسلامي | حركة الجهاد الإسلامي في فلسطين | الجهاد الإسلامي الفلسطيني
    en: Palestinian Islamic Jihad | Islamic Jihad | PIJ | Islamic Jihad Movement in Palestine
    code: PSEREB

org al-quds-brigades
    ar: سرايا القدس
    en: al-Quds Brigades | Saraya al-Quds
    code: PSEREB

org fatah
    ar: حركة فتح | حركة التحرير الوطني الفلسطيني | حركة فتح الفلسطينية
    en: Fatah | Fateh
    code: PSEREB ..1993-09-12
    code: PSEPTY 1993-09-13..
    note: bare "فتح" (the verb "opened") left out; ruling party of the Palestinian Authority after Oslo (1993-09-13)

org al-aqsa-martyrs-brigades
    ar: كتائب شهداء الأقصى
    en: Al-Aqsa Martyrs' Brigades | al-Aqsa Martyrs Brigades | Al-Aqsa Martyrs Brigade
    code: PSEREB

org plo
    ar: منظمة التحرير الفلسطينية | منظمة التحرير | اللجنة التنفيذية لمنظمة التحرير
    en: Palestine Liberation Organization | Palestine Liberation Organisation | PLO
    code: PSEREB ..1993-09-12
    code: PSEGOV 1993-09-13..

org palestinian-authority
    ar: السلطة الفلسطينية | السلطة الوطنية الفلسطينية | الرئاسة الفلسطينية | حكومة السلطة الفلسطينية
    en: Palestinian Authority | Palestinian National Authority | Palestinian presidency
    code: PSEGOV

org palestinian-resistance
    ar: المقاومة الفلسطينية | فصائل المقاومة الفلسطينية | الفصائل الفلسطينية | فصائل المقاومة في غزة
    en: Palestinian factions | Palestinian armed factions | Palestinian resistance
    code: PSEREB
    note: bare "المقاومة" is not an agent (masdar "resisting": "مقاومة الاحتلال")

org pflp
    ar: الجبهة الشعبية لتحرير فلسطين
    en: PFLP | Popular Front for the Liberation of Palestine
    code: PSEREB

org pflp-gc
    ar: الجبهة الشعبية لتحرير فلسطين القيادة العامة | الجبهة الشعبية القيادة العامة
    en: PFLP-GC | Popular Front for the Liberation of Palestine-General Command
    code: PSEREB

org dflp
    ar: الجبهة الديمقراطية لتحرير فلسطين
    en: DFLP | Democratic Front for the Liberation of Palestine
    code: PSEREB

org popular-resistance-committees
    ar: لجان المقاومة الشعبية | ألوية الناصر صلاح الدين
    en: Popular Resistance Committees | al-Nasser Salah al-Deen Brigades
    code: PSEREB

org lions-den
    ar: عرين الأسود | مجموعة عرين الأسود
    en: Lions' Den | Lion's Den group
    code: PSEREB

org jenin-brigade
    ar: كتيبة جنين
    en: Jenin Brigade | Jenin Battalion
    code: PSEREB

org palestinian-national-unity-government
    ar: حكومة الوحدة الوطنية الفلسطينية
    en: Palestinian national unity government
    code: PSEGOV


# ============================================================================================
# Israel: named state bodies, parties, and the epithets of Arabic reporting
# ============================================================================================

org knesset
    ar: الكنيست | الكنيست الإسرائيلي
    en: Knesset
    code: ISRLEG

org mossad
    ar: الموساد | جهاز الموساد
    en: Mossad
    code: ISRSPY

org shin-bet
    ar: الشاباك | الشين بيت | جهاز الشاباك | جهاز الأمن العام الإسرائيلي | جهاز الأمن العام الإسرائيلي الشاباك
    en: Shin Bet | Shabak | Israel Security Agency
    code: ISRSPY

org idf
    ar: جيش الدفاع الإسرائيلي | تساحال
    en: IDF | Israel Defense Forces | Israeli Defense Forces | Israel Defence Forces
    code: ISRMIL

org israeli-security-cabinet
    ar: الكابينت | الكابينيت | المجلس الوزاري المصغر | المجلس الوزاري الأمني المصغر | المجلس الوزاري المصغر للشؤون الأمنية والسياسية
    en: Israeli security cabinet
    code: ISRGOV

org cogat
    ar: منسق أعمال الحكومة الإسرائيلية في المناطق | منسق أعمال الحكومة في المناطق
    en: COGAT | Coordinator of Government Activities in the Territories
    code: ISRGOV

org israeli-occupation-forces
    # the usual wording of Palestinian and pan-Arab reporting; it always means Israel there
    ar: الاحتلال | قوات الاحتلال | جيش الاحتلال | جنود الاحتلال | قوات الاحتلال الإسرائيلي | جيش الاحتلال الإسرائيلي
    ar: آليات الاحتلال | طائرات الاحتلال | مدفعية الاحتلال | بوارج الاحتلال
    en: Israeli occupation forces | occupation forces
    code: ISRMIL
    note: "الاحتلال التركي/الأمريكي/الروسي" exist (Kurdish, Iraqi, Ukrainian framing); a following foreign nisba should override this match in the matcher

org israeli-occupation-authorities
    ar: سلطات الاحتلال | حكومة الاحتلال | دولة الاحتلال | سلطات الاحتلال الإسرائيلي | حكومة الاحتلال الإسرائيلي
    en: Israeli occupation authorities | occupation authorities
    code: ISRGOV

org israeli-occupation-police
    ar: شرطة الاحتلال | شرطة الاحتلال الإسرائيلي | مخابرات الاحتلال
    en: Israeli occupation police
    code: ISRCOP

org israeli-settlers
    # not an organisation: a group with a fixed country (listed here because an agent cannot carry one)
    ar: المستوطنون | المستوطنين | مستوطن | المستعمرون | المستعمرين | عصابات المستوطنين | مليشيات المستوطنين
    en: Israeli settlers | settlers | settler | Jewish settlers
    code: ISRCVL

org likud
    ar: الليكود | حزب الليكود
    en: Likud | Likud party
    code: ISRPTY

org yesh-atid
    ar: يش عتيد | يوجد مستقبل | حزب يش عتيد
    en: Yesh Atid
    code: ISRPTY

org shas
    ar: حزب شاس | شاس
    en: Shas | Shas party
    code: ISRPTY

org otzma-yehudit
    ar: عوتسما يهوديت | حزب القوة اليهودية | عوتسما يهوديت القوة اليهودية
    en: Otzma Yehudit | Jewish Power party
    code: ISRPTY


# ============================================================================================
# Lebanon
# ============================================================================================

org hezbollah
    ar: حزب الله | حزب الله اللبناني | المقاومة الإسلامية في لبنان | المقاومة اللبنانية
    en: Hezbollah | Hizbollah | Hizbullah | Hizballah | Hezballah | Islamic Resistance in Lebanon
    code: LBNREB
    note: Iraqi "كتائب حزب الله" and "حركة حزب الله النجباء" are separate records (longer match)

org amal-movement
    ar: حركة أمل | أفواج المقاومة اللبنانية
    en: Amal Movement
    code: LBNPTY
    note: bare "أمل" (hope) left out

org free-patriotic-movement
    ar: التيار الوطني الحر
    en: Free Patriotic Movement
    code: LBNPTY

org lebanese-forces-party
    ar: حزب القوات اللبنانية
    en: Lebanese Forces party
    code: LBNPTY
    note: bare "القوات اللبنانية" is also "the Lebanese forces" (army); left to agent + nisba (same country)

org future-movement
    ar: تيار المستقبل
    en: Future Movement
    code: LBNPTY

org baabda-palace
    ar: قصر بعبدا
    en: Baabda Palace | Baabda
    code: LBNGOV

org grand-serail
    ar: السراي الحكومي | السرايا الحكومية | السراي الكبير
    en: Grand Serail
    code: LBNGOV

org ain-el-tineh
    ar: عين التينة
    en: Ain el-Tineh
    code: LBNLEG
    note: residence of the Speaker of parliament


# ============================================================================================
# Syria
# ============================================================================================

org syrian-arab-army
    ar: الجيش العربي السوري | قوات الجيش العربي السوري
    en: Syrian Arab Army | SAA
    code: SYRMIL

org hayat-tahrir-al-sham
    ar: هيئة تحرير الشام | تحرير الشام
    en: Hayat Tahrir al-Sham | HTS | Hay'at Tahrir al-Sham | Tahrir al-Sham
    code: SYRREB ..2024-12-07
    code: SYRGOV 2024-12-08..
    note: took Damascus 2024-12-08 and formed the new government; dissolved into the state 2025-01-29

org nusra-front
    ar: جبهة النصرة | جبهة النصرة لأهل الشام | جبهة فتح الشام
    en: al-Nusra Front | Nusra Front | Jabhat al-Nusra | Jabhat al-Nusrah | Jabhat Fateh al-Sham | Jabhat Fatah al-Sham
    code: SYRREB
    note: al-Qaeda's Syrian branch 2012-2016; Phoenix SYRREBMUS; the gold may list ["SYR","IMG"]

org ahrar-al-sham
    ar: أحرار الشام | حركة أحرار الشام | حركة أحرار الشام الإسلامية
    en: Ahrar al-Sham | Ahrar ash-Sham
    code: SYRREB

org jaysh-al-islam
    ar: جيش الإسلام
    en: Jaysh al-Islam | Jaish al-Islam
    code: SYRREB
    note: the Syrian (Ghouta) group; a small Gaza group shares the name

org free-syrian-army
    ar: الجيش السوري الحر | الجيش الحر
    en: Free Syrian Army | FSA
    code: SYRREB

org syrian-national-army
    ar: الجيش الوطني السوري | فصائل الجيش الوطني السوري
    en: Syrian National Army | Turkish-backed Syrian National Army
    code: SYRREB
    note: Turkish-backed rebel coalition; acronym SNA left out (Somali National Army)

org sdf
    ar: قوات سوريا الديمقراطية | قسد
    en: Syrian Democratic Forces | SDF
    code: SYRREB
    note: "SDF" is also Japan's Self-Defense Forces in English news

org ypg
    ar: وحدات حماية الشعب | وحدات حماية الشعب الكردية | الوحدات الكردية
    en: YPG | People's Protection Units | Kurdish People's Protection Units
    code: SYRREB

org ypj
    ar: وحدات حماية المرأة
    en: YPJ | Women's Protection Units
    code: SYRREB

org pyd
    ar: حزب الاتحاد الديمقراطي | حزب الاتحاد الديمقراطي الكردي
    en: PYD | Democratic Union Party
    code: SYRREB

org aanes
    ar: الإدارة الذاتية لشمال وشرق سوريا | الإدارة الذاتية الكردية | الإدارة الذاتية الديمقراطية لشمال وشرق سوريا
    en: AANES | Autonomous Administration of North and East Syria | Kurdish-led autonomous administration
    code: SYRREB
    note: bare "الإدارة الذاتية" (self-rule) left out

org syrian-national-coalition
    ar: الائتلاف الوطني السوري | الائتلاف الوطني لقوى الثورة والمعارضة السورية | ائتلاف المعارضة السورية
    en: Syrian National Coalition | National Coalition for Syrian Revolutionary and Opposition Forces | Syrian opposition coalition
    code: SYROPP

org syrian-national-council
    ar: المجلس الوطني السوري
    en: Syrian National Council
    code: SYROPP

org syrian-negotiations-commission
    ar: هيئة التفاوض السورية | الهيئة العليا للمفاوضات | هيئة التفاوض لقوى الثورة والمعارضة السورية
    en: Syrian Negotiations Commission | Syrian Negotiation Commission | High Negotiations Committee | HNC
    code: SYROPP


# ============================================================================================
# Iraq
# ============================================================================================

org popular-mobilization-forces
    ar: الحشد الشعبي | هيئة الحشد الشعبي | قوات الحشد الشعبي | فصائل الحشد الشعبي
    en: Popular Mobilization Forces | Popular Mobilisation Forces | Popular Mobilization Units | PMF | PMU | Hashd al-Shaabi
    code: IRQMIL
    note: state-sanctioned since 2016; bare "الحشد" (build-up) left out

org kataib-hezbollah
    ar: كتائب حزب الله | كتائب حزب الله العراقية | كتائب حزب الله في العراق
    en: Kataib Hezbollah | Kata'ib Hezbollah | Kata'ib Hizballah
    code: IRQREB

org asaib-ahl-al-haq
    ar: عصائب أهل الحق | العصائب
    en: Asaib Ahl al-Haq | Asa'ib Ahl al-Haq
    code: IRQREB

org harakat-al-nujaba
    ar: حركة النجباء | النجباء | حركة حزب الله النجباء
    en: Harakat al-Nujaba | Nujaba movement
    code: IRQREB

org kataib-sayyid-al-shuhada
    ar: كتائب سيد الشهداء
    en: Kataib Sayyid al-Shuhada
    code: IRQREB

org islamic-resistance-in-iraq
    ar: المقاومة الإسلامية في العراق | المقاومة العراقية | فصائل المقاومة العراقية
    en: Islamic Resistance in Iraq
    code: IRQREB

org badr-organization
    ar: منظمة بدر | فيلق بدر
    en: Badr Organization | Badr Organisation | Badr Brigade | Badr Corps
    code: IRQMIL

org sadrist-movement
    ar: التيار الصدري | الكتلة الصدرية
    en: Sadrist movement | Sadrist bloc
    code: IRQPTY

org mahdi-army
    ar: جيش المهدي
    en: Mahdi Army
    code: IRQREB
    note: Sadrist militia 2003-2008

org saraya-al-salam
    ar: سرايا السلام
    en: Saraya al-Salam | Peace Brigades
    code: IRQREB

org peshmerga
    ar: البيشمركة | البشمركة | قوات البيشمركة
    en: Peshmerga | Kurdish Peshmerga
    code: IRQMIL
    note: forces of the Kurdistan Region of Iraq

org kurdistan-regional-government
    ar: حكومة إقليم كردستان | حكومة إقليم كردستان العراق | رئاسة إقليم كردستان
    en: Kurdistan Regional Government | KRG
    code: IRQGOV

org kdp
    ar: الحزب الديمقراطي الكردستاني
    en: Kurdistan Democratic Party | KDP
    code: IRQPTY

org puk
    ar: الاتحاد الوطني الكردستاني
    en: Patriotic Union of Kurdistan | PUK
    code: IRQPTY


# ============================================================================================
# Iran
# ============================================================================================

org supreme-leader-of-iran
    # an office rather than an organisation; "المرشد العام" (Muslim Brotherhood) is not listed here
    ar: المرشد الأعلى | المرشد الأعلى للثورة الإسلامية | مرشد الثورة | مرشد الثورة الإسلامية | مرشد الجمهورية الإسلامية | الولي الفقيه
    en: Supreme Leader of Iran | Iran's Supreme Leader | Iranian Supreme Leader
    code: IRNGOV

org irgc
    ar: الحرس الثوري | الحرس الثوري الإيراني | حرس الثورة | حرس الثورة الإسلامية | الحرس الثوري الإسلامي | قوات الحرس الثوري
    en: IRGC | Revolutionary Guards | Revolutionary Guard | Islamic Revolutionary Guard Corps | Revolutionary Guard Corps | Iranian Revolutionary Guard Corps
    code: IRNMIL

org quds-force
    ar: فيلق القدس
    en: Quds Force | Qods Force
    code: IRNMIL

org basij
    ar: الباسيج | البسيج | قوات الباسيج
    en: Basij | Basij militia
    code: IRNMIL

org guardian-council
    ar: مجلس صيانة الدستور
    en: Guardian Council | Council of Guardians
    code: IRNGOV

org expediency-council
    ar: مجمع تشخيص مصلحة النظام
    en: Expediency Council | Expediency Discernment Council
    code: IRNGOV

org assembly-of-experts
    ar: مجلس خبراء القيادة | مجلس الخبراء
    en: Assembly of Experts
    code: IRNGOV

org iranian-majlis
    ar: مجلس الشورى الإسلامي
    en: Islamic Consultative Assembly | Iranian parliament
    code: IRNLEG
    note: bare "مجلس الشورى" is a LEG agent (Saudi, Omani, Qatari, Bahraini councils)

org kdpi
    ar: الحزب الديمقراطي الكردستاني الإيراني
    en: KDPI | Democratic Party of Iranian Kurdistan
    code: IRNREB

org pjak
    ar: حزب الحياة الحرة الكردستاني | بيجاك
    en: PJAK | Free Life Party of Kurdistan
    code: IRNREB

org mek
    ar: منظمة مجاهدي خلق | مجاهدي خلق | مجاهدو خلق | منظمة مجاهدي خلق الإيرانية
    en: MEK | MKO | Mujahedin-e Khalq | People's Mojahedin Organization of Iran | People's Mujahedin of Iran
    code: IRNOPP
    note: exiled armed opposition; Phoenix INTREB

org jaish-al-adl
    ar: جيش العدل | جماعة جيش العدل
    en: Jaish al-Adl | Jaysh al-Adl
    code: IRNREB


# ============================================================================================
# Turkey, Kurds
# ============================================================================================

org pkk
    ar: حزب العمال الكردستاني | العمال الكردستاني | بي كا كا | بي كي كي
    en: PKK | Kurdistan Workers' Party | Kurdistan Workers Party
    code: TURREB
    note: coded TURREB (Phoenix), not IMG: a Turkish insurgency also active in northern Iraq

org akp
    ar: حزب العدالة والتنمية التركي | حزب العدالة والتنمية الحاكم في تركيا
    en: AKP | AK Party | Justice and Development Party of Turkey
    code: TURPTY
    note: bare "حزب العدالة والتنمية" left out (Moroccan PJD shares the name)

org chp
    ar: حزب الشعب الجمهوري
    en: CHP | Republican People's Party
    code: TUROPP

org turkish-mit
    ar: جهاز الاستخبارات التركي | جهاز الاستخبارات الوطنية التركي | جهاز المخابرات التركي
    en: National Intelligence Organization | Turkish National Intelligence Organization
    code: TURSPY
    note: acronym MIT left out (university)


# ============================================================================================
# Yemen
# ============================================================================================

org houthis
    ar: الحوثيون | الحوثيين | الحوثي | الحوثية | جماعة الحوثي | جماعة الحوثيين | حركة الحوثيين | الحركة الحوثية
    ar: أنصار الله | جماعة أنصار الله | حركة أنصار الله
    ar: ميليشيا الحوثي | مليشيا الحوثي | ميليشيات الحوثي | مليشيات الحوثي | ميليشيا الحوثيين | مليشيات الحوثيين
    en: Houthis | Houthi | Houthi rebels | Houthi movement | Huthis | Huthi | Ansar Allah | Ansarullah
    en: Ansarallah
    code: YEMREB

org southern-transitional-council
    ar: المجلس الانتقالي الجنوبي | الانتقالي الجنوبي
    en: Southern Transitional Council | STC
    code: YEMREB
    note: southern separatists; part of the Presidential Leadership Council since 2022. Bare "المجلس الانتقالي" left out (Sudan, Libya, Chad)

org yemen-presidential-leadership-council
    ar: مجلس القيادة الرئاسي | مجلس القيادة الرئاسي اليمني
    en: Presidential Leadership Council
    code: YEMGOV
    note: formed 2022-04-07

org security-belt-forces
    ar: قوات الحزام الأمني | ألوية الحزام الأمني
    en: Security Belt Forces
    code: YEMREB

org giants-brigades
    ar: ألوية العمالقة | قوات العمالقة
    en: Giants Brigades | Giants Brigade
    code: YEMMIL

org islah-party
    ar: التجمع اليمني للإصلاح | حزب التجمع اليمني للإصلاح
    en: Islah party | Yemeni Congregation for Reform
    code: YEMPTY


# ============================================================================================
# Egypt, North Africa
# ============================================================================================

org muslim-brotherhood
    ar: جماعة الإخوان المسلمين | الإخوان المسلمين | الإخوان المسلمون | الإخوان | جماعة الإخوان | مرشد الإخوان | مرشد جماعة الإخوان
    en: Muslim Brotherhood | the Brotherhood
    code: EGYGOV 2012-06-30..2013-07-03
    code: EGYOPP
    note: coded as the Egyptian Brotherhood; ruled through Mohamed Morsi 2012-06-30..2013-07-03. Branches elsewhere (Jordan, Syria) share the name

org freedom-and-justice-party
    ar: حزب الحرية والعدالة
    en: Freedom and Justice Party
    code: EGYPTY

org hasm-movement
    ar: حركة حسم
    en: Hasm | Hasm movement
    code: EGYREB

org scaf
    ar: المجلس الأعلى للقوات المسلحة | المجلس الأعلى للقوات المسلحة المصرية
    en: Supreme Council of the Armed Forces | SCAF
    code: EGYMIL

org al-azhar
    ar: الأزهر الشريف | مشيخة الأزهر | شيخ الأزهر | مؤسسة الأزهر
    en: Al-Azhar | al-Azhar institution | Grand Imam of al-Azhar
    code: EGYREL
    note: bare "الأزهر" left out (Al-Azhar University in Gaza)

org ittihadiya-palace
    ar: قصر الاتحادية
    en: Ittihadiya Palace | Heliopolis Palace
    code: EGYGOV

org libyan-national-army
    ar: الجيش الوطني الليبي | قوات حفتر | قوات خليفة حفتر | قوات القيادة العامة | القيادة العامة للقوات المسلحة الليبية
    en: Libyan National Army | LNA | Libyan Arab Armed Forces | LAAF | Haftar's forces | Haftar forces
    code: LBYMIL

org government-of-national-accord
    ar: حكومة الوفاق الوطني | حكومة الوفاق | حكومة الوفاق الوطني الليبية | قوات حكومة الوفاق
    en: Government of National Accord | GNA | Libyan Government of National Accord
    code: LBYGOV
    note: Tripoli government 2016-03-30..2021-03-15 (then the Government of National Unity)

org libya-high-council-of-state
    ar: المجلس الأعلى للدولة | المجلس الأعلى للدولة الليبي
    en: High Council of State
    code: LBYGOV
    note: Libyan advisory chamber (2016-); Algeria's HCS of 1992 shares the name

org ugtt
    ar: الاتحاد العام التونسي للشغل
    en: UGTT | Tunisian General Labour Union | Tunisian General Labor Union
    code: TUNLAB

org ennahda
    ar: حركة النهضة | حزب حركة النهضة | حركة النهضة التونسية
    en: Ennahda | Ennahdha | Ennahda party
    code: TUNPTY
    note: bare "النهضة" left out (renaissance; the Ethiopian dam "سد النهضة")

org carthage-palace
    ar: قصر قرطاج
    en: Carthage Palace
    code: TUNGOV

org el-mouradia-palace
    ar: قصر المرادية
    en: El Mouradia Palace
    code: DZAGOV

org fln-algeria
    ar: جبهة التحرير الوطني الجزائرية | حزب جبهة التحرير الوطني
    en: National Liberation Front of Algeria | FLN party
    code: DZAPTY

org polisario
    ar: جبهة البوليساريو | البوليساريو | البوليزاريو
    en: Polisario Front | Polisario
    code: ESHREB
    note: Western Sahara independence movement; ISO code ESH

org mnla
    ar: الحركة الوطنية لتحرير أزواد | حركة تحرير أزواد
    en: MNLA | National Movement for the Liberation of Azawad
    code: MLIREB

org islamic-action-front
    ar: جبهة العمل الإسلامي | حزب جبهة العمل الإسلامي
    en: Islamic Action Front
    code: JOROPP

org al-wefaq
    ar: جمعية الوفاق | جمعية الوفاق الوطني الإسلامية
    en: Al-Wefaq | al-Wefaq National Islamic Society
    code: BHROPP

org al-yamamah-palace
    ar: قصر اليمامة
    en: Al-Yamamah Palace
    code: SAUGOV

org jordan-royal-hashemite-court
    ar: الديوان الملكي الهاشمي
    en: Royal Hashemite Court
    code: JORGOV

org national-salvation-front-tunisia
    ar: جبهة الخلاص الوطني | جبهة الخلاص الوطني المعارضة | جبهة الخلاص الوطني التونسية
    en: National Salvation Front | National Salvation Front of Tunisia
    code: TUNOPP
    note: Tunisian opposition coalition formed in 2022 against President Kais Saied; Sudan's NRF of 2006 had the same Arabic name (rare today)

org libya-gnu
    ar: حكومة الوحدة الوطنية الليبية | حكومة الوحدة الوطنية في ليبيا | حكومة الوحدة الوطنية | حكومة الوحدة الوطنية المعترف بها دوليا
    en: Government of National Unity | GNU
    code: LBYGOV 2021-03-10..
    note: Libyan government of Abdul Hamid Dbeibah (Tripoli) since March 2021, what the bare name means in today's news; the Afghan (2014-2020) and Palestinian (2007) unity governments have their own longer names

org libya-gns
    ar: حكومة الاستقرار الوطني | حكومة الاستقرار الوطني الليبية
    en: Government of National Stability
    code: LBYGOV
    note: eastern Libyan government appointed by the House of Representatives (2022-)

org libya-stability-support-apparatus
    ar: جهاز دعم الاستقرار | جهاز دعم الاستقرار الليبي
    en: Stability Support Apparatus | SSA
    code: LBYMIL

org libya-radaa
    ar: قوة الردع الخاصة | جهاز الردع | جهاز الردع لمكافحة الجريمة المنظمة والإرهاب
    en: Radaa | Special Deterrence Force | Rada'a
    note: Tripoli force; bare قوات الردع left out (the Arab Deterrent Force in Lebanon, 1976)
    code: LBYMIL

org libya-444-brigade
    ar: اللواء 444 قتال | اللواء 444
    en: 444 Brigade | 444th Brigade
    code: LBYMIL

org libya-presidential-council
    ar: المجلس الرئاسي الليبي
    en: Libyan Presidential Council
    code: LBYGOV

org mali-junta
    ar: المجلس العسكري في مالي | المجلس العسكري الحاكم في مالي | المجلس العسكري المالي | السلطات الانتقالية في مالي | الحكومة الانتقالية في مالي | الحكومة المالية
    en: Malian junta | Mali's junta | Malian transitional government
    code: MLIGOV
    note: bare مالي / المالي / المالية are left out (financial); only unambiguous phrases

org mali-armed-forces
    ar: الجيش المالي | القوات المسلحة المالية | جيش مالي | القوات المالية
    en: Malian army | Malian Armed Forces | FAMa
    code: MLIMIL


# ============================================================================================
# Sudan, Horn of Africa
# ============================================================================================

org rapid-support-forces
    ar: قوات الدعم السريع | الدعم السريع | مليشيا الدعم السريع | ميليشيا الدعم السريع | مليشيات الدعم السريع | ميليشيات الدعم السريع
    en: Rapid Support Forces | RSF | Rapid Support Force
    code: SDNMIL ..2023-04-14
    code: SDNREB 2023-04-15..
    note: state paramilitary until the war with the army began 2023-04-15

org janjaweed
    ar: الجنجويد | الجنجاويد
    en: Janjaweed | Janjawid
    code: SDNMIL

org sovereignty-council
    ar: مجلس السيادة | مجلس السيادة الانتقالي | مجلس السيادة السوداني
    en: Sovereignty Council | Sovereign Council | Transitional Sovereignty Council
    code: SDNGOV
    note: formed 2019-08-20

org splm-north
    ar: الحركة الشعبية لتحرير السودان شمال | الحركة الشعبية شمال | الحركة الشعبية لتحرير السودان قطاع الشمال
    en: SPLM-N | Sudan People's Liberation Movement-North
    code: SDNREB

org splm
    ar: الحركة الشعبية لتحرير السودان | الجيش الشعبي لتحرير السودان
    en: SPLM | Sudan People's Liberation Movement | SPLA | Sudan People's Liberation Army
    code: SDNREB ..2011-07-08
    code: SSDGOV 2011-07-09..
    note: southern rebels until the CPA; ruling party and army of South Sudan from independence (2011-07-09)

org justice-and-equality-movement
    ar: حركة العدل والمساواة | حركة العدل والمساواة السودانية
    en: Justice and Equality Movement | JEM
    code: SDNREB

org sudan-liberation-movement
    ar: حركة تحرير السودان | حركة جيش تحرير السودان
    en: Sudan Liberation Movement | Sudan Liberation Army | SLM | SLA
    code: SDNREB

org forces-of-freedom-and-change
    ar: قوى الحرية والتغيير | تحالف الحرية والتغيير | قوى إعلان الحرية والتغيير
    en: Forces of Freedom and Change | Forces for Freedom and Change | FFC
    code: SDNOPP

org taqaddum
    ar: تنسيقية القوى الديمقراطية المدنية
    en: Taqaddum | Coordination of Civil Democratic Forces
    code: SDNOPP
    note: bare "تقدم" (progress) left out

org tplf
    ar: جبهة تحرير شعب تيغراي | الجبهة الشعبية لتحرير تيغراي | جبهة تحرير تيغراي
    en: TPLF | Tigray People's Liberation Front
    code: ETHGOV 1991-05-28..2018-04-01
    code: ETHREB
    note: led the Ethiopian government 1991-2018 (EPRDF); war with the federal government 2020-2022

org oromo-liberation-army
    ar: جيش تحرير أورومو
    en: Oromo Liberation Army | OLA
    code: ETHREB


# ============================================================================================
# Russia, Ukraine
# ============================================================================================

org kremlin
    ar: الكرملين | قصر الكرملين
    en: Kremlin | the Kremlin
    code: RUSGOV

org state-duma
    ar: مجلس الدوما | الدوما | مجلس الدوما الروسي
    en: State Duma | Duma
    code: RUSLEG

org fsb
    ar: جهاز الأمن الفيدرالي الروسي | جهاز الأمن الفيدرالي | جهاز الأمن الفدرالي الروسي | هيئة الأمن الفيدرالي الروسي
    en: FSB | Federal Security Service
    code: RUSSPY

org wagner-group
    ar: فاغنر | فاجنر | مجموعة فاغنر | مجموعة فاجنر | قوات فاغنر | مرتزقة فاغنر | شركة فاغنر
    en: Wagner Group | Wagner mercenaries | Wagner fighters | Wagner PMC | Wagner private military company
    code: RUSMIL
    note: Russian private military company tied to the state; bare English "Wagner" left out (surname)

org africa-corps
    ar: الفيلق الأفريقي | فيلق أفريقيا
    en: Africa Corps | Russian Africa Corps
    code: RUSMIL
    note: Russian successor of Wagner in Africa (2024-)

org united-russia
    ar: حزب روسيا الموحدة
    en: United Russia
    code: RUSPTY

org verkhovna-rada
    ar: الرادا | الرادا العليا | مجلس الرادا
    en: Verkhovna Rada
    code: UKRLEG

org azov
    ar: كتيبة آزوف | فوج آزوف | لواء آزوف
    en: Azov Battalion | Azov Regiment | Azov Brigade
    code: UKRMIL


# ============================================================================================
# United States
# ============================================================================================

org white-house
    ar: البيت الأبيض
    en: White House | the White House
    code: USAGOV

org pentagon
    ar: البنتاغون | البنتاجون
    en: Pentagon | the Pentagon
    code: USAMIL

org us-state-department
    ar: وزارة الخارجية الأمريكية | وزارة الخارجية الأميركية | الخارجية الأمريكية | الخارجية الأميركية
    en: State Department | US State Department | U.S. State Department | Department of State
    code: USAGOV

org us-treasury
    ar: وزارة الخزانة الأمريكية | وزارة الخزانة الأميركية | الخزانة الأمريكية | الخزانة الأميركية
    en: US Treasury | U.S. Treasury | Treasury Department | US Treasury Department | U.S. Treasury Department
    code: USAGOV

org us-homeland-security
    ar: وزارة الأمن الداخلي الأمريكية | وزارة الأمن الداخلي الأميركية
    en: Department of Homeland Security | DHS
    code: USAGOV

org us-congress
    ar: الكونغرس | الكونجرس | الكونغرس الأمريكي | الكونغرس الأميركي
    en: Congress | US Congress | U.S. Congress | United States Congress
    code: USALEG
    note: English "Congress" is also India's Congress party in South Asian news

org us-senate
    ar: مجلس الشيوخ الأمريكي | مجلس الشيوخ الأميركي
    en: US Senate | U.S. Senate | United States Senate
    code: USALEG

org us-house-of-representatives
    ar: مجلس النواب الأمريكي | مجلس النواب الأميركي
    en: US House of Representatives | U.S. House of Representatives | U.S. House
    code: USALEG

org cia
    ar: وكالة الاستخبارات المركزية الأمريكية | وكالة الاستخبارات المركزية الأميركية | وكالة الاستخبارات المركزية
    ar: وكالة المخابرات المركزية الأمريكية | وكالة المخابرات المركزية | سي آي إيه
    en: CIA | Central Intelligence Agency
    code: USASPY

org fbi
    ar: مكتب التحقيقات الفيدرالي | مكتب التحقيقات الفدرالي | مكتب التحقيقات الاتحادي | إف بي آي
    en: FBI | Federal Bureau of Investigation
    code: USACOP

org us-nsa
    ar: وكالة الأمن القومي الأمريكية | وكالة الأمن القومي الأميركية
    en: National Security Agency
    code: USASPY

org centcom
    ar: القيادة المركزية الأمريكية | القيادة المركزية الأميركية | سنتكوم | القيادة العسكرية المركزية الأمريكية
    en: CENTCOM | US Central Command | U.S. Central Command | United States Central Command
    code: USAMIL

org africom
    ar: أفريكوم | القيادة الأمريكية في أفريقيا | القيادة الأميركية في أفريقيا
    en: AFRICOM | US Africa Command | U.S. Africa Command
    code: USAMIL

org us-fifth-fleet
    ar: الأسطول الخامس الأمريكي | الأسطول الخامس الأميركي | الأسطول الأمريكي الخامس
    en: US Fifth Fleet | U.S. Fifth Fleet | Fifth Fleet
    code: USAMIL

org us-republican-party
    ar: الحزب الجمهوري | الحزب الجمهوري الأمريكي | الجمهوريون | الجمهوريين
    en: Republican Party | GOP | Republicans
    code: USAPTY
    note: "الجمهوريون" can be French Les Républicains; US reading dominates

org us-democratic-party
    ar: الحزب الديمقراطي الأمريكي | الحزب الديمقراطي الأميركي | الديمقراطيون الأمريكيون
    en: US Democrats | U.S. Democrats | Democratic National Committee | US Democratic Party | U.S. Democratic Party
    code: USAPTY
    note: bare "الحزب الديمقراطي" / "الديمقراطيون" / "Democratic Party" / "Democrats" left out (many parties share the name, e.g. Japan's Liberal Democratic Party)


# ============================================================================================
# Europe, Asia: named seats of government and services
# ============================================================================================

org downing-street
    ar: داونينغ ستريت | داوننغ ستريت | داونينج ستريت
    en: Downing Street | Number 10 Downing Street
    code: GBRGOV

org whitehall
    ar: وايتهول
    en: Whitehall
    code: GBRGOV

org uk-foreign-office
    ar: وزارة الخارجية البريطانية | الخارجية البريطانية
    en: Foreign Office | Foreign, Commonwealth and Development Office | FCDO | Foreign and Commonwealth Office
    code: GBRGOV

org mi6
    ar: إم آي 6 | إم آي سيكس | جهاز الاستخبارات البريطاني الخارجي | جهاز الاستخبارات السرية البريطاني
    en: MI6 | Secret Intelligence Service
    code: GBRSPY

org mi5
    ar: إم آي 5 | جهاز الأمن الداخلي البريطاني
    en: MI5
    code: GBRSPY

org elysee
    ar: الإليزيه | قصر الإليزيه
    en: Elysee | Élysée | Elysee Palace | Élysée Palace
    code: FRAGOV

org quai-d-orsay
    ar: الكي دورسيه
    en: Quai d'Orsay
    code: FRAGOV

org matignon
    ar: ماتينيون | قصر ماتينيون
    en: Matignon | Hotel Matignon
    code: FRAGOV

org bundestag
    ar: البوندستاغ | البوندستاج
    en: Bundestag
    code: DEULEG

org chinese-communist-party
    ar: الحزب الشيوعي الصيني
    en: Chinese Communist Party | Communist Party of China | CCP
    code: CHNGOV

org zhongnanhai
    ar: تشونغنانهاي
    en: Zhongnanhai
    code: CHNGOV

org peoples-liberation-army
    ar: جيش التحرير الشعبي الصيني | جيش التحرير الشعبي
    en: People's Liberation Army | PLA | Chinese People's Liberation Army
    code: CHNMIL

org workers-party-of-korea
    ar: حزب العمال الكوري | حزب العمال الكوري الحاكم
    en: Workers' Party of Korea | Korean Workers' Party
    code: PRKGOV

org blue-house
    ar: البيت الأزرق
    en: Blue House | Cheong Wa Dae
    code: KORGOV
    note: South Korean presidential office until 2022

org china-samr
    ar: الهيئة الصينية لتنظيم السوق | الهيئة العامة لتنظيم السوق | إدارة الدولة لتنظيم السوق | الإدارة العامة لتنظيم السوق
    en: State Administration for Market Regulation | SAMR
    code: CHNGOV

org taiwan-affairs-office
    ar: مكتب شؤون تايوان | مكتب شؤون تايوان التابع لمجلس الدولة | مكتب شؤون تايوان الصيني
    en: Taiwan Affairs Office | TAO
    code: CHNGOV

org rohingya
    ar: الروهينغا | الروهينجا | الروهنغيا | أقلية الروهينغا | أقلية الروهينغا المسلمة | مسلمي الروهينغا | مسلمو الروهينغا | لاجئي الروهينغا | لاجئو الروهينغا | أقلية الروهينجا
    en: Rohingya | Rohingya Muslims | Rohingya minority
    code: MMRCVL
    note: Muslim minority of Rakhine state, Myanmar (refugees in Bangladesh keep the Myanmar code)


# ============================================================================================
# Additions 2019-2026: Great Lakes, Sahel, Horn, Asia, Caucasus, Europe, Americas
# ============================================================================================

org m23
    ar: حركة 23 مارس | إم 23 | ام 23 | حركة إم 23 | متمردو إم 23 | متمردي إم 23
    en: M23 | March 23 Movement | M23 rebels | M23 movement | Mouvement du 23 mars
    code: CODREB

org alliance-fleuve-congo
    ar: تحالف نهر الكونغو | تحالف نهر الكونغو إم 23
    en: Alliance Fleuve Congo | Congo River Alliance | AFC-M23
    code: CODREB
    note: political-military alliance led by Corneille Nangaa that includes the M23 (2023-); bare AFC left out

org fdlr
    ar: القوات الديمقراطية لتحرير رواندا
    en: FDLR | Democratic Forces for the Liberation of Rwanda
    code: RWAREB

org allied-democratic-forces
    ar: القوات الديمقراطية المتحالفة | تحالف القوى الديمقراطية
    en: Allied Democratic Forces
    code: UGAREB
    note: Ugandan-origin group in eastern Congo, pledged to the Islamic State (ISCAP); acronym ADF left out (Australian Defence Force)

org codeco
    ar: كوديكو | ميليشيا كوديكو
    en: CODECO | Cooperative for the Development of Congo
    code: CODREB

org fardc
    ar: القوات المسلحة لجمهورية الكونغو الديمقراطية
    en: FARDC | Armed Forces of the Democratic Republic of the Congo
    code: CODMIL

org myanmar-national-unity-government
    ar: حكومة الوحدة الوطنية في ميانمار | حكومة الوحدة الوطنية الميانمارية | حكومة الوحدة الوطنية في بورما
    en: National Unity Government of Myanmar | Myanmar's National Unity Government | Myanmar National Unity Government | NUG
    code: MMROPP
    note: parallel government formed by ousted lawmakers in April 2021

org myanmar-peoples-defence-force
    ar: قوات الدفاع الشعبي في ميانمار | قوات الدفاع الشعبية في ميانمار
    en: People's Defence Force | People's Defense Force | People's Defence Forces | People's Defense Forces
    code: MMRREB
    note: armed wing of the National Unity Government; acronym PDF left out

org myanmar-junta
    ar: المجلس العسكري في ميانمار | المجلس العسكري الحاكم في ميانمار | المجلس العسكري في بورما | المجلس العسكري البورمي | المجلس العسكري الميانماري
    en: Myanmar junta | Myanmar's junta | Myanmar military junta | State Administration Council | Burmese junta
    code: MMRGOV
    note: the military government from the coup of 2021-02-01

org tatmadaw
    ar: الجيش الميانماري | جيش ميانمار | الجيش البورمي | جيش بورما
    en: Tatmadaw | Myanmar military | Myanmar's military | Myanmar army | Burmese military
    code: MMRMIL

org arakan-army
    ar: جيش أراكان | جيش أراكان المتمرد
    en: Arakan Army
    code: MMRREB

org kachin-independence-army
    ar: جيش استقلال كاتشين
    en: Kachin Independence Army
    code: MMRREB

org three-brotherhood-alliance
    ar: تحالف الإخوة الثلاثة
    en: Three Brotherhood Alliance
    code: MMRREB

org georgian-dream
    ar: الحلم الجورجي | حزب الحلم الجورجي
    en: Georgian Dream | Georgian Dream party | Georgian Dream-Democratic Georgia
    code: GEOGOV 2012-10-25..
    code: GEOPTY
    note: governing party from 2012-10-25

org united-national-movement
    ar: الحركة الوطنية المتحدة | حزب الحركة الوطنية المتحدة
    en: United National Movement
    code: GEOGOV 2004-01-25..2012-10-24
    code: GEOOPP
    note: Saakashvili's party

org fidesz
    ar: فيدس | حزب فيدس
    en: Fidesz | Fidesz party
    code: HUNGOV 1998-07-06..2002-05-27
    code: HUNGOV 2010-05-29..
    code: HUNOPP

org tisza-party
    ar: حزب تيسا
    en: Tisza party | Tisza Party | Respect and Freedom Party
    code: HUNOPP
    note: bare Tisza left out (a river)

org afd
    ar: حزب البديل من أجل ألمانيا | البديل من أجل ألمانيا
    en: AfD | Alternative for Germany | Alternative für Deutschland | Alternative fur Deutschland
    code: DEUOPP

org rassemblement-national
    ar: حزب التجمع الوطني الفرنسي | التجمع الوطني الفرنسي | حزب التجمع الوطني اليميني المتطرف
    en: National Rally | Rassemblement National | French National Rally
    code: FRAOPP
    note: bare "التجمع الوطني" left out (many parties)

org reform-uk
    ar: حزب الإصلاح البريطاني | حزب ريفورم يو كيه
    en: Reform UK | Reform UK party
    code: GBROPP

org pti
    ar: حركة الإنصاف الباكستانية | حركة إنصاف | حزب حركة الإنصاف | حركة الإنصاف
    en: PTI | Pakistan Tehreek-e-Insaf | Tehreek-e-Insaf | Pakistan Tehreek-i-Insaf
    code: PAKGOV 2018-08-18..2022-04-10
    code: PAKOPP
    note: Imran Khan's party

org pml-n
    ar: حزب الرابطة الإسلامية الباكستانية جناح نواز | الرابطة الإسلامية جناح نواز
    en: PML-N | Pakistan Muslim League-Nawaz | Pakistan Muslim League-N
    code: PAKGOV 2013-06-05..2018-05-31
    code: PAKGOV 2022-04-11..2023-08-14
    code: PAKGOV 2024-03-04..
    code: PAKOPP

org balochistan-liberation-army
    ar: جيش تحرير بلوشستان | جيش تحرير بلوشستان الانفصالي
    en: Balochistan Liberation Army | Baloch Liberation Army | BLA
    code: PAKREB

org jaish-e-mohammed
    ar: جيش محمد | جماعة جيش محمد
    en: Jaish-e-Mohammed | Jaish-e-Muhammad | Jaish-e-Mohammad
    code: PAKREB

org the-resistance-front
    en: The Resistance Front | TRF
    code: PAKREB
    note: Kashmir militant group, a Lashkar-e-Taiba offshoot; claimed the Pahalgam attack of 2025-04-22; Arabic "جبهة المقاومة" left out (generic)

org awami-league
    ar: رابطة عوامي | حزب رابطة عوامي
    en: Awami League | Bangladesh Awami League
    code: BGDGOV 1996-06-23..2001-07-15
    code: BGDGOV 2009-01-06..2024-08-05
    code: BGDOPP

org bangladesh-nationalist-party
    ar: الحزب الوطني البنغلاديشي | حزب بنغلاديش الوطني
    en: Bangladesh Nationalist Party | BNP
    code: BGDGOV 2001-10-10..2006-10-29
    code: BGDGOV 2026-02..
    code: BGDOPP
    note: in government again after the election of February 2026 (exact day unverified)

org bjp
    ar: حزب بهاراتيا جاناتا | بهاراتيا جاناتا | الحزب القومي الهندوسي الحاكم
    en: BJP | Bharatiya Janata Party
    code: INDGOV 1998-03-19..2004-05-22
    code: INDGOV 2014-05-26..
    code: INDOPP

org indian-national-congress
    ar: حزب المؤتمر الوطني الهندي | حزب المؤتمر الهندي
    en: Indian National Congress | Congress party
    code: INDGOV 2004-05-22..2014-05-26
    code: INDOPP

org national-resistance-front-afghanistan
    ar: جبهة المقاومة الوطنية الأفغانية | جبهة المقاومة الوطنية في أفغانستان
    en: National Resistance Front of Afghanistan | National Resistance Front | NRF
    code: AFGREB
    note: anti-Taliban front led by Ahmad Massoud (2021-)

org anc
    ar: المؤتمر الوطني الأفريقي | حزب المؤتمر الوطني الأفريقي
    en: ANC | African National Congress
    code: ZAFGOV 1994-05-10..
    code: ZAFOPP

org ipob
    ar: حركة شعب بيافرا الأصلي | شعب بيافرا الأصلي
    en: IPOB | Indigenous People of Biafra
    code: NGAREB

org fano-militia
    ar: ميليشيا فانو | ميليشيات فانو | قوات فانو
    en: Fano militia | Fano militias | Fano fighters | Fano militiamen
    code: ETHREB
    note: Amhara militia fighting the federal government from 2023; bare Fano left out

org tasis-alliance
    ar: تحالف تأسيس | حكومة تأسيس | تحالف السودان التأسيسي
    en: Tasis | Tasis alliance | Sudan Founding Alliance
    code: SDNREB
    note: RSF-led alliance and parallel government (2025-)

org azawad-liberation-front
    ar: جبهة تحرير أزواد
    en: Azawad Liberation Front | Front de Libération de l'Azawad
    en: FLA
    code: MLIREB
    note: Tuareg separatist alliance formed in 2024

org viv-ansanm
    ar: تحالف فيف أنسانم | فيف أنسانم
    en: Viv Ansanm | Viv Ansanm coalition | Viv Ansanm gang coalition
    code: HTICRM

org g9-haiti
    ar: تحالف جي 9 | تحالف العصابات جي 9
    en: G9 gang alliance | G9 an Fanmi | G9 alliance | G9 Family and Allies
    code: HTICRM

org tren-de-aragua
    ar: ترين دي أراغوا | عصابة ترين دي أراغوا | ترين دي أراجوا
    en: Tren de Aragua
    code: VENCRM

org cartel-de-los-soles
    ar: كارتل الشمس | كارتل دي لوس سوليس | كارتل الشموس
    en: Cartel de los Soles | Cartel of the Suns
    code: VENCRM

org psuv
    ar: الحزب الاشتراكي الموحد الفنزويلي | الحزب الاشتراكي الموحد في فنزويلا
    en: PSUV | United Socialist Party of Venezuela
    code: VENGOV

org sinaloa-cartel
    ar: كارتل سينالوا | عصابة سينالوا
    en: Sinaloa Cartel | Sinaloa cartel
    code: MEXCRM

org jalisco-new-generation-cartel
    ar: كارتل خاليسكو الجيل الجديد | كارتل خاليسكو | كارتل جاليسكو
    en: Jalisco New Generation Cartel | CJNG | Jalisco cartel | Jalisco Cartel
    code: MEXCRM

org morena-mexico
    ar: حزب مورينا | حركة التجديد الوطني المكسيكية
    en: Morena party | National Regeneration Movement
    code: MEXGOV 2018-12-01..
    code: MEXPTY

org ms-13
    ar: عصابة إم إس 13 | عصابة مارا سالفاتروتشا | مارا سالفاتروتشا
    en: MS-13 | Mara Salvatrucha | MS13
    code: SLVCRM

org eln-colombia
    ar: جيش التحرير الوطني الكولومبي | جيش التحرير الوطني في كولومبيا
    en: ELN | National Liberation Army of Colombia | Ejército de Liberación Nacional | Ejercito de Liberacion Nacional
    code: COLREB

org farc
    ar: القوات المسلحة الثورية الكولومبية | فارك | القوات المسلحة الثورية لكولومبيا
    en: FARC | Revolutionary Armed Forces of Colombia | FARC dissidents
    code: COLREB

org doge
    ar: وزارة الكفاءة الحكومية | إدارة الكفاءة الحكومية | دائرة الكفاءة الحكومية
    en: DOGE | Department of Government Efficiency
    code: USAGOV

org us-ice
    ar: إدارة الهجرة والجمارك الأمريكية | وكالة الهجرة والجمارك الأمريكية | إدارة الهجرة والجمارك | وكالة الهجرة والجمارك
    en: Immigration and Customs Enforcement | U.S. Immigration and Customs Enforcement | US Immigration and Customs Enforcement
    code: USACOP
    note: bare ICE left out (ordinary word)

org us-supreme-court
    ar: المحكمة العليا الأمريكية | المحكمة العليا الأميركية | المحكمة العليا في الولايات المتحدة
    en: U.S. Supreme Court | US Supreme Court | United States Supreme Court
    code: USAJUD

org us-federal-reserve
    ar: الاحتياطي الفيدرالي | مجلس الاحتياطي الفيدرالي | الاحتياطي الفدرالي | البنك المركزي الأمريكي | الاحتياطي الاتحادي
    en: Federal Reserve | US Federal Reserve | U.S. Federal Reserve | Federal Reserve Board
    code: USAGOV

org sbu
    ar: جهاز الأمن الأوكراني | جهاز أمن أوكرانيا
    en: SBU | Security Service of Ukraine | Ukraine's Security Service
    code: UKRSPY

org ukraine-hur
    ar: الاستخبارات العسكرية الأوكرانية | مديرية الاستخبارات الرئيسية الأوكرانية
    en: HUR | Ukraine's military intelligence | Ukrainian military intelligence | Main Intelligence Directorate of Ukraine
    en: GUR
    code: UKRSPY

org gru
    ar: الاستخبارات العسكرية الروسية | المخابرات العسكرية الروسية
    en: GRU | Russian military intelligence | Russia's military intelligence
    code: RUSSPY

org svr
    ar: جهاز الاستخبارات الخارجية الروسي | الاستخبارات الخارجية الروسية
    en: SVR | Russian Foreign Intelligence Service | Russia's Foreign Intelligence Service
    code: RUSSPY

org serbian-progressive-party
    ar: الحزب التقدمي الصربي
    en: Serbian Progressive Party | SNS
    code: SRBGOV 2012-07-27..
    code: SRBPTY

org dpp-taiwan
    ar: الحزب الديمقراطي التقدمي | الحزب الديمقراطي التقدمي التايواني
    en: Democratic Progressive Party | DPP
    code: TWNGOV 2000-05-20..2008-05-19
    code: TWNGOV 2016-05-20..
    code: TWNOPP

org kuomintang
    ar: الكومينتانغ | حزب الكومينتانغ | الحزب القومي الصيني | الكومنتانغ
    en: Kuomintang | KMT
    code: TWNGOV ..2000-05-19
    code: TWNGOV 2008-05-20..2016-05-19
    code: TWNOPP

org ldp-japan
    ar: الحزب الليبرالي الديمقراطي الياباني | الحزب الديمقراطي الليبرالي الياباني | الحزب الليبرالي الديمقراطي الحاكم في اليابان
    en: Liberal Democratic Party of Japan | Japan's Liberal Democratic Party | LDP
    code: JPNGOV ..2009-09-15
    code: JPNGOV 2012-12-26..
    code: JPNOPP

org people-power-party-korea
    ar: حزب قوة الشعب | حزب سلطة الشعب
    en: People Power Party
    code: KORGOV 2022-05-10..2025-06-03
    code: KOROPP

org democratic-party-of-korea
    ar: الحزب الديمقراطي الكوري | الحزب الديمقراطي في كوريا الجنوبية
    en: Democratic Party of Korea | South Korea's Democratic Party
    code: KORGOV 2017-05-10..2022-05-09
    code: KORGOV 2025-06-04..
    code: KOROPP

org coordination-framework
    ar: الإطار التنسيقي | قوى الإطار التنسيقي
    en: Coordination Framework
    code: IRQGOV 2022-10-27..
    code: IRQPTY
    note: alliance of Shiite parties that formed the Sudani government

org religious-zionism
    ar: الصهيونية الدينية | حزب الصهيونية الدينية
    en: Religious Zionism | Religious Zionist Party
    code: ISRPTY

org gaza-humanitarian-foundation
    ar: مؤسسة غزة الإنسانية | مؤسسة غزة للمساعدات الإنسانية
    en: Gaza Humanitarian Foundation | GHF
    code: NGO
    note: US- and Israel-backed aid distribution group in Gaza (2025)

org board-of-peace
    ar: مجلس السلام | مجلس السلام الخاص بغزة
    en: Board of Peace | Gaza Board of Peace
    code: IGO
    note: transitional body for Gaza chaired by Trump, endorsed by UN Security Council resolution 2803 (November 2025)

org international-stabilization-force
    ar: قوة الاستقرار الدولية | قوة الاستقرار الدولية في غزة | قوة حفظ الاستقرار الدولية
    en: International Stabilization Force | International Stabilisation Force | ISF in Gaza
    code: IGO
    note: multinational force for Gaza authorised by UN Security Council resolution 2803


# ============================================================================================
# Multinational and state companies (MNC + home country; national champions: country + BUS)
# ============================================================================================

org google
    ar: غوغل | جوجل | قوقل | شركة غوغل | شركة جوجل | ألفابت
    en: Google | Alphabet
    code: MNCUSA

org apple-inc
    ar: شركة آبل | شركة أبل | آبل
    en: Apple Inc. | Apple
    code: MNCUSA

org microsoft
    ar: مايكروسوفت | ميكروسوفت | شركة مايكروسوفت
    en: Microsoft
    code: MNCUSA

org meta-platforms
    ar: شركة ميتا | ميتا بلاتفورمز | فيسبوك | فيس بوك
    en: Meta Platforms | Meta | Facebook
    code: MNCUSA

org amazon
    ar: أمازون | شركة أمازون
    en: Amazon
    code: MNCUSA

org nvidia
    ar: إنفيديا | انفيديا | نفيديا | شركة إنفيديا
    en: Nvidia | NVIDIA
    code: MNCUSA

org tesla
    ar: تسلا | شركة تسلا
    en: Tesla
    code: MNCUSA

org boeing
    ar: بوينغ | بوينج | شركة بوينغ
    en: Boeing
    code: MNCUSA

org huawei
    ar: هواوي | شركة هواوي
    en: Huawei
    code: MNCCHN

org tiktok-bytedance
    ar: تيك توك | تيكتوك | بايت دانس | بايتدانس
    en: TikTok | ByteDance
    code: MNCCHN

org airbus
    ar: إيرباص | ايرباص | شركة إيرباص
    en: Airbus
    code: MNCEUR

org saudi-aramco
    ar: أرامكو | أرامكو السعودية | شركة أرامكو
    en: Saudi Aramco | Aramco
    code: SAUBUS

org gazprom
    ar: غازبروم | جازبروم | شركة غازبروم
    en: Gazprom
    code: RUSBUS


# ---- 2023-2025 additions (actor coverage audit: probes of names in invented news sentences) ----
org quad
    ar: الحوار الأمني الرباعي | مجموعة كواد | تحالف كواد
    en: Quadrilateral Security Dialogue | Quad
    code: IGO
    note: United States, Japan, India, Australia; bare "Quad" relies on capitalised matching (the English word is "quad")

org aukus
    ar: أوكوس | تحالف أوكوس
    en: AUKUS
    code: IGO
    note: Australia, the United Kingdom and the United States (2021-)

org apec
    ar: منتدى التعاون الاقتصادي لآسيا والمحيط الهادئ
    en: APEC | Asia-Pacific Economic Cooperation
    code: IGOBUS

org mercosur
    ar: ميركوسور | السوق المشتركة لأمريكا الجنوبية
    en: Mercosur | Mercosul
    code: IGOSAMBUS

org celac
    ar: مجموعة دول أمريكا اللاتينية والكاريبي | سيلاك
    en: CELAC | Community of Latin American and Caribbean States
    code: IGO

org caricom
    ar: الجماعة الكاريبية | كاريكوم
    en: CARICOM | Caribbean Community
    code: IGO

org pacific-islands-forum
    ar: منتدى جزر المحيط الهادئ
    en: Pacific Islands Forum
    code: IGO

org eccas
    ar: المجموعة الاقتصادية لدول وسط أفريقيا
    en: ECCAS | Economic Community of Central African States
    code: IGO

# UN and regional missions and forces
org minusca
    ar: مينوسكا | بعثة الأمم المتحدة في أفريقيا الوسطى
    en: MINUSCA
    code: IGOUNO
    note: UN mission in the Central African Republic (2014-)

org unficyp
    en: UNFICYP | UN Peacekeeping Force in Cyprus
    code: IGOUNO

org unmik
    en: UNMIK | UN Mission in Kosovo
    code: IGOUNO

org binuh
    en: BINUH | UN Integrated Office in Haiti
    code: IGOUNO

org mss-haiti
    ar: بعثة الدعم الأمني متعددة الجنسيات
    en: Multinational Security Support mission | Kenyan-led Multinational Security Support | Kenya-led mission
    code: IGO
    note: Kenyan-led mission in Haiti authorised by the Security Council 2023-10-02; "MSS" left out (China's Ministry of State Security)

org samidrc
    en: SAMIDRC | SADC Mission in the Democratic Republic of Congo | SADC Mission in the DRC
    code: IGO
    note: SADC force in eastern Congo 2023-12..2025

org kfor
    en: KFOR | Kosovo Force
    code: IGOWSTNAT
    note: NATO-led force in Kosovo

org eufor
    en: EUFOR | EUFOR Althea
    code: IGOEUR

org operation-aspides
    en: Operation Aspides | EUNAVFOR Aspides | Aspides
    code: IGOEUR
    note: EU naval mission in the Red Sea (2024-02-)

org joint-expeditionary-force
    en: Joint Expeditionary Force
    code: IGO
    note: UK-led force of ten northern European states; "JEF" left out

org ukraine-defense-contact-group
    en: Ukraine Defense Contact Group | Ukraine Defence Contact Group | Ramstein group | Ramstein format
    code: IGO
    note: coordination group of Ukraine's arms suppliers (2022-); without this record the group was read as Ukraine or Germany

org coalition-of-the-willing
    en: Coalition of the Willing
    code: IGO
    note: European-led group planning a reassurance force for Ukraine (2025-); 2003 Iraq usage is the US-led coalition (international-coalition)

# Palestine, Lebanon, Syria, Sudan
org radwan-force
    ar: قوة الرضوان | وحدة الرضوان | قوات الرضوان
    en: Radwan Force | Radwan forces | Radwan unit
    code: LBNREB
    note: Hezbollah special forces

org military-operations-command-syria
    ar: إدارة العمليات العسكرية | غرفة عمليات ردع العدوان
    en: Military Operations Command | Military Operations Administration | Deterrence of Aggression
    code: SYRREB ..2024-12-07
    code: SYRGOV
    note: HTS-led rebel command of the 2024-11/12 offensive ("Deterrence of Aggression"), then the new authorities' military arm

org men-of-dignity
    ar: حركة رجال الكرامة | رجال الكرامة
    en: Men of Dignity | Men of Dignity movement | Rijal al-Karama
    code: SYRREB
    note: Druze armed group in Suwayda

org sudan-shield-forces
    ar: قوات درع السودان
    en: Sudan Shield Forces
    code: SDNMIL
    note: Abu Aqla Kaykal's force; sided with the army from 2024-10-20 (with the RSF before)

org baraa-bin-malik-brigade
    ar: كتيبة البراء بن مالك | لواء البراء بن مالك
    en: Al-Baraa bin Malik Brigade | al-Baraa Ibn Malik Brigade | Baraa bin Malik Brigade
    code: SDNMIL
    note: Islamist militia fighting alongside the Sudanese army (2023-)

org sudan-joint-forces
    ar: القوة المشتركة لحركات الكفاح المسلح | القوة المشتركة في دارفور
    en: Joint Forces of the armed movements | Darfur Joint Forces | Darfur joint force
    code: SDNMIL
    note: Darfur armed movements fighting alongside the army from 2023-11; bare "Joint Forces" left out

# Sahel, West and Central Africa
org vdp-burkina
    en: Volunteers for the Defence of the Homeland | Volunteers for the Defense of the Homeland | VDP
    code: BFAMIL
    note: Burkina Faso's civilian auxiliaries of the army (2020-)

org lakurawa
    ar: لاكوراوا | جماعة لاكوراوا
    en: Lakurawa
    code: NGAREB
    note: jihadist group in north-west Nigeria linked to Islamic State Sahel (designated 2025-01)

org wazalendo
    en: Wazalendo
    code: CODMIL
    note: pro-government militias fighting the M23 in eastern Congo

org ambazonia-separatists
    en: Ambazonia Defence Forces | Ambazonian separatists | Ambazonia separatists | Amba Boys
    code: CMRREB
    note: Anglophone separatist fighters in Cameroon (2017-)

org ism-mozambique
    ar: ولاية موزمبيق | الدولة الإسلامية في موزمبيق
    en: Islamic State Mozambique | Islamic State Mozambique Province | Islamic State in Mozambique
    code: IMGMUSISI
    note: insurgents of Cabo Delgado (locally "al-Shabaab"); the acronym "ISM" is left out (ISM manufacturing index)

# Myanmar
org mndaa
    ar: جيش التحالف الديمقراطي الوطني لميانمار
    en: MNDAA | Myanmar National Democratic Alliance Army
    code: MMRREB

org tnla
    ar: جيش تحرير تانغ الوطني
    en: TNLA | Ta'ang National Liberation Army
    code: MMRREB

org karen-national-union
    ar: اتحاد كارين الوطني
    en: Karen National Union | KNU | Karen National Liberation Army | KNLA
    code: MMRREB

org united-wa-state-army
    ar: جيش ولاية وا المتحد
    en: United Wa State Army | UWSA
    code: MMRREB

org karenni-forces
    en: Karenni Nationalities Defence Force | KNDF | Karenni Army
    code: MMRREB

# South Asia, South-East Asia
org majeed-brigade
    en: Majeed Brigade
    code: PAKREB
    note: suicide unit of the Balochistan Liberation Army

org balochistan-liberation-front
    ar: جبهة تحرير بلوشستان
    en: Balochistan Liberation Front | Baloch Liberation Front | BLF
    code: PAKREB

org tlp
    ar: حركة لبيك باكستان
    en: Tehreek-e-Labbaik Pakistan | Tehrik-e-Labbaik Pakistan | TLP
    code: PAKOPP
    note: Islamist party, banned 2021 and again 2025-10

org cpi-maoist
    en: CPI (Maoist) | CPI-Maoist | Communist Party of India (Maoist) | Naxalites | Naxals
    code: INDREB
    note: bare "Maoists" left out (Nepal)

org new-peoples-army
    en: New People's Army
    code: PHLREB
    note: armed wing of the Communist Party of the Philippines; "NPA" left out (South Africa's National Prosecuting Authority)

org abu-sayyaf
    ar: جماعة أبو سياف | أبو سياف
    en: Abu Sayyaf | Abu Sayyaf Group
    code: PHLREB
    note: Phoenix codes both PHLREB and IMG; declared dismantled 2024

org milf
    ar: جبهة مورو الإسلامية للتحرير
    en: Moro Islamic Liberation Front | MILF
    code: PHLREB
    note: signed the Bangsamoro peace deal of 2014, leads the Bangsamoro transition authority from 2019

org brn-thailand
    en: Barisan Revolusi Nasional | BRN
    code: THAREB

# Latin America
org emc-farc-dissidents
    en: Estado Mayor Central | Central General Staff | Estado Mayor Central de las FARC
    code: COLREB
    note: FARC dissident coalition led by Iván Mordisco; "EMC" left out

org segunda-marquetalia
    en: Segunda Marquetalia | Second Marquetalia
    code: COLREB

org clan-del-golfo
    en: Clan del Golfo | Gulf Clan | Autodefensas Gaitanistas de Colombia | Gaitanista Army of Colombia | EGC
    code: COLCRM

org gulf-cartel
    en: Gulf Cartel | Cartel del Golfo
    code: MEXCRM

org los-chapitos
    en: Los Chapitos | Chapitos
    code: MEXCRM
    note: faction of the Sinaloa cartel led by El Chapo's sons

org la-familia-michoacana
    en: La Familia Michoacana | Familia Michoacana
    code: MEXCRM

org carteles-unidos
    en: Cárteles Unidos | Carteles Unidos
    code: MEXCRM

org cartel-del-noreste
    en: Cartel del Noreste | Cártel del Noreste | Northeast Cartel
    code: MEXCRM

org gran-grif
    en: Gran Grif
    code: HTICRM
    note: Haitian gang of the Artibonite (Pont-Sondé massacre 2024-10)

org 400-mawozo
    en: 400 Mawozo
    code: HTICRM

org 5-segonn
    en: 5 Segonn
    code: HTICRM

org los-choneros
    en: Los Choneros
    code: ECUCRM

org los-lobos
    en: Los Lobos
    code: ECUCRM

# Turkey
org dem-party
    ar: حزب المساواة وديمقراطية الشعوب | حزب ديم
    en: DEM Party | Peoples' Equality and Democracy Party | People's Equality and Democracy Party
    code: TUROPP
    note: pro-Kurdish party (HDP's successor, 2023-); bare "DEM" left out

org mhp
    ar: حزب الحركة القومية
    en: MHP | Nationalist Movement Party
    code: TURPTY
    note: allied with the AKP

# Europe
org cdu
    ar: الاتحاد الديمقراطي المسيحي | الحزب الديمقراطي المسيحي الألماني
    en: CDU | Christian Democratic Union | CDU/CSU
    code: DEUGOV 2005-11-22..2021-12-08
    code: DEUGOV 2025-05-06..
    code: DEUOPP
    note: in government 2005-2021 and from 2025-05-06

org spd
    ar: الحزب الاشتراكي الديمقراطي الألماني
    en: SPD | Social Democratic Party of Germany | Germany's Social Democrats
    code: DEUGOV 2013-12-17..
    code: DEUOPP
    note: in government 1998-2009 and from 2013-12-17 (grand coalitions, Scholz, Merz)

org bsw
    en: BSW | Sahra Wagenknecht Alliance
    code: DEUOPP

org pis
    ar: حزب القانون والعدالة
    en: PiS | Law and Justice party | Law and Justice
    code: POLGOV 2015-11-16..2023-12-13
    code: POLOPP
    note: Polish party in government 2015-2023

org civic-coalition
    en: Civic Coalition | Civic Platform
    code: POLGOV 2023-12-13..
    code: POLOPP

org psoe
    ar: الحزب الاشتراكي العمالي الإسباني
    en: PSOE | Spanish Socialist Workers' Party
    code: ESPGOV 2018-06-02..
    code: ESPOPP

org brothers-of-italy
    ar: حزب إخوة إيطاليا | إخوة إيطاليا
    en: Brothers of Italy | Fratelli d'Italia
    code: ITAGOV 2022-10-22..
    code: ITAOPP

org fpo
    ar: حزب الحرية النمساوي
    en: FPÖ | FPO | Freedom Party of Austria | Austria's Freedom Party
    code: AUTOPP
    note: bare "Freedom Party" left out (Dutch PVV)

org pvv
    ar: حزب من أجل الحرية
    en: PVV | Party for Freedom
    code: NLDGOV 2024-07-02..2025-06-03
    code: NLDOPP
    note: Geert Wilders' party, in government 2024-07-02..2025-06-03

org smer
    en: Smer | Smer-SD | Smer-Social Democracy
    code: SVKGOV 2006-07-04..2010-07-08
    code: SVKGOV 2012-04-04..2020-03-21
    code: SVKGOV 2023-10-25..
    code: SVKOPP

org aur-romania
    en: AUR | Alliance for the Union of Romanians
    code: ROUOPP

org pas-moldova
    en: Party of Action and Solidarity
    code: MDAGOV 2021-08-06..
    code: MDAOPP
    note: Maia Sandu's party; bare "PAS" left out (Malaysia's Islamic party)

# Asia
org jamaat-e-islami-bangladesh
    ar: الجماعة الإسلامية في بنغلاديش | الجماعة الإسلامية البنغلاديشية
    en: Bangladesh Jamaat-e-Islami | Jamaat-e-Islami Bangladesh
    code: BGDOPP
    note: bare "Jamaat-e-Islami" left out (Pakistan's party shares it)

org nld-myanmar
    ar: الرابطة الوطنية من أجل الديمقراطية
    en: National League for Democracy | NLD
    code: MMRGOV 2016-03-30..2021-02-01
    code: MMROPP
    note: Aung San Suu Kyi's party, dissolved by the junta 2023-03

org usdp
    en: USDP | Union Solidarity and Development Party
    code: MMRGOV
    note: military-backed party

org pheu-thai
    ar: حزب بويا تاي | حزب فيو تاي
    en: Pheu Thai | Pheu Thai Party
    code: THAGOV 2023-08-22..2025-09-05
    code: THAOPP

org bhumjaithai
    en: Bhumjaithai | Bhumjaithai Party
    code: THAGOV 2025-09..
    code: THAPTY
    note: in coalition governments 2019-2025, leads the government from 2025-09

org peoples-party-thailand
    en: Move Forward Party | Move Forward
    code: THAOPP
    note: dissolved 2024-08-07, succeeded by the People's Party (that name is too generic to list bare)

org cdp-japan
    ar: الحزب الدستوري الديمقراطي الياباني
    en: Constitutional Democratic Party | Constitutional Democratic Party of Japan
    code: JPNOPP

org komeito
    ar: حزب كوميتو
    en: Komeito
    code: JPNGOV 2012-12-26..2025-10-10
    code: JPNOPP
    note: left the coalition with the LDP on 2025-10-10

org taiwan-peoples-party
    en: Taiwan People's Party
    note: "TPP" left out (Trans-Pacific Partnership)
    code: TWNOPP

# Africa, Americas
org eff
    en: EFF | Economic Freedom Fighters
    code: ZAFOPP

org democratic-alliance-sa
    en: Democratic Alliance
    code: ZAFGOV 2024-06-30..
    code: ZAFOPP
    note: South African party, in the government of national unity from 2024-06-30

org mk-party
    en: MK party | uMkhonto weSizwe party
    code: ZAFOPP
    note: Jacob Zuma's party (2023-)

org zanu-pf
    ar: حزب زانو-بي إف | الاتحاد الوطني الأفريقي الزيمبابوي
    en: ZANU-PF | ZANU PF
    code: ZWEGOV

org frelimo
    ar: فريليمو | جبهة تحرير موزمبيق
    en: Frelimo
    code: MOZGOV 1975-06-25..
    code: MOZREB

org mas-bolivia
    en: Movement for Socialism | MAS party | MAS-IPSP
    code: BOLGOV 2006-01-22..2019-11-10
    code: BOLGOV 2020-11-08..2025-11-08
    code: BOLOPP
    note: Evo Morales' and Luis Arce's party; bare "MAS" left out (Spanish "más")

# Israel, Russia
org yisrael-beytenu
    ar: حزب إسرائيل بيتنا | إسرائيل بيتنا
    en: Yisrael Beytenu | Yisrael Beiteinu | Israel Beytenu
    code: ISRPTY

org united-torah-judaism
    ar: يهدوت هتوراه | حزب يهدوت هتوراة
    en: United Torah Judaism | UTJ
    code: ISRPTY

org cprf
    ar: الحزب الشيوعي الروسي | الحزب الشيوعي في روسيا الاتحادية
    en: Communist Party of the Russian Federation | CPRF | KPRF
    code: RUSOPP

# State bodies
org us-department-of-war
    ar: وزارة الحرب الأمريكية | وزارة الحرب الأميركية
    en: Department of War | War Department | US Department of War | U.S. Department of War
    code: USAMIL 2025-09-05..
    code: USAMIL
    note: secondary name of the Department of Defense from 2025-09-05 (coded like the Pentagon); before 1947 the historical War Department

org rosgvardia
    ar: الحرس الوطني الروسي | روسغفارديا
    en: Rosgvardia | Rosgvardiya | Russian National Guard
    code: RUSMIL

org korean-peoples-army
    ar: الجيش الشعبي الكوري
    en: Korean People's Army | KPA
    code: PRKMIL

org japan-self-defense-forces
    ar: قوات الدفاع الذاتي اليابانية
    en: Japan Self-Defense Forces | Self-Defense Forces | Self-Defence Forces | Japan Self-Defence Forces | JSDF
    code: JPNMIL
    note: bare "SDF" is the Syrian Democratic Forces record

org ispr
    en: ISPR | Inter-Services Public Relations
    code: PAKMIL
    note: media wing of Pakistan's armed forces

