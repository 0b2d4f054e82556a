# The chair's page: words a family wrote in another language, and an English translation beside them (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
views-written-in = Scris în limba: { $language }
translation-heading = Traducere în engleză
translation-by = Tradus de { $name }, { $when }
translation-add = Adăugați o traducere în engleză
translation-hint = Scrieți traducerea în engleză a acestui răspuns. Cuvintele familiei rămân așa cum le-a scris ea.
translation-save = Salvați traducerea
translation-saved = Traducerea a fost salvată.
translation-none = Încă netradus
staff-audit-translate-views = A adăugat o traducere în engleză
