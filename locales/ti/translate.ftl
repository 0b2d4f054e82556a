# The chair's page: words a family wrote in another language, and an English translation beside them (staff).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
views-written-in = ብቋንቋ { $language } ዝተጻሕፈ
translation-heading = ናይ እንግሊዝኛ ትርጉም
translation-by = ትርጉም፦ { $name }፣ { $when }
translation-add = ናይ እንግሊዝኛ ትርጉም ወስኽ
translation-hint = ነዚ መልሲ ብእንግሊዝኛ ጽሓፎ። እቲ ስድራ ባዕሎም ዝጸሓፍዎ ቃላት ከም ዝነበሮ ይተርፍ።
translation-save = ትርጉም ዓቅብ
translation-saved = እቲ ትርጉም ተዓቂቡ።
translation-none = ገና ኣይተተርጎመን
staff-audit-translate-views = ናይ እንግሊዝኛ ትርጉም ወሲኹ
