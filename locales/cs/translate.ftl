# The chair's page: words a family wrote in another language, and an English translation beside them (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
views-written-in = Napsáno v jazyce: { $language }
translation-heading = Překlad do angličtiny
translation-by = Přeložil(a): { $name }, { $when }
translation-add = Přidat překlad do angličtiny
translation-hint = Napište tuto odpověď anglicky. Vlastní slova rodiny zůstanou tak, jak je napsala.
translation-save = Uložit překlad
translation-saved = Překlad je uložený.
translation-none = Zatím nepřeloženo
staff-audit-translate-views = Přidal(a) anglický překlad
