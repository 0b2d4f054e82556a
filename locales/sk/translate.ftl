# The chair's page: words a family wrote in another language, and an English translation beside them (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
views-written-in = Napísané v jazyku: { $language }
translation-heading = Preklad do angličtiny
translation-by = Preložil(a): { $name }, { $when }
translation-add = Pridať preklad do angličtiny
translation-hint = Napíšte túto odpoveď po anglicky. Vlastné slová rodiny zostanú tak, ako ich napísala.
translation-save = Uložiť preklad
translation-saved = Preklad je uložený.
translation-none = Zatiaľ nepreložené
staff-audit-translate-views = Pridanie anglického prekladu
