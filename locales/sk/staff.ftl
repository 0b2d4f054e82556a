# The chair's workspace. Staff read these: plain, short, no jargon beyond the service's own.
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)

staff-nav-label = Zamestnanci
staff-nav-meetings = Stretnutia
staff-nav-new-meeting = Nové stretnutie
staff-sign-in-title = Prihlásenie
staff-sign-in = Prihlásiť sa
staff-sign-out = Odhlásiť sa
staff-signed-out = Odhlásili ste sa.
staff-email = E-mailová adresa
staff-password = Heslo

staff-error-unauthenticated = Prihláste sa znova.
staff-error-invalid-credentials = E-mailová adresa alebo heslo nie sú správne.
staff-error-locked = Pre túto e-mailovú adresu bolo zadaných priveľa nesprávnych hesiel. Počkajte { $minutes } min. a potom to skúste znova.
staff-error-too-many-sign-ins = Z tohto zariadenia bolo priveľa pokusov o prihlásenie. Počkajte 1 minútu a potom to skúste znova.
staff-error-busy = Server je práve zaneprázdnený. Počkajte pár sekúnd a potom to skúste znova.
staff-error-not-found = Toto stretnutie sme nenašli.
staff-error-invalid = Niečo vo formulári nie je v poriadku. Skontrolujte ho a skúste to znova.
staff-error-invalid-date = Zadajte dátum stretnutia.
staff-error-invalid-time = Zadajte čas stretnutia, napríklad 10:30.
staff-error-in-the-past = Stretnutie musí byť v budúcnosti.
staff-error-unsupported-language = Vyberte jazyk zo zoznamu.
staff-error-text-too-long = Tento text je príliš dlhý.
staff-error-choose-held = Uveďte, či sa stretnutie konalo.
staff-error-unknown-participant = Táto osoba nie je účastníkom tohto stretnutia.
staff-error-child-only = Ako osobu, ktorá sa nemôže zúčastniť, možno zaznamenať iba dieťa.
staff-error-meeting-closed = Toto stretnutie sa už konalo alebo bolo zrušené, preto ho nemožno zmeniť.
staff-error-meeting-not-started = Výsledok môžete zaznamenať, keď sa stretnutie začne.
staff-error-network = Stránka sa nemohla spojiť so serverom. Skontrolujte pripojenie a skúste to znova.
staff-error-internal = Niečo sa pokazilo na našej strane. Skúste to znova o minútu.

staff-meetings-title = Stretnutia
staff-no-meetings = Zatiaľ tu nie sú žiadne stretnutia.
staff-no-meetings-on-page = Na tejto stránke nie sú žiadne stretnutia.
staff-pages-label = Stránky so stretnutiami
staff-pages-where = Stránka { $page } z { $pages } ({ $total ->
    [one] 1 stretnutie
    [few] { $total } stretnutia
    [many] { $total } stretnutia
   *[other] { $total } stretnutí
})
staff-page-n = Stránka { $n }
staff-page-previous = Predchádzajúca stránka
staff-page-next = Ďalšia stránka
staff-filter-chair = Zobraziť stretnutia, ktoré vedie
staff-filter-everyone = Všetci
staff-filter-apply = Zobraziť
staff-chaired-by = Predsedajúci: { $name }
staff-people-count = { $n ->
    [one] 1 pozvaná osoba
    [few] { $n } pozvané osoby
    [many] { $n } pozvanej osoby
   *[other] { $n } pozvaných osôb
}
staff-badge-views = Prijaté názory ({ $n })
staff-flag-talk-soon = Dieťa sa chce čoskoro s niekým porozprávať
staff-flag-talk-soon-long = Toto dieťa požiadalo, aby sa s ním čoskoro niekto porozprával. Postarajte sa, prosím, aby sa to stalo.
staff-status-scheduled = Naplánované
staff-status-held = Uskutočnené
staff-status-cancelled = Zrušené

staff-kind-cse-strategy = Strategické stretnutie k sexuálnemu vykorisťovaniu detí
staff-kind-icpc = Úvodná konferencia o ochrane dieťaťa
staff-kind-rcpc = Kontrolná konferencia o ochrane dieťaťa
staff-kind-cin-review = Kontrolné stretnutie k dieťaťu v núdzi
staff-kind-lac-review = Kontrolné stretnutie k dieťaťu v náhradnej starostlivosti
staff-kind-other = Iné stretnutie

staff-new-meeting-title = Nové stretnutie
staff-meeting-kind = Typ stretnutia
staff-date = Dátum
staff-time = Čas
staff-time-hint = Čas v Spojenom kráľovstve, napríklad 10:30
staff-case-ref = Číslo prípadu (nepovinné)
staff-case-ref-short = Číslo prípadu
staff-case-ref-hint = Vaše vlastné označenie. Deti a rodiny ho nikdy neuvidia.
staff-people = Kto je pozvaný
staff-people-hint = Každá osoba dostane vlastný kód pozvánky. Ak riadok nepotrebujete, nechajte rolu prázdnu.
staff-person-n = Osoba { $n }
staff-role = Rola
staff-role-none = Nepoužité
staff-role-child = Dieťa
staff-role-parent = Rodič
staff-role-carer = Opatrovateľ
staff-first-name = Krstné meno
staff-language = Jazyk
staff-language-unreviewed = { $language } (zatiaľ neskontroloval rodený hovorca)
staff-age-band = Vek (iba deti)
staff-gender = Pohlavie (iba deti)
staff-gender-female = Ženské
staff-gender-male = Mužské
staff-gender-other = Iné
staff-not-recorded = Nezaznamenané
staff-create-meeting = Vytvoriť stretnutie
staff-meeting-created = Stretnutie je pripravené. Teraz vytlačte pozvánky.

staff-meeting-title = Stretnutie
staff-back-to-meetings = Späť na stretnutia
staff-back-to-meeting = Späť na stretnutie
staff-when = Kedy
staff-chair = Predsedajúci
staff-status = Stav
staff-print-invites = Vytlačiť všetky pozvánky
staff-print-invites-hint = Pri tlači dostane každá osoba nový kód. Skôr vytlačená pozvánka prestane fungovať.
staff-print-for-meeting = Vytlačiť na stretnutie
staff-record-outcome = Zaznamenať, kto sa zúčastnil
staff-cancel-meeting = Zrušiť toto stretnutie
staff-cancel-confirm = Zrušenie sa nedá vrátiť späť. Kódy pozvánok prestanú prijímať názory. Stretnutie aj všetky názory zostanú uložené.
staff-cancel-meeting-yes = Áno, zrušiť stretnutie
staff-cancel-keep = Nie, ponechať
staff-views-heading = Čo ľudia povedali

staff-fact-language = Jazyk: { $language }
staff-fact-age = Vek { $band }
staff-invite-printed = Pozvánka vytlačená: { $when }
staff-invite-not-printed = Pozvánka zatiaľ nebola vytlačená
staff-no-views = Zatiaľ neboli odoslané žiadne názory.
staff-views-sent = { $n ->
    [one] Odoslané: { $when }
    [few] Odoslané: { $when } (odoslané { $n }-krát; toto je najnovšie)
    [many] Odoslané: { $when } (odoslané { $n }-krát; toto je najnovšie)
   *[other] Odoslané: { $when } (odoslané { $n }-krát; toto je najnovšie)
}
staff-visibility-everyone = Môžu to počuť všetci na stretnutí
staff-visibility-chair-only = Iba vy, predsedajúci
staff-visibility-talk-first = Chce sa s vami o tom najprv porozprávať
staff-supporter = Koho chce mať pri sebe
staff-anything-else = Ešte niečo
staff-taking-part = Ako sa chce zapojiť
staff-safety = Ako veľmi sa cíti v bezpečí
staff-safety-value = { $n } z 10 (0 = vôbec nie v bezpečí, 10 = úplne v bezpečí)
staff-helped-by = Kto pomáhal s vypĺňaním

staff-print-for-meeting-note = Na stretnutie: iba odpovede, o ktorých dieťa povedalo, že ich môžu počuť všetci. Odpovede iba pre predsedajúceho a tie, o ktorých sa chce najprv porozprávať, tu nie sú.
staff-print-how = Použite funkciu Tlačiť v prehliadači (Ctrl+P).
staff-invites-title = Pozvánky
staff-invites-new-codes = Tieto pozvánky majú nové kódy. Žiadna skôr vytlačená pozvánka na toto stretnutie už nefunguje.
staff-invites-none = Na toto stretnutie zatiaľ nie je koho pozvať.

staff-was-held = Konalo sa stretnutie?
staff-held-yes = Áno, konalo sa
staff-held-no = Nie, bolo zrušené
staff-outcome-heading = Účasť
staff-outcome-attended = Prišiel(a) na stretnutie
staff-outcome-not-attended = Neprišiel(a)
staff-outcome-not-able = Nemôže sa zúčastniť (napríklad bábätko)
staff-not-able-reason = Prečo nie (nepovinné)
staff-shared-before = Ako vyjadril(a) názory pred stretnutím
staff-shared-kiosk-auto = Názory odoslané cez Tiptoes sú už započítané.
staff-shared-kiosk = Cez Tiptoes
staff-shared-written = Písomne
staff-shared-someone = Prostredníctvom inej osoby
staff-shared-phone = Telefonicky s predsedajúcim
staff-shared-none = Nevyjadril(a)
staff-interpreter-needed = Potreboval(a) tlmočníka
staff-interpreter-present = Tlmočník bol prítomný
staff-save-outcome = Uložiť
staff-outcome-saved = Uložené. Ďakujeme.

staff-nav-audit = Protokol auditu
staff-audit-title = Protokol auditu
staff-audit-intro = Kto čítal slová rodiny, zmenil stretnutie, účet alebo oznam, alebo sa prihlásil, a čo Tiptoes vymazal sám. Najnovšie navrchu.
staff-audit-by = Vykonal(a)
staff-audit-meeting = Stretnutie
staff-audit-who = Kto
staff-audit-what = Čo
staff-audit-empty = Zatiaľ nebolo nič zaznamenané.
staff-audit-read-views = Otvorenie názorov
staff-audit-print-views = Tlač toho, čo môžu počuť všetci
staff-audit-print-invites = Tlač pozvánok (nové kódy)
staff-audit-record-outcome = Zaznamenanie účasti

staff-nav-users = Používatelia
staff-nav-password = Heslo
staff-password-title = Zmena hesla
staff-password-intro = Ak ste sa prihlásili jednorazovým heslom, pred pokračovaním si zvoľte vlastné.
staff-password-current = Súčasné heslo
staff-password-new = Nové heslo
staff-password-hint = Minimálny počet znakov: { $n }. Dobre funguje niekoľko slov, ktoré si zapamätáte.
staff-password-confirm = Nové heslo znova
staff-password-save = Zmeniť heslo
staff-password-changed = Heslo bolo zmenené.
staff-error-wrong-password = Súčasné heslo nie je správne.
staff-error-password-too-short = Heslo musí mať aspoň 12 znakov.
staff-error-password-unchanged = Nové heslo sa musí líšiť od súčasného.
staff-error-passwords-differ = Dve nové heslá nie sú rovnaké.
staff-error-password-change-required = Najprv zmeňte svoje jednorazové heslo.
staff-error-email-taken = S touto e-mailovou adresou už niekto má účet.
staff-error-invalid-email = Zadajte skutočnú e-mailovú adresu.
staff-error-invalid-name = Zadajte meno (najviac 100 znakov).
staff-error-own-account = Vlastný účet nemôžete deaktivovať.
staff-users-title = Používatelia
staff-users-name = Meno
staff-users-actions = Akcie
staff-users-role-chair = Predsedajúci
staff-users-role-manager = Manažér
staff-users-active = Aktívny
staff-users-disabled = Deaktivovaný
staff-users-one-time = Musí zmeniť jednorazové heslo
staff-users-enable = Aktivovať
staff-users-disable = Deaktivovať
staff-users-reset-label = Nové jednorazové heslo
staff-users-reset = Obnoviť heslo
staff-users-add = Pridať používateľa
staff-users-one-time-label = Jednorazové heslo
staff-users-one-time-hint = Odovzdajte ho novému používateľovi osobne, nie e-mailom. Pri prvom prihlásení si ho musí zmeniť. Nikde sa neukladá tak, aby ste ho mohli znova vidieť.
staff-users-done-added = Používateľ bol pridaný. Odovzdajte mu jednorazové heslo.
staff-users-done-saved = Uložené.
staff-users-done-reset = Heslo bolo obnovené. Odovzdajte používateľovi nové jednorazové heslo; bol odhlásený zo všetkých zariadení.

staff-edit-meeting = Zmeniť údaje alebo osoby
staff-edit-meeting-title = Zmena stretnutia
staff-save-changes = Uložiť zmeny
staff-meeting-saved = Zmeny sú uložené. Novým osobám treba vytlačiť pozvánku.
staff-role-remove = Odstrániť túto osobu
staff-person-has-views = Táto osoba už poslala názory, preto na stretnutí zostáva.
staff-error-has-views = Osobu, ktorá už poslala názory, nemožno odstrániť ani zmeniť jej rolu.
staff-error-duplicate = Tá istá osoba je vo formulári dvakrát.
staff-error-too-many = Na jedno stretnutie je to priveľa osôb.

## Figures and feedback
staff-nav-figures = Údaje
staff-nav-feedback = Spätná väzba
staff-figures-title = Údaje o účasti
staff-figures-heading = Údaje o účasti { $year }
staff-figures-intro = Stretnutia, ktoré sa konali v jednotlivých štvrťrokoch finančného roka (apríl až marec), podľa dátumu v čase Spojeného kráľovstva. Zrušené stretnutia a stretnutia, ktoré sa ešte nekonali, nie sú započítané. Deti, ktoré sa podľa predsedajúceho nemohli zúčastniť, sa počítajú zvlášť a nie sú zahrnuté v percentách. Pri každom údaji je uvedené rovnaké obdobie minulého roka.
staff-figures-year = Finančný rok
staff-figures-table-caption = Účasť podľa štvrťrokov, { $year }
staff-figures-measure = Ukazovateľ
staff-quarter = Q{ $quarter }
staff-quarter-months-1 = Apríl až jún
staff-quarter-months-2 = Júl až september
staff-quarter-months-3 = Október až december
staff-quarter-months-4 = Január až marec
staff-figures-year-total = Celý rok
staff-figures-children-combined = Deti, ktoré sa zúčastnili alebo vopred vyjadrili svoj názor
staff-figures-children-attended = Deti, ktoré sa zúčastnili
staff-figures-parents-attended = Rodičia a opatrovatelia, ktorí sa zúčastnili
staff-figures-parents-views = Rodičia a opatrovatelia, ktorí vopred vyjadrili svoj názor
staff-figures-meetings-held = Uskutočnené stretnutia
staff-figures-not-able = Deti, ktoré sa nemohli zúčastniť
staff-figures-of = { $n } z { $total }
staff-figures-last-year = Minulý rok: { $label }
staff-figures-none = žiadne
staff-figures-csv = Stiahnuť tieto údaje (CSV)
staff-figures-chart-title = Účasť podľa štvrťrokov, { $year }, v percentách
staff-figures-chart-desc = Stĺpec pre každý ukazovateľ v každom štvrťroku s uvedeným percentom. Tabuľka vyššie obsahuje rovnaké údaje aj s počtami.
staff-figures-breakdowns = Členenie za rok
staff-figures-breakdowns-intro = Ak má skupina menej ako 5 osôb, počet sa nezobrazuje, aby sa nedala rozpoznať žiadna rodina. Predsedajúci vidia v prehľade podľa predsedajúcich iba svoj riadok.
staff-figures-by-kind = Podľa typu stretnutia
staff-figures-by-chair = Podľa predsedajúceho
staff-figures-by-gender = Podľa pohlavia dieťaťa
staff-figures-by-age = Podľa veku dieťaťa
staff-figures-children-able = Deti, ktoré sa mohli zúčastniť
staff-figures-parents-invited = Pozvaní rodičia a opatrovatelia
staff-figures-no-meetings = V tomto roku sa nekonali žiadne stretnutia.
staff-age = Vek { $band }
staff-feedback-title = Spätná väzba zo stretnutí
staff-feedback-heading = Spätná väzba zo stretnutí { $year }
staff-feedback-intro = Čo deti, rodičia a opatrovatelia povedali po svojich stretnutiach, podľa štvrťrokov. Nikto nie je uvedený menom.
staff-feedback-children = Deti a mladí ľudia
staff-feedback-parents = Rodičia a opatrovatelia
staff-feedback-responses = Počet ľudí, ktorí tento rok poslali spätnú väzbu: { $count }
staff-feedback-face = Tvárička
staff-feedback-chart = Celý rok ako stĺpec
staff-feedback-questions = Odpovede na otázky za celý rok
staff-feedback-question = Otázka
staff-feedback-ideas = Nápady na lepšie stretnutia
staff-feedback-ideas-intro = Najnovšie navrchu. Zobrazuje sa iba typ stretnutia, nikdy nie osoba.
staff-feedback-no-ideas = Tento rok zatiaľ žiadne nápady.
staff-feedback-from-child = od dieťaťa alebo mladého človeka
staff-feedback-from-parent-carer = od rodiča alebo opatrovateľa

## You said, we did
staff-nav-notices = Povedali ste, urobili sme
staff-feedback-themes = Témy (oddeľte čiarkami)
staff-feedback-save-themes = Uložiť témy
staff-notices-title = Povedali ste, urobili sme
staff-notices-intro = Odpovedzte na nápady rodín oznamom. Zverejnené oznamy sa zobrazia na verejnej stránke a dajú sa vytlačiť ako plagát. Nikdy nikoho neuvádzajte menom.
staff-notices-public-link = Zobraziť verejnú stránku
staff-notices-added = Oznam je uložený.
staff-notices-published = Zverejnené
staff-notices-draft = Koncept: nie je na verejnej stránke
staff-notices-publish = Zverejniť
staff-notices-unpublish = Stiahnuť z verejnej stránky
staff-notices-new = Nový oznam
staff-notices-answers = Nápady, na ktoré odpovedá (tento rok)
staff-notices-publish-now = Zverejniť hneď
staff-notices-save = Uložiť oznam
notice-title = Povedali ste, urobili sme
notice-intro = Deti, mladí ľudia, rodičia a tí, čo sa o deti starajú, nám hovoria, aké boli ich stretnutia a čo by ich zlepšilo. Toto sme zmenili.
notice-you-said = Povedali ste:
notice-we-did = Urobili sme:
notice-none = Zatiaľ tu nie sú žiadne oznamy.
notice-poster-link = Vytlačiť ako plagát
notice-poster-foot = Povedzte nám, aké bolo vaše stretnutie: po stretnutí znova napíšte kód z pozvánky.
staff-error-required = Vyplňte toto pole.
staff-error-unknown-idea = Jeden z nápadov už neexistuje. Obnovte stránku a skúste to znova.
staff-error-too-many-themes = Nápad môže mať najviac 5 tém.
staff-error-theme-too-long = Téma môže mať najviac 40 znakov.
staff-notices-ideas-count = Odpovedá na nápady (počet: { $count })
