# The chair's page: words a family wrote in another language, and an English translation beside them (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
views-written-in = نوشته‌شده به زبان { $language }
translation-heading = ترجمهٔ انگلیسی
translation-by = ترجمه: { $name }، { $when }
translation-add = افزودن ترجمهٔ انگلیسی
translation-hint = ترجمهٔ انگلیسی این پاسخ را بنویسید. نوشته‌های خود خانواده همان‌طور که نوشته‌اند باقی می‌ماند.
translation-save = ذخیرهٔ ترجمه
translation-saved = ترجمه ذخیره شد.
translation-none = هنوز ترجمه نشده
staff-audit-translate-views = ترجمهٔ انگلیسی افزود
