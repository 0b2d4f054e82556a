# Privacy: how long the family's words are kept, and the audit of what Tiptoes did by itself (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
staff-words = كلمات العائلة
staff-words-kept-until = تُحفظ حتى { $when }، ثم تُحذف. تبقى الأعداد فقط، لحساب الأرقام.
staff-words-deleted = حُذفت في { $when }. تبقى الأعداد فقط، لحساب الأرقام.
staff-views-deleted = أرسل هذا الشخص آراءه. حُذفت كلماته بعد الاجتماع.
staff-audit-by-tiptoes = Tiptoes (تلقائيًا)
staff-audit-purge = حذف الكلمات التي انتهت مدة حفظها
staff-audit-rotate-key = نقل الكلمات إلى مفتاح جديد
staff-audit-forget-keys = أزال المفاتيح القديمة
