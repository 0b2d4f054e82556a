# Shared words: buttons, errors, dates.
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
continue = ቀጽል
back = ንድሕሪት
finish = ዛዝም
change = ቀይር
loading = ይጽዕን ኣሎ…
start-again = እንደገና ጀምር
change-language = ቋንቋ ቀይር
exit-this-page = ካብዚ ገጽ ውጻእ
exit-hint = ወይ ድማ Shift 3 ግዜ ጠውቕ።
error-prefix = ጌጋ፦
error-summary-title = ጸገም ኣሎ
error-invalid-code = ነቲ ኮድ ክንረኽቦ ኣይከኣልናን። ኣረጋጊጽካ እንደገና ፈትን።
error-rate-limited = ብዙሕ ግዜ ፈቲንካ። 1 ደቒቕ ተጸበ፣ ድሕሪኡ እንደገና ፈትን።
error-too-many-sends = ኣብዚ ዝሓለፈ ሰዓት መልስታትካ ብዙሕ ግዜ ሰዲድካ። እቶም ናይ መወዳእታ መልስታትካ ምሳና ውሑሳት እዮም። ቁሩብ ተጸበ፣ ድሕሪኡ እንደገና ፈትን።
error-busy = ሕጂ ብዙሓት ሰባት ኣብ Tiptoes ኣለዉ። ቁሩብ ካልኢታት ተጸበ፣ ድሕሪኡ እንደገና ፈትን።
error-session-ended = እዚ ስክሪን ተደምሲሱ። እንደገና ንምጅማር ኮድካ ጽሓፍ።
error-meeting-started = ኣኼባኻ ጀሚሩ ስለ ዘሎ፣ ሕጂ መልስታትካ ክትቅይር ኣይትኽእልን ኢኻ።
error-already-sent = እቲ ኣኼባ ከመይ ከም ዝኸደ ድሮ ነጊርካና ኢኻ። የቐንየልና።
error-text-too-long = መልስካ ኣዝዩ ነዊሕ እዩ። ኣሕጽሮ፣ ድሕሪኡ እንደገና ፈትን።
error-invalid = ኣብዚ መልሲ ገለ ዘይቅኑዕ ነገር ነይሩ። እንደገና ፈትን።
error-network = ኢንተርነት ክንረክብ ኣይከኣልናን። ነቲ ርክብ ኣረጋጊጽካ እንደገና ፈትን።
error-internal = ኣብ ወገንና ገለ ጸገም ተፈጢሩ። እንደገና ፈትን።
not-found-title = ገጽ ኣይተረኽበን
not-found-text = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን።
idle-title = ገና ኣብዚ ኣለኻ ዶ?
idle-text = { $seconds ->
    [one] ካልኦት መልስታትካ ከይርእዩ፣ እዚ ስክሪን ድሕሪ { $seconds } ካልኢት ክድምሰስ እዩ።
   *[other] ካልኦት መልስታትካ ከይርእዩ፣ እዚ ስክሪን ድሕሪ { $seconds } ካልኢታት ክድምሰስ እዩ።
}
idle-still-here = ገና ኣብዚ ኣለኹ
weekday-1 = ሰኑይ
weekday-2 = ሰሉስ
weekday-3 = ረቡዕ
weekday-4 = ሓሙስ
weekday-5 = ዓርቢ
weekday-6 = ቀዳም
weekday-7 = ሰንበት
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ
meeting-date-time = { $weekday }፣ { $day } { $month } { $year }፣ ሰዓት { $time }
