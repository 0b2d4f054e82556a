# The chair's page: words a family wrote in another language, and an English translation beside them (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
views-written-in = مكتوب باللغة: { $language }
translation-heading = الترجمة إلى الإنجليزية
translation-by = ترجمة: { $name }، { $when }
translation-add = أضف ترجمة إلى الإنجليزية
translation-hint = اكتب هذه الإجابة بالإنجليزية. تبقى كلمات العائلة نفسها كما كتبتها.
translation-save = احفظ الترجمة
translation-saved = تم حفظ الترجمة.
translation-none = لم تُترجم بعد
staff-audit-translate-views = أضاف ترجمة إنجليزية
