# Privacy: how long the family's words are kept, and the audit of what Tiptoes did by itself (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
staff-words = خاندان کے الفاظ
staff-words-kept-until = { $when } تک رکھے جائیں گے، پھر حذف کر دیے جائیں گے۔ اعداد و شمار کے لیے صرف گنتی باقی رہے گی۔
staff-words-deleted = { $when } حذف کر دیے گئے۔ اعداد و شمار کے لیے صرف گنتی باقی ہے۔
staff-views-deleted = اس شخص نے رائے بھیجی تھی۔ میٹنگ کے بعد ان کے الفاظ حذف کر دیے گئے۔
staff-audit-by-tiptoes = Tiptoes (خودکار)
staff-audit-purge = وہ الفاظ حذف کیے جن کی مدت پوری ہو گئی تھی
staff-audit-rotate-key = الفاظ نئی کلید پر منتقل کیے
staff-audit-forget-keys = پرانی کلیدیں ہٹا دیں
