# Privacy: how long the family's words are kept, and the audit of what Tiptoes did by itself (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
staff-words = ਪਰਿਵਾਰ ਦੇ ਸ਼ਬਦ
staff-words-kept-until = { $when } ਤੱਕ ਰੱਖੇ ਜਾਣਗੇ, ਫਿਰ ਮਿਟਾ ਦਿੱਤੇ ਜਾਣਗੇ। ਅੰਕੜਿਆਂ ਲਈ ਸਿਰਫ਼ ਗਿਣਤੀ ਰਹੇਗੀ।
staff-words-deleted = { $when } ਮਿਟਾ ਦਿੱਤੇ ਗਏ। ਅੰਕੜਿਆਂ ਲਈ ਸਿਰਫ਼ ਗਿਣਤੀ ਰਹਿ ਗਈ ਹੈ।
staff-views-deleted = ਇਸ ਵਿਅਕਤੀ ਨੇ ਵਿਚਾਰ ਭੇਜੇ ਸਨ। ਮੀਟਿੰਗ ਤੋਂ ਬਾਅਦ ਉਨ੍ਹਾਂ ਦੇ ਸ਼ਬਦ ਮਿਟਾ ਦਿੱਤੇ ਗਏ।
staff-audit-by-tiptoes = Tiptoes (ਆਪਣੇ ਆਪ)
staff-audit-purge = ਸਮਾਂ ਪੂਰਾ ਹੋਣ 'ਤੇ ਸ਼ਬਦ ਮਿਟਾਏ
staff-audit-rotate-key = ਸ਼ਬਦਾਂ ਨੂੰ ਨਵੀਂ ਕੁੰਜੀ 'ਤੇ ਲਿਜਾਇਆ
staff-audit-forget-keys = ਪੁਰਾਣੀਆਂ ਕੁੰਜੀਆਂ ਹਟਾਈਆਂ
