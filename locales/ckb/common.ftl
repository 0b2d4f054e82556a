# Shared words: buttons, errors, dates.
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
continue = بەردەوام بە
back = گەڕانەوە
finish = تەواو
change = گۆڕین
loading = بار دەکرێت…
start-again = لە سەرەتاوە دەست پێ بکەرەوە
change-language = گۆڕینی زمان
exit-this-page = لەم پەڕەیە بچۆ دەرەوە
exit-hint = یان 3 جار دوگمەی Shift دابگرە.
error-prefix = هەڵە:
error-summary-title = کێشەیەک هەیە
error-invalid-code = ئەو کۆدەمان نەدۆزییەوە. سەیری بکەرەوە و دووبارە هەوڵ بدەرەوە.
error-rate-limited = زۆر جار هەوڵت دا. 1 خولەک چاوەڕێ بکە، پاشان دووبارە هەوڵ بدەرەوە.
error-too-many-sends = لە کاتژمێری ڕابردوودا زۆر جار وەڵامەکانت ناردووە. دوایین وەڵامەکانت لای ئێمە پارێزراون. کەمێک چاوەڕێ بکە، پاشان دووبارە هەوڵ بدەرەوە.
error-busy = ئێستا خەڵکێکی زۆر Tiptoes بەکاردەهێنن. چەند چرکەیەک چاوەڕێ بکە، پاشان دووبارە هەوڵ بدەرەوە.
error-session-ended = ئەم شاشەیە پاک کرایەوە. کۆدەکەت بنووسە بۆ ئەوەی لە سەرەتاوە دەست پێ بکەیتەوە.
error-meeting-started = کۆبوونەوەکەت دەستی پێ کردووە، بۆیە ئێستا ناتوانیت وەڵامەکانت بگۆڕیت.
error-already-sent = پێشتر پێت وتووین کە کۆبوونەوەکە چۆن بوو. سوپاس.
error-text-too-long = وەڵامەکەت زۆر درێژە. کورتتری بکەرەوە، پاشان دووبارە هەوڵ بدەرەوە.
error-invalid = شتێک لەم وەڵامەدا دروست نەبوو. دووبارە هەوڵ بدەرەوە.
error-network = نەمانتوانی بگەینە ئینتەرنێت. پەیوەندییەکە بپشکنە و دووبارە هەوڵ بدەرەوە.
error-internal = هەڵەیەک لە لای ئێمەوە ڕوویدا. دووبارە هەوڵ بدەرەوە.
not-found-title = پەڕەکە نەدۆزرایەوە
not-found-text = ناتوانین ئەم پەڕەیە بدۆزینەوە.
idle-title = هێشتا لێرەیت؟
idle-text = { $seconds ->
    [one] بۆ ئەوەی وەڵامەکانت بە نهێنی بمێننەوە، ئەم شاشەیە دوای { $seconds } چرکە پاک دەکرێتەوە.
   *[other] بۆ ئەوەی وەڵامەکانت بە نهێنی بمێننەوە، ئەم شاشەیە دوای { $seconds } چرکە پاک دەکرێتەوە.
}
idle-still-here = هێشتا لێرەم
weekday-1 = دووشەممە
weekday-2 = سێشەممە
weekday-3 = چوارشەممە
weekday-4 = پێنجشەممە
weekday-5 = هەینی
weekday-6 = شەممە
weekday-7 = یەکشەممە
month-1 = کانوونی دووەم
month-2 = شوبات
month-3 = ئازار
month-4 = نیسان
month-5 = ئایار
month-6 = حوزەیران
month-7 = تەممووز
month-8 = ئاب
month-9 = ئەیلوول
month-10 = تشرینی یەکەم
month-11 = تشرینی دووەم
month-12 = کانوونی یەکەم
meeting-date-time = { $weekday } { $day }ی { $month }ی { $year }، کاتژمێر { $time }
