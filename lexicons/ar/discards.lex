# Phrases that mark a sentence as not political: match reports, film and book reviews,
# markets. A sentence with one of these yields no event, so each must be unambiguous: not
# "league" (the Arab League), "actor" (state actors), "shares" (shares a border), "barrel"
# (barrel bombs), "striker" (hunger striker), "episode" or "oil prices".
discard sport
    ar: مباراة | مباريات | كرة القدم | كرة السلة | كرة اليد | الدوري | بطولة الدوري | كأس العالم لكرة القدم | الشوط الأول | الشوط الثاني | ركلة جزاء | ركلات الترجيح | حارس المرمى | المنتخب الوطني لكرة | الألعاب الأولمبية | الأولمبياد | المدرب | الملعب | ملعب | هدف التعادل | التصفيات المؤهلة | ربع النهائي | نصف النهائي | المباراة النهائية | الفريق الضيف | الفريق المضيف | بطولة أمم
    en: the match | a match | football | soccer | basketball | tournament | premier league | champions league | league title | league match | league season | goalkeeper | penalty kick | semi-final | quarter-final | olympics | olympic games | world cup
    en: final whistle | the pitch | stewards
discard entertainment
    ar: فيلم | الفيلم | مهرجان سينمائي | شباك التذاكر | الممثل | الممثلة | المخرج | ألبوم | أغنية | المسرحية | الحلقة الأولى
    en: film | movie | his novel | her novel | box office | album | best actor | lead actor | the actor | actress | premiere
    en: thriller | blockbuster | screenplay | sitcom
discard markets
    ar: البورصة | مؤشر الأسهم | الأسهم | سعر صرف | أسعار النفط | المضاربين | المضاربون
    en: stock market | share price | shares rose | shares fell | shares closed | stocks rose | stocks fell | stocks closed | exchange rate | per barrel | a barrel | traders
