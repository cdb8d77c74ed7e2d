# Function words the coder reasons with (see lexicons/README.md, `cue TYPE`).
# `ar`/`en` values are matched as written (after normalisation and clitic stripping);
# `verb: PAST PRESENT` values add every conjugated form of a verb.

# Negation of the following verb or noun. "ما" is left out: in news it is far more often a
# relative pronoun ("مما أسفر عن") than a negation.
cue negation
    ar: لم | لن | لا | ليس | ليست | ليسوا | لسنا | لست | غير | عدم | دون | بدون | بلا | لما
    en: not | n't | never | no | without | neither | nor | cannot | didn't | doesn't | don't | won't | wouldn't | hasn't | haven't | hadn't | isn't | aren't | wasn't | weren't

# "لا يزال" and "ما زال" mean "still": not a negation.
cue continuation
    ar: لا يزال | لا تزال | لا يزالون | لا زال | لا زالت | ما زال | ما زالت | ما زالوا | مازال | مازالت | لا سيما | لاسيما | لا بد | لابد

# Denial and refusal: the event in their complement did not happen (or is not admitted).
cue denial
    verb: نفى ينفي
    verb: رفض يرفض
    verb: استبعد يستبعد
    verb: نأى ينأى
    # cancelled or postponed: what they govern did not take place
    verb: ألغى يلغي
    verb: أجل يؤجل
    ar: نفي | رفض | نفيه | رفضه | إلغاء | تأجيل | ألغيت | أُلغيت | أرجئت | إرجاء
    en: denied | denies | deny | denying | rejected | rejects | refused | refuses | ruled out | dismissed

# Conditions: events under them are hypothetical.
cue condition
    ar: إذا | اذا | لو | لولا | في حال | في حاله | حال | ما لم | شريطة | بشرط | إن لم | متى ما
    en: if | unless | in case | should | provided that

# Futures, plans and expectations: the event has not happened (yet).
cue future
    ar: سوف | من المقرر | من المزمع | من المنتظر | المرتقب | المرتقبة | المزمع | المقرر
    en: will | would | shall | 'll | going to | scheduled | planned | plans to | expected to | set to | due to

cue intention
    verb: اعتزم يعتزم
    verb: نوى ينوي
    verb: خطط يخطط
    verb: درس يدرس
    verb: أراد يريد
    verb: رغب يرغب
    verb: أمل يأمل
    verb: سعى يسعى
    verb: حاول يحاول
    verb: هدد يهدد
    verb: توعد يتوعد
    verb: لوح يلوح
    verb: حذر يحذر
    ar: اعتزام | نية | تخطيط | دراسة | استعداد | استعداده | استعدادها | مستعد | مستعدة | مستعدون | إمكانية | امكانية | احتمال | خطة | خطط
    # calls, appeals and demands: what they call for has not happened
    verb: دعا يدعو
    verb: طالب يطالب
    verb: ناشد يناشد
    verb: حث يحث
    # orders: "أمر بالإفراج عن": what is ordered has not happened yet
    verb: أمر يأمر
    verb: أوعز يوعز
    ar: دعوة | دعوات | الدعوة إلى | دعوتها | دعوته | مطالبات | نداء | نداءات | مطالبا | مطالبين | مطالبة | داعيا | داعين | داعية | مناشدا
    en: intends | intend | intended | plans | planned | considering | considers | weighing | seeks | seeking | wants | hopes | threatened | threatens | threaten | warned | ready to | prepared to

cue hypothetical
    verb: توقع يتوقع
    verb: احتمل يحتمل
    verb: أمكن يمكن
    verb: وجب يجب
    verb: تعين يتعين
    ar: من المتوقع | من المحتمل | من الممكن | المحتمل | المتوقع | ربما | قد | يمكن أن | بإمكان | بامكان | ينبغي | يجب أن | لا بد من | مرجح | من المرجح | يفترض | من المفترض | كان من المفترض | محتمل | محتملة | مفترض
    en: may | might | could | possible | possibly | likely | probably | would have | must | should

# Speech and reporting verbs: they wrap a complement clause with its own event.
cue speech
    verb: قال يقول
    verb: أعلن يعلن
    verb: أكد يؤكد
    verb: أضاف يضيف
    verb: أوضح يوضح
    verb: أشار يشير
    verb: صرح يصرح
    verb: ذكر يذكر
    verb: أفاد يفيد
    verb: لفت يلفت
    verb: شدد يشدد
    verb: اعتبر يعتبر
    verb: رأى يرى
    verb: كشف يكشف
    verb: نقل ينقل
    verb: تابع يتابع
    verb: أردف يردف
    verb: زعم يزعم
    verb: ادعى يدعي
    verb: أبلغ يبلغ
    verb: أعرب يعرب
    verb: أبدى يبدي
    verb: بين يبين
    verb: أقر يقر
    verb: نشر ينشر
    verb: أورد يورد
    verb: روى يروي
    verb: أعلم يعلم
    verb: جدد يجدد
    ar: قوله | قولها | تصريح | تصريحات | بيان | إعلان | وفقا ل | وفق | بحسب | حسب | نقلا عن | على لسان | مضيفا | مضيفة | مشيرا | مشيرة | مؤكدا | مؤكدة | موضحا | قائلا | قائلة | لافتا | معتبرا | معربا
    en: said | says | say | told | stated | announced | added | according to | claimed | reported | noted | confirmed | declared | insisted | stressed | warned

cue complementizer
    ar: أن | إن | أنه | إنه | أنها | إنها | أنهم | إنهم | أننا | إننا | بأن | كي | لكي
    # temporal and causal subordinators open a clause of their own ("بعدما فرضت واشنطن")
    ar: بعدما | عندما | حينما | بينما | طالما | ريثما | حيث
    en: that

cue relative
    ar: الذي | التي | الذين | اللذان | اللتان | اللذين | اللتين | اللواتي | اللاتي | اللائي
    en: who | which | whom | whose

# Light verbs whose object noun is the event: "شنت إسرائيل غارات" (Israel launched air strikes).
cue support
    verb: شن يشن
    verb: نفذ ينفذ
    verb: قام يقوم
    verb: أجرى يجري
    verb: عقد يعقد
    verb: وجه يوجه
    verb: ارتكب يرتكب
    verb: أطلق يطلق
    verb: خاض يخوض
    verb: بدأ يبدأ
    verb: واصل يواصل
    verb: صعد يصعد
    verb: كثف يكثف
    verb: نظم ينظم
    verb: أقام يقيم
    verb: تبادل يتبادل
    verb: قاد يقود
    verb: دشن يدشن
    verb: استأنف يستأنف
    verb: جدد يجدد
    verb: تعهد يتعهد
    verb: دخل يدخل
    ar: تنفيذ | قيام | إجراء | شن | عقد | إطلاق | ارتكاب | الدخول | دخول | بدء
    en: launched | carried out | conducted | staged | held | mounted | waged | made | announced | unveiled | declared

# Claims of responsibility: the claimant becomes the source of the attack.
cue claim
    verb: تبنى يتبنى
    ar: تبني | تبنيه
    en: claimed responsibility | claimed | claims responsibility

cue responsibility
    ar: مسؤولية | المسؤولية | مسؤوليته | مسؤوليتها | مسؤوليتهم | مسؤول عن | مسؤولة عن | مسؤولون عن
    en: responsibility | responsible

# Passive auxiliaries: "تم + masdar" (تم اعتقال) has a target and no source.
cue passive
    ar: تم | تمت | يتم | تتم | جرى | جرت | يجري | تجري
    en: was | were | been | being | is | are | be

# Prepositions of place: a country or city after them is where, not whom.
cue location
    ar: في | داخل | خارج | قرب | بالقرب من | شمال | جنوب | شرق | غرب | شمالي | جنوبي | شرقي | غربي | وسط | ضواحي | أطراف | ريف | محيط | عبر | انطلاقا من | على الحدود
    en: in | near | outside | inside | north of | south of | east of | west of | across | at

# Casualty words: evidence of violence whose author the sentence may not name.
cue casualty
    verb: قتل يقتل
    verb: أصيب يصاب
    verb: جرح يجرح
    verb: لقي يلقى
    verb: سقط يسقط
    ar: قتيل | قتلى | جريح | جرحى | مصرع | مقتل | ضحايا | ضحية | إصابة | إصابات | حتفه | حتفهم | حتفها | مصابين | شهيد | شهداء
    en: killed | dead | died | wounded | injured | casualties | victims | death toll

# Words that make "attack" verbal ("هجوما لاذعا") or economic.
cue figurative
    ar: لاذع | لاذعا | لاذعة | كلامي | كلامية | إعلامي | إعلامية | حاد | حادا | حادة | عنيفا على | انتقادي | سياسي | المضاربين | المضاربة | الأسواق | البورصة | الأسهم | العملة | الإلكتروني | إلكتروني | سيبراني | السيبراني | القرصنة | قرصنة
    en: verbal | scathing | blistering | stinging | speculative | speculators | cyber | cyberattack | market | markets

# Prepositions written as separate words; a noun phrase after one is not a subject.
cue preposition
    ar: على | إلى | الى | مع | ضد | من | عن | في | لدى | بين | تجاه | نحو | حول | بشأن | منذ | أمام | عبر | خلال | داخل | خارج | قرب | عند | وراء | بحق | باتجاه | عقب | إثر | اثر | بعد | قبل | لصالح | ضمن | مقابل | إزاء | ازاء | حيال | جراء | بسبب | فوق | تحت | لأجل | دون
    en: on | to | with | against | from | about | in | at | between | toward | towards | over | since | before | after | during | into | by | for | of

# "by" of the passive: the noun phrase after it is the source.
cue agentive
    ar: من قبل | على يد | على أيدي | على ايدي | بيد | بأيدي | برصاص | بنيران | برصاص قوات | بنيران قوات
    en: by

# Function words that are never event triggers, though a verb form or noun of the lexicon
# may be spelt the same once hamza and vowels are gone (هنا / هنأ, أنه / أنهِ, بين / بيّن).
cue stop
    ar: هنا | هناك | هنالك | هذا | هذه | ذلك | تلك | هؤلاء | أولئك | الذي | التي | كان | كانت | كانوا | يكون | تكون | قد | لقد | إن | أن | أنه | إنه | أنها | لكن | كما | حتى | أيضا | منذ | بين | حول | عند | لدى | مع | قبل | بعد | فيه | فيها | عليه | عليها | إليه | منه | منها | عنه | له | لها | لهم | ما | ماذا | كيف | أين | متى | أي | كل | بعض | غير | سوى | لاحق | لاحقا | لاحقة | سابق | سابقا | حين | حيث | إذ | إذا | أو | ثم | أما | إلا | ألا | لأن | كي | نحو | دون | عبر | خلال | أمام | وراء | فوق | تحت | جدا | فقط | نفس | ذات | عدة | أول | أكثر | أقل | الآن | حاليا | اليوم | أمس | وقت | مرة | أشهر | أسابيع | أيام | ساعات | دقائق | سنوات | أعوام
    # numbers: "تسعة" is not تسع + ه
    ar: واحد | واحدة | اثنان | اثنين | اثنتان | ثلاثة | ثلاث | أربعة | أربع | خمسة | خمس | ستة | ست | سبعة | سبع | ثمانية | ثماني | تسعة | تسع | عشرة | عشر | عشرين | عشرون | ثلاثين | أربعين | خمسين | ستين | سبعين | ثمانين | تسعين | مئة | مائة | مئتين | ألفين
    en: the | a | an | of | to | in | on | and | or | but | that | this | these | those | it | its | is | are | was | were | be | been | has | have | had | he | she | they | we | you | i | as | at | by | for | from | with | about | into | over | after | before | than | then | there | here | when | where | which | who | what | not | no | so | if | also | more | most | some | any | all | each | other | such | only | just | very | can | will | would | should | could | may | might | must | do | does | did

# Quantities of people: "آلاف الإيرانيين", "عشرات الآلاف من الإسرائيليين" — the people after
# them are the actor.
cue quantity
    ar: عشرات | مئات | آلاف | الآلاف | المئات | العشرات | ملايين | الملايين | عشرات الآلاف | مئات الآلاف | آلاف | حشود | حشد | جموع | أعداد | عدد | بضع | بضعة | مجموعة | مجموعات | ألف | ألوف
    en: thousands | hundreds | dozens | tens of thousands | hundreds of thousands | millions | crowds | scores

# Nouns of place: a country or city after them is a place, not an actor ("في العاصمة
# الجورجية تبليسي", "في مدينة عدن").
cue place
    ar: العاصمة | عاصمة | مدينة | محافظة | ولاية | إقليم | منطقة | بلدة | قرية | مخيم | حي | ضاحية | ريف | مقاطعة | أراضي | الأراضي | مطار | ميناء | شوارع | ساحة | حدود | الحدود | سواحل | مياه | أجواء | جبال | حرم | مديرية | قضاء | ناحية | مرفأ | سجن
    en: city | capital | province | region | town | village | camp | district | territory | border | airport | port | streets | square

# Streets, squares and institutions are often named after cities and countries ("شارع مكة المكرمة",
# "ميدان التحرير"): a name after them is neither a place of the event nor an actor.
cue street
    ar: شارع | طريق | ميدان | جادة | ساحة | دوار | جسر | نفق | مستشفى | فندق | مطعم | مدرسة | مسجد | كنيسة | مركز تجاري | جامعة | معهد | شركة | بنك | مصرف
    en: street | road | avenue | square | hospital | hotel

# Words that may stand before a name without being actors themselves: types of groups and
# titles ("تنظيم داعش", "حركة حماس", "المشير خليفة حفتر", "الشيخ محمد بن زايد").
cue title
    ar: أنصار | مناصرو | مناصري | مؤيدو | مؤيدي | أتباع | عناصر | مقاتلو | مقاتلي | مسلحو | مسلحي | تنظيم | حركة | جماعة | حزب | جبهة | كتائب | ميليشيا | مليشيا | فصيل | فصائل | منظمة | هيئة | المشير | الشيخ | السيد | السيدة | الدكتور | الجنرال | العقيد | اللواء | العميد | الفريق | المهندس | الأستاذ | سمو | سماحة | فخامة | معالي | صاحب السمو | الحاج | المدعو
    en: mr | mrs | ms | dr | general | gen | colonel | col | sheikh | prince | king | queen | president | minister | group | movement | militia

# Contrast and clause breaks.
cue contrast
    ar: لكن | لكنه | لكنها | لكنهم | غير أن | إلا أن | الا ان | بينما | في حين | حين | رغم | على الرغم من | بالرغم من | بعد أن | قبل أن | حيث | كما | ثم | فيما
    en: but | while | whereas | although | though | however | after | before | as

# The two sides just named: "ووقع الوزيران", "واتفق الجانبان على".
cue pair
    ar: الجانبان | الجانبين | الطرفان | الطرفين | البلدان | البلدين | الوزيران | الوزيرين | الزعيمان | الزعيمين | الرئيسان | الرئيسين | الدولتان | الدولتين | الحكومتان | الحكومتين | الجيشان | الجيشين | الوفدان | الوفدين | العاصمتان | العاصمتين
    en: the two sides | both sides | the two countries | the two ministers | the two leaders | both countries | the two | the two men | the two presidents | the two governments | the two neighbours | the two neighbors | the two delegations | both leaders | both governments | the sides

# Characterisations: "ما وصفه بالاعتداء", "اعتبره اعتداء": a word used to describe something
# is not itself an event.
cue characterization
    verb: وصف يصف
    verb: اعتبر يعتبر
    verb: سمى يسمي
    verb: عد يعد
    ar: بمثابة | ما وصفه | ما وصفته | ما سماه | ما سمته | ما اعتبره | ما اعتبرته | ما يسمى | ما تسميه | يعد | تعد | يعتبر | تعتبر
    en: described as | called it | labelled | branded | amounts to

# Verbs of happening: an attack noun with one of them is news of an event ("وقع انفجار",
# "أسفر الهجوم عن", "هز انفجار العاصمة"), not a passing reference.
cue occurrence
    en: exploded | went off | took place | erupted | broke out | rocked | ripped through | tore through | killing | leaving
    verb: وقع يقع
    verb: شهد يشهد
    verb: أسفر يسفر
    verb: هز يهز
    verb: اندلع يندلع
    verb: تجدد يتجدد
    verb: استهدف يستهدف
    verb: أوقع يوقع
    verb: خلف يخلف
    verb: تسبب يتسبب
    verb: أودى يودي
    verb: ضرب يضرب
    verb: دمر يدمر
    verb: نفذ ينفذ
    verb: تعرض يتعرض
    verb: شارك يشارك
    verb: خرج يخرج
    verb: احتشد يحتشد
    verb: تجمع يتجمع
    # "تحولت الاحتجاجات إلى أعمال شغب", "استمرت المظاهرات"
    verb: انفجر ينفجر
    verb: تحول يتحول
    verb: استمر يستمر
    verb: عم يعم
    ar: جراء | إثر | اثر | حصيلة | ضحايا | أسفر | مما أسفر
    en: killed | left | hit | rocked | struck | occurred | took place

# Fighting between two sides: with no author named, these are the place's own fighting (19),
# not an attack on its civilians.
cue mutual
    ar: اشتباك | اشتباكات | معركة | معارك | مواجهة | مواجهات | قتال | اقتتال | تبادل إطلاق النار | تبادل لإطلاق النار | اشتباكات مسلحة
    en: clash | clashes | battle | battles | fighting | firefight

# Aircraft and missiles: an attack made with them is an air strike (195).
cue air
    ar: طائرة | طائرات | مقاتلة | مقاتلات | مسيرة | مسيرات | طائرة مسيرة | طائرات مسيرة | مروحية | مروحيات | الطيران الحربي | سلاح الجو | الطيران | جوية | جوي | جويا | صاروخ | صواريخ | صاروخية | قصف جوي | غارة جوية | غارات جوية | درون
    ar: الجوي | الجوية | الصاروخي | الصاروخية
    en: aircraft | jets | warplanes | drone | drones | helicopter | helicopters | air strike | airstrike | missile | missiles

# Commemorations: the event remembered is not news of the day ("الذكرى الخامسة لانفجار المرفأ").
cue commemoration
    ar: ذكرى | الذكرى | ذكراها | إحياء ذكرى | إحياء الذكرى | يحيي ذكرى | أحيا ذكرى | احتفال بذكرى | الذكرى السنوية
    en: anniversary | commemorate | commemorates | commemorated | memorial

# Past markers: "كان قد", "سبق أن" (background events); "السابق" (former).
cue past
    ar: كان قد | كانت قد | سبق أن | سبق لها | سبق له | السابق | السابقة | الأسبق | سابقا | سابقة
    en: former | ex | previously | earlier
