# Privacy: how long the family's words are kept, and the audit of what Tiptoes did by itself (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
staff-words = Słowa rodziny
staff-words-kept-until = Przechowywane do: { $when }, potem zostaną usunięte. Zostaną tylko liczby potrzebne do statystyk.
staff-words-deleted = Usunięto: { $when }. Zostały tylko liczby potrzebne do statystyk.
staff-views-deleted = Ta osoba wysłała opinie. Jej słowa usunięto po spotkaniu.
staff-audit-by-tiptoes = Tiptoes (automatycznie)
staff-audit-purge = Usunięto słowa po upływie terminu przechowywania
staff-audit-rotate-key = Przeniesiono słowa na nowy klucz
staff-audit-forget-keys = Usunięto stare klucze
