# The chair's workspace. Staff read these: plain, short, no jargon beyond the service's own.
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)

staff-nav-label = Pracovníci
staff-nav-meetings = Schůzky
staff-nav-new-meeting = Nová schůzka
staff-sign-in-title = Přihlášení
staff-sign-in = Přihlásit se
staff-sign-out = Odhlásit se
staff-signed-out = Odhlásili jste se.
staff-email = E-mailová adresa
staff-password = Heslo

staff-error-unauthenticated = Přihlaste se prosím znovu.
staff-error-invalid-credentials = E-mailová adresa nebo heslo nejsou správné.
staff-error-locked = Pro tuto e-mailovou adresu bylo zadáno příliš mnoho chybných hesel. Počkejte { $minutes } min a pak to zkuste znovu.
staff-error-too-many-sign-ins = Z tohoto zařízení bylo příliš mnoho pokusů o přihlášení. Počkejte 1 minutu a pak to zkuste znovu.
staff-error-busy = Server je teď přetížený. Počkejte pár sekund a pak to zkuste znovu.
staff-error-not-found = Tuto schůzku jsme nenašli.
staff-error-invalid = Něco ve formuláři není v pořádku. Zkontrolujte ho a zkuste to znovu.
staff-error-invalid-date = Zadejte datum schůzky.
staff-error-invalid-time = Zadejte čas schůzky, například 10:30.
staff-error-in-the-past = Schůzka musí být v budoucnosti.
staff-error-unsupported-language = Vyberte jazyk ze seznamu.
staff-error-text-too-long = Text je příliš dlouhý.
staff-error-choose-held = Uveďte, zda schůzka proběhla.
staff-error-unknown-participant = Tato osoba není účastníkem této schůzky.
staff-error-child-only = Jako „nemůže se zapojit“ lze zaznamenat jen dítě.
staff-error-meeting-closed = Tato schůzka už proběhla nebo byla zrušena, takže ji nelze změnit.
staff-error-meeting-not-started = Výsledek můžete zaznamenat, jakmile schůzka začne.
staff-error-network = Stránka se nemohla spojit se serverem. Zkontrolujte připojení a zkuste to znovu.
staff-error-internal = Na naší straně se něco pokazilo. Zkuste to znovu za minutu.

staff-meetings-title = Schůzky
staff-no-meetings = Zatím tu nejsou žádné schůzky.
staff-no-meetings-on-page = Na této stránce nejsou žádné schůzky.
staff-pages-label = Stránky se schůzkami
staff-pages-where = Stránka { $page } z { $pages } ({ $total ->
    [one] 1 schůzka
    [few] { $total } schůzky
    [many] { $total } schůzky
   *[other] { $total } schůzek
})
staff-page-n = Stránka { $n }
staff-page-previous = Předchozí stránka
staff-page-next = Další stránka
staff-filter-chair = Zobrazit schůzky, které vede
staff-filter-everyone = Všichni
staff-filter-apply = Zobrazit
staff-chaired-by = Vedoucí schůzky: { $name }
staff-people-count = { $n ->
    [one] 1 pozvaná osoba
    [few] { $n } pozvané osoby
    [many] { $n } pozvané osoby
   *[other] { $n } pozvaných osob
}
staff-badge-views = Přijaté názory ({ $n })
staff-flag-talk-soon = Dítě si chce brzy s někým promluvit
staff-flag-talk-soon-long = Toto dítě požádalo, aby si s ním někdo brzy promluvil. Zajistěte prosím, aby se to stalo.
staff-status-scheduled = Nadcházející
staff-status-held = Proběhla
staff-status-cancelled = Zrušena

staff-kind-cse-strategy = Strategická schůzka k sexuálnímu vykořisťování dítěte
staff-kind-icpc = Úvodní případová konference k ochraně dítěte
staff-kind-rcpc = Revizní případová konference k ochraně dítěte
staff-kind-cin-review = Přezkum – dítě v nouzi
staff-kind-lac-review = Přezkum – dítě v péči úřadu
staff-kind-other = Jiná schůzka

staff-new-meeting-title = Nová schůzka
staff-meeting-kind = Typ schůzky
staff-date = Datum
staff-time = Čas
staff-time-hint = Čas ve Spojeném království, například 10:30
staff-case-ref = Číslo případu (nepovinné)
staff-case-ref-short = Číslo případu
staff-case-ref-hint = Vaše vlastní označení. Děti a rodiny ho nikdy neuvidí.
staff-people = Kdo je pozván
staff-people-hint = Každá osoba dostane vlastní kód z pozvánky. Pokud řádek nepotřebujete, nechte roli prázdnou.
staff-person-n = Osoba { $n }
staff-role = Role
staff-role-none = Nepoužito
staff-role-child = Dítě
staff-role-parent = Rodič
staff-role-carer = Pečující osoba
staff-first-name = Křestní jméno
staff-language = Jazyk
staff-language-unreviewed = { $language } (zatím nezkontroloval rodilý mluvčí)
staff-age-band = Věk (jen u dětí)
staff-gender = Pohlaví (jen u dětí)
staff-gender-female = Dívka
staff-gender-male = Chlapec
staff-gender-other = Jiné
staff-not-recorded = Neuvedeno
staff-create-meeting = Vytvořit schůzku
staff-meeting-created = Schůzka je založená. Teď vytiskněte pozvánky.

staff-meeting-title = Schůzka
staff-back-to-meetings = Zpět na schůzky
staff-back-to-meeting = Zpět na schůzku
staff-when = Kdy
staff-chair = Vedoucí schůzky
staff-status = Stav
staff-print-invites = Vytisknout všechny pozvánky
staff-print-invites-hint = Při tisku dostane každá osoba nový kód. Dříve vytištěná pozvánka přestane fungovat.
staff-print-for-meeting = Vytisknout pro schůzku
staff-record-outcome = Zaznamenat, kdo se zapojil
staff-cancel-meeting = Zrušit tuto schůzku
staff-cancel-confirm = Zrušení nelze vrátit. Kódy z pozvánek přestanou přijímat názory. Schůzka i všechny názory zůstanou uložené.
staff-cancel-meeting-yes = Ano, zrušit schůzku
staff-cancel-keep = Ne, ponechat
staff-views-heading = Co lidé řekli

staff-fact-language = Jazyk: { $language }
staff-fact-age = Věk { $band }
staff-invite-printed = Pozvánka vytištěna { $when }
staff-invite-not-printed = Pozvánka zatím nebyla vytištěna
staff-no-views = Zatím nebyly odeslány žádné názory.
staff-views-sent = { $n ->
    [one] Odesláno { $when }
    [few] Odesláno { $when } (odesláno { $n }krát; toto je nejnovější verze)
    [many] Odesláno { $when } (odesláno { $n }krát; toto je nejnovější verze)
   *[other] Odesláno { $when } (odesláno { $n }krát; toto je nejnovější verze)
}
staff-visibility-everyone = Mohou to slyšet všichni na schůzce
staff-visibility-chair-only = Jen vy, vedoucí schůzky
staff-visibility-talk-first = Chce si s vámi o tom nejdřív promluvit
staff-supporter = Koho chce mít u sebe
staff-anything-else = Něco dalšího
staff-taking-part = Jak se chce zapojit
staff-safety = Jak bezpečně se cítí
staff-safety-value = { $n } z 10 (0 = vůbec se necítí bezpečně, 10 = cítí se úplně bezpečně)
staff-helped-by = Kdo pomáhal

staff-print-for-meeting-note = Pro schůzku: jen odpovědi, o kterých dítě řeklo, že je mohou slyšet všichni. Odpovědi jen pro vedoucího schůzky nebo ty, o kterých si chce dítě nejdřív promluvit, zde nejsou.
staff-print-how = Použijte tisk v prohlížeči (Ctrl+P).
staff-invites-title = Pozvánky
staff-invites-new-codes = Tyto pozvánky mají nové kódy. Žádná dříve vytištěná pozvánka na tuto schůzku už nefunguje.
staff-invites-none = Na tuto schůzku zatím není koho pozvat.

staff-was-held = Proběhla schůzka?
staff-held-yes = Ano, proběhla
staff-held-no = Ne, byla zrušena
staff-outcome-heading = Zapojení
staff-outcome-attended = Přišel/přišla na schůzku
staff-outcome-not-attended = Nepřišel/nepřišla
staff-outcome-not-able = Nemůže se zapojit (například miminko)
staff-not-able-reason = Proč ne (nepovinné)
staff-shared-before = Názory sdělené před schůzkou
staff-shared-kiosk-auto = Názory odeslané přes Tiptoes jsou už započítané.
staff-shared-kiosk = Přes Tiptoes
staff-shared-written = Písemně
staff-shared-someone = Prostřednictvím někoho jiného
staff-shared-phone = Telefonicky s vedoucím schůzky
staff-shared-none = Nesdělené
staff-interpreter-needed = Potřeboval(a) tlumočníka
staff-interpreter-present = Tlumočník byl přítomen
staff-save-outcome = Uložit
staff-outcome-saved = Uloženo. Děkujeme.

staff-nav-audit = Auditní záznam
staff-audit-title = Auditní záznam
staff-audit-intro = Kdo četl slova rodiny, změnil schůzku, účet nebo oznámení nebo se přihlásil, a co Tiptoes smazal sám. Nejnovější nahoře.
staff-audit-by = Provedl(a)
staff-audit-meeting = Schůzka
staff-audit-who = Kdo
staff-audit-what = Co
staff-audit-empty = Zatím nebylo nic zaznamenáno.
staff-audit-read-views = Otevřel(a) názory
staff-audit-print-views = Vytiskl(a), co mohou slyšet všichni
staff-audit-print-invites = Vytiskl(a) pozvánky (nové kódy)
staff-audit-record-outcome = Zaznamenal(a), kdo se zapojil

staff-nav-users = Uživatelé
staff-nav-password = Heslo
staff-password-title = Změna hesla
staff-password-intro = Pokud jste se přihlásili jednorázovým heslem, zvolte si před pokračováním vlastní heslo.
staff-password-current = Současné heslo
staff-password-new = Nové heslo
staff-password-hint = Minimální počet znaků: { $n }. Dobře funguje několik slov, která si zapamatujete.
staff-password-confirm = Nové heslo znovu
staff-password-save = Změnit heslo
staff-password-changed = Vaše heslo je změněno.
staff-error-wrong-password = Současné heslo není správné.
staff-error-password-too-short = Heslo musí mít alespoň 12 znaků.
staff-error-password-unchanged = Nové heslo se musí lišit od současného.
staff-error-passwords-differ = Obě nová hesla nejsou stejná.
staff-error-password-change-required = Nejdřív změňte své jednorázové heslo.
staff-error-email-taken = S touto e-mailovou adresou už někdo účet má.
staff-error-invalid-email = Zadejte skutečnou e-mailovou adresu.
staff-error-invalid-name = Zadejte jméno (nejvýše 100 znaků).
staff-error-own-account = Vlastní účet nemůžete deaktivovat.
staff-users-title = Uživatelé
staff-users-name = Jméno
staff-users-actions = Akce
staff-users-role-chair = Vedoucí schůzek
staff-users-role-manager = Manažer
staff-users-active = Aktivní
staff-users-disabled = Deaktivovaný
staff-users-one-time = Musí si změnit jednorázové heslo
staff-users-enable = Aktivovat
staff-users-disable = Deaktivovat
staff-users-reset-label = Nové jednorázové heslo
staff-users-reset = Obnovit heslo
staff-users-add = Přidat uživatele
staff-users-one-time-label = Jednorázové heslo
staff-users-one-time-hint = Předejte ho novému uživateli sami, ne e-mailem. Při prvním přihlášení si ho musí změnit. Nikde se neukládá tak, abyste ho mohli znovu zobrazit.
staff-users-done-added = Uživatel je přidán. Předejte mu jednorázové heslo.
staff-users-done-saved = Uloženo.
staff-users-done-reset = Heslo je obnoveno. Předejte uživateli nové jednorázové heslo; byl odhlášen ze všech zařízení.

staff-edit-meeting = Změnit údaje nebo osoby
staff-edit-meeting-title = Změna schůzky
staff-save-changes = Uložit změny
staff-meeting-saved = Změny jsou uložené. Novým osobám je potřeba vytisknout pozvánku.
staff-role-remove = Odebrat tuto osobu
staff-person-has-views = Tato osoba už poslala názory, proto zůstává u schůzky.
staff-error-has-views = Osobu, která už poslala názory, nelze odebrat ani jí změnit roli.
staff-error-duplicate = Stejná osoba je ve formuláři dvakrát.
staff-error-too-many = Na jednu schůzku je to příliš mnoho osob.

## Figures and feedback
staff-nav-figures = Statistiky
staff-nav-feedback = Zpětná vazba
staff-figures-title = Statistiky zapojení
staff-figures-heading = Statistiky zapojení { $year }
staff-figures-intro = Schůzky, které proběhly v jednotlivých čtvrtletích finančního roku (duben až březen), podle data v britském čase. Zrušené schůzky a schůzky, které ještě neproběhly, se nepočítají. Děti, u kterých vedoucí schůzky označil, že se nemohou zapojit, se počítají zvlášť a do procent se nezahrnují. U každého údaje je pro srovnání stejné období loňského roku.
staff-figures-year = Finanční rok
staff-figures-table-caption = Zapojení podle čtvrtletí, { $year }
staff-figures-measure = Ukazatel
staff-quarter = Q{ $quarter }
staff-quarter-months-1 = duben až červen
staff-quarter-months-2 = červenec až září
staff-quarter-months-3 = říjen až prosinec
staff-quarter-months-4 = leden až březen
staff-figures-year-total = Celý rok
staff-figures-children-combined = Děti, které přišly nebo předem sdělily svůj názor
staff-figures-children-attended = Děti, které přišly
staff-figures-parents-attended = Rodiče a pečující osoby, kteří přišli
staff-figures-parents-views = Rodiče a pečující osoby, kteří předem sdělili svůj názor
staff-figures-meetings-held = Schůzky, které proběhly
staff-figures-not-able = Děti, které se nemohly zapojit
staff-figures-of = { $n } z { $total }
staff-figures-last-year = Loni: { $label }
staff-figures-none = nic nezapočítáno
staff-figures-csv = Stáhnout tyto údaje (CSV)
staff-figures-chart-title = Zapojení podle čtvrtletí, { $year }, v procentech
staff-figures-chart-desc = Pro každý ukazatel v každém čtvrtletí je jeden sloupec s procentem. Tabulka výše uvádí stejné údaje i s počty.
staff-figures-breakdowns = Rozdělení za rok
staff-figures-breakdowns-intro = Pokud skupina zahrnuje méně než 5 osob, počet se nezobrazuje, aby nešlo poznat žádnou rodinu. Vedoucí schůzek vidí z řádků vedoucích jen svůj vlastní.
staff-figures-by-kind = Podle typu schůzky
staff-figures-by-chair = Podle vedoucího schůzky
staff-figures-by-gender = Podle pohlaví dítěte
staff-figures-by-age = Podle věku dítěte
staff-figures-children-able = Děti, které se mohly zapojit
staff-figures-parents-invited = Pozvaní rodiče a pečující osoby
staff-figures-no-meetings = V tomto roce neproběhly žádné schůzky.
staff-age = Věk { $band }
staff-feedback-title = Zpětná vazba ze schůzek
staff-feedback-heading = Zpětná vazba ze schůzek { $year }
staff-feedback-intro = Co děti, rodiče a pečující osoby řekli po svých schůzkách, podle čtvrtletí. Nikdo není jmenován.
staff-feedback-children = Děti a mladí lidé
staff-feedback-parents = Rodiče a pečující osoby
staff-feedback-responses = Počet lidí, kteří letos poslali zpětnou vazbu: { $count }.
staff-feedback-face = Smajlík
staff-feedback-chart = Celý rok jako sloupec
staff-feedback-questions = Odpovědi na otázky za celý rok
staff-feedback-question = Otázka
staff-feedback-ideas = Nápady na lepší schůzky
staff-feedback-ideas-intro = Nejnovější nahoře. Zobrazuje se jen typ schůzky, nikdy osoba.
staff-feedback-no-ideas = Letos zatím žádné nápady.
staff-feedback-from-child = od dítěte nebo mladého člověka
staff-feedback-from-parent-carer = od rodiče nebo pečující osoby

## You said, we did
staff-nav-notices = Řekli jste, udělali jsme
staff-feedback-themes = Témata (oddělte čárkami)
staff-feedback-save-themes = Uložit témata
staff-notices-title = Řekli jste, udělali jsme
staff-notices-intro = Odpovězte na nápady od rodin oznámením. Zveřejněná oznámení se zobrazí na veřejné stránce a dají se vytisknout jako plakát. Nikdy nikoho nejmenujte.
staff-notices-public-link = Zobrazit veřejnou stránku
staff-notices-added = Oznámení je uložené.
staff-notices-published = Zveřejněno
staff-notices-draft = Koncept: není na veřejné stránce
staff-notices-publish = Zveřejnit
staff-notices-unpublish = Stáhnout z veřejné stránky
staff-notices-new = Nové oznámení
staff-notices-answers = Nápady, na které odpovídá (letos)
staff-notices-publish-now = Zveřejnit hned
staff-notices-save = Uložit oznámení
notice-title = Řekli jste, udělali jsme
notice-intro = Děti, mladí lidé, rodiče a ti, kdo se o děti starají, nám říkají, jak jejich schůzky proběhly a jak je zlepšit. Tohle jsme změnili.
notice-you-said = Řekli jste:
notice-we-did = Udělali jsme:
notice-none = Zatím tu nic není.
notice-poster-link = Vytisknout jako plakát
notice-poster-foot = Řekněte nám, jak proběhla vaše schůzka: po schůzce znovu napište svůj kód z pozvánky.
staff-error-required = Vyplňte toto pole.
staff-error-unknown-idea = Jeden z nápadů už neexistuje. Načtěte stránku znovu a zkuste to znovu.
staff-error-too-many-themes = Nápad může mít nejvýše 5 témat.
staff-error-theme-too-long = Téma může mít nejvýše 40 znaků.
staff-notices-ideas-count = Počet nápadů, na které odpovídá: { $count }
