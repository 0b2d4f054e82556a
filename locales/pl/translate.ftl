# The chair's page: words a family wrote in another language, and an English translation beside them (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
views-written-in = Napisane w języku: { $language }
translation-heading = Tłumaczenie na angielski
translation-by = Przetłumaczył(a): { $name }, { $when }
translation-add = Dodaj tłumaczenie na angielski
translation-hint = Wpisz tę odpowiedź po angielsku. Słowa rodziny zostają takie, jak je napisała.
translation-save = Zapisz tłumaczenie
translation-saved = Tłumaczenie zostało zapisane.
translation-none = Jeszcze nie przetłumaczono
staff-audit-translate-views = Dodał(a) tłumaczenie na angielski
