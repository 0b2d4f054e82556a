# Ways in for every family: the language screen, someone helping, listening (read by children and parents).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
helping-label = Ajut pe cineva
helping-hint = Fiecare ecran arată limba persoanei, cu engleza dedesubt.
listen = Ascultă
listen-stop = Oprește
listen-no-voice = Această tabletă sau acest telefon nu poate citi cu voce tare în această limbă. Roagă pe cineva să citească împreună cu tine.
