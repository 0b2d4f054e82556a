# The chair's workspace. Staff read these: plain, short, no jargon beyond the service's own.
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)

staff-nav-label = Personal
staff-nav-meetings = Întâlniri
staff-nav-new-meeting = Întâlnire nouă
staff-sign-in-title = Conectare
staff-sign-in = Conectați-vă
staff-sign-out = Deconectare
staff-signed-out = V-ați deconectat.
staff-email = Adresă de e-mail
staff-password = Parolă

staff-error-unauthenticated = Conectați-vă din nou.
staff-error-invalid-credentials = Adresa de e-mail sau parola nu este corectă.
staff-error-locked = Prea multe parole greșite pentru această adresă de e-mail. Așteptați { $minutes } min., apoi încercați din nou.
staff-error-too-many-sign-ins = Prea multe încercări de conectare de pe acest dispozitiv. Așteptați 1 minut, apoi încercați din nou.
staff-error-busy = Serverul este ocupat acum. Așteptați câteva secunde, apoi încercați din nou.
staff-error-not-found = Nu am găsit această întâlnire.
staff-error-invalid = Ceva din formular nu este corect. Verificați și încercați din nou.
staff-error-invalid-date = Introduceți data întâlnirii.
staff-error-invalid-time = Introduceți ora întâlnirii, de exemplu 10:30.
staff-error-in-the-past = Întâlnirea trebuie să fie în viitor.
staff-error-unsupported-language = Alegeți o limbă din listă.
staff-error-text-too-long = Textul este prea lung.
staff-error-choose-held = Spuneți dacă întâlnirea a avut loc.
staff-error-unknown-participant = Această persoană nu face parte din întâlnire.
staff-error-child-only = Doar un copil poate fi înregistrat ca neputând să participe.
staff-error-meeting-closed = Această întâlnire a avut loc sau a fost anulată, așa că nu mai poate fi modificată.
staff-error-meeting-not-started = Puteți înregistra rezultatul după ce începe întâlnirea.
staff-error-network = Pagina nu s-a putut conecta la server. Verificați conexiunea și încercați din nou.
staff-error-internal = Ceva nu a mers bine la noi. Încercați din nou peste un minut.

staff-meetings-title = Întâlniri
staff-no-meetings = Nu există încă nicio întâlnire.
staff-no-meetings-on-page = Nu există întâlniri pe această pagină.
staff-pages-label = Paginile cu întâlniri
staff-pages-where = Pagina { $page } din { $pages } ({ $total ->
    [one] 1 întâlnire
    [few] { $total } întâlniri
   *[other] { $total } de întâlniri
})
staff-page-n = Pagina { $n }
staff-page-previous = Pagina anterioară
staff-page-next = Pagina următoare
staff-filter-chair = Arată întâlnirile conduse de
staff-filter-everyone = Toți
staff-filter-apply = Arată
staff-chaired-by = Președinte: { $name }
staff-people-count = { $n ->
    [one] 1 persoană invitată
    [few] { $n } persoane invitate
   *[other] { $n } de persoane invitate
}
staff-badge-views = Păreri primite ({ $n })
staff-flag-talk-soon = Un copil vrea să vorbească curând cu cineva
staff-flag-talk-soon-long = Acest copil a cerut să vorbească curând cu cineva. Asigurați-vă că cineva o face.
staff-status-scheduled = Urmează
staff-status-held = A avut loc
staff-status-cancelled = Anulată

staff-kind-cse-strategy = Întâlnire de strategie privind exploatarea sexuală a copiilor
staff-kind-icpc = Conferință inițială de protecție a copilului
staff-kind-rcpc = Conferință de revizuire a protecției copilului
staff-kind-cin-review = Revizuire pentru copil aflat în nevoie (child in need)
staff-kind-lac-review = Revizuire pentru copil aflat în grija autorităților (looked-after child)
staff-kind-other = Altă întâlnire

staff-new-meeting-title = Întâlnire nouă
staff-meeting-kind = Tipul întâlnirii
staff-date = Data
staff-time = Ora
staff-time-hint = Ora Regatului Unit, de exemplu 10:30
staff-case-ref = Referința cazului (opțional)
staff-case-ref-short = Referința cazului
staff-case-ref-hint = Referința dumneavoastră internă. Copiii și familiile nu o văd niciodată.
staff-people = Cine este invitat
staff-people-hint = Fiecare persoană primește propriul cod de invitație. Lăsați rolul gol pe rândurile de care nu aveți nevoie.
staff-person-n = Persoana { $n }
staff-role = Rol
staff-role-none = Nefolosit
staff-role-child = Copil
staff-role-parent = Părinte
staff-role-carer = Îngrijitor
staff-first-name = Prenume
staff-language = Limba
staff-language-unreviewed = { $language } (neverificată încă de un vorbitor nativ)
staff-age-band = Vârsta (doar pentru copii)
staff-gender = Genul (doar pentru copii)
staff-gender-female = Feminin
staff-gender-male = Masculin
staff-gender-other = Altul
staff-not-recorded = Neînregistrat
staff-create-meeting = Creați întâlnirea
staff-meeting-created = Întâlnirea a fost creată. Acum tipăriți invitațiile.

staff-meeting-title = Întâlnire
staff-back-to-meetings = Înapoi la întâlniri
staff-back-to-meeting = Înapoi la întâlnire
staff-when = Când
staff-chair = Președinte
staff-status = Stare
staff-print-invites = Tipăriți toate invitațiile
staff-print-invites-hint = La tipărire se creează un cod nou pentru fiecare persoană. O invitație tipărită înainte nu mai funcționează.
staff-print-for-meeting = Tipăriți pentru întâlnire
staff-record-outcome = Înregistrați cine a participat
staff-cancel-meeting = Anulați această întâlnire
staff-cancel-confirm = Anularea nu poate fi revocată. Codurile de invitație nu vor mai primi păreri. Întâlnirea și părerile primite rămân înregistrate.
staff-cancel-meeting-yes = Da, anulați întâlnirea
staff-cancel-keep = Nu, păstrați-o
staff-views-heading = Ce au spus participanții

staff-fact-language = Limba: { $language }
staff-fact-age = Vârsta: { $band }
staff-invite-printed = Invitație tipărită: { $when }
staff-invite-not-printed = Invitația nu a fost încă tipărită
staff-no-views = Nu s-au trimis încă păreri.
staff-views-sent = { $n ->
    [one] Trimis: { $when }
    [few] Trimis: { $when } (trimis de { $n } ori; aceasta este varianta cea mai recentă)
   *[other] Trimis: { $when } (trimis de { $n } de ori; aceasta este varianta cea mai recentă)
}
staff-visibility-everyone = Toți cei de la întâlnire pot auzi asta
staff-visibility-chair-only = Doar dumneavoastră, președintele
staff-visibility-talk-first = Vrea să vorbească mai întâi cu dumneavoastră despre asta
staff-supporter = Pe cine vrea alături
staff-anything-else = Altceva
staff-taking-part = Cum vrea să participe
staff-safety = Cât de în siguranță se simte
staff-safety-value = { $n } din 10 (0 înseamnă deloc în siguranță, 10 înseamnă complet în siguranță)
staff-helped-by = Cine a ajutat la completare

staff-print-for-meeting-note = Pentru întâlnire: doar răspunsurile despre care copilul a spus că le pot auzi toți. Răspunsurile păstrate pentru președinte sau cele despre care vrea să vorbească mai întâi nu sunt incluse.
staff-print-how = Folosiți comanda de tipărire a browserului (Ctrl+P).
staff-invites-title = Invitații
staff-invites-new-codes = Aceste invitații au coduri noi. Orice invitație tipărită înainte pentru această întâlnire nu mai funcționează.
staff-invites-none = Această întâlnire nu are încă pe nimeni de invitat.

staff-was-held = A avut loc întâlnirea?
staff-held-yes = Da, a avut loc
staff-held-no = Nu, a fost anulată
staff-outcome-heading = Participare
staff-outcome-attended = A venit la întâlnire
staff-outcome-not-attended = Nu a venit
staff-outcome-not-able = Nu a putut participa (de exemplu, un bebeluș)
staff-not-able-reason = Motivul (opțional)
staff-shared-before = Cum și-a spus părerea înainte de întâlnire
staff-shared-kiosk-auto = Părerile trimise prin Tiptoes sunt deja numărate.
staff-shared-kiosk = Prin Tiptoes
staff-shared-written = În scris
staff-shared-someone = Prin cineva care a vorbit în locul său
staff-shared-phone = La telefon, cu președintele
staff-shared-none = Nu și-a spus părerea
staff-interpreter-needed = A avut nevoie de interpret
staff-interpreter-present = A fost prezent un interpret
staff-save-outcome = Salvați
staff-outcome-saved = Salvat. Mulțumim.

staff-nav-audit = Jurnal de audit
staff-audit-title = Jurnal de audit
staff-audit-intro = Cine a citit cuvintele unei familii, a modificat o întâlnire, un cont sau un anunț ori s-a conectat, și ce a șters Tiptoes singur. Cele mai recente sunt primele.
staff-audit-by = Făcut de
staff-audit-meeting = Întâlnire
staff-audit-who = Cine
staff-audit-what = Ce
staff-audit-empty = Nu s-a înregistrat încă nimic.
staff-audit-read-views = A deschis părerile
staff-audit-print-views = A tipărit ce pot auzi toți
staff-audit-print-invites = A tipărit invitațiile (coduri noi)
staff-audit-record-outcome = A înregistrat cine a participat

staff-nav-users = Utilizatori
staff-nav-password = Parolă
staff-password-title = Schimbați parola
staff-password-intro = Dacă v-ați conectat cu o parolă de unică folosință, alegeți-vă propria parolă înainte de a continua.
staff-password-current = Parola actuală
staff-password-new = Parola nouă
staff-password-hint = Numărul minim de caractere: { $n }. Câteva cuvinte pe care le țineți minte sunt o alegere bună.
staff-password-confirm = Parola nouă, din nou
staff-password-save = Schimbați parola
staff-password-changed = Parola a fost schimbată.
staff-error-wrong-password = Parola actuală nu este corectă.
staff-error-password-too-short = Parola trebuie să aibă cel puțin 12 caractere.
staff-error-password-unchanged = Parola nouă trebuie să fie diferită de cea actuală.
staff-error-passwords-differ = Cele două parole noi nu sunt la fel.
staff-error-password-change-required = Mai întâi schimbați parola de unică folosință.
staff-error-email-taken = Există deja un cont cu această adresă de e-mail.
staff-error-invalid-email = Introduceți o adresă de e-mail validă.
staff-error-invalid-name = Introduceți un nume (până la 100 de caractere).
staff-error-own-account = Nu vă puteți dezactiva propriul cont.
staff-users-title = Utilizatori
staff-users-name = Nume
staff-users-actions = Acțiuni
staff-users-role-chair = Președinte
staff-users-role-manager = Manager
staff-users-active = Activ
staff-users-disabled = Dezactivat
staff-users-one-time = Trebuie să-și schimbe parola de unică folosință
staff-users-enable = Activați
staff-users-disable = Dezactivați
staff-users-reset-label = Parolă nouă de unică folosință
staff-users-reset = Resetați parola
staff-users-add = Adăugați un utilizator
staff-users-one-time-label = Parolă de unică folosință
staff-users-one-time-hint = Dați-o personal noului utilizator, nu prin e-mail. Utilizatorul trebuie să o schimbe la prima conectare. Parola nu este păstrată nicăieri unde ați mai putea-o vedea.
staff-users-done-added = Utilizatorul a fost adăugat. Dați-i parola de unică folosință.
staff-users-done-saved = Salvat.
staff-users-done-reset = Parola a fost resetată. Dați-i noua parolă de unică folosință; toate sesiunile sale au fost închise.

staff-edit-meeting = Schimbați detaliile sau persoanele
staff-edit-meeting-title = Modificați întâlnirea
staff-save-changes = Salvați modificările
staff-meeting-saved = Modificările au fost salvate. Pentru persoanele noi trebuie tipărită invitația.
staff-role-remove = Eliminați această persoană
staff-person-has-views = Această persoană a trimis păreri, așa că rămâne la întâlnire.
staff-error-has-views = O persoană care a trimis păreri nu poate fi eliminată și nu i se poate schimba rolul.
staff-error-duplicate = Aceeași persoană apare de două ori în formular.
staff-error-too-many = Sunt prea multe persoane pentru o singură întâlnire.

## Figures and feedback
staff-nav-figures = Statistici
staff-nav-feedback = Feedback
staff-figures-title = Statistici privind participarea
staff-figures-heading = Statistici privind participarea { $year }
staff-figures-intro = Întâlnirile care au avut loc în fiecare trimestru al anului financiar (aprilie – martie), după data lor în ora Regatului Unit. Întâlnirile anulate și cele care nu au avut loc încă nu sunt incluse. Copiii pe care președintele i-a marcat ca neputând să participe sunt numărați separat și nu intră în procente. Fiecare cifră este afișată alături de cea din aceeași perioadă a anului trecut.
staff-figures-year = Anul financiar
staff-figures-table-caption = Participarea pe trimestre, { $year }
staff-figures-measure = Indicator
staff-quarter = T{ $quarter }
staff-quarter-months-1 = aprilie – iunie
staff-quarter-months-2 = iulie – septembrie
staff-quarter-months-3 = octombrie – decembrie
staff-quarter-months-4 = ianuarie – martie
staff-figures-year-total = Tot anul
staff-figures-children-combined = Copii care au participat sau și-au spus părerea înainte
staff-figures-children-attended = Copii care au participat
staff-figures-parents-attended = Părinți și îngrijitori care au participat
staff-figures-parents-views = Părinți și îngrijitori care și-au spus părerea înainte
staff-figures-meetings-held = Întâlniri care au avut loc
staff-figures-not-able = Copii care nu au putut participa
staff-figures-of = { $n } din { $total }
staff-figures-last-year = Anul trecut: { $label }
staff-figures-none = nicio înregistrare
staff-figures-csv = Descărcați aceste cifre (CSV)
staff-figures-chart-title = Participarea pe trimestre, { $year }, în procente
staff-figures-chart-desc = O bară pentru fiecare indicator în fiecare trimestru, cu procentul ei. Tabelul de mai sus arată aceleași cifre, cu numerele exacte.
staff-figures-breakdowns = Detalii pe categorii pentru acest an
staff-figures-breakdowns-intro = Când un grup are mai puțin de 5 persoane, numărul nu este afișat, ca nicio familie să nu poată fi identificată. Președinții văd doar propriul rând din tabelul pe președinți.
staff-figures-by-kind = După tipul întâlnirii
staff-figures-by-chair = După președinte
staff-figures-by-gender = După genul copilului
staff-figures-by-age = După vârsta copilului
staff-figures-children-able = Copii care au putut participa
staff-figures-parents-invited = Părinți și îngrijitori invitați
staff-figures-no-meetings = Nicio întâlnire nu a avut loc în acest an.
staff-age = Vârsta { $band }
staff-feedback-title = Feedback de la întâlniri
staff-feedback-heading = Feedback de la întâlniri { $year }
staff-feedback-intro = Ce au spus copiii, părinții și îngrijitorii după întâlniri, pe trimestre. Nu apare niciun nume.
staff-feedback-children = Copii și tineri
staff-feedback-parents = Părinți și îngrijitori
staff-feedback-responses = Persoane care au trimis feedback anul acesta: { $count }.
staff-feedback-face = Fața
staff-feedback-chart = Tot anul, sub formă de bară
staff-feedback-questions = Răspunsurile la întrebări, tot anul
staff-feedback-question = Întrebare
staff-feedback-ideas = Idei pentru întâlniri mai bune
staff-feedback-ideas-intro = Cele mai recente sunt primele. Se afișează doar tipul întâlnirii, niciodată persoana.
staff-feedback-no-ideas = Nicio idee anul acesta.
staff-feedback-from-child = de la un copil sau tânăr
staff-feedback-from-parent-carer = de la un părinte sau îngrijitor

## You said, we did
staff-nav-notices = Voi ați spus, noi am făcut
staff-feedback-themes = Teme (separate prin virgulă)
staff-feedback-save-themes = Salvați temele
staff-notices-title = Voi ați spus, noi am făcut
staff-notices-intro = Răspundeți la ideile familiilor printr-un anunț. Anunțurile publicate apar pe o pagină publică și pot fi tipărite ca afiș. Nu numiți niciodată pe nimeni.
staff-notices-public-link = Vedeți pagina publică
staff-notices-added = Anunțul a fost salvat.
staff-notices-published = Publicat
staff-notices-draft = Ciornă: nu apare pe pagina publică
staff-notices-publish = Publicați
staff-notices-unpublish = Scoateți de pe pagina publică
staff-notices-new = Anunț nou
staff-notices-answers = Ideile la care răspunde (anul acesta)
staff-notices-publish-now = Publicați acum
staff-notices-save = Salvați anunțul
notice-title = Voi ați spus, noi am făcut
notice-intro = Copiii, tinerii, părinții și cei care au grijă de copii ne spun cum au fost întâlnirile lor. Ne spun și cum le putem face mai bune. Iată ce am schimbat.
notice-you-said = Voi ați spus:
notice-we-did = Noi am făcut:
notice-none = Încă nu avem nimic aici.
notice-poster-link = Tipărește asta ca afiș
notice-poster-foot = Spune-ne cum a fost întâlnirea ta. După întâlnire, scrie din nou codul de pe invitație.
staff-error-required = Completați acest câmp.
staff-error-unknown-idea = Una dintre idei nu mai există. Reîncărcați pagina și încercați din nou.
staff-error-too-many-themes = O idee poate avea cel mult 5 teme.
staff-error-theme-too-long = O temă poate avea cel mult 40 de caractere.
staff-notices-ideas-count = Idei la care răspunde: { $count }
