# The chair's page: words a family wrote in another language, and an English translation beside them (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
views-written-in = Bi zimanê { $language } hatiye nivîsandin
translation-heading = Wergera îngilîzî
translation-by = Werger: { $name }, { $when }
translation-add = Wergereke îngilîzî lê zêde bike
translation-hint = Vê bersivê bi îngilîzî binivîse. Gotinên malbatê wek ku wan nivîsandine dimînin.
translation-save = Wergerê tomar bike
translation-saved = Werger hat tomarkirin.
translation-none = Hîn nehatiye wergerandin
staff-audit-translate-views = Wergera îngilîzî lê zêde kir
