# Privacy: how long the family's words are kept, and the audit of what Tiptoes did by itself (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
staff-words = نوشته‌های خانواده
staff-words-kept-until = تا { $when } نگه داشته می‌شوند و بعد پاک می‌شوند. فقط تعدادها برای آمار می‌ماند.
staff-words-deleted = در { $when } پاک شدند. فقط تعدادها برای آمار مانده است.
staff-views-deleted = این فرد نظر فرستاده بود. نوشته‌هایش بعد از جلسه پاک شد.
staff-audit-by-tiptoes = Tiptoes (خودکار)
staff-audit-purge = نوشته‌هایی را که مهلتشان گذشته بود پاک کرد
staff-audit-rotate-key = نوشته‌ها را به کلید تازه منتقل کرد
staff-audit-forget-keys = کلیدهای قدیمی را حذف کرد
