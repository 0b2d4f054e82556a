# Shared words: buttons, errors, dates.
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
continue = Pokračovat
back = Zpět
finish = Dokončit
change = Změnit
loading = Načítání…
start-again = Začít znovu
change-language = Změnit jazyk
exit-this-page = Odejít z této stránky
exit-hint = Nebo 3krát stiskni Shift.
error-prefix = Chyba:
error-summary-title = Nastal problém
error-invalid-code = Tento kód jsme nenašli. Zkontroluj ho a zkus to znovu.
error-rate-limited = Příliš mnoho pokusů. Počkej 1 minutu a pak to zkus znovu.
error-too-many-sends = Za poslední hodinu přišly tvoje odpovědi už mnohokrát. Tvoje poslední odpovědi máme bezpečně uložené. Chvíli počkej a pak to zkus znovu.
error-busy = Tiptoes teď používá hodně lidí. Počkej pár sekund a pak to zkus znovu.
error-session-ended = Obrazovka se vymazala. Napiš svůj kód a začni znovu.
error-meeting-started = Tvoje schůzka už začala, takže teď už odpovědi změnit nemůžeš.
error-already-sent = Tvůj názor na schůzku už máme. Děkujeme.
error-text-too-long = Tvoje odpověď je moc dlouhá. Zkrať ji a zkus to znovu.
error-invalid = Něco v této odpovědi není v pořádku. Zkus to znovu.
error-network = Nepodařilo se připojit k internetu. Zkontroluj připojení a zkus to znovu.
error-internal = U nás se něco pokazilo. Zkus to znovu.
not-found-title = Stránka nenalezena
not-found-text = Tuto stránku nemůžeme najít.
idle-title = Jsi tu ještě?
idle-text = { $seconds ->
    [one] Aby tvoje odpovědi zůstaly soukromé, obrazovka se za { $seconds } sekundu vymaže.
    [few] Aby tvoje odpovědi zůstaly soukromé, obrazovka se za { $seconds } sekundy vymaže.
    [many] Aby tvoje odpovědi zůstaly soukromé, obrazovka se za { $seconds } sekundy vymaže.
   *[other] Aby tvoje odpovědi zůstaly soukromé, obrazovka se za { $seconds } sekund vymaže.
}
idle-still-here = Pořád jsem tady
weekday-1 = pondělí
weekday-2 = úterý
weekday-3 = středa
weekday-4 = čtvrtek
weekday-5 = pátek
weekday-6 = sobota
weekday-7 = neděle
month-1 = ledna
month-2 = února
month-3 = března
month-4 = dubna
month-5 = května
month-6 = června
month-7 = července
month-8 = srpna
month-9 = září
month-10 = října
month-11 = listopadu
month-12 = prosince
meeting-date-time = { $weekday } { $day }. { $month } { $year } v { $time }
