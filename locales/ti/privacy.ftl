# Privacy: how long the family's words are kept, and the audit of what Tiptoes did by itself (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
staff-words = ናይ ስድራ ቃላት
staff-words-kept-until = ክሳብ { $when } ይዕቀቡ፣ ድሕሪኡ ይድምሰሱ። ንኣሃዛት ዝኸውን ቁጽሪ ጥራይ ይተርፍ።
staff-words-deleted = ዝተደምሰሱሉ፦ { $when }። ንኣሃዛት ዝኸውን ቁጽሪ ጥራይ ተሪፉ ኣሎ።
staff-views-deleted = እዚ ሰብ ርእይቶ ሰዲዱ ነይሩ። ድሕሪ ኣኼባ ቃላቱ ተደምሲሶም።
staff-audit-by-tiptoes = Tiptoes (ኣውቶማቲክ)
staff-audit-purge = ግዜኦም ዝሓለፈ ቃላት ደምሲሱ
staff-audit-rotate-key = ቃላት ናብ ሓድሽ መፍትሕ ኣግዒዙ
staff-audit-forget-keys = ኣረጊት መፍትሕታት ኣልጊሱ
