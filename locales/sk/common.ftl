# Shared words: buttons, errors, dates.
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
continue = Pokračovať
back = Späť
finish = Skončiť
change = Zmeniť
loading = Načítava sa…
start-again = Začať znova
change-language = Zmeniť jazyk
exit-this-page = Odísť z tejto stránky
exit-hint = Alebo 3-krát stlač kláves Shift.
error-prefix = Chyba:
error-summary-title = Vyskytol sa problém
error-invalid-code = Tento kód sme nenašli. Skontroluj ho a skús to znova.
error-rate-limited = Príliš veľa pokusov. Počkaj 1 minútu a potom to skús znova.
error-too-many-sends = Tvoje odpovede boli za poslednú hodinu odoslané veľakrát. Posledné odpovede máme bezpečne uložené. Chvíľu počkaj a potom to skús znova.
error-busy = Práve teraz používa Tiptoes veľa ľudí. Počkaj pár sekúnd a potom to skús znova.
error-session-ended = Táto obrazovka sa vymazala. Napíš svoj kód a začni znova.
error-meeting-started = Tvoje stretnutie už začalo, a preto odpovede teraz nemôžeš zmeniť.
error-already-sent = Tvoj názor na stretnutie sme už dostali. Ďakujeme.
error-text-too-long = Tvoja odpoveď je príliš dlhá. Skráť ju a skús to znova.
error-invalid = Niečo v tejto odpovedi nie je v poriadku. Skús to znova.
error-network = Nepodarilo sa pripojiť na internet. Skontroluj pripojenie a skús to znova.
error-internal = Niečo sa pokazilo na našej strane. Skús to znova.
not-found-title = Stránka sa nenašla
not-found-text = Túto stránku nevieme nájsť.
idle-title = Ešte si tu?
idle-text = { $seconds ->
    [one] Aby tvoje odpovede zostali súkromné, táto obrazovka sa vymaže o { $seconds } sekundu.
    [few] Aby tvoje odpovede zostali súkromné, táto obrazovka sa vymaže o { $seconds } sekundy.
    [many] Aby tvoje odpovede zostali súkromné, táto obrazovka sa vymaže o { $seconds } sekundy.
   *[other] Aby tvoje odpovede zostali súkromné, táto obrazovka sa vymaže o { $seconds } sekúnd.
}
idle-still-here = Áno, stále som tu
weekday-1 = pondelok
weekday-2 = utorok
weekday-3 = streda
weekday-4 = štvrtok
weekday-5 = piatok
weekday-6 = sobota
weekday-7 = nedeľa
month-1 = januára
month-2 = februára
month-3 = marca
month-4 = apríla
month-5 = mája
month-6 = júna
month-7 = júla
month-8 = augusta
month-9 = septembra
month-10 = októbra
month-11 = novembra
month-12 = decembra
meeting-date-time = { $weekday } { $day }. { $month } { $year } o { $time }
