# Date words (see lexicons/README.md). Month names of every Arabic regional usage (Egypt and
# the Gulf: يناير...; the Levant and Iraq: كانون الثاني...; the Maghreb: جانفي، ماي، جوان،
# جويلية، أوت / يناير، ماي، يونيو، يوليوز، غشت، شتنبر، نونبر، دجنبر), gathered from CLDR and
# checked by hand; Hijri months with the spellings news uses; weekdays; relative phrases.
# A month name only counts as a date next to a number or another month name ("آب" is also a
# word), which the coder checks.

month 1
    ar: يناير | كانون الثاني | جانفي | جانفييه
    en: January | Jan
month 2
    ar: فبراير | شباط | فيفري | فبراير
    en: February | Feb
month 3
    ar: مارس | آذار | مارس
    en: March | Mar
month 4
    ar: أبريل | إبريل | نيسان | أفريل | ابريل
    en: April | Apr
month 5
    ar: مايو | أيار | ماي
    en: May
month 6
    ar: يونيو | حزيران | جوان | يونيه
    en: June | Jun
month 7
    ar: يوليو | تموز | جويلية | يوليوز | يوليه
    en: July | Jul
month 8
    ar: أغسطس | آب | أوت | غشت | أغشت | اغسطس
    en: August | Aug
month 9
    ar: سبتمبر | أيلول | شتنبر | شتمبر
    en: September | Sep | Sept
month 10
    ar: أكتوبر | تشرين الأول | اكتوبر
    en: October | Oct
month 11
    ar: نوفمبر | تشرين الثاني | نونبر
    en: November | Nov
month 12
    ar: ديسمبر | كانون الأول | دجنبر | دجمبر | دیسمبر
    en: December | Dec

month 1
    calendar: hijri
    ar: محرم | المحرم
    en: Muharram
month 2
    calendar: hijri
    ar: صفر
    en: Safar
month 3
    calendar: hijri
    ar: ربيع الأول | ربيع الاول | ربيع أول
    en: Rabi al-Awwal
month 4
    calendar: hijri
    ar: ربيع الآخر | ربيع الثاني | ربيع ثاني | ربيع الاخر
    en: Rabi al-Thani | Rabi al-Akhir
month 5
    calendar: hijri
    ar: جمادى الأولى | جمادى الأول | جمادى الاولى | جمادى أول
    en: Jumada al-Awwal | Jumada al-Ula
month 6
    calendar: hijri
    ar: جمادى الآخرة | جمادى الثانية | جمادى الآخر | جمادى الثاني | جمادى الاخرة
    en: Jumada al-Thani | Jumada al-Akhirah
month 7
    calendar: hijri
    ar: رجب
    en: Rajab
month 8
    calendar: hijri
    ar: شعبان
    en: Shaaban | Sha'ban
month 9
    calendar: hijri
    ar: رمضان
    en: Ramadan
month 10
    calendar: hijri
    ar: شوال
    en: Shawwal
month 11
    calendar: hijri
    ar: ذو القعدة | ذي القعدة | ذا القعدة
    en: Dhu al-Qadah | Dhul Qadah
month 12
    calendar: hijri
    ar: ذو الحجة | ذي الحجة | ذا الحجة
    en: Dhu al-Hijjah | Dhul Hijjah

weekday 1
    ar: الاثنين | الإثنين
    en: Monday
weekday 2
    ar: الثلاثاء
    en: Tuesday
weekday 3
    ar: الأربعاء | الاربعاء
    en: Wednesday
weekday 4
    ar: الخميس
    en: Thursday
weekday 5
    ar: الجمعة
    en: Friday
weekday 6
    ar: السبت
    en: Saturday
weekday 7
    ar: الأحد
    en: Sunday

relative day -2
    ar: أول أمس | أمس الأول | قبل يومين
    en: the day before yesterday | two days ago
relative day -1
    ar: أمس | البارحة | ليلة أمس | مساء أمس | صباح أمس | فجر أمس | ظهر أمس
    en: yesterday | last night
relative day 0
    ar: اليوم | الليلة | مساء اليوم | صباح اليوم | فجر اليوم | ظهر اليوم | هذا الصباح | هذا المساء | الآن | حاليا
    en: today | tonight | this morning | this evening | this afternoon
relative day 1
    ar: غدا | غدًا | صباح الغد | الغد
    en: tomorrow
relative day 2
    ar: بعد غد | بعد الغد
relative week -1
    ar: الأسبوع الماضي | الاسبوع الماضي | الأسبوع المنصرم | الأسبوع الفائت | قبل أسبوع
    en: last week | a week ago
relative week 0
    ar: هذا الأسبوع | الأسبوع الجاري | الأسبوع الحالي
    en: this week
relative week 1
    ar: الأسبوع المقبل | الأسبوع القادم
    en: next week
relative month -1
    ar: الشهر الماضي | الشهر المنصرم | الشهر الفائت | قبل شهر
    en: last month | a month ago
relative month 0
    ar: هذا الشهر | الشهر الجاري | الشهر الحالي
    en: this month
relative month 1
    ar: الشهر المقبل | الشهر القادم
    en: next month
relative year -1
    ar: العام الماضي | السنة الماضية | العام المنصرم | العام الفائت | قبل عام | قبل سنة
    en: last year | a year ago
relative year -2
    ar: قبل عامين | قبل سنتين
    en: two years ago
relative year 0
    ar: هذا العام | العام الجاري | العام الحالي | هذه السنة | السنة الحالية | السنة الجارية
    en: this year
relative year 1
    ar: العام المقبل | العام القادم | السنة المقبلة | السنة القادمة
    en: next year

# Ordinal days: "في السابع من أكتوبر" (the seventh of October).
ordinal 1
    ar: الأول | الاول | أول
    en: first
ordinal 2
    ar: الثاني
    en: second
ordinal 3
    ar: الثالث
    en: third
ordinal 4
    ar: الرابع
    en: fourth
ordinal 5
    ar: الخامس
    en: fifth
ordinal 6
    ar: السادس
    en: sixth
ordinal 7
    ar: السابع
    en: seventh
ordinal 8
    ar: الثامن
    en: eighth
ordinal 9
    ar: التاسع
    en: ninth
ordinal 10
    ar: العاشر
    en: tenth
ordinal 11
    ar: الحادي عشر
ordinal 12
    ar: الثاني عشر
ordinal 13
    ar: الثالث عشر
ordinal 14
    ar: الرابع عشر
ordinal 15
    ar: الخامس عشر
ordinal 16
    ar: السادس عشر
ordinal 17
    ar: السابع عشر
ordinal 18
    ar: الثامن عشر
ordinal 19
    ar: التاسع عشر
ordinal 20
    ar: العشرين
ordinal 21
    ar: الحادي والعشرين
ordinal 22
    ar: الثاني والعشرين
ordinal 23
    ar: الثالث والعشرين
ordinal 24
    ar: الرابع والعشرين
ordinal 25
    ar: الخامس والعشرين
ordinal 26
    ar: السادس والعشرين
ordinal 27
    ar: السابع والعشرين
ordinal 28
    ar: الثامن والعشرين
ordinal 29
    ar: التاسع والعشرين
ordinal 30
    ar: الثلاثين
ordinal 31
    ar: الحادي والثلاثين
