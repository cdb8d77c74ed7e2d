# hadath: Arabic verb and event-noun patterns (CAMEO event codes)
#
# Format: see lexicons/README.md. One `verb PAST PRESENT` record per (verb, code) pairing;
# a verb that is only an event with certain objects (light/support verbs such as أطلق، شن،
# فرض، رفع، وقع، قدم) has `obj` on every record. Where a verb has both an obj-restricted
# record and a bare record, the obj-restricted record is the more specific reading.
# `masdar` values inherit the record's `obj` restriction (إطلاق + سراح, not إطلاق alone).
# Values are written without the clitics و ف ب ل ك س and without a leading ال;
# obj values list the accusative indefinite form too where it differs (هجوما، اتصالا).
#
# Coding conventions follow shared/gold/CODING-GUIDE.md: summoning an envoy 114 (root 11),
# recalling one's own ambassador 161, veto 129, voting against 120, sanctions and asset
# freezes 163, threatening sanctions 1312, phone calls 041, visits 042/043, condolences 018,
# killing in armed contexts 190 (PETRARCH's KILL), missiles and air strikes 195.
# Deploying, sending or massing troops is 154 (mobilise or increase armed forces, which
# includes increased military presence); raising the alert status is 152.
# The same verb may head several records; the code tells them apart. Records with `obj`
# should win over a bare record of the same verb when their object is present.
#
# Words deliberately NOT listed as bare patterns, because they are too often not events:
# عملية (operation), تعاون (also مجلس التعاون), اتفاق/اتفاقية (only as obj of وقع/أبرم/توصل),
# مساعدات (only as obj), عقوبات (only as obj), حرب, احتلال (an epithet: قوات الاحتلال),
# تحقيق alone (also "achievement"), عفو (منظمة العفو الدولية), تابع (also "affiliated"),
# رأى (normalises like رأي "opinion"), وعد (its present يعد is "is considered"),
# مسيرة alone (also "drone"), فجر alone (also "dawn"), حاكم (also "governor"),
# أسر (also "families"), أغار (its present يغير is "changes").

# 01 MAKE PUBLIC STATEMENT

verb قال يقول
    code: 010
    form: قلت | قلنا | قلتم | قيل
    gloss: say

verb صرح يصرح
    code: 010
    masdar: تصريح | تصريحات
    gloss: declare, state

verb أعلن يعلن
    code: 010
    gloss: announce

verb أكد يؤكد
    code: 010
    gloss: affirm, stress

verb أوضح يوضح
    code: 010
    gloss: explain, clarify

verb أشار يشير
    code: 010
    gloss: point out, indicate

verb لفت يلفت
    code: 010
    gloss: draw attention, note

verb أضاف يضيف
    code: 010
    gloss: add (in speech)

verb ذكر يذكر
    code: 010
    gloss: mention, state

verb أفاد يفيد
    code: 010
    gloss: report, state

verb شدد يشدد
    code: 010
    gloss: emphasise, insist (in speech)

verb نوه ينوه
    code: 010
    gloss: point out, note

verb اعتبر يعتبر
    code: 010
    gloss: consider, deem (as opinion)

verb كشف يكشف
    code: 010
    gloss: reveal, disclose

verb أردف يردف
    code: 010
    gloss: go on to say

verb ألمح يلمح
    code: 010
    gloss: hint, allude

verb توقع يتوقع
    code: 010
    gloss: predict, expect (as a statement)

verb رجح يرجح
    code: 010
    gloss: deem likely

verb استبعد يستبعد
    code: 010
    gloss: rule out (as a statement)

verb وصف يصف
    code: 010
    gloss: describe

verb علق يعلق
    code: 010
    target: على
    gloss: comment (on)

verb أصدر يصدر
    code: 010
    obj: بيان | بيانا | بلاغ | بلاغا | تصريح | تصريحا
    gloss: issue a statement

verb أدلى يدلي
    code: 010
    obj: تصريح | تصريحا | تصريحات | حديث | حديثا | إفادة
    gloss: make a statement

verb ألقى يلقي
    code: 010
    obj: كلمة | خطاب | خطابا | محاضرة
    gloss: deliver a speech

verb رفض يرفض
    code: 011
    obj: تعليق | إدلاء
    masdar: رفض
    gloss: decline to comment

verb امتنع يمتنع
    code: 011
    obj: تعليق | إدلاء | رد
    gloss: refrain from comment

verb أعرب يعرب
    code: 012
    obj: قلق | قلقا | انزعاج | مخاوف | خشية | أسف | خيبة أمل | تشاؤم
    gloss: express concern, regret, pessimism

verb أبدى يبدي
    code: 012
    obj: قلق | قلقا | انزعاج | انزعاجا | مخاوف | أسف | أسفا | تشاؤم | تشاؤما
    gloss: show concern, pessimism

verb عبر يعبر
    code: 012
    obj: قلق | انزعاج | مخاوف | أسف | خيبة أمل
    gloss: voice concern

verb أعرب يعرب
    code: 013
    obj: تفاؤل | أمل | ثقة | ارتياح
    gloss: express optimism, hope, confidence

verb أبدى يبدي
    code: 013
    obj: تفاؤل | تفاؤلا | ارتياح | ارتياحا
    gloss: show optimism, satisfaction

verb عبر يعبر
    code: 013
    obj: تفاؤل | أمل | ارتياح | ثقة
    gloss: voice optimism

verb تفاءل يتفاءل
    code: 013
    gloss: be optimistic

verb درس يدرس
    code: 014
    obj: خيار | خيارات | إمكانية | احتمال | بدائل
    gloss: consider policy options

verb تبنى يتبنى
    code: 015
    obj: مسؤولية | هجوم | هجوما | هجمات | تفجير | تفجيرات | اعتداء | عملية | عمليات | اغتيال | اختطاف
    masdar: تبني
    gloss: claim responsibility (for an attack)

verb أعلن يعلن
    code: 015
    obj: مسؤولية
    masdar: إعلان
    gloss: claim responsibility

verb ادعى يدعي
    code: 015
    obj: مسؤولية
    gloss: claim responsibility

verb اعترف يعترف
    code: 015
    obj: مسؤولية | خطأ | تورط
    gloss: acknowledge responsibility, admit

verb أقر يقر
    code: 015
    obj: مسؤولية | خطأ | تورط
    form: أقررنا
    gloss: acknowledge responsibility

verb نفى ينفي
    code: 016
    obj: مسؤولية | تورط | ضلوع | علاقة | صلة | اتهامات | اتهام | ادعاءات | مزاعم | تقارير
    masdar: نفي
    gloss: deny responsibility, deny accusations

verb تنصل يتنصل
    code: 016
    obj: مسؤولية
    gloss: disclaim responsibility

verb وضع يضع
    code: 017
    obj: إكليل | إكليلا | أكاليل | حجر أساس
    gloss: lay a wreath, lay a foundation stone (symbolic act)

verb نكس ينكس
    code: 017
    obj: علم | أعلام | أعلاما
    masdar: تنكيس
    gloss: lower flags to half-mast

verb وقف يقف
    code: 017
    obj: دقيقة صمت | دقيقة حداد
    gloss: observe a minute of silence

verb أعلن يعلن
    code: 017
    obj: حداد | حدادا
    masdar: إعلان
    gloss: declare mourning

verb عزى يعزي
    code: 018
    masdar: تعزية
    gloss: offer condolences

verb واسى يواسي
    code: 018
    masdar: مواساة
    gloss: console

verb قدم يقدم
    code: 018
    obj: تعازي | تعاز | عزاء | تعزية
    masdar: تقديم
    gloss: offer condolences

verb بعث يبعث
    code: 018
    obj: تعزية | برقية تعزية | رسالة تعزية | تعازي | برقية مواساة
    gloss: send condolences

verb أعرب يعرب
    code: 018
    obj: تعازي | تعاز | تضامن | مواساة | حزن
    gloss: express condolences, solidarity

verb أبدى يبدي
    code: 018
    obj: تضامن | تضامنا | تعاطف | تعاطفا
    gloss: show solidarity, sympathy

verb عبر يعبر
    code: 018
    obj: تضامن | تعازي | تعاطف
    gloss: voice solidarity

verb تضامن يتضامن
    code: 018
    target: مع
    gloss: stand in solidarity with

verb تعاطف يتعاطف
    code: 018
    target: مع
    gloss: sympathise with

verb تطابق يتطابق
    code: 019
    obj: وجهات نظر | رؤى | مواقف
    gloss: views converge (express accord)

verb توافق يتوافق
    code: 019
    target: مع
    gloss: be in accord with

verb تقارب يتقارب
    code: 019
    obj: وجهات نظر | مواقف
    gloss: positions converge

verb تحدث يتحدث
    code: 010
    gloss: speak (statement)

verb أعلن يعلن
    code: 018
    obj: تضامن | تعازي
    masdar: إعلان
    gloss: declare solidarity


# 02 APPEAL

verb دعا يدعو
    code: 020
    masdar: دعوة | دعوات
    gloss: call on, urge (appeal)

verb دعا يدعو
    code: 021
    obj: تعاون | تعزيز تعاون | شراكة
    masdar: دعوة | دعوات
    gloss: call for cooperation

verb دعا يدعو
    code: 023
    obj: مساعدة | مساعدات | دعم | إغاثة | معونة | معونات | تمويل
    masdar: دعوة | دعوات
    gloss: call for aid

verb دعا يدعو
    code: 0234
    obj: حماية | حماية دولية | قوات حفظ سلام | قوة حفظ سلام | تدخل دولي
    masdar: دعوة | دعوات
    gloss: call for protection, peacekeepers

verb دعا يدعو
    code: 024
    obj: إصلاح | إصلاحات | إصلاحات سياسية
    masdar: دعوة | دعوات
    gloss: call for political reform

verb دعا يدعو
    code: 0241
    obj: تنحي | استقالة | رحيل | إسقاط | تغيير نظام
    masdar: دعوة | دعوات
    gloss: call for change of leadership

verb دعا يدعو
    code: 0243
    obj: احترام حقوق | حقوق إنسان | حرية تعبير | حريات
    masdar: دعوة | دعوات
    gloss: call for rights

verb دعا يدعو
    code: 0253
    obj: إفراج | إطلاق سراح | تسليم | إعادة
    masdar: دعوة | دعوات
    gloss: call for the release of persons or property

verb دعا يدعو
    code: 0254
    obj: رفع عقوبات | رفع حظر | تخفيف عقوبات | رفع حصار
    masdar: دعوة | دعوات
    gloss: call for easing sanctions, embargo

verb دعا يدعو
    code: 0256
    obj: وقف إطلاق نار | هدنة | تهدئة | ضبط نفس | وقف تصعيد | خفض تصعيد | وقف قتال | وقف عنف | وقف أعمال عدائية | انسحاب | وقف قصف | وقف هجمات
    masdar: دعوة | دعوات
    gloss: call for ceasefire, restraint, de-escalation

verb دعا يدعو
    code: 026
    obj: حوار | مفاوضات | محادثات | تفاوض | استئناف مفاوضات | طاولة مفاوضات | اجتماع طارئ | جلسة طارئة | عقد اجتماع
    masdar: دعوة | دعوات
    gloss: call for talks, a meeting

verb دعا يدعو
    code: 027
    obj: حل سياسي | حل سلمي | حل دبلوماسي | تسوية | حل أزمة | حل نزاع | مصالحة
    masdar: دعوة | دعوات
    gloss: call for a settlement

verb دعا يدعو
    code: 028
    obj: وساطة | توسط
    masdar: دعوة | دعوات
    gloss: call for mediation

verb ناشد يناشد
    code: 020
    masdar: مناشدة | مناشدات
    gloss: appeal to, implore

verb ناشد يناشد
    code: 023
    obj: مساعدة | مساعدات | إغاثة | دعم | معونة
    gloss: appeal for aid

verb حث يحث
    code: 020
    form: حثثنا
    gloss: urge

verb حض يحض
    code: 020
    gloss: urge, exhort

verb طلب يطلب
    target: من
    code: 020
    gloss: ask, request

verb طلب يطلب
    target: من
    code: 023
    obj: مساعدة | مساعدات | دعم | معونة | إغاثة | قرض | قرضا
    gloss: request aid

verb طلب يطلب
    target: من
    code: 0234
    obj: حماية | حماية دولية
    gloss: request protection

verb طلب يطلب
    target: من
    code: 028
    obj: وساطة | توسط
    gloss: request mediation

verb التمس يلتمس
    target: من
    code: 020
    masdar: التماس
    gloss: petition, plead

verb استغاث يستغيث
    code: 023
    masdar: استغاثة
    gloss: cry for help

verb استنجد يستنجد
    code: 023
    target: ب
    gloss: call for help from

verb اقترح يقترح
    code: 020
    masdar: اقتراح
    gloss: propose, suggest

verb وجه يوجه
    code: 020
    obj: نداء | نداءات | مناشدة | دعوة
    gloss: issue an appeal

verb أطلق يطلق
    code: 020
    obj: نداء | نداءات | مناشدة | نداء استغاثة
    masdar: إطلاق
    gloss: launch an appeal

verb توجه يتوجه
    code: 020
    obj: نداء | مناشدة
    gloss: address an appeal

verb قدم يقدم
    code: 020
    obj: مشروع قرار | طلبا | طلب رسمي | التماسا
    masdar: تقديم
    gloss: submit a draft resolution, a request

verb تقدم يتقدم
    code: 020
    obj: مشروع قرار | طلب | طلبا
    gloss: put forward a draft resolution, a request


# 03 EXPRESS INTENT TO COOPERATE

verb دعا يدعو
    code: 036
    obj: زيارة
    masdar: دعوة | دعوات
    gloss: invite to visit

verb تعهد يتعهد
    code: 030
    masdar: تعهد | تعهدات
    gloss: pledge, vow

verb تعهد يتعهد
    code: 033
    obj: مساعدات | مساعدة | تقديم | دعم مالي | تمويل | ملايين | مليار
    masdar: تعهد | تعهدات
    gloss: pledge aid

verb التزم يلتزم
    code: 030
    gloss: commit oneself

verb أبدى يبدي
    code: 030
    obj: استعداد | استعدادا | رغبة | انفتاح | انفتاحا | موافقة مبدئية
    gloss: show readiness, willingness

verb أعرب يعرب
    code: 030
    obj: استعداد | رغبة | عزم | تطلع
    gloss: express readiness

verb أكد يؤكد
    code: 030
    obj: استعداد | التزام | حرص
    gloss: affirm readiness, commitment

verb أعلن يعلن
    code: 030
    obj: استعداد | عزم | نية
    masdar: إعلان
    gloss: announce readiness, intention

verb قطع يقطع
    code: 030
    obj: وعد | وعدا | وعودا | عهد | عهدا
    masdar: قطع
    gloss: make a promise

verb تطلع يتطلع
    code: 030
    gloss: look forward to (cooperation)

verb عرض يعرض
    code: 030
    obj: تعاون | شراكة | خدمات
    gloss: offer cooperation

verb عرض يعرض
    code: 033
    obj: مساعدة | مساعدات | دعم | إرسال مساعدات
    gloss: offer aid

verb عرض يعرض
    code: 039
    obj: وساطة | توسط | مساعي حميدة
    gloss: offer to mediate

verb أبدى يبدي
    code: 039
    obj: استعداد وساطة | استعدادا توسط | استعداد توسط
    gloss: show readiness to mediate

verb أعرب يعرب
    code: 036
    obj: رغبة في زيارة | استعداد زيارة | تطلع إلى زيارة
    gloss: express wish to visit

verb اعتزم يعتزم
    code: 036
    obj: زيارة | لقاء | اجتماع | مفاوضات | محادثات
    gloss: intend to visit, meet

verb نوى ينوي
    code: 036
    obj: زيارة | لقاء | اجتماع
    gloss: intend to visit, meet

verb أعلن يعلن
    code: 036
    obj: زيارة مرتقبة | زيارة مقبلة | زيارة رسمية مرتقبة
    masdar: إعلان
    gloss: announce an upcoming visit

verb وافق يوافق
    code: 036
    obj: مفاوضات | محادثات | حوار | لقاء | اجتماع | تفاوض | دعوة
    masdar: موافقة
    gloss: agree to meet, negotiate

verb قبل يقبل
    code: 038
    obj: وساطة | وساطة دولية
    gloss: accept mediation

verb وافق يوافق
    code: 038
    obj: وساطة | توسط
    masdar: موافقة
    gloss: agree to mediation

verb قبل يقبل
    code: 036
    obj: دعوة زيارة
    gloss: accept an invitation to visit

verb عرض يعرض
    code: 036
    obj: استضافة | استضافة محادثات | استضافة مفاوضات | لقاء | اجتماع
    gloss: offer to host talks, a meeting

verb تعهد يتعهد
    code: 034
    obj: إصلاحات | إصلاح | إصلاحات سياسية | انتخابات حرة
    masdar: تعهد | تعهدات
    gloss: pledge reform

verb تعهد يتعهد
    code: 0353
    obj: إفراج | إطلاق سراح | إخلاء سبيل
    masdar: تعهد | تعهدات
    gloss: pledge to release prisoners

verb تعهد يتعهد
    code: 0354
    obj: رفع عقوبات | رفع حظر | تخفيف عقوبات
    masdar: تعهد | تعهدات
    gloss: pledge to ease sanctions

verb تعهد يتعهد
    code: 0356
    obj: انسحاب | سحب قوات | وقف إطلاق نار | تهدئة | وقف قتال | خفض تصعيد
    masdar: تعهد | تعهدات
    gloss: pledge to withdraw, to de-escalate

verb أبدى يبدي
    code: 036
    obj: استعداد حوار | استعدادا حوار | استعداد تفاوض | استعدادا تفاوض | استعداد لقاء | استعدادا لقاء
    gloss: show readiness for talks


# 04 CONSULT

verb التقى يلتقي
    code: 040
    masdar: لقاء | لقاءات | التقاء
    target: ب | مع
    gloss: meet

verb اجتمع يجتمع
    code: 040
    masdar: اجتماع | اجتماعات
    target: مع | ب
    gloss: meet with

verb قابل يقابل
    code: 040
    gloss: meet (receive in audience)

verb بحث يبحث
    code: 040
    obj: علاقات | علاقات ثنائية | سبل | تطورات | مستجدات | قضايا | ملفات | ملف | أوضاع | وضع | أزمة | تعاون | آفاق | مسائل
    target: مع
    gloss: discuss (relations, developments) with

# "بحث X مع Y ..." is a consultation even when what they discussed comes a clause later.
verb بحث يبحث
    code: 040
    target: مع
    gloss: discuss with (someone)

verb تباحث يتباحث
    code: 040
    masdar: تباحث | مباحثات
    target: مع
    gloss: hold talks with

verb تشاور يتشاور
    code: 040
    masdar: تشاور | مشاورات
    target: مع
    gloss: consult with

verb ناقش يناقش
    code: 040
    masdar: مناقشة
    target: مع
    gloss: discuss with

verb حاور يحاور
    code: 040
    masdar: محاورة
    gloss: hold a dialogue with

verb تحدث يتحدث
    code: 041
    obj: هاتفيا | هاتفي
    target: مع | إلى
    gloss: speak by telephone with

verb أبلغ يبلغ
    code: 040
    gloss: inform, notify

verb أطلع يطلع
    code: 040
    gloss: brief, inform

verb عقد يعقد
    code: 040
    obj: اجتماع | اجتماعا | لقاء | جلسة مباحثات | جلسة محادثات | قمة | مؤتمرا | مشاورات | مباحثات | جولة مباحثات
    masdar: عقد
    target: مع
    gloss: hold a meeting

verb أجرى يجري
    code: 040
    obj: مباحثات | مشاورات | مناقشات | لقاء | جولة مباحثات | اتصالات | اتصالات مكثفة | تشاور
    masdar: إجراء
    target: مع
    gloss: hold discussions

verb تبادل يتبادل
    code: 040
    obj: آراء | وجهات نظر
    masdar: تبادل
    target: مع
    gloss: exchange views

verb هاتف يهاتف
    code: 041
    masdar: مهاتفة
    gloss: telephone

verb اتصل يتصل
    code: 041
    target: ب
    gloss: call, contact (by phone)

verb أجرى يجري
    code: 041
    obj: اتصال هاتفي | اتصالا هاتفيا | اتصالا | مكالمة | مكالمة هاتفية | محادثة هاتفية | اتصالات هاتفية
    masdar: إجراء
    target: مع | ب
    gloss: make a phone call

verb تلقى يتلقى
    code: 041
    obj: اتصال هاتفي | اتصالا هاتفيا | اتصالا | مكالمة | مكالمة هاتفية
    target: من
    gloss: receive a phone call

noun اتصال هاتفي
    code: 041
    target: مع | ب
    plural: اتصالات هاتفية
    gloss: phone call

noun مكالمة هاتفية
    code: 041
    target: مع
    plural: مكالمات هاتفية
    gloss: phone call

noun مكالمة
    code: 041
    target: مع
    plural: مكالمات
    gloss: call

noun محادثة هاتفية
    code: 041
    target: مع
    plural: محادثات هاتفية
    gloss: telephone conversation

verb زار يزور
    code: 042
    masdar: زيارة | زيارات
    form: زرت | زرنا
    gloss: visit

# "وصل X إلى بغداد": an official's arrival is a visit; the target is where (إلى).
verb وصل يصل
    code: 042
    target: إلى
    gloss: arrive in (on a visit)

verb أجرى يجري
    code: 042
    obj: زيارة | زيارة رسمية | جولة
    masdar: إجراء
    gloss: pay a visit

verb قام يقوم
    code: 042
    obj: زيارة | زيارة رسمية | جولة
    gloss: pay a visit

verb توجه يتوجه
    code: 042
    target: إلى
    gloss: travel to, head for

verb حل يحل
    code: 042
    obj: ضيفا | ضيف
    target: على
    gloss: be the guest of

verb استقبل يستقبل
    code: 043
    gloss: receive (a visitor)

verb استضاف يستضيف
    code: 043
    masdar: استضافة
    gloss: host

verb رحب يرحب
    code: 043
    obj: ضيف | زائر
    gloss: welcome a visiting guest

verb توسط يتوسط
    code: 045
    masdar: توسط | وساطة | وساطات
    target: بين
    gloss: mediate between

verb رعى يرعى
    code: 045
    obj: محادثات | مفاوضات | اتفاق | مصالحة | حوار | اجتماع | لقاء
    masdar: رعاية
    gloss: sponsor talks (mediate)

verb فاوض يفاوض
    code: 046
    masdar: مفاوضة
    gloss: negotiate with

verb تفاوض يتفاوض
    code: 046
    masdar: تفاوض
    target: مع
    gloss: negotiate with

verb أجرى يجري
    code: 046
    obj: محادثات | مفاوضات | جولة محادثات | جولة مفاوضات
    masdar: إجراء
    target: مع
    gloss: hold negotiations

verb استأنف يستأنف
    code: 046
    obj: محادثات | مفاوضات | حوار | تفاوض
    masdar: استئناف
    target: مع
    gloss: resume talks

noun مفاوضات
    code: 046
    target: مع | بين
    gloss: negotiations

noun محادثات
    code: 046
    target: مع | بين
    gloss: talks

noun قمة
    code: 040
    target: مع | بين
    plural: قمم
    gloss: summit

verb واصل يواصل
    code: 040
    obj: اتصالات | مشاورات | مباحثات | تشاور
    target: مع
    gloss: continue contacts, consultations with

verb عقد يعقد
    code: 046
    obj: محادثات | مفاوضات | جولة محادثات | جولة مفاوضات | جولة أولى | جولة ثانية | جولة ثالثة | جولة جديدة | جولات محادثات | جولات مفاوضات | محادثات مباشرة | محادثات غير مباشرة | مفاوضات مباشرة | مفاوضات غير مباشرة
    masdar: عقد
    target: مع
    gloss: hold (a round of) talks, negotiations


# 05 ENGAGE IN DIPLOMATIC COOPERATION

verb رحب يرحب
    code: 051
    masdar: ترحيب
    gloss: welcome (a step, a decision)

verb أشاد يشيد
    code: 051
    masdar: إشادة
    target: ب
    gloss: praise

# أثنى needs its preposition: bare, its generated forms are the numerals اثنين، اثنان، اثنتا.
verb أثنى يثني
    code: 051
    obj: على
    target: على
    gloss: commend

verb شكر يشكر
    code: 051
    gloss: thank

verb امتدح يمتدح
    code: 051
    gloss: laud

verb مدح يمدح
    code: 051
    gloss: praise

verb هنأ يهنئ
    code: 051
    masdar: تهنئة
    gloss: congratulate

verb أيد يؤيد
    code: 051
    masdar: تأييد
    gloss: endorse, support

verb دعم يدعم
    code: 051
    gloss: support, back (politically)

verb ساند يساند
    code: 051
    masdar: مساندة
    gloss: back, stand by

verb أعرب يعرب
    code: 051
    obj: ترحيب | تقدير | شكر | امتنان | دعم | تأييد | إعجاب | ارتياح كبير
    gloss: express welcome, gratitude, support

verb أبدى يبدي
    code: 051
    obj: ترحيب | ترحيبا | تقدير | تقديرا | دعم | دعما | تأييد | تأييدا
    gloss: show appreciation, support

verb عبر يعبر
    code: 051
    obj: ترحيب | تقدير | شكر | امتنان | دعم | تأييد
    gloss: voice appreciation, support

verb جدد يجدد
    code: 051
    obj: دعم | تأييد | مساندة | ثقة
    gloss: reaffirm support

verb أكد يؤكد
    code: 051
    obj: دعم | تأييد | مساندة | وقوف
    gloss: affirm support

verb وجه يوجه
    code: 051
    obj: شكر | تحية | تهنئة
    gloss: extend thanks, greetings

verb توجه يتوجه
    code: 051
    obj: شكر | تحية | تهنئة
    gloss: extend thanks

verb وقف يقف
    code: 051
    obj: جانب | صف
    target: مع
    gloss: stand by (support)

verb صوت يصوت
    code: 051
    obj: صالح | تأييد
    gloss: vote in favour

verb دافع يدافع
    code: 052
    target: عن
    gloss: defend verbally

verb برر يبرر
    code: 052
    gloss: justify (defend verbally)

verb حشد يحشد
    code: 053
    obj: دعم | دعما | تأييد | تأييدا | مساندة
    gloss: rally support

verb اعترف يعترف
    code: 054
    masdar: اعتراف
    target: ب
    gloss: recognise (diplomatically)

verb قبل يقبل
    code: 054
    obj: أوراق اعتماد
    gloss: accept credentials (recognition)

verb تسلم يتسلم
    code: 054
    obj: أوراق اعتماد
    masdar: تسلم
    gloss: receive credentials

verb أقام يقيم
    code: 054
    obj: علاقات دبلوماسية | علاقات | علاقات رسمية
    masdar: إقامة
    gloss: establish diplomatic relations

verb أعاد يعيد
    code: 054
    obj: علاقات دبلوماسية | علاقات | فتح سفارة
    masdar: إعادة
    gloss: restore relations, reopen embassy

verb استأنف يستأنف
    code: 054
    obj: علاقات دبلوماسية | علاقات
    masdar: استئناف
    gloss: resume diplomatic relations

verb فتح يفتح
    code: 054
    obj: سفارة | قنصلية | بعثة دبلوماسية
    masdar: فتح
    gloss: open an embassy

verb تبادل يتبادل
    code: 054
    obj: سفراء | تمثيل دبلوماسي
    masdar: تبادل
    gloss: exchange ambassadors

verb عين يعين
    code: 050
    obj: سفير | سفيرا | سفيرة | قائم أعمال | قنصل
    gloss: appoint an ambassador

verb طبع يطبع
    code: 050
    obj: علاقات
    gloss: normalise relations

noun تطبيع
    code: 050
    target: مع
    gloss: normalisation of relations

verb اعتذر يعتذر
    code: 055
    masdar: اعتذار
    target: ل | من | إلى
    gloss: apologise

verb قدم يقدم
    code: 055
    obj: اعتذار | اعتذارا | اعتذارات
    masdar: تقديم
    gloss: offer an apology

verb عفا يعفو
    code: 056
    target: عن
    gloss: forgive, pardon

verb سامح يسامح
    code: 056
    masdar: مسامحة
    gloss: forgive

# صفح "forgive" is left out: its forms with a pronoun (صفحتها) are the noun صفحة "page".

verb قبل يقبل
    code: 056
    obj: اعتذار
    gloss: accept an apology

verb وقع يوقع
    code: 057
    obj: اتفاق | اتفاقا | اتفاقية | اتفاقيات | اتفاقات | معاهدة | معاهدات | مذكرة تفاهم | مذكرات تفاهم | مذكرة | بروتوكول | ميثاق | إعلان مبادئ | صفقة | عقد | عقدا | عقود | وثيقة | وثائق | وثائق تعاون | اتفاقيات تعاون | اتفاقية تعاون | خطاب نوايا | رسالة نوايا | إعلان مشترك | إعلانا مشتركا | خارطة طريق | خريطة طريق | مذكرات | برنامج تعاون | برنامج تنفيذي | إطار تعاون | اتفاق إطار | اتفاق سلام | اتفاقية سلام | اتفاق هدنة | اتفاق وقف إطلاق نار
    masdar: توقيع
    target: مع
    gloss: sign an agreement

verb أبرم يبرم
    code: 057
    obj: اتفاق | اتفاقا | اتفاقية | اتفاقيات | معاهدة | صفقة | عقد | عقدا
    masdar: إبرام
    target: مع
    gloss: conclude an agreement

verb توصل يتوصل
    code: 057
    obj: اتفاق | اتفاقا | اتفاقية | تسوية | تفاهم | تفاهمات | صفقة
    masdar: توصل
    target: مع
    gloss: reach an agreement

verb اتفق يتفق
    code: 057
    target: مع
    gloss: agree (with), reach agreement

verb صادق يصادق
    code: 057
    obj: اتفاق | اتفاقية | معاهدة | ميثاق | بروتوكول
    masdar: مصادقة
    gloss: ratify an agreement

verb وافق يوافق
    code: 057
    obj: اتفاق | اتفاقية | معاهدة | صفقة
    masdar: موافقة
    gloss: approve an agreement

verb انضم ينضم
    code: 057
    obj: معاهدة | اتفاقية | اتفاق | ميثاق | تحالف
    masdar: انضمام
    gloss: accede to a treaty, join an alliance

verb وافق يوافق
    code: 050
    gloss: agree to, approve

verb أقر يقر
    code: 050
    obj: اتفاق | اتفاقية | خطة | مبادرة | قرار
    gloss: approve (an agreement, a plan)

verb تبنى يتبنى
    code: 050
    obj: قرار | قرارا | مشروع قرار | بيان مشترك
    gloss: adopt a resolution

verb بارك يبارك
    code: 051
    masdar: مباركة
    gloss: bless, applaud (a step)

verb نوه ينوه
    code: 051
    obj: جهود | دور | مواقف | تعاون
    gloss: commend (efforts, role)

verb منح يمنح
    code: 051
    obj: وسام | وساما | قلادة | جائزة
    masdar: منح
    gloss: award a decoration (honour)

verb أعلن يعلن
    code: 051
    obj: دعم | تأييد | مساندة | وقوف
    masdar: إعلان
    gloss: declare support


# 06 ENGAGE IN MATERIAL COOPERATION

verb نسق ينسق
    code: 060
    target: مع
    gloss: coordinate with

verb استورد يستورد
    code: 061
    masdar: استيراد
    target: من
    gloss: import from

verb صدر يصدر
    code: 061
    obj: نفط | نفطا | غاز | غازا | قمح | قمحا | سلع | منتجات | كهرباء
    masdar: تصدير
    target: إلى
    gloss: export (goods) to

verb اشترى يشتري
    code: 061
    obj: نفط | نفطا | غاز | غازا | قمح | قمحا | سندات
    masdar: شراء
    target: من
    gloss: buy (commodities) from

verb استثمر يستثمر
    code: 061
    target: في
    gloss: invest in

verb ضخ يضخ
    code: 061
    obj: استثمارات | أموال | أموالا | ملايين | مليارات
    gloss: inject investment

verb تبادل يتبادل
    code: 061
    obj: سلع | بضائع | تجارة
    masdar: تبادل
    gloss: trade goods

verb باع يبيع
    code: 062
    obj: أسلحة | سلاح | صواريخ | طائرات | مقاتلات | منظومة | منظومات | دبابات | مروحيات | عتاد عسكري | ذخائر
    masdar: بيع
    target: إلى | ل
    gloss: sell weapons to

verb اشترى يشتري
    code: 062
    obj: أسلحة | سلاح | صواريخ | طائرات | مقاتلات | منظومة | منظومات | دبابات | مروحيات | غواصات
    target: من
    gloss: buy weapons from

verb درب يدرب
    code: 062
    gloss: train (forces)

verb أجرى يجري
    code: 062
    obj: مناورات مشتركة | تدريبات مشتركة | تمرينات مشتركة
    masdar: إجراء
    target: مع
    gloss: hold joint exercises

noun مناورات مشتركة
    code: 062
    target: مع
    plural: مناورات عسكرية مشتركة | مناورات بحرية مشتركة | مناورات جوية مشتركة | مناورة مشتركة | مناورة عسكرية مشتركة | مناورة بحرية مشتركة
    gloss: joint military exercises

noun تدريبات مشتركة
    code: 062
    target: مع
    plural: تدريبات عسكرية مشتركة | تدريبات بحرية مشتركة | تمرينات مشتركة | تمرينات عسكرية مشتركة | تمرين مشترك | تمرين عسكري مشترك | تدريب عسكري مشترك
    gloss: joint training

noun دورية مشتركة
    code: 062
    target: مع
    plural: دوريات مشتركة
    gloss: joint patrols

verb سير يسير
    code: 062
    obj: دوريات مشتركة | دورية مشتركة
    target: مع
    gloss: run joint patrols

verb سلم يسلم
    code: 063
    obj: مطلوب | مطلوبين | متهم | متهمين | مشتبه | مشتبها | مشتبهين | فار | فارين | مجرم | مجرمين
    masdar: تسليم
    target: إلى | ل
    gloss: extradite, hand over suspects

verb تسلم يتسلم
    code: 063
    obj: مطلوب | مطلوبين | متهم | متهمين | مشتبه | مشتبها
    target: من
    gloss: receive an extradited suspect

verb تبادل يتبادل
    code: 064
    obj: معلومات | معلومات استخباراتية | خبرات | بيانات
    masdar: تبادل
    target: مع
    gloss: share information, intelligence

verb تقاسم يتقاسم
    code: 064
    obj: معلومات | معلومات استخباراتية
    target: مع
    gloss: share information

verb زود يزود
    code: 064
    obj: معلومات | معلومات استخباراتية | بيانات
    masdar: تزويد
    gloss: provide information

verb وقع يوقع
    code: 062
    obj: صفقة أسلحة | صفقة سلاح | عقد تسليح | صفقة طائرات | صفقة مقاتلات | صفقة صواريخ | اتفاقية دفاع | اتفاقية دفاع مشترك | اتفاقية تعاون عسكري
    masdar: توقيع
    target: مع
    gloss: sign an arms deal, a defence pact

verb زود يزود
    code: 061
    obj: نفط | غاز | وقود | كهرباء | قمح
    masdar: تزويد
    gloss: supply oil, gas, grain

verb منح يمنح
    code: 061
    obj: امتياز | امتيازات | عقود | عقدا | تسهيلات تجارية
    masdar: منح
    gloss: grant concessions, contracts

verb سلم يسلم
    code: 064
    obj: معلومات | وثائق | بيانات | أدلة | ملفات
    masdar: تسليم
    gloss: hand over information, evidence


# 07 PROVIDE AID

verb قدم يقدم
    code: 070
    obj: مساعدات | مساعدة | معونات | معونة | دعم | دعما
    masdar: تقديم
    target: إلى | ل
    gloss: provide aid

verb قدم يقدم
    code: 071
    obj: قرض | قرضا | قروض | قروضا | منحة | منحا | منح | مساعدات مالية | مساعدات اقتصادية | دعم مالي | دعما ماليا | وديعة | ودائع | تمويل | تمويلا
    masdar: تقديم
    target: إلى | ل
    gloss: provide economic aid, a loan, a grant

verb قدم يقدم
    code: 072
    obj: أسلحة | سلاحا | مساعدات عسكرية | دعم عسكري | دعما عسكريا | ذخائر | عتاد | عتادا
    masdar: تقديم
    target: إلى | ل
    gloss: provide military aid

verb قدم يقدم
    code: 073
    obj: مساعدات إنسانية | مساعدات غذائية | مساعدات طبية | إغاثة | مواد إغاثية | أدوية | مواد غذائية | إمدادات طبية
    masdar: تقديم
    target: إلى | ل
    gloss: provide humanitarian aid

verb أرسل يرسل
    code: 070
    obj: مساعدات | مساعدة | معونات | شحنة | شحنات | قافلة | قوافل
    masdar: إرسال
    target: إلى
    gloss: send aid

verb أرسل يرسل
    code: 073
    obj: مساعدات إنسانية | مساعدات غذائية | مساعدات طبية | إغاثة | مواد إغاثية | أدوية | فرق إنقاذ | فرق إغاثة | طائرة مساعدات | طائرات مساعدات | مستشفى ميداني | طائرة محملة | طائرات محملة | سفينة محملة | سفن محملة | شاحنات محملة | قافلة محملة | أطنان من المساعدات | طنا من المساعدات | طن من المساعدات | طائرة إغاثة | طائرات إغاثة | فرق بحث وإنقاذ
    masdar: إرسال
    target: إلى | ل
    gloss: send humanitarian aid, rescue teams

verb أرسل يرسل
    code: 072
    obj: أسلحة | سلاحا | ذخائر | عتاد | عتادا | صواريخ | مستشارين عسكريين | خبراء عسكريين
    masdar: إرسال
    target: إلى
    gloss: send weapons, military advisers

verb منح يمنح
    code: 071
    obj: قرض | قرضا | منحة | مساعدات | مساعدة | مساعدات مالية | تمويل | تمويلا
    masdar: منح
    target: ل
    gloss: grant a loan, aid

verb منح يمنح
    code: 075
    obj: لجوء | لجوءا | حق لجوء | لجوء سياسي
    masdar: منح
    target: ل
    gloss: grant asylum

verb تبرع يتبرع
    code: 070
    masdar: تبرع | تبرعات
    gloss: donate

verb مول يمول
    code: 071
    gloss: finance, fund

verb أقرض يقرض
    code: 071
    masdar: إقراض
    gloss: lend

verb أودع يودع
    code: 071
    obj: وديعة | ودائع | مليار | مليارات
    target: في
    gloss: deposit funds (in a central bank)

verb خصص يخصص
    code: 070
    obj: مساعدات | مساعدة | منحة | معونة | معونات
    gloss: allocate aid

verb وزع يوزع
    code: 073
    obj: مساعدات | مساعدات إنسانية | مساعدات غذائية | مواد غذائية | سلال غذائية | إغاثة | مواد إغاثية
    masdar: توزيع
    target: على
    gloss: distribute aid

verb أوصل يوصل
    code: 073
    obj: مساعدات | مساعدات إنسانية | إغاثة | مواد إغاثية
    masdar: إيصال
    target: إلى
    gloss: deliver aid

verb أسقط يسقط
    code: 073
    obj: مساعدات | مساعدات إنسانية | مواد غذائية | إمدادات
    masdar: إسقاط
    gloss: airdrop aid

verb زود يزود
    code: 072
    obj: أسلحة | سلاح | صواريخ | ذخائر | ذخيرة | عتاد | عتاد عسكري | طائرات مسيرة | منظومات | مقاتلات
    masdar: تزويد
    target: ب
    gloss: supply weapons

verb زود يزود
    code: 070
    gloss: supply, provide

verb أمد يمد
    code: 072
    obj: أسلحة | سلاح | ذخائر | عتاد
    masdar: إمداد
    form: أمددنا
    gloss: supply weapons

verb سلح يسلح
    code: 072
    masdar: تسليح
    gloss: arm

verb دعم يدعم
    code: 072
    obj: عسكريا | سلاح | أسلحة
    gloss: support militarily

verb دعم يدعم
    code: 071
    obj: ماليا | اقتصاديا
    gloss: support financially

noun قافلة مساعدات
    code: 073
    target: إلى
    plural: قوافل مساعدات
    gloss: aid convoy

noun جسر جوي
    code: 073
    target: إلى
    gloss: airlift

verb أنقذ ينقذ
    code: 073
    masdar: إنقاذ
    gloss: rescue

verb آوى يؤوي
    code: 075
    obj: لاجئين | لاجئا | نازحين | فارين | معارضين
    masdar: إيواء
    gloss: shelter refugees

verb حمى يحمي
    code: 074
    gloss: protect

verb نشر ينشر
    code: 074
    obj: قوات حفظ سلام | قوة حفظ سلام | قوة دولية | قوات دولية | مراقبين دوليين
    masdar: نشر
    target: في
    gloss: deploy peacekeepers

verb استأنف يستأنف
    code: 070
    obj: مساعدات | مساعدة | معونات | تمويل | دعم
    masdar: استئناف
    gloss: resume aid

verb استقبل يستقبل
    code: 075
    obj: لاجئين | لاجئا | نازحين | مهاجرين | طالبي لجوء
    gloss: take in refugees

noun شاحنة مساعدات
    code: 073
    target: إلى | ل
    plural: شاحنات مساعدات | شاحنات المساعدات
    gloss: aid truck(s)

noun قافلة إغاثة
    code: 073
    target: إلى | ل
    plural: قوافل إغاثة | قوافل الإغاثة | قافلة إغاثية | قوافل إغاثية
    gloss: relief convoy

noun طائرة مساعدات
    code: 073
    target: إلى | ل
    plural: طائرات مساعدات | طائرة إغاثة | طائرات إغاثة | طائرة إغاثية | طائرات إغاثية
    gloss: aid plane(s)

noun سفينة مساعدات
    code: 073
    target: إلى | ل
    plural: سفن مساعدات | سفينة إغاثة | سفن إغاثة
    gloss: aid ship(s)

noun شحنة مساعدات
    code: 073
    target: إلى | ل
    plural: شحنات مساعدات | شحنة إغاثة | شحنات إغاثة | شحنة إغاثية | شحنات إغاثية
    gloss: aid shipment(s)


# 08 YIELD

verb أدخل يدخل
    code: 0863
    obj: مساعدات | مساعدات إنسانية | قوافل | شاحنات مساعدات | إغاثة | مواد غذائية
    masdar: إدخال
    target: إلى
    gloss: let aid in

verb تنازل يتنازل
    code: 080
    masdar: تنازل | تنازلات
    target: ل
    gloss: concede, give up

verb قدم يقدم
    code: 080
    obj: تنازلات | تنازلا | تنازل
    masdar: تقديم
    gloss: make concessions

verb تراجع يتراجع
    code: 080
    obj: قرار | موقف | تهديد | تهديدات | شرط | شروط | خطة
    gloss: back down from (a decision)

verb رضخ يرضخ
    code: 080
    masdar: رضوخ
    target: ل
    gloss: give in to

verb استجاب يستجيب
    code: 080
    masdar: استجابة
    target: ل
    gloss: respond positively to

verb خفف يخفف
    code: 081
    obj: قيود | قيودا | إجراءات | رقابة | حظر سفر
    masdar: تخفيف
    gloss: ease restrictions

verb رفع يرفع
    code: 081
    obj: قيود | قيودا | حظر سفر | منع سفر
    masdar: رفع
    gloss: lift restrictions

verb رفع يرفع
    code: 0812
    obj: حظر حزب | حظر جماعة | حظر تنظيم | قائمة إرهاب | قائمة منظمات إرهابية | قائمة سوداء
    masdar: رفع
    gloss: lift a ban on a group, delist from a terror list

verb رفع يرفع
    code: 0813
    obj: حظر تجول | حظر تجوال | منع تجول
    masdar: رفع
    gloss: lift a curfew

verb رفع يرفع
    code: 0814
    obj: حالة طوارئ | طوارئ | أحكام عرفية
    masdar: رفع
    gloss: lift a state of emergency

verb ألغى يلغي
    code: 0813
    obj: حظر تجول | حظر تجوال | منع تجول
    masdar: إلغاء
    gloss: cancel a curfew

verb ألغى يلغي
    code: 0814
    obj: حالة طوارئ | طوارئ | أحكام عرفية | قانون طوارئ
    masdar: إلغاء
    gloss: end a state of emergency

verb أنهى ينهي
    code: 0814
    obj: حالة طوارئ | أحكام عرفية
    masdar: إنهاء
    gloss: end a state of emergency

verb رفع يرفع
    code: 085
    obj: عقوبات | عقوبة | حظر | حظرا | تجميد | حظر أسلحة | حظر نفطي | حظر تجاري | مقاطعة
    masdar: رفع
    target: عن | على
    gloss: lift sanctions, an embargo

verb خفف يخفف
    code: 085
    obj: عقوبات | عقوبة | حظر | حظرا
    masdar: تخفيف
    target: على | عن
    gloss: ease sanctions

verb ألغى يلغي
    code: 085
    obj: عقوبات | عقوبة | حظر | حظرا | رسوم جمركية | رسوما جمركية
    masdar: إلغاء
    target: على | عن
    gloss: revoke sanctions, tariffs

verb علق يعلق
    code: 085
    obj: عقوبات | عقوبة | رسوم جمركية
    masdar: تعليق
    target: على | عن
    gloss: suspend sanctions

verb أنهى ينهي
    code: 085
    obj: عقوبات | مقاطعة | حظر
    masdar: إنهاء
    gloss: end sanctions, boycott

verb أنهى ينهي
    code: 082
    obj: إضراب | إضرابا | اعتصام | اعتصاما | احتجاجات | عصيان
    masdar: إنهاء
    gloss: call off a strike, protest

verb علق يعلق
    code: 082
    obj: إضراب | إضرابا | اعتصام | احتجاجات | عصيان | تظاهرات | مظاهرات
    masdar: تعليق
    gloss: suspend a strike, protests

verb لبى يلبي
    code: 083
    obj: مطالب | مطلب | شروط | مطالبات
    masdar: تلبية
    gloss: meet demands

verb استجاب يستجيب
    code: 083
    obj: مطالب | مطلب | مطالبات
    gloss: accede to demands

verb رضخ يرضخ
    code: 083
    obj: مطالب | ضغوط | ضغوطات
    gloss: yield to demands, pressure

verb استقال يستقيل
    code: 0831
    masdar: استقالة
    target: من
    gloss: resign

verb قدم يقدم
    code: 0831
    obj: استقالة | استقالات
    masdar: تقديم
    gloss: tender one's resignation

verb تنحى يتنحى
    code: 0831
    masdar: تنحي
    target: عن
    gloss: step down

verb تخلى يتخلى
    code: 0831
    obj: سلطة | حكم | منصب | رئاسة | عرش
    masdar: تخلي
    target: عن
    gloss: relinquish power

verb سلم يسلم
    code: 0831
    obj: سلطة | حكم | مقاليد
    masdar: تسليم
    gloss: hand over power

verb أفرج يفرج
    code: 0841
    masdar: إفراج
    target: عن
    gloss: release (detainees)

verb أطلق يطلق
    code: 0841
    obj: سراح
    masdar: إطلاق
    gloss: set free

verb أخلى يخلي
    code: 0841
    obj: سبيل
    masdar: إخلاء
    gloss: release

verb أعاد يعيد
    code: 0841
    obj: أسرى | رهائن | مختطفين | محتجزين | جثث | جثامين | رفات | معتقلين
    masdar: إعادة
    target: إلى
    gloss: return prisoners, remains

verb سلم يسلم
    code: 0841
    obj: أسرى | رهائن | جثث | جثامين | رفات | مختطفين | محتجزين
    masdar: تسليم
    target: إلى | ل
    gloss: hand over prisoners, remains

verb تبادل يتبادل
    code: 0841
    obj: أسرى | معتقلين | محتجزين | رهائن | سجناء | جثث
    masdar: تبادل
    target: مع
    gloss: exchange prisoners

noun صفقة تبادل
    code: 0841
    target: مع
    plural: صفقات تبادل
    gloss: prisoner exchange deal

verb أصدر يصدر
    code: 0841
    obj: عفو | عفوا | عفوا عاما | عفو رئاسي | عفوا رئاسيا
    gloss: issue an amnesty, a pardon

verb أفرج يفرج
    code: 0842
    obj: أموال | أصول | أرصدة | ودائع | ناقلة | سفينة | ناقلة نفط
    target: عن
    gloss: release assets, a seized ship

verb أعاد يعيد
    code: 0842
    obj: أراضي | أراض | ممتلكات | أموال | أصول | آثار | قطع أثرية
    masdar: إعادة
    target: إلى | ل
    gloss: return property, territory

verb سمح يسمح
    code: 086
    obj: بعثة | بعثة دولية | تحقيق دولي | لجنة تحقيق | منظمات دولية
    masdar: سماح
    gloss: allow international involvement

verb سمح يسمح
    code: 0862
    obj: مفتشين | مفتشي | مفتشو | تفتيش | دخول مفتشين | مراقبين | مراقبين دوليين
    masdar: سماح
    gloss: allow inspectors in

verb استقبل يستقبل
    code: 0862
    obj: مفتشين | مفتشي | مفتشو | بعثة تفتيش | مراقبين دوليين
    gloss: receive inspectors

verb وافق يوافق
    code: 0862
    obj: مفتشين | مفتشي | تفتيش | عمليات تفتيش | دخول مفتشين
    masdar: موافقة
    gloss: agree to inspections

verb وافق يوافق
    code: 0861
    obj: قوات حفظ سلام | قوة حفظ سلام | نشر قوات دولية | قوة دولية
    masdar: موافقة
    gloss: accept peacekeepers

verb سمح يسمح
    code: 0863
    obj: مساعدات | مساعدات إنسانية | دخول مساعدات | إدخال مساعدات | قوافل | شاحنات
    masdar: سماح
    gloss: allow aid in

verb فتح يفتح
    code: 0863
    obj: ممر إنساني | ممرات إنسانية | ممرات آمنة | ممر آمن
    masdar: فتح
    gloss: open humanitarian corridors

verb فتح يفتح
    code: 0872
    obj: معبر | معابر | منفذ | منافذ | حدود | موانئ | ميناء | مجال جوي | أجواء
    masdar: فتح
    gloss: open crossings, borders (ease blockade)

verb رفع يرفع
    code: 0872
    obj: حصار | حصارا
    masdar: رفع
    gloss: lift a blockade, siege

verb فك يفك
    code: 0872
    obj: حصار | حصارا | طوق
    masdar: فك
    gloss: break, lift a siege

verb خفف يخفف
    code: 0872
    obj: حصار | حصارا
    masdar: تخفيف
    gloss: ease a blockade

verb أنهى ينهي
    code: 0872
    obj: حصار | حصارا
    masdar: إنهاء
    gloss: end a siege

verb أعلن يعلن
    code: 0871
    obj: وقف إطلاق نار | هدنة | وقف قتال | وقف عمليات عسكرية | وقف أعمال عدائية
    masdar: إعلان
    gloss: declare a ceasefire, truce

verb وافق يوافق
    code: 0871
    obj: وقف إطلاق نار | هدنة | تهدئة | وقف قتال | وقف أعمال عدائية
    masdar: موافقة
    gloss: agree to a ceasefire

verb توصل يتوصل
    code: 0871
    obj: وقف إطلاق نار | هدنة | اتفاق هدنة | اتفاق وقف إطلاق نار | تهدئة
    masdar: توصل
    gloss: reach a ceasefire

verb أبرم يبرم
    code: 0871
    obj: هدنة | اتفاق هدنة | اتفاق وقف إطلاق نار
    masdar: إبرام
    gloss: conclude a truce

verb هادن يهادن
    code: 0871
    masdar: مهادنة
    gloss: make a truce with

verb أوقف يوقف
    code: 087
    obj: إطلاق نار | قتال | عمليات عسكرية | عملية عسكرية | هجمات | هجوم | قصف | غارات | ضربات | تصعيد | أعمال عدائية
    gloss: halt fire, hostilities

verb خفض يخفض
    code: 087
    obj: تصعيد | توتر | حدة توتر
    masdar: خفض | تخفيض
    gloss: de-escalate

verb خفف يخفف
    code: 087
    obj: توتر | حدة توتر | تصعيد
    masdar: تخفيف
    gloss: ease tension

verb قلص يقلص
    code: 087
    obj: وجود عسكري | قوات | عدد جنود | تواجد عسكري
    masdar: تقليص
    gloss: reduce military presence

verb أنهى ينهي
    code: 087
    obj: عمليات عسكرية | عملية عسكرية | حملة عسكرية | مهمة قتالية | حرب | احتلال
    masdar: إنهاء
    gloss: end military operations

verb سلم يسلم
    code: 0873
    obj: سلاح | أسلحة
    masdar: تسليم
    gloss: hand over weapons (disarm)

verb ألقى يلقي
    code: 0873
    obj: سلاح | أسلحة
    gloss: lay down arms

verb نزع ينزع
    code: 0873
    obj: سلاح | أسلحة
    masdar: نزع
    gloss: disarm

verb سرح يسرح
    code: 0873
    obj: جنود | مقاتلين | مجندين | عناصر | قوات
    masdar: تسريح
    gloss: demobilise

verb حل يحل
    code: 0873
    obj: ميليشيات | ميليشيا | فصائل مسلحة | جماعات مسلحة | قوات | جيش
    gloss: disband militias

verb انسحب ينسحب
    code: 0874
    masdar: انسحاب
    target: من
    gloss: withdraw (militarily)

verb سحب يسحب
    code: 0874
    obj: قوات | جنود | جنوده | قوة | وحدات | جيش | عسكريين | آليات | دبابات
    masdar: سحب
    target: من
    gloss: withdraw troops

verb أخلى يخلي
    code: 0874
    obj: مواقع | موقع | مقرات | ثكنات | قواعد | قاعدة
    gloss: evacuate positions

verb استسلم يستسلم
    code: 0874
    masdar: استسلام
    target: ل
    gloss: surrender

verb سلم يسلم
    code: 0874
    obj: مدينة | مواقع | مدن | قاعدة
    masdar: تسليم
    gloss: surrender (a town, oneself)


# 09 INVESTIGATE

noun تحقيقات
    code: 090
    target: مع
    gloss: investigations

noun تحقيق
    code: 090
    obj: حادث | حادثة | ملابسات | مقتل | وفاة | اختفاء | هجوم | تفجير | قضية | تسريب | اتهامات | ادعاءات | مزاعم
    target: مع
    gloss: investigation (into an incident)

noun تحقيق دولي
    code: 090
    gloss: international investigation

noun تحقيق مستقل
    code: 090
    gloss: independent investigation

noun تحقيق شامل
    code: 090
    gloss: full investigation

noun لجنة تحقيق
    code: 090
    plural: لجان تحقيق
    gloss: commission of inquiry

noun لجنة تقصي حقائق
    code: 090
    plural: لجان تقصي حقائق
    gloss: fact-finding commission

verb فتح يفتح
    code: 090
    obj: تحقيق | تحقيقا | تحقيقات | ملف تحقيق | تحقيق أولي | تحقيقا أوليا | تحقيق رسمي | تحقيقا رسميا | تحقيق عاجل | تحقيقا عاجلا
    masdar: فتح
    target: مع | بحق | ضد | في
    gloss: open an investigation

verb أجرى يجري
    code: 090
    obj: تحقيق | تحقيقا | تحقيقات | تحريات
    masdar: إجراء
    target: مع
    gloss: conduct an investigation

verb باشر يباشر
    code: 090
    obj: تحقيق | تحقيقا | تحقيقات | تحريات
    gloss: launch an investigation

verb شكل يشكل
    code: 090
    obj: لجنة تحقيق | لجنة تقصي | لجنة تقصي حقائق
    masdar: تشكيل
    gloss: form a commission of inquiry

verb استجوب يستجوب
    code: 090
    masdar: استجواب
    gloss: interrogate, question

verb تحرى يتحرى
    code: 090
    masdar: تحري | تحريات
    gloss: investigate, inquire

verb تقصى يتقصى
    code: 090
    masdar: تقصي
    gloss: look into, establish facts

verb تحقق يتحقق
    code: 090
    gloss: verify, check

verb دقق يدقق
    code: 090
    gloss: scrutinise

verb فتش يفتش
    code: 090
    gloss: inspect, search

noun تحقيق جنائي
    code: 091
    plural: تحقيقات جنائية
    gloss: criminal investigation

noun تحقيق
    code: 091
    obj: فساد | رشوة | اختلاس | غسل أموال | احتيال
    gloss: corruption investigation

verb فتح يفتح
    code: 091
    obj: تحقيق جنائي | تحقيقا جنائيا | ملف فساد
    masdar: فتح
    gloss: open a criminal inquiry

noun تحقيق
    code: 092
    obj: انتهاكات | حقوق إنسان | تعذيب | إعدامات | اختفاء قسري
    gloss: human-rights investigation

verb وثق يوثق
    code: 092
    obj: انتهاكات | جرائم | تجاوزات | حالات تعذيب | إعدامات
    masdar: توثيق
    gloss: document abuses

noun تحقيق
    code: 093
    obj: غارة | ضربة | قصف | عملية عسكرية | إسقاط
    gloss: investigation into a military action

noun تحقيق
    code: 094
    obj: جرائم حرب | جرائم ضد إنسانية | إبادة
    gloss: war-crimes investigation

verb حقق يحقق
    code: 090
    obj: ملابسات | مقتل | وفاة | اتهامات | ادعاءات | مزاعم | حادث | حادثة | انتهاكات | فساد | هجوم | تفجير | قضية | اختفاء | تسريب
    target: مع
    gloss: investigate (حقق في)

verb فحص يفحص
    code: 090
    obj: عينات | أدلة | أدلة جنائية | وثائق
    masdar: فحص
    gloss: examine evidence


# 10 DEMAND

verb طلب يطلب
    target: من
    code: 101
    obj: توضيحات | توضيح | تفسير | تفسيرات | إيضاحات | معلومات
    gloss: request explanations (demand information)

verb طالب يطالب
    target: من
    code: 100
    masdar: مطالبة | مطالبات
    gloss: demand

verb أصر يصر
    code: 100
    masdar: إصرار
    form: أصررنا
    gloss: insist

verb اشترط يشترط
    code: 100
    gloss: make a condition, require

verb جدد يجدد
    code: 100
    obj: مطالبة | مطالب | مطالبات
    gloss: renew demands

verb طالب يطالب
    target: من
    code: 101
    obj: تحقيق | تحقيقا | توضيحات | توضيح | تفسير | تفسيرات | إيضاحات | معلومات | كشف
    masdar: مطالبة | مطالبات
    gloss: demand an investigation, explanations

verb طالب يطالب
    target: من
    code: 1013
    obj: محاسبة | محاكمة | معاقبة | تسليم | ملاحقة
    masdar: مطالبة | مطالبات
    gloss: demand accountability, prosecution, extradition

verb طالب يطالب
    target: من
    code: 103
    obj: مساعدات | مساعدة | دعم | تعويض | تعويضات | معونة
    masdar: مطالبة | مطالبات
    gloss: demand aid, compensation

verb طالب يطالب
    target: من
    code: 1034
    obj: حماية | حماية دولية | قوات حفظ سلام
    masdar: مطالبة | مطالبات
    gloss: demand protection

verb طالب يطالب
    target: من
    code: 104
    obj: إصلاح | إصلاحات | تغيير | دستور
    masdar: مطالبة | مطالبات
    gloss: demand reform

verb طالب يطالب
    target: من
    code: 1041
    obj: رحيل | تنحي | استقالة | إسقاط | إقالة | عزل
    masdar: مطالبة | مطالبات
    gloss: demand a change of leadership

verb طالب يطالب
    target: من
    code: 1043
    obj: حقوق | حق | حرية | حريات | مساواة
    masdar: مطالبة | مطالبات
    gloss: demand rights

verb طالب يطالب
    target: من
    code: 1053
    obj: إفراج | إطلاق سراح | إعادة | إخلاء سبيل
    masdar: مطالبة | مطالبات
    gloss: demand release

verb طالب يطالب
    target: من
    code: 1054
    obj: رفع عقوبات | رفع حظر | رفع حصار | إنهاء حصار | فك حصار
    masdar: مطالبة | مطالبات
    gloss: demand easing of sanctions, blockade

verb طالب يطالب
    target: من
    code: 1056
    obj: وقف قصف | وقف هجمات | وقف تصعيد | وقف عنف | وقف عمليات عسكرية | وقف غارات | ضبط نفس
    masdar: مطالبة | مطالبات
    gloss: demand de-escalation

verb طالب يطالب
    target: من
    code: 106
    obj: انسحاب | سحب | خروج | مغادرة
    masdar: مطالبة | مطالبات
    gloss: demand withdrawal

verb طالب يطالب
    target: من
    code: 107
    obj: وقف إطلاق نار | هدنة | وقف قتال | وقف أعمال عدائية
    masdar: مطالبة | مطالبات
    gloss: demand a ceasefire

verb طالب يطالب
    target: من
    code: 108
    obj: مفاوضات | حوار | محادثات | اجتماع طارئ | جلسة طارئة | عقد اجتماع
    masdar: مطالبة | مطالبات
    gloss: demand talks, a meeting

verb طالب يطالب
    target: من
    code: 105
    obj: وساطة | توسط
    masdar: مطالبة | مطالبات
    gloss: demand mediation

verb طالب يطالب
    target: من
    code: 1042
    obj: وقف استيطان | تغيير سياسة | تراجع عن قرار | إلغاء قرار | تعديل قانون | إلغاء قانون
    masdar: مطالبة | مطالبات
    gloss: demand a policy change

verb طالب يطالب
    target: من
    code: 1055
    obj: تفتيش | مفتشين | دخول مفتشين | تحقيق دولي | بعثة دولية | مراقبين دوليين
    masdar: مطالبة | مطالبات
    gloss: demand international involvement

# ألح needs على/في: bare, its forms with a pronoun are الحكم and الحاكم (ألح+كم، ألحا+كم).
verb ألح يلح
    code: 100
    obj: على | في
    masdar: إلحاح
    form: ألححنا
    gloss: press, insist

verb طلب يطلب
    target: من
    code: 106
    obj: انسحاب | سحب قوات | سحب
    gloss: ask for withdrawal


# 11 DISAPPROVE

verb أبدى يبدي
    code: 110
    obj: استياء | امتعاض | امتعاضا | غضب | غضبا | انزعاج شديد
    gloss: show displeasure, anger

verb أعرب يعرب
    code: 110
    obj: استياء | امتعاض | غضب | سخط
    gloss: express displeasure

verb عبر يعبر
    code: 110
    obj: استياء | امتعاض | غضب | سخط
    gloss: voice displeasure

verb شكك يشكك
    code: 110
    masdar: تشكيك
    gloss: cast doubt on

verb أدان يدين
    code: 111
    masdar: إدانة
    gloss: condemn

verb ندد يندد
    code: 111
    masdar: تنديد
    target: ب
    gloss: denounce

verb استنكر يستنكر
    code: 111
    masdar: استنكار
    gloss: denounce, deplore

verb شجب يشجب
    code: 111
    masdar: شجب
    gloss: condemn, deplore

verb انتقد ينتقد
    code: 111
    masdar: انتقاد | انتقادات
    gloss: criticise

verb استهجن يستهجن
    code: 111
    masdar: استهجان
    gloss: decry

verb وبخ يوبخ
    code: 111
    masdar: توبيخ
    gloss: rebuke, reprimand

verb سخر يسخر
    code: 111
    target: من
    gloss: mock, ridicule

verb أعرب يعرب
    code: 111
    obj: إدانة | استنكار | تنديد | شجب | رفض قاطع
    gloss: express condemnation

verb عبر يعبر
    code: 111
    obj: إدانة | استنكار | تنديد
    gloss: voice condemnation

verb جدد يجدد
    code: 111
    obj: إدانة | استنكار | تنديد | انتقاد | انتقادات
    gloss: renew condemnation

verb وجه يوجه
    code: 111
    obj: انتقادات | انتقاد | انتقادا | انتقادات حادة | انتقادات لاذعة | لوم
    target: إلى | ل
    gloss: level criticism at

verb شن يشن
    code: 111
    obj: هجوما لاذعا | هجوم لاذع | هجوما حادا | هجوم حاد | هجوما عنيفا | حملة انتقادات | هجوما كلاميا | هجوم كلامي | انتقادات
    masdar: شن
    target: على
    gloss: launch a verbal attack on

verb هاجم يهاجم
    code: 111
    obj: شدة | تصريحات | سياسة | سياسات | موقف | مواقف | قرار
    gloss: attack verbally (harshly, a policy, statements)

noun هجوم لاذع
    code: 111
    target: على
    gloss: scathing (verbal) attack

noun هجوم حاد
    code: 111
    target: على
    gloss: sharp (verbal) attack

noun هجوم كلامي
    code: 111
    target: على
    gloss: verbal attack

noun حرب كلامية
    code: 111
    target: مع | بين
    gloss: war of words

verb وصف يصف
    code: 111
    obj: إرهابي | إرهابية | عدوان | عدواني | عدوانا | جريمة | إجرامي | انتهاك | انتهاكا | استفزاز | استفزازي | عنصري | عنصرية | همجي | وحشي | دوافع سياسية | مسيس | مسيسا | مسيسة | منحاز | منحازا | منحازة | مزيف | مزيفا | مزيفة | ملفق | ملفقا | ملفقة | باطل | باطلا | باطلة | غير قانوني | غير قانونية | غير شرعي | غير شرعية | غير مشروع | غير مشروعة | غير مسؤول | غير مسؤولة | عار عن الصحة | لا أساس | مفبرك | مفبركة | كاذب | كاذبة | عدائي | عدائية | انتهاك صارخ | تدخل سافر | قرصنة | بلطجة
    gloss: call (something) terrorist, aggression, a crime

verb اعتبر يعتبر
    code: 111
    obj: انتهاكا | انتهاك | عدوانا | عدوان | خرقا | خرق | جريمة | استفزازا | تصعيدا خطيرا | غير مقبول
    gloss: deem (something) a violation, aggression, unacceptable

verb صنف يصنف
    code: 111
    obj: منظمة إرهابية | جماعة إرهابية | تنظيما إرهابيا | تنظيم إرهابي | كيانا إرهابيا
    masdar: تصنيف
    gloss: designate as a terrorist organisation

verb أعلن يعلن
    code: 111
    obj: منظمة إرهابية | جماعة إرهابية | تنظيما إرهابيا | كيانا إرهابيا | إدانة | استنكار | تنديد
    masdar: إعلان
    gloss: announce condemnation; declare a terrorist organisation

verb اتهم يتهم
    code: 112
    masdar: اتهام | اتهامات
    gloss: accuse

verb اتهم يتهم
    code: 1121
    obj: فساد | رشوة | اختلاس | تهريب | غسل أموال | احتيال | تزوير
    masdar: اتهام | اتهامات
    gloss: accuse of crime, corruption

verb اتهم يتهم
    code: 1122
    obj: انتهاكات | انتهاك حقوق | تعذيب | قمع | تمييز | اضطهاد
    masdar: اتهام | اتهامات
    gloss: accuse of human-rights abuses

verb اتهم يتهم
    code: 1123
    obj: عدوان | اعتداء | زعزعة استقرار | تدخل | دعم إرهاب | تمويل إرهاب | رعاية إرهاب
    masdar: اتهام | اتهامات
    gloss: accuse of aggression, interference, backing terrorism

verb اتهم يتهم
    code: 1124
    obj: جرائم حرب | جرائم ضد إنسانية | إبادة | إبادة جماعية | تطهير عرقي
    masdar: اتهام | اتهامات
    gloss: accuse of war crimes

verb اتهم يتهم
    code: 1125
    obj: تجسس | خيانة | تخابر | عمالة
    masdar: اتهام | اتهامات
    gloss: accuse of espionage, treason

verb تبادل يتبادل
    code: 112
    obj: اتهامات | اتهام | لوم | مسؤولية
    masdar: تبادل
    gloss: trade accusations

verb حمل يحمل
    code: 112
    obj: مسؤولية | مسؤولية كاملة | المسؤولية الكاملة | كامل المسؤولية | مسؤولية الانفجار | مسؤولية الهجوم
    gloss: hold responsible, blame

verb ألقى يلقي
    code: 112
    obj: لوم | لائمة | مسؤولية
    target: على
    gloss: lay the blame on

verb لام يلوم
    code: 112
    gloss: blame

verb وجه يوجه
    code: 112
    obj: اتهامات | اتهام | اتهاما | أصابع اتهام
    target: إلى | ل
    gloss: point accusations at

verb حرض يحرض
    code: 113
    masdar: تحريض
    target: على | ضد
    gloss: incite against

verb استدعى يستدعي
    code: 114
    obj: سفير | سفيرة | قائم أعمال | قنصل | دبلوماسي | سفراء | ممثل
    masdar: استدعاء
    gloss: summon an envoy (protest); guide codes root 11

verb سلم يسلم
    code: 114
    obj: مذكرة احتجاج | مذكرة احتجاج رسمية | رسالة احتجاج | احتجاج رسمي | احتجاجا رسميا
    masdar: تسليم
    gloss: hand over a protest note

verb قدم يقدم
    code: 114
    obj: احتجاج | احتجاجا | احتجاجا رسميا | مذكرة احتجاج | شكوى | شكوى رسمية | شكاوى
    masdar: تقديم
    target: إلى | لدى
    gloss: lodge a protest, a complaint

verb تقدم يتقدم
    code: 114
    obj: شكوى | شكوى رسمية | شكاوى | احتجاج
    target: إلى | لدى | ضد
    gloss: file a complaint

verb احتج يحتج
    code: 114
    obj: رسميا | احتجاجا رسميا
    gloss: protest officially

verb اشتكى يشتكي
    code: 114
    masdar: شكوى | شكاوى
    target: إلى | من
    gloss: complain (officially)

noun مذكرة احتجاج
    code: 114
    target: إلى
    plural: مذكرات احتجاج
    gloss: protest note

verb رفع يرفع
    code: 115
    obj: دعوى | دعوى قضائية | دعاوى | قضية
    masdar: رفع
    target: ضد | على
    gloss: file a lawsuit

verb أقام يقيم
    code: 115
    obj: دعوى | دعوى قضائية | دعاوى
    target: ضد | على
    gloss: bring a lawsuit

verb تقدم يتقدم
    code: 115
    obj: دعوى | دعوى قضائية | دعاوى
    target: ضد
    gloss: file a lawsuit

verb قاضى يقاضي
    code: 115
    masdar: مقاضاة
    gloss: sue

noun دعوى قضائية
    code: 115
    target: ضد | على
    plural: دعاوى قضائية
    gloss: lawsuit

verb أدان يدين
    code: 116
    obj: تهمة | تهم | تهمتي
    gloss: convict (of a charge)

verb دان يدين
    code: 111
    gloss: condemn (form I, common in wire copy: دانت الخارجية)


# 12 REJECT

verb رفض يرفض
    code: 120
    masdar: رفض
    gloss: reject, refuse

verb عارض يعارض
    code: 120
    gloss: oppose

verb اعترض يعترض
    code: 120
    target: على
    gloss: object to

verb أعرب يعرب
    code: 120
    obj: رفض | معارضة
    gloss: express rejection

verb أبدى يبدي
    code: 120
    obj: رفض | رفضا | معارضة | تحفظ | تحفظا | تحفظات
    gloss: express rejection, reservations

verb جدد يجدد
    code: 120
    obj: رفض | معارضة
    gloss: reaffirm rejection

verb أكد يؤكد
    code: 120
    obj: رفض | معارضة
    gloss: affirm rejection

verb تحفظ يتحفظ
    code: 120
    target: على
    gloss: have reservations about

verb صوت يصوت
    code: 120
    obj: ضد
    target: ضد
    gloss: vote against

verb أسقط يسقط
    code: 120
    obj: مشروع قرار | مشروع | قرار | مقترح
    masdar: إسقاط
    gloss: vote down a draft resolution

verb أحبط يحبط
    code: 120
    obj: مشروع قرار | مساعي | جهود
    gloss: thwart a draft resolution, efforts

verb عرقل يعرقل
    code: 120
    masdar: عرقلة
    gloss: obstruct, hinder

verb رفض يرفض
    code: 121
    obj: تعاون | مشاركة | شراكة
    masdar: رفض
    gloss: refuse cooperation

verb رفض يرفض
    code: 122
    obj: تقديم مساعدات | إرسال مساعدات | طلب مساعدة
    masdar: رفض
    gloss: refuse a request for aid

verb رفض يرفض
    code: 123
    obj: إصلاحات | إصلاح | مطالب محتجين | مطالب
    masdar: رفض
    gloss: reject demands for reform

verb رفض يرفض
    code: 1231
    obj: تنحي | استقالة | رحيل | تسليم سلطة | ترك منصب
    masdar: رفض
    gloss: refuse to step down

verb رفض يرفض
    code: 1243
    obj: إفراج | إطلاق سراح | تسليم | إعادة | إخلاء سبيل
    masdar: رفض
    gloss: refuse to release, hand over

verb رفض يرفض
    code: 1244
    obj: رفع عقوبات | رفع حظر | تخفيف عقوبات
    masdar: رفض
    gloss: refuse to lift sanctions

verb رفض يرفض
    code: 1245
    obj: دخول مفتشين | مفتشين | تفتيش | عمليات تفتيش | تحقيق دولي | بعثة دولية | قوات دولية | دخول مساعدات
    masdar: رفض
    gloss: refuse international involvement

verb رفض يرفض
    code: 1246
    obj: انسحاب | سحب قوات | وقف إطلاق نار | هدنة | وقف قتال | وقف عمليات
    masdar: رفض
    gloss: refuse to withdraw or cease fire

verb رفض يرفض
    code: 125
    obj: مفاوضات | محادثات | حوار | تفاوض | لقاء | اجتماع | دعوة | استئناف مفاوضات | جلوس
    masdar: رفض
    gloss: reject talks, a meeting

verb ألغى يلغي
    code: 125
    obj: زيارة | قمة | اجتماع | لقاء | محادثات
    masdar: إلغاء
    gloss: cancel a visit, a meeting

verb رفض يرفض
    code: 126
    obj: وساطة | توسط | وساطات
    masdar: رفض
    gloss: reject mediation

verb رفض يرفض
    code: 127
    obj: اتفاق | اتفاقية | خطة | مبادرة | مقترح | مقترحات | تسوية | صفقة | قرار | مشروع قرار | عرض
    masdar: رفض
    gloss: reject a plan, an agreement

verb انسحب ينسحب
    code: 127
    obj: اتفاق | اتفاقية | معاهدة | اتفاق نووي
    masdar: انسحاب
    gloss: withdraw from an agreement

verb تنصل يتنصل
    code: 127
    obj: اتفاق | اتفاقية | التزامات | تعهدات | معاهدة
    gloss: renege on an agreement

verb ألغى يلغي
    code: 127
    obj: اتفاق | اتفاقية | معاهدة | اتفاقيات
    masdar: إلغاء
    gloss: revoke an agreement

verb تحدى يتحدى
    code: 128
    masdar: تحد
    gloss: defy

verb انتهك ينتهك
    code: 128
    obj: قانون دولي | قرارات | قرار | سيادة | حقوق | اتفاقية | اتفاق | مجال جوي | أجواء | ميثاق | مياه إقليمية
    masdar: انتهاك | انتهاكات
    gloss: violate (law, sovereignty, airspace)

verb خرق يخرق
    code: 128
    obj: قانون دولي | قرارات | سيادة | مجال جوي | أجواء | اتفاق | اتفاقية
    masdar: خرق | خروقات
    gloss: breach (law, sovereignty)

verb تجاهل يتجاهل
    code: 128
    obj: قرارات | قرار | دعوات | مطالب | تحذيرات | قانون دولي
    masdar: تجاهل
    gloss: ignore (resolutions, calls)

verb استخدم يستخدم
    code: 129
    obj: حق نقض | فيتو | نقض
    masdar: استخدام
    gloss: use the veto

verb أشهر يشهر
    code: 129
    obj: فيتو | حق نقض
    gloss: wield the veto

verb نقض ينقض
    code: 129
    obj: مشروع قرار | قرار
    gloss: veto a resolution

noun فيتو
    code: 129
    target: ضد
    gloss: veto

noun حق نقض
    code: 129
    target: ضد
    gloss: veto

verb أعلن يعلن
    code: 120
    obj: رفض | معارضة
    masdar: إعلان
    gloss: announce rejection


# 13 THREATEN

verb هدد يهدد
    code: 130
    masdar: تهديد | تهديدات
    gloss: threaten

verb توعد يتوعد
    code: 130
    gloss: vow retribution, threaten

verb حذر يحذر
    code: 130
    masdar: تحذير | تحذيرات
    gloss: warn

verb أنذر ينذر
    code: 130
    gloss: warn

verb لوح يلوح
    code: 130
    masdar: تلويح
    gloss: brandish the threat of

verb وجه يوجه
    code: 130
    obj: تحذير | تحذيرا | تحذيرات | تهديد | تهديدا | تهديدات | رسالة تحذير
    target: إلى | ل
    gloss: issue a warning

verb أطلق يطلق
    code: 130
    obj: تهديدات | تهديدا | تحذيرات | تحذيرا
    masdar: إطلاق
    gloss: issue threats, warnings

verb جدد يجدد
    code: 130
    obj: تهديد | تهديدات | تحذير | تحذيرات
    gloss: renew threats

verb هدد يهدد
    code: 1311
    obj: وقف مساعدات | قطع مساعدات | تعليق مساعدات | خفض مساعدات | قطع تمويل | وقف تمويل
    masdar: تهديد | تهديدات
    gloss: threaten to cut aid

verb هدد يهدد
    code: 1312
    obj: عقوبات | عقوبة | حظر | مقاطعة | رسوم جمركية | رسوما | تجميد
    masdar: تهديد | تهديدات
    gloss: threaten sanctions, boycott

verb لوح يلوح
    code: 1312
    obj: عقوبات | عقوبة | حظر | مقاطعة | رسوم
    gloss: brandish sanctions

verb توعد يتوعد
    code: 1312
    obj: عقوبات | عقوبة
    gloss: vow sanctions

verb حذر يحذر
    code: 1312
    obj: عقوبات | فرض عقوبات
    masdar: تحذير | تحذيرات
    gloss: warn of sanctions

verb هدد يهدد
    code: 1313
    obj: قطع علاقات | طرد سفير | سحب سفير | خفض تمثيل | استدعاء سفير
    masdar: تهديد | تهديدات
    gloss: threaten to break relations

verb هدد يهدد
    code: 133
    obj: إضراب | تظاهر | مظاهرات | احتجاجات | اعتصام | تصعيد احتجاجات | عصيان
    masdar: تهديد | تهديدات
    gloss: threaten protests, a strike

verb هدد يهدد
    code: 134
    obj: مفاوضات | محادثات | طاولة مفاوضات
    masdar: تهديد | تهديدات
    gloss: threaten to halt negotiations

verb هدد يهدد
    code: 136
    obj: طرد مفتشين | وقف تعاون مع وكالة | تعليق تعاون | طرد مراقبين
    masdar: تهديد | تهديدات
    gloss: threaten to halt international involvement

verb هدد يهدد
    code: 137
    obj: قمع | سحق | اعتقال | اعتقالات | يد من حديد
    masdar: تهديد | تهديدات
    gloss: threaten repression

verb هدد يهدد
    code: 138
    obj: هجوم | ضربة | ضربات | قصف | رد عسكري | عمل عسكري | عملية عسكرية | حرب | رد | استخدام قوة | تدمير | انتقام | تدخل عسكري | تدخل | توسيع عمليات | توسيع عملية | توسيع هجوم | عملية برية | اجتياح بري | ضربة عسكرية | ضربات عسكرية | رد مؤلم | رد قاس | رد حاسم | تصعيد عسكري | تحرك عسكري
    masdar: تهديد | تهديدات
    gloss: threaten military force

verb توعد يتوعد
    code: 138
    obj: رد | ردا | رد قاس | ردا قاسيا | انتقام | ثأر | رد عسكري | حرب
    gloss: vow (military) retaliation

verb لوح يلوح
    code: 138
    obj: خيار عسكري | استخدام قوة | عمل عسكري | ضربة عسكرية | حرب | تدخل عسكري | تدخل | توسيع عمليات | عملية برية | ضربات عسكرية
    gloss: brandish military action

verb حذر يحذر
    code: 138
    obj: رد عسكري | عمل عسكري | رد حازم | رد قاس
    masdar: تحذير | تحذيرات
    gloss: warn of military response

verb هدد يهدد
    code: 1381
    obj: إغلاق مضيق | حصار | محاصرة | إغلاق حدود | إغلاق مجال جوي
    masdar: تهديد | تهديدات
    gloss: threaten blockade, closing a strait

verb هدد يهدد
    code: 1382
    obj: اجتياح | غزو | احتلال | توغل | دخول
    masdar: تهديد | تهديدات
    gloss: threaten invasion, occupation

verb هدد يهدد
    code: 1383
    obj: تفجير | تفجيرات | هجمات انتحارية | اغتيال | عمليات انتحارية | ذبح
    masdar: تهديد | تهديدات
    gloss: threaten bombings, assassinations

verb هدد يهدد
    code: 1385
    obj: سلاح نووي | أسلحة نووية | نووي | أسلحة كيميائية | سلاح كيميائي | ضربة نووية
    masdar: تهديد | تهديدات
    gloss: threaten WMD use

verb أمهل يمهل
    code: 139
    masdar: إمهال
    gloss: give a deadline (ultimatum)

verb وجه يوجه
    code: 139
    obj: إنذار | إنذارا | إنذارا نهائيا | إنذار نهائي | مهلة
    target: إلى | ل
    gloss: issue an ultimatum

verb حدد يحدد
    code: 139
    obj: مهلة | مهلة نهائية | موعدا نهائيا
    gloss: set a deadline

noun إنذار نهائي
    code: 139
    target: إلى | ل
    gloss: ultimatum

verb أعاد يعيد
    code: 138
    obj: عصر حجري | العصر الحجري | عصور وسطى | العصور الوسطى
    target: إلى
    gloss: threaten to bomb back to the stone age

verb محا يمحو
    code: 138
    obj: خريطة | الخريطة | خارطة | وجه الأرض | الوجود
    gloss: threaten to wipe off the map

verb مسح يمسح
    code: 138
    obj: خريطة | الخريطة | خارطة | وجه الأرض | الوجود
    gloss: threaten to wipe off the map


# 14 PROTEST

verb احتج يحتج
    code: 140
    target: على | ضد
    gloss: protest

noun احتجاج
    code: 140
    target: على | ضد
    plural: احتجاجات
    gloss: protest

noun حركة احتجاجية
    code: 140
    plural: حركات احتجاجية
    gloss: protest movement

noun عصيان مدني
    code: 140
    gloss: civil disobedience

verb انتفض ينتفض
    code: 140
    masdar: انتفاضة
    target: ضد | على
    gloss: rise up

verb تظاهر يتظاهر
    code: 141
    masdar: تظاهر
    target: ضد | أمام
    gloss: demonstrate

noun مظاهرة
    code: 141
    target: ضد | أمام
    plural: مظاهرات
    gloss: demonstration

noun تظاهرة
    code: 141
    target: ضد | أمام
    plural: تظاهرات
    gloss: demonstration

noun مسيرة احتجاجية
    code: 141
    target: ضد
    plural: مسيرات احتجاجية
    gloss: protest march

noun وقفة احتجاجية
    code: 141
    target: أمام
    plural: وقفات احتجاجية
    gloss: protest vigil, stand

noun مسيرة حاشدة
    code: 141
    plural: مسيرات حاشدة
    gloss: mass rally

verb احتشد يحتشد
    code: 141
    masdar: احتشاد
    target: أمام
    gloss: rally, gather (in protest)

verb خرج يخرج
    code: 141
    obj: شوارع | شارع | مظاهرات | مظاهرة | تظاهرات | تظاهرة | مسيرات | مسيرة
    gloss: take to the streets

verb نزل ينزل
    code: 141
    obj: شوارع | شارع | ميادين | ساحات
    gloss: take to the streets

verb نظم ينظم
    code: 141
    obj: مظاهرة | مظاهرات | تظاهرة | تظاهرات | مسيرة | مسيرات | وقفة احتجاجية | وقفة | تجمعا | احتجاجات | احتجاجا
    target: ضد | أمام
    gloss: stage a demonstration

verb هتف يهتف
    code: 141
    target: ضد
    gloss: chant (slogans)

verb رفع يرفع
    code: 141
    obj: لافتات | لافتة
    masdar: رفع
    gloss: raise banners (protest)

verb أضرب يضرب
    code: 142
    obj: طعام
    gloss: go on hunger strike

noun إضراب عن طعام
    code: 142
    gloss: hunger strike

noun إضراب جوع
    code: 142
    gloss: hunger strike

verb خاض يخوض
    code: 142
    obj: إضراب عن طعام | إضرابا عن طعام
    gloss: wage a hunger strike

verb أضرب يضرب
    code: 143
    obj: عمل | دراسة
    gloss: go on strike (labour)

noun إضراب
    code: 143
    plural: إضرابات
    gloss: strike

noun إضراب عام
    code: 143
    gloss: general strike

verb نفذ ينفذ
    code: 143
    obj: إضراب | إضرابا | إضرابا عاما
    masdar: تنفيذ
    gloss: carry out a strike

# قاطع is obj-gated: bare, its forms are the adjective قاطع ("رفض قاطع", "بشكل قاطع") and the
# noun تقاطع (junction).
verb قاطع يقاطع
    code: 143
    obj: انتخابات | الانتخابات | اقتراع | استفتاء | جلسة | جلسات | اجتماع | اجتماعات | مؤتمر | قمة | حوار | مفاوضات | محادثات | مراسم | حفل | دراسة | عمل | فعاليات
    masdar: مقاطعة
    gloss: boycott (elections, sessions, talks)

verb اعتصم يعتصم
    code: 144
    masdar: اعتصام | اعتصامات
    target: أمام
    gloss: stage a sit-in

verb قطع يقطع
    code: 144
    obj: طريق | طرق | طرقات | طريقا | شوارع | جسر | جسور
    masdar: قطع
    gloss: block roads (protest)

verb أغلق يغلق
    code: 144
    obj: طريق | طرق | طرقات | شوارع | طريقا | ميدان
    masdar: إغلاق
    gloss: block roads

verb سد يسد
    code: 144
    obj: طريق | طرق | مداخل | منافذ
    gloss: block (passage)

noun أعمال شغب
    code: 145
    gloss: riots

noun شغب
    code: 145
    gloss: rioting

verb رشق يرشق
    code: 145
    obj: حجارة | زجاجات حارقة | مولوتوف | قنابل حارقة
    masdar: رشق
    gloss: pelt with stones, petrol bombs

verb ألقى يلقي
    code: 145
    obj: حجارة | زجاجات حارقة | مولوتوف | قنابل مولوتوف
    gloss: throw stones, petrol bombs

verb أحرق يحرق
    code: 145
    obj: إطارات | إطارات سيارات | علم | أعلام | صور | دمى
    masdar: إحراق | حرق
    gloss: burn tyres, flags (violent protest)

verb أضرم يضرم
    code: 145
    obj: نار | نيران
    gloss: set fire to (in a riot)

verb خرب يخرب
    code: 145
    obj: ممتلكات عامة | منشآت عامة | محلات
    masdar: تخريب
    gloss: vandalise (riot)

verb تجمع يتجمع
    code: 141
    obj: متظاهرين | متظاهرون | محتجين | محتجون | معتصمين | معتصمون | أنصار | مناصري | مؤيدي | أنصاره | طلاب | طلبة
    masdar: تجمع
    target: أمام | ضد | في
    gloss: gather (protesters) in front of

noun إضراب مفتوح عن طعام
    code: 142
    plural: إضرابا مفتوحا عن طعام | إضرابات عن طعام | إضراب مفتوح عن الطعام | إضراب الأمعاء الخاوية | معركة الأمعاء الخاوية
    gloss: open hunger strike

verb دخل يدخل
    code: 142
    obj: إضراب عن طعام | إضرابا عن طعام | إضراب مفتوح عن طعام | إضرابا مفتوحا عن طعام
    target: ضد
    gloss: go on hunger strike

verb بدأ يبدأ
    code: 142
    obj: إضراب عن طعام | إضرابا عن طعام | إضراب مفتوح عن طعام | إضرابا مفتوحا عن طعام
    target: ضد
    gloss: begin a hunger strike

verb واصل يواصل
    code: 142
    obj: إضراب عن طعام | إضرابا عن طعام | إضراب مفتوح عن طعام | إضرابا مفتوحا عن طعام
    target: ضد
    gloss: continue a hunger strike

verb شارك يشارك
    code: 141
    obj: مسيرات | مسيرة | مسيرة احتجاجية | مسيرات احتجاجية | مظاهرات | مظاهرة | تظاهرات | تظاهرة | احتجاجات | وقفة احتجاجية | وقفات احتجاجية | اعتصام | اعتصامات | تجمع احتجاجي
    masdar: مشاركة
    target: ضد | أمام
    gloss: take part in marches, demonstrations


# 15 EXHIBIT FORCE POSTURE

noun مناورة
    code: 150
    plural: مناورات
    target: حول | قرب | قبالة | مع
    gloss: military manoeuvre

noun عرض عسكري
    code: 150
    plural: عروض عسكرية
    gloss: military parade

noun تجربة نووية
    code: 150
    plural: تجارب نووية
    gloss: nuclear test (show of force)

noun تجربة صاروخية
    code: 150
    plural: تجارب صاروخية
    gloss: missile test

verb أجرى يجري
    code: 150
    obj: مناورات | مناورة | تدريبات عسكرية | تمرينات عسكرية | تجربة نووية | تجارب نووية | تجربة صاروخية | تجارب صاروخية | اختبار صاروخ | تجربة إطلاق
    masdar: إجراء
    gloss: hold manoeuvres, a weapons test

verb استعرض يستعرض
    code: 150
    obj: قوة | عضلات | أسلحة | صواريخ | قدرات عسكرية
    masdar: استعراض
    gloss: show off (military) strength

verb حلق يحلق
    code: 150
    obj: طائرات | طائرة | مقاتلات | قاذفات | أجواء
    masdar: تحليق
    gloss: fly over (show of force)

verb سير يسير
    code: 150
    obj: دوريات | دورية | دوريات عسكرية
    gloss: run patrols

verb أرسل يرسل
    code: 150
    obj: حاملة طائرات | سفن حربية | بوارج | مدمرة | مدمرات | قاذفات | غواصة | غواصات | قطعا بحرية
    masdar: إرسال
    target: إلى
    gloss: send warships, bombers

verb شدد يشدد
    code: 151
    obj: إجراءات أمنية | إجراءات أمن | تدابير أمنية | حراسة | رقابة أمنية
    masdar: تشديد
    gloss: tighten security measures

verb رفع يرفع
    code: 151
    obj: مستوى تأهب أمني | حالة تأهب أمني | درجة استنفار أمني | استنفار أمني
    masdar: رفع
    gloss: raise police alert

noun استنفار أمني
    code: 151
    gloss: security alert

noun إجراءات أمنية مشددة
    code: 151
    gloss: tight security measures

verb رفع يرفع
    code: 152
    obj: حالة تأهب | تأهب | درجة تأهب | جاهزية | حالة استنفار | استنفار | درجة استعداد | حالة استعداد
    masdar: رفع
    gloss: raise alert status

verb أعلن يعلن
    code: 152
    obj: حالة تأهب | تأهب | حالة استنفار | استنفار | نفير عام | تعبئة عامة | حالة تأهب قصوى
    masdar: إعلان
    gloss: declare a state of alert

verb وضع يضع
    code: 152
    obj: حالة تأهب | حالة تأهب قصوى | حالة استنفار | تأهب
    gloss: put on alert

verb استنفر يستنفر
    code: 152
    masdar: استنفار
    gloss: put forces on alert

noun حالة تأهب
    code: 152
    gloss: state of alert

verb نشر ينشر
    code: 153
    obj: شرطة | عناصر شرطة | رجال شرطة | قوات أمن | عناصر أمن | قوات شرطة | قوات مكافحة شغب | رجال أمن
    masdar: نشر
    target: في
    gloss: deploy police

verb كثف يكثف
    code: 153
    obj: دوريات | تواجد أمني | وجود أمني | انتشار أمني | حواجز
    masdar: تكثيف
    gloss: step up police presence

verb حشد يحشد
    code: 154
    obj: قوات | جنود | تعزيزات | دبابات | آليات | آليات عسكرية | مقاتلين | حشود | قوة | وحدات | مدرعات
    gloss: mass troops

noun حشود عسكرية
    code: 154
    gloss: military build-up

noun تعزيزات
    code: 154
    target: إلى
    gloss: reinforcements

verb نشر ينشر
    code: 154
    obj: قوات | جنود | قوة | وحدات | جيش | صواريخ | منظومة | منظومات | بطاريات | دبابات | قطع بحرية | سفن حربية | مقاتلات | طائرات | قوات خاصة
    masdar: نشر
    target: في
    gloss: deploy troops, weapons

verb أرسل يرسل
    code: 154
    obj: قوات | جنود | قوة | تعزيزات | وحدات | قوات خاصة | مقاتلين | مرتزقة
    masdar: إرسال
    target: إلى
    gloss: send troops

verb دفع يدفع
    code: 154
    obj: تعزيزات | قوات | دبابات | آليات | أرتال | رتلا | حشود
    gloss: push reinforcements

verb عزز يعزز
    code: 154
    obj: قوات | وجود عسكري | تواجد عسكري | انتشار عسكري | دفاعات | مواقع
    gloss: reinforce forces

verb حرك يحرك
    code: 154
    obj: قوات | قطعا بحرية | قطع بحرية | دبابات | آليات | أرتال | حاملة طائرات
    masdar: تحريك
    gloss: move forces

verb نصب ينصب
    code: 154
    obj: صواريخ | منظومة | منظومات | بطاريات | منصات
    gloss: install missile batteries

verb استدعى يستدعي
    code: 154
    obj: احتياط | جنود احتياط | قوات احتياط | احتياطي
    masdar: استدعاء
    gloss: call up reservists

verb عبأ يعبئ
    code: 154
    masdar: تعبئة
    gloss: mobilise

verb جند يجند
    code: 154
    obj: مقاتلين | آلاف | عناصر | مرتزقة
    masdar: تجنيد
    gloss: recruit fighters


# 16 REDUCE RELATIONS

verb قطع يقطع
    code: 161
    obj: علاقات | علاقات دبلوماسية | صلات | علاقات دبلوماسية وتجارية
    masdar: قطع
    target: مع
    gloss: sever relations with

verb خفض يخفض
    code: 161
    obj: تمثيل | تمثيل دبلوماسي | مستوى تمثيل | علاقات | مستوى علاقات
    masdar: خفض | تخفيض
    target: مع | لدى
    gloss: downgrade diplomatic relations

verb قلص يقلص
    code: 161
    obj: تمثيل | تمثيل دبلوماسي | عدد دبلوماسيين | بعثة دبلوماسية | طاقم سفارة
    masdar: تقليص
    gloss: reduce diplomatic representation

verb سحب يسحب
    code: 161
    obj: سفير | سفراء | دبلوماسيين | بعثة دبلوماسية | طاقم سفارة | قائم أعمال | اعتراف
    masdar: سحب
    target: من | لدى
    gloss: recall an ambassador, withdraw recognition

verb استدعى يستدعي
    code: 161
    obj: تشاور | مشاورات
    masdar: استدعاء
    gloss: recall (own ambassador) for consultations

verb أغلق يغلق
    code: 161
    obj: سفارة | قنصلية | بعثة دبلوماسية | ممثلية | مكتب تمثيل
    masdar: إغلاق
    gloss: close an embassy

verb علق يعلق
    code: 161
    obj: علاقات | علاقات دبلوماسية | عمل سفارة | أنشطة سفارة
    masdar: تعليق
    gloss: suspend relations

verb جمد يجمد
    code: 161
    obj: علاقات | علاقات دبلوماسية
    masdar: تجميد
    gloss: freeze relations

verb علق يعلق
    code: 160
    obj: عضوية | مشاركة | تعاون | اتفاقية | اتفاق | رحلات | رحلات جوية | معاهدة | معاهدات | العمل بمعاهدة | العمل باتفاقية | العمل باتفاق | تبادل تجاري | تجارة | علاقات تجارية | تأشيرات | منح تأشيرات | إصدار تأشيرات | صادرات | واردات | استيراد | تصدير | رحلات طيران | خطوط جوية | تعاون أمني | تعاون عسكري | تعاون اقتصادي
    masdar: تعليق
    target: مع
    gloss: suspend membership, cooperation

verb جمد يجمد
    code: 160
    obj: عضوية | تعاون | اتفاقية | اتفاق | مشاريع | معاهدة | العمل بمعاهدة | تبادل تجاري | علاقات تجارية
    masdar: تجميد
    target: مع
    gloss: freeze membership, cooperation

verb أوقف يوقف
    code: 160
    obj: تعاون | رحلات | رحلات جوية | تبادل تجاري | استيراد | تصدير | صادرات | واردات | تجارة | علاقات تجارية | معاهدة | العمل بمعاهدة | العمل باتفاقية | منح تأشيرات | إصدار تأشيرات | تأشيرات
    masdar: وقف | إيقاف
    target: مع
    gloss: halt cooperation, flights, trade

verb أنهى ينهي
    code: 160
    obj: تعاون | عضوية | اتفاقية
    masdar: إنهاء
    gloss: end cooperation

verb انسحب ينسحب
    code: 160
    obj: منظمة | تحالف | مجلس حقوق إنسان | يونسكو | عضوية
    masdar: انسحاب
    gloss: withdraw from an organisation

verb أوقف يوقف
    code: 162
    obj: مساعدات | مساعدة | معونات | دعم | تمويل | مساعدات عسكرية | مساعدات اقتصادية
    masdar: وقف | إيقاف
    gloss: stop aid

verb علق يعلق
    code: 162
    obj: مساعدات | مساعدة | معونات | دعم | تمويل | مساعدات عسكرية
    masdar: تعليق
    gloss: suspend aid

verb جمد يجمد
    code: 162
    obj: مساعدات | مساعدة | معونات | تمويل | مساعدات عسكرية
    masdar: تجميد
    gloss: freeze aid

verb قطع يقطع
    code: 162
    obj: مساعدات | مساعدة | معونات | تمويل | دعم
    masdar: قطع
    gloss: cut off aid, funding

verb خفض يخفض
    code: 162
    obj: مساعدات | مساعدة | معونات | تمويل | مساهمة
    masdar: خفض | تخفيض
    gloss: cut aid

verb قلص يقلص
    code: 162
    obj: مساعدات | مساعدة | معونات | تمويل | دعم
    masdar: تقليص
    gloss: reduce aid

verb أوقف يوقف
    code: 1622
    obj: صفقات أسلحة | صفقة أسلحة | تصدير أسلحة | بيع أسلحة | مبيعات أسلحة
    masdar: وقف | إيقاف
    gloss: halt arms sales, military assistance

verb فرض يفرض
    code: 163
    obj: عقوبات | عقوبة | عقوبات اقتصادية | حظر | حظرا | حظر أسلحة | حظرا نفطيا | حظر سفر | رسوم جمركية | رسوما جمركية | تعريفات | قيود تجارية | قيودا | مقاطعة | رسوم | رسوما | رسوم إضافية | رسوما إضافية | رسوم جمركية إضافية | رسوما جمركية إضافية | رسوم انتقامية | رسوما انتقامية | تعريفات جمركية | تعريفة جمركية | تعرفة جمركية | تعرفات جمركية | تعريفات إضافية | ضرائب إضافية | قيود على صادرات | قيود على واردات | قيودا على صادرات | حظر تصدير | حظرا على تصدير | حظر استيراد
    masdar: فرض
    target: على
    gloss: impose sanctions, an embargo, tariffs

verb شدد يشدد
    code: 163
    obj: عقوبات | حظر | قيود
    gloss: tighten sanctions

verb وسع يوسع
    code: 163
    obj: عقوبات | قائمة عقوبات
    gloss: extend sanctions

verb مدد يمدد
    code: 163
    obj: عقوبات | حظر | حظر أسلحة
    masdar: تمديد
    gloss: renew sanctions

verb أعاد يعيد
    code: 163
    obj: فرض عقوبات
    masdar: إعادة
    gloss: reimpose sanctions

verb جمد يجمد
    code: 163
    obj: أصول | أموال | أرصدة | ودائع | حسابات | ممتلكات | احتياطيات
    masdar: تجميد
    gloss: freeze assets

# Form V (تجمّد) in translated and careless copy: "الولايات المتحدة تجمدت ... الأصول".
verb تجمد يتجمد
    code: 163
    obj: أصول | أموال | أرصدة | ودائع
    gloss: freeze assets (form V spelling)

verb أدرج يدرج
    code: 163
    obj: قائمة عقوبات | قائمة سوداء | قائمة إرهاب | قائمة منظمات إرهابية
    masdar: إدراج
    gloss: blacklist, add to a sanctions list

verb حظر يحظر
    code: 163
    obj: أسلحة | سلاح | تصدير | صادرات | استيراد | واردات | نفط | نفطي | تجاري | اقتصادي | سفر | رحلات | تعامل | بيع
    masdar: حظر
    target: على
    gloss: embargo, ban trade, travel

verb قاطع يقاطع
    code: 163
    obj: منتجات | بضائع | سلع
    gloss: boycott goods

verb أوقف يوقف
    code: 164
    obj: مفاوضات | محادثات | حوار | تفاوض | اتصالات
    masdar: وقف | إيقاف
    gloss: halt negotiations

verb علق يعلق
    code: 164
    obj: مفاوضات | محادثات | حوار | تفاوض | مشاركة في مفاوضات
    masdar: تعليق
    gloss: suspend negotiations

verb جمد يجمد
    code: 164
    obj: مفاوضات | محادثات | حوار
    masdar: تجميد
    gloss: freeze talks

verb قطع يقطع
    code: 164
    obj: مفاوضات | محادثات | اتصالات | حوار
    masdar: قطع
    gloss: break off talks

verb انسحب ينسحب
    code: 164
    obj: مفاوضات | محادثات | حوار | طاولة مفاوضات
    masdar: انسحاب
    gloss: walk out of talks

verb انسحب ينسحب
    code: 165
    obj: وساطة | جهود وساطة
    masdar: انسحاب
    gloss: withdraw from mediation

verb أوقف يوقف
    code: 165
    obj: وساطة | جهود وساطة | مساعي وساطة
    masdar: وقف | إيقاف
    gloss: halt mediation

verb سحب يسحب
    code: 166
    obj: بعثة | موظفين | رعايا | خبراء
    masdar: سحب
    gloss: withdraw a mission, staff

verb سحب يسحب
    code: 1661
    obj: قوات حفظ سلام | قوة حفظ سلام | بعثة حفظ سلام | قوات أممية
    masdar: سحب
    gloss: withdraw peacekeepers

verb طرد يطرد
    code: 1661
    obj: قوات حفظ سلام | قوة حفظ سلام | قوات أممية | بعثة حفظ سلام
    masdar: طرد
    gloss: expel peacekeepers

verb سحب يسحب
    code: 1662
    obj: مفتشين | مراقبين | بعثة مراقبين | مراقبين دوليين
    masdar: سحب
    gloss: withdraw inspectors, observers

verb طرد يطرد
    code: 1662
    obj: مفتشين | مفتشي | مراقبين | مراقبين دوليين | بعثة مراقبة
    masdar: طرد
    gloss: expel inspectors, observers

verb طرد يطرد
    code: 1663
    obj: منظمات إغاثة | منظمات إنسانية | منظمات دولية | وكالات إغاثة | عمال إغاثة | موظفي إغاثة | منظمات غير حكومية
    masdar: طرد
    gloss: expel aid agencies

verb أقر يقر
    code: 163
    obj: عقوبات | عقوبات جديدة | حزمة عقوبات | حزمة جديدة من العقوبات | حزمة من العقوبات | حزمة سادسة | حزمة عقوبات جديدة | قيودا | قيود
    masdar: إقرار
    target: على | ضد
    gloss: adopt sanctions, a sanctions package

verb اعتمد يعتمد
    code: 163
    obj: عقوبات | عقوبات جديدة | حزمة عقوبات | حزمة جديدة من العقوبات | حزمة من العقوبات | حزمة عقوبات جديدة
    masdar: اعتماد
    target: على | ضد
    gloss: adopt sanctions

verb تبنى يتبنى
    code: 163
    obj: عقوبات جديدة | حزمة عقوبات | حزمة جديدة من العقوبات | حزمة عقوبات جديدة
    target: على | ضد
    gloss: adopt sanctions

verb أعلن يعلن
    code: 163
    obj: عقوبات جديدة | عقوبات إضافية | حزمة عقوبات | حزمة جديدة من العقوبات | حزمة عقوبات جديدة
    target: على | ضد
    gloss: announce sanctions (a government announcing sanctions it imposes)

noun حزمة عقوبات
    code: 163
    target: على | ضد
    plural: حزم عقوبات | حزمة العقوبات | حزمة جديدة من العقوبات | الحزمة الجديدة من العقوبات
    gloss: sanctions package


# 17 COERCE

verb لاحق يلاحق
    code: 170
    masdar: ملاحقة | ملاحقات
    gloss: pursue, hunt down

verb داهم يداهم
    code: 170
    masdar: مداهمة | مداهمات | دهم
    gloss: raid

verb اقتحم يقتحم
    code: 170
    masdar: اقتحام | اقتحامات
    gloss: storm, raid

verb شن يشن
    code: 170
    obj: حملة دهم | حملة مداهمات | حملات دهم | حملة تفتيش
    masdar: شن
    gloss: carry out raids

verb أجبر يجبر
    code: 170
    masdar: إجبار
    gloss: force, coerce

verb أرغم يرغم
    code: 170
    masdar: إرغام
    gloss: compel

verb ضيق يضيق
    code: 170
    masdar: تضييق
    target: على
    gloss: harass, put pressure on

verb استولى يستولي
    code: 171
    obj: ممتلكات | أموال | منازل | سفينة | ناقلة | أسلحة | معدات | مقرات | مقر
    masdar: استيلاء
    target: على
    gloss: seize property

verb احتجز يحتجز
    code: 171
    obj: سفينة | ناقلة | ناقلة نفط | سفن | قارب | شحنة | طائرة
    masdar: احتجاز
    gloss: seize a ship, a cargo

verb نهب ينهب
    code: 171
    masdar: نهب
    gloss: loot

verb سلب يسلب
    code: 171
    masdar: سلب
    gloss: rob, plunder

verb سرق يسرق
    code: 171
    masdar: سرقة
    gloss: steal

verb صادر يصادر
    code: 1711
    masdar: مصادرة
    gloss: confiscate

verb هدم يهدم
    code: 1712
    masdar: هدم
    gloss: demolish

verb دمر يدمر
    code: 1712
    obj: منازل | منزل | بيوت | مساكن | ممتلكات | محاصيل | مزارع | مبان | مباني | محلات | مساجد | كنائس
    masdar: تدمير
    gloss: destroy property

verb أحرق يحرق
    code: 1712
    obj: منازل | منزل | بيوت | محاصيل | مزارع | ممتلكات | قرى | قرية | مسجد | كنيسة | سيارات | محلات | مقر | مقرات
    masdar: إحراق | حرق
    gloss: burn property

verb جرف يجرف
    code: 1712
    obj: أراض | أراضي | منازل | مزارع | أشجار
    masdar: تجريف
    gloss: bulldoze

verb فجر يفجر
    code: 1712
    obj: منزل | منازل | بيت | جسر | جسور | مبنى | مقر | مسجد | كنيسة | ضريح
    masdar: تفجير
    gloss: blow up a building (destroy property)

verb فرض يفرض
    code: 172
    obj: غرامة | غرامات | غرامة مالية | إقامة جبرية
    masdar: فرض
    gloss: impose fines, restrictions

verb منع يمنع
    code: 172
    obj: سفر | مغادرة | دخول
    masdar: منع
    gloss: ban from travelling

verb حظر يحظر
    code: 1721
    obj: مظاهرات | تظاهر | تجمعات | تجمع | احتجاجات | مسيرات | تظاهرات
    masdar: حظر
    gloss: ban demonstrations

verb منع يمنع
    code: 1721
    obj: مظاهرات | تظاهر | تجمعات | احتجاجات | مسيرات | تظاهرات | صحفيين | وسائل إعلام | تغطية
    masdar: منع
    gloss: prohibit demonstrations, press coverage

verb أغلق يغلق
    code: 1721
    obj: صحيفة | صحف | قناة | قنوات | مكتب | مكاتب | إذاعة | موقع | مواقع | حسابات | جمعية | جمعيات
    masdar: إغلاق
    gloss: shut down media, associations

verb حجب يحجب
    code: 1721
    obj: مواقع | موقع | مواقع تواصل | إنترنت | شبكات تواصل | تطبيق | تطبيقات
    masdar: حجب
    gloss: block websites, the internet

verb قطع يقطع
    code: 1721
    obj: إنترنت | خدمة إنترنت | شبكة إنترنت
    masdar: قطع
    gloss: cut internet, communications

verb حظر يحظر
    code: 1722
    obj: حزب | أحزاب | جماعة | جماعات | تنظيم | منظمة | جمعية | حركة | نشاط | أنشطة
    masdar: حظر
    gloss: ban a party, a group

verb حل يحل
    code: 1722
    obj: حزب | أحزاب | جمعية | جمعيات | برلمان | مجلس | نقابة
    gloss: dissolve a party, parliament

verb فرض يفرض
    code: 1723
    obj: حظر تجول | حظر تجوال | منع تجول
    masdar: فرض
    gloss: impose a curfew

verb أعلن يعلن
    code: 1723
    obj: حظر تجول | حظر تجوال | منع تجول
    masdar: إعلان
    gloss: declare a curfew

verb حظر يحظر
    code: 1723
    obj: تجول | تجوال
    masdar: حظر
    gloss: curfew

verb فرض يفرض
    code: 1724
    obj: حالة طوارئ | طوارئ | أحكام عرفية | قانون طوارئ
    masdar: فرض
    gloss: impose a state of emergency

verb أعلن يعلن
    code: 1724
    obj: حالة طوارئ | طوارئ | أحكام عرفية | حالة طوارئ قصوى
    masdar: إعلان
    gloss: declare a state of emergency

verb مدد يمدد
    code: 1724
    obj: حالة طوارئ | طوارئ | أحكام عرفية
    gloss: extend a state of emergency

verb اعتقل يعتقل
    code: 173
    masdar: اعتقال | اعتقالات
    gloss: arrest

verb احتجز يحتجز
    code: 173
    masdar: احتجاز
    gloss: detain

verb قبض يقبض
    code: 173
    masdar: قبض
    target: على
    gloss: arrest (قبض على)

verb ألقى يلقي
    code: 173
    obj: قبض
    masdar: إلقاء
    target: على
    gloss: arrest (ألقى القبض على)

verb أوقف يوقف
    code: 173
    obj: مشتبه | مشتبها | مشتبهين | متهم | متهمين | شخص | أشخاص | شخصا | عناصر | مطلوب | مطلوبين | صحفي | صحفيا | ناشط | ناشطا | ناشطين | قيادي | قياديا | قياديين | معارض | معارضا | معارضين | مدون | مدونا | مدونين | محامي | محاميا | مسؤول سابق | مسؤولا سابقا
    masdar: إيقاف
    gloss: arrest (Maghreb usage: أوقف)

verb شن يشن
    code: 173
    obj: حملة اعتقالات | حملة اعتقال | حملات اعتقال | اعتقالات | حملة توقيفات
    masdar: شن
    gloss: carry out an arrest campaign

verb أطلق يطلق
    code: 173
    obj: حملة اعتقالات | حملة اعتقال
    masdar: إطلاق
    gloss: launch an arrest campaign

verb أصدر يصدر
    code: 173
    obj: مذكرة اعتقال | مذكرة توقيف | أمر اعتقال | أمر قبض | مذكرات اعتقال | مذكرة قبض | حكم | حكما
    gloss: issue an arrest warrant, a sentence

noun مذكرة اعتقال
    code: 173
    plural: مذكرات اعتقال
    gloss: arrest warrant

noun مذكرة توقيف
    code: 173
    plural: مذكرات توقيف
    gloss: arrest warrant

verb وجه يوجه
    code: 173
    obj: تهمة | تهمة رسمية | تهم | تهما | لائحة اتهام
    target: إلى | ل
    gloss: charge (legally)

verb أحال يحيل
    code: 173
    obj: نيابة | نيابة عامة | قضاء | محكمة | محاكمة | قضاء عسكري | محكمة أمن دولة
    masdar: إحالة
    gloss: refer to prosecution, trial

verb حكم يحكم
    code: 173
    obj: سجن | إعدام | مؤبد | حبس
    gloss: sentence (to prison, death)

verb قضى يقضي
    code: 173
    obj: سجن | إعدام | مؤبد | حبس
    gloss: sentence (court ruling)

verb وضع يضع
    code: 173
    obj: إقامة جبرية | قيد إقامة جبرية | رهن اعتقال | حبس احتياطي | حجز
    gloss: place under house arrest, in detention

verb طرد يطرد
    code: 174
    masdar: طرد
    gloss: expel (diplomats, individuals)

verb رحل يرحل
    code: 174
    obj: مهاجرين | لاجئين | أجانب | رعايا | عمال | مقيمين | مواطنين | صحفيين | مهاجرا | لاجئا
    gloss: deport

noun ترحيل
    code: 174
    gloss: deportation

noun إبعاد
    code: 174
    gloss: deportation, expulsion

verb طلب يطلب
    target: من
    code: 174
    obj: مغادرة | مغادرة بلاد
    gloss: ask (an envoy) to leave

verb أمر يأمر
    code: 174
    obj: مغادرة | مغادرة بلاد | طرد | ترحيل
    gloss: order out, order the expulsion of

verb أمهل يمهل
    code: 174
    obj: مغادرة | مغادرة بلاد
    gloss: give (diplomats) a deadline to leave

verb أعلن يعلن
    code: 174
    obj: شخصا غير مرغوب | شخص غير مرغوب | غير مرغوب
    masdar: إعلان
    gloss: declare persona non grata

verb قمع يقمع
    code: 175
    masdar: قمع
    gloss: repress, crack down

verb فرق يفرق
    code: 175
    obj: متظاهرين | محتجين | مظاهرة | تظاهرة | مظاهرات | تظاهرات | اعتصام | حشود | مسيرة
    masdar: تفريق
    gloss: disperse protesters

verb فض يفض
    code: 175
    obj: اعتصام | اعتصامات | مظاهرة | تظاهرة | مظاهرات | تجمع
    masdar: فض
    gloss: break up a sit-in

verb أطلق يطلق
    code: 175
    obj: غاز مسيل | قنابل غاز | قنابل مسيلة | رصاص مطاطي | رصاصا مطاطيا | قنابل صوتية | خراطيم مياه
    masdar: إطلاق
    gloss: fire tear gas, rubber bullets

verb استخدم يستخدم
    code: 175
    obj: قوة مفرطة | قوة | رصاص حي | رصاص مطاطي | غاز مسيل | قنابل غاز | هراوات | خراطيم مياه | عنف
    masdar: استخدام
    gloss: use (excessive) force, live ammunition

noun هجوم إلكتروني
    code: 170
    target: على
    plural: هجمات إلكترونية
    gloss: cyber attack (coerce; keeps the bare هجوم 190 from firing)

noun هجوم سيبراني
    code: 170
    target: على
    plural: هجمات سيبرانية
    gloss: cyber attack


# 18 ASSAULT

noun هجوم إرهابي
    code: 180
    target: على | ضد
    plural: هجمات إرهابية
    gloss: terrorist attack

noun عمل إرهابي
    code: 180
    target: ضد
    plural: أعمال إرهابية
    gloss: terrorist act

noun عملية إرهابية
    code: 180
    target: ضد
    plural: عمليات إرهابية
    gloss: terrorist operation

noun اعتداء إرهابي
    code: 180
    target: على | ضد
    plural: اعتداءات إرهابية
    gloss: terrorist attack

noun هجوم مسلح
    code: 180
    target: على
    plural: هجمات مسلحة
    gloss: armed attack (gunmen)

verb اختطف يختطف
    code: 181
    masdar: اختطاف
    gloss: abduct, kidnap, hijack

verb خطف يخطف
    code: 181
    masdar: خطف
    gloss: kidnap

verb احتجز يحتجز
    code: 181
    obj: رهائن | رهينة | رهينتين
    masdar: احتجاز
    gloss: take hostages

verb أخذ يأخذ
    code: 181
    obj: رهائن | رهينة | رهينتين
    gloss: take hostages

verb قرصن يقرصن
    code: 181
    masdar: قرصنة
    gloss: hijack (a ship, an aircraft)

noun عملية خطف
    code: 181
    plural: عمليات خطف
    gloss: kidnapping

verb اعتدى يعتدي
    code: 182
    masdar: اعتداء | اعتداءات
    target: على
    gloss: assault, attack

verb ضرب يضرب
    code: 182
    obj: ضربا مبرحا | مبرحا | هراوات | عصي
    gloss: beat (severely)

verb طعن يطعن
    code: 182
    obj: سكين | سكاكين | آلة حادة
    gloss: stab

noun عملية طعن
    code: 182
    plural: عمليات طعن
    gloss: stabbing attack

noun هجوم طعن
    code: 182
    gloss: stabbing attack

verb دهس يدهس
    code: 182
    masdar: دهس
    gloss: run over (ramming)

noun عملية دهس
    code: 182
    plural: عمليات دهس
    gloss: ramming attack

verb اغتصب يغتصب
    code: 1821
    masdar: اغتصاب
    gloss: rape

verb تحرش يتحرش
    code: 1821
    masdar: تحرش
    target: ب
    gloss: sexually harass, assault

verb عذب يعذب
    code: 1822
    masdar: تعذيب
    gloss: torture

verb ذبح يذبح
    code: 1823
    masdar: ذبح
    gloss: slaughter, behead

verb نحر ينحر
    code: 1823
    masdar: نحر
    gloss: slaughter (throat-cutting)

verb قطع يقطع
    code: 1823
    obj: رأس | رؤوس | رقاب
    masdar: قطع
    gloss: behead

verb أعدم يعدم
    code: 1823
    masdar: إعدام | إعدامات
    gloss: execute

verb نفذ ينفذ
    code: 1823
    obj: حكم إعدام | إعدام | إعدامات | أحكام إعدام
    masdar: تنفيذ
    gloss: carry out an execution

verb رجم يرجم
    code: 1823
    masdar: رجم
    gloss: stone to death

verb فجر يفجر
    code: 183
    obj: عبوة | عبوة ناسفة | عبوات ناسفة | قنبلة | قنابل | متفجرات | شحنة ناسفة | طرد مفخخ
    masdar: تفجير
    gloss: detonate a bomb

noun تفجير
    code: 183
    target: على | ضد
    plural: تفجيرات
    gloss: bombing

verb انفجر ينفجر
    code: 183
    masdar: انفجار | انفجارات
    gloss: explode (bombing)

noun عبوة ناسفة
    code: 183
    plural: عبوات ناسفة
    gloss: improvised explosive device

noun طرد مفخخ
    code: 183
    plural: طرود مفخخة
    gloss: parcel bomb

noun شحنة ناسفة
    code: 183
    gloss: explosive charge

verb زرع يزرع
    code: 183
    obj: عبوة | عبوة ناسفة | عبوات ناسفة | قنبلة | متفجرات | ألغام | لغم
    gloss: plant a bomb

verb فجر يفجر
    code: 1831
    obj: نفس | أنفس | حزام | حزاما ناسفا | حزام ناسف | أحزمة ناسفة
    masdar: تفجير
    gloss: blow oneself up (suicide bombing)

noun انتحاري
    code: 1831
    plural: انتحاريين | انتحاريون
    gloss: suicide bomber

noun انتحارية
    code: 1831
    gloss: female suicide bomber

noun تفجير انتحاري
    code: 1831
    target: على | ضد
    plural: تفجيرات انتحارية
    gloss: suicide bombing

noun هجوم انتحاري
    code: 1831
    target: على | ضد
    plural: هجمات انتحارية
    gloss: suicide attack

noun عملية انتحارية
    code: 1831
    target: ضد
    plural: عمليات انتحارية
    gloss: suicide operation

noun حزام ناسف
    code: 1831
    plural: أحزمة ناسفة
    gloss: suicide vest

verb فجر يفجر
    code: 1832
    obj: سيارة | سيارة مفخخة | سيارات مفخخة | شاحنة مفخخة | صهريج | دراجة نارية مفخخة
    masdar: تفجير
    gloss: detonate a car bomb

noun سيارة مفخخة
    code: 1832
    plural: سيارات مفخخة
    gloss: car bomb

noun شاحنة مفخخة
    code: 1832
    plural: شاحنات مفخخة
    gloss: truck bomb

noun دراجة نارية مفخخة
    code: 1832
    plural: دراجات نارية مفخخة
    gloss: motorbike bomb

noun عبوة ناسفة على جانب طريق
    code: 1833
    gloss: roadside bomb

noun قنبلة على جانب طريق
    code: 1833
    gloss: roadside bomb

verb استخدم يستخدم
    code: 184
    obj: دروع بشرية | دروعا بشرية | درعا بشريا | درع بشري | مدنيين دروعا
    masdar: استخدام
    gloss: use human shields

verb تترس يتترس
    code: 184
    obj: مدنيين | سكان | أهالي
    gloss: hide behind civilians (human shields)

noun دروع بشرية
    code: 184
    gloss: human shields

verb حاول يحاول
    code: 185
    obj: اغتيال | قتل
    gloss: attempt to assassinate

noun محاولة اغتيال
    code: 185
    target: ضد
    plural: محاولات اغتيال
    gloss: assassination attempt

verb نجا ينجو
    code: 185
    obj: محاولة اغتيال | اغتيال
    subject: target
    gloss: survive an assassination attempt

verb تعرض يتعرض
    code: 185
    obj: محاولة اغتيال
    subject: target
    gloss: be the target of an assassination attempt

verb اغتال يغتال
    code: 186
    masdar: اغتيال | اغتيالات
    gloss: assassinate

verb نفذ ينفذ
    code: 186
    obj: اغتيال | عملية اغتيال | اغتيالات
    masdar: تنفيذ
    gloss: carry out an assassination


# 19 FIGHT

verb هاجم يهاجم
    code: 190
    masdar: هجوم | هجمات | مهاجمة
    target: على | ضد
    gloss: attack

noun هجوم مضاد
    code: 190
    target: على | ضد
    plural: هجمات مضادة
    gloss: counter-attack

noun هجوم بري
    code: 190
    target: على
    gloss: ground offensive

verb شن يشن
    code: 190
    obj: هجوم | هجوما | هجمات | عملية عسكرية | عمليات عسكرية | حملة عسكرية | حربا | حرب | هجوما بريا | هجوما واسعا | عملية برية
    masdar: شن
    target: على | ضد
    form: شننا | شننت
    gloss: launch an attack, a military operation

verb نفذ ينفذ
    code: 190
    obj: هجوم | هجوما | هجمات | عملية عسكرية | عمليات عسكرية | ضربة | ضربات | هجوما مسلحا
    masdar: تنفيذ
    target: على | ضد
    gloss: carry out an attack

verb أطلق يطلق
    code: 190
    obj: نار | رصاص | رصاصا | رصاص حي | أعيرة نارية | عيارات نارية | نيران | عملية عسكرية | هجوما
    target: على | نحو
    gloss: open fire on, launch an operation

verb فتح يفتح
    code: 190
    obj: نار | نيران
    masdar: فتح
    target: على
    gloss: open fire on

verb تبادل يتبادل
    code: 190
    obj: إطلاق نار | نيران | قصف | إطلاق قذائف
    masdar: تبادل
    target: مع
    gloss: exchange fire

verb استهدف يستهدف
    code: 190
    masdar: استهداف
    gloss: target, strike

verb قتل يقتل
    code: 190
    masdar: قتل
    gloss: kill

noun مقتل
    code: 190
    gloss: killing, death (of)

verb صفى يصفي
    code: 190
    gloss: liquidate (kill attackers)

verb قضى يقضي
    code: 190
    obj: نحب
    subject: target
    gloss: be killed (قضى نحبه)

verb لقي يلقى
    code: 190
    obj: حتف | مصرع
    subject: target
    form: لقيت | لقيا
    gloss: be killed (لقي حتفه، لقي مصرعه)

verb استشهد يستشهد
    code: 190
    masdar: استشهاد
    subject: target
    gloss: be killed (martyred)

verb أصيب يصاب
    code: 190
    obj: جروح | جراح | جروحا | رصاص | رصاصة | شظايا | شظية | إصابات | إصابة بالغة | إصابات خطيرة
    subject: target
    gloss: be wounded (in an attack)

verb تعرض يتعرض
    code: 190
    obj: هجوم | هجوما | هجمات | اعتداء | إطلاق نار | كمين | قصف | نيران | استهداف
    subject: target
    gloss: come under attack

verb قاتل يقاتل
    code: 190
    masdar: قتال
    target: ضد
    gloss: fight

verb حارب يحارب
    code: 190
    target: ضد
    gloss: fight, wage war against

verb اشتبك يشتبك
    code: 190
    masdar: اشتباك | اشتباكات
    target: مع
    gloss: clash with

noun معركة
    code: 190
    target: مع | ضد
    plural: معارك
    gloss: battle

noun مواجهات
    code: 190
    target: مع | بين
    gloss: clashes (confrontations)

verb تصدى يتصدى
    code: 190
    target: ل
    gloss: repel, confront

verb صد يصد
    code: 190
    obj: هجوم | هجوما | هجمات | تقدم | محاولة تسلل
    form: صددنا
    gloss: repel an attack

verb أحبط يحبط
    code: 190
    obj: هجوم | هجوما | هجمات | محاولة تسلل | محاولة تقدم
    gloss: foil an attack

verb أسقط يسقط
    code: 190
    obj: طائرة | طائرات | مروحية | مقاتلة | طائرة مسيرة | مسيرة | مسيرات | صاروخ | صواريخ | درون
    masdar: إسقاط
    gloss: shoot down (an aircraft, a drone, a missile)

verb اعترض يعترض
    code: 190
    obj: صاروخ | صواريخ | صاروخا | طائرة مسيرة | مسيرة | مسيرات | قذيفة | قذائف
    gloss: intercept (missiles, drones)

verb دمر يدمر
    code: 190
    masdar: تدمير
    gloss: destroy (militarily)

verb أغرق يغرق
    code: 190
    obj: سفينة | زورق | قارب | فرقاطة | مدمرة | غواصة
    masdar: إغراق
    gloss: sink (a vessel)

verb نصب ينصب
    code: 190
    obj: كمين | كمينا
    gloss: set an ambush

noun كمين
    code: 190
    target: ل
    plural: كمائن
    gloss: ambush

noun عملية عسكرية
    code: 190
    target: ضد | على
    plural: عمليات عسكرية
    gloss: military operation

noun ضربة
    code: 190
    target: على | ضد
    plural: ضربات
    gloss: strike

noun ضربة عسكرية
    code: 190
    target: على | ضد
    plural: ضربات عسكرية
    gloss: military strike

verb قصف يقصف
    code: 190
    masdar: قصف
    gloss: bombard, shell (air or artillery)

verb دك يدك
    code: 190
    masdar: دك
    gloss: pound (with fire)

verb استأنف يستأنف
    code: 190
    obj: هجمات | هجوم | عمليات عسكرية | قتال | معارك
    masdar: استئناف
    gloss: resume attacks, fighting

verb حاصر يحاصر
    code: 191
    masdar: حصار | محاصرة
    gloss: besiege, blockade

verb طوق يطوق
    code: 191
    masdar: تطويق
    gloss: encircle, cordon off

verb فرض يفرض
    code: 191
    obj: حصار | حصارا | طوق | طوقا | طوق أمني | طوقا أمنيا | حصار بحري | حظر طيران | منطقة حظر طيران | حظرا جويا
    masdar: فرض
    target: على
    gloss: impose a blockade, cordon, no-fly zone

verb أغلق يغلق
    code: 191
    obj: معبر | معابر | حدود | منفذ | منافذ | مجال جوي | أجواء | موانئ | ميناء | مضيق | ممرات | مطار
    masdar: إغلاق
    target: أمام
    gloss: close crossings, borders, airspace

verb قطع يقطع
    code: 191
    obj: إمدادات | خطوط إمداد | طريق إمداد | طرق إمداد | كهرباء | مياه | ماء | وقود
    masdar: قطع
    target: عن
    gloss: cut off supplies (blockade)

verb منع يمنع
    code: 191
    obj: دخول مساعدات | إدخال مساعدات | مساعدات | قوافل | وقود | إمدادات
    masdar: منع
    gloss: block aid, supplies (restrict movement)

verb احتل يحتل
    code: 192
    form: احتللنا | احتللتم
    gloss: occupy

verb اجتاح يجتاح
    code: 192
    masdar: اجتياح
    gloss: invade, overrun

verb غزا يغزو
    code: 192
    masdar: غزو
    gloss: invade

verb توغل يتوغل
    code: 192
    masdar: توغل
    target: في | داخل
    gloss: make an incursion into

verb سيطر يسيطر
    code: 192
    masdar: سيطرة
    target: على
    gloss: take control of

verb استولى يستولي
    code: 192
    obj: مدينة | بلدة | قرية | منطقة | مناطق | مواقع | موقع | قاعدة | مطار | معبر | تلة | أراض | أراضي | إقليم
    masdar: استيلاء
    target: على
    gloss: seize territory

verb استعاد يستعيد
    code: 192
    obj: سيطرة | مدينة | بلدة | قرية | منطقة | مناطق | مواقع | موقع | قاعدة | مطار | أراضي | أراض | معبر
    masdar: استعادة
    gloss: recapture

verb حرر يحرر
    code: 192
    obj: مدينة | بلدة | قرية | منطقة | مناطق | أراضي | أراض | إقليم | ريف
    masdar: تحرير
    gloss: liberate (territory)

verb فرض يفرض
    code: 192
    obj: سيطرة | سيادة
    masdar: فرض
    target: على
    gloss: impose control over

verb دخل يدخل
    code: 192
    obj: قوات | جنود | دبابات | آليات | مدرعات | أرتال | رتل
    gloss: (troops) enter (a territory)

verb تقدم يتقدم
    code: 192
    obj: قوات | جيش | مقاتلين | وحدات
    gloss: (forces) advance

verb ضم يضم
    code: 192
    obj: شبه جزيرة | إقليم | أراض | أراضي | منطقة | مستوطنات | غور أردن
    gloss: annex territory

verb قنص يقنص
    code: 193
    masdar: قنص
    gloss: snipe, shoot (sniper)

noun قناص
    code: 193
    plural: قناصة | قناصين
    gloss: sniper

noun رصاص قناص
    code: 193
    gloss: sniper fire

noun نيران أسلحة خفيفة
    code: 193
    gloss: small-arms fire

noun قصف مدفعي
    code: 194
    target: على
    gloss: artillery shelling

noun قذيفة
    code: 194
    target: على
    plural: قذائف
    gloss: shell, projectile

noun قذيفة هاون
    code: 194
    target: على
    plural: قذائف هاون
    gloss: mortar shells

noun مدفعية
    code: 194
    target: على
    gloss: artillery (fire)

verb أطلق يطلق
    code: 194
    obj: قذائف | قذيفة | قذائف هاون | هاون | قذائف مدفعية | قذائف دبابات | قذيفة هاون
    masdar: إطلاق
    target: على | نحو
    gloss: fire shells, mortars

verb قصف يقصف
    code: 194
    obj: مدفعية | مدفعيا | دبابات | هاون | قذائف
    masdar: قصف
    gloss: shell with artillery, tanks

noun غارة
    code: 195
    target: على | ضد
    plural: غارات
    gloss: air raid

noun غارة جوية
    code: 195
    target: على | ضد
    plural: غارات جوية
    gloss: air strike

noun ضربة جوية
    code: 195
    target: على | ضد
    plural: ضربات جوية
    gloss: air strike

noun قصف جوي
    code: 195
    target: على
    gloss: aerial bombardment

noun قصف صاروخي
    code: 195
    target: على
    gloss: missile bombardment

noun ضربة صاروخية
    code: 195
    target: على | ضد
    plural: ضربات صاروخية
    gloss: missile strike

noun هجوم صاروخي
    code: 195
    target: على | ضد
    plural: هجمات صاروخية
    gloss: missile attack

noun هجوم طائرات مسيرة
    code: 195
    target: على | ضد
    plural: هجمات طائرات مسيرة
    gloss: drone attack

noun برميل متفجر
    code: 195
    plural: براميل متفجرة
    gloss: barrel bomb

noun قنبلة عنقودية
    code: 195
    plural: قنابل عنقودية
    gloss: cluster bombs

verb شن يشن
    code: 195
    obj: غارة | غارات | غارة جوية | غارات جوية | ضربات جوية | ضربة جوية | قصفا جويا | هجوما صاروخيا | طائرات مسيرة | ضربات صاروخية
    masdar: شن
    target: على | ضد
    gloss: launch air strikes

verb نفذ ينفذ
    code: 195
    obj: غارة | غارات | غارة جوية | غارات جوية | ضربات جوية | ضربة جوية | طلعات جوية | ضربات صاروخية
    masdar: تنفيذ
    target: على | ضد
    gloss: carry out air strikes

verb أطلق يطلق
    code: 195
    obj: صواريخ | صاروخ | صاروخا | صواريخ باليستية | صاروخا باليستيا | صواريخ كروز | قذائف صاروخية | طائرة مسيرة | طائرات مسيرة | مسيرات | مسيرة | طائرات بدون طيار | طائرات دون طيار | رشقة صاروخية | رشقات صاروخية | دفعة صواريخ | وابلا من الصواريخ | وابل من الصواريخ | مئات الصواريخ | عشرات الصواريخ | صواريخ ومسيرات
    masdar: إطلاق
    target: على | نحو | باتجاه | تجاه | صوب | في اتجاه
    gloss: fire missiles, rockets, launch drones

verb قصف يقصف
    code: 195
    obj: جوا | طائرات | طيران | مقاتلات | غارات | صواريخ | طائرات مسيرة | براميل متفجرة
    masdar: قصف
    gloss: bomb from the air, with missiles

verb ألقى يلقي
    code: 195
    obj: براميل متفجرة | برميلا متفجرا | قنابل | قنبلة | حمم
    gloss: drop bombs, barrel bombs

verb خرق يخرق
    code: 196
    obj: هدنة | وقف إطلاق نار | تهدئة | اتفاق وقف إطلاق نار | اتفاق هدنة
    gloss: violate a ceasefire

verb انتهك ينتهك
    code: 196
    obj: هدنة | وقف إطلاق نار | تهدئة | اتفاق وقف إطلاق نار | اتفاق هدنة
    gloss: violate a ceasefire

noun خرق هدنة
    code: 196
    plural: خروقات هدنة
    gloss: ceasefire violation

noun خرق وقف إطلاق نار
    code: 196
    plural: خروقات وقف إطلاق نار
    gloss: ceasefire violation

verb خاض يخوض
    code: 190
    obj: تمرد | تمردا | تمرد مسلح | تمردا مسلحا | حرب | حربا | حرب عصابات | حربا ضروسا | معارك | معركة | معارك عنيفة | قتال | قتالا | كفاح مسلح | كفاحا مسلحا | مواجهات | مواجهات مسلحة | اشتباكات
    target: ضد | مع
    gloss: wage an insurgency, a war, battles against

verb تدخل يتدخل
    code: 190
    obj: عسكريا | تدخلا عسكريا
    target: في | ضد
    gloss: intervene militarily


# 20 USE UNCONVENTIONAL MASS VIOLENCE

noun عنف طائفي
    code: 200
    gloss: sectarian violence

noun تهجير قسري
    code: 201
    gloss: forced displacement

noun تهجير
    code: 201
    gloss: (forced) displacement

noun طرد جماعي
    code: 201
    gloss: mass expulsion

noun ترحيل جماعي
    code: 201
    gloss: mass deportation

verb هجر يهجر
    code: 201
    obj: سكان | أهالي | عائلات | مدنيين | فلسطينيين | آلاف | مواطنين | أهل
    masdar: تهجير
    gloss: forcibly displace

verb طرد يطرد
    code: 201
    obj: سكان | أهالي | آلاف | عائلات | قرويين | أقلية | أقليات
    masdar: طرد
    gloss: expel populations

noun مجزرة
    code: 202
    target: ضد | بحق | في حق
    plural: مجازر
    gloss: massacre

noun مذبحة
    code: 202
    target: ضد | بحق | في حق
    plural: مذابح
    gloss: massacre

noun إبادة جماعية
    code: 202
    target: ضد | بحق | في حق
    gloss: genocide

noun حرب إبادة
    code: 202
    target: ضد | على | بحق
    gloss: war of extermination

noun قتل جماعي
    code: 202
    target: ضد | بحق | في حق
    plural: عمليات قتل جماعي | عمليات القتل الجماعي
    gloss: mass killing

verb ارتكب يرتكب
    code: 202
    obj: مجزرة | مجازر | مذبحة | مذابح | إبادة | إبادة جماعية | مجزرة مروعة | عمليات قتل جماعي | قتل جماعي | جرائم إبادة
    masdar: ارتكاب
    target: ضد | بحق | في حق
    gloss: commit a massacre

verb أباد يبيد
    code: 202
    masdar: إبادة
    gloss: exterminate

noun تطهير عرقي
    code: 203
    target: ضد | بحق | في حق
    gloss: ethnic cleansing

verb ارتكب يرتكب
    code: 203
    obj: تطهير عرقي | تطهيرا عرقيا
    masdar: ارتكاب
    target: ضد | بحق | في حق
    gloss: carry out ethnic cleansing

noun هجوم كيميائي
    code: 2041
    target: على | ضد
    plural: هجمات كيميائية
    gloss: chemical attack

noun هجوم كيماوي
    code: 2041
    target: على | ضد
    plural: هجمات كيماوية
    gloss: chemical attack

noun هجوم بيولوجي
    code: 2041
    gloss: biological attack

noun غاز سام
    code: 2041
    plural: غازات سامة
    gloss: poison gas (attack)

verb استخدم يستخدم
    code: 2041
    obj: أسلحة كيميائية | سلاح كيميائي | أسلحة كيماوية | سلاح كيماوي | غاز سارين | سارين | غاز أعصاب | غاز كلور | كلور | غازات سامة | غاز سام | أسلحة بيولوجية | خردل
    masdar: استخدام
    gloss: use chemical or biological weapons

verb قصف يقصف
    code: 2041
    obj: كيميائي | كيماوي | غاز سارين | غاز كلور | غازات سامة | أسلحة كيميائية
    masdar: قصف
    gloss: bomb with chemical weapons

verb ألقى يلقي
    code: 2042
    obj: قنبلة نووية | قنبلة ذرية | قنابل نووية
    gloss: drop a nuclear bomb

noun هجوم نووي
    code: 2042
    target: على | ضد
    gloss: nuclear attack

noun ضربة نووية
    code: 2042
    target: على | ضد
    gloss: nuclear strike

noun ترحيل قسري
    code: 201
    gloss: forced deportation (of a population)

verb ألقى يلقي
    code: 2041
    obj: أسطوانة غاز | أسطوانات غاز | أسطوانة كلور | أسطوانات كلور | غاز كلور | غاز سارين | براميل كلور | براميل محملة بغاز | قنابل كيميائية | قنبلة كيميائية | ذخائر كيميائية | قنابل غاز سام | أسطوانتين | أسطوانتي غاز | أسطوانتين تحتويان على غاز | أسطوانات تحتوي على غاز | أسطوانة تحتوي على غاز | براميل تحتوي على غاز | قنابل تحتوي على غاز
    gloss: drop chemical munitions (chlorine cylinders, chemical bombs)

noun هجوم بالكلور
    code: 2041
    target: على | ضد
    plural: هجمات بالكلور
    gloss: chlorine attack

noun هجوم بغاز الكلور
    code: 2041
    target: على | ضد
    gloss: chlorine gas attack

noun هجوم بغاز السارين
    code: 2041
    target: على | ضد
    gloss: sarin gas attack

noun هجوم بالسارين
    code: 2041
    target: على | ضد
    gloss: sarin attack

verb ضرب يضرب
    code: 190
    obj: أهداف | أهدافا | هدفا | مواقع | موقعا | مراكز | معاقل | مقرات | منشآت | بنى تحتية | مخازن | قواعد | تحصينات | عمق
    masdar: ضرب
    gloss: strike (military targets)
