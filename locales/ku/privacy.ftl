# Privacy: how long the family's words are kept, and the audit of what Tiptoes did by itself (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
staff-words = Gotinên malbatê
staff-words-kept-until = Heta { $when } tên parastin, paşê tên jêbirin. Tenê hejmara wan dimîne, ji bo hejmarên beşdarbûnê.
staff-words-deleted = Hatin jêbirin: { $when }. Tenê hejmara wan dimîne, ji bo hejmarên beşdarbûnê.
staff-views-deleted = Vî kesî nêrîn şandine. Piştî civînê gotinên wan hatin jêbirin.
staff-audit-by-tiptoes = Tiptoes (bixweber)
staff-audit-purge = Gotinên ku dema wan derbas bûbû jê birin
staff-audit-rotate-key = Gotin derbasî mifteyeke nû kirin
staff-audit-forget-keys = Mifteyên kevn jê birin
