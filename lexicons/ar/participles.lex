# Active participles in circumstantial clauses: "..., مطالبًا نظام الأسد بوقف القصف",
# "..., داعيًا المجتمع الدولي إلى ...". Their subject is the main clause's; the phrase after
# them is their object. `participle WORD` gives the masculine singular; the accusative
# forms (مطالبًا، مطالبين) are generated. Fields as for verbs (code, obj, target, gloss).

participle مطالب
    code: 100
    target: ب
    gloss: demanding
participle داعي
    code: 020
    target: إلى
    gloss: calling on
participle منتقد
    code: 111
    gloss: criticising
participle مندد
    code: 111
    target: ب
    gloss: denouncing
participle متهم
    code: 112
    gloss: accusing
participle محذر
    code: 130
    target: من
    gloss: warning (threatening)
participle مهدد
    code: 130
    target: ب
    gloss: threatening
participle مشيد
    code: 051
    target: ب
    gloss: praising
participle مرحب
    code: 051
    target: ب
    gloss: welcoming
participle رافض
    code: 120
    gloss: rejecting
participle نافي
    code: 016
    gloss: denying
participle مناشد
    code: 020
    gloss: appealing to
participle متوعد
    code: 130
    gloss: vowing (threatening)
participle محمل
    code: 112
    obj: مسؤولية | مسؤولية كاملة | المسؤولية الكاملة | كامل المسؤولية | مسؤولية الانفجار | مسؤولية الهجوم
    gloss: holding responsible, blaming
