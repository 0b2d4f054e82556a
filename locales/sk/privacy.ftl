# Privacy: how long the family's words are kept, and the audit of what Tiptoes did by itself (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
staff-words = Slová rodiny
staff-words-kept-until = Uchovávajú sa do: { $when }, potom sa vymažú. Zostanú iba počty pre údaje o účasti.
staff-words-deleted = Vymazané: { $when }. Zostali iba počty pre údaje o účasti.
staff-views-deleted = Táto osoba poslala názory. Jej slová boli po stretnutí vymazané.
staff-audit-by-tiptoes = Tiptoes (automaticky)
staff-audit-purge = Vymazanie slov po uplynutí lehoty uchovávania
staff-audit-rotate-key = Presun slov na nový kľúč
staff-audit-forget-keys = Odstránenie starých kľúčov
