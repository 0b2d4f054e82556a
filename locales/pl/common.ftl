# Wspólne słowa: przyciski, błędy, daty.
# Native-speaker review: no (drafted without a native speaker; please have it checked)
continue = Dalej
back = Wstecz
finish = Zakończ
change = Zmień
loading = Ładowanie…
start-again = Zacznij od nowa
change-language = Zmień język
exit-this-page = Wyjdź z tej strony
exit-hint = Albo naciśnij Shift 3 razy.
error-prefix = Błąd:
error-summary-title = Jest problem
error-invalid-code = Nie znaleźliśmy tego kodu. Sprawdź go i spróbuj jeszcze raz.
error-rate-limited = Za dużo prób. Poczekaj 1 minutę i spróbuj jeszcze raz.
error-too-many-sends = W ciągu ostatniej godziny wysłano Twoje odpowiedzi wiele razy. Ostatnie odpowiedzi są bezpieczne. Odczekaj chwilę i spróbuj ponownie.
error-busy = Teraz wiele osób korzysta z Tiptoes. Odczekaj kilka sekund i spróbuj ponownie.
error-session-ended = Ten ekran został wyczyszczony. Wpisz swój kod, aby zacząć od nowa.
error-meeting-started = Twoje spotkanie już się zaczęło, więc nie możesz teraz zmienić odpowiedzi.
error-already-sent = Twoja opinia o spotkaniu już do nas dotarła. Dziękujemy.
error-text-too-long = Twoja odpowiedź jest za długa. Skróć ją i spróbuj jeszcze raz.
error-invalid = Coś w tej odpowiedzi się nie zgadza. Spróbuj jeszcze raz.
error-network = Nie możemy połączyć się z internetem. Sprawdź połączenie i spróbuj jeszcze raz.
error-internal = Coś poszło nie tak po naszej stronie. Spróbuj jeszcze raz.
not-found-title = Nie znaleziono strony
not-found-text = Nie możemy znaleźć tej strony.
idle-title = Czy nadal tu jesteś?
idle-text = { $seconds ->
    [one] Aby twoje odpowiedzi były prywatne, ten ekran wyczyści się za { $seconds } sekundę.
    [few] Aby twoje odpowiedzi były prywatne, ten ekran wyczyści się za { $seconds } sekundy.
    [many] Aby twoje odpowiedzi były prywatne, ten ekran wyczyści się za { $seconds } sekund.
   *[other] Aby twoje odpowiedzi były prywatne, ten ekran wyczyści się za { $seconds } sekundy.
}
idle-still-here = Nadal tu jestem
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
meeting-date-time = { $weekday }, { $day } { $month } { $year } o { $time }
