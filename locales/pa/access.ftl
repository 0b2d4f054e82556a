# Ways in for every family: the language screen, someone helping, listening (read by children and parents).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
helping-label = ਮੈਂ ਕਿਸੇ ਦੀ ਮਦਦ ਲਈ ਇੱਥੇ ਹਾਂ
helping-hint = ਹਰ ਸਕਰੀਨ 'ਤੇ ਉਸ ਵਿਅਕਤੀ ਦੀ ਭਾਸ਼ਾ ਹੋਵੇਗੀ, ਅਤੇ ਉਸ ਦੇ ਹੇਠਾਂ ਅੰਗਰੇਜ਼ੀ।
listen = ਸੁਣੋ
listen-stop = ਰੋਕੋ
listen-no-voice = ਇਹ ਟੈਬਲੇਟ ਜਾਂ ਫ਼ੋਨ ਇਸ ਭਾਸ਼ਾ ਨੂੰ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ। ਕਿਸੇ ਨੂੰ ਕਹੋ ਕਿ ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਮਿਲ ਕੇ ਪੜ੍ਹੇ।
