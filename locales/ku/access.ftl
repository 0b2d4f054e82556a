# Ways in for every family: the language screen, someone helping, listening (read by children and parents).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
helping-label = Ez alîkariya kesekî dikim
helping-hint = Her ekran zimanê wî kesî nîşan dide, û îngilîzî jî li binî.
listen = Guhdarî bike
listen-stop = Rawestîne
listen-no-voice = Ev tablet an telefon nikare vî zimanî bi dengê bilind bixwîne. Ji kesekî bixwaze ku bi te re bixwîne.
