# Ways in for every family: the language screen, someone helping, listening (read by children and parents).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
helping-label = میں کسی کی مدد کے لیے یہاں ہوں
helping-hint = ہر اسکرین پر اس شخص کی زبان ہوگی، اور اس کے نیچے انگریزی۔
listen = سنو
listen-stop = روکو
listen-no-voice = یہ ٹیبلٹ یا فون یہ زبان اونچی آواز میں نہیں پڑھ سکتا۔ کسی سے کہو کہ تمہارے ساتھ مل کر پڑھے۔
