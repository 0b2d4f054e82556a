# Privacy: how long the family's words are kept, and the audit of what Tiptoes did by itself (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
staff-words = وشەکانی خێزانەکە
staff-words-kept-until = هەتا { $when } هەڵدەگیرێن، دواتر دەسڕدرێنەوە. تەنها ژمارەکان دەمێننەوە، بۆ ئامارەکان.
staff-words-deleted = سڕدرانەوە: { $when }. تەنها ژمارەکان ماونەتەوە، بۆ ئامارەکان.
staff-views-deleted = ئەم کەسە بۆچوونی ناردووە. وشەکانی دوای کۆبوونەوەکە سڕدرانەوە.
staff-audit-by-tiptoes = Tiptoes (خۆکار)
staff-audit-purge = ئەو وشانەی سڕییەوە کە کاتیان تەواو بوو
staff-audit-rotate-key = وشەکانی گواستەوە بۆ کلیلێکی نوێ
staff-audit-forget-keys = کلیلە کۆنەکانی لابرد
