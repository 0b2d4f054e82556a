# Ways in for every family: the language screen, someone helping, listening (read by children and parents).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
helping-label = Pomáham niekomu
helping-hint = Na každej obrazovke bude jazyk tejto osoby a pod ním angličtina.
listen = Počúvať
listen-stop = Zastaviť
listen-no-voice = Tento tablet alebo telefón nevie čítať nahlas v tomto jazyku. Popros niekoho, aby si to prečítal s tebou.
