# Ways in for every family: the language screen, someone helping, listening (read by children and parents).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
helping-label = Někomu pomáhám
helping-hint = Na každé obrazovce bude jazyk této osoby a pod ním angličtina.
listen = Poslechnout
listen-stop = Zastavit
listen-no-voice = Tento tablet nebo telefon neumí v tomto jazyce číst nahlas. Požádej někoho, aby si to přečetl s tebou.
