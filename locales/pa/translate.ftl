# The chair's page: words a family wrote in another language, and an English translation beside them (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
views-written-in = { $language } ਵਿੱਚ ਲਿਖਿਆ ਗਿਆ
translation-heading = ਅੰਗਰੇਜ਼ੀ ਅਨੁਵਾਦ
translation-by = ਅਨੁਵਾਦ: { $name }, { $when }
translation-add = ਅੰਗਰੇਜ਼ੀ ਅਨੁਵਾਦ ਜੋੜੋ
translation-hint = ਇਸ ਜਵਾਬ ਦਾ ਅੰਗਰੇਜ਼ੀ ਅਨੁਵਾਦ ਟਾਈਪ ਕਰੋ। ਪਰਿਵਾਰ ਦੇ ਆਪਣੇ ਸ਼ਬਦ ਉਵੇਂ ਹੀ ਰਹਿਣਗੇ ਜਿਵੇਂ ਉਨ੍ਹਾਂ ਨੇ ਲਿਖੇ ਸਨ।
translation-save = ਅਨੁਵਾਦ ਸੰਭਾਲੋ
translation-saved = ਅਨੁਵਾਦ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ।
translation-none = ਹਾਲੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ
staff-audit-translate-views = ਅੰਗਰੇਜ਼ੀ ਅਨੁਵਾਦ ਜੋੜਿਆ
