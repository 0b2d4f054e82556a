# Shared words: buttons, errors, dates.
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
continue = ਅੱਗੇ ਚੱਲੋ
back = ਪਿੱਛੇ ਜਾਓ
finish = ਖ਼ਤਮ ਕਰੋ
change = ਬਦਲੋ
loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
start-again = ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ
change-language = ਭਾਸ਼ਾ ਬਦਲੋ
exit-this-page = ਇਸ ਪੰਨੇ ਤੋਂ ਬਾਹਰ ਜਾਓ
exit-hint = ਜਾਂ Shift 3 ਵਾਰ ਦਬਾਓ।
error-prefix = ਗ਼ਲਤੀ:
error-summary-title = ਕੋਈ ਸਮੱਸਿਆ ਹੈ
error-invalid-code = ਸਾਨੂੰ ਇਹ ਕੋਡ ਨਹੀਂ ਮਿਲਿਆ। ਇਸ ਨੂੰ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-rate-limited = ਬਹੁਤ ਵਾਰ ਕੋਸ਼ਿਸ਼ ਹੋ ਗਈ ਹੈ। 1 ਮਿੰਟ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-too-many-sends = ਪਿਛਲੇ ਇੱਕ ਘੰਟੇ ਵਿੱਚ ਤੁਸੀਂ ਆਪਣੇ ਜਵਾਬ ਕਈ ਵਾਰ ਭੇਜੇ ਹਨ। ਤੁਹਾਡੇ ਆਖ਼ਰੀ ਜਵਾਬ ਸਾਡੇ ਕੋਲ ਸੁਰੱਖਿਅਤ ਹਨ। ਥੋੜ੍ਹੀ ਦੇਰ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-busy = ਇਸ ਵੇਲੇ ਬਹੁਤ ਸਾਰੇ ਲੋਕ Tiptoes ਵਰਤ ਰਹੇ ਹਨ। ਕੁਝ ਸਕਿੰਟ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-session-ended = ਇਹ ਸਕਰੀਨ ਸਾਫ਼ ਕਰ ਦਿੱਤੀ ਗਈ ਸੀ। ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਆਪਣਾ ਕੋਡ ਟਾਈਪ ਕਰੋ।
error-meeting-started = ਤੁਹਾਡੀ ਮੀਟਿੰਗ ਸ਼ੁਰੂ ਹੋ ਗਈ ਹੈ, ਇਸ ਲਈ ਹੁਣ ਤੁਸੀਂ ਆਪਣੇ ਜਵਾਬ ਨਹੀਂ ਬਦਲ ਸਕਦੇ।
error-already-sent = ਤੁਸੀਂ ਸਾਨੂੰ ਪਹਿਲਾਂ ਹੀ ਦੱਸ ਚੁੱਕੇ ਹੋ ਕਿ ਮੀਟਿੰਗ ਕਿਵੇਂ ਰਹੀ। ਧੰਨਵਾਦ।
error-text-too-long = ਤੁਹਾਡਾ ਜਵਾਬ ਬਹੁਤ ਲੰਮਾ ਹੈ। ਇਸ ਨੂੰ ਛੋਟਾ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-invalid = ਇਸ ਜਵਾਬ ਵਿੱਚ ਕੁਝ ਠੀਕ ਨਹੀਂ ਸੀ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-network = ਅਸੀਂ ਇੰਟਰਨੈੱਟ ਨਾਲ ਨਹੀਂ ਜੁੜ ਸਕੇ। ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-internal = ਸਾਡੇ ਵੱਲੋਂ ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-text = ਸਾਨੂੰ ਇਹ ਪੰਨਾ ਨਹੀਂ ਮਿਲ ਰਿਹਾ।
idle-title = ਕੀ ਤੁਸੀਂ ਹਾਲੇ ਵੀ ਇੱਥੇ ਹੋ?
idle-text = { $seconds ->
    [one] ਤੁਹਾਡੇ ਜਵਾਬ ਨਿੱਜੀ ਰੱਖਣ ਲਈ, ਇਹ ਸਕਰੀਨ { $seconds } ਸਕਿੰਟ ਵਿੱਚ ਸਾਫ਼ ਹੋ ਜਾਵੇਗੀ।
   *[other] ਤੁਹਾਡੇ ਜਵਾਬ ਨਿੱਜੀ ਰੱਖਣ ਲਈ, ਇਹ ਸਕਰੀਨ { $seconds } ਸਕਿੰਟਾਂ ਵਿੱਚ ਸਾਫ਼ ਹੋ ਜਾਵੇਗੀ।
}
idle-still-here = ਮੈਂ ਹਾਲੇ ਵੀ ਇੱਥੇ ਹਾਂ
weekday-1 = ਸੋਮਵਾਰ
weekday-2 = ਮੰਗਲਵਾਰ
weekday-3 = ਬੁੱਧਵਾਰ
weekday-4 = ਵੀਰਵਾਰ
weekday-5 = ਸ਼ੁੱਕਰਵਾਰ
weekday-6 = ਸ਼ਨਿੱਚਰਵਾਰ
weekday-7 = ਐਤਵਾਰ
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ
meeting-date-time = { $weekday }, { $day } { $month } { $year } ਨੂੰ { $time } ਵਜੇ
