# The chair's page: words a family wrote in another language, and an English translation beside them (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
views-written-in = { $language } میں لکھا گیا
translation-heading = انگریزی ترجمہ
translation-by = ترجمہ: { $name }، { $when }
translation-add = انگریزی ترجمہ شامل کریں
translation-hint = اس جواب کا انگریزی ترجمہ لکھیں۔ خاندان کے اپنے الفاظ ویسے ہی رہیں گے جیسے انہوں نے لکھے تھے۔
translation-save = ترجمہ محفوظ کریں
translation-saved = ترجمہ محفوظ ہو گیا۔
translation-none = ابھی ترجمہ نہیں ہوا
staff-audit-translate-views = انگریزی ترجمہ شامل کیا
