# Privacy: how long the family's words are kept, and the audit of what Tiptoes did by itself (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
staff-words = Slova rodiny
staff-words-kept-until = Uchovávají se do: { $when }, potom se smažou. Zůstanou jen počty pro statistiky.
staff-words-deleted = Smazáno { $when }. Zůstaly jen počty pro statistiky.
staff-views-deleted = Tato osoba poslala názory. Její slova byla po schůzce smazána.
staff-audit-by-tiptoes = Tiptoes (automaticky)
staff-audit-purge = Smazána slova po uplynutí doby uložení
staff-audit-rotate-key = Slova přesunuta na nový klíč
staff-audit-forget-keys = Odstraněny staré klíče
