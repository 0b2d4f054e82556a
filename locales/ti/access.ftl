# Ways in for every family: the language screen, someone helping, listening (read by children and parents).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
helping-label = ንሓደ ሰብ እሕግዝ ኣለኹ
helping-hint = ኣብ ነፍሲ ወከፍ ስክሪን ቋንቋ እቲ ሰብ ይርአ፣ ኣብ ትሕቲኡ ድማ እንግሊዝኛ።
listen = ስማዕ
listen-stop = ደው ኣብል
listen-no-voice = እዚ ታብሌት ወይ ተሌፎን ነዚ ቋንቋ ብዓው ኢሉ ከንብቦ ኣይክእልን። ንሓደ ሰብ ምሳኻ ከንብቦ ሕተቶ።
