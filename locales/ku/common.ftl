# Shared words: buttons, errors, dates.
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
continue = Berdewam bike
back = Vegere
finish = Biqedîne
change = Biguherîne
loading = Tê barkirin…
start-again = Ji nû ve dest pê bike
change-language = Zimên biguherîne
exit-this-page = Ji vê rûpelê derkeve
exit-hint = An jî 3 caran bişkoka Shift bitikîne.
error-prefix = Çewtî:
error-summary-title = Pirsgirêkek heye
error-invalid-code = Me ev kod nedît. Li kodê binêre û dîsa biceribîne.
error-rate-limited = Gelek caran hat ceribandin. 1 deqeyê bisekine, paşê dîsa biceribîne.
error-too-many-sends = Te di saeta dawî de bersivên xwe gelek caran şandin. Bersivên te yên dawî li cem me ewle ne. Hinekî bisekine, paşê dîsa biceribîne.
error-busy = Niha gelek kes Tiptoes bi kar tînin. Çend saniyeyan bisekine, paşê dîsa biceribîne.
error-session-ended = Ev ekran hat paqijkirin. Ji bo ku ji nû ve dest pê bikî, koda xwe binivîse.
error-meeting-started = Civîna te dest pê kiriye, ji ber vê yekê tu êdî nikarî bersivên xwe biguherînî.
error-already-sent = Te berê ji me re got ka civîn çawa derbas bû. Spas.
error-text-too-long = Bersiva te pir dirêj e. Wê kurttir bike, paşê dîsa biceribîne.
error-invalid = Tiştek di vê bersivê de ne rast bû. Dîsa biceribîne.
error-network = Em negihiştin înternetê. Girêdanê kontrol bike û dîsa biceribîne.
error-internal = Li aliyê me tiştek xelet çû. Dîsa biceribîne.
not-found-title = Rûpel nehat dîtin
not-found-text = Em nikarin vê rûpelê bibînin.
idle-title = Tu hîn li vir î?
idle-text = { $seconds ->
    [one] Ji bo ku bersivên te nepenî bimînin, ev ekran dê di { $seconds } saniyeyê de were paqijkirin.
   *[other] Ji bo ku bersivên te nepenî bimînin, ev ekran dê di { $seconds } saniyeyan de were paqijkirin.
}
idle-still-here = Ez hîn li vir im
weekday-1 = Duşem
weekday-2 = Sêşem
weekday-3 = Çarşem
weekday-4 = Pêncşem
weekday-5 = În
weekday-6 = Şemî
weekday-7 = Yekşem
month-1 = Kanûna Paşîn
month-2 = Sibat
month-3 = Adar
month-4 = Nîsan
month-5 = Gulan
month-6 = Hezîran
month-7 = Tîrmeh
month-8 = Tebax
month-9 = Îlon
month-10 = Cotmeh
month-11 = Mijdar
month-12 = Kanûna Pêşîn
meeting-date-time = { $weekday }, { $day } { $month } { $year }, saet { $time }
