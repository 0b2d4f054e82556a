# Przestrzeń robocza przewodniczącego.

staff-nav-label = Personel
staff-nav-meetings = Spotkania
staff-nav-new-meeting = Nowe spotkanie
staff-sign-in-title = Zaloguj się
staff-sign-in = Zaloguj się
staff-sign-out = Wyloguj się
staff-signed-out = Wylogowano.
staff-email = Adres e-mail
staff-password = Hasło

staff-error-unauthenticated = Zaloguj się ponownie.
staff-error-invalid-credentials = Adres e-mail lub hasło jest nieprawidłowe.
staff-error-locked = Zbyt wiele błędnych haseł dla tego adresu e-mail. Odczekaj { $minutes } min i spróbuj ponownie.
staff-error-too-many-sign-ins = Zbyt wiele prób logowania z tego urządzenia. Odczekaj 1 minutę i spróbuj ponownie.
staff-error-busy = Serwer jest teraz zajęty. Odczekaj kilka sekund i spróbuj ponownie.
staff-error-not-found = Nie znaleźliśmy tego spotkania.
staff-error-invalid = Coś w formularzu jest nie tak. Sprawdź i spróbuj ponownie.
staff-error-invalid-date = Wpisz datę spotkania.
staff-error-invalid-time = Wpisz godzinę spotkania, np. 10:30.
staff-error-in-the-past = Spotkanie musi być w przyszłości.
staff-error-unsupported-language = Wybierz język z listy.
staff-error-text-too-long = Ten tekst jest za długi.
staff-error-choose-held = Zaznacz, czy spotkanie się odbyło.
staff-error-unknown-participant = Ta osoba nie należy do tego spotkania.
staff-error-child-only = Tylko dziecko może być oznaczone jako niemogące wziąć udziału.
staff-error-meeting-closed = To spotkanie odbyło się lub zostało odwołane, więc nie można go zmienić.
staff-error-meeting-not-started = Wynik można zapisać, gdy spotkanie się rozpocznie.
staff-error-network = Strona nie mogła połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.
staff-error-internal = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za minutę.

staff-meetings-title = Spotkania
staff-no-meetings = Nie ma jeszcze spotkań.
staff-no-meetings-on-page = Na tej stronie nie ma spotkań.
staff-pages-label = Strony listy spotkań
staff-pages-where = Strona { $page } z { $pages } ({ $total ->
    [one] 1 spotkanie
    [few] { $total } spotkania
    [many] { $total } spotkań
   *[other] { $total } spotkania
})
staff-page-n = Strona { $n }
staff-page-previous = Poprzednia strona
staff-page-next = Następna strona
staff-filter-chair = Pokaż spotkania prowadzone przez
staff-filter-everyone = Wszystkich
staff-filter-apply = Pokaż
staff-chaired-by = Przewodniczący: { $name }
staff-people-count = { $n ->
    [one] 1 zaproszona osoba
    [few] { $n } zaproszone osoby
    [many] { $n } zaproszonych osób
   *[other] { $n } zaproszonej osoby
}
staff-badge-views = Otrzymane opinie ({ $n })
staff-flag-talk-soon = Dziecko chce wkrótce z kimś porozmawiać
staff-flag-talk-soon-long = To dziecko prosiło o rozmowę z kimś wkrótce. Upewnij się, że ktoś z nim porozmawia.
staff-status-scheduled = Nadchodzące
staff-status-held = Odbyło się
staff-status-cancelled = Odwołane

staff-kind-cse-strategy = Spotkanie strategiczne w sprawie wykorzystywania seksualnego dziecka
staff-kind-icpc = Wstępna konferencja w sprawie ochrony dziecka
staff-kind-rcpc = Przeglądowa konferencja w sprawie ochrony dziecka
staff-kind-cin-review = Przegląd sytuacji dziecka potrzebującego wsparcia
staff-kind-lac-review = Przegląd sytuacji dziecka pod opieką
staff-kind-other = Inne spotkanie

staff-new-meeting-title = Nowe spotkanie
staff-meeting-kind = Rodzaj spotkania
staff-date = Data
staff-time = Godzina
staff-time-hint = Czas brytyjski, np. 10:30
staff-case-ref = Numer sprawy (opcjonalnie)
staff-case-ref-short = Numer sprawy
staff-case-ref-hint = Twój własny numer. Dzieci i rodziny go nie widzą.
staff-people = Kto jest zaproszony
staff-people-hint = Każda osoba dostaje własny kod zaproszenia. Zostaw pustą rolę w wierszu, którego nie potrzebujesz.
staff-person-n = Osoba { $n }
staff-role = Rola
staff-role-none = Nieużywany
staff-role-child = Dziecko
staff-role-parent = Rodzic
staff-role-carer = Opiekun
staff-first-name = Imię
staff-language = Język
staff-language-unreviewed = { $language } (jeszcze nie sprawdzone przez rodzimego użytkownika)
staff-age-band = Wiek (tylko dzieci)
staff-gender = Płeć (tylko dzieci)
staff-gender-female = Kobieta
staff-gender-male = Mężczyzna
staff-gender-other = Inna
staff-not-recorded = Nie zapisano
staff-create-meeting = Utwórz spotkanie
staff-meeting-created = Spotkanie zostało utworzone. Teraz wydrukuj zaproszenia.

staff-meeting-title = Spotkanie
staff-back-to-meetings = Wróć do spotkań
staff-back-to-meeting = Wróć do spotkania
staff-when = Kiedy
staff-chair = Przewodniczący
staff-status = Stan
staff-print-invites = Wydrukuj wszystkie zaproszenia
staff-print-invites-hint = Drukowanie tworzy nowy kod dla każdej osoby. Zaproszenie wydrukowane wcześniej przestaje działać.
staff-print-for-meeting = Wydrukuj na spotkanie
staff-record-outcome = Zapisz, kto wziął udział
staff-cancel-meeting = Odwołaj to spotkanie
staff-cancel-confirm = Odwołania nie można cofnąć. Kody zaproszeń przestaną przyjmować opinie. Spotkanie i opinie pozostaną w dokumentacji.
staff-cancel-meeting-yes = Tak, odwołaj spotkanie
staff-cancel-keep = Nie, zostaw je
staff-views-heading = Co powiedzieli uczestnicy

staff-fact-language = Język: { $language }
staff-fact-age = Wiek { $band }
staff-invite-printed = Zaproszenie wydrukowano: { $when }
staff-invite-not-printed = Zaproszenie jeszcze niewydrukowane
staff-no-views = Nie wysłano jeszcze opinii.
staff-views-sent = { $n ->
    [one] Wysłano: { $when }
    [few] Wysłano: { $when } (wysłano { $n } razy; to najnowsza wersja)
    [many] Wysłano: { $when } (wysłano { $n } razy; to najnowsza wersja)
   *[other] Wysłano: { $when } (wysłano { $n } razy; to najnowsza wersja)
}
staff-visibility-everyone = Wszyscy na spotkaniu mogą to usłyszeć
staff-visibility-chair-only = Tylko ty, przewodniczący
staff-visibility-talk-first = Chce najpierw porozmawiać o tym z tobą
staff-supporter = Kogo chce mieć przy sobie
staff-anything-else = Coś jeszcze
staff-taking-part = Jak chce wziąć udział
staff-safety = Jak bezpiecznie się czuje
staff-safety-value = { $n } na 10 (0 to wcale nie bezpiecznie, 10 to bardzo bezpiecznie)
staff-helped-by = Kto pomógł

staff-print-for-meeting-note = Na spotkanie: tylko odpowiedzi, które według dziecka mogą usłyszeć wszyscy. Odpowiedzi tylko dla przewodniczącego lub do wcześniejszej rozmowy są pominięte.
staff-print-how = Użyj funkcji Drukuj w przeglądarce (Ctrl+P).
staff-invites-title = Zaproszenia
staff-invites-new-codes = Te zaproszenia mają nowe kody. Zaproszenia wydrukowane wcześniej dla tego spotkania już nie działają.
staff-invites-none = Na to spotkanie nie ma jeszcze kogo zaprosić.

staff-was-held = Czy spotkanie się odbyło?
staff-held-yes = Tak, odbyło się
staff-held-no = Nie, zostało odwołane
staff-outcome-heading = Udział
staff-outcome-attended = Przyszedł na spotkanie
staff-outcome-not-attended = Nie przyszedł
staff-outcome-not-able = Nie może wziąć udziału (np. niemowlę)
staff-not-able-reason = Dlaczego (opcjonalnie)
staff-shared-before = Opinie przekazane przed spotkaniem przez
staff-shared-kiosk-auto = Opinie wysłane przez Tiptoes są już policzone.
staff-shared-kiosk = Przez Tiptoes
staff-shared-written = Na piśmie
staff-shared-someone = Ktoś przekazał je w jego imieniu
staff-shared-phone = Rozmowę telefoniczną z przewodniczącym
staff-shared-none = Nie przekazano
staff-interpreter-needed = Potrzebny był tłumacz
staff-interpreter-present = Tłumacz był obecny
staff-save-outcome = Zapisz
staff-outcome-saved = Zapisano. Dziękujemy.

staff-nav-audit = Dziennik zdarzeń
staff-audit-title = Dziennik zdarzeń
staff-audit-intro = Kto przeczytał słowa rodziny, zmienił spotkanie, konto lub ogłoszenie albo się zalogował, a także co system Tiptoes usunął sam. Od najnowszych.
staff-audit-by = Kto
staff-audit-meeting = Spotkanie
staff-audit-who = Kto
staff-audit-what = Co
staff-audit-empty = Nic jeszcze nie zapisano.
staff-audit-read-views = Otworzył(a) opinie
staff-audit-print-views = Wydrukował(a) to, co mogą usłyszeć wszyscy
staff-audit-print-invites = Wydrukował(a) zaproszenia (nowe kody)
staff-audit-record-outcome = Zapisał(a), kto wziął udział

staff-nav-users = Użytkownicy
staff-nav-password = Hasło
staff-password-title = Zmień hasło
staff-password-intro = Jeśli zalogowano się hasłem jednorazowym, ustaw własne, zanim przejdziesz dalej.
staff-password-current = Obecne hasło
staff-password-new = Nowe hasło
staff-password-hint = Co najmniej { $n } znaków. Dobrze sprawdza się kilka słów, które zapamiętasz.
staff-password-confirm = Powtórz nowe hasło
staff-password-save = Zmień hasło
staff-password-changed = Hasło zostało zmienione.
staff-error-wrong-password = Obecne hasło jest nieprawidłowe.
staff-error-password-too-short = Hasło musi mieć co najmniej 12 znaków.
staff-error-password-unchanged = Nowe hasło musi różnić się od obecnego.
staff-error-passwords-differ = Dwa nowe hasła nie są takie same.
staff-error-password-change-required = Najpierw zmień hasło jednorazowe.
staff-error-email-taken = Ktoś ma już konto z tym adresem e-mail.
staff-error-invalid-email = Wpisz prawdziwy adres e-mail.
staff-error-invalid-name = Wpisz imię i nazwisko (do 100 znaków).
staff-error-own-account = Nie możesz wyłączyć własnego konta.
staff-users-title = Użytkownicy
staff-users-name = Imię i nazwisko
staff-users-actions = Działania
staff-users-role-chair = Przewodniczący
staff-users-role-manager = Kierownik
staff-users-active = Aktywne
staff-users-disabled = Wyłączone
staff-users-one-time = Musi zmienić hasło jednorazowe
staff-users-enable = Włącz
staff-users-disable = Wyłącz
staff-users-reset-label = Nowe hasło jednorazowe
staff-users-reset = Zresetuj hasło
staff-users-add = Dodaj użytkownika
staff-users-one-time-label = Hasło jednorazowe
staff-users-one-time-hint = Przekaż je nowemu użytkownikowi osobiście, nie e-mailem. Musi je zmienić przy pierwszym logowaniu. Nie zobaczysz go już nigdzie ponownie.
staff-users-done-added = Użytkownik został dodany. Przekaż mu hasło jednorazowe.
staff-users-done-saved = Zapisano.
staff-users-done-reset = Hasło zostało zresetowane. Przekaż nowe hasło jednorazowe; użytkownik został wszędzie wylogowany.

staff-edit-meeting = Zmień szczegóły lub uczestników
staff-edit-meeting-title = Zmień spotkanie
staff-save-changes = Zapisz zmiany
staff-meeting-saved = Zmiany zostały zapisane. Nowym osobom trzeba wydrukować zaproszenia.
staff-role-remove = Usuń tę osobę
staff-person-has-views = Ta osoba wysłała opinie, więc pozostaje na spotkaniu.
staff-error-has-views = Osoby, która wysłała opinie, nie można usunąć ani zmienić jej roli.
staff-error-duplicate = Ta sama osoba jest w formularzu dwa razy.
staff-error-too-many = To za dużo osób na jedno spotkanie.

## Figures and feedback
staff-nav-figures = Statystyki
staff-nav-feedback = Opinie
staff-figures-title = Statystyki udziału
staff-figures-heading = Statystyki udziału { $year }
staff-figures-intro = Spotkania odbyte w każdym kwartale roku finansowego (od kwietnia do marca), według daty w czasie brytyjskim. Spotkania odwołane i te, które jeszcze się nie odbyły, są pominięte. Dzieci, które przewodniczący oznaczył jako niezdolne do udziału, są liczone osobno i pominięte w procentach. Obok każdej liczby jest ten sam okres rok wcześniej.
staff-figures-year = Rok finansowy
staff-figures-table-caption = Udział według kwartałów, { $year }
staff-figures-measure = Miara
staff-quarter = Kw. { $quarter }
staff-quarter-months-1 = kwiecień–czerwiec
staff-quarter-months-2 = lipiec–wrzesień
staff-quarter-months-3 = październik–grudzień
staff-quarter-months-4 = styczeń–marzec
staff-figures-year-total = Cały rok
staff-figures-children-combined = Dzieci, które przyszły lub wcześniej przekazały swoje zdanie
staff-figures-children-attended = Dzieci, które przyszły
staff-figures-parents-attended = Rodzice i opiekunowie, którzy przyszli
staff-figures-parents-views = Rodzice i opiekunowie, którzy wcześniej przekazali swoje zdanie
staff-figures-meetings-held = Odbyte spotkania
staff-figures-not-able = Dzieci niezdolne do udziału
staff-figures-of = { $n } z { $total }
staff-figures-last-year = Rok wcześniej: { $label }
staff-figures-none = brak danych
staff-figures-csv = Pobierz te dane (CSV)
staff-figures-chart-title = Udział według kwartałów, { $year }, w procentach
staff-figures-chart-desc = Słupek dla każdej miary w każdym kwartale, z opisem procentowym. Tabela powyżej podaje te same dane z liczbami.
staff-figures-breakdowns = Podział za cały rok
staff-figures-breakdowns-intro = Gdy grupa liczy mniej niż 5 osób, liczba nie jest pokazana, aby nie dało się rozpoznać żadnej rodziny. Przewodniczący widzą tylko swój wiersz przewodniczących.
staff-figures-by-kind = Według rodzaju spotkania
staff-figures-by-chair = Według przewodniczącego
staff-figures-by-gender = Według płci dziecka
staff-figures-by-age = Według wieku dziecka
staff-figures-children-able = Dzieci zdolne do udziału
staff-figures-parents-invited = Zaproszeni rodzice i opiekunowie
staff-figures-no-meetings = W tym roku nie odbyły się żadne spotkania.
staff-age = Wiek { $band }
staff-feedback-title = Opinie o spotkaniach
staff-feedback-heading = Opinie o spotkaniach { $year }
staff-feedback-intro = Co dzieci, rodzice i opiekunowie powiedzieli po spotkaniach, według kwartałów. Nikt nie jest wymieniony z imienia.
staff-feedback-children = Dzieci i młodzież
staff-feedback-parents = Rodzice i opiekunowie
staff-feedback-responses = Opinie w tym roku: { $count }.
staff-feedback-face = Buźka
staff-feedback-chart = Cały rok jako słupek
staff-feedback-questions = Odpowiedzi na pytania, cały rok
staff-feedback-question = Pytanie
staff-feedback-ideas = Pomysły na lepsze spotkania
staff-feedback-ideas-intro = Najnowsze najpierw. Widać tylko rodzaj spotkania, nigdy osobę.
staff-feedback-no-ideas = W tym roku nie ma jeszcze pomysłów.
staff-feedback-from-child = od dziecka lub młodej osoby
staff-feedback-from-parent-carer = od rodzica lub opiekuna

## You said, we did
staff-nav-notices = Powiedzieliście, zrobiliśmy
staff-feedback-themes = Tematy (oddziel przecinkami)
staff-feedback-save-themes = Zapisz tematy
staff-notices-title = Powiedzieliście, zrobiliśmy
staff-notices-intro = Odpowiedz na pomysły rodzin ogłoszeniem. Opublikowane ogłoszenia są na publicznej stronie i można je wydrukować jako plakat. Nigdy nie podawaj niczyich danych.
staff-notices-public-link = Zobacz stronę publiczną
staff-notices-added = Ogłoszenie zostało zapisane.
staff-notices-published = Opublikowano
staff-notices-draft = Szkic: nie ma go na stronie publicznej
staff-notices-publish = Opublikuj
staff-notices-unpublish = Zdejmij ze strony publicznej
staff-notices-new = Nowe ogłoszenie
staff-notices-answers = Pomysły, na które odpowiada (w tym roku)
staff-notices-publish-now = Opublikuj teraz
staff-notices-save = Zapisz ogłoszenie
notice-title = Powiedzieliście, zrobiliśmy
notice-intro = Dzieci, młodzież, rodzice i opiekunowie mówią nam, jak poszły spotkania i jak je ulepszyć. Oto co zmieniliśmy.
notice-you-said = Powiedzieliście:
notice-we-did = Zrobiliśmy:
notice-none = Nie ma jeszcze ogłoszeń.
notice-poster-link = Wydrukuj jako plakat
notice-poster-foot = Powiedz nam, jak poszło twoje spotkanie: po spotkaniu wpisz ponownie swój kod z zaproszenia.
staff-error-required = Wypełnij to pole.
staff-error-unknown-idea = Jeden z pomysłów już nie istnieje. Odśwież stronę i spróbuj ponownie.
staff-error-too-many-themes = Pomysł może mieć najwyżej 5 tematów.
staff-error-theme-too-long = Temat może mieć najwyżej 40 znaków.
staff-notices-ideas-count = Odpowiada na pomysły: { $count }
