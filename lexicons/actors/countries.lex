# hadath: states, with Arabic and English names, nisba adjectives, demonyms and capitals.
#
# Conventions
# * One record per state, keyed by ISO 3166-1 alpha-3 (CAMEO code where ISO has none).
# * `ar.adj` holds the masculine singular nisba only; feminine, dual and sound plurals are
#   generated. Where the nisba is spelt exactly like the country name (جيبوتي، بوروندي،
#   تشيلي، هايتي، ملاوي، زيمبابوي) it is left out: the name already matches.
# * Names that are ordinary Arabic words are left out on purpose, even when they are the
#   usual name, because every match of them would be a false place or actor:
#     مالي (also "financial")           -> only جمهورية مالي / دولة مالي
#     بنين (also "sons, boys")          -> only جمهورية بنين
#     بوتان (also "butane")             -> only مملكة بوتان
#     قمري (Comorian, also "lunar")     -> no nisba for COM
#     سيول (Seoul, also "torrents")     -> سول
#     كيف (Kyiv, also "how")            -> كييف
#     صوفيا (Sofia, also a given name and آيا صوفيا) -> English only
#     العيون (Laayoune, also "the eyes")  -> English only
#     صحراوي (Sahrawi, also "desert")   -> no Arabic nisba for ESH
#     مجري (Hungarian; مجرى "course, channel" once ى is folded) -> هنغاري only
#     تركماني، أوزبكي، طاجيكي (also ethnic groups of Iraq, Syria, Afghanistan)
#                                       -> only the -ستاني nisbas
# * Capitals spelt like their country (الكويت، تونس، الجزائر، جيبوتي، سنغافورة، موناكو،
#   لوكسمبورغ، سان مارينو، الفاتيكان) are left out in Arabic; Tunis and Algiers are given
#   in English, Kuwait City as مدينة الكويت.
# * عمان is Oman here. Amman (عمّان) is written the same once shadda is dropped, so Jordan's
#   capital is given in English only.
# * طرابلس is Libya's capital; Lebanon's Tripoli is left out.
# * القدس is left out of every capital list (contested). Israel's capital field holds the
#   metonym newsrooms use (تل أبيب); Palestine's holds رام الله.
# * Bare الكونغو / كونغولي are left out: they are ambiguous between COG and COD. English wires
#   write "Congo" and "Congolese" for the Democratic Republic (COD) and "Republic of Congo" for
#   Brazzaville, so the English bare forms are COD.
# * Bare كوريا / Korea is left out: ambiguous between PRK and KOR.

# ===================================================================== Middle East, North Africa

# Afghanistan
country AFG
    ar: أفغانستان | جمهورية أفغانستان الإسلامية | إمارة أفغانستان الإسلامية
    ar.adj: أفغاني
    ar.plural: أفغان
    en: Afghanistan | Islamic Republic of Afghanistan | Islamic Emirate of Afghanistan
    en.adj: Afghan | Afghans | Afghani
    capital: كابل | كابول | Kabul

# Algeria
country DZA
    ar: الجزائر | الجمهورية الجزائرية | الجمهورية الجزائرية الديمقراطية الشعبية
    ar.adj: جزائري
    en: Algeria | People's Democratic Republic of Algeria
    en.adj: Algerian | Algerians
    capital: Algiers

# Bahrain
country BHR
    ar: البحرين | مملكة البحرين
    ar.adj: بحريني
    en: Bahrain | Kingdom of Bahrain
    en.adj: Bahraini | Bahrainis
    capital: المنامة | Manama

# Comoros
country COM
    ar: جزر القمر | اتحاد جزر القمر | الاتحاد القمري
    en: Comoros | Union of the Comoros
    en.adj: Comorian | Comorians
    capital: موروني | Moroni

# Djibouti
country DJI
    ar: جيبوتي | جمهورية جيبوتي
    en: Djibouti | Republic of Djibouti
    en.adj: Djiboutian | Djiboutians

# Egypt
country EGY
    ar: مصر | جمهورية مصر العربية
    ar.adj: مصري
    en: Egypt | Arab Republic of Egypt
    en.adj: Egyptian | Egyptians
    capital: القاهرة | Cairo

# Iran
country IRN
    ar: إيران | الجمهورية الإسلامية الإيرانية | الجمهورية الإسلامية في إيران
    ar.adj: إيراني
    en: Iran | Islamic Republic of Iran
    en.adj: Iranian | Iranians
    capital: طهران | Tehran | Teheran

# Iraq
country IRQ
    ar: العراق | جمهورية العراق
    ar.adj: عراقي
    en: Iraq | Republic of Iraq
    en.adj: Iraqi | Iraqis
    capital: بغداد | Baghdad

# Israel
# الكيان الصهيوني / دولة الاحتلال are the names many Arab outlets use for Israel.
country ISR
    ar: إسرائيل | دولة إسرائيل | الكيان الصهيوني | الكيان الإسرائيلي | دولة الاحتلال
    ar.adj: إسرائيلي | صهيوني
    en: Israel | State of Israel
    en.adj: Israeli | Israelis
    capital: تل أبيب | Tel Aviv

# Jordan
country JOR
    ar: الأردن | المملكة الأردنية الهاشمية
    ar.adj: أردني
    en: Jordan | Hashemite Kingdom of Jordan
    en.adj: Jordanian | Jordanians
    capital: Amman

# Kuwait
country KWT
    ar: الكويت | دولة الكويت
    ar.adj: كويتي
    en: Kuwait | State of Kuwait
    en.adj: Kuwaiti | Kuwaitis
    capital: مدينة الكويت | Kuwait City

# Lebanon
country LBN
    ar: لبنان | الجمهورية اللبنانية
    ar.adj: لبناني
    en: Lebanon | Lebanese Republic
    en.adj: Lebanese
    capital: بيروت | Beirut

# Libya
country LBY
    ar: ليبيا | دولة ليبيا | الجماهيرية الليبية | الجماهيرية العربية الليبية
    ar.adj: ليبي
    en: Libya | State of Libya | Libyan Arab Jamahiriya
    en.adj: Libyan | Libyans
    capital: طرابلس | طرابلس الغرب | Tripoli

# Mauritania
country MRT
    ar: موريتانيا | موريطانيا | الجمهورية الإسلامية الموريتانية
    ar.adj: موريتاني | موريطاني
    en: Mauritania | Islamic Republic of Mauritania
    en.adj: Mauritanian | Mauritanians
    capital: نواكشوط | Nouakchott

# Morocco
country MAR
    ar: المغرب | المملكة المغربية
    ar.adj: مغربي
    ar.plural: مغاربة
    en: Morocco | Kingdom of Morocco
    en.adj: Moroccan | Moroccans
    capital: الرباط | Rabat

# Oman
country OMN
    ar: عمان | سلطنة عمان
    ar.adj: عماني
    en: Oman | Sultanate of Oman
    en.adj: Omani | Omanis
    capital: مسقط | Muscat

# Palestine
country PSE
    ar: فلسطين | دولة فلسطين | الأراضي الفلسطينية | الأراضي الفلسطينية المحتلة
    ar.adj: فلسطيني
    en: Palestine | State of Palestine | Palestinian territories | occupied Palestinian territories
    en.adj: Palestinian | Palestinians
    capital: رام الله | Ramallah

# Qatar
country QAT
    ar: قطر | دولة قطر
    ar.adj: قطري
    en: Qatar | State of Qatar
    en.adj: Qatari | Qataris
    capital: الدوحة | Doha

# Saudi Arabia
country SAU
    ar: السعودية | المملكة العربية السعودية
    ar.adj: سعودي
    en: Saudi Arabia | Kingdom of Saudi Arabia | KSA
    en.adj: Saudi | Saudis
    capital: الرياض | Riyadh

# Somalia
country SOM
    ar: الصومال | جمهورية الصومال الفيدرالية | جمهورية الصومال
    ar.adj: صومالي
    en: Somalia | Federal Republic of Somalia
    en.adj: Somali | Somalis
    capital: مقديشو | مقديشيو | Mogadishu

# South Sudan
country SSD
    ar: جنوب السودان | جمهورية جنوب السودان
    ar.adj: جنوب سوداني
    en: South Sudan | Republic of South Sudan
    en.adj: South Sudanese
    capital: جوبا | Juba

# Sudan
country SDN
    ar: السودان | جمهورية السودان
    ar.adj: سوداني
    en: Sudan | Republic of the Sudan | Republic of Sudan
    en.adj: Sudanese
    capital: الخرطوم | Khartoum

# Syria
country SYR
    ar: سوريا | سورية | الجمهورية العربية السورية
    ar.adj: سوري
    en: Syria | Syrian Arab Republic
    en.adj: Syrian | Syrians
    capital: دمشق | Damascus

# Tunisia
country TUN
    ar: تونس | الجمهورية التونسية
    ar.adj: تونسي
    en: Tunisia | Republic of Tunisia | Tunisian Republic
    en.adj: Tunisian | Tunisians
    capital: Tunis

# Turkey
country TUR
    ar: تركيا | الجمهورية التركية | جمهورية تركيا
    ar.adj: تركي
    ar.plural: أتراك
    en: Turkey | Türkiye | Turkiye | Republic of Turkey | Republic of Türkiye
    en.adj: Turkish | Turk | Turks
    capital: أنقرة | Ankara

# United Arab Emirates
country ARE
    ar: الإمارات | الإمارات العربية المتحدة | دولة الإمارات
    ar.adj: إماراتي
    en: United Arab Emirates | UAE | U.A.E.
    en.adj: Emirati | Emiratis
    capital: أبوظبي | أبو ظبي | Abu Dhabi

# Western Sahara
# الصحراء المغربية is the Moroccan name for the same territory.
country ESH
    ar: الصحراء الغربية | الصحراء المغربية | الجمهورية العربية الصحراوية الديمقراطية
    en: Western Sahara | Sahrawi Arab Democratic Republic
    en.adj: Sahrawi | Sahrawis | Saharawi | Saharawis
    capital: Laayoune | El Aaiun

# Yemen
country YEM
    ar: اليمن | الجمهورية اليمنية | اليمن الشمالي | الجمهورية العربية اليمنية
    ar.adj: يمني
    en: Yemen | Republic of Yemen | North Yemen | Yemen Arab Republic
    en.adj: Yemeni | Yemenis
    capital: صنعاء | Sanaa | Sana'a

# ===================================================================== Sub-Saharan Africa

# Angola
country AGO
    ar: أنغولا | أنجولا | جمهورية أنغولا
    ar.adj: أنغولي | أنجولي
    en: Angola | Republic of Angola
    en.adj: Angolan | Angolans
    capital: لواندا | Luanda

# Benin (بنين alone also means "sons, boys")
country BEN
    ar: جمهورية بنين | داهومي
    en: Benin | Republic of Benin | Dahomey
    en.adj: Beninese
    capital: بورتو نوفو | Porto-Novo | Porto Novo

# Botswana
country BWA
    ar: بوتسوانا | جمهورية بوتسوانا
    ar.adj: بوتسواني
    en: Botswana | Republic of Botswana
    en.adj: Motswana | Batswana | Botswanan
    capital: غابورون | جابورون | Gaborone

# Burkina Faso
country BFA
    ar: بوركينا فاسو | بوركينافاسو
    ar.adj: بوركيني | بوركينابي
    en: Burkina Faso | Upper Volta
    en.adj: Burkinabe | Burkinabè
    capital: واغادوغو | واجادوجو | Ouagadougou

# Burundi
country BDI
    ar: بوروندي | جمهورية بوروندي
    en: Burundi | Republic of Burundi
    en.adj: Burundian | Burundians
    capital: جيتيغا | غيتيغا | Gitega

# Cabo Verde
country CPV
    ar: الرأس الأخضر | جمهورية الرأس الأخضر | كابو فيردي
    en: Cabo Verde | Cape Verde | Republic of Cabo Verde
    en.adj: Cape Verdean | Cape Verdeans | Cabo Verdean
    capital: برايا | Praia

# Cameroon
country CMR
    ar: الكاميرون | جمهورية الكاميرون
    ar.adj: كاميروني
    en: Cameroon | Republic of Cameroon
    en.adj: Cameroonian | Cameroonians
    capital: ياوندي | Yaoundé | Yaounde

# Central African Republic
country CAF
    ar: جمهورية أفريقيا الوسطى | أفريقيا الوسطى
    en: Central African Republic
    en.adj: Central African | Central Africans
    capital: بانغي | بانجي | Bangui

# Chad
country TCD
    ar: تشاد | جمهورية تشاد
    ar.adj: تشادي
    en: Chad | Republic of Chad
    en.adj: Chadian | Chadians
    capital: نجامينا | إنجامينا | أنجمينا | N'Djamena | Ndjamena

# Congo (Brazzaville)
country COG
    ar: جمهورية الكونغو | الكونغو برازافيل
    en: Republic of the Congo | Republic of Congo | Congo-Brazzaville | Congo Brazzaville
    capital: برازافيل | Brazzaville

# Congo (Kinshasa)
country COD
    ar: جمهورية الكونغو الديمقراطية | الكونغو الديمقراطية | الكونغو كينشاسا | زائير
    en: Democratic Republic of the Congo | Democratic Republic of Congo | DR Congo | DRC | D.R.C. | Congo-Kinshasa | Zaire | Congo
    en.adj: Congolese | Zairean | Zairian
    capital: كينشاسا | Kinshasa

# Côte d'Ivoire
country CIV
    ar: ساحل العاج | كوت ديفوار | جمهورية ساحل العاج | جمهورية كوت ديفوار
    ar.adj: إيفواري
    en: Côte d'Ivoire | Cote d'Ivoire | Ivory Coast
    en.adj: Ivorian | Ivorians
    capital: ياموسوكرو | Yamoussoukro

# Equatorial Guinea
country GNQ
    ar: غينيا الاستوائية | جمهورية غينيا الاستوائية
    en: Equatorial Guinea | Republic of Equatorial Guinea
    en.adj: Equatoguinean | Equatorial Guinean
    capital: مالابو | Malabo

# Eritrea
country ERI
    ar: إريتريا | دولة إريتريا
    ar.adj: إريتري
    en: Eritrea | State of Eritrea
    en.adj: Eritrean | Eritreans
    capital: أسمرة | أسمرا | Asmara

# Eswatini
country SWZ
    ar: إسواتيني | مملكة إسواتيني | سوازيلاند | سوازيلند
    en: Eswatini | Kingdom of Eswatini | Swaziland
    en.adj: Swazi | Swazis
    capital: مباباني | Mbabane

# Ethiopia
country ETH
    ar: إثيوبيا | جمهورية إثيوبيا الديمقراطية الاتحادية | الحبشة
    ar.adj: إثيوبي
    en: Ethiopia | Federal Democratic Republic of Ethiopia | Abyssinia
    en.adj: Ethiopian | Ethiopians
    capital: أديس أبابا | Addis Ababa

# Gabon
country GAB
    ar: الغابون | الجابون | الجمهورية الغابونية
    ar.adj: غابوني | جابوني
    en: Gabon | Gabonese Republic
    en.adj: Gabonese
    capital: ليبرفيل | Libreville

# Gambia
country GMB
    ar: غامبيا | جامبيا | جمهورية غامبيا
    ar.adj: غامبي
    en: Gambia | The Gambia | Republic of The Gambia
    en.adj: Gambian | Gambians
    capital: بانجول | Banjul

# Ghana
country GHA
    ar: غانا | جمهورية غانا
    ar.adj: غاني
    en: Ghana | Republic of Ghana
    en.adj: Ghanaian | Ghanaians
    capital: أكرا | Accra

# Guinea
country GIN
    ar: غينيا | جمهورية غينيا | غينيا كوناكري
    ar.adj: غيني
    en: Guinea | Republic of Guinea | Guinea-Conakry
    en.adj: Guinean | Guineans
    capital: كوناكري | Conakry

# Guinea-Bissau
country GNB
    ar: غينيا بيساو | جمهورية غينيا بيساو
    en: Guinea-Bissau | Guinea Bissau | Republic of Guinea-Bissau
    en.adj: Bissau-Guinean | Bissau-Guineans
    capital: بيساو | Bissau

# Kenya
country KEN
    ar: كينيا | جمهورية كينيا
    ar.adj: كيني
    en: Kenya | Republic of Kenya
    en.adj: Kenyan | Kenyans
    capital: نيروبي | نايروبي | Nairobi

# Lesotho
country LSO
    ar: ليسوتو | مملكة ليسوتو
    en: Lesotho | Kingdom of Lesotho
    en.adj: Mosotho | Basotho
    capital: ماسيرو | Maseru

# Liberia
country LBR
    ar: ليبيريا | جمهورية ليبيريا
    ar.adj: ليبيري
    en: Liberia | Republic of Liberia
    en.adj: Liberian | Liberians
    capital: مونروفيا | Monrovia

# Madagascar
country MDG
    ar: مدغشقر | جمهورية مدغشقر
    ar.adj: مدغشقري
    en: Madagascar | Republic of Madagascar
    en.adj: Malagasy
    capital: أنتاناناريفو | Antananarivo

# Malawi
country MWI
    ar: ملاوي | مالاوي | جمهورية ملاوي
    en: Malawi | Republic of Malawi
    en.adj: Malawian | Malawians
    capital: ليلونغوي | ليلونجوي | Lilongwe

# Mali (bare مالي also means "financial": only unambiguous forms)
country MLI
    ar: جمهورية مالي | دولة مالي | شمال مالي | جنوب مالي | وسط مالي | شرق مالي | غرب مالي
    en: Mali | Republic of Mali
    en.adj: Malian | Malians
    capital: باماكو | Bamako

# Mauritius
country MUS
    ar: موريشيوس | جمهورية موريشيوس
    en: Mauritius | Republic of Mauritius
    en.adj: Mauritian | Mauritians
    capital: بورت لويس | Port Louis

# Mozambique
country MOZ
    ar: موزمبيق | موزامبيق | جمهورية موزمبيق
    ar.adj: موزمبيقي
    en: Mozambique | Republic of Mozambique
    en.adj: Mozambican | Mozambicans
    capital: مابوتو | Maputo

# Namibia
country NAM
    ar: ناميبيا | جمهورية ناميبيا
    ar.adj: ناميبي
    en: Namibia | Republic of Namibia
    en.adj: Namibian | Namibians
    capital: ويندهوك | Windhoek

# Niger
country NER
    ar: النيجر | جمهورية النيجر
    ar.adj: نيجري
    en: Niger | Republic of the Niger | Republic of Niger
    en.adj: Nigerien | Nigeriens
    capital: نيامي | Niamey

# Nigeria
country NGA
    ar: نيجيريا | جمهورية نيجيريا الاتحادية
    ar.adj: نيجيري
    en: Nigeria | Federal Republic of Nigeria
    en.adj: Nigerian | Nigerians
    capital: أبوجا | Abuja

# Rwanda
country RWA
    ar: رواندا | جمهورية رواندا
    ar.adj: رواندي
    en: Rwanda | Republic of Rwanda
    en.adj: Rwandan | Rwandans
    capital: كيغالي | كيجالي | Kigali

# São Tomé and Príncipe
country STP
    ar: ساو تومي وبرينسيب | ساو تومي وبرينسيبي
    en: São Tomé and Príncipe | Sao Tome and Principe
    en.adj: Santomean | Santomeans

# Senegal
country SEN
    ar: السنغال | جمهورية السنغال
    ar.adj: سنغالي
    en: Senegal | Republic of Senegal
    en.adj: Senegalese
    capital: داكار | Dakar

# Seychelles
country SYC
    ar: سيشل | جزر سيشل | جمهورية سيشل
    en: Seychelles | Republic of Seychelles
    en.adj: Seychellois

# Sierra Leone
country SLE
    ar: سيراليون | سيرا ليون | جمهورية سيراليون
    ar.adj: سيراليوني
    en: Sierra Leone | Republic of Sierra Leone
    en.adj: Sierra Leonean | Sierra Leoneans
    capital: فريتاون | Freetown

# South Africa
country ZAF
    ar: جنوب أفريقيا | جمهورية جنوب أفريقيا
    ar.adj: جنوب أفريقي
    en: South Africa | Republic of South Africa
    en.adj: South African | South Africans
    capital: بريتوريا | Pretoria

# Tanzania
country TZA
    ar: تنزانيا | جمهورية تنزانيا المتحدة
    ar.adj: تنزاني
    en: Tanzania | United Republic of Tanzania
    en.adj: Tanzanian | Tanzanians
    capital: دودوما | Dodoma

# Togo
country TGO
    ar: توغو | الجمهورية التوغولية | جمهورية توغو
    ar.adj: توغولي
    en: Togo | Togolese Republic
    en.adj: Togolese
    capital: لومي | Lomé | Lome

# Uganda
country UGA
    ar: أوغندا | جمهورية أوغندا
    ar.adj: أوغندي
    en: Uganda | Republic of Uganda
    en.adj: Ugandan | Ugandans
    capital: كمبالا | كامبالا | Kampala

# Zambia
country ZMB
    ar: زامبيا | جمهورية زامبيا
    ar.adj: زامبي
    en: Zambia | Republic of Zambia
    en.adj: Zambian | Zambians
    capital: لوساكا | Lusaka

# Zimbabwe
country ZWE
    ar: زيمبابوي | زمبابوي | جمهورية زيمبابوي
    en: Zimbabwe | Republic of Zimbabwe
    en.adj: Zimbabwean | Zimbabweans
    capital: هراري | Harare

# ===================================================================== Europe

# Albania
country ALB
    ar: ألبانيا | جمهورية ألبانيا
    ar.adj: ألباني
    # definite forms listed as for DEU; ألبان is NOT listed (it normalises like بأن)
    ar.plural: ألبانية | الألباني | الألبانية | الألبانيين | الألبانيون | الألبانيات
    en: Albania | Republic of Albania
    en.adj: Albanian | Albanians
    capital: تيرانا | Tirana

# Andorra
country AND
    ar: أندورا | إمارة أندورا
    en: Andorra | Principality of Andorra
    en.adj: Andorran | Andorrans
    capital: أندورا لا فيلا | Andorra la Vella

# Austria
country AUT
    ar: النمسا | جمهورية النمسا
    ar.adj: نمساوي
    en: Austria | Republic of Austria
    en.adj: Austrian | Austrians
    capital: فيينا | Vienna

# Belarus
country BLR
    ar: بيلاروسيا | بيلاروس | روسيا البيضاء | جمهورية بيلاروسيا
    ar.adj: بيلاروسي
    en: Belarus | Republic of Belarus | Byelorussia
    en.adj: Belarusian | Belarusians | Belarussian
    capital: مينسك | Minsk

# Belgium
country BEL
    ar: بلجيكا | مملكة بلجيكا
    ar.adj: بلجيكي
    en: Belgium | Kingdom of Belgium
    en.adj: Belgian | Belgians
    capital: بروكسل | Brussels

# Bosnia and Herzegovina
country BIH
    ar: البوسنة والهرسك | البوسنة
    ar.adj: بوسني
    en: Bosnia and Herzegovina | Bosnia-Herzegovina | Bosnia
    en.adj: Bosnian | Bosnians
    capital: سراييفو | ساراييفو | Sarajevo

# Bulgaria
country BGR
    ar: بلغاريا | جمهورية بلغاريا
    ar.adj: بلغاري
    ar.plural: بلغار
    en: Bulgaria | Republic of Bulgaria
    en.adj: Bulgarian | Bulgarians

# Croatia
country HRV
    ar: كرواتيا | جمهورية كرواتيا
    ar.adj: كرواتي
    en: Croatia | Republic of Croatia
    en.adj: Croatian | Croatians | Croat | Croats
    capital: زغرب | زاغرب | Zagreb

# Cyprus
country CYP
    ar: قبرص | جمهورية قبرص
    ar.adj: قبرصي
    en: Cyprus | Republic of Cyprus
    en.adj: Cypriot | Cypriots
    capital: نيقوسيا | Nicosia

# Czechia
country CZE
    ar: التشيك | جمهورية التشيك | تشيكيا
    ar.adj: تشيكي
    en: Czechia | Czech Republic
    en.adj: Czech | Czechs
    capital: براغ | Prague

# Denmark
country DNK
    ar: الدنمارك | الدانمارك | الدنمرك | الدانمرك | مملكة الدنمارك
    ar.adj: دنماركي | دانماركي
    en: Denmark | Kingdom of Denmark
    en.adj: Danish | Dane | Danes
    capital: كوبنهاغن | كوبنهاجن | Copenhagen

# Estonia
country EST
    ar: إستونيا | جمهورية إستونيا
    ar.adj: إستوني
    en: Estonia | Republic of Estonia
    en.adj: Estonian | Estonians
    capital: تالين | Tallinn

# Finland
country FIN
    ar: فنلندا | جمهورية فنلندا
    ar.adj: فنلندي
    en: Finland | Republic of Finland
    en.adj: Finnish | Finn | Finns
    capital: هلسنكي | Helsinki

# France
country FRA
    ar: فرنسا | الجمهورية الفرنسية
    ar.adj: فرنسي
    en: France | French Republic
    en.adj: French | Frenchman | Frenchmen
    capital: باريس | Paris

# Germany
country DEU
    ar: ألمانيا | جمهورية ألمانيا الاتحادية | ألمانيا الاتحادية | ألمانيا الغربية
    ar.adj: ألماني
    # the definite forms are listed: the article of الألماني / الألمانية is lost with the hamza (ال+ألماني)
    ar.plural: ألمان | الألمان | الألماني | الألمانية | الألمانيين | الألمانيون | الألمانيات | الألمانيتين | الألمانيان | الألمانيتان
    en: Germany | Federal Republic of Germany | West Germany
    en.adj: German | Germans
    capital: برلين | Berlin

# Greece
country GRC
    ar: اليونان | الجمهورية اليونانية
    ar.adj: يوناني
    en: Greece | Hellenic Republic
    en.adj: Greek | Greeks
    capital: أثينا | Athens

# Holy See
country VAT
    ar: الفاتيكان | الكرسي الرسولي | دولة الفاتيكان | دولة مدينة الفاتيكان
    ar.adj: فاتيكاني
    en: Holy See | Vatican | Vatican City

# Hungary
country HUN
    ar: المجر | هنغاريا
    ar.adj: هنغاري
    en: Hungary
    en.adj: Hungarian | Hungarians
    capital: بودابست | Budapest

# Iceland
country ISL
    ar: آيسلندا
    ar.adj: آيسلندي
    en: Iceland | Republic of Iceland
    en.adj: Icelandic | Icelander | Icelanders
    capital: ريكيافيك | Reykjavik | Reykjavík

# Ireland
country IRL
    ar: أيرلندا | جمهورية أيرلندا
    ar.adj: أيرلندي
    en: Ireland | Republic of Ireland
    en.adj: Irish
    capital: دبلن | Dublin

# Italy
country ITA
    ar: إيطاليا | الجمهورية الإيطالية
    ar.adj: إيطالي
    en: Italy | Italian Republic
    en.adj: Italian | Italians
    capital: روما | Rome

# Kosovo
country XKX
    ar: كوسوفو | جمهورية كوسوفو
    ar.adj: كوسوفي
    en: Kosovo | Republic of Kosovo
    en.adj: Kosovar | Kosovars | Kosovan
    capital: بريشتينا | Pristina | Prishtina

# Latvia
country LVA
    ar: لاتفيا | جمهورية لاتفيا
    ar.adj: لاتفي
    en: Latvia | Republic of Latvia
    en.adj: Latvian | Latvians
    capital: ريغا | ريجا | Riga

# Liechtenstein
country LIE
    ar: ليختنشتاين | ليشتنشتاين | إمارة ليختنشتاين
    en: Liechtenstein | Principality of Liechtenstein
    en.adj: Liechtensteiner | Liechtensteiners
    capital: فادوز | Vaduz

# Lithuania
country LTU
    ar: ليتوانيا | لتوانيا | جمهورية ليتوانيا
    ar.adj: ليتواني
    en: Lithuania | Republic of Lithuania
    en.adj: Lithuanian | Lithuanians
    capital: فيلنيوس | Vilnius

# Luxembourg
country LUX
    ar: لوكسمبورغ | لوكسمبورج | دوقية لوكسمبورغ الكبرى
    ar.adj: لوكسمبورغي
    en: Luxembourg | Grand Duchy of Luxembourg
    en.adj: Luxembourger | Luxembourgers | Luxembourgish

# Malta
country MLT
    ar: مالطا | مالطة | جمهورية مالطا
    ar.adj: مالطي
    en: Malta | Republic of Malta
    en.adj: Maltese
    capital: فاليتا | Valletta

# Moldova
country MDA
    ar: مولدوفا | مولدافيا | جمهورية مولدوفا
    ar.adj: مولدوفي | مولدافي
    en: Moldova | Republic of Moldova | Moldavia
    en.adj: Moldovan | Moldovans
    capital: كيشيناو | Chisinau | Chișinău

# Monaco
country MCO
    ar: موناكو | إمارة موناكو
    en: Monaco | Principality of Monaco
    en.adj: Monegasque | Monégasque

# Montenegro
country MNE
    ar: الجبل الأسود | مونتينيغرو | مونتنيغرو
    ar.adj: مونتينيغري
    en: Montenegro
    en.adj: Montenegrin | Montenegrins
    capital: بودغوريتسا | بودغوريكا | Podgorica

# Netherlands
country NLD
    ar: هولندا | مملكة هولندا | مملكة الأراضي المنخفضة
    ar.adj: هولندي
    en: Netherlands | The Netherlands | Kingdom of the Netherlands | Holland
    en.adj: Dutch | Dutchman | Dutchmen
    capital: أمستردام | Amsterdam

# North Macedonia
country MKD
    ar: مقدونيا الشمالية | جمهورية مقدونيا الشمالية | مقدونيا
    ar.adj: مقدوني
    en: North Macedonia | Republic of North Macedonia | Macedonia | FYROM
    en.adj: Macedonian | Macedonians
    capital: سكوبيه | سكوبيي | Skopje

# Norway
country NOR
    ar: النرويج | مملكة النرويج
    ar.adj: نرويجي
    en: Norway | Kingdom of Norway
    en.adj: Norwegian | Norwegians
    capital: أوسلو | Oslo

# Poland
country POL
    ar: بولندا | جمهورية بولندا
    ar.adj: بولندي
    en: Poland | Republic of Poland
    en.adj: Polish
    capital: وارسو | Warsaw

# Portugal
country PRT
    ar: البرتغال | الجمهورية البرتغالية
    ar.adj: برتغالي
    en: Portugal | Portuguese Republic
    en.adj: Portuguese
    capital: لشبونة | Lisbon

# Romania
country ROU
    ar: رومانيا
    ar.adj: روماني
    en: Romania | Rumania
    en.adj: Romanian | Romanians
    capital: بوخارست | بخارست | Bucharest

# Russia
country RUS
    ar: روسيا | روسيا الاتحادية | الاتحاد الروسي
    ar.adj: روسي
    ar.plural: روس
    en: Russia | Russian Federation
    en.adj: Russian | Russians
    capital: موسكو | Moscow

# San Marino
country SMR
    ar: سان مارينو | جمهورية سان مارينو
    en: San Marino | Republic of San Marino
    en.adj: Sammarinese

# Serbia
country SRB
    ar: صربيا | جمهورية صربيا
    ar.adj: صربي
    en: Serbia | Republic of Serbia
    en.adj: Serbian | Serbians | Serb | Serbs
    capital: بلغراد | Belgrade

# Slovakia
country SVK
    ar: سلوفاكيا | جمهورية سلوفاكيا
    ar.adj: سلوفاكي
    en: Slovakia | Slovak Republic
    en.adj: Slovak | Slovaks | Slovakian
    capital: براتيسلافا | Bratislava

# Slovenia
country SVN
    ar: سلوفينيا | جمهورية سلوفينيا
    ar.adj: سلوفيني
    en: Slovenia | Republic of Slovenia
    en.adj: Slovenian | Slovenians | Slovene | Slovenes
    capital: ليوبليانا | لوبليانا | Ljubljana

# Spain
country ESP
    ar: إسبانيا | مملكة إسبانيا
    ar.adj: إسباني
    ar.plural: إسبان
    en: Spain | Kingdom of Spain
    en.adj: Spanish | Spaniard | Spaniards
    capital: مدريد | Madrid

# Sweden
country SWE
    ar: السويد | مملكة السويد
    ar.adj: سويدي
    en: Sweden | Kingdom of Sweden
    en.adj: Swedish | Swede | Swedes
    capital: ستوكهولم | Stockholm

# Switzerland
country CHE
    ar: سويسرا | الاتحاد السويسري
    ar.adj: سويسري
    en: Switzerland | Swiss Confederation
    en.adj: Swiss
    capital: برن | Bern | Berne

# Ukraine
country UKR
    ar: أوكرانيا
    ar.adj: أوكراني
    en: Ukraine
    en.adj: Ukrainian | Ukrainians
    capital: كييف | Kyiv | Kiev

# United Kingdom
country GBR
    ar: المملكة المتحدة | بريطانيا | بريطانيا العظمى | المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية
    ar.adj: بريطاني
    ar.plural: إنجليز | إنكليز
    en: United Kingdom | UK | U.K. | Britain | Great Britain | United Kingdom of Great Britain and Northern Ireland
    en.adj: British | Briton | Britons | Brits
    capital: لندن | London

# ===================================================================== Caucasus and Central Asia

# Armenia
country ARM
    ar: أرمينيا | جمهورية أرمينيا
    ar.adj: أرميني | أرمني
    ar.plural: أرمن
    en: Armenia | Republic of Armenia
    en.adj: Armenian | Armenians
    capital: يريفان | Yerevan

# Azerbaijan
country AZE
    ar: أذربيجان | جمهورية أذربيجان
    ar.adj: أذربيجاني | أذري
    en: Azerbaijan | Republic of Azerbaijan
    en.adj: Azerbaijani | Azerbaijanis | Azeri | Azeris
    capital: باكو | Baku

# Georgia
country GEO
    ar: جورجيا
    ar.adj: جورجي
    en: Georgia
    en.adj: Georgian | Georgians
    capital: تبليسي | Tbilisi

# Kazakhstan
country KAZ
    ar: كازاخستان | قازاقستان | جمهورية كازاخستان
    ar.adj: كازاخستاني | كازاخي
    en: Kazakhstan | Republic of Kazakhstan
    en.adj: Kazakh | Kazakhs | Kazakhstani
    capital: أستانا | Astana | Nur-Sultan

# Kyrgyzstan
country KGZ
    ar: قرغيزستان | قيرغيزستان | قرغيزيا | الجمهورية القرغيزية
    ar.adj: قرغيزي | قيرغيزي
    en: Kyrgyzstan | Kyrgyz Republic | Kirghizia
    en.adj: Kyrgyz | Kyrgyzstani
    capital: بيشكك | Bishkek

# Tajikistan (طاجيكي also names the Tajiks of Afghanistan: only the country nisba)
country TJK
    ar: طاجيكستان | جمهورية طاجيكستان
    ar.adj: طاجيكستاني
    en: Tajikistan | Republic of Tajikistan
    en.adj: Tajikistani
    capital: دوشنبه | Dushanbe

# Turkmenistan (تركماني also names the Turkmen of Iraq and Syria: only the country nisba)
country TKM
    ar: تركمانستان
    ar.adj: تركمانستاني
    en: Turkmenistan
    en.adj: Turkmenistani
    capital: عشق آباد | Ashgabat

# Uzbekistan (أوزبكي also names the Uzbeks of Afghanistan: only the country nisba)
country UZB
    ar: أوزبكستان | جمهورية أوزبكستان
    ar.adj: أوزبكستاني
    en: Uzbekistan | Republic of Uzbekistan
    en.adj: Uzbekistani
    capital: طشقند | Tashkent

# ===================================================================== South, East and South-East Asia

# Bangladesh
country BGD
    ar: بنغلاديش | بنغلادش | بنجلاديش | جمهورية بنغلاديش الشعبية
    ar.adj: بنغلاديشي | بنجلاديشي | بنغالي
    en: Bangladesh | People's Republic of Bangladesh
    en.adj: Bangladeshi | Bangladeshis
    capital: داكا | دكا | Dhaka | Dacca

# Bhutan (بوتان alone is also "butane")
country BTN
    ar: مملكة بوتان
    en: Bhutan | Kingdom of Bhutan
    en.adj: Bhutanese
    capital: تيمفو | Thimphu

# Brunei
country BRN
    ar: بروناي | بروناي دار السلام | سلطنة بروناي
    ar.adj: بروناوي
    en: Brunei | Brunei Darussalam
    en.adj: Bruneian | Bruneians
    capital: بندر سري بكاوان | بندر سيري بيغاوان | Bandar Seri Begawan

# Cambodia
country KHM
    ar: كمبوديا | مملكة كمبوديا
    ar.adj: كمبودي
    en: Cambodia | Kingdom of Cambodia
    en.adj: Cambodian | Cambodians
    capital: بنوم بنه | Phnom Penh

# China
country CHN
    ar: الصين | جمهورية الصين الشعبية | الصين الشعبية
    ar.adj: صيني
    en: China | People's Republic of China | PRC
    en.adj: Chinese
    capital: بكين | بيجين | Beijing | Peking

# Hong Kong
country HKG
    ar: هونغ كونغ | هونج كونج | هونغ كونج | هونغكونغ
    en: Hong Kong
    en.adj: Hongkonger | Hongkongers | Hong Konger | Hong Kongers

# India
country IND
    ar: الهند | جمهورية الهند
    ar.adj: هندي
    ar.plural: هنود
    en: India | Republic of India
    en.adj: Indian | Indians
    capital: نيودلهي | نيو دلهي | New Delhi

# Indonesia
country IDN
    ar: إندونيسيا | جمهورية إندونيسيا
    ar.adj: إندونيسي
    en: Indonesia | Republic of Indonesia
    en.adj: Indonesian | Indonesians
    capital: جاكرتا | جاكارتا | Jakarta

# Japan
country JPN
    ar: اليابان
    ar.adj: ياباني
    en: Japan
    en.adj: Japanese
    capital: طوكيو | Tokyo

# Laos
country LAO
    ar: لاوس | جمهورية لاو الديمقراطية الشعبية
    ar.adj: لاوسي
    en: Laos | Lao People's Democratic Republic | Lao PDR
    en.adj: Laotian | Laotians | Lao
    capital: فيينتيان | فيانتيان | Vientiane

# Macao
country MAC
    ar: ماكاو | مكاو
    en: Macau | Macao
    en.adj: Macanese

# Malaysia
country MYS
    ar: ماليزيا
    ar.adj: ماليزي
    en: Malaysia
    en.adj: Malaysian | Malaysians
    capital: كوالالمبور | كوالا لمبور | كوالا لامبور | Kuala Lumpur

# Maldives
country MDV
    ar: المالديف | جزر المالديف | جمهورية المالديف
    ar.adj: مالديفي
    en: Maldives | Republic of Maldives
    en.adj: Maldivian | Maldivians
    capital: Malé | Male   # Arabic ماليه left out: it is المالية (financial; Malian)

# Mongolia
country MNG
    ar: منغوليا
    ar.adj: منغولي
    en: Mongolia
    en.adj: Mongolian | Mongolians
    capital: أولان باتور | أولانباتار | Ulaanbaatar | Ulan Bator

# Myanmar
country MMR
    ar: ميانمار | بورما | جمهورية اتحاد ميانمار
    ar.adj: ميانماري | بورمي
    en: Myanmar | Burma | Republic of the Union of Myanmar
    en.adj: Burmese | Myanmarese
    capital: نايبيداو | نايبيتاو | Naypyidaw | Nay Pyi Taw

# Nepal
country NPL
    ar: نيبال
    ar.adj: نيبالي
    en: Nepal | Federal Democratic Republic of Nepal
    en.adj: Nepali | Nepalese
    capital: كاتماندو | Kathmandu

# North Korea
country PRK
    ar: كوريا الشمالية | جمهورية كوريا الديمقراطية الشعبية
    ar.adj: كوري شمالي
    en: North Korea | Democratic People's Republic of Korea | DPRK
    en.adj: North Korean | North Koreans
    capital: بيونغ يانغ | بيونغيانغ | بيونج يانج | Pyongyang

# Pakistan
country PAK
    ar: باكستان | جمهورية باكستان الإسلامية
    ar.adj: باكستاني
    en: Pakistan | Islamic Republic of Pakistan
    en.adj: Pakistani | Pakistanis
    capital: إسلام آباد | Islamabad

# Philippines
country PHL
    ar: الفلبين | جمهورية الفلبين
    ar.adj: فلبيني
    en: Philippines | The Philippines | Republic of the Philippines
    en.adj: Filipino | Filipinos | Philippine
    capital: مانيلا | Manila

# Singapore
country SGP
    ar: سنغافورة | جمهورية سنغافورة
    ar.adj: سنغافوري
    en: Singapore | Republic of Singapore
    en.adj: Singaporean | Singaporeans

# South Korea
country KOR
    ar: كوريا الجنوبية | جمهورية كوريا
    ar.adj: كوري جنوبي
    en: South Korea | Republic of Korea | ROK
    en.adj: South Korean | South Koreans
    capital: سول | Seoul

# Sri Lanka
country LKA
    ar: سريلانكا | سري لانكا
    ar.adj: سريلانكي
    en: Sri Lanka | Democratic Socialist Republic of Sri Lanka | Ceylon
    en.adj: Sri Lankan | Sri Lankans
    capital: كولومبو | Colombo

# Taiwan
country TWN
    ar: تايوان
    ar.adj: تايواني
    en: Taiwan
    en.adj: Taiwanese
    capital: تايبيه | Taipei

# Thailand
country THA
    ar: تايلاند | تايلند | مملكة تايلاند
    ar.adj: تايلاندي
    en: Thailand | Kingdom of Thailand | Siam
    en.adj: Thai | Thais
    capital: بانكوك | Bangkok

# Timor-Leste
country TLS
    ar: تيمور الشرقية | تيمور ليشتي
    en: Timor-Leste | East Timor | Timor Leste
    en.adj: Timorese
    capital: ديلي | Dili

# Vietnam
country VNM
    ar: فيتنام | فييتنام
    ar.adj: فيتنامي
    en: Vietnam | Viet Nam | Socialist Republic of Vietnam
    en.adj: Vietnamese
    capital: هانوي | Hanoi

# ===================================================================== Americas

# Antigua and Barbuda
country ATG
    ar: أنتيغوا وباربودا | أنتيغوا وبربودا
    en: Antigua and Barbuda
    en.adj: Antiguan | Antiguans

# Argentina
country ARG
    ar: الأرجنتين | جمهورية الأرجنتين
    ar.adj: أرجنتيني
    en: Argentina | Argentine Republic
    en.adj: Argentine | Argentinian | Argentines | Argentinians
    capital: بوينس آيرس | بوينوس آيرس | Buenos Aires

# Bahamas
country BHS
    ar: جزر البهاما | الباهاماس | البهاما
    en: Bahamas | The Bahamas | Commonwealth of The Bahamas
    en.adj: Bahamian | Bahamians
    capital: ناساو | Nassau

# Barbados
country BRB
    ar: باربادوس | بربادوس
    en: Barbados
    en.adj: Barbadian | Barbadians

# Belize
country BLZ
    ar: بليز | بيليز
    en: Belize
    en.adj: Belizean | Belizeans
    capital: بلموبان | Belmopan

# Bolivia
country BOL
    ar: بوليفيا | دولة بوليفيا المتعددة القوميات
    ar.adj: بوليفي
    en: Bolivia | Plurinational State of Bolivia
    en.adj: Bolivian | Bolivians
    capital: لاباز | لا باز | La Paz

# Brazil
country BRA
    ar: البرازيل | جمهورية البرازيل الاتحادية
    ar.adj: برازيلي
    en: Brazil | Federative Republic of Brazil
    en.adj: Brazilian | Brazilians
    capital: برازيليا | Brasília | Brasilia

# Canada
country CAN
    ar: كندا
    ar.adj: كندي
    en: Canada
    en.adj: Canadian | Canadians
    capital: أوتاوا | Ottawa

# Chile (سانتياغو is left out: also other cities and many people)
country CHL
    ar: تشيلي | شيلي | جمهورية تشيلي
    en: Chile | Republic of Chile
    en.adj: Chilean | Chileans

# Colombia
country COL
    ar: كولومبيا | جمهورية كولومبيا
    ar.adj: كولومبي
    en: Colombia | Republic of Colombia
    en.adj: Colombian | Colombians
    capital: بوغوتا | بوجوتا | Bogotá | Bogota

# Costa Rica
country CRI
    ar: كوستاريكا | كوستا ريكا
    ar.adj: كوستاريكي
    en: Costa Rica | Republic of Costa Rica
    en.adj: Costa Rican | Costa Ricans

# Cuba
country CUB
    ar: كوبا | جمهورية كوبا
    ar.adj: كوبي
    en: Cuba | Republic of Cuba
    en.adj: Cuban | Cubans
    capital: هافانا | Havana

# Dominica
country DMA
    ar: دومينيكا | كومنولث دومينيكا
    en: Dominica | Commonwealth of Dominica
    capital: روسو | Roseau

# Dominican Republic
country DOM
    ar: جمهورية الدومينيكان | الدومينيكان | جمهورية الدومينيكان الشعبية
    ar.adj: دومينيكاني
    en: Dominican Republic
    en.adj: Dominican | Dominicans
    capital: سانتو دومينغو | سانتو دومينجو | Santo Domingo

# Ecuador
country ECU
    ar: الإكوادور | جمهورية الإكوادور
    ar.adj: إكوادوري
    en: Ecuador | Republic of Ecuador
    en.adj: Ecuadorian | Ecuadorians | Ecuadoran
    capital: كيتو | Quito

# El Salvador
country SLV
    ar: السلفادور | جمهورية السلفادور
    ar.adj: سلفادوري
    en: El Salvador | Republic of El Salvador
    en.adj: Salvadoran | Salvadorans | Salvadorean
    capital: سان سلفادور | سان سالفادور | San Salvador

# Grenada
country GRD
    ar: غرينادا | جرينادا
    en: Grenada
    en.adj: Grenadian | Grenadians

# Guatemala
country GTM
    ar: غواتيمالا | جواتيمالا | جمهورية غواتيمالا
    ar.adj: غواتيمالي
    en: Guatemala | Republic of Guatemala
    en.adj: Guatemalan | Guatemalans
    capital: مدينة غواتيمالا | Guatemala City

# Guyana
country GUY
    ar: غيانا | غويانا | جمهورية غيانا التعاونية
    ar.adj: غياني
    en: Guyana | Co-operative Republic of Guyana
    en.adj: Guyanese

# Haiti
country HTI
    ar: هايتي | جمهورية هايتي
    en: Haiti | Republic of Haiti
    en.adj: Haitian | Haitians
    capital: بورت أو برنس | بورت او برانس | Port-au-Prince

# Honduras
country HND
    ar: هندوراس | جمهورية هندوراس
    ar.adj: هندوراسي
    en: Honduras | Republic of Honduras
    en.adj: Honduran | Hondurans
    capital: تيغوسيغالبا | Tegucigalpa

# Jamaica
country JAM
    ar: جامايكا
    ar.adj: جامايكي
    en: Jamaica
    en.adj: Jamaican | Jamaicans

# Mexico
country MEX
    ar: المكسيك | الولايات المكسيكية المتحدة
    ar.adj: مكسيكي
    en: Mexico | United Mexican States
    en.adj: Mexican | Mexicans
    capital: مكسيكو سيتي | مدينة مكسيكو | مدينة المكسيك | Mexico City

# Nicaragua
country NIC
    ar: نيكاراغوا | نيكاراجوا | جمهورية نيكاراغوا
    ar.adj: نيكاراغوي
    en: Nicaragua | Republic of Nicaragua
    en.adj: Nicaraguan | Nicaraguans
    capital: ماناغوا | ماناجوا | Managua

# Panama
country PAN
    ar: بنما | جمهورية بنما
    ar.adj: بنمي
    en: Panama | Republic of Panama
    en.adj: Panamanian | Panamanians
    capital: مدينة بنما | Panama City

# Paraguay
country PRY
    ar: باراغواي | باراجواي | جمهورية باراغواي
    ar.adj: باراغوايي
    en: Paraguay | Republic of Paraguay
    en.adj: Paraguayan | Paraguayans
    capital: أسونسيون | Asunción | Asuncion

# Peru
country PER
    ar: بيرو | جمهورية بيرو
    ar.adj: بيروفي
    en: Peru | Republic of Peru
    en.adj: Peruvian | Peruvians
    capital: ليما | Lima

# Saint Kitts and Nevis
country KNA
    ar: سانت كيتس ونيفيس | سانت كيتس ونيفس
    en: Saint Kitts and Nevis | St Kitts and Nevis | St. Kitts and Nevis

# Saint Lucia
country LCA
    ar: سانت لوسيا
    en: Saint Lucia | St Lucia | St. Lucia
    en.adj: Saint Lucian | St Lucian

# Saint Vincent and the Grenadines
country VCT
    ar: سانت فنسنت والغرينادين | سانت فينسنت والغرينادين | سانت فنسنت وجزر غرينادين
    en: Saint Vincent and the Grenadines | St Vincent and the Grenadines | St. Vincent and the Grenadines
    en.adj: Vincentian | Vincentians

# Suriname
country SUR
    ar: سورينام | جمهورية سورينام
    en: Suriname | Surinam | Republic of Suriname
    en.adj: Surinamese
    capital: باراماريبو | Paramaribo

# Trinidad and Tobago
country TTO
    ar: ترينيداد وتوباغو | ترينيداد وتوباجو
    en: Trinidad and Tobago | Republic of Trinidad and Tobago
    en.adj: Trinidadian | Trinidadians
    capital: بورت أوف سبين | Port of Spain

# United States
country USA
    ar: الولايات المتحدة | الولايات المتحدة الأمريكية | الولايات المتحدة الأميركية | أمريكا | أميركا
    ar.adj: أمريكي | أميركي
    ar.plural: أمريكان | أميركان
    en: United States | United States of America | US | U.S. | USA | U.S.A. | America
    en.adj: American | Americans
    capital: واشنطن | Washington

# Uruguay
country URY
    ar: الأوروغواي | أورغواي | جمهورية الأوروغواي الشرقية
    ar.adj: أوروغوايي
    en: Uruguay | Oriental Republic of Uruguay
    en.adj: Uruguayan | Uruguayans
    capital: مونتيفيديو | Montevideo

# Venezuela
country VEN
    ar: فنزويلا | فينزويلا | جمهورية فنزويلا البوليفارية
    ar.adj: فنزويلي
    en: Venezuela | Bolivarian Republic of Venezuela
    en.adj: Venezuelan | Venezuelans
    capital: كاراكاس | Caracas

# ===================================================================== Oceania

# Australia
country AUS
    ar: أستراليا | كومنولث أستراليا
    ar.adj: أسترالي
    en: Australia | Commonwealth of Australia
    en.adj: Australian | Australians
    capital: كانبرا | Canberra

# Fiji
country FJI
    ar: فيجي | جمهورية فيجي | جزر فيجي
    en: Fiji | Republic of Fiji
    en.adj: Fijian | Fijians
    capital: سوفا | Suva

# Kiribati
country KIR
    ar: كيريباتي | جمهورية كيريباتي
    en: Kiribati | Republic of Kiribati
    en.adj: I-Kiribati

# Marshall Islands
country MHL
    ar: جزر مارشال | جمهورية جزر مارشال
    en: Marshall Islands | Republic of the Marshall Islands
    en.adj: Marshallese

# Micronesia
country FSM
    ar: ميكرونيزيا | ولايات ميكرونيزيا الموحدة | ولايات ميكرونيزيا المتحدة
    en: Micronesia | Federated States of Micronesia
    en.adj: Micronesian | Micronesians

# Nauru
country NRU
    ar: ناورو | جمهورية ناورو
    en: Nauru | Republic of Nauru
    en.adj: Nauruan | Nauruans

# New Zealand
country NZL
    ar: نيوزيلندا | نيوزيلاندا
    ar.adj: نيوزيلندي
    en: New Zealand | Aotearoa
    en.adj: New Zealander | New Zealanders
    capital: ويلينغتون | ولينغتون | Wellington

# Palau
country PLW
    ar: بالاو | جمهورية بالاو
    en: Palau | Republic of Palau
    en.adj: Palauan | Palauans

# Papua New Guinea
country PNG
    ar: بابوا غينيا الجديدة | دولة بابوا غينيا الجديدة المستقلة
    en: Papua New Guinea
    en.adj: Papua New Guinean | Papua New Guineans
    capital: بورت مورسبي | Port Moresby

# Samoa
country WSM
    ar: ساموا | صاموا | دولة ساموا المستقلة
    ar.adj: ساموي
    en: Samoa | Independent State of Samoa
    en.adj: Samoan | Samoans
    capital: أبيا | Apia

# Solomon Islands
country SLB
    ar: جزر سليمان | جزر سولومون
    en: Solomon Islands
    en.adj: Solomon Islander | Solomon Islanders
    capital: هونيارا | Honiara

# Tonga
country TON
    ar: تونغا | مملكة تونغا
    en: Tonga | Kingdom of Tonga
    en.adj: Tongan | Tongans
    capital: نوكوالوفا | Nuku'alofa

# Tuvalu
country TUV
    ar: توفالو
    en: Tuvalu
    en.adj: Tuvaluan | Tuvaluans
    capital: فونافوتي | Funafuti

# Vanuatu
country VUT
    ar: فانواتو | جمهورية فانواتو
    en: Vanuatu | Republic of Vanuatu
    en.adj: Ni-Vanuatu
    capital: بورت فيلا | Port Vila

# ===================================================================== Territories newsrooms mention

# Aruba (Netherlands)
country ABW
    ar: أروبا
    en: Aruba
    en.adj: Aruban | Arubans

# Bermuda (UK)
country BMU
    ar: برمودا | جزر برمودا
    en: Bermuda
    en.adj: Bermudian | Bermudians

# Cayman Islands (UK)
country CYM
    ar: جزر كايمان
    en: Cayman Islands | Caymans

# Curaçao (Netherlands)
country CUW
    ar: كوراساو | كوراكاو
    en: Curaçao | Curacao

# Falkland Islands (UK; claimed by Argentina)
country FLK
    ar: جزر فوكلاند | جزر فولكلاند | جزر مالفيناس
    en: Falkland Islands | Falklands | Malvinas | Islas Malvinas

# Faroe Islands (Denmark)
country FRO
    ar: جزر فارو
    en: Faroe Islands | Faroes
    en.adj: Faroese

# French Guiana (France)
country GUF
    ar: غويانا الفرنسية | غيانا الفرنسية
    en: French Guiana

# French Polynesia (France)
country PYF
    ar: بولينيزيا الفرنسية | بولينيسيا الفرنسية
    en: French Polynesia
    capital: بابيتي | Papeete

# Gibraltar (UK)
country GIB
    ar: جبل طارق
    en: Gibraltar
    en.adj: Gibraltarian | Gibraltarians

# Greenland (Denmark)
country GRL
    ar: غرينلاند | جرينلاند | غرينلند
    en: Greenland
    en.adj: Greenlandic | Greenlander | Greenlanders
    capital: نوك | Nuuk

# Guadeloupe (France)
country GLP
    ar: غوادلوب | جوادلوب
    en: Guadeloupe

# Guam (USA)
country GUM
    ar: غوام | جوام
    en: Guam
    en.adj: Guamanian | Guamanians

# Martinique (France)
country MTQ
    ar: مارتينيك
    en: Martinique

# Mayotte (France; claimed by Comoros)
country MYT
    ar: مايوت | جزيرة مايوت
    en: Mayotte

# New Caledonia (France)
country NCL
    ar: كاليدونيا الجديدة
    en: New Caledonia
    en.adj: New Caledonian
    capital: نوميا | Nouméa | Noumea

# Puerto Rico (USA)
country PRI
    ar: بورتوريكو | بورتو ريكو
    en: Puerto Rico
    en.adj: Puerto Rican | Puerto Ricans

# Réunion (France)
country REU
    ar: ريونيون | لا ريونيون | جزيرة لا ريونيون
    en: La Réunion | Réunion Island

# ===================================================================== Historical states
# Ranges are inclusive; the end is the last day the state existed.

# Soviet Union
country USR
    ar: الاتحاد السوفيتي | الاتحاد السوفياتي | الاتحاد السوفييتي | اتحاد الجمهوريات الاشتراكية السوفيتية | اتحاد الجمهوريات الاشتراكية السوفياتية
    ar.adj: سوفيتي | سوفياتي | سوفييتي
    ar.plural: سوفييت | سوفيات | سوفيت
    en: Soviet Union | USSR | U.S.S.R. | Union of Soviet Socialist Republics
    en.adj: Soviet | Soviets
    valid: 1922-12-30..1991-12-26

# Yugoslavia (kingdom 1918, socialist federation 1945-1992, federal republic 1992-2003)
country YUG
    ar: يوغوسلافيا | يوغسلافيا | جمهورية يوغوسلافيا الاتحادية | جمهورية يوغوسلافيا الاتحادية الاشتراكية | يوغوسلافيا الاتحادية
    ar.adj: يوغوسلافي | يوغسلافي
    en: Yugoslavia | Socialist Federal Republic of Yugoslavia | Federal Republic of Yugoslavia | SFRY
    en.adj: Yugoslav | Yugoslavs | Yugoslavian
    valid: 1918-12-01..2003-02-03

# Serbia and Montenegro
country SCG
    ar: صربيا والجبل الأسود | اتحاد صربيا والجبل الأسود
    en: Serbia and Montenegro | State Union of Serbia and Montenegro
    valid: 2003-02-04..2006-06-04

# Czechoslovakia
country CSK
    ar: تشيكوسلوفاكيا
    ar.adj: تشيكوسلوفاكي
    en: Czechoslovakia
    en.adj: Czechoslovak | Czechoslovaks | Czechoslovakian
    valid: 1918-10-28..1992-12-31

# East Germany
country DDR
    ar: ألمانيا الشرقية | جمهورية ألمانيا الديمقراطية
    en: East Germany | German Democratic Republic | GDR
    en.adj: East German | East Germans
    valid: 1949-10-07..1990-10-02

# South Yemen
country YMD
    ar: اليمن الجنوبي | جمهورية اليمن الديمقراطية الشعبية | جمهورية اليمن الجنوبية الشعبية
    en: South Yemen | People's Democratic Republic of Yemen | PDRY
    en.adj: South Yemeni | South Yemenis
    valid: 1967-11-30..1990-05-21


# ---- 2023-2025 additions (actor coverage audit: probes of names in invented news sentences) ----

