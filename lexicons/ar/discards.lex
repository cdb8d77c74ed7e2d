# Phrases that mark a sentence as not political: match reports, film and book reviews,
# markets. A sentence with one of these yields no event.
discard sport
    ar: مباراة | مباريات | كرة القدم | كرة السلة | كرة اليد | الدوري | بطولة الدوري | كأس العالم لكرة القدم | الشوط الأول | الشوط الثاني | ركلة جزاء | ركلات الترجيح | حارس المرمى | المنتخب الوطني لكرة | الألعاب الأولمبية | الأولمبياد | المدرب | الملعب | ملعب | هدف التعادل | التصفيات المؤهلة | ربع النهائي | نصف النهائي | المباراة النهائية | الفريق الضيف | الفريق المضيف | بطولة أمم
    en: match | football | soccer | basketball | tournament | league | goalkeeper | striker | penalty kick | semi-final | quarter-final | olympics | olympic | world cup
    en: final whistle | the pitch | stewards
discard entertainment
    ar: فيلم | الفيلم | مهرجان سينمائي | شباك التذاكر | الممثل | الممثلة | المخرج | ألبوم | أغنية | المسرحية | الحلقة الأولى
    en: film | movie | novel | box office | album | actor | actress | director's | episode | premiere
    en: thriller | blockbuster | screenplay | sitcom
discard markets
    ar: البورصة | مؤشر الأسهم | الأسهم | سعر صرف | أسعار النفط | المضاربين | المضاربون
    en: stock market | shares | stocks | exchange rate | oil prices | barrel | traders
