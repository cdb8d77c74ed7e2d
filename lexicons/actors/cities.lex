# hadath: cities, provinces and well-known regions, one record per country.
#
# A city is a place; with an agent it makes an actor ("شرطة عدن" -> YEM + COP).
# Capitals are in countries.lex (field `capital`) and are not repeated here.
#
# Left out on purpose, because the Arabic name is an ordinary word or another place and
# every match would be a false place (the English name is kept where it is safe):
#   SYR  تدمر (Palmyra; also "destroys"), دوما (Douma; also the Russian Duma),
#        الباب (al-Bab; "the door"), الطبقة (Tabqa; "class, layer"), الميادين (Mayadin;
#        "squares", also a TV channel), القصير (Qusayr; "the short"), الهول alone ("horror")
#   IRQ  الرمادي (Ramadi; "grey"), الحلة (Hillah; "suit, form"), العمارة (Amarah;
#        "building"), الناصرية (Nasiriyah; "Nasserism"), القائم (al-Qaim; "existing"),
#        حديثة (Haditha; "modern"), هيت, الرطبة, عانة, مخمور, صلاح الدين alone (a common
#        given name: only محافظة صلاح الدين), القادسية, المثنى, الزبير
#   YEM  البيضاء ("white"), الجوف ("interior"), حجة ("argument"), عمران (Imran, a given
#        name), إب, المهرة ("the skilled"), حرض ("incited"), عتق ("emancipation"),
#        زنجبار (also Zanzibar), البريقة (also Brega in Libya)
#   SAU  الخبر (Khobar; "the news"), ينبع ("springs forth"), حائل ("barrier"), عسير
#        ("difficult"), العلا ("heights"), الجبيل (also Byblos)
#   ARE  العين (Al Ain; "the eye")          QAT  الخور, العديد ("many")
#   BHR  سترة (Sitra; "jacket")             KWT  الأحمدي (a given name)
#   JOR  عمان (Oman), الزرقاء ("blue"), العقبة ("obstacle"), معان ("meanings"), السلط,
#        المفرق ("crossroads")
#   LBN  طرابلس (Libya's capital), صور (Tyre; "pictures"), الخيام (Khiam; "tents"), جبيل
#   ISR  الجليل (Galilee; also the given name Jalil)
#   PSE  البيرة (al-Bireh; "beer"), القدس alone (contested: only القدس الشرقية here and
#        القدس الغربية under ISR)
#   EGY  الأقصر (Luxor; "shortest"), الإسماعيلية (also the Ismaili sect), قنا, الشرقية,
#        الغربية, البحيرة ("eastern", "western", "lake"), رفح (under PSE)
#   LBY  الزاوية (Zawiya; "angle, corner"), الخمس (Khoms; "five"), البيضاء
#   DZA  بشار (Bechar; the given name Bashar), القبائل alone ("tribes"), الجزائر (= country)
#   MAR  العيون ("the eyes"), الداخلة, الجديدة ("new"), سلا, القنيطرة (also in Syria)
#   TUN  الكاف (the letter kaf), تونس (= country)
#   SDN  الجزيرة (Gezira; "island", Al Jazeera), الأبيض (El Obeid; "white"), مروي,
#        بحري ("naval")
#   SSD  بور (also in بور سعيد), واو (the letter waw)
#   SOM  جوهر (Jowhar; "essence")           ERI  عصب (Assab; "nerve")
#   COD  بيني (Beni; "between me")          NGA  كانو (Kano; colloquial "they were")
#   TUR  بورصة (Bursa; "stock exchange"), قيصري (Kayseri; "caesarean"), وان, بطمان/Batman
#   IRN  مشهد (Mashhad; "scene"), قم alone (Qom; "stand up": only مدينة قم), همدان
#        (also a Yemeni tribe)
#   AFG  غور (Ghor; "depth")                PAK  السند (Sindh; "support"), Swat (SWAT)
#   FRA  ليل (Lille; "night"), ليون (Lyon; also Leon), Nice (English "nice")
#   DEU  بون (Bonn; "gap")                  ITA  البندقية (Venice; "rifle")
#   CHL  سانتياغو (many cities and people)  GBR/USA  ambiguous Jersey, Georgia, Washington state
# and names shared by two countries (Punjab, Kashmir, Tripoli, Rafah on the Egyptian side).

# ===================================================================== Syria
city SYR
    ar: حلب
    en: Aleppo | Halab
    ar: ريف دمشق | ريف حلب | ريف إدلب | ريف حماة | ريف حمص | ريف اللاذقية
    en: Rif Dimashq | Damascus countryside | Damascus suburbs
    ar: حمص | حماة | حماه | إدلب
    en: Homs | Hama | Idlib | Idleb
    ar: دير الزور
    en: Deir ez-Zor | Deir Ezzor | Deir al-Zor | Deir el-Zour
    ar: الرقة | درعا | السويداء | القنيطرة
    en: Raqqa | Raqqah | Daraa | Deraa | Suwayda | Sweida | Quneitra
    ar: الغوطة | الغوطة الشرقية | الغوطة الغربية
    en: Ghouta | Eastern Ghouta | Western Ghouta
    ar: منبج | عفرين | جرابلس | إعزاز | مارع | دابق | تل رفعت | الأتارب
    en: Manbij | Afrin | Jarabulus | Azaz | Marea | Dabiq | Tal Rifaat | Tell Rifaat | Atarib
    ar: اللاذقية | طرطوس | بانياس | جبلة | القرداحة
    en: Latakia | Lattakia | Tartus | Tartous | Baniyas | Jableh | Qardaha
    ar: القامشلي | الحسكة | رأس العين | تل أبيض | عين عيسى | كوباني | عين العرب | عامودا | الشدادي
    en: Qamishli | Hasakah | Hasaka | Ras al-Ain | Ras al-Ayn | Tal Abyad | Tell Abyad | Ain Issa | Kobani | Kobane | Amuda | Shaddadi
    ar: الزبداني | مضايا | يبرود | القلمون | داريا | حرستا | جوبر | مخيم اليرموك | المعضمية | الرستن | تلبيسة | الحولة
    en: Zabadani | Madaya | Yabroud | Qalamoun | Daraya | Darayya | Harasta | Jobar | Yarmouk | Yarmouk camp | Moadamiyeh | Rastan | Talbiseh | Houla
    ar: معرة النعمان | خان شيخون | سراقب | جسر الشغور | كفرنبل | سرمدا
    en: Maarat al-Numan | Maaret al-Numan | Khan Sheikhoun | Saraqib | Jisr al-Shughur | Kafranbel | Sarmada
    ar: البوكمال | أبو كمال | الشيخ مقصود | مخيم الهول | مخيم الركبان | الركبان | التنف | قاعدة التنف | حميميم | قاعدة حميميم
    en: Albu Kamal | Abu Kamal | Bukamal | Sheikh Maqsoud | al-Hol | al-Hol camp | Rukban | al-Tanf | Tanf | Hmeimim | Khmeimim
    en: Palmyra | Douma | Tabqa | Mayadin | Qusayr | al-Bab
    # occupied by Israel since 1967; a Syrian place in international law
    ar: الجولان | مرتفعات الجولان | الجولان المحتل | الجولان السوري المحتل
    en: Golan | Golan Heights
    ar: مدينة دوما   # Douma by its usual lead-in; bare دوما stays the Russian Duma

# ===================================================================== Iraq
city IRQ
    ar: البصرة | الموصل | أربيل | كركوك | السليمانية | دهوك | زاخو | حلبجة
    en: Basra | Basrah | Mosul | Erbil | Irbil | Arbil | Kirkuk | Sulaymaniyah | Sulaimaniya | Suleimaniyah | Duhok | Dohuk | Zakho | Halabja
    ar: النجف | كربلاء | الكوفة | بابل | الديوانية | السماوة | الكوت | واسط | ميسان | ذي قار
    en: Najaf | Karbala | Kerbala | Kufa | Babylon | Babil | Diwaniyah | Samawah | Kut | Wasit | Maysan | Dhi Qar | Amarah | Nasiriyah | Nasiriya | Hillah
    ar: الفلوجة | الأنبار | تكريت | سامراء | بعقوبة | ديالى | نينوى | محافظة صلاح الدين | بيجي | الشرقاط
    en: Fallujah | Falluja | Anbar | Tikrit | Samarra | Baqubah | Baquba | Diyala | Nineveh | Ninewa | Salahuddin | Salah al-Din | Baiji | Shirqat | Ramadi | Haditha | Qaim | al-Qaim | Rutba
    ar: سنجار | تلعفر | قضاء سنجار | جبل سنجار | سهل نينوى | خانقين | طوز خورماتو | جلولاء
    en: Sinjar | Tal Afar | Tel Afar | Nineveh Plains | Khanaqin | Tuz Khurmatu | Jalawla
    ar: الكاظمية | الأعظمية | مدينة الصدر | أبو غريب | جرف الصخر | جرف النصر | المنطقة الخضراء | قاعدة عين الأسد | عين الأسد | قاعدة بلد
    en: Kadhimiya | Adhamiya | Sadr City | Abu Ghraib | Jurf al-Sakhar | Green Zone | Taji | Ain al-Asad | Ain al-Assad | Balad Air Base
    ar: أم قصر | كردستان العراق | إقليم كردستان | إقليم كردستان العراق
    ar: جبال قنديل | جبل قنديل
    en: Qandil Mountains | Qandil
    en: Umm Qasr | Faw | Iraqi Kurdistan | Kurdistan Region | Kurdistan Region of Iraq

# ===================================================================== Yemen
city YEM
    ar: عدن | الحديدة | تعز | مأرب | صعدة | حضرموت | المكلا | شبوة | أبين | لحج | ذمار
    en: Aden | Hodeidah | Hudaydah | Hodeida | Taiz | Taizz | Marib | Ma'rib | Saada | Sa'ada | Hadramout | Hadramawt | Hadhramaut | Mukalla | Shabwa | Shabwah | Abyan | Lahj | Dhalea | Dhamar | Ibb | Bayda | al-Bayda | Hajjah | Amran | Jawf | al-Jawf | Mahra | al-Mahra
    ar: سقطرى | جزيرة سقطرى | المخا | باب المندب | مضيق باب المندب | رأس عيسى | ميناء رأس عيسى | الصليف
    en: Socotra | Mokha | Bab al-Mandab | Bab el-Mandeb | Ras Isa | Salif
    ar: سيئون | تريم | الغيضة | كريتر | المعلا | خور مكسر
    en: Seiyun | Sayun | Tarim | Ghaydah | Al Ghaydah | Khokha | Mualla | Khor Maksar | Sheikh Othman
    ar: مديرية المنصورة | المنصورة بعدن | مديرية الشيخ عثمان | الشيخ عثمان | مديرية دار سعد | دار سعد | مديرية التواهي | التواهي
    en: Al-Mansoura district | Sheikh Othman | Dar Saad | Tawahi

# ===================================================================== Saudi Arabia
city SAU
    ar: جدة | مكة | مكة المكرمة | المدينة المنورة | الدمام | الطائف | الظهران | القطيف | العوامية | الأحساء
    en: Jeddah | Jidda | Mecca | Makkah | Medina | Madinah | Dammam | Taif | Dhahran | Qatif | Awamiya | Al-Ahsa | Hofuf | Khobar | Yanbu | Jubail
    ar: تبوك | نجران | جازان | جيزان | أبها | خميس مشيط | رأس تنورة | بقيق | أبقيق | خريص | القصيم | نيوم
    en: Tabuk | Najran | Jazan | Jizan | Abha | Khamis Mushait | Ras Tanura | Abqaiq | Buqayq | Khurais | Qassim | Buraidah | NEOM | AlUla | Al-Ula | Asir

# ===================================================================== Gulf states
city ARE
    ar: دبي | الشارقة | عجمان | رأس الخيمة | الفجيرة | أم القيوين
    en: Dubai | Sharjah | Ajman | Ras al-Khaimah | Ras Al Khaimah | Fujairah | Umm al-Quwain | Al Ain
city QAT
    ar: الوكرة | قاعدة العديد | لوسيل | رأس لفان
    en: Al Wakrah | Al Rayyan | Al Udeid | Al Udeid Air Base | Lusail | Ras Laffan
city BHR
    ar: المحرق | الرفاع | مدينة عيسى | الدراز
    en: Muharraq | Riffa | Isa Town | Diraz | Duraz | Sitra
city KWT
    ar: الجهراء | الفروانية | جزيرة بوبيان | جزيرة فيلكا | معسكر عريفجان
    en: Jahra | Farwaniya | Hawalli | Bubiyan | Failaka | Camp Arifjan
city OMN
    ar: صلالة | صحار | ظفار | الدقم | مسندم | نزوى
    en: Salalah | Sohar | Dhofar | Duqm | Musandam | Nizwa

# ===================================================================== Levant
city JOR
    ar: إربد | الكرك | مادبا | جرش | الرمثا | مخيم الزعتري | مخيم الأزرق
    en: Irbid | Karak | Kerak | Madaba | Jerash | Ramtha | Zaatari | Zaatari camp | Azraq camp | Zarqa | Aqaba | Maan | Mafraq

city LBN
    ar: صيدا | بعلبك | الهرمل | زحلة | جونية | النبطية | بنت جبيل | مرجعيون | عرسال | عكار | جبل لبنان
    en: Sidon | Saida | Baalbek | Hermel | Zahle | Zahleh | Jounieh | Nabatieh | Nabatiyeh | Bint Jbeil | Marjayoun | Arsal | Bekaa | Beqaa | Bekaa Valley | Akkar | Mount Lebanon
    ar: الضاحية الجنوبية | الضاحية الجنوبية لبيروت | الناقورة | مزارع شبعا | شبعا | كفرشوبا | تلال كفرشوبا | عين الحلوة | مخيم عين الحلوة | نهر البارد | مخيم نهر البارد
    en: Dahiyeh | Dahieh | Dahiya | southern suburbs of Beirut | Naqoura | Shebaa Farms | Shebaa | Kfarchouba | Ain al-Hilweh | Ain el-Hilweh | Nahr al-Bared
    ar: جزين | البترون | حاصبيا | الجنوب اللبناني | جنوب لبنان
    en: Jezzine | Batroun | Chouf | Shouf | Hasbaya | South Lebanon | southern Lebanon | Khiam | Byblos

city ISR
    ar: حيفا | إيلات | بئر السبع | أسدود | عسقلان | سديروت | نتانيا | هرتسليا | الناصرة | عكا | يافا | اللد | الرملة
    en: Haifa | Eilat | Beersheba | Beersheva | Be'er Sheva | Ashdod | Ashkelon | Sderot | Netanya | Herzliya | Nazareth | Akko | Jaffa | Yafo | Lod | Ramla | Ramle
    ar: ديمونا | النقب | صحراء النقب | طبريا | صفد | بيتح تكفا | ريشون لتسيون | أم الفحم | كريات شمونة | نهاريا | بني براك | رمات غان | الخضيرة
    en: Dimona | Negev | Tiberias | Safed | Tzfat | Petah Tikva | Rishon LeZion | Umm al-Fahm | Kiryat Shmona | Nahariya | Metula | Bnei Brak | Ramat Gan | Hadera | Galilee
    ar: القدس الغربية | غلاف غزة | مستوطنات غلاف غزة
    en: West Jerusalem | Gaza envelope | Gaza periphery

city PSE
    ar: غزة | قطاع غزة | الضفة الغربية | الضفة الغربية المحتلة | القدس الشرقية | القدس الشرقية المحتلة
    en: Gaza | Gaza Strip | West Bank | occupied West Bank | East Jerusalem | occupied East Jerusalem
    ar: الخليل | نابلس | جنين | مخيم جنين | طولكرم | مخيم طولكرم | مخيم نور شمس | قلقيلية | بيت لحم | أريحا | سلفيت | طوباس | قباطية | يطا
    en: Hebron | al-Khalil | Nablus | Jenin | Jenin camp | Tulkarm | Tulkarem | Nur Shams | Qalqilya | Qalqilyah | Bethlehem | Jericho | Salfit | Tubas | Qabatiya | Yatta | Dura | al-Bireh
    ar: مخيم بلاطة | مخيم عسكر | مخيم الدهيشة | مخيم عقبة جبر | مخيم الفارعة | مخيم قلنديا | قلنديا | ترمسعيا | بيت أمر | العيزرية | أبو ديس | بلعين | نعلين | كفر قدوم | مسافر يطا | غور الأردن
    ar: بلدة حوارة | بلدة بيتا
    en: Balata | Balata camp | Askar camp | Dheisheh | Aqabat Jabr | Far'a camp | Qalandia | Qalandiya | Beita | Huwara | Hawara | Turmus Ayya | Beit Ummar | al-Eizariya | Abu Dis | Bil'in | Bilin | Nilin | Kafr Qaddum | al-Mughayyir | Masafer Yatta | Jordan Valley
    ar: سلوان | الشيخ جراح | حي الشيخ جراح | باب العامود | شعفاط | مخيم شعفاط | بيت حنينا | جبل المكبر | العيسوية
    en: Silwan | Sheikh Jarrah | Damascus Gate | Shuafat | Shuafat camp | Beit Hanina | Jabal Mukaber | Issawiya
    ar: خان يونس | خانيونس | رفح | دير البلح | جباليا | مخيم جباليا | بيت لاهيا | بيت حانون | الشجاعية | حي الشجاعية | حي الزيتون | حي الرمال | تل الهوى | مخيم الشاطئ | النصيرات | مخيم النصيرات | البريج | مخيم البريج | مخيم المغازي | المواصي | بني سهيلا | عبسان | الزوايدة | محور نتساريم | محور فيلادلفيا | ممر فيلادلفيا | معبر رفح | معبر كرم أبو سالم | معبر كرم شالوم | معبر إيرز | معبر بيت حانون
    en: Khan Younis | Khan Yunis | Rafah | Deir al-Balah | Deir el-Balah | Jabalia | Jabaliya | Jabalia camp | Beit Lahia | Beit Lahiya | Beit Hanoun | Shujaiya | Shejaiya | Zeitoun | Rimal | Tal al-Hawa | Shati camp | Nuseirat | Bureij | Maghazi | Mawasi | al-Mawasi | Bani Suheila | Abasan | Qarara | Zawaida | Netzarim corridor | Philadelphi corridor | Rafah crossing | Kerem Shalom | Kerem Shalom crossing | Erez crossing

# ===================================================================== Egypt
city EGY
    ar: الإسكندرية | الجيزة | سيناء | شبه جزيرة سيناء | شمال سيناء | جنوب سيناء | وسط سيناء | العريش | الشيخ زويد | بئر العبد | رفح المصرية
    en: Alexandria | Giza | Sinai | Sinai Peninsula | North Sinai | South Sinai | Arish | El Arish | al-Arish | Sheikh Zuweid | Bir al-Abd
    ar: طنطا | المنصورة | أسيوط | أسوان | بورسعيد | بور سعيد | السويس | قناة السويس | الغردقة | شرم الشيخ | دمياط | الزقازيق
    en: Tanta | Mansoura | Asyut | Assiut | Aswan | Port Said | Suez | Suez Canal | Hurghada | Sharm el-Sheikh | Sharm El Sheikh | Damietta | Zagazig | Luxor | Ismailia
    ar: المنيا | سوهاج | بني سويف | الفيوم | المحلة الكبرى | كفر الشيخ | مرسى مطروح | السلوم | العلمين | العاصمة الإدارية الجديدة | حلوان | شبرا الخيمة | مدينة نصر | بنها
    en: Minya | El Minya | Sohag | Beni Suef | Faiyum | Fayoum | Mahalla | El-Mahalla El-Kubra | Kafr el-Sheikh | Marsa Matruh | Matruh | Salloum | Sallum | El Alamein | New Administrative Capital | Helwan | Shubra el-Kheima | Nasr City | Benha | Qena
    ar: الدقهلية | المنوفية | القليوبية | الوادي الجديد | صعيد مصر | دلتا النيل
    en: Dakahlia | Monufia | Menoufia | Qalyubia | New Valley | Upper Egypt | Nile Delta | Sharqia | Gharbia | Beheira

# ===================================================================== Libya
city LBY
    ar: بنغازي | مصراتة | سرت | درنة | سبها | طبرق | غريان | ترهونة | أجدابيا | البريقة | رأس لانوف | السدرة | الجفرة
    en: Benghazi | Misrata | Misurata | Sirte | Sirt | Derna | Sabha | Sebha | Tobruk | Gharyan | Tarhuna | Tarhunah | Ajdabiya | Brega | Ras Lanuf | Sidra | Es Sider | Jufra | Kufra
    ar: أوباري | غات | مرزق | بني وليد | الزنتان | زوارة | صبراتة | الهلال النفطي | فزان | برقة | إقليم برقة | إقليم فزان | طرابلس الكبرى | مطار معيتيقة | معيتيقة | قاعدة الوطية | الوطية
    en: Ubari | Awbari | Ghat | Murzuq | Bani Walid | Zintan | Zuwara | Zuwarah | Sabratha | Oil Crescent | Fezzan | Cyrenaica | Mitiga | Mitiga airport | Al-Watiya | Watiya | Zawiya | Khoms | Al Bayda

# ===================================================================== Maghreb
city TUN
    ar: صفاقس | سوسة | القيروان | بنزرت | قابس | سيدي بوزيد | القصرين | قفصة | جربة | المنستير | نابل | تطاوين | مدنين | بن قردان | جندوبة | جبل الشعانبي
    en: Sfax | Sousse | Kairouan | Bizerte | Gabes | Sidi Bouzid | Kasserine | Gafsa | Djerba | Jerba | Monastir | Nabeul | Tataouine | Medenine | Ben Guerdane | Jendouba | Mount Chaambi | Kef

city DZA
    ar: وهران | قسنطينة | عنابة | تيزي وزو | البليدة | سطيف | باتنة | بجاية | تلمسان | ورقلة | غرداية | تمنراست | عين أميناس | إن أميناس | تندوف | الأغواط | البويرة | بسكرة | منطقة القبائل
    en: Oran | Annaba | Tizi Ouzou | Blida | Setif | Sétif | Batna | Bejaia | Béjaïa | Tlemcen | Ouargla | Ghardaia | Tamanrasset | In Amenas | Tindouf | Laghouat | Bouira | Biskra | Kabylie | Kabylia | Bechar

city MAR
    ar: الدار البيضاء | فاس | مراكش | طنجة | أكادير | أغادير | مكناس | وجدة | تطوان | الحسيمة | الناظور | الصويرة | آسفي | الريف المغربي
    en: Casablanca | Fez | Fes | Marrakesh | Marrakech | Tangier | Tangiers | Agadir | Meknes | Oujda | Tetouan | Al Hoceima | Nador | Essaouira | Rif | Kenitra | Dakhla

city MRT
    ar: نواذيبو | الزويرات | كيهيدي
    en: Nouadhibou | Zouerate | Kaedi | Nema

# ===================================================================== Sudan, South Sudan, Horn of Africa
city SDN
    ar: أم درمان | بورتسودان | بور سودان | الخرطوم بحري | دارفور | شمال دارفور | جنوب دارفور | غرب دارفور | وسط دارفور | شرق دارفور | الفاشر | نيالا | الجنينة | زالنجي | الضعين | جبل مرة
    en: Omdurman | Port Sudan | Khartoum North | Khartoum Bahri | Darfur | North Darfur | South Darfur | West Darfur | Central Darfur | East Darfur | El Fasher | al-Fashir | Nyala | El Geneina | Geneina | Zalingei | Ed Daein | Jebel Marra
    ar: كسلا | القضارف | ود مدني | ولاية الجزيرة | كردفان | جنوب كردفان | شمال كردفان | غرب كردفان | كادقلي | الدلنج | بابنوسة | الدمازين | أبيي | عطبرة | سنار | كوستي
    ar: ولاية النيل الأزرق | ولاية النيل الأبيض | ولاية نهر النيل
    en: Blue Nile State | White Nile State | River Nile State
    en: Kassala | Gedaref | Gadarif | Wad Madani | Wad Medani | Gezira | Al Jazirah | Kordofan | South Kordofan | North Kordofan | West Kordofan | Kadugli | Dilling | Babanusa | Damazin | Ed Damazin | Abyei | Atbara | Sennar | Kosti | El Obeid | Merowe

city SSD
    ar: ملكال | بانتيو | الرنك | جونقلي | أعالي النيل | ولاية الوحدة | أويل | رومبيك | توريت
    en: Malakal | Bentiu | Renk | Jonglei | Upper Nile | Unity State | Aweil | Rumbek | Torit | Bor | Wau

city SOM
    ar: كيسمايو | بيدوا | هرجيسا | أرض الصومال | صوماليلاند | بونتلاند | بوصاصو | بوساسو | غالكعيو | جالكعيو | جوبالاند | بربرة | شبيلي السفلى | شبيلي الوسطى | مركا | أفجوي | بلدوين
    en: Kismayo | Kismayu | Baidoa | Hargeisa | Somaliland | Puntland | Bosaso | Bossaso | Galkayo | Jubaland | Berbera | Lower Shabelle | Middle Shabelle | Merca | Marka | Afgooye | Afgoye | Beledweyne | Gedo | Jowhar

city ETH
    ar: تيغراي | تيجراي | تغراي | ميكيلي | أمهرة | أمهرا | أوروميا | غوندار | جوندار | بحر دار | دير داوا | هرر | سد النهضة
    en: Tigray | Mekelle | Mekele | Amhara | Oromia | Gondar | Bahir Dar | Dire Dawa | Harar | Grand Ethiopian Renaissance Dam

city ERI
    ar: مصوع
    en: Massawa | Assab

city DJI
    ar: أوبوك
    en: Tadjourah | Obock

# ===================================================================== East and Central Africa
city KEN
    ar: مومباسا | كيسومو | غاريسا | لامو | ناكورو | مانديرا | إلدوريت
    en: Mombasa | Kisumu | Garissa | Lamu | Nakuru | Mandera | Eldoret
city TZA
    ar: دار السلام | زنجبار | أروشا
    en: Dar es Salaam | Zanzibar | Arusha
city UGA
    ar: عنتيبي | غولو
    en: Entebbe | Gulu
city BDI
    ar: بوجومبورا
    en: Bujumbura
city COD
    ar: غوما | جوما | بوكافو | لوبومباشي | كيسانغاني | كيفو | شمال كيفو | جنوب كيفو | إيتوري | كاتانغا | بونيا | روتشورو | ماسيسي
    en: Goma | Bukavu | Lubumbashi | Kisangani | Kivu | North Kivu | South Kivu | Ituri | Katanga | Bunia | Rutshuru | Masisi | Beni
city CAF
    ar: بامباري | بيراو
    en: Bambari | Birao
city CMR
    ar: دوالا | ماروا | بامندا
    en: Douala | Maroua | Bamenda
city TCD
    ar: أبشي | موندو | تيبستي
    en: Abeche | Abéché | Moundou | Tibesti

# ===================================================================== Sahel and West Africa
city NER
    ar: أغاديز | أغاديس | تيلابيري | زيندر | مارادي | طاوا | أرليت
    en: Agadez | Diffa | Tillaberi | Tillabéri | Zinder | Maradi | Tahoua | Arlit
city MLI
    ar: تمبكتو | تومبوكتو | غاو | كيدال | موبتي | سيغو | ميناكا | أزواد | إقليم أزواد | سيكاسو
    en: Timbuktu | Tombouctou | Gao | Kidal | Mopti | Segou | Ségou | Menaka | Ménaka | Azawad | Sikasso | Kayes
city BFA
    ar: بوبو ديولاسو | جيبو | فادا نغورما
    en: Bobo-Dioulasso | Djibo | Fada N'Gourma
city NGA
    ar: لاغوس | مايدوغوري | ميدوغوري | بورنو | ولاية بورنو | يوبي | أداماوا | كادونا | زامفارا | كاتسينا | سوكوتو | جوس | بورت هاركورت | دلتا النيجر | بيافرا | إيبادان | شيبوك
    en: Lagos | Maiduguri | Borno | Borno State | Yobe | Adamawa | Kaduna | Kano | Zamfara | Katsina | Sokoto | Jos | Port Harcourt | Niger Delta | Biafra | Ibadan | Chibok
city BEN
    ar: كوتونو
    en: Cotonou
city GHA
    ar: كوماسي
    en: Kumasi
city CIV
    ar: أبيدجان | بواكي
    en: Abidjan | Bouake | Bouaké
city SEN
    ar: كازامانس | زيغينشور
    en: Casamance | Touba | Ziguinchor
city GIN
    ar: نزيريكوري
    en: Nzerekore | Nzérékoré

# ===================================================================== Southern Africa
city MOZ
    ar: كابو ديلغادو | كابو ديلجادو | موسيمبوا دا برايا | بيرا | نامبولا
    en: Cabo Delgado | Mocimboa da Praia | Mocímboa da Praia | Beira | Nampula
city ZAF
    ar: جوهانسبرغ | جوهانسبرج | كيب تاون | كيبتاون | ديربان | سويتو | بورت إليزابيث
    en: Johannesburg | Cape Town | Durban | Soweto | Port Elizabeth | Gqeberha
city ZWE
    ar: بولاوايو
    en: Bulawayo
city AGO
    ar: كابيندا
    en: Cabinda

# ===================================================================== Turkey
city TUR
    ar: إسطنبول | استانبول | إزمير | أضنة | غازي عنتاب | عنتاب | ديار بكر | شانلي أورفة | أورفة | كيليس | هاتاي | أنطاكية | أنطاليا | قونية | ماردين | ملاطية
    en: Istanbul | Izmir | Adana | Gaziantep | Antep | Diyarbakir | Diyarbakır | Sanliurfa | Şanlıurfa | Urfa | Kilis | Hatay | Antakya | Antalya | Konya | Mardin | Malatya | Bursa | Kayseri
    ar: هكاري | شرناق | قهرمان مرعش | مرسين | طرابزون | إسكندرون | قاعدة إنجرليك | إنجرليك | أرضروم | إسكي شهير | سيرت | تونجلي | أدرنة | أديامان
    en: Hakkari | Sirnak | Şırnak | Kahramanmaras | Kahramanmaraş | Mersin | Trabzon | Samsun | Iskenderun | Incirlik | Incirlik Air Base | Erzurum | Eskisehir | Eskişehir | Siirt | Tunceli | Kars | Edirne | Adiyaman | Osmaniye
    ar: البوسفور | مضيق البوسفور | الدردنيل | مضيق الدردنيل
    en: Bosphorus | Bosporus | Dardanelles

# ===================================================================== Iran
city IRN
    ar: أصفهان | شيراز | تبريز | مدينة قم | الأهواز | الأحواز | خوزستان | بندر عباس | بوشهر | نطنز | فوردو | كرمان | كرمانشاه
    en: Isfahan | Esfahan | Shiraz | Tabriz | Qom | Ahvaz | Ahwaz | Khuzestan | Bandar Abbas | Bushehr | Natanz | Fordow | Fordo | Kerman | Kermanshah | Mashhad | Hamadan
    ar: زاهدان | سيستان وبلوشستان | سيستان وبلوتشستان | سنندج | أرومية | مهاباد | عبادان | رشت | جزيرة خرج | بارشين | تشابهار | جابهار | سراوان | إيذه | بندر لنجة
    en: Zahedan | Sistan and Baluchestan | Sistan-Baluchestan | Sanandaj | Urmia | Mahabad | Abadan | Yazd | Rasht | Kharg Island | Parchin | Chabahar | Saravan | Izeh

# ===================================================================== Afghanistan
city AFG
    ar: قندهار | هرات | مزار شريف | جلال آباد | قندوز | هلمند | لوجار | لوغار | ننغرهار | ننجرهار | غزني | خوست | بكتيكا | باكتيكا | بكتيا | باكتيا
    en: Kandahar | Herat | Mazar-i-Sharif | Mazar-e-Sharif | Jalalabad | Kunduz | Kondoz | Helmand | Logar | Nangarhar | Ghazni | Khost | Paktika | Paktia | Paktiya
    ar: كونار | بدخشان | بنجشير | بانشير | وادي بنجشير | باميان | بلخ | فارياب | جوزجان | سربل | بغلان | تخار | فراه | نيمروز | أروزجان | أوروزغان | زابل | وردك | ميدان وردك
    en: Kunar | Konar | Badakhshan | Panjshir | Panjsher | Panjshir Valley | Bamiyan | Bamyan | Balkh | Faryab | Jowzjan | Jawzjan | Sar-e Pol | Sar-i-Pul | Baghlan | Takhar | Nimroz | Nimruz | Uruzgan | Oruzgan | Zabul | Wardak | Maidan Wardak | Ghor
    ar: كابيسا | بروان | باروان | لغمان | نورستان | بادغيس | دايكندي | سمنغان | لشكركاه | لشكر كاه | سبين بولدك | تورا بورا | باغرام | قاعدة باغرام | سنجين | موسى قلعة | تورخم | معبر تورخم | شاريكار | بولي خمري
    en: Kapisa | Parwan | Laghman | Nuristan | Badghis | Daykundi | Samangan | Lashkar Gah | Lashkargah | Spin Boldak | Tora Bora | Bagram | Bagram Air Base | Sangin | Musa Qala | Torkham | Charikar | Pul-e-Khumri

# ===================================================================== Pakistan
city PAK
    ar: كراتشي | لاهور | بيشاور | كويتا | راولبندي | ملتان | فيصل آباد | وزيرستان | شمال وزيرستان | جنوب وزيرستان | خيبر بختونخوا | بلوشستان | بلوتشستان | إقليم السند
    en: Karachi | Lahore | Peshawar | Quetta | Rawalpindi | Multan | Faisalabad | Waziristan | North Waziristan | South Waziristan | Khyber Pakhtunkhwa | Balochistan | Baluchistan | Sindh
    ar: أبوت آباد | وادي سوات | سوات | باجور | ميرانشاه | ميران شاه | بانو | غوادر | جوادر | مردان | تشامان | آزاد كشمير | كشمير الباكستانية | جلجت بلتستان
    en: Abbottabad | Swat Valley | Bajaur | Miranshah | Miran Shah | Bannu | Gwadar | Mardan | Chaman | Azad Kashmir | Pakistan-administered Kashmir | Gilgit-Baltistan

# ===================================================================== India, Bangladesh, Myanmar, Sri Lanka
city IND
    ar: مومباي | بومباي | دلهي | كولكاتا | كلكتا | تشيناي | بنغالور | بنغالورو | أحمد آباد | آسام | أوتار براديش | غوجارات | كجرات | كيرالا | مانيبور | أيوديا | أيودهيا | أمريتسار | بيهار
    en: Mumbai | Bombay | Delhi | Kolkata | Calcutta | Chennai | Madras | Bangalore | Bengaluru | Ahmedabad | Assam | Uttar Pradesh | Gujarat | Kerala | Manipur | Ayodhya | Amritsar | Bihar
    ar: جامو وكشمير | كشمير الهندية | سريناغار | سرينجار | لاداخ | باهالغام
    en: Jammu and Kashmir | Indian-administered Kashmir | Srinagar | Ladakh | Pahalgam
city BGD
    ar: شيتاغونغ | تشيتاغونغ | كوكس بازار
    en: Chittagong | Chattogram | Cox's Bazar | Cox's Bazaar
city MMR
    ar: يانغون | رانغون | راخين | أراكان | إقليم أراكان | ماندالاي | ولاية شان | ولاية كاشين
    en: Yangon | Rangoon | Rakhine | Rakhine State | Arakan | Mandalay | Shan State | Kachin | Kachin State
    ar: ساغاينغ | إقليم ساغاينغ | منطقة ساغاينغ | ماغواي | منطقة ماغواي | ولاية كارين | ولاية كاياه | ولاية تشين | ولاية راخين | ناي بي تاو | نايبيداو
    en: Sagaing | Sagaing Region | Magway | Karen State | Kayin State | Kayah State | Chin State | Naypyidaw | Naypyitaw
city LKA
    ar: جافنا
    en: Jaffna | Kandy

# ===================================================================== East and South-East Asia
city CHN
    ar: شنغهاي | شانغهاي | شينجيانغ | سنجان | تركستان الشرقية | أورومتشي | التبت | لاسا | ووهان | قوانغتشو | غوانغتشو | شنتشن | شينزين | تيانجين | تشونغتشينغ | هاينان | هانغتشو | منغوليا الداخلية
    en: Shanghai | Xinjiang | East Turkestan | Urumqi | Tibet | Lhasa | Wuhan | Guangzhou | Shenzhen | Tianjin | Chongqing | Hainan | Hangzhou | Inner Mongolia
city TWN
    ar: كاوهسيونغ | مضيق تايوان
    en: Kaohsiung | Taiwan Strait
city JPN
    ar: أوساكا | هيروشيما | ناغازاكي | ناجازاكي | أوكيناوا | فوكوشيما | كيوتو | يوكوهاما
    en: Osaka | Hiroshima | Nagasaki | Okinawa | Fukushima | Kyoto | Yokohama
city KOR
    ar: بوسان | إنتشون | بانمونجوم
    en: Busan | Pusan | Incheon | Inchon | Panmunjom
city PRK
    ar: يونغبيون | كايسونغ
    en: Yongbyon | Kaesong
city IDN
    ar: آتشيه | سورابايا
    en: Bali | Aceh | Surabaya
city PHL
    ar: مينداناو | مراوي | سيبو | دافاو
    en: Mindanao | Marawi | Cebu | Davao
city THA
    ar: فوكيت | شيانغ ماي
    en: Phuket | Chiang Mai
city VNM
    ar: مدينة هوشي منه | سايغون
    en: Ho Chi Minh City | Saigon
city MYS
    ar: بينانغ
    en: Penang

# ===================================================================== Russia
city RUS
    ar: سان بطرسبرغ | سانت بطرسبرغ | بطرسبرغ | سان بطرسبورغ | فولغوغراد | قازان | كازان | الشيشان | غروزني | داغستان | محج قلعة | إنغوشيا | تتارستان | سيبيريا | فلاديفوستوك
    en: Saint Petersburg | St Petersburg | St. Petersburg | Volgograd | Kazan | Chechnya | Grozny | Dagestan | Daghestan | Makhachkala | Ingushetia | Tatarstan | Siberia | Vladivostok
    ar: نوفوسيبيرسك | يكاترينبورغ | روستوف | روستوف على الدون | كورسك | بيلغورود | بريانسك | كالينينغراد | سوتشي | كراسنودار | نوفوروسيسك | مورمانسك | فورونيج | نيجني نوفغورود | بسكوف | سمولينسك | تشيليابينسك | إيركوتسك | أومسك
    en: Novosibirsk | Yekaterinburg | Rostov | Rostov-on-Don | Kursk | Belgorod | Bryansk | Kaliningrad | Sochi | Krasnodar | Novorossiysk | Murmansk | Voronezh | Nizhny Novgorod | Pskov | Smolensk | Chelyabinsk | Irkutsk | Omsk

# ===================================================================== Ukraine
city UKR
    ar: خاركيف | خاركوف | أوديسا | دونيتسك | لوغانسك | لوهانسك | دونباس | ماريوبول | زابوريجيا | زاباروجيا | خيرسون | دنيبرو | دنيبروبيتروفسك | لفيف
    en: Kharkiv | Kharkov | Odesa | Odessa | Donetsk | Luhansk | Lugansk | Donbas | Donbass | Mariupol | Zaporizhzhia | Zaporizhia | Zaporozhye | Kherson | Dnipro | Dnipropetrovsk | Lviv | Lvov
    ar: القرم | شبه جزيرة القرم | سيفاستوبول | سيمفيروبول | جسر القرم | ميكولايف | بوتشا | إيربين | سومي | تشيرنيهيف | تشرنيغوف | تشيرنوبيل | تشرنوبل | كراماتورسك | سلوفيانسك | سيفيرودونيتسك | ليسيتشانسك | باخموت | أرتيموفسك | أفدييفكا | بوكروفسك | فوغليدار | إنرهودار | بولتافا | كريمنشوك | فينيتسا | جيتومير | أوزهورود | تشاسيف يار | كوبيانسك
    en: Crimea | Crimean Peninsula | Sevastopol | Simferopol | Kerch Bridge | Crimean Bridge | Mykolaiv | Nikolaev | Bucha | Irpin | Sumy | Chernihiv | Chernobyl | Chornobyl | Kramatorsk | Sloviansk | Slovyansk | Severodonetsk | Sievierodonetsk | Lysychansk | Bakhmut | Artemovsk | Avdiivka | Avdeyevka | Pokrovsk | Vuhledar | Enerhodar | Poltava | Kremenchuk | Vinnytsia | Zhytomyr | Uzhhorod | Chasiv Yar | Kupiansk

# ===================================================================== Caucasus, Eastern Europe, Central Asia
city GEO
    ar: أبخازيا | أوسيتيا الجنوبية | باتومي | سوخومي | تسخينفالي | أجاريا
    en: Abkhazia | South Ossetia | Batumi | Sukhumi | Tskhinvali | Adjara
city AZE
    ar: ناغورني قره باغ | ناغورنو قره باغ | قره باغ | كاراباخ | ستيباناكيرت | خانكندي | شوشا | ناختشيفان | نخجوان | كنجة | غانجا
    en: Nagorno-Karabakh | Nagorno Karabakh | Karabakh | Stepanakert | Khankendi | Shusha | Shushi | Nakhchivan | Nakhichevan
city ARM
    ar: غيومري | ممر زنغزور
    en: Gyumri | Zangezur corridor
city MDA
    ar: ترانسنيستريا | بريدنيستروفيا | تيراسبول | غاغاوزيا
    en: Transnistria | Transdniestria | Pridnestrovie | Tiraspol | Gagauzia
city BLR
    ar: غرودنو | غوميل
    en: Grodno | Hrodna | Gomel | Homel
city KAZ
    ar: ألماتي | ألما آتا | شيمكنت
    en: Almaty | Alma-Ata | Shymkent
city UZB
    ar: سمرقند | بخارى | فرغانة | وادي فرغانة | أنديجان
    en: Samarkand | Bukhara | Fergana | Ferghana Valley | Andijan
city KGZ
    ar: أوش
    en: Osh
city TJK
    ar: خجند
    en: Khujand

# ===================================================================== Western and Central Europe
city GBR
    ar: مانشستر | ليفربول | برمنغهام | برمنجهام | غلاسكو | جلاسكو | إدنبرة | بلفاست | كارديف | ليدز | بريستول | أكسفورد | كامبريدج | سالزبري | دوفر
    en: Manchester | Liverpool | Birmingham | Glasgow | Edinburgh | Belfast | Cardiff | Leeds | Bristol | Oxford | Cambridge | Salisbury | Dover
    ar: إنجلترا | إنكلترا | اسكتلندا | ويلز | أيرلندا الشمالية
    en: England | Scotland | Wales | Northern Ireland
city FRA
    ar: مرسيليا | نيس | تولوز | ستراسبورغ | ستراسبورج | بوردو | نانت | كاليه | كورسيكا | مونبلييه | نورماندي | بريتاني | الألزاس
    en: Marseille | Marseilles | Lyon | Toulouse | Strasbourg | Bordeaux | Nantes | Calais | Corsica | Montpellier | Lille | Normandy | Alsace
city DEU
    ar: ميونخ | ميونيخ | هامبورغ | هامبورج | فرانكفورت | كولونيا | دوسلدورف | شتوتغارت | شتوتجارت | دريسدن | لايبزيغ | هانوفر | بافاريا | رامشتاين | قاعدة رامشتاين | هايدلبرغ | نورنبيرغ | بريمن
    en: Munich | München | Hamburg | Frankfurt | Cologne | Köln | Dusseldorf | Düsseldorf | Stuttgart | Dresden | Leipzig | Hanover | Hannover | Bavaria | Ramstein | Ramstein Air Base | Heidelberg | Nuremberg | Bremen | Bonn
city ITA
    ar: ميلانو | ميلان | نابولي | تورينو | فلورنسا | فينيسيا | صقلية | سردينيا | لامبيدوزا | جزيرة لامبيدوزا | باليرمو | جنوة | كالابريا
    en: Milan | Milano | Naples | Napoli | Turin | Torino | Venice | Sicily | Sardinia | Lampedusa | Palermo | Genoa | Calabria
city ESP
    ar: برشلونة | كتالونيا | كاتالونيا | إقليم كتالونيا | إقليم الباسك | بلاد الباسك | إشبيلية | فالنسيا | بلنسية | ملقة | مالقة | غرناطة | قرطبة | سبتة | مليلية | جزر الكناري | مايوركا | بلباو
    en: Barcelona | Catalonia | Basque Country | Seville | Sevilla | Valencia | Malaga | Málaga | Granada | Ceuta | Melilla | Canary Islands | Mallorca | Majorca | Bilbao
city PRT
    ar: بورتو | جزر الأزور | ماديرا
    en: Porto | Oporto | Azores | Madeira
city NLD
    ar: لاهاي | روتردام | أوتريخت
    en: The Hague | Rotterdam | Utrecht
city BEL
    ar: أنتويرب | أنفرس | لييج | مولنبيك | غنت
    en: Antwerp | Liège | Liege | Molenbeek | Ghent
city CHE
    ar: جنيف | زيوريخ | لوزان | دافوس | بازل | لوغانو | لوسيرن | بورغنستوك
    en: Geneva | Zurich | Zürich | Lausanne | Davos | Basel | Lugano | Lucerne | Bürgenstock
city AUT
    ar: سالزبورغ | إنسبروك | غراتس
    en: Salzburg | Innsbruck | Graz
city POL
    ar: كراكوف | غدانسك | جيشوف | بوزنان | فروتسواف | لوبلين
    en: Krakow | Kraków | Gdansk | Gdańsk | Rzeszow | Rzeszów | Poznan | Poznań | Wroclaw | Wrocław | Lublin
city CZE
    ar: برنو
    en: Brno
city HUN
    ar: ديبريسين
    en: Debrecen
city ROU
    ar: كونستانتا | كلوج
    en: Constanta | Constanța | Cluj | Cluj-Napoca
city BGR
    ar: فارنا | بلوفديف | بورغاس
    en: Varna | Plovdiv | Burgas

# ===================================================================== Balkans, Greece, Cyprus
city GRC
    ar: سالونيك | ثيسالونيكي | تسالونيكي | ليسبوس | جزيرة ليسبوس | كريت | جزيرة كريت | رودس | بيرايوس | ميناء بيرايوس | جزيرة ساموس | جزيرة خيوس | جزيرة كوس | لاريسا
    en: Thessaloniki | Salonika | Lesbos | Lesvos | Crete | Rhodes | Piraeus | Samos | Chios | Kos
city CYP
    ar: ليماسول | لارنكا | شمال قبرص | جمهورية شمال قبرص التركية | قبرص الشمالية | قبرص التركية | فاماغوستا | كيرينيا
    en: Limassol | Larnaca | Northern Cyprus | Turkish Republic of Northern Cyprus | TRNC | Famagusta | Kyrenia
city SRB
    ar: نوفي ساد | نيش | فويفودينا
    en: Novi Sad | Niš | Vojvodina
city BIH
    ar: سريبرينيتسا | سربرنيتسا | سربرنيتشا | موستار | بانيا لوكا | جمهورية صرب البوسنة | توزلا | غوراجدة
    en: Srebrenica | Mostar | Banja Luka | Republika Srpska | Tuzla | Gorazde | Goražde
city XKX
    ar: ميتروفيتسا | بريزرن
    en: Mitrovica | Prizren
city HRV
    ar: سبليت | دوبروفنيك | فوكوفار
    en: Dubrovnik | Vukovar

# ===================================================================== Nordic and Baltic
city SWE
    ar: غوتنبرغ | يوتيبوري | مالمو | أوبسالا
    en: Gothenburg | Göteborg | Malmo | Malmö | Uppsala
city NOR
    ar: بيرغن | ترومسو
    en: Bergen | Tromsø | Tromso
city DNK
    ar: آرهوس
    en: Aarhus
city FIN
    ar: توركو | تامبيري
    en: Turku | Tampere
city EST
    ar: نارفا | تارتو
    en: Narva | Tartu
city LTU
    ar: كاوناس | ممر سوالكي | فجوة سوالكي
    en: Kaunas | Suwalki Gap | Suwałki Gap

# ===================================================================== Americas
city USA
    ar: نيويورك | لوس أنجلوس | لوس أنجليس | شيكاغو | هيوستن | سان فرانسيسكو | ميامي | بوسطن | فيلادلفيا | أتلانتا | دالاس | ديترويت | سياتل | لاس فيغاس | لاس فيجاس | نيو أورليانز | مينيابوليس | بالتيمور | مانهاتن | بروكلين | بيرل هاربر | سان دييغو | دنفر
    en: New York | New York City | NYC | Los Angeles | Chicago | Houston | San Francisco | Miami | Boston | Philadelphia | Atlanta | Dallas | Detroit | Seattle | Las Vegas | New Orleans | Minneapolis | Baltimore | Manhattan | Brooklyn | Pearl Harbor | San Diego | Denver
    ar: فلوريدا | كاليفورنيا | تكساس | ألاسكا | هاواي | فيرجينيا | فرجينيا | ميشيغان | ميشيغن | أريزونا | بنسلفانيا | أوهايو | ويسكونسن | نيفادا | كارولينا الشمالية | كارولاينا الشمالية | كولورادو | إلينوي | ماساتشوستس | نيوجيرسي | نيو جيرسي | ولاية نيويورك | مينيسوتا | لويزيانا | كنتاكي | أيوا
    en: Florida | California | Texas | Alaska | Hawaii | Virginia | Michigan | Arizona | Pennsylvania | Ohio | Wisconsin | Nevada | North Carolina | Colorado | Illinois | Massachusetts | New Jersey | New York State | Minnesota | Louisiana | Kentucky | Iowa
city CAN
    ar: تورونتو | تورنتو | مونتريال | فانكوفر | كيبيك | ألبرتا | أونتاريو | كالغاري
    en: Toronto | Montreal | Montréal | Vancouver | Quebec | Québec | Alberta | Ontario | Calgary
city MEX
    ar: تيخوانا | تيجوانا | كانكون | سيوداد خواريز | سينالوا | أكابولكو
    en: Tijuana | Cancun | Cancún | Ciudad Juarez | Ciudad Juárez | Sinaloa | Acapulco
    ar: غواناخواتو | ولاية غواناخواتو | سالامانكا المكسيكية | ميتشواكان | ولاية ميتشواكان | خاليسكو | ولاية خاليسكو | غيريرو | ولاية غيريرو | تاماوليباس | ولاية تاماوليباس
    en: Guanajuato | Michoacan | Michoacán | Jalisco | Guerrero | Tamaulipas
    ar: سونورا | تشيهواهوا | مونتيري | غوادالاخارا | بويبلا | فيراكروز | كولياكان | نويفو لاريدو | زاكاتيكاس | موريلوس | ولاية سينالوا | سيلايا
    en: Sonora | Chihuahua | Monterrey | Guadalajara | Puebla | Veracruz | Culiacan | Culiacán | Nuevo Laredo | Zacatecas | Morelos | Celaya
city CUB
    ar: غوانتانامو | خليج غوانتانامو | سانتياغو دي كوبا
    en: Guantanamo | Guantánamo | Guantanamo Bay | Santiago de Cuba
city VEN
    ar: ماراكايبو
    en: Maracaibo
city COL
    ar: ميديلين | ميدلين | كارتاخينا
    en: Medellin | Medellín | Cartagena
city BRA
    ar: ريو دي جانيرو | ساو باولو | سلفادور دي باهيا | بيليم
    en: Rio de Janeiro | Sao Paulo | São Paulo | Belem | Belém
city ECU
    ar: غواياكيل | جواياكيل
    en: Guayaquil

# ===================================================================== Oceania
city AUS
    ar: سيدني | ملبورن | بيرث | بريزبن | أديلايد
    en: Sydney | Melbourne | Perth | Brisbane | Adelaide
city NZL
    ar: أوكلاند | كرايستشيرش | كرايست تشيرش
    en: Auckland | Christchurch
