# Privacy: how long the family's words are kept, and the audit of what Tiptoes did by itself (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
staff-words = Cuvintele familiei
staff-words-kept-until = Se păstrează până { $when }, apoi se șterg. Rămân doar totalurile, pentru statistici.
staff-words-deleted = Au fost șterse { $when }. Rămân doar totalurile, pentru statistici.
staff-views-deleted = Această persoană a trimis păreri. Cuvintele ei au fost șterse după întâlnire.
staff-audit-by-tiptoes = Tiptoes (automat)
staff-audit-purge = A șters cuvintele al căror termen de păstrare a expirat
staff-audit-rotate-key = A mutat cuvintele pe o cheie nouă
staff-audit-forget-keys = A eliminat cheile vechi
