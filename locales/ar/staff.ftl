# مساحة عمل رئيس الاجتماع.

staff-nav-label = الموظفون
staff-nav-meetings = الاجتماعات
staff-nav-new-meeting = اجتماع جديد
staff-sign-in-title = تسجيل الدخول
staff-sign-in = تسجيل الدخول
staff-sign-out = تسجيل الخروج
staff-signed-out = لقد سجّلت الخروج.
staff-email = البريد الإلكتروني
staff-password = كلمة المرور

staff-error-unauthenticated = يرجى تسجيل الدخول مرة أخرى.
staff-error-invalid-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
staff-error-locked = كلمات مرور خاطئة كثيرة لهذا البريد الإلكتروني. انتظر { $minutes } دقيقة ثم حاول مرة أخرى.
staff-error-too-many-sign-ins = محاولات تسجيل دخول كثيرة من هذا الجهاز. انتظر دقيقة واحدة ثم حاول مرة أخرى.
staff-error-busy = الخادم مشغول الآن. انتظر بضع ثوانٍ ثم حاول مرة أخرى.
staff-error-not-found = لم نجد هذا الاجتماع.
staff-error-invalid = يوجد خطأ في النموذج. راجعه وحاول مرة أخرى.
staff-error-invalid-date = أدخل تاريخ الاجتماع.
staff-error-invalid-time = أدخل وقت الاجتماع، مثل 10:30.
staff-error-in-the-past = يجب أن يكون الاجتماع في المستقبل.
staff-error-unsupported-language = اختر لغة من القائمة.
staff-error-text-too-long = هذا النص طويل جدًا.
staff-error-choose-held = حدّد هل عُقد الاجتماع.
staff-error-unknown-participant = هذا الشخص ليس من هذا الاجتماع.
staff-error-child-only = يمكن تسجيل الطفل فقط على أنه غير قادر على المشاركة.
staff-error-meeting-closed = عُقد هذا الاجتماع أو أُلغي، لذلك لا يمكن تغييره.
staff-error-meeting-not-started = يمكنك تسجيل النتيجة بعد أن يبدأ الاجتماع.
staff-error-network = لم تتمكن الصفحة من الوصول إلى الخادم. تحقّق من الاتصال وحاول مرة أخرى.
staff-error-internal = حدث خطأ من جهتنا. حاول مرة أخرى بعد دقيقة.

staff-meetings-title = الاجتماعات
staff-no-meetings = لا توجد اجتماعات بعد.
staff-no-meetings-on-page = لا توجد اجتماعات في هذه الصفحة.
staff-pages-label = صفحات الاجتماعات
staff-pages-where = الصفحة { $page } من { $pages } ({ $total ->
    [zero] لا اجتماعات
    [one] اجتماع واحد
    [two] اجتماعان
    [few] { $total } اجتماعات
    [many] { $total } اجتماعًا
   *[other] { $total } اجتماع
})
staff-page-n = الصفحة { $n }
staff-page-previous = الصفحة السابقة
staff-page-next = الصفحة التالية
staff-filter-chair = اعرض الاجتماعات التي يرأسها
staff-filter-everyone = الجميع
staff-filter-apply = اعرض
staff-chaired-by = الرئيس: { $name }
staff-people-count = { $n ->
    [zero] لم يُدعَ أحد
    [one] شخص واحد مدعو
    [two] شخصان مدعوان
    [few] { $n } أشخاص مدعوون
    [many] { $n } شخصًا مدعوًّا
   *[other] عدد المدعوين: { $n }
}
staff-badge-views = الآراء المستلمة ({ $n })
staff-flag-talk-soon = طفل يريد التحدث مع أحد قريبًا
staff-flag-talk-soon-long = طلب هذا الطفل التحدث مع أحد قريبًا. يرجى التأكد من أن أحدًا سيتحدث معه.
staff-status-scheduled = قادم
staff-status-held = عُقد
staff-status-cancelled = أُلغي

staff-kind-cse-strategy = اجتماع استراتيجي بشأن الاستغلال الجنسي للطفل
staff-kind-icpc = مؤتمر حماية الطفل الأولي
staff-kind-rcpc = مؤتمر مراجعة حماية الطفل
staff-kind-cin-review = مراجعة طفل محتاج للدعم
staff-kind-lac-review = مراجعة طفل في الرعاية
staff-kind-other = اجتماع آخر

staff-new-meeting-title = اجتماع جديد
staff-meeting-kind = نوع الاجتماع
staff-date = التاريخ
staff-time = الوقت
staff-time-hint = بتوقيت المملكة المتحدة، مثل 10:30
staff-case-ref = رقم الملف (اختياري)
staff-case-ref-short = رقم الملف
staff-case-ref-hint = رقمك الخاص. لا يراه الأطفال ولا العائلات.
staff-people = من المدعوون
staff-people-hint = يحصل كل شخص على رمز دعوة خاص به. اترك الدور فارغًا في الصف الذي لا تحتاجه.
staff-person-n = الشخص { $n }
staff-role = الدور
staff-role-none = غير مستخدم
staff-role-child = طفل
staff-role-parent = أحد الوالدين
staff-role-carer = مقدّم رعاية
staff-first-name = الاسم الأول
staff-language = اللغة
staff-language-unreviewed = { $language } (لم يراجعها بعد متحدث أصلي)
staff-age-band = العمر (للأطفال فقط)
staff-gender = الجنس (للأطفال فقط)
staff-gender-female = أنثى
staff-gender-male = ذكر
staff-gender-other = آخر
staff-not-recorded = غير مسجّل
staff-create-meeting = أنشئ الاجتماع
staff-meeting-created = تم إعداد الاجتماع. اطبع الدعوات الآن.

staff-meeting-title = الاجتماع
staff-back-to-meetings = العودة إلى الاجتماعات
staff-back-to-meeting = العودة إلى الاجتماع
staff-when = الموعد
staff-chair = الرئيس
staff-status = الحالة
staff-print-invites = اطبع كل الدعوات
staff-print-invites-hint = الطباعة تصنع رمزًا جديدًا لكل شخص. الدعوة المطبوعة من قبل تتوقف عن العمل.
staff-print-for-meeting = اطبع للاجتماع
staff-record-outcome = سجّل من شارك
staff-cancel-meeting = ألغِ هذا الاجتماع
staff-cancel-confirm = لا يمكن التراجع عن الإلغاء. ستتوقف رموز الدعوة عن قبول الآراء. يبقى الاجتماع وأي آراء في السجل.
staff-cancel-meeting-yes = نعم، ألغِ الاجتماع
staff-cancel-keep = لا، أبقِه
staff-views-heading = ماذا قال الناس

staff-fact-language = اللغة: { $language }
staff-fact-age = العمر { $band }
staff-invite-printed = طُبعت الدعوة { $when }
staff-invite-not-printed = لم تُطبع الدعوة بعد
staff-no-views = لم تُرسل آراء بعد.
staff-views-sent = { $n ->
    [zero] أُرسلت { $when }
    [one] أُرسلت { $when }
    [two] أُرسلت { $when } (أُرسلت مرتين؛ هذه الأحدث)
    [few] أُرسلت { $when } (أُرسلت { $n } مرات؛ هذه الأحدث)
    [many] أُرسلت { $when } (أُرسلت { $n } مرةً؛ هذه الأحدث)
   *[other] أُرسلت { $when } (أُرسلت { $n } مرة؛ هذه الأحدث)
}
staff-visibility-everyone = يمكن لكل من في الاجتماع سماع هذا
staff-visibility-chair-only = أنت فقط، رئيس الاجتماع
staff-visibility-talk-first = يريد التحدث معك عن هذا أولًا
staff-supporter = من يريد أن يكون معه
staff-anything-else = أي شيء آخر
staff-taking-part = كيف يريد أن يشارك
staff-safety = مدى شعوره بالأمان
staff-safety-value = { $n } من 10 (0 غير آمن أبدًا، 10 آمن جدًا)
staff-helped-by = من ساعده

staff-print-for-meeting-note = للاجتماع: فقط الإجابات التي قال الطفل إن الجميع يمكنهم سماعها. الإجابات المحفوظة للرئيس أو التي يريد التحدث عنها أولًا محذوفة.
staff-print-how = استخدم أمر الطباعة في المتصفح (Ctrl+P).
staff-invites-title = الدعوات
staff-invites-new-codes = لهذه الدعوات رموز جديدة. أي دعوة طُبعت من قبل لهذا الاجتماع لم تعد تعمل.
staff-invites-none = لا يوجد أحد لدعوته إلى هذا الاجتماع بعد.

staff-was-held = هل عُقد الاجتماع؟
staff-held-yes = نعم، عُقد
staff-held-no = لا، أُلغي
staff-outcome-heading = المشاركة
staff-outcome-attended = حضر الاجتماع
staff-outcome-not-attended = لم يحضر
staff-outcome-not-able = غير قادر على المشاركة (مثلًا، رضيع)
staff-not-able-reason = السبب (اختياري)
staff-shared-before = شارك آراءه قبل الاجتماع عن طريق
staff-shared-kiosk-auto = الآراء المرسلة عبر Tiptoes محسوبة بالفعل.
staff-shared-kiosk = عبر Tiptoes
staff-shared-written = كتابتها
staff-shared-someone = شخص نقلها عنه
staff-shared-phone = مكالمة هاتفية مع الرئيس
staff-shared-none = لم يشاركها
staff-interpreter-needed = احتاج إلى مترجم
staff-interpreter-present = كان المترجم حاضرًا
staff-save-outcome = احفظ
staff-outcome-saved = تم الحفظ. شكرًا لك.

staff-nav-audit = سجل التدقيق
staff-audit-title = سجل التدقيق
staff-audit-intro = من قرأ كلمات عائلة، أو غيّر اجتماعًا أو حسابًا أو إعلانًا، أو سجّل الدخول، وما حذفه Tiptoes من تلقاء نفسه. الأحدث أولًا.
staff-audit-by = قام به
staff-audit-meeting = الاجتماع
staff-audit-who = من
staff-audit-what = ماذا
staff-audit-empty = لم يُسجَّل شيء بعد.
staff-audit-read-views = فتح الآراء
staff-audit-print-views = طبع ما يمكن للجميع سماعه
staff-audit-print-invites = طبع الدعوات (رموز جديدة)
staff-audit-record-outcome = سجّل من شارك

staff-nav-users = المستخدمون
staff-nav-password = كلمة المرور
staff-password-title = غيّر كلمة المرور
staff-password-intro = إذا سجّلت الدخول بكلمة مرور لمرة واحدة، فاختر كلمة مرورك قبل أن تتابع.
staff-password-current = كلمة المرور الحالية
staff-password-new = كلمة المرور الجديدة
staff-password-hint = { $n } حرفًا على الأقل. بضع كلمات تتذكرها خيار جيد.
staff-password-confirm = أعد كتابة كلمة المرور الجديدة
staff-password-save = غيّر كلمة المرور
staff-password-changed = تم تغيير كلمة المرور.
staff-error-wrong-password = كلمة المرور الحالية غير صحيحة.
staff-error-password-too-short = يجب أن تكون كلمة المرور 12 حرفًا على الأقل.
staff-error-password-unchanged = يجب أن تختلف كلمة المرور الجديدة عن الحالية.
staff-error-passwords-differ = كلمتا المرور الجديدتان غير متطابقتين.
staff-error-password-change-required = غيّر كلمة المرور المؤقتة أولًا.
staff-error-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل.
staff-error-invalid-email = أدخل بريدًا إلكترونيًا صحيحًا.
staff-error-invalid-name = أدخل اسمًا (حتى 100 حرف).
staff-error-own-account = لا يمكنك تعطيل حسابك.
staff-users-title = المستخدمون
staff-users-name = الاسم
staff-users-actions = الإجراءات
staff-users-role-chair = رئيس اجتماع
staff-users-role-manager = مدير
staff-users-active = نشط
staff-users-disabled = معطّل
staff-users-one-time = يجب أن يغيّر كلمة المرور المؤقتة
staff-users-enable = فعّل
staff-users-disable = عطّل
staff-users-reset-label = كلمة مرور مؤقتة جديدة
staff-users-reset = أعد تعيين كلمة المرور
staff-users-add = أضف مستخدمًا
staff-users-one-time-label = كلمة مرور لمرة واحدة
staff-users-one-time-hint = أعطها للمستخدم الجديد بنفسك، لا بالبريد الإلكتروني. يجب أن يغيّرها عند أول تسجيل دخول. لن تراها مرة أخرى في أي مكان.
staff-users-done-added = تمت إضافة المستخدم. أعطه كلمة المرور المؤقتة.
staff-users-done-saved = تم الحفظ.
staff-users-done-reset = تمت إعادة تعيين كلمة المرور. أعطه كلمة المرور المؤقتة الجديدة؛ لقد سُجّل خروجه من كل مكان.

staff-edit-meeting = غيّر التفاصيل أو الأشخاص
staff-edit-meeting-title = غيّر الاجتماع
staff-save-changes = احفظ التغييرات
staff-meeting-saved = تم حفظ التغييرات. يحتاج أي شخص جديد إلى طباعة دعوته.
staff-role-remove = أزل هذا الشخص
staff-person-has-views = أرسل هذا الشخص آراءه، لذلك يبقى في الاجتماع.
staff-error-has-views = لا يمكن إزالة شخص أرسل آراءه أو تغيير دوره.
staff-error-duplicate = الشخص نفسه موجود في النموذج مرتين.
staff-error-too-many = هذا عدد كبير جدًا من الأشخاص لاجتماع واحد.

## Figures and feedback
staff-nav-figures = الأرقام
staff-nav-feedback = الآراء
staff-figures-title = أرقام المشاركة
staff-figures-heading = أرقام المشاركة { $year }
staff-figures-intro = الاجتماعات التي عُقدت في كل ربع من السنة المالية (من أبريل إلى مارس)، حسب تاريخها بتوقيت المملكة المتحدة. الاجتماعات الملغاة والتي لم تُعقد بعد غير محسوبة. الأطفال الذين حددهم الرئيس بأنهم غير قادرين على المشاركة يُحسبون على حدة ولا يدخلون في النسب المئوية. بجانب كل رقم نفس الفترة من العام الماضي.
staff-figures-year = السنة المالية
staff-figures-table-caption = المشاركة حسب الربع، { $year }
staff-figures-measure = المقياس
staff-quarter = الربع { $quarter }
staff-quarter-months-1 = أبريل إلى يونيو
staff-quarter-months-2 = يوليو إلى سبتمبر
staff-quarter-months-3 = أكتوبر إلى ديسمبر
staff-quarter-months-4 = يناير إلى مارس
staff-figures-year-total = السنة كاملة
staff-figures-children-combined = الأطفال الذين حضروا أو شاركوا آراءهم مسبقًا
staff-figures-children-attended = الأطفال الذين حضروا
staff-figures-parents-attended = الآباء ومقدمو الرعاية الذين حضروا
staff-figures-parents-views = الآباء ومقدمو الرعاية الذين شاركوا آراءهم مسبقًا
staff-figures-meetings-held = الاجتماعات التي عُقدت
staff-figures-not-able = الأطفال غير القادرين على المشاركة
staff-figures-of = { $n } من { $total }
staff-figures-last-year = العام الماضي: { $label }
staff-figures-none = لا يوجد ما يُحسب
staff-figures-csv = تنزيل هذه الأرقام (CSV)
staff-figures-chart-title = المشاركة حسب الربع، { $year }، بالنسب المئوية
staff-figures-chart-desc = عمود لكل مقياس في كل ربع، عليه نسبته المئوية. الجدول أعلاه يعطي الأرقام نفسها مع أعدادها.
staff-figures-breakdowns = التفاصيل للسنة
staff-figures-breakdowns-intro = إذا كان عدد الأشخاص في مجموعة أقل من 5، لا يُعرض العدد، حتى لا يمكن التعرف على أي عائلة. يرى الرؤساء صفهم فقط من صفوف الرؤساء.
staff-figures-by-kind = حسب نوع الاجتماع
staff-figures-by-chair = حسب الرئيس
staff-figures-by-gender = حسب جنس الطفل
staff-figures-by-age = حسب عمر الطفل
staff-figures-children-able = الأطفال القادرون على المشاركة
staff-figures-parents-invited = الآباء ومقدمو الرعاية المدعوون
staff-figures-no-meetings = لم تُعقد أي اجتماعات في هذه السنة.
staff-age = العمر { $band }
staff-feedback-title = الآراء حول الاجتماعات
staff-feedback-heading = الآراء حول الاجتماعات { $year }
staff-feedback-intro = ما قاله الأطفال والآباء ومقدمو الرعاية بعد اجتماعاتهم، حسب الربع. لا يُذكر اسم أحد.
staff-feedback-children = الأطفال والشباب
staff-feedback-parents = الآباء ومقدمو الرعاية
staff-feedback-responses = عدد من أرسلوا رأيهم هذا العام: { $count }.
staff-feedback-face = الوجه
staff-feedback-chart = السنة كاملة كعمود
staff-feedback-questions = الإجابات عن الأسئلة، السنة كاملة
staff-feedback-question = السؤال
staff-feedback-ideas = أفكار لتحسين الاجتماعات
staff-feedback-ideas-intro = الأحدث أولًا. يظهر نوع الاجتماع فقط، وليس الشخص أبدًا.
staff-feedback-no-ideas = لا توجد أفكار بعد هذا العام.
staff-feedback-from-child = من طفل أو شاب
staff-feedback-from-parent-carer = من أحد الوالدين أو مقدم رعاية

## You said, we did
staff-nav-notices = قلتم، وفعلنا
staff-feedback-themes = المواضيع (افصل بينها بفواصل)
staff-feedback-save-themes = حفظ المواضيع
staff-notices-title = قلتم، وفعلنا
staff-notices-intro = أجب عن أفكار العائلات بإعلان. تظهر الإعلانات المنشورة على صفحة عامة ويمكن طباعتها كملصق. لا تذكر اسم أحد أبدًا.
staff-notices-public-link = عرض الصفحة العامة
staff-notices-added = تم حفظ الإعلان.
staff-notices-published = نُشر
staff-notices-draft = مسودة: ليست على الصفحة العامة
staff-notices-publish = نشر
staff-notices-unpublish = إزالة من الصفحة العامة
staff-notices-new = إعلان جديد
staff-notices-answers = الأفكار التي يجيب عنها (هذا العام)
staff-notices-publish-now = النشر الآن
staff-notices-save = حفظ الإعلان
notice-title = قلتم، وفعلنا
notice-intro = يخبرنا الأطفال والشباب والآباء ومقدمو الرعاية كيف كانت اجتماعاتهم وكيف نحسّنها. هذا ما غيّرناه.
notice-you-said = قلتم:
notice-we-did = فعلنا:
notice-none = لا توجد إعلانات بعد.
notice-poster-link = اطبع هذا كملصق
notice-poster-foot = أخبرنا كيف كان اجتماعك: اكتب رمز الدعوة مرة أخرى بعد الاجتماع.
staff-error-required = املأ هذا الحقل.
staff-error-unknown-idea = إحدى الأفكار لم تعد موجودة. أعد تحميل الصفحة وحاول مرة أخرى.
staff-error-too-many-themes = أعطِ الفكرة 5 مواضيع على الأكثر.
staff-error-theme-too-long = يمكن أن يكون الموضوع 40 حرفًا على الأكثر.
staff-notices-ideas-count = يجيب عن أفكار عددها { $count }
