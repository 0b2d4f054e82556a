# Ways in for every family: the language screen, someone helping, listening (read by children and parents).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
helping-label = Pomagam komuś
helping-hint = Na każdym ekranie będzie język tej osoby, a pod nim angielski.
listen = Posłuchaj
listen-stop = Zatrzymaj
listen-no-voice = Ten tablet albo telefon nie umie czytać na głos w tym języku. Poproś kogoś, żeby przeczytał to razem z tobą.
