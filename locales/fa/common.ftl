# Shared words: buttons, errors, dates.
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
continue = ادامه
back = برگشت
finish = پایان
change = تغییر
loading = در حال بارگذاری…
start-again = از اول شروع کن
change-language = تغییر زبان
exit-this-page = خروج از این صفحه
exit-hint = یا سه بار کلید Shift را فشار بده.
error-prefix = خطا:
error-summary-title = مشکلی پیش آمده است
error-invalid-code = این کد را پیدا نکردیم. آن را نگاه کن و دوباره امتحان کن.
error-rate-limited = خیلی زیاد امتحان کردی. یک دقیقه صبر کن، بعد دوباره امتحان کن.
error-too-many-sends = در یک ساعت گذشته پاسخ‌هایت را بارها فرستاده‌ای. آخرین پاسخ‌هایت پیش ما امن هستند. کمی صبر کن، بعد دوباره امتحان کن.
error-busy = الان آدم‌های زیادی از Tiptoes استفاده می‌کنند. چند ثانیه صبر کن، بعد دوباره امتحان کن.
error-session-ended = این صفحه پاک شد. برای شروع دوباره، کدت را بنویس.
error-meeting-started = جلسه‌ات شروع شده است، پس دیگر نمی‌توانی پاسخ‌هایت را تغییر بدهی.
error-already-sent = تو قبلاً به ما گفته‌ای که جلسه چطور بود. ممنونیم.
error-text-too-long = پاسخت خیلی طولانی است. آن را کوتاه‌تر کن، بعد دوباره امتحان کن.
error-invalid = چیزی در این پاسخ درست نبود. دوباره امتحان کن.
error-network = نتوانستیم به اینترنت وصل شویم. اتصال را نگاه کن و دوباره امتحان کن.
error-internal = مشکلی از طرف ما پیش آمد. دوباره امتحان کن.
not-found-title = صفحه پیدا نشد
not-found-text = نمی‌توانیم این صفحه را پیدا کنیم.
idle-title = هنوز اینجایی؟
idle-text = { $seconds ->
    [one] برای اینکه پاسخ‌هایت خصوصی بمانند، این صفحه تا { $seconds } ثانیهٔ دیگر پاک می‌شود.
   *[other] برای اینکه پاسخ‌هایت خصوصی بمانند، این صفحه تا { $seconds } ثانیهٔ دیگر پاک می‌شود.
}
idle-still-here = هنوز اینجا هستم
weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنج‌شنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یک‌شنبه
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
meeting-date-time = { $weekday } { $day } { $month } { $year }، ساعت { $time }
