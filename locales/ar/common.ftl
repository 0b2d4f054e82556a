# كلمات مشتركة: الأزرار والأخطاء والتواريخ.
# Native-speaker review: no (drafted without a native speaker; please have it checked)
continue = متابعة
back = رجوع
finish = إنهاء
change = تغيير
loading = جارٍ التحميل…
start-again = ابدأ من جديد
change-language = تغيير اللغة
exit-this-page = اخرج من هذه الصفحة
exit-hint = أو اضغط على مفتاح Shift ثلاث مرات.
error-prefix = خطأ:
error-summary-title = هناك مشكلة
error-invalid-code = لم نجد هذا الرمز. تحقّق منه وحاول مرة أخرى.
error-rate-limited = محاولات كثيرة جدًا. انتظر دقيقة واحدة ثم حاول مرة أخرى.
error-too-many-sends = لقد أرسلت إجاباتك مرات كثيرة في الساعة الماضية. إجاباتك الأخيرة محفوظة عندنا. انتظر قليلًا ثم حاول مرة أخرى.
error-busy = كثير من الناس يستخدمون Tiptoes الآن. انتظر بضع ثوانٍ ثم حاول مرة أخرى.
error-session-ended = تم مسح هذه الشاشة. اكتب رمزك لتبدأ من جديد.
error-meeting-started = بدأ اجتماعك، لذلك لا يمكنك تغيير إجاباتك الآن.
error-already-sent = لقد أخبرتنا بالفعل كيف كان الاجتماع. شكرًا لك.
error-text-too-long = إجابتك طويلة جدًا. اجعلها أقصر ثم حاول مرة أخرى.
error-invalid = هناك شيء غير صحيح في هذه الإجابة. حاول مرة أخرى.
error-network = لا نستطيع الوصول إلى الإنترنت. تحقّق من الاتصال وحاول مرة أخرى.
error-internal = حدث خطأ من جهتنا. حاول مرة أخرى.
not-found-title = الصفحة غير موجودة
not-found-text = لا نستطيع إيجاد هذه الصفحة.
idle-title = هل ما زلت هنا؟
idle-text = { $seconds ->
    [zero] لكي تبقى إجاباتك خاصة، سيتم مسح هذه الشاشة الآن.
    [one] لكي تبقى إجاباتك خاصة، سيتم مسح هذه الشاشة بعد ثانية واحدة.
    [two] لكي تبقى إجاباتك خاصة، سيتم مسح هذه الشاشة بعد ثانيتين.
    [few] لكي تبقى إجاباتك خاصة، سيتم مسح هذه الشاشة بعد { $seconds } ثوانٍ.
    [many] لكي تبقى إجاباتك خاصة، سيتم مسح هذه الشاشة بعد { $seconds } ثانيةً.
   *[other] لكي تبقى إجاباتك خاصة، سيتم مسح هذه الشاشة بعد { $seconds } ثانية.
}
idle-still-here = ما زلت هنا
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
meeting-date-time = يوم { $weekday } { $day } { $month } { $year } الساعة { $time }
