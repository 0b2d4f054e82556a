# The chair's page: words a family wrote in another language, and an English translation beside them (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
views-written-in = بە زمانی { $language } نووسراوە
translation-heading = وەرگێڕانی ئینگلیزی
translation-by = وەرگێڕان: { $name }، { $when }
translation-add = زیادکردنی وەرگێڕانی ئینگلیزی
translation-hint = ئینگلیزیی ئەم وەڵامە بنووسە. وشەکانی خێزانەکە وەک خۆیان دەمێننەوە، هەروەک نووسیویانە.
translation-save = پاشەکەوتکردنی وەرگێڕانەکە
translation-saved = وەرگێڕانەکە پاشەکەوت کرا.
translation-none = هێشتا وەرنەگێڕدراوە
staff-audit-translate-views = وەرگێڕانی ئینگلیزی زیاد کرد
