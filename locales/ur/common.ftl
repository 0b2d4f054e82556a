# Shared words: buttons, errors, dates.
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
continue = آگے بڑھو
back = واپس
finish = ختم کرو
change = بدلو
loading = لوڈ ہو رہا ہے…
start-again = دوبارہ شروع کرو
change-language = زبان بدلو
exit-this-page = اس صفحے سے باہر نکلو
exit-hint = یا Shift کا بٹن 3 بار دباؤ۔
error-prefix = خرابی:
error-summary-title = ایک مسئلہ ہے
error-invalid-code = ہمیں یہ کوڈ نہیں ملا۔ کوڈ دیکھو اور دوبارہ کوشش کرو۔
error-rate-limited = بہت زیادہ کوششیں ہو گئیں۔ 1 منٹ رکو، پھر دوبارہ کوشش کرو۔
error-too-many-sends = پچھلے ایک گھنٹے میں تم نے اپنے جواب کئی بار بھیجے ہیں۔ تمہارے آخری جواب ہمارے پاس محفوظ ہیں۔ تھوڑی دیر رکو، پھر دوبارہ کوشش کرو۔
error-busy = اس وقت بہت سے لوگ Tiptoes استعمال کر رہے ہیں۔ چند سیکنڈ رکو، پھر دوبارہ کوشش کرو۔
error-session-ended = یہ اسکرین صاف کر دی گئی۔ دوبارہ شروع کرنے کے لیے اپنا کوڈ لکھو۔
error-meeting-started = تمہاری میٹنگ شروع ہو چکی ہے، اس لیے اب جواب بدلے نہیں جا سکتے۔
error-already-sent = تم نے ہمیں پہلے ہی بتا دیا ہے کہ میٹنگ کیسی رہی۔ شکریہ۔
error-text-too-long = تمہارا جواب بہت لمبا ہے۔ اسے چھوٹا کرو، پھر دوبارہ کوشش کرو۔
error-invalid = اس جواب میں کچھ ٹھیک نہیں تھا۔ دوبارہ کوشش کرو۔
error-network = ہم انٹرنیٹ سے نہیں جڑ سکے۔ کنکشن دیکھو اور دوبارہ کوشش کرو۔
error-internal = ہماری طرف کچھ گڑبڑ ہو گئی۔ دوبارہ کوشش کرو۔
not-found-title = صفحہ نہیں ملا
not-found-text = ہمیں یہ صفحہ نہیں مل رہا۔
idle-title = کیا تم ابھی یہیں ہو؟
idle-text = { $seconds ->
    [one] تاکہ تمہارے جواب کوئی اور نہ دیکھے، یہ اسکرین { $seconds } سیکنڈ میں صاف ہو جائے گی۔
   *[other] تاکہ تمہارے جواب کوئی اور نہ دیکھے، یہ اسکرین { $seconds } سیکنڈ میں صاف ہو جائے گی۔
}
idle-still-here = میں ابھی یہیں ہوں
weekday-1 = پیر
weekday-2 = منگل
weekday-3 = بدھ
weekday-4 = جمعرات
weekday-5 = جمعہ
weekday-6 = ہفتہ
weekday-7 = اتوار
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
meeting-date-time = { $weekday }، { $day } { $month } { $year }، { $time } بجے
