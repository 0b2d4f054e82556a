# Shared words: buttons, errors, dates.
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
continue = Continuă
back = Înapoi
finish = Termină
change = Schimbă
loading = Se încarcă…
start-again = Începe din nou
change-language = Schimbă limba
exit-this-page = Ieși de pe această pagină
exit-hint = Sau apasă de 3 ori tasta Shift.
error-prefix = Eroare:
error-summary-title = A apărut o problemă
error-invalid-code = Nu am găsit acest cod. Verifică-l și încearcă din nou.
error-rate-limited = Prea multe încercări. Așteaptă 1 minut, apoi încearcă din nou.
error-too-many-sends = Ai trimis răspunsurile de multe ori în ultima oră. Ultimele tale răspunsuri sunt în siguranță la noi. Așteaptă puțin, apoi încearcă din nou.
error-busy = Acum sunt multe persoane care folosesc Tiptoes. Așteaptă câteva secunde, apoi încearcă din nou.
error-session-ended = Ecranul a fost șters. Scrie codul tău ca să începi din nou.
error-meeting-started = Întâlnirea ta a început, așa că acum nu mai poți schimba răspunsurile.
error-already-sent = Ne-ai spus deja cum a fost întâlnirea. Mulțumim.
error-text-too-long = Răspunsul tău este prea lung. Scrie-l mai scurt, apoi încearcă din nou.
error-invalid = Ceva din acest răspuns nu a fost în regulă. Încearcă din nou.
error-network = Nu ne-am putut conecta la internet. Verifică conexiunea și încearcă din nou.
error-internal = Ceva nu a mers bine la noi. Încearcă din nou.
not-found-title = Pagina nu a fost găsită
not-found-text = Nu găsim această pagină.
idle-title = Mai ești aici?
idle-text = { $seconds ->
    [one] Ca răspunsurile tale să rămână private, ecranul se va șterge peste { $seconds } secundă.
    [few] Ca răspunsurile tale să rămână private, ecranul se va șterge peste { $seconds } secunde.
   *[other] Ca răspunsurile tale să rămână private, ecranul se va șterge peste { $seconds } de secunde.
}
idle-still-here = Sunt încă aici
weekday-1 = luni
weekday-2 = marți
weekday-3 = miercuri
weekday-4 = joi
weekday-5 = vineri
weekday-6 = sâmbătă
weekday-7 = duminică
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
meeting-date-time = { $weekday }, { $day } { $month } { $year }, la ora { $time }
